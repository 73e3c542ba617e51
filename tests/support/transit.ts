/**
 * Generated hub-and-spoke networks: two to four VPCs behind one transit gateway, each with
 * subnets in two zones, route tables, network ACLs, a NAT gateway (public or private, described
 * or not), an internet gateway (attached or not), Block Public Access modes and exclusions; the
 * transit gateway with attachments (a VPN, a Direct Connect gateway and a Connect attachment among
 * them), route tables with static, propagated and blackhole routes (host routes among them),
 * incomplete or missing route sets, and conflicting or duplicated documents.
 *
 * The oracle judges one packet at a time, hop by hop, straight from this data, with the semantics
 * written out naively (validators/analysis/hops.ts states them with their sources); it shares no
 * code with the engine's analysis.
 */
import fc from 'fast-check';
import type { BpaMode } from '../../validators/model.ts';
import { SPECIAL_PURPOSE_IPV4, SPECIAL_PURPOSE_IPV6 } from '../../validators/net/special-purpose.ts';
import type { Family, GenEntry, GenSgRule } from './config.ts';
import { genEntry, genSgRule, PORT_POINTS, renderEntry, renderPermission, TARGET_FIELDS, uniqueEntries } from './config.ts';
import { aclAction, block, sgAllows } from './oracle.ts';

export type Fate = 'open' | 'closed' | 'unverified';

export interface TRoute {
  destination: string;
  target: string;
  blackhole: boolean;
}
export interface TSubnet {
  id: string;
  vpc: string;
  cidr: string;
  ipv6?: string;
  az: string;
  bpa?: BpaMode;
}
export interface TVpc {
  id: string;
  cidr: string;
  ipv6: string;
  bpa?: BpaMode;
}
export interface TTable {
  id: string;
  vpc: string;
  main: boolean;
  subnets: string[];
  routes: TRoute[];
}
export interface TAcl {
  id: string;
  vpc: string;
  subnets: string[];
  entries: GenEntry[];
}
export interface TNat {
  id: string;
  vpc: string;
  subnet?: string;
  connectivity?: 'public' | 'private';
  privateIp?: string;
}
export interface TIgw {
  id: string;
  attachedTo: string[];
}
export interface TAttachment {
  id: string;
  type: 'vpc' | 'vpn' | 'direct-connect-gateway' | 'connect';
  resource: string;
  /** Associated transit gateway route table; undefined: not associated. */
  table?: string;
}
export interface TVpcAttachment {
  id: string;
  vpc: string;
  subnets: string[];
  appliance: boolean;
}
export interface TTgwRoute {
  destination: string;
  /** Attachment id; undefined: blackhole. */
  attachment?: string;
  propagated: boolean;
  /** The route prints ResourceType/ResourceId of its attachment (the real output does; left out to exercise the lookup). */
  describesAttachment: boolean;
}
export interface TRouteSet {
  table: string;
  routes: TTgwRoute[];
  incomplete: boolean;
}
export interface TBpa {
  options?: { mode: BpaMode; complete: boolean };
  exclusions: { id: string; resource: string; kind: 'vpc' | 'subnet'; mode: 'allow-bidirectional' | 'allow-egress'; gone: boolean }[];
  /** describe-vpc-block-public-access-exclusions was given (so exclusions not listed do not exist). */
  exclusionsGiven: boolean;
}

export interface TransitConfig {
  vpcs: TVpc[];
  subnets: TSubnet[];
  tables: TTable[];
  acls: TAcl[];
  /** NAT gateways the inputs describe (describe-nat-gateways); others are named by routes only. */
  nats: TNat[];
  /** Internet gateways the inputs describe (describe-internet-gateways). */
  igws: TIgw[];
  bpa: TBpa;
  /** Transit gateway documents; undefined: none given. */
  tgw?: { attachments: TAttachment[]; vpcAttachments: TVpcAttachment[]; tables: string[]; routeSets: TRouteSet[] };
  /** A second version of one route set (another document), weighed like conflicting pastes. */
  routeSetVersion?: TRouteSet;
  /** Indexes of documents pasted twice, verbatim. */
  duplicates: number[];
  /** The WorkSpaces' security group (named in the context); undefined: none given. */
  sgRules?: GenSgRule[];
  /** The WorkSpaces subnets (of the first VPC): subnet-000, and sometimes subnet-001 too. */
  workspacesSubnets: string[];
  closedTargets: string[];
}

const TGW = 'tgw-0e5';
const VPN_ATTACHMENT = 'tgw-attach-0f0';
const VPN = 'vpn-0f1';
const DX_ATTACHMENT = 'tgw-attach-0d0';
const DX_GATEWAY = '5f1a2b3c-0d1e-4f5a-8b9c-0d1e2f3a4b5c';
/** A Connect attachment's resource is its transport attachment (here the second VPC's). */
const CONNECT_ATTACHMENT = 'tgw-attach-0c0';
const CONNECT_TRANSPORT = 'tgw-attach-01';
/** The attachments whose far side the inputs never show, as describe-transit-gateway-attachments prints them. */
const FAR_ATTACHMENTS: { id: string; type: TAttachment['type']; resource: string }[] = [
  { id: VPN_ATTACHMENT, type: 'vpn', resource: VPN },
  { id: DX_ATTACHMENT, type: 'direct-connect-gateway', resource: DX_GATEWAY },
  { id: CONNECT_ATTACHMENT, type: 'connect', resource: CONNECT_TRANSPORT },
];
const ZONES = ['ap-northeast-1a', 'ap-northeast-1c'];
const VPC_CIDRS = ['10.0.0.0/16', '10.1.0.0/16', '52.95.0.0/16', '172.16.0.0/16'];
const BPA_MODES: BpaMode[] = ['off', 'block-bidirectional', 'block-ingress'];

const subnetCidr = (vpcCidr: string, index: number) => vpcCidr.replace(/\.0\.0\/16$/, `.${index + 1}.0/24`);
const subnetIpv6 = (vpcIpv6: string, index: number) => vpcIpv6.replace('00::/56', `0${index + 1}::/64`);

const pick = <T>(items: readonly T[], mask: readonly boolean[]) => items.filter((_, index) => mask[index]);

/** Targets a VPC table may name: its own gateways, the transit gateway, and hops whose far side is unknown. */
const targetsOf = (index: number) => [`igw-0${index}`, `nat-0${index}`, TGW, `eigw-0${index}`, `eni-0${index}`, `vpce-0${index}`, `cagw-0${index}`, TGW, TGW];

