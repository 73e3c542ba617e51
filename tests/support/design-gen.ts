/**
 * Random network designs (tests/support/design.ts) close to what closed WorkSpaces VPCs look like:
 * one or two VPCs, private subnets, main and custom route tables sending the internet, part of it
 * or on-premises ranges to gateways, NAT gateways (public or private), gateway endpoints, network
 * ACLs with denies before allows, security groups with and without AWS's default egress, Block
 * Public Access, and a WorkSpaces directory. Each design is then written as describe-* output, a
 * Terraform plan and a CloudFormation template by the renderers.
 */
import fc from 'fast-check';
import type { Design, DesignAcl, DesignAclEntry, DesignRoute, DesignRouteTable, DesignSecurityGroup, DesignSgRule, DesignSubnet, DesignVpc } from './design.ts';

/** AWS-managed S3 list of the Region (two of its real ranges) and a customer list of on-premises ranges. */
export const S3_LIST = { name: 's3', awsName: 'com.amazonaws.ap-northeast-1.s3', cidrs: ['52.219.136.0/22', '3.5.156.0/22'] };
export const ONPREM_LIST = { name: 'onprem', cidrs: ['192.168.0.0/16', '172.16.0.0/12'] };

const VPC_SHAPES: { cidrs: string[]; ipv6?: string }[] = [
  { cidrs: ['10.0.0.0/16'], ipv6: '2406:da14:aaa:a000::/56' },
  { cidrs: ['10.0.0.0/16'] },
  // A VPC in public space: its CIDR is never public for its own subnets, an ordinary destination for the other VPC's.
  { cidrs: ['52.95.0.0/16'] },
  { cidrs: ['10.1.0.0/16', '100.64.0.0/16'], ipv6: '2406:da14:aaa:b000::/56' },
];

/** Destinations a route may have; IPv6 ones only when the VPC has IPv6. */
const V4_DESTINATIONS = ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '52.0.0.0/8', '8.8.8.0/24', '192.168.0.0/16', '10.99.0.0/16'];
const V6_DESTINATIONS = ['::/0', '2000::/3', '2600::/12'];

const ACL_POOL: Omit<DesignAclEntry, 'ruleNumber' | 'egress'>[] = [
  { action: 'allow', protocol: -1, cidr: '10.0.0.0/8' },
  { action: 'deny', protocol: -1, cidr: '0.0.0.0/0' },
  { action: 'allow', protocol: 6, cidr: '0.0.0.0/0', ports: [443, 443] },
  { action: 'allow', protocol: 6, cidr: '0.0.0.0/0', ports: [49152, 65535] },
  { action: 'deny', protocol: 6, cidr: '52.0.0.0/8', ports: [0, 65535] },
  { action: 'allow', protocol: 17, cidr: '0.0.0.0/0', ports: [53, 53] },
  { action: 'allow', protocol: -1, cidr: '52.219.136.0/22' },
  { action: 'allow', protocol: 1, cidr: '0.0.0.0/0', icmp: [-1, -1] },
  { action: 'allow', protocol: -1, cidr: '::/0' },
  { action: 'deny', protocol: -1, cidr: '::/0' },
];

