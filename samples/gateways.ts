/**
 * One VPC, past the route: a private NAT gateway whose subnet routes to the internet gateway, and
 * an internet gateway default route under VPC Block Public Access (on, and on with the WorkSpaces
 * subnet excluded). The validator follows the packet past the route table's target; each example
 * pins what it finds.
 */
import type { Context } from '../validators/types.ts';
import type { Sample, SampleDocument } from './build.ts';
import { acl, entry, type Json, local, OPEN_ENTRIES, OWNER, route, sampleMaker, subnet, table, vpc } from './transit.ts';

const VPC = 'vpc-0b9a0b9a0b9a0b9a0';
const CIDR = '172.20.0.0/16';
const WS_A = 'subnet-0b9a0b9a0b9a00001';
const WS_B = 'subnet-0b9a0b9a0b9a00002';
const DIRECTORY = 'subnet-0b9a0b9a0b9a00003';
const NAT_SUBNET = 'subnet-0b9a0b9a0b9a00021';
const MAIN_TABLE = 'rtb-0b9a0b9a0b9a00000';
const WS_TABLE = 'rtb-0b9a0b9a0b9a00001';
const NAT_TABLE = 'rtb-0b9a0b9a0b9a00002';
const WS_ACL = 'acl-0b9a0b9a0b9a00001';
const NAT_ACL = 'acl-0b9a0b9a0b9a00002';
const WS_GROUP = 'sg-0b9a0b9a0b9a00001';
const NAT = 'nat-0b9a0b9a0b9a00005';
const IGW = 'igw-0b9a0b9a0b9a00006';
const ZONES = ['ap-northeast-1a', 'ap-northeast-1c'] as const;

interface Design {
  /** Where the WorkSpaces subnets' default route goes. */
  target: 'private-nat' | 'igw';
  /** VPC Block Public Access in block-bidirectional, and the subnets excluded from it. */
  bpa?: { excluded: string[] };
}

function documents(design: Design): SampleDocument[] {
  const wsSubnets = [WS_A, WS_B, DIRECTORY];
  const tables = [
    table(MAIN_TABLE, VPC, [], [local(CIDR)], true),
    table(WS_TABLE, VPC, wsSubnets, [local(CIDR), route('0.0.0.0/0', design.target === 'igw' ? { GatewayId: IGW } : { NatGatewayId: NAT })]),
    ...(design.target === 'private-nat' ? [table(NAT_TABLE, VPC, [NAT_SUBNET], [local(CIDR), route('0.0.0.0/0', { GatewayId: IGW })])] : []),
  ];
  const wsEntries = [entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, CIDR, 'allow'), entry(false, 110, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 1024, To: 65535 } })];
  const acls = [acl(WS_ACL, VPC, wsSubnets, wsEntries, true), ...(design.target === 'private-nat' ? [acl(NAT_ACL, VPC, [NAT_SUBNET], OPEN_ENTRIES)] : [])];
  const groups = {
    SecurityGroups: [
      {
        Description: 'Amazon WorkSpaces Security Group',
        GroupName: 'd-95670b9a0b_workspacesMembers',
        IpPermissions: [],
        OwnerId: OWNER,
        GroupId: WS_GROUP,
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
        VpcId: VPC,
      },
    ],
  };
  const subnets = {
    Subnets: [
      subnet(WS_A, VPC, '172.20.1.0/24', ZONES[0]),
      subnet(WS_B, VPC, '172.20.2.0/24', ZONES[1]),
      subnet(DIRECTORY, VPC, '172.20.10.0/24', ZONES[0]),
      ...(design.target === 'private-nat' ? [subnet(NAT_SUBNET, VPC, '172.20.100.0/24', ZONES[0])] : []),
    ],
  };
  const natGateways = [
    {
      NatGatewayId: NAT,
      SubnetId: NAT_SUBNET,
      VpcId: VPC,
      State: 'available',
      ConnectivityType: 'private',
      NatGatewayAddresses: [{ NetworkInterfaceId: 'eni-0b9a0b9a0b9a00007', PrivateIp: '172.20.100.10', IsPrimary: true, Status: 'succeeded' }],
      CreateTime: '2026-09-02T04:20:00.000Z',
    },
  ];
  const internetGateways = [{ InternetGatewayId: IGW, OwnerId: OWNER, Attachments: [{ State: 'available', VpcId: VPC }], Tags: [] }];
  const bpa = design.bpa;
  const options: Json = {
    VpcBlockPublicAccessOptions: {
      AwsAccountId: OWNER,
      AwsRegion: 'ap-northeast-1',
      State: 'update-complete',
      InternetGatewayBlockMode: 'block-bidirectional',
      LastUpdateTimestamp: '2026-09-01T01:00:00.000Z',
      ManagedBy: 'account',
      ExclusionsAllowed: 'allowed',
    },
  };
  const exclusions: Json = {
    VpcBlockPublicAccessExclusions: (bpa?.excluded ?? []).map((id, index) => ({
      ExclusionId: `vpcbpa-exclude-0b9a0b9a0b9a0000${index}`,
      InternetGatewayExclusionMode: 'allow-bidirectional',
      ResourceArn: `arn:aws:ec2:ap-northeast-1:${OWNER}:subnet/${id}`,
      State: 'create-complete',
      CreationTimestamp: '2026-09-01T01:05:00.000Z',
      LastUpdateTimestamp: '2026-09-01T01:05:00.000Z',
      Tags: [],
    })),
  };
  return [
    { name: 'route-tables.json', command: `aws ec2 describe-route-tables --filters Name=vpc-id,Values=${VPC}`, content: { RouteTables: tables } },
    { name: 'network-acls.json', command: `aws ec2 describe-network-acls --filters Name=vpc-id,Values=${VPC}`, content: { NetworkAcls: acls } },
    { name: 'security-groups.json', command: `aws ec2 describe-security-groups --filters Name=vpc-id,Values=${VPC}`, content: groups },
    { name: 'subnets.json', command: `aws ec2 describe-subnets --filters Name=vpc-id,Values=${VPC}`, content: subnets },
    { name: 'vpcs.json', command: `aws ec2 describe-vpcs --vpc-ids ${VPC}`, content: { Vpcs: [vpc(VPC, CIDR)] } },
    ...(design.target === 'private-nat' ? [{ name: 'nat-gateways.json', command: `aws ec2 describe-nat-gateways --filter Name=vpc-id,Values=${VPC}`, content: { NatGateways: natGateways } }] : []),
    { name: 'internet-gateways.json', command: `aws ec2 describe-internet-gateways --filters Name=attachment.vpc-id,Values=${VPC}`, content: { InternetGateways: internetGateways } },
    ...(bpa
      ? [
          { name: 'vpc-block-public-access-options.json', command: 'aws ec2 describe-vpc-block-public-access-options --output json', content: options },
          { name: 'vpc-block-public-access-exclusions.json', command: 'aws ec2 describe-vpc-block-public-access-exclusions --output json', content: exclusions },
        ]
      : []),
  ];
}