const genRoutes = (index: number, otherCidrs: string[]) =>
  fc.array(
    fc.record({
      destination: fc.constantFrom('0.0.0.0/0', '::/0', '0.0.0.0/1', '52.0.0.0/8', '8.8.8.0/24', '8.8.8.8/32', '2600::/12', '2600::1/128', ...otherCidrs),
      target: fc.constantFrom(...targetsOf(index)),
      blackhole: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
    }),
    { maxLength: 4 },
  );

const genBpaMode = fc.option(fc.constantFrom(...BPA_MODES), { freq: 4 });

function vpcArbitrary(index: number, otherCidrs: string[]) {
  return fc.record({
    subnetCount: fc.integer({ min: 1, max: 3 }),
    ipv6: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    mainRoutes: genRoutes(index, otherCidrs),
    explicit: fc.array(fc.option(genRoutes(index, otherCidrs), { freq: 2 }), { minLength: 3, maxLength: 3 }),
    acls: fc.constantFrom('none', 'one', 'two', 'two', 'partial'),
    aclEntries: fc.tuple(fc.array(genEntry, { maxLength: 5 }), fc.array(genEntry, { maxLength: 5 })),
    broadAllow: fc.tuple(fc.integer({ min: 0, max: 3 }).map((n) => n > 0), fc.integer({ min: 0, max: 3 }).map((n) => n > 0)),
    aclMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    nat: fc.option(fc.record({ subnet: fc.option(fc.nat(2), { freq: 6 }), connectivity: fc.constantFrom('public', 'private', undefined), ip: fc.boolean() }), { freq: 3 }),
    igw: fc.option(fc.constantFrom('own', 'detached', 'other'), { freq: 3 }),
    bpa: genBpaMode,
    subnetBpa: fc.array(genBpaMode, { minLength: 3, maxLength: 3 }),
    // A default route in most tables (main first, then each subnet's own), so that paths reach the next hop often.
    defaults: fc.array(fc.option(fc.constantFrom(...targetsOf(index)), { freq: 4 }), { minLength: 4, maxLength: 4 }),
    defaults6: fc.array(fc.option(fc.constantFrom(...targetsOf(index)), { freq: 2 }), { minLength: 4, maxLength: 4 }),
    // A second WorkSpaces subnet (the WorkSpaces VPC only), often sharing the first one's route table: judged once with it only when nothing downstream tells them apart.
    second: fc.record({ workspaces: fc.boolean(), shareTable: fc.boolean() }),
    attachment: fc.record({ given: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), vpcGiven: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), subnets: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), appliance: fc.boolean(), table: fc.option(fc.nat(2), { freq: 10 }) }),
  });
}

const genTgwRoute = (destinations: string[], attachments: string[]) =>
  fc.record({
    destination: fc.constantFrom(...destinations),
    attachment: fc.option(fc.constantFrom(...attachments), { freq: 6 }),
    propagated: fc.boolean(),
    describesAttachment: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  });