const SG_POOL: DesignSgRule[] = [
  { egress: true, protocol: -1, peer: { cidr: '0.0.0.0/0' } },
  { egress: true, protocol: 6, ports: [443, 443], peer: { cidr: '0.0.0.0/0' } },
  { egress: true, protocol: -1, peer: { cidr: '10.0.0.0/8' } },
  { egress: true, protocol: 6, ports: [443, 443], peer: { prefixList: 's3' } },
  { egress: true, protocol: 17, ports: [53, 53], peer: { cidr: '8.8.8.8/32' } },
  { egress: true, protocol: -1, peer: { cidr: '::/0' } },
  { egress: false, protocol: 6, ports: [3389, 3389], peer: { cidr: '0.0.0.0/0' } },
  { egress: false, protocol: -1, peer: { cidr: '10.0.0.0/8' } },
  { egress: false, protocol: 6, ports: [443, 443], peer: { cidr: '52.0.0.0/8' } },
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** The subnets of a VPC: /24s (and /64s when it has IPv6) in two zones. */
function subnetsOf(vpc: DesignVpc, index: number, count: number): DesignSubnet[] {
  const [first] = vpc.cidrs;
  const base = (first ?? '10.0.0.0/16').split('.').slice(0, 2).join('.');
  return Array.from({ length: count }, (_, i) => ({
    name: `${vpc.name}-s${i + 1}`,
    vpc: vpc.name,
    cidr: `${base}.${i + 1}.0/24`,
    ...(vpc.ipv6 ? { ipv6: vpc.ipv6.replace(/00::\/56$/, `0${i + 1}::/64`) } : {}),
    availabilityZone: i % 2 === 0 ? 'ap-northeast-1a' : 'ap-northeast-1c',
  }));
}

const aclEntries = fc.array(fc.record({ egress: fc.boolean(), pick: fc.nat(ACL_POOL.length - 1), number: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }).map((raw) => {
  const seen = new Set<string>();
  const entries: DesignAclEntry[] = [];
  for (const { egress, pick: index, number } of raw) {
    const ruleNumber = number * 10;
    const key = `${egress}:${ruleNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ ...(ACL_POOL[index] as Omit<DesignAclEntry, 'ruleNumber' | 'egress'>), ruleNumber, egress });
  }
  return entries;
});

/** A design: the first VPC holds the WorkSpaces; a second VPC is there some of the time. */
export const genDesign: fc.Arbitrary<Design> = fc
  .record({
    shapes: fc.tuple(fc.nat(VPC_SHAPES.length - 1), fc.option(fc.nat(VPC_SHAPES.length - 1), { nil: undefined, freq: 2 })),
    subnetCounts: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 })),
    igw: fc.tuple(fc.boolean(), fc.boolean()),
    eigw: fc.boolean(),
    nat: fc.option(fc.record({ subnet: fc.nat(2), connectivity: pick(['public', 'private'] as const) }), { nil: undefined }),
    s3Endpoint: fc.boolean(),
    onpremList: fc.boolean(),
    tables: fc.array(
      fc.record({
        vpc: fc.nat(1),
        main: fc.boolean(),
        routes: fc.array(
          fc.record({
            v6: fc.boolean(),
            destination: fc.nat(V4_DESTINATIONS.length - 1),
            target: pick(['internet-gateway', 'egress-only-internet-gateway', 'nat-gateway', 'transit-gateway', 'gateway-endpoint', 'vpc-peering', 'network-interface'] as const),
            blackhole: fc.boolean(),
            prefixList: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        subnets: fc.array(fc.nat(2), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    acls: fc.array(fc.record({ vpc: fc.nat(1), default: fc.boolean(), entries: aclEntries, subnets: fc.array(fc.nat(2), { maxLength: 2 }) }), { maxLength: 3 }),
    groups: fc.array(fc.record({ custom: fc.boolean(), rules: fc.subarray(SG_POOL, { maxLength: 4 }), defaultEgress: fc.boolean() }), { minLength: 1, maxLength: 2 }),
    blockPublicAccess: fc.option(pick(['off', 'block-bidirectional', 'block-ingress'] as const), { nil: undefined }),
    directory: fc.option(fc.record({ enableInternetAccess: fc.boolean() }), { nil: undefined }),
    workspaces: fc.nat(1),
  })
  .map((raw): Design => {
    const vpcs: DesignVpc[] = [raw.shapes[0], raw.shapes[1]].flatMap((shape, index) => (shape === undefined ? [] : [{ name: `vpc${index + 1}`, ...(VPC_SHAPES[shape] as { cidrs: string[]; ipv6?: string }) }]));
    // Two VPCs of the same shape would overlap; the second one then moves to 10.1.0.0/16.
    if (vpcs[1] && vpcs[1].cidrs[0] === vpcs[0]?.cidrs[0]) vpcs[1] = { name: 'vpc2', cidrs: ['10.1.0.0/16'] };
    const subnets = vpcs.flatMap((vpc, index) => subnetsOf(vpc, index, raw.subnetCounts[index] ?? 1));
    const subnetOf = (vpcName: string, index: number) => {
      const own = subnets.filter((subnet) => subnet.vpc === vpcName);
      return own[index % own.length] as DesignSubnet;
    };
    const vpcAt = (index: number) => (vpcs[index % vpcs.length] as DesignVpc).name;
    const internetGateways = vpcs.flatMap((vpc, index) => (raw.igw[index] ? [{ name: `igw-${vpc.name}`, vpc: vpc.name }] : []));
    const vpc1 = vpcs[0] as DesignVpc;
    const egressOnlyInternetGateways = raw.eigw && vpc1.ipv6 ? [{ name: 'eigw-vpc1', vpc: 'vpc1' }] : [];
    const natGateways = raw.nat ? [{ name: 'nat1', subnet: subnetOf('vpc1', raw.nat.subnet).name, connectivity: raw.nat.connectivity }] : [];
    const prefixLists = [...(raw.s3Endpoint ? [S3_LIST] : []), ...(raw.onpremList ? [ONPREM_LIST] : [])];

    const routeTables: DesignRouteTable[] = [];
    const mains = new Set<string>();
    raw.tables.forEach((table, index) => {
      const vpc = vpcAt(table.vpc);
      const main = table.main && !mains.has(vpc);
      if (main) mains.add(vpc);
      const hasV6 = vpcs.find((candidate) => candidate.name === vpc)?.ipv6 !== undefined;
      const routes: DesignRoute[] = [];
      const destinations = new Set<string>();
      for (const route of table.routes) {
        const target = (() => {
          switch (route.target) {
            case 'internet-gateway': {
              const igw = internetGateways.find((gateway) => gateway.vpc === vpc);
              return igw ? { kind: 'internet-gateway' as const, name: igw.name } : undefined;
            }
            case 'egress-only-internet-gateway':
              return vpc === 'vpc1' && egressOnlyInternetGateways[0] ? { kind: 'egress-only-internet-gateway' as const, name: 'eigw-vpc1' } : undefined;
            case 'nat-gateway':
              return vpc === 'vpc1' && natGateways[0] ? { kind: 'nat-gateway' as const, name: 'nat1' } : undefined;
            case 'transit-gateway':
              return { kind: 'transit-gateway' as const, name: 'tgw1' };
            case 'vpc-peering':
              return { kind: 'vpc-peering' as const, name: 'pcx1' };
            case 'network-interface':
              return { kind: 'network-interface' as const, name: `eni-${vpc}` };
            case 'gateway-endpoint':
              return undefined;
          }
        })();
        if (!target) continue;
        const v6 = route.v6 && hasV6 && target.kind !== 'nat-gateway';
        if (!v6 && target.kind === 'egress-only-internet-gateway') continue;
        const destination: DesignRoute['destination'] =
          route.prefixList && raw.onpremList && target.kind !== 'internet-gateway' && target.kind !== 'egress-only-internet-gateway' ? { prefixList: 'onprem' } : v6 ? (V6_DESTINATIONS[route.destination % V6_DESTINATIONS.length] as string) : (V4_DESTINATIONS[route.destination] as string);
        const key = typeof destination === 'string' ? destination : `pl:${destination.prefixList}`;
        if (destinations.has(key)) continue;
        destinations.add(key);
        routes.push({ destination, target, ...(route.blackhole ? { blackhole: true } : {}) });
      }
      routeTables.push({ name: `rt${index + 1}-${vpc}`, vpc, main, routes, subnets: [] });
    });
    // Every VPC has a main table; a subnet is associated with at most one table.
    for (const vpc of vpcs) {
      if (!mains.has(vpc.name)) routeTables.push({ name: `rt-main-${vpc.name}`, vpc: vpc.name, main: true, routes: [], subnets: [] });
    }
    const associated = new Set<string>();
    raw.tables.forEach((table, index) => {
      const design = routeTables[index];
      if (!design) return;
      for (const pickIndex of table.subnets) {
        const subnet = subnetOf(design.vpc, pickIndex);
        if (associated.has(subnet.name)) continue;
        associated.add(subnet.name);
        design.subnets.push(subnet.name);
      }
    });
    const gatewayEndpoints = raw.s3Endpoint ? [{ name: 'vpce-s3', vpc: 'vpc1', prefixList: 's3', routeTables: routeTables.filter((table) => table.vpc === 'vpc1').slice(0, 2).map((table) => table.name) }] : [];

    const acls: DesignAcl[] = [];
    const defaults = new Set<string>();
    const aclAssociated = new Set<string>();
    raw.acls.forEach((acl, index) => {
      const vpc = vpcAt(acl.vpc);
      const isDefault = acl.default && !defaults.has(vpc);
      if (isDefault) defaults.add(vpc);
      const subnetNames: string[] = [];
      for (const pickIndex of acl.subnets) {
        const subnet = subnetOf(vpc, pickIndex);
        if (aclAssociated.has(subnet.name)) continue;
        aclAssociated.add(subnet.name);
        subnetNames.push(subnet.name);
      }
      acls.push({ name: `acl${index + 1}-${vpc}`, vpc, default: isDefault, entries: acl.entries, subnets: subnetNames });
    });
    for (const vpc of vpcs) if (!defaults.has(vpc.name)) acls.push({ name: `acl-default-${vpc.name}`, vpc: vpc.name, default: true, entries: [], subnets: [] });

    const securityGroups: DesignSecurityGroup[] = raw.groups.map((group, index) => ({
      name: index === 0 ? 'members' : `custom${index}`,
      vpc: 'vpc1',
      rules: group.rules.filter((rule) => !('prefixList' in rule.peer) || raw.s3Endpoint),
      defaultEgress: group.defaultEgress,
    }));
    const workspacesSubnets = [subnetOf('vpc1', 0).name, ...(raw.workspaces > 0 && subnets.filter((subnet) => subnet.vpc === 'vpc1').length > 1 ? [subnetOf('vpc1', 1).name] : [])];
    const custom = securityGroups.find((group) => group.name !== 'members');
    return {
      region: 'ap-northeast-1',
      vpcs,
      subnets,
      routeTables,
      acls,
      securityGroups,
      internetGateways,
      egressOnlyInternetGateways,
      natGateways,
      gatewayEndpoints,
      prefixLists,
      ...(raw.blockPublicAccess ? { blockPublicAccess: raw.blockPublicAccess } : {}),
      ...(raw.directory ? { directory: { name: 'd-90670a0001', subnets: workspacesSubnets, membersGroup: 'members', ...(custom ? { customGroup: custom.name } : {}), enableInternetAccess: raw.directory.enableInternetAccess } } : {}),
      workspacesSubnets,
    };
  });
