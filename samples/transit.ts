/**
 * Hub-and-spoke examples: the WorkSpaces VPC sends its default route to a transit gateway, and
 * behind it sits an egress VPC (NAT gateway and internet gateway), an inspection VPC (a Gateway
 * Load Balancer endpoint of a firewall) or a VPN. The validator follows each packet through the
 * transit gateway route table into the next VPC and on; each example pins what it finds.
 */
import type { Context } from '../validators/types.ts';
import type { Sample, SampleDocument } from './build.ts';

export type Json = Record<string, unknown>;

export const OWNER = '123456789012';
const REGION_AZ = ['ap-northeast-1a', 'ap-northeast-1c'] as const;

/** The WorkSpaces VPC (a spoke). */
const SPOKE = 'vpc-0c1a55ed0c1a55ed0';
const SPOKE_CIDR = '172.20.0.0/16';
const SPOKE_IPV6 = '2406:da14:1a2:b300::/56';
const WS_A = 'subnet-0a1b2c3d4e5f60001';
const WS_B = 'subnet-0a1b2c3d4e5f60002';
const DIRECTORY = 'subnet-0d1d2d3d4d5d60003';
const SPOKE_TGW = ['subnet-0e1e2e3e4e5e60011', 'subnet-0e1e2e3e4e5e60012'] as const;
const SPOKE_MAIN = 'rtb-0aa1a2a3a4a5a6a70';
const SPOKE_TABLE = 'rtb-0f00d5a1e0c1a5ed0';
const SPOKE_ACL = 'acl-0ac1c1a5ed0c1a5ed';
const SPOKE_TGW_ACL = 'acl-0ac1c1a5ed0c1a5ee';
const WS_GROUP = 'sg-0c1a5ed0c1a5ed001';

/** The egress (or inspection) VPC behind the transit gateway. */
const HUB = 'vpc-0e9e55e9e55e9e550';
const HUB_CIDR = '172.30.0.0/16';
const HUB_IPV6 = '2406:da14:1a2:c100::/56';
const HUB_TGW = ['subnet-0e9e55e9e55e90011', 'subnet-0e9e55e9e55e90012'] as const;
const HUB_PUBLIC = 'subnet-0e9e55e9e55e90021';
const HUB_FIREWALL = 'subnet-0e9e55e9e55e90031';
const HUB_MAIN = 'rtb-0e9e55e9e55e90000';
const HUB_TGW_TABLE = 'rtb-0e9e55e9e55e90001';
const HUB_PUBLIC_TABLE = 'rtb-0e9e55e9e55e90002';
const HUB_TGW_ACL = 'acl-0e9e55e9e55e90001';
const HUB_PUBLIC_ACL = 'acl-0e9e55e9e55e90002';
const NAT = 'nat-0e9e55e9e55e9e551';
const IGW = 'igw-0e9e55e9e55e9e552';
const EIGW = 'eigw-0e9e55e9e55e9e553';
const FIREWALL_ENDPOINT = 'vpce-0f1e2d3c4b5a69788';

const TGW = 'tgw-0a7a6a5a4a3a2a1a0';
const SPOKE_ATTACHMENT = 'tgw-attach-0c1a55ed0c1a55ed1';
const HUB_ATTACHMENT = 'tgw-attach-0e9e55e9e55e9e554';
const VPN_ATTACHMENT = 'tgw-attach-0b0b0b0b0b0b0b0b5';
const VPN = 'vpn-0b0b0b0b0b0b0b0b6';
const SPOKE_RTB = 'tgw-rtb-0c1a55ed0c1a55ed2';
/** The on-premises range the VPN advertises by BGP. */
const DATACENTER_CIDR = '192.168.0.0/16';
const HUB_RTB = 'tgw-rtb-0e9e55e9e55e9e555';