export const genTransitConfig: fc.Arbitrary<TransitConfig> = fc
  .record({ count: fc.integer({ min: 2, max: 4 }), cidrs: fc.shuffledSubarray(VPC_CIDRS, { minLength: 4, maxLength: 4 }) })
  .chain(({ count, cidrs }) => {
    const used = cidrs.slice(0, count);
    const attachments = [...used.map((_, index) => `tgw-attach-0${index}`), ...FAR_ATTACHMENTS.map((far) => far.id)];
    // Host routes too: only a static one of a full-length prefix keeps an address from a future propagated route.
    const destinations = ['0.0.0.0/0', '::/0', '52.0.0.0/8', '8.8.8.0/24', '8.8.8.8/32', '0.0.0.0/1', '2600::1/128', ...used, ...used.map((_, index) => `2600:1f18:${index}a00::/56`)];
    return fc.record({
      cidrs: fc.constant(used),
      vpcs: fc.tuple(...used.map((_, index) => vpcArbitrary(index, used.filter((_, other) => other !== index)))),
      tgw: fc.option(
        fc.record({
          tableCount: fc.integer({ min: 1, max: 3 }),
          far: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          farTables: fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }),
          routes: fc.array(fc.array(genTgwRoute(destinations, attachments), { maxLength: 5 }), { minLength: 3, maxLength: 3 }),
          incomplete: fc.array(fc.integer({ min: 0, max: 14 }).map((n) => n === 0), { minLength: 3, maxLength: 3 }),
          missing: fc.array(fc.integer({ min: 0, max: 14 }).map((n) => n === 0), { minLength: 3, maxLength: 3 }),
          version: fc.option(fc.tuple(fc.nat(2), fc.array(genTgwRoute(destinations, attachments), { minLength: 1, maxLength: 3 })), { freq: 5 }),
        }),
        { freq: 8 },
      ),
      bpa: fc.record({
        options: fc.option(fc.record({ mode: fc.constantFrom(...BPA_MODES), complete: fc.integer({ min: 0, max: 4 }).map((n) => n > 0) }), { freq: 2 }),
        exclusions: fc.array(fc.record({ vpc: fc.nat(3), subnet: fc.option(fc.nat(2)), mode: fc.constantFrom('allow-bidirectional' as const, 'allow-egress' as const), gone: fc.integer({ min: 0, max: 5 }).map((n) => n === 0) }), { maxLength: 2 }),
        exclusionsGiven: fc.boolean(),
      }),
      ipv6: fc.boolean(),
      sg: fc.option(fc.tuple(fc.array(genSgRule, { maxLength: 3 }), fc.boolean(), fc.boolean()), { freq: 3 }),
      closedTargets: fc.subarray([TGW, VPN_ATTACHMENT, VPN, DX_ATTACHMENT, DX_GATEWAY, CONNECT_ATTACHMENT, 'eni-00', 'vpce-01', 'tgw-attach-01']),
      duplicates: fc.subarray([0, 2, 5, 8]),
    });
  })
  .map(({ cidrs, vpcs: choices, tgw, bpa, ipv6, sg, closedTargets, duplicates }) => {
    const config: TransitConfig = { vpcs: [], subnets: [], tables: [], acls: [], nats: [], igws: [], bpa: { exclusions: [], exclusionsGiven: bpa.exclusionsGiven }, duplicates, workspacesSubnets: ['subnet-000'], closedTargets };
    const attachments: TAttachment[] = [];
    const vpcAttachments: TVpcAttachment[] = [];
    const tableCount = tgw?.tableCount ?? 1;
    choices.forEach((choice, index) => {
      const vpc: TVpc = { id: `vpc-0${index}a`, cidr: cidrs[index] as string, ipv6: `2600:1f18:${index}a00::/56`, ...(choice.bpa ? { bpa: choice.bpa } : {}) };
      config.vpcs.push(vpc);
      // The WorkSpaces VPC has two subnets at least: the WorkSpaces' and one for the transit gateway.
      const count = index === 0 ? Math.max(2, choice.subnetCount) : choice.subnetCount;
      const subnets = Array.from({ length: count }, (_, j): TSubnet => {
        const v6 = index === 0 && j === 0 ? ipv6 : choice.ipv6[j];
        const mode = choice.subnetBpa[j];
        return { id: `subnet-0${index}${j}`, vpc: vpc.id, cidr: subnetCidr(vpc.cidr, j), az: ZONES[j % 2] as string, ...(v6 ? { ipv6: subnetIpv6(vpc.ipv6, j) } : {}), ...(mode ? { bpa: mode } : {}) };
      });
      config.subnets.push(...subnets);
      const own = (routes: TRoute[], k: number) => {
        const seen = new Set<string>();
        const v4 = choice.defaults[k];
        const v6 = choice.defaults6[k];
        const defaults = [...(v4 ? [{ destination: '0.0.0.0/0', target: v4, blackhole: false }] : []), ...(v6 ? [{ destination: '::/0', target: v6, blackhole: false }] : [])];
        return [...defaults, ...routes].filter((route) => !seen.has(route.destination) && seen.add(route.destination));
      };
      config.tables.push({ id: `rtb-0${index}0`, vpc: vpc.id, main: true, subnets: [], routes: own(choice.mainRoutes, 0) });
      const shared = index === 0 && choice.second.workspaces && choice.second.shareTable;
      if (index === 0 && choice.second.workspaces) config.workspacesSubnets.push(subnets[1]?.id as string);
      subnets.forEach((subnet, j) => {
        const routes = choice.explicit[j];
        if (shared && j === 1) {
          const first = config.tables.find((table) => table.subnets.includes(subnets[0]?.id as string));
          if (first) {
            first.subnets.push(subnet.id);
            return;
          }
        }
        if (routes) config.tables.push({ id: `rtb-0${index}${j + 1}`, vpc: vpc.id, main: false, subnets: [subnet.id], routes: own(routes, j + 1) });
      });
      if (choice.acls !== 'none') {
        const broad = (entries: GenEntry[], allow: boolean) =>
          uniqueEntries(allow ? [...entries, ...['0.0.0.0/0', '::/0'].flatMap((cidr) => [true, false].map((egress) => ({ number: 300, egress, action: 'allow' as const, protocol: '-1', cidr })))] : entries);
        const second = choice.acls === 'two' ? pick(subnets, choice.aclMask).map((s) => s.id) : [];
        const first = subnets.map((s) => s.id).filter((id) => !second.includes(id) && !(choice.acls === 'partial' && id === subnets[subnets.length - 1]?.id && index > 0));
        config.acls.push({ id: `acl-0${index}0`, vpc: vpc.id, subnets: first, entries: broad(choice.aclEntries[0], choice.broadAllow[0]) });
        if (second.length > 0) config.acls.push({ id: `acl-0${index}1`, vpc: vpc.id, subnets: second, entries: broad(choice.aclEntries[1], choice.broadAllow[1]) });
      }
      if (choice.nat) {
        const j = choice.nat.subnet === null ? undefined : choice.nat.subnet % count;
        const subnet = j === undefined ? undefined : subnets[j];
        config.nats.push({
          id: `nat-0${index}`,
          vpc: vpc.id,
          ...(subnet ? { subnet: subnet.id } : {}),
          ...(choice.nat.connectivity ? { connectivity: choice.nat.connectivity } : {}),
          ...(choice.nat.ip && subnet ? { privateIp: subnet.cidr.replace(/\.0\/24$/, '.10') } : {}),
        });
      }
      if (choice.igw) config.igws.push({ id: `igw-0${index}`, attachedTo: choice.igw === 'own' ? [vpc.id] : choice.igw === 'other' ? [`vpc-0${(index + 1) % 4}a`] : [] });
      if (choice.attachment.given) attachments.push({ id: `tgw-attach-0${index}`, type: 'vpc', resource: vpc.id, ...(choice.attachment.table !== null ? { table: `tgw-rtb-0${choice.attachment.table % tableCount}` } : {}) });
      const interfaces = pick(subnets, choice.attachment.subnets).map((s) => s.id);
      if (choice.attachment.vpcGiven) vpcAttachments.push({ id: `tgw-attach-0${index}`, vpc: vpc.id, subnets: interfaces.length > 0 ? interfaces : [subnets[subnets.length - 1]?.id as string], appliance: choice.attachment.appliance });
    });
    if (bpa.options) config.bpa.options = bpa.options;
    for (const [k, exclusion] of bpa.exclusions.entries()) {
      const vpc = config.vpcs[exclusion.vpc % config.vpcs.length] as TVpc;
      const subnets = config.subnets.filter((s) => s.vpc === vpc.id);
      const subnet = exclusion.subnet === null ? undefined : subnets[exclusion.subnet % subnets.length];
      config.bpa.exclusions.push({ id: `vpcbpa-exclude-0${k}`, resource: subnet?.id ?? vpc.id, kind: subnet ? 'subnet' : 'vpc', mode: exclusion.mode, gone: exclusion.gone });
    }
    if (tgw) {
      const tables = Array.from({ length: tgw.tableCount }, (_, k) => `tgw-rtb-0${k}`);
      FAR_ATTACHMENTS.forEach((far, k) => {
        const table = tgw.farTables[k] ?? 0;
        if (tgw.far[k]) attachments.push({ ...far, ...(table < tables.length ? { table: tables[table] } : {}) });
      });
      const routeSets: TRouteSet[] = [];
      tables.forEach((table, k) => {
        if (tgw.missing[k]) return;
        const seen = new Set<string>();
        const routes = (tgw.routes[k] ?? []).flatMap((route): TTgwRoute[] => {
          const key = `${route.destination}:${route.propagated}`;
          // AWS keeps one static route per destination; propagated ones of one prefix can come from several attachments.
          if (!route.propagated && seen.has(key)) return [];
          seen.add(key);
          return [{ destination: route.destination, propagated: route.propagated, describesAttachment: route.describesAttachment, ...(route.attachment ? { attachment: route.attachment } : {}) }];
        });
        routeSets.push({ table, routes, incomplete: tgw.incomplete[k] === true });
      });
      config.tgw = { attachments, vpcAttachments, tables, routeSets };
      if (tgw.version && routeSets.length > 0) {
        const base = routeSets[tgw.version[0] % routeSets.length] as TRouteSet;
        const routes = tgw.version[1].map((route) => ({ destination: route.destination, propagated: false, describesAttachment: true, ...(route.attachment ? { attachment: route.attachment } : {}) }));
        if (JSON.stringify(routes) !== JSON.stringify(base.routes)) config.routeSetVersion = { ...base, routes: [...new Map(routes.map((route) => [route.destination, route])).values()] };
      }
    }
    // Often an egress-all rule (the default group's), sometimes an ingress-all one, next to random rules.
    if (sg) config.sgRules = [...sg[0], ...(sg[1] ? [{ egress: true, protocol: '-1', cidr: '0.0.0.0/0' }, { egress: true, protocol: '-1', cidr: '::/0' }] : []), ...(sg[2] ? [{ egress: false, protocol: '-1', cidr: '0.0.0.0/0' }] : [])];
    return config;
  });