const CONTEXT: Context = {
  region: 'ap-northeast-1',
  bundle: 'public',
  workspacesSubnetIds: [WS_A, WS_B],
  directoryControllers: ['172.20.10.10', '172.20.10.11'],
};

const sample = sampleMaker(documents, CONTEXT);

/** The examples of what lies past a route's target in one VPC, in the order the gallery lists them. */
export const GATEWAY_SAMPLES: Sample[] = [
  sample(
    'private-nat-default-route',
    { en: 'A default route to a private NAT gateway', ja: 'プライベート NAT ゲートウェイへのデフォルトルート' },
    {
      en: 'The WorkSpaces subnets send 0.0.0.0/0 to a NAT gateway of connectivity type private, and its subnet sends 0.0.0.0/0 on to the VPC’s internet gateway. AWS documents that an internet gateway drops what a private NAT gateway sends it: closed, and the proof shows the chain up to the internet gateway that drops it.',
      ja: 'WorkSpaces のサブネットは 0.0.0.0/0 を接続タイプ private の NAT ゲートウェイに送り、その NAT ゲートウェイのサブネットは 0.0.0.0/0 を VPC のインターネットゲートウェイへ送ります。プライベート NAT ゲートウェイから送られた通信はインターネットゲートウェイが破棄すると AWS が説明しているため「閉じている」と判定し、証明にはそれを破棄するインターネットゲートウェイまでの経路が示されます。',
    },
    { target: 'private-nat' },
    { verdict: 'closed', counts: { 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'bpa-bidirectional',
    { en: 'An internet gateway default route under VPC Block Public Access', ja: 'VPC のパブリックアクセスのブロック下のインターネットゲートウェイへのデフォルトルート' },
    {
      en: 'The WorkSpaces subnets route 0.0.0.0/0 to an attached internet gateway, but the account’s VPC Block Public Access is on in block-bidirectional mode and no exclusion covers the VPC or its subnets. AWS drops the traffic at the internet gateway both ways: closed, with Block Public Access named as the deciding layer. The route itself is still reported: turning Block Public Access off, or excluding the subnets, opens it.',
      ja: 'WorkSpaces のサブネットは 0.0.0.0/0 をアタッチ済みのインターネットゲートウェイへルーティングしますが、アカウントの VPC のパブリックアクセスのブロックが block-bidirectional モードでオンになっており、VPC やサブネットを対象にした除外もありません。AWS はインターネットゲートウェイで双方向の通信を破棄するため「閉じている」と判定し、判断を下した層としてパブリックアクセスのブロックを示します。ルート自体は引き続き報告されます。ブロックをオフにするかサブネットを除外すると開くためです。',
    },
    { target: 'igw', bpa: { excluded: [] } },
    { verdict: 'closed', counts: { 'rt-internet-route': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
  sample(
    'bpa-subnet-excluded',
    { en: 'Block Public Access on, with a WorkSpaces subnet excluded', ja: 'パブリックアクセスのブロックはオンだが、WorkSpaces のサブネットを除外' },
    {
      en: 'The same VPC under block-bidirectional, but one WorkSpaces subnet has an allow-bidirectional exclusion. Its WorkSpaces reach the internet through the internet gateway: open, and the proof shows the exclusion at its line. The other subnet stays blocked.',
      ja: '同じく block-bidirectional 下の VPC ですが、WorkSpaces のサブネットの 1 つに allow-bidirectional の除外があります。そのサブネットの WorkSpaces はインターネットゲートウェイ経由でインターネットに届くため「開いている」と判定し、証明には除外が行番号付きで示されます。もう一方のサブネットはブロックされたままです。',
    },
    { target: 'igw', bpa: { excluded: [WS_A] } },
    { verdict: 'open', counts: { 'path-internet-reachable': 1, 'rt-internet-route': 1, 'nacl-egress-public': 1, 'nacl-ingress-public': 1, 'sg-egress-public': 1 } },
  ),
];
