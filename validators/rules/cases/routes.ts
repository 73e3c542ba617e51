/** Cases of the rt-* and mgmt-* rules. */
import type { RuleCases } from './case.ts';
import { LOCAL, route, routeTable, subnets, vpcEndpoints } from './builders.ts';

const R = (index: number) => ['RouteTables', 0, 'Routes', index, 'DestinationCidrBlock'];
const R6 = (index: number) => ['RouteTables', 0, 'Routes', index, 'DestinationIpv6CidrBlock'];
const S3 = route('pl-61a54008', 'vpce-0a1b2c3d4e5f6000a');
const PL = (index: number) => ['RouteTables', 0, 'Routes', index, 'DestinationPrefixListId'];

export const rtInternetRouteCases: RuleCases = {
  valid: [
    {
      title: { en: 'Only the local route and an S3 gateway endpoint', ja: 'local ルートと S3 ゲートウェイエンドポイントだけ' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, S3]) },
        { name: 'vpc-endpoints.json', content: vpcEndpoints([['vpce-0a1b2c3d4e5f6000a', 'Gateway']]) },
      ],
    },
    {
      title: { en: 'A route to a NAT gateway for an internal range only', ja: '社内レンジだけを NAT ゲートウェイに向けるルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('192.168.0.0/16', 'nat-0a1b2c3d4e5f60009')]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'A default route split in two halves to an internet gateway', ja: 'インターネットゲートウェイへの、2 つに分割したデフォルトルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/1', 'igw-0a1b2c3d4e5f60008'), route('128.0.0.0/1', 'igw-0a1b2c3d4e5f60008')]) }],
      errors: [{ path: R(1), messageId: 'split' }, { path: R(2), messageId: 'split' }],
    },
    {
      title: { en: 'A partial range to a NAT gateway and an IPv6 default route to an egress-only internet gateway', ja: 'NAT ゲートウェイへの部分的なレンジと、Egress-Only インターネットゲートウェイへの IPv6 デフォルトルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('52.0.0.0/8', 'nat-0a1b2c3d4e5f60009'), route('::/0', 'eigw-0a1b2c3d4e5f6000b')]) }],
      errors: [{ path: R(1), messageId: 'partial' }, { path: R6(2), messageId: 'default' }],
    },
  ],
};

export const rtUnknownNextHopCases: RuleCases = {
  valid: [
    {
      title: { en: 'A default route to a transit gateway declared closed, and on-premises ranges declared internal', ja: '閉じていると宣言した Transit Gateway へのデフォルトルートと、社内と宣言したオンプレミスのレンジ' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60007'), route('203.0.113.0/24', 'vgw-0a1b2c3d4e5f6000c')]) }],
      context: { closedTargets: ['tgw-0a1b2c3d4e5f60007'], internalCidrs: ['203.0.113.0/24'] },
    },
    {
      title: { en: 'A prefix-list route to an endpoint that describe-vpc-endpoints shows is a gateway endpoint', ja: 'describe-vpc-endpoints でゲートウェイエンドポイントだとわかるエンドポイントへの、プレフィックスリスト宛てのルート' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, S3]) },
        { name: 'vpc-endpoints.json', content: vpcEndpoints([['vpce-0a1b2c3d4e5f6000a', 'Gateway']]) },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'A default route to a transit gateway whose far side is not known', ja: '先がわからない Transit Gateway へのデフォルトルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60007')]) }],
      errors: [{ path: R(1) }],
    },
    {
      title: { en: 'A prefix-list route to a vpce- that no describe-vpc-endpoints output describes', ja: 'describe-vpc-endpoints の出力にない vpce- への、プレフィックスリスト宛てのルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, S3]) }],
      errors: [{ path: PL(1), messageId: 'endpointType' }],
    },
    {
      title: { en: 'A public range reached over VPC peering', ja: 'VPC ピアリング経由のパブリックなレンジ' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('52.94.0.0/16', 'pcx-0a1b2c3d4e5f6000d')]) }],
      errors: [{ path: R(1) }],
    },
  ],
};

export const rtPropagationCases: RuleCases = {
  valid: [{ title: { en: 'Static routes only, no propagation', ja: '静的ルートだけで伝播なし' }, documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('192.168.0.0/16', 'vgw-0a1b2c3d4e5f6000c')]) }] }],
  invalid: [
    {
      title: { en: 'Propagation from a virtual private gateway, with a propagated route already present', ja: '仮想プライベートゲートウェイからの伝播が有効で、伝播ルートがすでにある' },
      documents: [
        {
          name: 'route-tables.json',
          content: routeTable([LOCAL, route('192.168.0.0/16', 'vgw-0a1b2c3d4e5f6000c', { Origin: 'EnableVgwRoutePropagation' })], { propagatingVgws: ['vgw-0a1b2c3d4e5f6000c'] }),
        },
      ],
      errors: [{ path: ['RouteTables', 0, 'PropagatingVgws', 0, 'GatewayId'] }, { path: R(1) }],
    },
    {
      title: { en: 'A route advertised by VPC Route Server, and one in its "filtered" state', ja: 'VPC Route Server が広報したルートと、"filtered" 状態のルート' },
      documents: [
        {
          name: 'route-tables.json',
          content: routeTable([LOCAL, route('192.168.0.0/16', 'eni-0a1b2c3d4e5f6000e', { Origin: 'Advertisement' }), route('172.16.0.0/12', 'eni-0a1b2c3d4e5f6000e', { Origin: 'Advertisement', State: 'filtered' })]),
        },
      ],
      errors: [{ path: R(1) }, { path: R(2) }, { path: ['RouteTables', 0, 'Routes', 2, 'State'] }],
    },
  ],
};