// ---- rendering -------------------------------------------------------------------------------

function renderRoute(route: TRoute): Record<string, unknown> {
  return {
    [route.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: route.destination,
    [TARGET_FIELDS.find(([prefix]) => route.target.startsWith(prefix))?.[1] ?? 'GatewayId']: route.target,
    Origin: 'CreateRoute',
    State: route.blackhole ? 'blackhole' : 'active',
  };
}

function renderTable(table: TTable, config: TransitConfig) {
  const vpc = config.vpcs.find((v) => v.id === table.vpc) as TVpc;
  return {
    RouteTableId: table.id,
    VpcId: table.vpc,
    Associations: [
      ...(table.main ? [{ Main: true, RouteTableId: table.id, RouteTableAssociationId: `rtbassoc-${table.id.slice(4)}m` }] : []),
      ...table.subnets.map((subnet) => ({ Main: false, RouteTableId: table.id, SubnetId: subnet, RouteTableAssociationId: `rtbassoc-${table.id.slice(4)}${subnet.slice(7)}` })),
    ],
    Routes: [
      { DestinationCidrBlock: vpc.cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      { DestinationIpv6CidrBlock: vpc.ipv6, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      ...table.routes.map(renderRoute),
    ],
  };
}

/** What an attachment connects, as a transit gateway route prints it (the real one, whatever the other documents hold). */
export function attachmentInfo(id: string): { id: string; type: string; resource: string } {
  const far = FAR_ATTACHMENTS.find((candidate) => candidate.id === id);
  if (far) return { ...far };
  return { id, type: 'vpc', resource: `vpc-0${id.slice(-1)}a` };
}

function renderRouteSet(set: TRouteSet) {
  const attachment = (id: string) => attachmentInfo(id);
  return {
    TransitGatewayRouteTableId: set.table,
    Routes: set.routes.map((route) => {
      const target = route.attachment ? attachment(route.attachment) : undefined;
      return {
        DestinationCidrBlock: route.destination,
        ...(target ? { TransitGatewayAttachments: [{ TransitGatewayAttachmentId: target.id, ...(route.describesAttachment ? { ResourceId: target.resource, ResourceType: target.type } : {}) }] } : {}),
        Type: route.propagated ? 'propagated' : 'static',
        State: target ? 'active' : 'blackhole',
      };
    }),
    AdditionalRoutesAvailable: set.incomplete,
  };
}

/** The paste: one document per describe-* command, the second version of a route set, and verbatim copies. */
export function renderTransit(config: TransitConfig): { name: string; text: string }[] {
  const documents = [
    {
      name: 'vpcs.json',
      text: JSON.stringify({ Vpcs: config.vpcs.map((vpc) => ({ VpcId: vpc.id, CidrBlock: vpc.cidr, Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: vpc.ipv6 }], ...(vpc.bpa ? { BlockPublicAccessStates: { InternetGatewayBlockMode: vpc.bpa } } : {}) })) }),
    },
    {
      name: 'subnets.json',
      text: JSON.stringify({
        Subnets: config.subnets.map((s) => ({ SubnetId: s.id, VpcId: s.vpc, CidrBlock: s.cidr, AvailabilityZone: s.az, Ipv6CidrBlockAssociationSet: s.ipv6 ? [{ Ipv6CidrBlock: s.ipv6 }] : [], ...(s.bpa ? { BlockPublicAccessStates: { InternetGatewayBlockMode: s.bpa } } : {}) })),
      }),
    },
    { name: 'route-tables.json', text: JSON.stringify({ RouteTables: config.tables.map((table) => renderTable(table, config)) }) },
    ...(config.acls.length > 0
      ? [{ name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: config.acls.map((acl) => ({ NetworkAclId: acl.id, VpcId: acl.vpc, IsDefault: false, Associations: acl.subnets.map((subnet) => ({ NetworkAclId: acl.id, SubnetId: subnet })), Entries: acl.entries.map(renderEntry) })) }) }]
      : []),
    ...(config.sgRules
      ? [{ name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: [{ GroupId: 'sg-0ws', GroupName: 'workspaces', VpcId: 'vpc-00a', IpPermissions: config.sgRules.filter((r) => !r.egress).map(renderPermission), IpPermissionsEgress: config.sgRules.filter((r) => r.egress).map(renderPermission) }] }) }]
      : []),
  ];
  if (config.nats.length > 0) {
    documents.push({
      name: 'nat-gateways.json',
      text: JSON.stringify({
        NatGateways: config.nats.map((nat) => ({
          NatGatewayId: nat.id,
          VpcId: nat.vpc,
          State: 'available',
          ...(nat.subnet ? { SubnetId: nat.subnet } : {}),
          ...(nat.connectivity ? { ConnectivityType: nat.connectivity } : {}),
          NatGatewayAddresses: nat.privateIp ? [{ PrivateIp: nat.privateIp, IsPrimary: true, Status: 'succeeded' }] : [],
        })),
      }),
    });
  }
  if (config.igws.length > 0) documents.push({ name: 'internet-gateways.json', text: JSON.stringify({ InternetGateways: config.igws.map((igw) => ({ InternetGatewayId: igw.id, Attachments: igw.attachedTo.map((vpcId) => ({ State: 'available', VpcId: vpcId })) })) }) });
  const { options, exclusions, exclusionsGiven } = config.bpa;
  if (options) documents.push({ name: 'bpa-options.json', text: JSON.stringify({ VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: options.mode, State: options.complete ? 'update-complete' : 'update-in-progress', ExclusionsAllowed: 'allowed' } }) });
  if (exclusionsGiven || exclusions.length > 0) {
    documents.push({
      name: 'bpa-exclusions.json',
      text: JSON.stringify({
        VpcBlockPublicAccessExclusions: exclusions.map((exclusion) => ({ ExclusionId: exclusion.id, InternetGatewayExclusionMode: exclusion.mode, ResourceArn: `arn:aws:ec2:ap-northeast-1:123456789012:${exclusion.kind}/${exclusion.resource}`, State: exclusion.gone ? 'delete-complete' : 'create-complete' })),
      }),
    });
  }
  const tgw = config.tgw;
  if (tgw) {
    documents.push(
      {
        name: 'tgw-attachments.json',
        text: JSON.stringify({
          TransitGatewayAttachments: tgw.attachments.map((a) => ({ TransitGatewayAttachmentId: a.id, TransitGatewayId: TGW, ResourceType: a.type, ResourceId: a.resource, State: 'available', ...(a.table ? { Association: { TransitGatewayRouteTableId: a.table, State: 'associated' } } : {}) })),
        }),
      },
      { name: 'tgw-vpc-attachments.json', text: JSON.stringify({ TransitGatewayVpcAttachments: tgw.vpcAttachments.map((a) => ({ TransitGatewayAttachmentId: a.id, TransitGatewayId: TGW, VpcId: a.vpc, SubnetIds: a.subnets, State: 'available', Options: { ApplianceModeSupport: a.appliance ? 'enable' : 'disable' } })) }) },
      { name: 'tgw-route-tables.json', text: JSON.stringify({ TransitGatewayRouteTables: tgw.tables.map((id) => ({ TransitGatewayRouteTableId: id, TransitGatewayId: TGW, State: 'available' })) }) },
      ...tgw.routeSets.map((set) => ({ name: `routes-${set.table}.json`, text: JSON.stringify(renderRouteSet(set)) })),
    );
    if (config.routeSetVersion) documents.push({ name: `routes-${config.routeSetVersion.table}-later.json`, text: JSON.stringify(renderRouteSet(config.routeSetVersion)) });
  }
  const copies = config.duplicates.flatMap((index) => (documents[index] ? [{ name: `copy-of-${documents[index].name}`, text: documents[index].text }] : []));
  return [...documents, ...copies];
}

