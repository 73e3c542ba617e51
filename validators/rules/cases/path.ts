/** Cases of the path-* rules. */
import type { RuleCases } from './case.ts';
import { entry, LOCAL, networkAcl, permission, route, routeTable, securityGroup, SUBNET, SUBNET_2, subnets, TGW, TGW_ATTACHMENT, transitGatewayAttachments, transitGatewayRoutes, transitGatewayVpcAttachments, VPC } from './builders.ts';

const vpcOnlyAcl = networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')]);
const vpcOnlyGroup = securityGroup();

/** The case VPC's subnets share one table that sends the default route to the transit gateway; the second subnet holds its interface. */
const transitDocuments = (routes: Parameters<typeof transitGatewayRoutes>[0], more: Parameters<typeof transitGatewayAttachments>[1] = []) => [
  { name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', TGW)], { subnets: [SUBNET, SUBNET_2] }) },
  { name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')], { subnets: [SUBNET, SUBNET_2] }) },
  { name: 'security-groups.json', content: securityGroup({ egress: [permission('-1', '0.0.0.0/0')] }) },
  { name: 'transit-gateway-attachments.json', content: transitGatewayAttachments(undefined, more) },
  { name: 'transit-gateway-vpc-attachments.json', content: transitGatewayVpcAttachments() },
  { name: 'transit-gateway-routes.json', content: transitGatewayRoutes(routes) },
];

export const pathInternetReachableCases: RuleCases = {
  valid: [
    {
      title: { en: 'Only the local route: nothing leaves the VPC', ja: 'local ルートだけ: VPC の外には何も出ない' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL]) },
        { name: 'network-acls.json', content: vpcOnlyAcl },
        { name: 'security-groups.json', content: vpcOnlyGroup },
      ],
    },
    {
      title: { en: 'A default route to a NAT gateway, but the network ACL denies everything outside the VPC', ja: 'NAT ゲートウェイへのデフォルトルートがあるが、ネットワーク ACL が VPC 外をすべて拒否' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')]) },
        { name: 'network-acls.json', content: vpcOnlyAcl },
      ],
    },
  ],
  invalid: [
    {
      title: { en: 'A default route split in two halves, and a security group left at egress-all', ja: '2 つに分割したデフォルトルートと、アウトバウンド全許可のままのセキュリティグループ' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/1', 'igw-0a1b2c3d4e5f60008'), route('128.0.0.0/1', 'igw-0a1b2c3d4e5f60008')]) },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow')]) },
        { name: 'security-groups.json', content: securityGroup({ egress: [permission('-1', '0.0.0.0/0')] }) },
      ],
      // Both halves lead to the same gateway: one finding, "and 1 more to it".
      errors: [{ file: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1, 'DestinationCidrBlock'] }],
    },
    {
      title: { en: 'A deny rule that comes too late: rule 100 allows 443 out before rule 200 denies it', ja: '遅すぎる拒否ルール: ルール 200 の拒否より先にルール 100 が 443 を許可' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')]) },
        {
          name: 'network-acls.json',
          content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow', '6', { PortRange: { From: 443, To: 443 } }), entry(true, 200, '0.0.0.0/0', 'deny'), entry(true, 300, '10.0.0.0/16', 'allow')]),
        },
        { name: 'security-groups.json', content: securityGroup({ egress: [permission('tcp', '0.0.0.0/0', [443, 443])] }) },
      ],
      errors: [{ file: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1, 'DestinationCidrBlock'] }],
    },
  ],
};

