/**
 * Generated pastes the way real ones look: two or three VPCs (overlapping CIDRs, one in public
 * space), several route tables, network ACLs and security groups per VPC, a directory's custom
 * group next to `_workspacesMembers`, partial ACL outputs, and documents pasted twice or in
 * conflicting versions. The oracle judges one packet at a time straight from this data, with
 * the semantics written out naively; it shares no code with the engine's analysis.
 */
import fc from 'fast-check';
import type { Family, GenEntry, GenRoute, GenSgRule } from './config.ts';
import { genEntry, genSgRule, PORT_POINTS, renderEntry, renderPermission, TARGET_FIELDS, uniqueEntries, V4_CIDRS, V6_CIDRS } from './config.ts';
import { aclAction, block, lookupRoute, sgAllows } from './oracle.ts';
import { SPECIAL_PURPOSE_IPV4, SPECIAL_PURPOSE_IPV6 } from '../../validators/net/special-purpose.ts';

export interface MVpc {
  id: string;
  cidr: string;
  ipv6: string;
}
export interface MSubnet {
  id: string;
  vpc: string;
  cidr: string;
  ipv6?: string;
}
export interface MTable {
  id: string;
  vpc: string;
  main: boolean;
  subnets: string[];
  routes: GenRoute[];
}
export interface MAcl {
  id: string;
  vpc: string;
  isDefault: boolean;
  subnets: string[];
  entries: GenEntry[];
}
export interface MGroup {
  id: string;
  vpc: string;
  name: string;
  rules: GenSgRule[];
}

export interface MultiConfig {
  vpcs: MVpc[];
  subnets: MSubnet[];
  tables: MTable[];
  acls: MAcl[];
  groups: MGroup[];
  /** Second versions of resources (same id, other content), each pasted in a document of its own. */
  versions: { tables: MTable[]; acls: MAcl[]; groups: MGroup[]; subnets?: MSubnet[] };
  /** Indexes of documents pasted twice, verbatim. */
  duplicates: number[];
  workspacesSubnetIds?: string[];
  workspacesSecurityGroupIds?: string[];
  closedTargets: string[];
  internalCidrs: string[];
  /** A WorkSpaces directory (describe-workspace-directories): its subnets and the groups it names (absent: not printed). */
  directory?: MDirectory;
}

export interface MDirectory {
  subnets: string[];
  workspaceSecurityGroupId?: string;
  customSecurityGroupId?: string;
}

const VPC_CIDRS = ['10.0.0.0/16', '10.1.0.0/16', '52.95.0.0/16', '172.31.0.0/16', '10.0.0.0/16'];
const TARGETS = ['igw-0a1', 'nat-0b2', 'eigw-0c3', 'cagw-0d4', 'tgw-0e5', 'vgw-0f6', 'pcx-0a7', 'eni-0b8'];

const subnetCidr = (vpcCidr: string, index: number) => vpcCidr.replace(/\.0\.0\/16$/, `.${index}.0/24`);