export function transitContext(config: TransitConfig) {
  return { workspacesSubnetIds: [...config.workspacesSubnets], closedTargets: config.closedTargets, ...(config.sgRules ? { workspacesSecurityGroupIds: ['sg-0ws'] } : {}) };
}

// ---- the oracle ------------------------------------------------------------------------------

const contains = (text: string, family: Family, address: bigint) => {
  const b = block(text);
  return b.family === family && address >= b.first && address <= b.last;
};

const worse = (a: Fate, b: Fate): Fate => (a === 'open' || b === 'open' ? 'open' : a === 'unverified' || b === 'unverified' ? 'unverified' : 'closed');
const anyOf = (fates: Fate[]): Fate => fates.reduce(worse, 'closed');

/** One packet on its way: where it stands and what it has met. */
interface Walk {
  egress: boolean;
  family: Family;
  protocol: number;
  detail: number;
  /** The remote address (destination out, source in). */
  remote: bigint;
  /** The local address: the WorkSpace's, or after a NAT gateway the NAT's (any of a set). */
  local: bigint[];
  doubt: boolean;
  nat?: { subnet?: string; vpc: string; private: boolean };
  visited: Set<string>;
  hops: number;
}

/** Judges packets of one configuration, hop by hop. */
class TransitOracle {
  readonly config: TransitConfig;
  /** The WorkSpaces subnet the packets start from. */
  readonly origin: TSubnet;
  constructor(config: TransitConfig, origin: string) {
    this.config = config;
    this.origin = config.subnets.find((s) => s.id === origin) as TSubnet;
  }

  private get tables() {
    return this.config.tables;
  }

  subnet(id: string): TSubnet | undefined {
    return this.config.subnets.find((s) => s.id === id);
  }

  /** The route table of a subnet: its explicit one, else its VPC's main one; undefined when neither is given. */
  tableOf(subnet: TSubnet): TTable | undefined {
    return this.tables.find((t) => t.subnets.includes(subnet.id)) ?? this.tables.find((t) => t.vpc === subnet.vpc && t.main);
  }

  /** The ACL decision of a subnet in one direction on one address: allow, deny, or unknown (its association is missing). */
  acl(subnet: TSubnet, egress: boolean, walk: Walk, address: bigint): 'allow' | 'deny' | 'unknown' {
    const acl = this.config.acls.find((a) => a.subnets.includes(subnet.id));
    if (acl) return aclAction(acl.entries, egress, walk.family, walk.protocol, walk.detail, address);
    return this.config.acls.some((a) => a.vpc === subnet.vpc) ? 'unknown' : 'allow';
  }

  /**
   * Applies an ACL check whose matched address is the local one: the packet may carry any of its
   * local addresses, so it goes on with those the ACL lets through.
   */
  private localAcl(subnet: TSubnet, egress: boolean, walk: Walk, then: (walk: Walk) => Fate): Fate {
    const passing: bigint[] = [];
    let unknown = false;
    for (const address of walk.local) {
      const decision = this.acl(subnet, egress, walk, address);
      if (decision === 'allow') passing.push(address);
      if (decision === 'unknown') {
        unknown = true;
        passing.push(address);
      }
    }
    if (passing.length === 0) return 'closed';
    // With an unknown ACL every local address passes, each only unverified.
    return then({ ...walk, local: passing, doubt: walk.doubt || unknown });
  }

  private remoteAcl(subnet: TSubnet, egress: boolean, walk: Walk, then: (walk: Walk) => Fate): Fate {
    const decision = this.acl(subnet, egress, walk, walk.remote);
    if (decision === 'deny') return 'closed';
    return then({ ...walk, doubt: walk.doubt || decision === 'unknown' });
  }

  private end(walk: Walk, fate: 'open' | 'unverified'): Fate {
    return fate === 'open' && !walk.doubt ? 'open' : 'unverified';
  }

  /** Block Public Access at an internet (or egress-only) gateway of `vpc` for traffic of `subnets` (undefined: some subnet of the VPC). */
  private bpa(egress: boolean, vpc: string, subnets: string[] | undefined): 'off' | 'blocks' | 'unsure' {
    const { options, exclusions, exclusionsGiven } = this.config.bpa;
    const modeOf = (subnetId: string | undefined): BpaMode | undefined => {
      const subnetMode = subnetId === undefined ? undefined : this.subnet(subnetId)?.bpa;
      if (subnetMode) return subnetMode;
      const vpcMode = this.config.vpcs.find((v) => v.id === vpc)?.bpa;
      if (vpcMode) return vpcMode;
      if (!options) return undefined;
      return options.complete ? options.mode : 'off';
    };
    const modes = (subnets ?? [undefined]).map(modeOf);
    if (modes.some((mode) => mode === undefined)) return 'off';
    const blocking = (mode: BpaMode | undefined) => (egress ? mode === 'block-bidirectional' : mode !== 'off');
    if (!modes.every(blocking)) return 'off';
    const covered = exclusions.some((exclusion) => {
      if (exclusion.gone) return false;
      if (exclusion.mode === 'allow-egress' && !egress) return false;
      if (exclusion.resource === vpc) return true;
      if (subnets === undefined) return exclusion.kind === 'subnet' && (this.subnet(exclusion.resource)?.vpc ?? vpc) === vpc;
      return subnets.includes(exclusion.resource);
    });
    if (covered) return 'off';
    return exclusionsGiven || exclusions.length > 0 ? 'blocks' : 'unsure';
  }