export const local = (cidr: string): Json => (cidr.includes(':') ? { DestinationIpv6CidrBlock: cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' } : { DestinationCidrBlock: cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' });
export const route = (destination: string, target: Json, extra: Json = {}): Json => ({
  [destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: destination,
  ...target,
  Origin: 'CreateRoute',
  State: 'active',
  ...extra,
});

export function table(id: string, vpc: string, subnets: readonly string[], routes: Json[], main = false): Json {
  return {
    Associations: [
      ...(main ? [{ Main: true, RouteTableAssociationId: `rtbassoc-${id.slice(4, 20)}f`, RouteTableId: id, AssociationState: { State: 'associated' } }] : []),
      ...subnets.map((subnet, index) => ({ Main: false, RouteTableAssociationId: `rtbassoc-${id.slice(4, 20)}${index}`, RouteTableId: id, SubnetId: subnet, AssociationState: { State: 'associated' } })),
    ],
    PropagatingVgws: [],
    RouteTableId: id,
    Routes: routes,
    VpcId: vpc,
    OwnerId: OWNER,
  };
}

export const entry = (egress: boolean, number: number, cidr: string, action: 'allow' | 'deny', protocol = '-1', extra: Json = {}): Json => ({
  [cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: cidr,
  Egress: egress,
  Protocol: protocol,
  RuleAction: action,
  RuleNumber: number,
  ...extra,
});

export function acl(id: string, vpc: string, subnets: readonly string[], entries: Json[], isDefault = false): Json {
  return {
    Associations: subnets.map((subnet, index) => ({ NetworkAclAssociationId: `aclassoc-${id.slice(4, 20)}${index}`, NetworkAclId: id, SubnetId: subnet })),
    Entries: [...entries, entry(true, 32767, '0.0.0.0/0', 'deny'), entry(false, 32767, '0.0.0.0/0', 'deny')],
    IsDefault: isDefault,
    NetworkAclId: id,
    VpcId: vpc,
    OwnerId: OWNER,
  };
}

/** Everything in and out: what AWS recommends for transit gateway subnets. */
export const OPEN_ENTRIES = [entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow')];
const OPEN_ENTRIES_V6 = [...OPEN_ENTRIES, entry(true, 101, '::/0', 'allow'), entry(false, 101, '::/0', 'allow')];

export function subnet(id: string, vpc: string, cidr: string, zone: string, ipv6?: string): Json {
  return {
    AvailabilityZone: zone,
    CidrBlock: cidr,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: id,
    VpcId: vpc,
    OwnerId: OWNER,
    Ipv6CidrBlockAssociationSet: ipv6 ? [{ AssociationId: `subnet-cidr-assoc-${id.slice(7)}`, Ipv6CidrBlock: ipv6, Ipv6CidrBlockState: { State: 'associated' } }] : [],
  };
}

export const vpc = (id: string, cidr: string, ipv6?: string): Json => ({
  CidrBlock: cidr,
  State: 'available',
  VpcId: id,
  OwnerId: OWNER,
  IsDefault: false,
  CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${id.slice(4)}`, CidrBlock: cidr, CidrBlockState: { State: 'associated' } }],
  ...(ipv6 ? { Ipv6CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${id.slice(4, 16)}6`, Ipv6CidrBlock: ipv6, Ipv6CidrBlockState: { State: 'associated' } }] } : {}),
});

/** What the hub VPC does with what the transit gateway hands it. */
type Hub = 'nat' | 'nat-acl-denies' | 'firewall' | 'egress-only';

interface Design {
  /** The default route of the spoke's transit gateway route table. */
  spokeDefault: 'hub' | 'vpn' | 'blackhole';
  hub: Hub;
  ipv6?: boolean;
  /** A VPN attachment propagates the data centre's range (learned by BGP) into the spoke's transit gateway route table. */
  vpnPropagated?: boolean;
}

