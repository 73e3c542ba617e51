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
import type { InputMessageIds } from '../rules/input.ts';
import type { NetworkAcl, PrefixList, Resources, RouteTable, SecurityGroup, Subnet } from '../model.ts';
import { canonicalChoice, CONTEXT_FIELD_SHAPES, type ContextFieldName, type ListFieldName } from '../context.ts';
import type { Bundle, Context, Localized, Location, StreamingProtocol, TimeSourceDesign } from '../types.ts';
import { groupNames } from './describe.ts';
import { analyseDirectory, type DirectoryAnalysis } from './directory.ts';
import { analysePaths, type PathAnalysis } from './path.ts';
import { partitionByRoute, type RoutePartition } from './routes.ts';
import { resolveRouteTargets } from './targets.ts';
import { TransitIndex } from './transit.ts';
import { scopeKey, scopeOfIds, workspacesGroupAssumptions, workspacesGroupScopes, WorkspacesInputs, type ContextFieldOrigin, type ContextOrigins, type GroupScope, type GroupSelection } from './workspaces.ts';
import type { AssumptionProof } from './path.ts';

export type { ContextFieldOrigin, ContextOrigins, ContextValueOrigin, GroupScope, GroupSelection } from './workspaces.ts';

/** A directory controller from the context. */
export interface Controller {
  text: string;
  cidr: Cidr;
  at: Location;
  /** The WorkSpaces subnets whose directory it serves, when it was read from a directory; unset: every WorkSpaces subnet. */
  forSubnets?: ReadonlySet<string>;
}

export interface NormalizedContext {
  region?: string;
  /** Where the region was read when the context does not name one (a collect bundle's `region`). */
  regionAt?: Location;
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
  /** Where each field's values came from: typed, or read from the documents where the context left the field empty. */
  origins: ContextOrigins;
}

/** The layers that apply to one subnet. */
export interface SubnetView {
  id: string;
  vpcId?: string;
  cidrs: Cidr[];
  /** True when the inputs give all the subnet's CIDRs (describe-subnets): then a family it has no CIDR of carries no traffic. */
  cidrsKnown: boolean;
  subnet?: Subnet;
  /** The route table that applies: the first of `routeTables` (they are sorted, so the choice does not depend on document order). */
  routeTable?: RouteTable;
  /** Every route table that may apply: more than one when the inputs conflict; none when not given. */
  routeTables: RouteTable[];
  /** True when the subnet uses the main table because nothing associates it explicitly. */
  implicitRouteTable: boolean;
  /** Why no route table applies although tables were given. */
  routeTableUnknown?: 'vpc-unknown';
  acl?: NetworkAcl;
  /** Every network ACL that may apply: more than one when the inputs conflict; none when not given. */
  acls: NetworkAcl[];
  /** True when the subnet uses its VPC's default network ACL by implicit association. */
  implicitAcl: boolean;
  /** Why no network ACL applies although ACLs of its VPC were given. */
  aclUnknown?: 'association-missing' | 'vpc-unknown' | 'ambiguous';
  /** A stand-in for "the subnets of a table" when the inputs name no subnet. */
  standIn: boolean;
  /** Where to point a finding about this subnet. */
  at: Location;
}

/** The pseudo-file name of findings about the context. */
export const CONTEXT_FILE = '<context>';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A context value as a message shows it (as JSON where it can be), whatever the API was given: BigInts, cycles and symbols included. */
export function describeContextValue(value: unknown): Localized {
  const same = (text: string): Localized => ({ en: text, ja: text });
  if (typeof value === 'bigint') return same(`${value}n`);
  if (typeof value === 'symbol' || typeof value === 'function' || value === undefined) return same(typeof value);
  try {
    return same(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item)) ?? typeof value);
  } catch {
    return { en: 'a value that contains itself', ja: '自分自身を含む値' };
  }
}