  private bpaThen(walk: Walk, vpc: string, subnets: string[] | undefined, then: (walk: Walk) => Fate): Fate {
    const decision = this.bpa(walk.egress, vpc, subnets);
    if (decision === 'blocks') return 'closed';
    return then({ ...walk, doubt: walk.doubt || decision === 'unsure' });
  }

  /** Longest prefix over the VPC's local routes and the table's routes. */
  private lookup(table: TTable, walk: Walk): TRoute | undefined {
    const vpc = this.config.vpcs.find((v) => v.id === table.vpc) as TVpc;
    let best: TRoute | undefined;
    let bestPrefix = -1;
    for (const route of [{ destination: vpc.cidr, target: 'local', blackhole: false }, { destination: vpc.ipv6, target: 'local', blackhole: false }, ...table.routes]) {
      if (!contains(route.destination, walk.family, walk.remote)) continue;
      const prefix = block(route.destination).prefix;
      if (prefix > bestPrefix) {
        best = route;
        bestPrefix = prefix;
      }
    }
    return best;
  }

  /** A packet in a subnet (other than the WorkSpaces' first route), routed by the subnet's table. */
  routeIn(subnet: TSubnet, walk: Walk, outboundApplied: boolean, via?: string): Fate {
    const key = `subnet:${subnet.id}`;
    if (walk.visited.has(key)) return 'closed';
    const visited = new Set(walk.visited).add(key);
    const table = this.tableOf(subnet);
    if (!table) return 'unverified';
    const route = this.lookup(table, walk);
    if (!route || route.blackhole) return 'closed';
    return this.nextHop(route.target, subnet, { ...walk, visited, hops: walk.hops + 1 }, outboundApplied, via);
  }

  /** The sending subnet's outbound rules on the remote address, unless already applied (or inbound, where none apply). */
  private leave(from: TSubnet, walk: Walk, outboundApplied: boolean, then: (walk: Walk) => Fate): Fate {
    if (outboundApplied || !walk.egress) return then(walk);
    return this.remoteAcl(from, true, walk, then);
  }

  nextHop(target: string, from: TSubnet, walk: Walk, outboundApplied: boolean, via?: string): Fate {
    if (walk.hops > 64) return 'unverified';
    if (this.config.closedTargets.includes(target)) return 'closed';
    if (target === 'local') return 'closed';
    const kind = target.slice(0, target.indexOf('-'));
    const firstHop = walk.hops === 0;
    switch (kind) {
      case 'igw':
        if (!walk.egress && !firstHop) return 'closed';
        return this.leave(from, walk, outboundApplied, (w) => {
          if (w.nat?.private && w.nat.vpc === from.vpc) return 'closed';
          const igw = this.config.igws.find((g) => g.id === target);
          if (igw && !igw.attachedTo.includes(from.vpc)) return 'closed';
          return this.bpaThen(w, from.vpc, w.egress ? this.bpaSubnets(w, from) : [from.id], (x) => this.end(x, 'open'));
        });
      case 'eigw':
        if (!walk.egress) return 'closed';
        return this.leave(from, walk, outboundApplied, (w) => this.bpaThen(w, from.vpc, this.bpaSubnets(w, from), (x) => this.end(x, 'open')));
      case 'cagw':
        // Inbound, a carrier gateway admits packets to its own VPC's carrier addresses only: the WorkSpaces' own route is the one way in.
        if (!walk.egress) return firstHop ? this.end(walk, 'open') : 'closed';
        return this.leave(from, walk, outboundApplied, (w) => this.end(w, 'open'));
      case 'nat':
        if (!walk.egress) return 'closed';
        return this.nat(target, from, walk, outboundApplied);
      case 'tgw':
        return this.transitGateway(from, walk, outboundApplied, via);
      default:
        return this.end(walk, 'unverified');
    }
  }

  private bpaSubnets(walk: Walk, from: TSubnet): string[] | undefined {
    if (!walk.nat) return [from.id];
    if (walk.nat.subnet === undefined) return undefined;
    const origin = this.origin;
    return [walk.nat.subnet, ...(origin.vpc === walk.nat.vpc && origin.id !== walk.nat.subnet ? [origin.id] : [])];
  }

  private nat(target: string, from: TSubnet, walk: Walk, outboundApplied: boolean): Fate {
    const nat = this.config.nats.find((n) => n.id === target);
    if (!nat) return this.leave(from, walk, outboundApplied, (w) => this.bpaThen({ ...w, nat: { vpc: from.vpc, private: false } }, from.vpc, undefined, (x) => this.end(x, 'open')));
    const isPrivate = nat.connectivity === 'private';
    const vpc = nat.vpc;
    if (walk.family === 6 || nat.subnet === undefined) {
      if (isPrivate) return this.end(walk, 'unverified');
      return this.leave(from, walk, outboundApplied, (w) => this.bpaThen({ ...w, nat: { vpc, private: false } }, vpc, undefined, (x) => this.end(x, 'open')));
    }
    const natSubnet = this.subnet(nat.subnet) as TSubnet;
    const translate = (w: Walk): Fate => {
      const local = nat.privateIp ? [block(`${nat.privateIp}/32`).first] : localPoints(this.config, natSubnet.cidr);
      const next: Walk = { ...w, local, nat: { subnet: natSubnet.id, vpc: natSubnet.vpc, private: isPrivate } };
      if (!this.tableOf(natSubnet)) {
        if (isPrivate) return 'unverified';
        return this.bpaThen(next, natSubnet.vpc, this.bpaSubnets(next, natSubnet), (x) => this.end(x, 'open'));
      }
      return this.routeIn(natSubnet, next, false);
    };
    if (natSubnet.id === from.id) return translate(walk);
    return this.leave(from, walk, outboundApplied, (w) => this.localAcl(natSubnet, false, w, translate));
  }

