/**
 * Everything the rules need, computed once per validation: the resources, the context, which
 * route table, network ACL and security groups apply to each subnet, and (lazily) the
 * whole-path and directory analyses.
 */
import { isAddressError, parseAddress, parseCidr, type Cidr, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { publicSpace } from '../net/special-purpose.ts';
import { KMS_PORT } from '../requirements/activation.ts';
import type { InputProblem } from '../input/read.ts';
import type { NetworkAcl, PrefixList, Resources, RouteTable, SecurityGroup, Subnet } from '../model.ts';
import { canonicalChoice, CONTEXT_FIELD_SHAPES, type ContextFieldName, type ListFieldName } from '../context.ts';
import type { Bundle, Context, Localized, Location, StreamingProtocol, TimeSourceDesign } from '../types.ts';
import { analyseDirectory, type DirectoryAnalysis } from './directory.ts';
import { analysePaths, type PathAnalysis } from './path.ts';
import { partitionByRoute, type RoutePartition } from './routes.ts';

/** A directory controller from the context. */
export interface Controller {
  text: string;
  cidr: Cidr;
  at: Location;
}

export interface NormalizedContext {
  region?: string;
  bundle: Bundle;
  controllers: Controller[];
  internal: Record<Family, IntervalSet>;
  closedTargets: ReadonlySet<string>;
  workspacesSubnetIds?: string[];
  workspacesSecurityGroupIds?: string[];
  /** BYOL KMS hosts, lower-cased, with the port (1688 when not given). */
  kmsHosts: { host: string; port: number; text: string }[];
  timeSource?: TimeSourceDesign;
  /** Unset when the context does not say. */
  streamingProtocol?: StreamingProtocol;
}

/** The layers that apply to one subnet. */
export interface SubnetView {
  id: string;
  vpcId?: string;
  cidrs: Cidr[];
  subnet?: Subnet;
  routeTable?: RouteTable;
  /** True when the subnet uses the main table because nothing associates it explicitly. */
  implicitRouteTable: boolean;
  acl?: NetworkAcl;
  /** True when the subnet uses its VPC's default network ACL by implicit association. */
  implicitAcl: boolean;
  /** Where to point a finding about this subnet. */
  at: Location;
}

/** How the WorkSpaces' security groups were chosen. */
export type GroupSelection = 'context' | 'workspaces-members' | 'all' | 'none';

/** The pseudo-file name of findings about the context. */
export const CONTEXT_FILE = '<context>';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A user value as a message shows it, without JSON.stringify (which throws on BigInt and cyclic values). */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Reads the context field by field as validators/context.ts lists them, reporting bad values as `input-context` problems. */
export function normalizeContext(context: Context | undefined, problems: InputProblem[]): NormalizedContext {
  const raw = (typeof context === 'object' && context !== null ? context : {}) as Record<string, unknown>;
  const report = (messageId: string, path: (string | number)[], data: Record<string, string>, localizedData?: Record<string, Localized>) =>
    problems.push({ ruleId: 'input-context', report: { messageId, at: { file: CONTEXT_FILE, path }, data, ...(localizedData ? { localizedData } : {}) } });
  const lists = new Map<ListFieldName, string[]>();
  const choices = new Map<ContextFieldName, string>();
  let region: string | undefined;
  for (const field of CONTEXT_FIELD_SHAPES) {
    const value = Object.hasOwn(raw, field.name) ? raw[field.name] : undefined;
    if (value === undefined) continue;
    if (field.kind === 'list') {
      const out: string[] = [];
      asList(value).forEach((item, index) => {
        if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
        else report('notString', [field.name, index], { field: field.name, actual: shownValue(item) });
      });
      lists.set(field.name as ListFieldName, out);
    } else if (field.kind === 'choice') {
      const canonical = canonicalChoice(field, value);
      if (canonical !== undefined) choices.set(field.name, canonical);
      else if (field.name === 'bundle') report('badBundle', ['bundle'], { actual: String(value) });
      else if (field.name === 'timeSource') report('badTimeSource', ['timeSource'], { actual: String(value) });
      else report('badChoice', [field.name], { field: field.name, actual: String(value), allowed: (field.values ?? []).map((choice) => `"${choice}"`).join(', ') });
    } else if (typeof value === 'string' && value.trim() !== '') {
      region = value.trim();
    } else {
      report('notString', [field.name], { field: field.name, actual: shownValue(value) });
    }
  }
  const internal: Record<Family, Cidr[]> = { 4: [], 6: [] };
  (lists.get('internalCidrs') ?? []).forEach((text, index) => {
    const parsed = parseCidr(text);
    if (isAddressError(parsed)) report('badCidr', ['internalCidrs', index], { field: 'internalCidrs' }, { problem: parsed.error });
    else internal[parsed.family].push(parsed);
  });
  const controllers: Controller[] = [];
  (lists.get('directoryControllers') ?? []).forEach((text, index) => {
    const at = { file: CONTEXT_FILE, path: ['directoryControllers', index] };
    const single = parseAddress(text);
    const parsed = single ? parseCidr(`${text}/${single.family === 4 ? 32 : 128}`) : parseCidr(text);
    if (isAddressError(parsed)) report('badCidr', ['directoryControllers', index], { field: 'directoryControllers' }, { problem: parsed.error });
    else controllers.push({ text, cidr: parsed, at });
  });
  const kmsHosts: NormalizedContext['kmsHosts'] = [];
  (lists.get('kmsHosts') ?? []).forEach((text, index) => {
    // `host`, `host:port`, `[v6]:port`, or a bare IPv6 address.
    const match = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/.exec(text) ?? /^([0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)()$/.exec(text) ?? /^([A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(text);
    const port = match?.[2] ? Number(match[2]) : KMS_PORT;
    if (!match || port < 1 || port > 65535) report('badKmsHost', ['kmsHosts', index], { actual: text });
    else kmsHosts.push({ host: (match[1] as string).toLowerCase(), port, text });
  });
  const workspacesSubnetIds = lists.get('workspacesSubnetIds');
  const workspacesSecurityGroupIds = lists.get('workspacesSecurityGroupIds');
  const timeSource = choices.get('timeSource') as TimeSourceDesign | undefined;
  const streamingProtocol = choices.get('streamingProtocol') as StreamingProtocol | undefined;
  return {
    bundle: choices.get('bundle') === 'byol' ? 'byol' : 'public',
    controllers,
    internal: { 4: IntervalSet.of(internal[4].map((c) => [c.first, c.last])), 6: IntervalSet.of(internal[6].map((c) => [c.first, c.last])) },
    closedTargets: new Set(lists.get('closedTargets') ?? []),
    kmsHosts,
    ...(timeSource ? { timeSource } : {}),
    ...(streamingProtocol ? { streamingProtocol } : {}),
    ...(region ? { region } : {}),
    ...(workspacesSubnetIds && workspacesSubnetIds.length > 0 ? { workspacesSubnetIds } : {}),
    ...(workspacesSecurityGroupIds && workspacesSecurityGroupIds.length > 0 ? { workspacesSecurityGroupIds } : {}),
  };
}

export class Analysis {
  readonly resources: Resources;
  readonly problems: InputProblem[];
  readonly context: NormalizedContext;
  readonly prefixLists: ReadonlyMap<string, PrefixList>;
  /** VPC address space per family (from describe-vpcs and local routes). */
  readonly vpcSpace: Record<Family, IntervalSet>;
  /** Internet destinations: all minus special-purpose, internal and VPC space. */
  readonly publicSpace: Record<Family, IntervalSet>;
  /** Every subnet seen anywhere in the inputs (or named by the context). */
  readonly subnets: SubnetView[];
  /** The subnets the verdict is about. */
  readonly workspacesSubnets: SubnetView[];
  readonly workspacesGroups: SecurityGroup[];
  readonly groupSelection: GroupSelection;
  private pathResult?: PathAnalysis;
  private directoryResult?: DirectoryAnalysis;

  constructor(resources: Resources, problems: InputProblem[], context: Context | undefined) {
    this.resources = resources;
    this.problems = problems;
    this.context = normalizeContext(context, problems);
    this.prefixLists = new Map(resources.prefixLists.map((list) => [list.id, list]));
    this.vpcSpace = this.computeVpcSpace();
    this.publicSpace = {
      4: publicSpace(4, this.context.internal[4].union(this.vpcSpace[4])),
      6: publicSpace(6, this.context.internal[6].union(this.vpcSpace[6])),
    };
    this.subnets = this.computeSubnets();
    const wanted = this.context.workspacesSubnetIds;
    this.workspacesSubnets = wanted ? this.subnets.filter((view) => wanted.includes(view.id)) : this.subnets;
    const selection = this.selectGroups();
    this.workspacesGroups = selection.groups;
    this.groupSelection = selection.how;
  }

  /** Whole-path verdict analysis (computed on first use). */
  path(): PathAnalysis {
    this.pathResult ??= analysePaths(this);
    return this.pathResult;
  }

  private readonly publicPartitions = new Map<RouteTable, Partial<Record<Family, RoutePartition>>>();

  /** How a table routes public space, per family (computed once, shared by the path analysis and the route rules). */
  publicPartition(table: RouteTable, family: Family): RoutePartition {
    let byFamily = this.publicPartitions.get(table);
    if (!byFamily) {
      byFamily = {};
      this.publicPartitions.set(table, byFamily);
    }
    return (byFamily[family] ??= partitionByRoute(table, family, this.publicSpace[family], this.prefixLists));
  }

  /** Directory flow analysis (computed on first use). */
  directory(): DirectoryAnalysis {
    this.directoryResult ??= analyseDirectory(this);
    return this.directoryResult;
  }

  /** The VPC a subnet belongs to, from whichever input says so. */
  private vpcOf(subnetId: string, subnet: Subnet | undefined, tables: ReadonlyMap<string, RouteTable>, acls: ReadonlyMap<string, NetworkAcl>): string | undefined {
    if (subnet?.vpcId) return subnet.vpcId;
    const table = tables.get(subnetId);
    if (table?.vpcId) return table.vpcId;
    const acl = acls.get(subnetId);
    if (acl?.vpcId) return acl.vpcId;
    return this.onlyVpc;
  }

  private onlyVpcCache?: { id: string | undefined };

  /** The VPC id when the inputs mention exactly one. */
  private get onlyVpc(): string | undefined {
    if (this.onlyVpcCache) return this.onlyVpcCache.id;
    const vpcs = new Set([
      ...this.resources.vpcs.map((vpc) => vpc.id),
      ...this.resources.routeTables.flatMap((t) => (t.vpcId ? [t.vpcId] : [])),
      ...this.resources.networkAcls.flatMap((a) => (a.vpcId ? [a.vpcId] : [])),
    ]);
    this.onlyVpcCache = { id: vpcs.size === 1 ? [...vpcs][0] : undefined };
    return this.onlyVpcCache.id;
  }

  private computeVpcSpace(): Record<Family, IntervalSet> {
    const blocks: Record<Family, [bigint, bigint][]> = { 4: [], 6: [] };
    for (const vpc of this.resources.vpcs) for (const { cidr: block } of vpc.cidrs) blocks[block.family].push([block.first, block.last]);
    for (const table of this.resources.routeTables) {
      for (const route of table.routes) {
        if (route.target.kind === 'local' && route.destination.kind === 'cidr') {
          const block = route.destination.cidr;
          blocks[block.family].push([block.first, block.last]);
        }
      }
    }
    return { 4: IntervalSet.of(blocks[4]), 6: IntervalSet.of(blocks[6]) };
  }

  private computeSubnets(): SubnetView[] {
    const order: string[] = [];
    const firstSeen = new Map<string, Location>();
    const note = (id: string, at: Location) => {
      if (!firstSeen.has(id)) {
        firstSeen.set(id, at);
        order.push(id);
      }
    };
    for (const subnet of this.resources.subnets) note(subnet.id, subnet.at);
    for (const table of this.resources.routeTables) for (const s of table.subnets) note(s.id, s.at);
    for (const acl of this.resources.networkAcls) for (const s of acl.subnets) note(s.id, s.at);
    (this.context.workspacesSubnetIds ?? []).forEach((id, index) => note(id, { file: CONTEXT_FILE, path: ['workspacesSubnetIds', index] }));
    const subnetsById = new Map(this.resources.subnets.map((subnet) => [subnet.id, subnet]));
    const tableBySubnet = new Map<string, RouteTable>();
    for (const table of [...this.resources.routeTables].reverse()) for (const s of table.subnets) tableBySubnet.set(s.id, table);
    const aclBySubnet = new Map<string, NetworkAcl>();
    for (const acl of [...this.resources.networkAcls].reverse()) for (const s of acl.subnets) aclBySubnet.set(s.id, acl);
    // The one main table and default ACL that can apply to a subnet of a VPC (none when ambiguous), once per VPC.
    const onlyOne = <T extends { vpcId?: string }>(candidates: readonly T[]) => {
      const byVpc = new Map<string | undefined, T | undefined>();
      return (vpcId: string | undefined): T | undefined => {
        if (!byVpc.has(vpcId)) {
          const matching = candidates.filter((candidate) => vpcId === undefined || candidate.vpcId === undefined || candidate.vpcId === vpcId);
          byVpc.set(vpcId, matching.length === 1 ? matching[0] : undefined);
        }
        return byVpc.get(vpcId);
      };
    };
    const mainTableOf = onlyOne(this.resources.routeTables.filter((table) => table.main));
    const defaultAclOf = onlyOne(this.resources.networkAcls.filter((acl) => acl.isDefault));
    return order.map((id) => {
      const subnet = subnetsById.get(id);
      const vpcId = this.vpcOf(id, subnet, tableBySubnet, aclBySubnet);
      const explicitTable = tableBySubnet.get(id);
      const routeTable = explicitTable ?? mainTableOf(vpcId);
      const explicitAcl = aclBySubnet.get(id);
      const acl = explicitAcl ?? defaultAclOf(vpcId);
      return {
        id,
        cidrs: subnet?.cidrs ?? [],
        implicitRouteTable: !explicitTable && routeTable !== undefined,
        implicitAcl: !explicitAcl && acl !== undefined,
        at: firstSeen.get(id) as Location,
        ...(vpcId ? { vpcId } : {}),
        ...(subnet ? { subnet } : {}),
        ...(routeTable ? { routeTable } : {}),
        ...(acl ? { acl } : {}),
      };
    });
  }

  private selectGroups(): { groups: SecurityGroup[]; how: GroupSelection } {
    const all = this.resources.securityGroups;
    const wanted = this.context.workspacesSecurityGroupIds;
    if (wanted) return { groups: all.filter((group) => wanted.includes(group.id)), how: 'context' };
    const members = all.filter((group) => group.name?.toLowerCase().endsWith('_workspacesmembers'));
    if (members.length > 0) return { groups: members, how: 'workspaces-members' };
    const vpcs = new Set(this.workspacesSubnets.flatMap((view) => (view.vpcId ? [view.vpcId] : [])));
    const inVpc = all.filter((group) => !group.vpcId || vpcs.size === 0 || vpcs.has(group.vpcId));
    return inVpc.length > 0 ? { groups: inVpc, how: 'all' } : { groups: [], how: 'none' };
  }
}
