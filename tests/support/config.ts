/**
 * Generated network configurations for property tests, kept as plain data so that the oracle
 * can judge packets straight from them while the engine reads the same configuration rendered
 * as AWS CLI JSON. Nothing here imports the engine's analysis code.
 */
import fc from 'fast-check';

export type Family = 4 | 6;

export interface GenRoute {
  destination: string;
  target: string;
  blackhole: boolean;
  propagated: boolean;
}

export interface GenEntry {
  number: number;
  egress: boolean;
  action: 'allow' | 'deny';
  protocol: string;
  cidr: string;
  portRange?: [number, number];
  icmp?: [number, number];
}

export interface GenSgRule {
  egress: boolean;
  protocol: string;
  from?: number;
  to?: number;
  cidr: string;
}

export interface GenConfig {
  /** Routes of the subnet's table (a local 10.0.0.0/16 route is always added); undefined: no table given. */
  routes?: GenRoute[];
  /** Entries of the subnet's NACL; undefined: no NACL given. */
  entries?: GenEntry[];
  /** Rules of the WorkSpaces' one security group; undefined: no group given. */
  sgRules?: GenSgRule[];
  closedTargets: string[];
  internalCidrs: string[];
}

export const V4_CIDRS = ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '0.0.0.0/2', '52.0.0.0/8', '52.94.0.0/16', '52.94.5.0/24', '1.0.0.0/8', '8.8.8.0/24', '8.8.8.8/32', '10.0.0.0/8', '10.0.1.0/24', '192.168.0.0/16', '100.64.0.0/10', '198.19.0.0/16', '203.0.113.0/24', '169.254.0.0/16', '224.0.0.0/3'];
export const V6_CIDRS = ['::/0', '::/1', '8000::/1', '2000::/3', '2600::/12', '2600:1f00::/24', 'fd00::/8', '2001:db8::/32', '64:ff9b::/96', '2001::/23', '2001:4:112::/48'];
export const PORT_POINTS = [0, 1, 22, 53, 80, 123, 443, 1024, 3389, 49151, 49152, 65535];
const TARGETS = ['igw-0a1', 'nat-0b2', 'eigw-0c3', 'cagw-0d4', 'tgw-0e5', 'vgw-0f6', 'pcx-0a7', 'eni-0b8', 'vpce-0c9', 'local'];
const ACL_PROTOCOLS = ['-1', '6', '17', '1', '58', '47'];
const SG_PROTOCOLS = ['-1', 'tcp', 'udp', 'icmp', 'icmpv6', '6', '17', '50'];