function documents(design: Design): SampleDocument[] {
  const ipv6 = design.ipv6 === true;
  const wsSubnets = [WS_A, WS_B, DIRECTORY];
  const spokeTables = [
    table(SPOKE_MAIN, SPOKE, [], [local(SPOKE_CIDR)], true),
    table(SPOKE_TABLE, SPOKE, wsSubnets, [
      local(SPOKE_CIDR),
      // The dual-stack example keeps IPv4 closed, so that its verdict is IPv6's alone.
      ...(ipv6 ? [local(SPOKE_IPV6), route('::/0', { TransitGatewayId: TGW }), route(HUB_CIDR, { TransitGatewayId: TGW })] : [route('0.0.0.0/0', { TransitGatewayId: TGW })]),
    ]),
    table('rtb-0e1e2e3e4e5e60010', SPOKE, SPOKE_TGW, [local(SPOKE_CIDR), ...(ipv6 ? [local(SPOKE_IPV6)] : [])]),
  ];
  const hubDefault =
    design.hub === 'firewall'
      ? route('0.0.0.0/0', { GatewayId: FIREWALL_ENDPOINT })
      : design.hub === 'egress-only'
        ? route('0.0.0.0/0', { NatGatewayId: NAT })
        : route('0.0.0.0/0', { NatGatewayId: NAT });
  const hubTables = [
    table(HUB_MAIN, HUB, [], [local(HUB_CIDR)], true),
    table(HUB_TGW_TABLE, HUB, HUB_TGW, [
      local(HUB_CIDR),
      ...(ipv6 ? [local(HUB_IPV6), route('::/0', { EgressOnlyInternetGatewayId: EIGW })] : []),
      hubDefault,
    ]),
    table(HUB_PUBLIC_TABLE, HUB, [design.hub === 'firewall' ? HUB_FIREWALL : HUB_PUBLIC], [local(HUB_CIDR), route('0.0.0.0/0', { GatewayId: IGW }), route(SPOKE_CIDR, { TransitGatewayId: TGW })]),
  ];
  const wsEgress = ipv6 ? [entry(true, 100, SPOKE_CIDR, 'allow'), entry(true, 110, HUB_CIDR, 'allow'), entry(true, 101, '::/0', 'allow')] : [entry(true, 100, '0.0.0.0/0', 'allow')];
  const wsIngress = [entry(false, 100, SPOKE_CIDR, 'allow'), entry(false, 110, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 1024, To: 65535 } })];
  // Traffic from the transit gateway meets its subnet's outbound rules: here only the way back to the spokes is allowed out.
  const hubTgwEntries =
    design.hub === 'nat-acl-denies' ? [entry(true, 100, SPOKE_CIDR, 'allow'), entry(false, 100, '0.0.0.0/0', 'allow')] : ipv6 ? OPEN_ENTRIES_V6 : OPEN_ENTRIES;
  const acls = [
    acl(SPOKE_ACL, SPOKE, wsSubnets, [...wsEgress, ...wsIngress]),
    acl(SPOKE_TGW_ACL, SPOKE, SPOKE_TGW, ipv6 ? OPEN_ENTRIES_V6 : OPEN_ENTRIES, true),
    acl(HUB_TGW_ACL, HUB, HUB_TGW, hubTgwEntries, true),
    acl(HUB_PUBLIC_ACL, HUB, [design.hub === 'firewall' ? HUB_FIREWALL : HUB_PUBLIC], OPEN_ENTRIES),
  ];
  const groups = {
    SecurityGroups: [
      {
        Description: 'Amazon WorkSpaces Security Group',
        GroupName: 'd-95670a1b2c_workspacesMembers',
        IpPermissions: [],
        OwnerId: OWNER,
        GroupId: WS_GROUP,
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: ipv6 ? [{ CidrIpv6: '::/0' }] : [], PrefixListIds: [], UserIdGroupPairs: [] }],
        VpcId: SPOKE,
      },
    ],
  };
  const v6 = (index: number, base: string) => (ipv6 ? base.replace('00::/56', `0${index}::/64`) : undefined);
  const subnets = {
    Subnets: [
      subnet(WS_A, SPOKE, '172.20.1.0/24', REGION_AZ[0], v6(1, SPOKE_IPV6)),
      subnet(WS_B, SPOKE, '172.20.2.0/24', REGION_AZ[1], v6(2, SPOKE_IPV6)),
      subnet(DIRECTORY, SPOKE, '172.20.10.0/24', REGION_AZ[0], v6(3, SPOKE_IPV6)),
      subnet(SPOKE_TGW[0], SPOKE, '172.20.250.0/28', REGION_AZ[0], v6(4, SPOKE_IPV6)),
      subnet(SPOKE_TGW[1], SPOKE, '172.20.250.16/28', REGION_AZ[1], v6(5, SPOKE_IPV6)),
      subnet(HUB_TGW[0], HUB, '172.30.0.0/28', REGION_AZ[0], v6(1, HUB_IPV6)),
      subnet(HUB_TGW[1], HUB, '172.30.0.16/28', REGION_AZ[1], v6(2, HUB_IPV6)),
      subnet(design.hub === 'firewall' ? HUB_FIREWALL : HUB_PUBLIC, HUB, '172.30.1.0/24', REGION_AZ[0], v6(3, HUB_IPV6)),
    ],
  };
  const attachments = {
    TransitGatewayAttachments: [
      { TransitGatewayAttachmentId: SPOKE_ATTACHMENT, TransitGatewayId: TGW, TransitGatewayOwnerId: OWNER, ResourceOwnerId: OWNER, ResourceType: 'vpc', ResourceId: SPOKE, State: 'available', Association: { TransitGatewayRouteTableId: SPOKE_RTB, State: 'associated' }, CreationTime: '2026-08-26T14:59:25.000Z', Tags: [{ Key: 'Name', Value: 'workspaces' }] },
      { TransitGatewayAttachmentId: HUB_ATTACHMENT, TransitGatewayId: TGW, TransitGatewayOwnerId: OWNER, ResourceOwnerId: OWNER, ResourceType: 'vpc', ResourceId: HUB, State: 'available', Association: { TransitGatewayRouteTableId: HUB_RTB, State: 'associated' }, CreationTime: '2026-08-26T15:02:11.000Z', Tags: [{ Key: 'Name', Value: design.hub === 'firewall' ? 'inspection' : 'egress' }] },
      ...(design.spokeDefault === 'vpn' || design.vpnPropagated
        ? [{ TransitGatewayAttachmentId: VPN_ATTACHMENT, TransitGatewayId: TGW, TransitGatewayOwnerId: OWNER, ResourceOwnerId: OWNER, ResourceType: 'vpn', ResourceId: VPN, State: 'available', Association: { TransitGatewayRouteTableId: HUB_RTB, State: 'associated' }, CreationTime: '2026-08-27T09:12:40.000Z', Tags: [{ Key: 'Name', Value: 'datacenter' }] }]
        : []),
    ],
  };
  const vpcAttachment = (id: string, vpcId: string, subnetIds: readonly string[]) => ({
    TransitGatewayAttachmentId: id,
    TransitGatewayId: TGW,
    VpcId: vpcId,
    VpcOwnerId: OWNER,
    State: 'available',
    SubnetIds: [...subnetIds],
    CreationTime: '2026-08-26T14:59:25.000Z',
    Options: { DnsSupport: 'enable', Ipv6Support: ipv6 ? 'enable' : 'disable', ApplianceModeSupport: design.hub === 'firewall' && vpcId === HUB ? 'enable' : 'disable' },
    Tags: [],
  });
  const vpcAttachments = { TransitGatewayVpcAttachments: [vpcAttachment(SPOKE_ATTACHMENT, SPOKE, SPOKE_TGW), vpcAttachment(HUB_ATTACHMENT, HUB, HUB_TGW)] };
  const tgwTables = {
    TransitGatewayRouteTables: [SPOKE_RTB, HUB_RTB].map((id) => ({ TransitGatewayRouteTableId: id, TransitGatewayId: TGW, State: 'available', DefaultAssociationRouteTable: false, DefaultPropagationRouteTable: false, CreationTime: '2026-08-26T14:24:49.000Z', Tags: [] })),
  };
  const to = (attachment: string, resourceType: string, resourceId: string) => ({ TransitGatewayAttachments: [{ ResourceId: resourceId, TransitGatewayAttachmentId: attachment, ResourceType: resourceType }] });
  const spokeDefault =
    design.spokeDefault === 'blackhole'
      ? { DestinationCidrBlock: '0.0.0.0/0', Type: 'static', State: 'blackhole' }
      : design.spokeDefault === 'vpn'
        ? { DestinationCidrBlock: '0.0.0.0/0', ...to(VPN_ATTACHMENT, 'vpn', VPN), Type: 'static', State: 'active' }
        : { DestinationCidrBlock: '0.0.0.0/0', ...to(HUB_ATTACHMENT, 'vpc', HUB), Type: 'static', State: 'active' };
  const spokeRoutes = {
    TransitGatewayRouteTableId: SPOKE_RTB,
    Routes: [
      spokeDefault,
      ...(ipv6 ? [{ DestinationCidrBlock: '::/0', ...to(HUB_ATTACHMENT, 'vpc', HUB), Type: 'static', State: 'active' }] : []),
      { DestinationCidrBlock: HUB_CIDR, ...to(HUB_ATTACHMENT, 'vpc', HUB), Type: 'propagated', State: 'active' },
      ...(design.vpnPropagated ? [{ DestinationCidrBlock: DATACENTER_CIDR, ...to(VPN_ATTACHMENT, 'vpn', VPN), Type: 'propagated', State: 'active' }] : []),
    ],
    AdditionalRoutesAvailable: false,
  };
  const hubRoutes = {
    TransitGatewayRouteTableId: HUB_RTB,
    Routes: [
      { DestinationCidrBlock: SPOKE_CIDR, ...to(SPOKE_ATTACHMENT, 'vpc', SPOKE), Type: 'propagated', State: 'active' },
      ...(ipv6 ? [{ DestinationCidrBlock: SPOKE_IPV6, ...to(SPOKE_ATTACHMENT, 'vpc', SPOKE), Type: 'propagated', State: 'active' }] : []),
    ],
    AdditionalRoutesAvailable: false,
  };
  const vpcs = { Vpcs: [vpc(SPOKE, SPOKE_CIDR, ipv6 ? SPOKE_IPV6 : undefined), vpc(HUB, HUB_CIDR, ipv6 ? HUB_IPV6 : undefined)] };
  const both = `${SPOKE},${HUB}`;
  // The egress VPC's NAT gateway (in its public subnet) and internet gateway, as describe-* prints them.
  const natGateways =
    design.hub === 'firewall'
      ? []
      : [{ NatGatewayId: NAT, SubnetId: HUB_PUBLIC, VpcId: HUB, State: 'available', ConnectivityType: 'public', NatGatewayAddresses: [{ AllocationId: 'eipalloc-0e9e55e9e55e9e556', NetworkInterfaceId: 'eni-0e9e55e9e55e9e557', PrivateIp: '172.30.1.10', PublicIp: '203.0.113.10', IsPrimary: true, Status: 'succeeded' }], CreateTime: '2026-08-26T15:10:00.000Z' }];
  const internetGateways = [{ InternetGatewayId: IGW, OwnerId: OWNER, Attachments: [{ State: 'available', VpcId: HUB }], Tags: [] }];
  const searchQuery = (id: string) => `aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id ${id} --filters Name=state,Values=active,blackhole --query '{TransitGatewayRouteTableId: \`${id}\`, Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable}'`;
  return [
    { name: 'route-tables.json', command: `aws ec2 describe-route-tables --filters Name=vpc-id,Values=${both}`, content: { RouteTables: [...spokeTables, ...hubTables] } },
    { name: 'network-acls.json', command: `aws ec2 describe-network-acls --filters Name=vpc-id,Values=${both}`, content: { NetworkAcls: acls } },
    { name: 'security-groups.json', command: `aws ec2 describe-security-groups --filters Name=vpc-id,Values=${SPOKE}`, content: groups },
    { name: 'subnets.json', command: `aws ec2 describe-subnets --filters Name=vpc-id,Values=${both}`, content: subnets },
    { name: 'vpcs.json', command: `aws ec2 describe-vpcs --vpc-ids ${SPOKE} ${HUB}`, content: vpcs },
    ...(natGateways.length > 0 ? [{ name: 'nat-gateways.json', command: `aws ec2 describe-nat-gateways --filter Name=vpc-id,Values=${HUB}`, content: { NatGateways: natGateways } }] : []),
    { name: 'internet-gateways.json', command: `aws ec2 describe-internet-gateways --filters Name=attachment.vpc-id,Values=${HUB}`, content: { InternetGateways: internetGateways } },
    { name: 'transit-gateway-attachments.json', command: `aws ec2 describe-transit-gateway-attachments --filters Name=transit-gateway-id,Values=${TGW}`, content: attachments },
    { name: 'transit-gateway-vpc-attachments.json', command: `aws ec2 describe-transit-gateway-vpc-attachments --filters Name=transit-gateway-id,Values=${TGW}`, content: vpcAttachments },
    { name: 'transit-gateway-route-tables.json', command: `aws ec2 describe-transit-gateway-route-tables --filters Name=transit-gateway-id,Values=${TGW}`, content: tgwTables },
    { name: `${SPOKE_RTB}.json`, command: searchQuery(SPOKE_RTB), content: spokeRoutes },
    { name: `${HUB_RTB}.json`, command: searchQuery(HUB_RTB), content: hubRoutes },
  ];
}