/** A KMS host written as a bare IPv6 address: hex digits, colons and dots, at least two colons, only hex before the first. */
function isBareIPv6(text: string): boolean {
  const first = text.indexOf(':');
  if (first < 0 || text.indexOf(':', first + 1) < 0) return false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    const hex = (char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F');
    if (!hex && char !== ':' && (char !== '.' || index < first)) return false;
  }
  return true;
}

/** A context value as a message shows it: the text itself for a string. */
const actualOf = (value: unknown): Localized => (typeof value === 'string' ? { en: value, ja: value } : describeContextValue(value));

/** Reads the context field by field as validators/context.ts lists them, reporting bad values as `input-context` problems. */
export function normalizeContext(context: Context | undefined, problems: InputProblem[]): NormalizedContext {
  const raw = (typeof context === 'object' && context !== null ? context : {}) as Record<string, unknown>;
  const report = (messageId: InputMessageIds['input-context'], path: (string | number)[], data: Record<string, string>, localizedData?: Record<string, Localized>) =>
    problems.push({ ruleId: 'input-context', report: { messageId, at: { file: CONTEXT_FILE, path }, data, ...(localizedData ? { localizedData } : {}) } });
  const lists = new Map<ListFieldName, string[]>();
  const choices = new Map<ContextFieldName, string>();
  const origins: ContextOrigins = {};
  const typed = (name: ContextFieldName, values: ContextFieldOrigin['values']) => {
    if (values.length > 0) origins[name] = { source: 'typed', values };
  };
  let region: string | undefined;
  for (const field of CONTEXT_FIELD_SHAPES) {
    const value = Object.hasOwn(raw, field.name) ? raw[field.name] : undefined;
    if (value === undefined) continue;
    if (field.kind === 'list') {
      const out: string[] = [];
      const placed: ContextFieldOrigin['values'] = [];
      asList(value).forEach((item, index) => {
        if (typeof item === 'string' && item.trim() !== '') {
          out.push(item.trim());
          placed.push({ value: item.trim(), at: { file: CONTEXT_FILE, path: [field.name, index] } });
        } else report('notString', [field.name, index], { field: field.name }, { actual: describeContextValue(item) });
      });
      lists.set(field.name as ListFieldName, out);
      typed(field.name, placed);
    } else if (field.kind === 'choice') {
      const canonical = canonicalChoice(field, value);
      if (canonical !== undefined) choices.set(field.name, canonical);
      if (canonical !== undefined) typed(field.name, [{ value: canonical, at: { file: CONTEXT_FILE, path: [field.name] } }]);
      else if (field.name === 'bundle') report('badBundle', ['bundle'], {}, { actual: actualOf(value) });
      else if (field.name === 'timeSource') report('badTimeSource', ['timeSource'], {}, { actual: actualOf(value) });
      else report('badChoice', [field.name], { field: field.name, allowed: (field.values ?? []).map((choice) => `"${choice}"`).join(', ') }, { actual: actualOf(value) });
    } else if (typeof value === 'string' && value.trim() !== '') {
      region = value.trim();
      typed(field.name, [{ value: region, at: { file: CONTEXT_FILE, path: [field.name] } }]);
    } else {
      report('notString', [field.name], { field: field.name }, { actual: describeContextValue(value) });
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
    const match = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/.exec(text) ?? (isBareIPv6(text) ? [text, text, ''] : null) ?? /^([A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(text);
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
    origins,
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

/**
 * The region the context names, or else the one every collect bundle was collected in (recorded
 * with where it was read). Bundles of different Regions are a conflict: no region is taken.
 */
export function withCollectedRegion(context: NormalizedContext, collected: Resources['collectedRegions'], problems: InputProblem[]): NormalizedContext {
  if (context.region !== undefined || collected.length === 0) return context;
  const first = collected[0] as Resources['collectedRegions'][number];
  const others = collected.filter((entry) => entry.region !== first.region);
  if (others.length === 0) return { ...context, region: first.region, regionAt: first.at, origins: { ...context.origins, region: { source: 'documents', values: [{ value: first.region, at: first.at }] } } };
  const regions = [...new Set(others.map((entry) => entry.region))].sort().join(', ');
  problems.push({ ruleId: 'input-conflict', report: { messageId: 'bundleRegion', severity: 'warning', at: first.at, data: { region: first.region, file: (others[0] as Resources['collectedRegions'][number]).at.file, others: regions } } });
  return context;
}

/** The broadest CIDR AWS lets a VPC have (IPv4 /16, IPv6 /44): a wider "local" route is not a VPC's. */
export const BROADEST_VPC_PREFIX: Readonly<Record<Family, number>> = { 4: 16, 6: 44 };

/** Document order must not decide which candidate comes first: sort by id, then by where it is written. */
const byIdAndPlace = <T extends { id: string; at: Location }>(a: T, b: T) =>
  a.id.localeCompare(b.id) || a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/'));

export class Analysis {
  readonly resources: Resources;
  readonly problems: InputProblem[];
  readonly context: NormalizedContext;
  /** Prefix lists by id; a list defined twice with different entries is left out (its routes are unresolved). */
  readonly prefixLists: ReadonlyMap<string, PrefixList>;
  /** Every subnet seen anywhere in the inputs (or named by the context). */
  readonly subnets: SubnetView[];
  /** The subnets the verdict is about. */
  readonly workspacesSubnets: SubnetView[];
  /** The groups certainly on the WorkSpaces (of every WorkSpaces VPC). */
  readonly workspacesGroups: SecurityGroup[];
  readonly groupSelection: GroupSelection;
  /** Every VPC id the inputs mention, sorted. */
  readonly vpcIds: string[];
  /** The WorkSpaces documents (directories, WorkSpaces, their interfaces), indexed. */
  readonly workspacesInputs: WorkspacesInputs;
  private pathResult?: PathAnalysis;
  private directoryResult?: DirectoryAnalysis;

  constructor(resources: Resources, problems: InputProblem[], context: Context | undefined) {
    resolveRouteTargets(resources, problems);
    this.resources = resources;
    this.problems = problems;
    this.context = withCollectedRegion(normalizeContext(context, problems), resources.collectedRegions, problems);
    this.workspacesInputs = new WorkspacesInputs(resources);
    applyDocumentContext(this.context, this.workspacesInputs);
    const usable = resources.prefixLists.filter((list) => !resources.conflicted.has(`pl:${list.id}`));
    // A template names an AWS-managed list by its service (`com.amazonaws.<region>.s3`): describe-prefix-lists gives it under that name too.
    const byName = usable.filter((list) => list.name?.startsWith('com.amazonaws.') && !usable.some((other) => other.id === list.name)).map((list) => [list.name as string, list] as const);
    this.prefixLists = new Map([...usable.map((list) => [list.id, list] as const), ...byName]);
    this.vpcIds = [
      ...new Set([
        ...resources.vpcs.map((vpc) => vpc.id),
        ...resources.subnets.flatMap((subnet) => (subnet.vpcId ? [subnet.vpcId] : [])),
        ...resources.routeTables.flatMap((table) => (table.vpcId ? [table.vpcId] : [])),
        ...resources.networkAcls.flatMap((acl) => (acl.vpcId ? [acl.vpcId] : [])),
      ]),
    ].sort();
    this.subnets = this.computeSubnets();
    const wanted = this.context.workspacesSubnetIds;
    this.workspacesSubnets = wanted ? this.subnets.filter((view) => wanted.includes(view.id)) : this.subnets;
    const scopes = this.workspacesSubnets.length > 0 ? [...new Set(this.workspacesSubnets.flatMap((view) => this.groupScopesFor(view)))] : [this.groupsFor(undefined)];
    this.workspacesGroups = [...new Set(scopes.flatMap((scope) => scope.certain))];
    this.groupSelection = scopes.find((scope) => scope.how !== 'none')?.how ?? 'none';
  }

  private transitIndex?: TransitIndex;

  /** The transit gateways as the inputs describe them (computed on first use). */
  transit(): TransitIndex {
    this.transitIndex ??= new TransitIndex(this.resources);
    return this.transitIndex;
  }

  private readonly ownSpaces = new Map<string, Record<Family, IntervalSet>>();

  /** A VPC's own address space (describe-vpcs and the local routes of its tables); empty when not known. */
  vpcCidrs(vpcId: string | undefined): Record<Family, IntervalSet> {
    if (vpcId === undefined) return { 4: IntervalSet.EMPTY, 6: IntervalSet.EMPTY };
    let space = this.ownSpaces.get(vpcId);
    if (!space) {
      space = this.vpcSpace(vpcId, []);
      this.ownSpaces.set(vpcId, space);
    }
    return space;
  }

  /** Whole-path verdict analysis (computed on first use). */
  path(): PathAnalysis {
    this.pathResult ??= analysePaths(this);
    return this.pathResult;
  }

  private readonly spaces = new Map<string, Record<Family, IntervalSet>>();

  /**
   * Internet destinations for a subnet of `vpcId` routed by `table`: everything but the
   * special-purpose blocks, the context's internal ranges and this VPC's own CIDRs (from
   * describe-vpcs and the local routes of its tables). Another VPC's CIDR is an ordinary
   * destination: private only where a route of the subnet's own table makes it so.
   */
  publicSpaceOf(vpcId: string | undefined, table?: RouteTable): Record<Family, IntervalSet> {
    const key = `${vpcId ?? ''}\u0000${vpcId === undefined && table ? table.id : ''}`;
    let space = this.spaces.get(key);
    if (!space) {
      const own = this.vpcSpace(vpcId, vpcId === undefined && table ? [table] : []);
      space = {
        4: publicSpace(4, this.context.internal[4].union(own[4])),
        6: publicSpace(6, this.context.internal[6].union(own[6])),
      };
      this.spaces.set(key, space);
    }
    return space;
  }

  /** The VPC's own addresses (describe-vpcs and the local routes of its tables), per family: what fixes must keep reachable. */
  ownSpaceOf(vpcId: string | undefined): Record<Family, IntervalSet> {
    return this.vpcSpace(vpcId, []);
  }

  /** A VPC's own address space; of a VPC defined twice with different CIDRs, only what every version has. */
  private vpcSpace(vpcId: string | undefined, extraTables: readonly RouteTable[]): Record<Family, IntervalSet> {
    const blocks: Record<Family, [bigint, bigint][]> = { 4: [], 6: [] };
    const add = (block: Cidr) => {
      if (block.prefix >= BROADEST_VPC_PREFIX[block.family]) blocks[block.family].push([block.first, block.last]);
    };
    let fromVpcs: Record<Family, IntervalSet> | undefined;
    if (vpcId !== undefined) {
      for (const vpc of this.resources.vpcs) {
        if (vpc.id !== vpcId) continue;
        const version: Record<Family, [bigint, bigint][]> = { 4: [], 6: [] };
        for (const { cidr } of vpc.cidrs) if (cidr.prefix >= BROADEST_VPC_PREFIX[cidr.family]) version[cidr.family].push([cidr.first, cidr.last]);
        const sets = { 4: IntervalSet.of(version[4]), 6: IntervalSet.of(version[6]) };
        fromVpcs = fromVpcs ? { 4: fromVpcs[4].intersect(sets[4]), 6: fromVpcs[6].intersect(sets[6]) } : sets;
      }
    }
    const tables = vpcId === undefined ? extraTables : this.resources.routeTables.filter((table) => table.vpcId === vpcId);
    for (const table of tables) {
      for (const route of table.routes) if (route.target.kind === 'local' && route.destination.kind === 'cidr') add(route.destination.cidr);
    }
    const fromTables = { 4: IntervalSet.of(blocks[4]), 6: IntervalSet.of(blocks[6]) };
    return fromVpcs ? { 4: fromVpcs[4].union(fromTables[4]), 6: fromVpcs[6].union(fromTables[6]) } : fromTables;
  }

  private readonly publicPartitions = new Map<RouteTable, Map<string, RoutePartition>>();

  /** How a table routes the public space of a subnet of `vpcId` (default: the table's VPC), per family; computed once. */
  publicPartition(table: RouteTable, family: Family, vpcId: string | undefined = table.vpcId): RoutePartition {
    let byKey = this.publicPartitions.get(table);
    if (!byKey) {
      byKey = new Map();
      this.publicPartitions.set(table, byKey);
    }
    const key = `${family}\u0000${vpcId ?? ''}`;
    let partition = byKey.get(key);
    if (!partition) {
      partition = partitionByRoute(table, family, this.publicSpaceOf(vpcId, table)[family], this.prefixLists);
      byKey.set(key, partition);
    }
    return partition;
  }

  /** Directory flow analysis (computed on first use). */
  directory(): DirectoryAnalysis {
    this.directoryResult ??= analyseDirectory(this);
    return this.directoryResult;
  }

  /** Builds the view of a subnet (known to the inputs or only named by them), set up by `computeSubnets`. */
  private buildView?: (id: string, at: Location, vpcHint?: string) => SubnetView;
  private readonly namedViews = new Map<string, SubnetView>();
  private knownViews?: Map<string, SubnetView>;

  /**
   * The layers of any subnet, a WorkSpaces subnet or one a path only passes through (a transit
   * gateway's or a NAT gateway's): the view the inputs give, or one built the same way for a
   * subnet they only name, in `vpcHint`'s VPC when nothing else tells it.
   */
  subnetView(id: string, vpcHint: string | undefined, at: Location): SubnetView {
    this.knownViews ??= new Map(this.subnets.map((view) => [view.id, view]));
    const known = this.knownViews.get(id);
    if (known && (known.vpcId !== undefined || vpcHint === undefined)) return known;
    const key = `${id}\u0000${vpcHint ?? ''}`;
    let view = this.namedViews.get(key);
    if (!view) {
      view = (this.buildView as NonNullable<Analysis['buildView']>)(id, known?.at ?? at, vpcHint);
      this.namedViews.set(key, view);
    }
    return view;
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
    const { routeTables, networkAcls, subnets } = this.resources;
    for (const subnet of subnets) note(subnet.id, subnet.at);
    for (const table of routeTables) for (const s of table.subnets) note(s.id, s.at);
    for (const acl of networkAcls) for (const s of acl.subnets) note(s.id, s.at);
    for (const { value, at } of this.context.origins.workspacesSubnetIds?.values ?? []) note(value, at);
    const versions = new Map<string, Subnet[]>();
    for (const subnet of subnets) versions.set(subnet.id, [...(versions.get(subnet.id) ?? []), subnet]);
    const tablesBySubnet = associations(routeTables);
    const aclsBySubnet = associations(networkAcls);
    this.reportAssociationConflicts(tablesBySubnet, 'routeTableAssociation');
    this.reportAssociationConflicts(aclsBySubnet, 'aclAssociation');
    const onlyVpc = this.vpcIds.length === 1 ? this.vpcIds[0] : undefined;
    const mains = this.perVpc(routeTables.filter((table) => table.main), 'mainTable');
    const defaults = this.perVpc(networkAcls.filter((acl) => acl.isDefault), 'defaultAcl');
    const aclVpcs = new Set(networkAcls.map((acl) => acl.vpcId));
    this.buildView = (id: string, at: Location, vpcHint?: string): SubnetView => {
      const own = versions.get(id) ?? [];
      const explicitTables = tablesBySubnet.get(id)?.list ?? [];
      const explicitAcls = aclsBySubnet.get(id)?.list ?? [];
      // Two versions of the subnet that name different VPCs leave its VPC untold: taking either
      // would pick its main table, default ACL and private space by document order.
      const ownVpcs = new Set(own.flatMap((subnet) => (subnet.vpcId ? [subnet.vpcId] : [])));
      const vpcId =
        ownVpcs.size > 1
          ? undefined
          : (own.find((subnet) => subnet.vpcId)?.vpcId ?? explicitTables.find((t) => t.vpcId)?.vpcId ?? explicitAcls.find((a) => a.vpcId)?.vpcId ?? vpcHint ?? onlyVpc);
      const cidrs = [...new Map(own.flatMap((subnet) => subnet.cidrs).map((cidr) => [cidr.canonical, cidr])).values()];
      const tableChoice = explicitTables.length > 0 ? { list: explicitTables, implicit: false } : { list: mains(vpcId), implicit: true };
      let aclChoice: { list: NetworkAcl[]; implicit: boolean; unknown?: SubnetView['aclUnknown'] };
      if (explicitAcls.length > 0) aclChoice = { list: explicitAcls, implicit: false };
      else if (vpcId === undefined && networkAcls.length > 0) aclChoice = { list: [], implicit: false, unknown: 'vpc-unknown' };
      // describe-network-acls lists every subnet's association (the default ACL's included): a
      // subnet of a VPC whose ACLs are given but that none of them lists means a partial paste.
      else if (aclVpcs.has(vpcId) || aclVpcs.has(undefined)) aclChoice = { list: [], implicit: false, unknown: 'association-missing' };
      else aclChoice = { list: defaults(vpcId), implicit: true };
      const routeTableUnknown = tableChoice.list.length === 0 && vpcId === undefined && routeTables.some((table) => table.main) ? 'vpc-unknown' : undefined;
      return {
        id,
        cidrs,
        // A subnet whose CIDRs an IaC input knows only in part keeps every family in question.
        cidrsKnown: own.length > 0 && !own.some((subnet) => subnet.cidrsIncomplete),
        routeTables: tableChoice.list,
        implicitRouteTable: tableChoice.implicit && tableChoice.list.length > 0,
        acls: aclChoice.list,
        implicitAcl: aclChoice.implicit && aclChoice.list.length > 0,
        standIn: false,
        at,
        ...(vpcId ? { vpcId } : {}),
        ...(own[0] ? { subnet: own[0] } : {}),
        ...(tableChoice.list[0] ? { routeTable: tableChoice.list[0] } : {}),
        ...(aclChoice.list[0] ? { acl: aclChoice.list[0] } : {}),
        ...(aclChoice.unknown ? { aclUnknown: aclChoice.unknown } : {}),
        ...(routeTableUnknown ? { routeTableUnknown } : {}),
      };
    };
    const views = order.map((id) => (this.buildView as NonNullable<Analysis['buildView']>)(id, firstSeen.get(id) as Location));
    this.reportPartialPastes(views);
    return views;
  }

  /** The main tables (or default ACLs) of each VPC, sorted; two different ones in one VPC are a conflict. */
  private perVpc<T extends RouteTable | NetworkAcl>(items: readonly T[], messageId: 'mainTable' | 'defaultAcl'): (vpcId: string | undefined) => T[] {
    const byVpc = new Map<string | undefined, T[]>();
    for (const item of items) byVpc.set(item.vpcId, [...(byVpc.get(item.vpcId) ?? []), item]);
    for (const [vpcId, list] of byVpc) {
      list.sort(byIdAndPlace);
      const ids = [...new Set(list.map((item) => item.id))];
      if (ids.length < 2) continue;
      for (const item of list) this.conflict(messageId, item.at, { vpc: vpcId ?? '?', id: item.id, others: ids.filter((id) => id !== item.id).join(', ') });
    }
    const unscoped = byVpc.get(undefined) ?? [];
    // A subnet whose VPC is not known gets only what names no VPC: another VPC's main table is not its.
    return (vpcId) => (vpcId === undefined ? unscoped : (byVpc.get(vpcId) ?? unscoped));
  }

  private reportAssociationConflicts(bySubnet: ReadonlyMap<string, { list: (RouteTable | NetworkAcl)[]; at: Map<RouteTable | NetworkAcl, Location> }>, messageId: 'routeTableAssociation' | 'aclAssociation'): void {
    for (const [subnet, { list, at }] of bySubnet) {
      const ids = [...new Set(list.map((item) => item.id))];
      if (ids.length < 2) continue;
      for (const item of list) this.conflict(messageId, at.get(item) as Location, { subnet, id: item.id, others: ids.filter((id) => id !== item.id).join(', ') });
    }
  }

  private conflict(messageId: InputMessageIds['input-conflict'], at: Location, data: Record<string, string>): void {
    this.problems.push({ ruleId: 'input-conflict', report: { messageId, at, data } });
  }

  /** Subnets that a given document should list but does not: said, not assumed. */
  private reportPartialPastes(views: readonly SubnetView[]): void {
    const subnetVpcs = new Set(this.resources.subnets.map((subnet) => subnet.vpcId));
    for (const view of views) {
      if (view.aclUnknown === 'association-missing') {
        this.problems.push({ ruleId: 'input-partial', report: { messageId: 'aclAssociation', at: view.at, data: { subnet: view.id, vpc: view.vpcId ?? '' } } });
      }
      if (!view.subnet && view.vpcId !== undefined && subnetVpcs.has(view.vpcId)) {
        this.problems.push({ ruleId: 'input-partial', report: { messageId: 'subnet', at: view.at, data: { subnet: view.id, vpc: view.vpcId } } });
      }
    }
  }

  private readonly groupScopes = new Map<string | undefined, GroupScope>();
  private readonly subnetScopes = new Map<string, GroupScope[]>();
  private sortedGroups?: SecurityGroup[];

  /**
   * The sets of groups that may be on the WorkSpaces of a subnet, one scope per distinct set
   * (analysis/workspaces.ts): from the typed context, the directory and the WorkSpaces'
   * interfaces, else the choice made for the subnet's VPC (`groupsFor`).
   */
  groupScopesFor(subnet: Pick<SubnetView, 'id' | 'vpcId'>): GroupScope[] {
    const key = `${subnet.id}\u0000${subnet.vpcId ?? ''}`;
    let scopes = this.subnetScopes.get(key);
    if (!scopes) {
      const fallback = this.groupsFor(subnet.vpcId);
      this.sortedGroups ??= [...this.resources.securityGroups].sort(byIdAndPlace);
      scopes = fallback.how === 'context' ? [fallback] : workspacesGroupScopes(this.workspacesInputs, this.sortedGroups, subnet.id, fallback);
      this.subnetScopes.set(key, scopes);
    }
    return scopes;
  }

  /** What the verdict takes as given about the WorkSpaces' groups, for the proof of `subnets`. */
  groupAssumptions(subnets: readonly SubnetView[]): AssumptionProof[] {
    const out: AssumptionProof[] = [];
    const first = subnets[0];
    const scope = this.groupsFor(first?.vpcId);
    if (scope.how === 'all' && (!first || this.groupScopesFor(first).includes(scope))) {
      out.push({
        key: 'sg-all',
        text: {
          en: `The WorkSpaces’ security groups were taken to be every group given for their VPC (${groupNames(scope.certain)}); name them in workspacesSecurityGroupIds to be exact.`,
          ja: `WorkSpaces のセキュリティグループは、その VPC について入力にあるすべてのグループ (${groupNames(scope.certain)}) とみなしました。正確にするには workspacesSecurityGroupIds で指定してください。`,
        },
      });
    }
    if (this.context.workspacesSecurityGroupIds) return out;
    return [...out, ...workspacesGroupAssumptions(this.workspacesInputs, new Map(subnets.map((subnet) => [subnet.id, this.groupScopesFor(subnet)])))];
  }

  /** The groups that may be on the WorkSpaces of a VPC, when no WorkSpaces document says which. */
  groupsFor(vpcId: string | undefined): GroupScope {
    let scope = this.groupScopes.get(vpcId);
    if (!scope) {
      scope = this.computeGroups(vpcId);
      this.groupScopes.set(vpcId, scope);
    }
    return scope;
  }

  private computeGroups(vpcId: string | undefined): GroupScope {
    const all = [...this.resources.securityGroups].sort(byIdAndPlace);
    const wanted = this.context.workspacesSecurityGroupIds;
    if (wanted) return scopeOfIds(wanted, all, 'context', { en: 'named in workspacesSecurityGroupIds', ja: 'workspacesSecurityGroupIds で指定' });
    const named = { en: 'named nowhere', ja: '指定なし' };
    const scope = (certain: SecurityGroup[], possible: SecurityGroup[], how: GroupSelection): GroupScope => ({ certain, possible, missing: [], how, named, key: scopeKey(certain, possible, []) });
    // A subnet whose VPC the inputs leave untold, in a paste of several VPCs: its WorkSpaces'
    // groups are of its own VPC, and which groups those are is not known, so none is taken as on
    // them (as when no group is given): another VPC's restrictive group must not close it.
    if (vpcId === undefined && this.vpcIds.length > 1 && all.some((group) => group.vpcId)) return scope([], [], 'none');
    const inVpc = all.filter((group) => !group.vpcId || vpcId === undefined || group.vpcId === vpcId);
    const members = inVpc.filter((group) => group.name?.toLowerCase().endsWith('_workspacesmembers'));
    const memberIds = new Set(members.map((group) => group.id));
    // Two directories can share a VPC: with several members groups it is not known which one is on these WorkSpaces.
    if (memberIds.size === 1) return scope(members, inVpc.filter((group) => !memberIds.has(group.id)), 'workspaces-members');
    if (memberIds.size > 1) return scope([], inVpc, 'workspaces-members');
    return inVpc.length > 0 ? scope(inVpc, [], 'all') : scope([], [], 'none');
  }
}

/** Subnet id → the tables (or ACLs) that associate it explicitly, sorted, with where each association is written. */
function associations<T extends RouteTable | NetworkAcl>(items: readonly T[]): Map<string, { list: T[]; at: Map<T, Location> }> {
  const bySubnet = new Map<string, { list: T[]; at: Map<T, Location> }>();
  for (const item of items) {
    for (const association of item.subnets) {
      let entry = bySubnet.get(association.id);
      if (!entry) {
        entry = { list: [], at: new Map() };
        bySubnet.set(association.id, entry);
      }
      if (!entry.at.has(item)) {
        entry.list.push(item);
        entry.at.set(item, association.at);
      }
    }
  }
  for (const entry of bySubnet.values()) entry.list.sort(byIdAndPlace);
  return bySubnet;
}

/**
 * Fills the context fields the typed context left empty with what the WorkSpaces documents say
 * (analysis/workspaces.ts), and records where each value came from. Typed values win, field by field.
 */
function applyDocumentContext(context: NormalizedContext, inputs: WorkspacesInputs): void {
  const read = inputs.contextValues();
  if (!context.origins.workspacesSubnetIds && read.workspacesSubnetIds.length > 0) {
    context.workspacesSubnetIds = read.workspacesSubnetIds.map((origin) => origin.value);
    context.origins.workspacesSubnetIds = { source: 'documents', values: read.workspacesSubnetIds };
  }
  if (!context.origins.directoryControllers && read.directoryControllers.length > 0) {
    for (const origin of read.directoryControllers) {
      const address = parseAddress(origin.value);
      if (!address) continue;
      const cidr = parseCidr(`${origin.value}/${address.family === 4 ? 32 : 128}`);
      if (!isAddressError(cidr)) context.controllers.push({ text: origin.value, cidr, at: origin.at, forSubnets: origin.forSubnets });
    }
    context.origins.directoryControllers = { source: 'documents', values: read.directoryControllers.map(({ value, at }) => ({ value, at })) };
  }
  // The groups are not a context value once read: each directory's apply to its own subnets (groupScopesFor). Recorded for the report.
  if (!context.origins.workspacesSecurityGroupIds && read.workspacesSecurityGroupIds.length > 0) {
    context.origins.workspacesSecurityGroupIds = { source: 'documents', values: read.workspacesSecurityGroupIds };
  }
}