  /** The interface subnets of a VPC attachment a packet uses. */
  private interfaceSubnets(attachment: TVpcAttachment): TSubnet[] {
    const all = [...attachment.subnets].sort().map((id) => this.subnet(id) as TSubnet);
    const origin = this.origin;
    if (attachment.appliance) return all;
    const inZone = all.filter((s) => s.az === origin.az);
    return inZone.length > 0 ? inZone : all;
  }

  /** Into the (one) transit gateway through the sending VPC's attachments. */
  private transitGateway(from: TSubnet, walk: Walk, outboundApplied: boolean, via?: string): Fate {
    const tgw = this.config.tgw;
    if (!tgw) return this.end(walk, 'unverified');
    const ids = [...new Set([...tgw.attachments.filter((a) => a.type === 'vpc' && a.resource === from.vpc).map((a) => a.id), ...tgw.vpcAttachments.filter((a) => a.vpc === from.vpc).map((a) => a.id)])];
    if (ids.length === 0) return 'unverified';
    return anyOf(
      ids.map((id) => {
        const lookup = (w: Walk): Fate => {
          const table = tgw.attachments.find((a) => a.id === id)?.table;
          if (!table) return 'unverified';
          return this.transitTable(table, w);
        };
        if (via === id) return lookup(walk);
        return this.leave(from, walk, outboundApplied, (w) => {
          const attachment = tgw.vpcAttachments.find((a) => a.id === id);
          if (!attachment) {
            const aclsGiven = this.config.acls.some((a) => a.vpc === from.vpc);
            return lookup({ ...w, doubt: w.doubt || aclsGiven });
          }
          // The interface subnet the sender's zone uses.
          const all = [...attachment.subnets].sort().map((sid) => this.subnet(sid) as TSubnet);
          const zone = from.az;
          const inZone = attachment.appliance ? all : all.filter((s) => s.az === zone);
          const chosen = inZone.length > 0 ? inZone : all;
          return anyOf(chosen.map((tu) => this.localAcl(tu, !w.egress, w, lookup)));
        });
      }),
    );
  }

  private transitTable(table: string, walk: Walk): Fate {
    const key = `tgw-rtb:${table}`;
    if (walk.visited.has(key)) return 'closed';
    const visited = new Set(walk.visited).add(key);
    const tgw = this.config.tgw as NonNullable<TransitConfig['tgw']>;
    const sets = [...tgw.routeSets, ...(this.config.routeSetVersion ? [this.config.routeSetVersion] : [])].filter((set) => set.table === table);
    if (sets.length === 0) return 'unverified';
    return anyOf(
      sets.map((set) => {
        if (set.incomplete) return 'unverified';
        let bestPrefix = -1;
        let bestRank = 9;
        let winners: TTgwRoute[] = [];
        for (const route of set.routes) {
          if (!contains(route.destination, walk.family, walk.remote)) continue;
          const prefix = block(route.destination).prefix;
          const rank = route.propagated ? 2 : 0;
          if (prefix > bestPrefix || (prefix === bestPrefix && rank < bestRank)) {
            bestPrefix = prefix;
            bestRank = rank;
            winners = [route];
          } else if (prefix === bestPrefix && rank === bestRank) winners.push(route);
        }
        const now = winners.length === 0 ? 'closed' : anyOf(winners.map((route) => (route.attachment ? this.attachment(route, { ...walk, visited, hops: walk.hops + 1 }) : 'closed')));
        return worse(now, this.futureRoutes(set, walk));
      }),
    );
  }

  /**
   * What a route propagated tomorrow could do to this packet: an attachment other than a VPC's
   * that propagates any route into the table may advertise this very address (a /32 or /128),
   * which no route beats but a static one of that same full-length prefix.
   */
  private futureRoutes(set: TRouteSet, walk: Walk): Fate {
    const full = walk.family === 4 ? 32 : 128;
    if (set.routes.some((route) => !route.propagated && contains(route.destination, walk.family, walk.remote) && block(route.destination).prefix === full)) return 'closed';
    const fates: Fate[] = [];
    const ids = new Set(set.routes.filter((route) => route.propagated && route.attachment).map((route) => route.attachment as string));
    for (const id of ids) {
      const kinds = set.routes.filter((route) => route.propagated && route.attachment === id).map((route) => this.kindOf(route));
      if (kinds.every((kind) => kind.type === 'vpc')) continue;
      const closed = this.config.closedTargets.includes(id) || kinds.some((kind) => kind.resource !== undefined && this.config.closedTargets.includes(kind.resource));
      fates.push(closed ? 'closed' : 'unverified');
    }
    // An attachment other than a VPC's on the transit gateway that propagates nothing into the
    // table today may have its propagation enabled (the inputs do not say): the same weight.
    const tgw = this.config.tgw as NonNullable<TransitConfig['tgw']>;
    for (const attachment of tgw.attachments) {
      if (attachment.type === 'vpc' || ids.has(attachment.id)) continue;
      const closed = this.config.closedTargets.includes(attachment.id) || this.config.closedTargets.includes(attachment.resource);
      fates.push(closed ? 'closed' : 'unverified');
    }
    return anyOf(fates);
  }

  /** What an attachment is: as the route prints it, else as the attachments say, else a VPC attachment's VPC. */
  private kindOf(route: TTgwRoute): { type?: string; resource?: string } {
    const tgw = this.config.tgw as NonNullable<TransitConfig['tgw']>;
    const id = route.attachment as string;
    const printed = route.describesAttachment ? attachmentInfo(id) : undefined;
    const described = tgw.attachments.find((a) => a.id === id);
    const vpcAttachment = tgw.vpcAttachments.find((a) => a.id === id);
    const type = printed?.type ?? described?.type ?? (vpcAttachment ? 'vpc' : undefined);
    const resource = printed?.resource ?? described?.resource ?? vpcAttachment?.vpc;
    return { ...(type !== undefined ? { type } : {}), ...(resource !== undefined ? { resource } : {}) };
  }

  private attachment(route: TTgwRoute, walk: Walk): Fate {
    const tgw = this.config.tgw as NonNullable<TransitConfig['tgw']>;
    const id = route.attachment as string;
    const { type, resource } = this.kindOf(route);
    const vpcAttachment = tgw.vpcAttachments.find((a) => a.id === id);
    if (this.config.closedTargets.includes(id) || (resource && this.config.closedTargets.includes(resource))) return 'closed';
    if (type !== 'vpc') return this.end(walk, 'unverified');
    if (!vpcAttachment) return 'unverified';
    return anyOf(
      this.interfaceSubnets(vpcAttachment).map((t) => {
        if (walk.egress) return this.routeIn(t, walk, false, id);
        return this.remoteAcl(t, false, walk, (w) => this.routeIn(t, w, false, id));
      }),
    );
  }
}