const CONTEXT: Context = {
  region: 'ap-northeast-1',
  bundle: 'public',
  workspacesSubnetIds: [WS_A, WS_B],
  directoryControllers: ['172.20.10.10', '172.20.10.11'],
};

/** A factory of gallery examples of one file's designs, all with the same context. */
export function sampleMaker<D>(documentsOf: (design: D) => SampleDocument[], context: Context) {
  return (id: string, title: Sample['title'], description: Sample['description'], design: D, expected: { verdict: Sample['expected']['verdict']; counts: Record<string, number> }): Sample => ({
    id,
    title,
    description,
    documents: documentsOf(design),
    context,
    expected: { ...expected, ruleIds: Object.keys(expected.counts) },
  });
}

const sample = sampleMaker(documents, CONTEXT);

/** The transit gateway examples of the gallery, in the order it lists them. */
export const TRANSIT_SAMPLES: Sample[] = [
  sample(
    'tgw-centralized-egress',
    { en: 'Hub and spoke: centralized egress behind a transit gateway', ja: 'ハブアンドスポーク: Transit Gateway の先の集約型インターネット出口' },
    {
      en: 'The WorkSpaces subnets send 0.0.0.0/0 to a transit gateway; its route table for the WorkSpaces attachment sends it on to an egress VPC, whose transit gateway subnets route it to a NAT gateway, whose public subnet routes it to the internet gateway. Every network ACL on the way lets it through: the validator follows the chain and finds the WorkSpaces open.',
      ja: 'WorkSpaces のサブネットは 0.0.0.0/0 を Transit Gateway に送り、WorkSpaces のアタッチメント用の Transit Gateway ルートテーブルはそれを出口用 VPC へ渡し、出口用 VPC の Transit Gateway サブネットは NAT ゲートウェイへ、NAT ゲートウェイのあるパブリックサブネットはインターネットゲートウェイへルーティングします。途中のネットワーク ACL はすべて通すため、検証ツールは経路をたどって「開いている」と判定します。',
    },
    { spokeDefault: 'hub', hub: 'nat' },
    { verdict: 'open', counts: { 'input-vpcs': 1, 'path-internet-reachable': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-egress-acl-denies',
    { en: 'Hub and spoke: the egress VPC’s transit gateway subnets refuse the WorkSpaces', ja: 'ハブアンドスポーク: 出口用 VPC の Transit Gateway サブネットが WorkSpaces を拒否' },
    {
      en: 'The same centralized egress, but the network ACL of the egress VPC’s transit gateway subnets lets out only traffic back to the WorkSpaces VPC (172.20.0.0/16); its `*` rule denies the rest. Traffic that the transit gateway hands to the egress VPC meets these outbound rules on its way to the NAT gateway, and stops there: closed, and the proof shows the deny entry at its line.',
      ja: '同じ集約型の出口ですが、出口用 VPC の Transit Gateway サブネットのネットワーク ACL は、WorkSpaces の VPC (172.20.0.0/16) へ戻る通信だけを送り出し、残りは `*` ルールが拒否します。Transit Gateway が出口用 VPC へ渡した通信は、NAT ゲートウェイへ向かう途中でこのアウトバウンドルールに当たって止まるため「閉じている」と判定し、証明にはその拒否エントリが行番号付きで示されます。',
    },
    { spokeDefault: 'hub', hub: 'nat-acl-denies' },
    { verdict: 'closed', counts: { 'input-vpcs': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-vpn-default',
    { en: 'Hub and spoke: the transit gateway’s default route goes to a VPN', ja: 'ハブアンドスポーク: Transit Gateway のデフォルトルートが VPN へ' },
    {
      en: 'The WorkSpaces attachment’s transit gateway route table sends 0.0.0.0/0 to a Site-to-Site VPN attachment. What the data centre does with it is not in the inputs: unverified, naming the VPN. List it in closedTargets once you know it has no way out.',
      ja: 'WorkSpaces のアタッチメント用の Transit Gateway ルートテーブルが 0.0.0.0/0 を Site-to-Site VPN のアタッチメントへ送っています。データセンター側の扱いは入力からわからないため、VPN を名指しして「未確認」とします。出口がないと確認できたら closedTargets に加えてください。',
    },
    { spokeDefault: 'vpn', hub: 'nat' },
    { verdict: 'unverified', counts: { 'input-vpcs': 1, 'path-unverified': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-blackhole-default',
    { en: 'Hub and spoke: a blackhole default route in the transit gateway', ja: 'ハブアンドスポーク: Transit Gateway のデフォルトルートが blackhole' },
    {
      en: 'The WorkSpaces subnets route 0.0.0.0/0 to the transit gateway, but its route table drops it with a blackhole route; only the egress VPC’s own range is routed on. Closed: the transit gateway route table is the deciding layer.',
      ja: 'WorkSpaces のサブネットは 0.0.0.0/0 を Transit Gateway にルーティングしますが、Transit Gateway のルートテーブルが blackhole ルートで破棄します。先へ送られるのは出口用 VPC 自身のレンジだけです。Transit Gateway のルートテーブルで止まるため「閉じている」と判定します。',
    },
    { spokeDefault: 'blackhole', hub: 'nat' },
    { verdict: 'closed', counts: { 'input-vpcs': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-vpn-propagated',
    { en: 'Hub and spoke: a blackhole default route beside routes a VPN propagates', ja: 'ハブアンドスポーク: blackhole のデフォルトルートと VPN から伝播したルート' },
    {
      en: 'The same blackhole default route, but the transit gateway route table also takes the routes a Site-to-Site VPN propagates by BGP: 192.168.0.0/16 today. The router in the data centre may advertise any prefix tomorrow, 0.0.0.0/1 or a single public address, and a longer prefix beats the blackhole: unverified, naming the VPN. List it in closedTargets once you know the data centre has no way out, or route the data centre’s range statically and stop the propagation.',
      ja: '同じ blackhole のデフォルトルートですが、Transit Gateway のルートテーブルには Site-to-Site VPN が BGP で伝播するルート (現在は 192.168.0.0/16) も入ります。データセンターのルーターは明日にも 0.0.0.0/1 や 1 つのパブリックアドレスといった任意のプレフィックスを広報でき、より長いプレフィックスは blackhole に勝つため、VPN を名指しして「未確認」とします。データセンターに出口がないと確認できたら closedTargets に加えるか、データセンターのレンジを静的ルートにして伝播をやめてください。',
    },
    { spokeDefault: 'blackhole', hub: 'nat', vpnPropagated: true },
    { verdict: 'unverified', counts: { 'input-vpcs': 1, 'path-unverified': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-inspection-firewall',
    { en: 'Hub and spoke: an inspection VPC with a firewall endpoint', ja: 'ハブアンドスポーク: ファイアウォールのエンドポイントを置いた検査用 VPC' },
    {
      en: 'The transit gateway hands the WorkSpaces’ traffic to an inspection VPC whose transit gateway subnets route 0.0.0.0/0 to a Gateway Load Balancer endpoint of a firewall. What the firewall lets out is not in the inputs: unverified, naming the endpoint.',
      ja: 'Transit Gateway は WorkSpaces の通信を検査用 VPC へ渡し、その Transit Gateway サブネットは 0.0.0.0/0 をファイアウォールの Gateway Load Balancer エンドポイントへルーティングします。ファイアウォールが何を通すかは入力からわからないため、エンドポイントを名指しして「未確認」とします。',
    },
    { spokeDefault: 'hub', hub: 'firewall' },
    { verdict: 'unverified', counts: { 'input-vpcs': 1, 'path-unverified': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'tgw-ipv6-egress-only',
    { en: 'Hub and spoke: IPv6 through the transit gateway to an egress-only internet gateway', ja: 'ハブアンドスポーク: Transit Gateway 経由で Egress-Only インターネットゲートウェイへ向かう IPv6' },
    {
      en: 'Dual stack: IPv4 stays closed, but the WorkSpaces send ::/0 to the transit gateway, which hands it to the egress VPC, whose transit gateway subnets route ::/0 to an egress-only internet gateway. AWS documents that gateway for its own VPC’s instances and does not say it drops another VPC’s packets, so the validator takes the open side and says what it assumed.',
      ja: 'デュアルスタックの構成です。IPv4 は閉じていますが、WorkSpaces は ::/0 を Transit Gateway に送り、Transit Gateway は出口用 VPC へ渡し、その Transit Gateway サブネットは ::/0 を Egress-Only インターネットゲートウェイへルーティングします。AWS はこのゲートウェイを自 VPC のインスタンス向けに説明しており、ほかの VPC のパケットを破棄するとは書いていないため、検証ツールは「開いている」側で判定し、その前提を示します。',
    },
    { spokeDefault: 'hub', hub: 'egress-only', ipv6: true },
    { verdict: 'open', counts: { 'input-vpcs': 1, 'path-internet-reachable': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 2 } },
  ),
];