export const rtBlackholeInternetCases: RuleCases = {
  valid: [
    {
      title: { en: 'A blackhole route to a deleted VPC peering for an internal range', ja: '削除した VPC ピアリングへの、社内レンジの blackhole ルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('192.168.0.0/16', 'pcx-0a1b2c3d4e5f6000d', { State: 'blackhole' })]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'A default route to a detached internet gateway', ja: 'デタッチしたインターネットゲートウェイへのデフォルトルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'igw-0a1b2c3d4e5f60008', { State: 'blackhole' })]) }],
      errors: [{ path: ['RouteTables', 0, 'Routes', 1, 'State'] }],
    },
  ],
};

export const rtMainTableImplicitCases: RuleCases = {
  valid: [
    {
      title: { en: 'The WorkSpaces subnet is associated explicitly', ja: 'WorkSpaces のサブネットを明示的に関連付けている' },
      documents: [{ name: 'subnets.json', content: subnets() }, { name: 'route-tables.json', content: routeTable([LOCAL]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'The WorkSpaces subnet has no association and falls back to the main table', ja: 'WorkSpaces のサブネットに関連付けがなく、メインルートテーブルを使っている' },
      documents: [{ name: 'subnets.json', content: subnets() }, { name: 'route-tables.json', content: routeTable([LOCAL], { main: true }) }],
      errors: [{ file: 'subnets.json', path: ['Subnets', 0, 'SubnetId'] }],
    },
  ],
};

const vpcs = (cidr: string) => ({ Vpcs: [{ VpcId: 'vpc-0a1b2c3d4e5f60000', CidrBlock: cidr, CidrBlockAssociationSet: [{ CidrBlock: cidr }] }] });

export const mgmtRangeConflictCases: RuleCases = {
  valid: [
    {
      title: { en: 'Tokyo, a 172.20.0.0/16 VPC and a route to an on-premises 192.168.0.0/16', ja: '東京リージョン、172.20.0.0/16 の VPC、オンプレミスの 192.168.0.0/16 へのルート' },
      documents: [{ name: 'vpcs.json', content: vpcs('172.20.0.0/16') }, { name: 'route-tables.json', content: routeTable([route('172.20.0.0/16', 'local'), route('192.168.0.0/16', 'tgw-0a1b2c3d4e5f60007')]) }],
      context: { region: 'ap-northeast-1' },
    },
    {
      title: { en: 'PCoIP WorkSpaces in Tokyo with a route to an on-premises 10.0.0.0/8', ja: '東京リージョンの PCoIP の WorkSpaces で、オンプレミスの 10.0.0.0/8 へのルートがある' },
      documents: [{ name: 'vpcs.json', content: vpcs('172.20.0.0/16') }, { name: 'route-tables.json', content: routeTable([route('172.20.0.0/16', 'local'), route('10.0.0.0/8', 'tgw-0a1b2c3d4e5f60007')]) }],
      context: { region: 'ap-northeast-1', streamingProtocol: 'pcoip' },
    },
  ],
  invalid: [
    {
      title: { en: 'DCV WorkSpaces in Tokyo with a route to an on-premises 10.0.0.0/8', ja: '東京リージョンの DCV の WorkSpaces で、オンプレミスの 10.0.0.0/8 へのルートがある' },
      documents: [{ name: 'vpcs.json', content: vpcs('172.20.0.0/16') }, { name: 'route-tables.json', content: routeTable([route('172.20.0.0/16', 'local'), route('10.0.0.0/8', 'tgw-0a1b2c3d4e5f60007')]) }],
      context: { region: 'ap-northeast-1', streamingProtocol: 'dcv' },
      errors: [{ file: 'route-tables.json', path: R(1) }],
    },
    {
      title: { en: 'Tokyo, whose only range 198.19.0.0/16 is routed to on-premises', ja: '東京リージョンで、唯一のレンジ 198.19.0.0/16 をオンプレミスにルーティングしている' },
      documents: [{ name: 'vpcs.json', content: vpcs('172.20.0.0/16') }, { name: 'route-tables.json', content: routeTable([route('172.20.0.0/16', 'local'), route('198.19.0.0/16', 'tgw-0a1b2c3d4e5f60007')]) }],
      context: { region: 'ap-northeast-1' },
      errors: [{ file: 'route-tables.json', path: R(1) }],
    },
    {
      title: { en: 'N. Virginia, a 192.168.0.0/16 VPC: other ranges remain, but one is taken', ja: 'バージニア北部リージョンで 192.168.0.0/16 の VPC: 他のレンジは残るが 1 つが使えない' },
      documents: [{ name: 'vpcs.json', content: vpcs('192.168.0.0/16') }],
      context: { region: 'us-east-1' },
      errors: [{ path: ['Vpcs', 0, 'CidrBlockAssociationSet', 0, 'CidrBlock'] }],
    },
  ],
};