const SPECIAL = { 4: SPECIAL_PURPOSE_IPV4, 6: SPECIAL_PURPOSE_IPV6 } as const;

/** Addresses of a subnet, one per piece that ACL entries' blocks split it into. */
function localPoints(config: TransitConfig, cidr: string): bigint[] {
  const range = block(cidr);
  const points = new Set<bigint>([range.first]);
  for (const entry of config.acls.flatMap((acl) => acl.entries)) {
    const b = block(entry.cidr);
    if (b.family !== range.family) continue;
    for (const point of [b.first, b.last + 1n]) if (point > range.first && point <= range.last) points.add(point);
  }
  return [...points];
}

/** The detail cells an ICMP type/code pair (-1: all) splits. */
function addIcmp(details: Set<number>, type: number, code: number): void {
  if (type < 0) return;
  details.add(type * 256 + (code < 0 ? 0 : code));
  details.add(type * 256 + (code < 0 ? 255 : code) + 1);
}

/** One packet per cell of protocol × detail space that the configuration's entries and rules split. */
function trafficOf(config: TransitConfig): [number, number][] {
  const protocols = new Set<number>([6, 17, 1, 58, 99]);
  const details = new Set<number>([0, 443]);
  const entries = config.acls.flatMap((acl) => acl.entries);
  for (const entry of entries) {
    protocols.add(Number(entry.protocol));
    if (entry.portRange) {
      details.add(entry.portRange[0]);
      details.add(entry.portRange[1] + 1);
    }
    if (entry.icmp) addIcmp(details, entry.icmp[0], entry.icmp[1]);
  }
  for (const rule of config.sgRules ?? []) {
    const number = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58 }[rule.protocol] ?? Number(rule.protocol);
    protocols.add(number);
    if (rule.from !== undefined && ['tcp', 'udp', '6', '17'].includes(rule.protocol)) {
      details.add(rule.from);
      details.add((rule.to ?? 65535) + 1);
    } else if (rule.from !== undefined) addIcmp(details, rule.from, rule.to ?? -1);
  }
  protocols.delete(-1);
  const out: [number, number][] = [];
  for (const protocol of protocols) {
    if (![6, 17, 1, 58].includes(protocol)) {
      out.push([protocol, 0]);
      continue;
    }
    for (const detail of details) if (detail <= 65535) out.push([protocol, detail]);
  }
  return out;
}

/** The verdict of the configuration, packet by packet. */
export function transitOracle(config: TransitConfig): Fate {
  return anyOf(config.workspacesSubnets.map((id) => subnetOracle(config, id)));
}

/** The verdict for the WorkSpaces of one subnet. */
export function subnetOracle(config: TransitConfig, origin: string): Fate {
  const oracle = new TransitOracle(config, origin);
  const ws = oracle.origin;
  const vpc = config.vpcs.find((v) => v.id === ws.vpc) as TVpc;
  const wsTable = oracle.tableOf(ws);
  const traffic = trafficOf(config);
  const allCidrs = [
    ...config.vpcs.flatMap((v) => [v.cidr, v.ipv6]),
    ...config.subnets.flatMap((s) => [s.cidr, ...(s.ipv6 ? [s.ipv6] : [])]),
    ...config.tables.flatMap((t) => t.routes.map((r) => r.destination)),
    ...config.acls.flatMap((a) => a.entries.map((e) => e.cidr)),
    ...(config.sgRules ?? []).map((r) => r.cidr),
    ...(config.tgw?.routeSets ?? []).flatMap((s) => s.routes.map((r) => r.destination)),
    ...(config.routeSetVersion?.routes ?? []).map((r) => r.destination),
  ];
  let result: Fate = 'closed';
  for (const family of [4, 6] as const) {
    const own = family === 4 ? ws.cidr : ws.ipv6;
    if (!own) continue;
    const registry = SPECIAL[family];
    const max = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
    const points = new Set<bigint>([0n]);
    for (const text of [...allCidrs, ...registry.map((entry) => entry.cidr)]) {
      const b = block(text);
      if (b.family !== family) continue;
      points.add(b.first);
      if (b.last < max) points.add(b.last + 1n);
    }
    const isPublic = (address: bigint) => {
      const inFalse = registry.some((entry) => !entry.globallyReachable && contains(entry.cidr, family, address));
      const inTrue = registry.some((entry) => entry.globallyReachable && contains(entry.cidr, family, address));
      if (inFalse && !inTrue) return false;
      if (contains(vpc.cidr, family, address) || contains(vpc.ipv6, family, address)) return false;
      return true;
    };
    const locals = localPoints(config, own);
    for (const remote of points) {
      if (!isPublic(remote)) continue;
      for (const egress of [true, false]) {
        for (const [protocol, detail] of traffic) {
          const fate = firstHop(oracle, ws, wsTable, { egress, family, protocol, detail, remote, local: locals, doubt: false, visited: new Set([`subnet:${ws.id}`]), hops: 0 });
          if (fate === 'open') return 'open';
          if (fate === 'unverified') result = 'unverified';
        }
      }
    }
  }
  return result;
}

/** The WorkSpaces subnet's own layers (security group, network ACL, route), then the hops. */
function firstHop(oracle: TransitOracle, ws: TSubnet, table: TTable | undefined, walk: Walk): Fate {
  const config = oracle.config;
  let doubt = false;
  if (config.sgRules) {
    if (!sgAllows(config.sgRules, walk.egress, walk.family, walk.protocol, walk.detail, walk.remote)) return 'closed';
  } else if (!walk.egress) doubt = true;
  const acl = oracle.acl(ws, walk.egress, walk, walk.remote);
  if (acl === 'deny') return 'closed';
  if (acl === 'unknown') doubt = true;
  if (!table) return 'unverified';
  const vpc = config.vpcs.find((v) => v.id === table.vpc) as TVpc;
  let route: TRoute | undefined;
  let bestPrefix = -1;
  for (const candidate of [{ destination: vpc.cidr, target: 'local', blackhole: false }, { destination: vpc.ipv6, target: 'local', blackhole: false }, ...table.routes]) {
    if (!contains(candidate.destination, walk.family, walk.remote)) continue;
    const prefix = block(candidate.destination).prefix;
    if (prefix > bestPrefix) {
      route = candidate;
      bestPrefix = prefix;
    }
  }
  if (!route || route.blackhole) return 'closed';
  return oracle.nextHop(route.target, ws, { ...walk, doubt }, true);
}

export { PORT_POINTS };