// Broad blocks come up often, so that generated configurations are open or unverified about
// half the time instead of almost always closed.
const cidr = fc.oneof(
  { arbitrary: fc.constantFrom('0.0.0.0/0', '::/0', '0.0.0.0/1', '128.0.0.0/1'), weight: 3 },
  { arbitrary: fc.constantFrom(...V4_CIDRS), weight: 3 },
  { arbitrary: fc.constantFrom(...V6_CIDRS), weight: 2 },
);
const portRange = fc.tuple(fc.constantFrom(...PORT_POINTS), fc.constantFrom(...PORT_POINTS)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
const icmpPair = fc.tuple(fc.constantFrom(-1, 0, 3, 8, 11), fc.constantFrom(-1, 0, 4)) as fc.Arbitrary<[number, number]>;

export const genRoute: fc.Arbitrary<GenRoute> = fc.record({
  destination: cidr,
  target: fc.constantFrom(...TARGETS),
  blackhole: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  propagated: fc.boolean(),
}).map((route) => ({ ...route, blackhole: route.blackhole, propagated: route.propagated && route.target === 'vgw-0f6' }));

export const genEntry: fc.Arbitrary<GenEntry> = fc
  .record({
    number: fc.integer({ min: 1, max: 400 }),
    egress: fc.boolean(),
    action: fc.constantFrom('allow' as const, 'allow' as const, 'deny' as const),
    protocol: fc.constantFrom(...ACL_PROTOCOLS),
    cidr,
    portRange,
    icmp: icmpPair,
  })
  .map(({ portRange: ports, icmp, ...entry }) => {
    const needsPorts = entry.protocol === '6' || entry.protocol === '17';
    const needsIcmp = entry.protocol === '1' || (entry.protocol === '58' && entry.cidr.includes(':'));
    return { ...entry, ...(needsPorts ? { portRange: ports } : {}), ...(needsIcmp ? { icmp } : {}) };
  });

export const genSgRule: fc.Arbitrary<GenSgRule> = fc
  .record({ egress: fc.boolean(), protocol: fc.constantFrom(...SG_PROTOCOLS), ports: portRange, icmp: icmpPair, cidr, icmpAll: fc.boolean() })
  .map(({ ports, icmp, icmpAll, ...rule }) => {
    if (['tcp', 'udp', '6', '17'].includes(rule.protocol)) return { ...rule, from: ports[0], to: ports[1] };
    if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6') return icmpAll ? rule : { ...rule, from: icmp[0], to: icmp[1] };
    return rule;
  });

/** Unique rule numbers per direction and family, as AWS enforces. */
export function uniqueEntries(entries: GenEntry[]): GenEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.egress}:${entry.cidr.includes(':')}:${entry.number}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One route per destination, as AWS enforces (a prefix may have one static and one propagated route). */
function uniqueRoutes(routes: GenRoute[]): GenRoute[] {
  const seen = new Set<string>(['10.0.0.0/16:false']);
  return routes.filter((route) => {
    const key = `${route.destination}:${route.propagated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Broad allows at a random place, so that earlier entries and narrower rules decide the rest. */
const broadAllows = fc.record({
  number: fc.integer({ min: 1, max: 400 }),
  v6: fc.boolean(),
  egress: fc.boolean(),
  ingress: fc.boolean(),
});

const baseConfig = fc.record({
  routes: fc.option(fc.array(genRoute, { minLength: 1, maxLength: 5 }).map(uniqueRoutes), { freq: 6 }),
  entries: fc.option(fc.array(genEntry, { maxLength: 8 }).map(uniqueEntries), { freq: 6 }),
  sgRules: fc.option(fc.array(genSgRule, { maxLength: 4 }), { freq: 6 }),
  closedTargets: fc.subarray(['tgw-0e5', 'vgw-0f6']),
  internalCidrs: fc.subarray(['52.94.0.0/16', '8.8.8.0/24', '2600:1f00::/24']),
  broad: fc.option(broadAllows, { freq: 2 }),
});

export const genConfig: fc.Arbitrary<GenConfig> = baseConfig.map(({ broad, ...config }) => {
  if (!broad) return config;
  const cidrs = broad.v6 ? ['0.0.0.0/0', '::/0'] : ['0.0.0.0/0'];
  const entries = config.entries && [
    ...config.entries,
    ...cidrs.flatMap((cidr) => [
      { number: broad.number, egress: true, action: 'allow' as const, protocol: '-1', cidr },
      { number: broad.number, egress: false, action: 'allow' as const, protocol: '-1', cidr },
    ]),
  ];
  const sgRules = config.sgRules && [
    ...config.sgRules,
    ...cidrs.flatMap((cidr) => [...(broad.egress ? [{ egress: true, protocol: '-1', cidr }] : []), ...(broad.ingress ? [{ egress: false, protocol: '-1', cidr }] : [])]),
  ];
  return { ...config, entries: entries && uniqueEntries(entries), sgRules };
}).map((config) => ({
  closedTargets: config.closedTargets,
  internalCidrs: config.internalCidrs,
  ...(config.routes === null ? {} : { routes: config.routes }),
  ...(config.entries === null ? {} : { entries: config.entries }),
  ...(config.sgRules === null ? {} : { sgRules: config.sgRules }),
}));

/** The route field of each generated target's kind (GatewayId for the rest). */
export const TARGET_FIELDS: [string, string][] = [
  ['nat-', 'NatGatewayId'],
  ['eigw-', 'EgressOnlyInternetGatewayId'],
  ['cagw-', 'CarrierGatewayId'],
  ['tgw-', 'TransitGatewayId'],
  ['pcx-', 'VpcPeeringConnectionId'],
  ['eni-', 'NetworkInterfaceId'],
];

/** A NACL entry as describe-network-acls prints it. */
export function renderEntry(entry: GenEntry): Record<string, unknown> {
  return {
    [entry.cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: entry.cidr,
    Egress: entry.egress,
    Protocol: entry.protocol,
    RuleAction: entry.action,
    RuleNumber: entry.number,
    ...(entry.portRange ? { PortRange: { From: entry.portRange[0], To: entry.portRange[1] } } : {}),
    ...(entry.icmp ? { IcmpTypeCode: { Type: entry.icmp[0], Code: entry.icmp[1] } } : {}),
  };
}

/** A security-group rule as describe-security-groups prints it. */
export function renderPermission(rule: GenSgRule): Record<string, unknown> {
  return {
    IpProtocol: rule.protocol,
    ...(rule.from !== undefined ? { FromPort: rule.from, ToPort: rule.to } : {}),
    ...(rule.cidr.includes(':') ? { Ipv6Ranges: [{ CidrIpv6: rule.cidr }] } : { IpRanges: [{ CidrIp: rule.cidr }] }),
  };
}

/** The configuration as the AWS CLI would print it, one document per resource type. */
export function renderConfig(config: GenConfig): { name: string; text: string }[] {
  const subnet = 'subnet-0aaa';
  const documents: { name: string; text: string }[] = [
    { name: 'subnets.json', text: JSON.stringify({ Subnets: [{ SubnetId: subnet, CidrBlock: '10.0.1.0/24', VpcId: 'vpc-0abc', Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: '2600:1f18:aaaa:100::/64' }] }] }) },
  ];
  if (config.routes) {
    const routes = [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }, ...config.routes.map((route) => {
      const field = TARGET_FIELDS.find(([prefix]) => route.target.startsWith(prefix))?.[1] ?? 'GatewayId';
      return {
        [route.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: route.destination,
        [field]: route.target,
        Origin: route.propagated ? 'EnableVgwRoutePropagation' : 'CreateRoute',
        State: route.blackhole ? 'blackhole' : 'active',
      };
    })];
    documents.push({ name: 'route-tables.json', text: JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0abc', VpcId: 'vpc-0abc', Associations: [{ Main: false, RouteTableId: 'rtb-0abc', SubnetId: subnet }], Routes: routes }] }) });
  }
  if (config.entries) {
    const entries = config.entries.map(renderEntry);
    documents.push({ name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: [{ NetworkAclId: 'acl-0abc', VpcId: 'vpc-0abc', IsDefault: false, Associations: [{ SubnetId: subnet }], Entries: entries }] }) });
  }
  if (config.sgRules) {
    const permission = renderPermission;
    documents.push({
      name: 'security-groups.json',
      text: JSON.stringify({
        SecurityGroups: [{ GroupId: 'sg-0abc', GroupName: 'd-1_workspacesMembers', VpcId: 'vpc-0abc', IpPermissions: config.sgRules.filter((r) => !r.egress).map(permission), IpPermissionsEgress: config.sgRules.filter((r) => r.egress).map(permission) }],
      }),
    });
  }
  return documents;
}