export const pathUnverifiedCases: RuleCases = {
  valid: [
    {
      title: { en: 'A VPN propagates routes into the transit gateway table that drops the default route, and closedTargets says the VPN has no way out', ja: 'デフォルトルートを破棄する Transit Gateway のテーブルに VPN がルートを伝播させるが、closedTargets でその VPN に出口がないと示している' },
      documents: transitDocuments(
        [
          ['0.0.0.0/0', 'blackhole'],
          ['192.168.0.0/16', 'tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013', 'propagated'],
        ],
        [['tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013']],
      ),
      context: { workspacesSubnetIds: [SUBNET], closedTargets: ['vpn-0a1b2c3d4e5f60013'] },
    },
    {
      title: { en: 'A default route to a transit gateway that is known to have no internet egress', ja: 'インターネットへの出口がないとわかっている Transit Gateway へのデフォルトルート' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60007')]) }, { name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')]) }, { name: 'security-groups.json', content: vpcOnlyGroup }],
      context: { closedTargets: ['tgw-0a1b2c3d4e5f60007'] },
    },
  ],
  invalid: [
    {
      title: { en: 'A default route to a transit gateway whose far side is not known', ja: '先がわからない Transit Gateway へのデフォルトルート' },
      documents: [
        { name: 'route-tables.json', content: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60007')]) },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')]) },
        { name: 'security-groups.json', content: securityGroup({ egress: [permission('-1', '0.0.0.0/0')] }) },
      ],
      errors: [{ file: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1, 'DestinationCidrBlock'] }],
    },
    {
      title: { en: 'A subnet whose route table was not pasted', ja: 'ルートテーブルが貼り付けられていないサブネット' },
      documents: [
        { name: 'subnets.json', content: subnets() },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')]) },
        { name: 'security-groups.json', content: securityGroup({ egress: [permission('-1', '0.0.0.0/0')] }) },
      ],
      errors: [{ file: 'subnets.json', path: ['Subnets', 0, 'SubnetId'] }],
    },
    {
      title: { en: 'Followed through the transit gateway, the default route ends at a VPN attachment', ja: 'Transit Gateway の先まで追うと、デフォルトルートが VPN のアタッチメントで終わる' },
      documents: transitDocuments([['0.0.0.0/0', 'tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013']], [['tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013']]),
      context: { workspacesSubnetIds: [SUBNET] },
      errors: [{ file: 'transit-gateway-attachments.json', path: ['TransitGatewayAttachments', 1, 'TransitGatewayAttachmentId'], messageId: 'downstream-next-hop' }],
    },
    {
      title: { en: 'The transit gateway drops the default route, but its table takes routes a VPN propagates: the VPN may advertise any prefix tomorrow', ja: 'Transit Gateway はデフォルトルートを破棄するが、テーブルに VPN から伝播したルートが入る: VPN は明日にも任意のプレフィックスを広報できる' },
      documents: transitDocuments(
        [
          ['0.0.0.0/0', 'blackhole'],
          ['192.168.0.0/16', 'tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013', 'propagated'],
        ],
        [['tgw-attach-0a1b2c3d4e5f60012', 'vpn', 'vpn-0a1b2c3d4e5f60013']],
      ),
      context: { workspacesSubnetIds: [SUBNET] },
      errors: [{ file: 'transit-gateway-routes.json', path: ['Routes', 1], messageId: 'downstream-propagation' }],
    },
  ],
};

export const pathRoutingLoopCases: RuleCases = {
  valid: [
    {
      title: { en: 'The transit gateway drops the default route with a blackhole route: no loop', ja: 'Transit Gateway がデフォルトルートを blackhole で破棄: ループなし' },
      documents: transitDocuments([['0.0.0.0/0', 'blackhole']]),
      context: { workspacesSubnetIds: [SUBNET] },
    },
  ],
  invalid: [
    {
      title: { en: 'The transit gateway sends the default route back to the VPC it came from, whose table sends it to the transit gateway again', ja: 'Transit Gateway がデフォルトルートを送信元の VPC へ戻し、その VPC のテーブルが再び Transit Gateway へ送る' },
      documents: transitDocuments([['0.0.0.0/0', TGW_ATTACHMENT, 'vpc', VPC]]),
      context: { workspacesSubnetIds: [SUBNET] },
      errors: [{ file: 'transit-gateway-routes.json', path: ['TransitGatewayRouteTableId'] }],
    },
  ],
};