function uniqueRoutes(routes: GenRoute[], own: string[]): GenRoute[] {
  const seen = new Set(own.map((cidr) => `${cidr}:false`));
  return routes.filter((route) => {
    const key = `${route.destination}:${route.propagated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const genRouteFor = (extra: string[]) =>
  fc
    .record({
      destination: fc.constantFrom('0.0.0.0/0', '::/0', '0.0.0.0/1', '128.0.0.0/1', ...V4_CIDRS.slice(0, 10), ...V6_CIDRS.slice(0, 5), ...extra),
      target: fc.constantFrom(...TARGETS),
      blackhole: fc.integer({ min: 0, max: 9 }).map((n) => n < 1),
      propagated: fc.boolean(),
    })
    .map((route) => ({ ...route, propagated: route.propagated && route.target === 'vgw-0f6' }));

const pick = <T>(items: readonly T[], mask: readonly boolean[]) => items.filter((_, index) => mask[index]);

/** One VPC's resources, from a handful of random choices. */
function vpcArbitrary(index: number, otherCidrs: string[]) {
  const routes = fc.array(genRouteFor(otherCidrs), { maxLength: 4 });
  const entries = fc.array(genEntry, { maxLength: 6 }).map(uniqueEntries);
  const rules = fc.array(genSgRule, { maxLength: 3 });
  return fc.record({
    subnetCount: fc.integer({ min: 1, max: 2 }),
    ipv6: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    main: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    mainRoutes: routes,
    explicit: fc.option(fc.record({ routes, mask: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }) }), { freq: 2 }),
    acls: fc.constantFrom('none', 'default', 'two', 'partial'),
    defaultEntries: entries,
    otherEntries: entries,
    otherMask: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    members: fc.integer({ min: 0, max: 3 }),
    groups: fc.array(fc.record({ custom: fc.boolean(), rules }), { maxLength: 3 }),
  }).map((choice) => ({ index, choice }));
}

export const genMultiConfig: fc.Arbitrary<MultiConfig> = fc
  .record({
    count: fc.integer({ min: 2, max: 3 }),
    cidrs: fc.shuffledSubarray(VPC_CIDRS, { minLength: 3, maxLength: 3 }),
  })
  .chain(({ count, cidrs }) =>
    fc.record({
      cidrs: fc.constant(cidrs.slice(0, count)),
      vpcs: fc.tuple(...Array.from({ length: count }, (_, index) => vpcArbitrary(index, cidrs.filter((_, other) => other !== index).slice(0, count - 1)))),
      workspaces: fc.option(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { freq: 2 }),
      groupIds: fc.option(fc.tuple(fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), fc.boolean()), { freq: 4 }),
      versions: fc.record({ table: fc.option(fc.tuple(fc.nat(), fc.array(genRouteFor([]), { minLength: 1, maxLength: 2 }), fc.boolean()), { freq: 3 }), acl: fc.option(fc.tuple(fc.nat(), fc.array(genEntry, { maxLength: 3 })), { freq: 4 }), group: fc.option(fc.tuple(fc.nat(), fc.array(genSgRule, { maxLength: 2 })), { freq: 4 }) }),
      duplicates: fc.subarray([0, 2, 3]),
      closedTargets: fc.subarray(['tgw-0e5', 'vgw-0f6']),
      internalCidrs: fc.subarray(['52.94.0.0/16', '8.8.8.0/24', '2600:1f00::/24']),
    }),
  )
  .map(({ cidrs, vpcs: choices, workspaces, groupIds, versions, duplicates, closedTargets, internalCidrs }) => {
    const config: MultiConfig = { vpcs: [], subnets: [], tables: [], acls: [], groups: [], versions: { tables: [], acls: [], groups: [] }, duplicates, closedTargets, internalCidrs };
    for (const { index, choice } of choices) {
      const vpc: MVpc = { id: `vpc-0${index}`, cidr: cidrs[index] as string, ipv6: `2600:1f18:${index}a00::/56` };
      config.vpcs.push(vpc);
      const subnets = Array.from({ length: choice.subnetCount }, (_, j): MSubnet => ({
        id: `subnet-0${index}${j}`,
        vpc: vpc.id,
        cidr: subnetCidr(vpc.cidr, j + 1),
        ...(choice.ipv6[j] ? { ipv6: vpc.ipv6.replace('00::/56', `0${j}::/64`) } : {}),
      }));
      config.subnets.push(...subnets);
      const own = [vpc.cidr, vpc.ipv6];
      const explicitSubnets = choice.explicit ? pick(subnets, choice.explicit.mask).map((s) => s.id) : [];
      if (choice.main) config.tables.push({ id: `rtb-0${index}0`, vpc: vpc.id, main: true, subnets: [], routes: uniqueRoutes(choice.mainRoutes, own) });
      if (choice.explicit) config.tables.push({ id: `rtb-0${index}1`, vpc: vpc.id, main: false, subnets: explicitSubnets, routes: uniqueRoutes(choice.explicit.routes, own) });
      if (choice.acls !== 'none') {
        const others = choice.acls === 'two' ? pick(subnets, choice.otherMask).map((s) => s.id) : [];
        // `partial`: the output lists no association for the first subnet.
        const defaults = subnets.map((s) => s.id).filter((id) => !others.includes(id) && !(choice.acls === 'partial' && id === subnets[0]?.id));
        config.acls.push({ id: `acl-0${index}0`, vpc: vpc.id, isDefault: true, subnets: defaults, entries: choice.defaultEntries });
        if (choice.acls === 'two') config.acls.push({ id: `acl-0${index}1`, vpc: vpc.id, isDefault: false, subnets: others, entries: choice.otherEntries });
      }
      // members: 0 none, 1 one group, 2 one group and the directory's custom group, 3 two directories' members groups
      const groups: MGroup[] = [];
      if (choice.members >= 1) groups.push({ id: `sg-0${index}m`, vpc: vpc.id, name: `d-90${index}_workspacesMembers`, rules: [{ egress: true, protocol: '-1', cidr: vpc.cidr }] });
      if (choice.members === 3) groups.push({ id: `sg-0${index}n`, vpc: vpc.id, name: `d-91${index}_workspacesMembers`, rules: [] });
      choice.groups.forEach((group, j) => groups.push({ id: `sg-0${index}${j}`, vpc: vpc.id, name: group.custom ? `corp-custom-${j}` : `app-${j}`, rules: group.rules }));
      config.groups.push(...groups);
    }
    if (workspaces) {
      const chosen = pick(config.subnets, workspaces).map((s) => s.id);
      if (chosen.length > 0) config.workspacesSubnetIds = chosen;
    }
    if (groupIds) {
      const chosen = pick(config.groups, groupIds[0]).map((g) => g.id);
      if (groupIds[1]) chosen.push('sg-0missing');
      if (chosen.length > 0) config.workspacesSecurityGroupIds = chosen;
    }
    const { table, acl, group } = versions;
    if (table && config.tables.length > 0) {
      const base = config.tables[table[0] % config.tables.length] as MTable;
      const vpc = config.vpcs.find((v) => v.id === base.vpc) as MVpc;
      // The second version may also associate another subnet of the VPC (an association that moved).
      const moved = table[2] ? config.subnets.filter((s) => s.vpc === base.vpc).map((s) => s.id).slice(0, 1) : [];
      const routes = uniqueRoutes(table[1], [vpc.cidr, vpc.ipv6]);
      if (JSON.stringify(routes) !== JSON.stringify(base.routes) || moved.some((id) => !base.subnets.includes(id))) {
        config.versions.tables.push({ ...base, routes, subnets: [...new Set([...base.subnets, ...moved])] });
      }
    }
    if (acl && config.acls.length > 0) {
      const base = config.acls[acl[0] % config.acls.length] as MAcl;
      const entries = uniqueEntries(acl[1]);
      if (JSON.stringify(entries) !== JSON.stringify(base.entries)) config.versions.acls.push({ ...base, entries });
    }
    if (group && config.groups.length > 0) {
      const base = config.groups[group[0] % config.groups.length] as MGroup;
      if (JSON.stringify(group[1]) !== JSON.stringify(base.rules)) config.versions.groups.push({ ...base, rules: group[1] });
    }
    return config;
  });

/**
 * The same pastes, some with a WorkSpaces directory: its subnets (which become the WorkSpaces
 * subnets when the context names none), its members group (given, not pasted, or not printed) and a
 * custom group (any group of the paste, one not pasted, or none). A separate arbitrary, so the
 * pastes of `genMultiConfig` stay what they were.
 */
export const genMultiConfigWithDirectory: fc.Arbitrary<MultiConfig> = fc
  .tuple(
    genMultiConfig,
    fc.option(
      fc.record({
        mask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        members: fc.constantFrom('given', 'missing', 'absent'),
        custom: fc.option(fc.nat(), { freq: 2 }),
        customMissing: fc.boolean(),
      }),
      { freq: 2 },
    ),
  )
  .map(([config, choice]) => {
    if (!choice) return config;
    const subnets = pick(config.subnets, choice.mask).map((subnet) => subnet.id);
    const vpc = config.subnets.find((subnet) => subnet.id === subnets[0])?.vpc ?? config.vpcs[0]?.id;
    const members = config.groups.find((group) => group.vpc === vpc && group.name.endsWith('_workspacesMembers'))?.id ?? 'sg-0dirmembers';
    const custom = choice.custom === null ? undefined : choice.customMissing || config.groups.length === 0 ? 'sg-0dircustom' : config.groups[choice.custom % config.groups.length]?.id;
    const directory: MDirectory = {
      subnets,
      ...(choice.members === 'given' ? { workspaceSecurityGroupId: members } : choice.members === 'missing' ? { workspaceSecurityGroupId: 'sg-0dirmissing' } : {}),
      ...(custom ? { customSecurityGroupId: custom } : {}),
    };
    return { ...config, directory };
  });

/**
 * The pastes of `genMultiConfigWithDirectory`, some with a second version of one subnet that names
 * another VPC (a subnet id reused in outputs of two moments, or two accounts' outputs mixed). The
 * brute-force oracle does not model a subnet of untold VPC; these pastes feed the order and
 * soundness properties, which need no oracle.
 */
export const genMultiConfigWithSubnetVersion: fc.Arbitrary<MultiConfig> = fc.tuple(genMultiConfigWithDirectory, fc.option(fc.tuple(fc.nat(), fc.nat()), { freq: 2 })).map(([config, choice]) => {
  if (!choice) return config;
  const subnet = config.subnets[choice[0] % config.subnets.length] as MSubnet;
  const others = config.vpcs.filter((vpc) => vpc.id !== subnet.vpc);
  const vpc = others[choice[1] % others.length] as MVpc;
  return { ...config, versions: { ...config.versions, subnets: [{ id: subnet.id, vpc: vpc.id, cidr: subnetCidr(vpc.cidr, 9) }] } };
});

const renderRoute = (route: GenRoute) => ({
  [route.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: route.destination,
  [TARGET_FIELDS.find(([prefix]) => route.target.startsWith(prefix))?.[1] ?? 'GatewayId']: route.target,
  Origin: route.propagated ? 'EnableVgwRoutePropagation' : 'CreateRoute',
  State: route.blackhole ? 'blackhole' : 'active',
});

function renderTable(table: MTable, vpcs: MVpc[]) {
  const vpc = vpcs.find((v) => v.id === table.vpc) as MVpc;
  return {
    RouteTableId: table.id,
    VpcId: table.vpc,
    Associations: [
      ...(table.main ? [{ Main: true, RouteTableId: table.id, RouteTableAssociationId: `rtbassoc-${table.id}m` }] : []),
      ...table.subnets.map((subnet) => ({ Main: false, RouteTableId: table.id, SubnetId: subnet, RouteTableAssociationId: `rtbassoc-${table.id}${subnet}` })),
    ],
    Routes: [
      { DestinationCidrBlock: vpc.cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      { DestinationIpv6CidrBlock: vpc.ipv6, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      ...table.routes.map(renderRoute),
    ],
  };
}

function renderAcl(acl: MAcl) {
  return {
    NetworkAclId: acl.id,
    VpcId: acl.vpc,
    IsDefault: acl.isDefault,
    Associations: acl.subnets.map((subnet) => ({ NetworkAclId: acl.id, SubnetId: subnet })),
    Entries: acl.entries.map(renderEntry),
  };
}

function renderGroup(group: MGroup) {
  return {
    GroupId: group.id,
    GroupName: group.name,
    VpcId: group.vpc,
    IpPermissions: group.rules.filter((rule) => !rule.egress).map(renderPermission),
    IpPermissionsEgress: group.rules.filter((rule) => rule.egress).map(renderPermission),
  };
}

/** The paste: one document per describe-* command, a document per conflicting version, and verbatim copies. */
export function renderMulti(config: MultiConfig): { name: string; text: string }[] {
  const documents = [
    { name: 'vpcs.json', text: JSON.stringify({ Vpcs: config.vpcs.map((vpc) => ({ VpcId: vpc.id, CidrBlock: vpc.cidr, Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: vpc.ipv6 }] })) }) },
    {
      name: 'subnets.json',
      text: JSON.stringify({ Subnets: config.subnets.map((s) => ({ SubnetId: s.id, VpcId: s.vpc, CidrBlock: s.cidr, Ipv6CidrBlockAssociationSet: s.ipv6 ? [{ Ipv6CidrBlock: s.ipv6 }] : [] })) }),
    },
    { name: 'route-tables.json', text: JSON.stringify({ RouteTables: config.tables.map((table) => renderTable(table, config.vpcs)) }) },
    ...(config.acls.length > 0 ? [{ name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: config.acls.map(renderAcl) }) }] : []),
    ...(config.groups.length > 0 ? [{ name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: config.groups.map(renderGroup) }) }] : []),
    ...config.versions.tables.map((table, i) => ({ name: `route-tables-later-${i}.json`, text: JSON.stringify({ RouteTables: [renderTable(table, config.vpcs)] }) })),
    ...config.versions.acls.map((acl, i) => ({ name: `network-acls-later-${i}.json`, text: JSON.stringify({ NetworkAcls: [renderAcl(acl)] }) })),
    ...config.versions.groups.map((group, i) => ({ name: `security-groups-later-${i}.json`, text: JSON.stringify({ SecurityGroups: [renderGroup(group)] }) })),
    ...(config.versions.subnets ?? []).map((subnet, i) => ({ name: `subnets-later-${i}.json`, text: JSON.stringify({ Subnets: [{ SubnetId: subnet.id, VpcId: subnet.vpc, CidrBlock: subnet.cidr, Ipv6CidrBlockAssociationSet: [] }] }) })),
    ...(config.directory ? [{ name: 'workspace-directories.json', text: JSON.stringify({ Directories: [renderDirectory(config.directory)] }) }] : []),
  ];
  const copies = config.duplicates.flatMap((index) => (documents[index] ? [{ name: `copy-of-${documents[index].name}`, text: documents[index].text }] : []));
  return [...documents, ...copies];
}

function renderDirectory(directory: MDirectory) {
  return {
    DirectoryId: 'd-0d1r',
    DirectoryType: 'SIMPLE_AD',
    SubnetIds: directory.subnets,
    DnsIpAddresses: [],
    ...(directory.workspaceSecurityGroupId ? { WorkspaceSecurityGroupId: directory.workspaceSecurityGroupId } : {}),
    WorkspaceCreationProperties: { EnableInternetAccess: false, ...(directory.customSecurityGroupId ? { CustomSecurityGroupId: directory.customSecurityGroupId } : {}) },
  };
}

export function contextOf(config: MultiConfig) {
  return {
    closedTargets: config.closedTargets,
    internalCidrs: config.internalCidrs,
    ...(config.workspacesSubnetIds ? { workspacesSubnetIds: config.workspacesSubnetIds } : {}),
    ...(config.workspacesSecurityGroupIds ? { workspacesSecurityGroupIds: config.workspacesSecurityGroupIds } : {}),
  };
}

const contains = (text: string, family: Family, address: bigint) => {
  const b = block(text);
  return b.family === family && address >= b.first && address <= b.last;
};

type Fate = 'open' | 'closed' | 'unverified';
type AclCandidate = { kind: 'given'; entries: GenEntry[] } | { kind: 'unknown' } | { kind: 'default' };

const EGRESS_EXITS = ['igw-', 'nat-', 'eigw-', 'cagw-'];
const INGRESS_EXITS = ['igw-', 'cagw-'];
const INGRESS_STATEFUL = ['nat-', 'eigw-'];

/** Longest prefix over the VPC's local routes and the table's routes. */
const lookup = (table: MTable, vpc: MVpc, family: Family, address: bigint) => lookupRoute(table.routes, family, address, [vpc.cidr, vpc.ipv6]);

/** The verdict of the whole paste, packet by packet, weighing every candidate the documents allow. */
export function multiOracle(config: MultiConfig): Fate {
  const tables = [...config.tables, ...config.versions.tables];
  const acls = [...config.acls, ...config.versions.acls];
  const groups = [...config.groups, ...config.versions.groups];
  const rulesOf = (ids: Set<string>) => groups.filter((group) => ids.has(group.id)).flatMap((group) => group.rules);
  // The WorkSpaces subnets: typed, else the directory's, else every subnet.
  const wanted = config.workspacesSubnetIds ?? (config.directory && config.directory.subnets.length > 0 ? config.directory.subnets : undefined);
  const subnets = wanted ? config.subnets.filter((s) => wanted.includes(s.id)) : config.subnets;
  let result: Fate = 'closed';
  for (const subnet of subnets) {
    const vpc = config.vpcs.find((v) => v.id === subnet.vpc) as MVpc;
    const explicit = tables.filter((table) => table.subnets.includes(subnet.id));
    const tableCandidates: (MTable | undefined)[] = explicit.length > 0 ? explicit : tables.filter((table) => table.vpc === vpc.id && table.main);
    if (tableCandidates.length === 0) tableCandidates.push(undefined);
    const explicitAcls = acls.filter((acl) => acl.subnets.includes(subnet.id));
    const aclCandidates: AclCandidate[] =
      explicitAcls.length > 0 ? explicitAcls.map((acl) => ({ kind: 'given', entries: acl.entries })) : acls.some((acl) => acl.vpc === vpc.id) ? [{ kind: 'unknown' }] : [{ kind: 'default' }];
    // Groups: named in the context; else exactly one members group (others of the VPC may be on
    // too); several members groups (none certain); else every group of the VPC.
    const inVpc = groups.filter((group) => group.vpc === vpc.id);
    const members = new Set(inVpc.filter((group) => group.name.endsWith('_workspacesMembers')).map((group) => group.id));
    let certain = new Set<string>();
    let possible = new Set<string>();
    let missing = false;
    let none = false;
    // A directory that lists the subnet and prints its members group names the groups on it, the custom one included.
    const named = config.directory?.subnets.includes(subnet.id) && config.directory.workspaceSecurityGroupId ? [config.directory.workspaceSecurityGroupId, ...(config.directory.customSecurityGroupId ? [config.directory.customSecurityGroupId] : [])] : undefined;
    if (config.workspacesSecurityGroupIds) {
      certain = new Set(config.workspacesSecurityGroupIds.filter((id) => groups.some((group) => group.id === id)));
      missing = config.workspacesSecurityGroupIds.some((id) => !groups.some((group) => group.id === id));
    } else if (named) {
      certain = new Set(named.filter((id) => groups.some((group) => group.id === id)));
      missing = named.some((id) => !groups.some((group) => group.id === id));
    } else if (members.size === 1) {
      certain = members;
      possible = new Set(inVpc.filter((group) => !members.has(group.id)).map((group) => group.id));
    } else if (members.size > 1) {
      possible = new Set(inVpc.map((group) => group.id));
    } else if (inVpc.length > 0) {
      certain = new Set(inVpc.map((group) => group.id));
    } else {
      none = true;
    }
    const certainRules = rulesOf(certain);
    const possibleRules = rulesOf(possible);
    const isPublic = (family: Family, address: bigint) => {
      const registry = family === 4 ? SPECIAL_PURPOSE_IPV4 : SPECIAL_PURPOSE_IPV6;
      const inFalse = registry.some((entry) => !entry.globallyReachable && contains(entry.cidr, family, address));
      const inTrue = registry.some((entry) => entry.globallyReachable && contains(entry.cidr, family, address));
      if (inFalse && !inTrue) return false;
      if (config.internalCidrs.some((cidr) => contains(cidr, family, address))) return false;
      return !contains(vpc.cidr, family, address) && !contains(vpc.ipv6, family, address);
    };
    // The route's verdict for an address does not depend on the packet's protocol: judge it once.
    type RouteFate = 'closed' | 'exit' | 'unknown';
    const routeFate = (table: MTable | undefined, egress: boolean, family: Family, address: bigint): RouteFate => {
      if (!table) return 'unknown';
      const route = lookup(table, vpc, family, address);
      if (!route || route.blackhole || route.target === 'local' || config.closedTargets.includes(route.target)) return 'closed';
      if (!egress && INGRESS_STATEFUL.some((p) => route.target.startsWith(p))) return 'closed';
      return (egress ? EGRESS_EXITS : INGRESS_EXITS).some((p) => route.target.startsWith(p)) ? 'exit' : 'unknown';
    };
    const fate = (route: RouteFate, acl: AclCandidate, egress: boolean, family: Family, protocol: number, detail: number, address: bigint): Fate => {
      if (route === 'closed') return 'closed';
      let sure = route === 'exit';
      if (acl.kind === 'given' && aclAction(acl.entries, egress, family, protocol, detail, address) === 'deny') return 'closed';
      if (acl.kind === 'unknown') sure = false;
      if (none) {
        if (!egress) sure = false;
      } else if (!sgAllows(certainRules, egress, family, protocol, detail, address)) {
        if (sgAllows(possibleRules, egress, family, protocol, detail, address) || missing) sure = false;
        else return 'closed';
      }
      return sure ? 'open' : 'unverified';
    };
    const points = (family: Family) => {
      const registry = family === 4 ? SPECIAL_PURPOSE_IPV4 : SPECIAL_PURPOSE_IPV6;
      const texts = [
        vpc.cidr,
        vpc.ipv6,
        ...config.vpcs.map((v) => v.cidr),
        ...registry.map((entry) => entry.cidr),
        ...config.internalCidrs,
        ...tables.flatMap((table) => table.routes.map((route) => route.destination)),
        ...acls.flatMap((acl) => acl.entries.map((entry) => entry.cidr)),
        ...groups.flatMap((group) => group.rules.map((rule) => rule.cidr)),
      ];
      const max = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
      const set = new Set<bigint>([0n]);
      for (const text of texts) {
        const b = block(text);
        if (b.family !== family) continue;
        set.add(b.first);
        if (b.last < max) set.add(b.last + 1n);
      }
      return [...set];
    };
    for (const family of [4, 6] as const) {
      if (family === 6 && !subnet.ipv6) continue;
      for (const address of points(family)) {
        if (!isPublic(family, address)) continue;
        for (const egress of [true, false]) {
          const routes = tableCandidates.map((table) => routeFate(table, egress, family, address));
          if (routes.every((route) => route === 'closed')) continue;
          for (const [protocol, detail] of TRAFFIC) {
            const fates = routes.flatMap((route) => aclCandidates.map((acl) => fate(route, acl, egress, family, protocol, detail, address)));
            if (fates.includes('open')) return 'open';
            if (fates.some((f) => f !== 'closed')) result = 'unverified';
          }
        }
      }
    }
  }
  return result;
}

/** One packet per cell of protocol × port/ICMP space that the generated entries and rules can split. */
const TRAFFIC: [number, number][] = (() => {
  const ports = [...new Set(PORT_POINTS.flatMap((port) => [port, port + 1]))].filter((port) => port <= 65535);
  const icmp = [0, 3, 8, 11].flatMap((type) => [type * 256, type * 256 + 1, type * 256 + 4, type * 256 + 5, (type + 1) * 256]).concat([255 * 256 + 255]);
  const out: [number, number][] = [];
  for (const protocol of [6, 17, 1, 58, 47, 50, 99]) {
    if (protocol === 6 || protocol === 17) for (const port of ports) out.push([protocol, port]);
    else if (protocol === 1 || protocol === 58) for (const detail of icmp) out.push([protocol, detail]);
    else out.push([protocol, 0]);
  }
  return out;
})();

