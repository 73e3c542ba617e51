/** Cases of the directory rules. */
import type { Context } from '../../types.ts';
import type { RuleCases } from './case.ts';
import { entry, LOCAL, networkAcl, permission, ports, route, routeTable, securityGroup, SUBNET, SUBNET_2, subnets } from './builders.ts';

/** WorkSpaces in SUBNET (10.0.1.0/24), the controller in SUBNET_2 (10.0.10.0/24). */
const twoSubnets = subnets([
  [SUBNET, '10.0.1.0/24'],
  [SUBNET_2, '10.0.10.0/24'],
]);
const context: Context = { workspacesSubnetIds: [SUBNET], directoryControllers: ['10.0.10.10'] };
const both = { subnets: [SUBNET, SUBNET_2] };
const vpcOnly = networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')], both);
const E = (index: number) => ['NetworkAcls', 0, 'Entries', index, 'RuleNumber'];

export const dirNoRouteCases: RuleCases = {
  valid: [
    {
      title: { en: 'Controllers on premises, reached over a transit gateway', ja: 'Transit Gateway 経由で届くオンプレミスのコントローラー' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('192.168.0.0/16', 'tgw-0a1b2c3d4e5f60007')]) }],
      context: { directoryControllers: ['192.168.10.10', '192.168.10.11'] },
    },
  ],
  invalid: [
    {
      title: { en: 'On-premises controllers with no route, and one behind a deleted peering', ja: 'ルートのないオンプレミスのコントローラーと、削除したピアリングの先のコントローラー' },
      documents: [{ name: 'route-tables.json', content: routeTable([LOCAL, route('172.16.0.0/16', 'pcx-0a1b2c3d4e5f6000d', { State: 'blackhole' })]) }],
      context: { directoryControllers: ['192.168.10.10', '172.16.0.10'] },
      errors: [{ path: ['RouteTables', 0, 'RouteTableId'] }, { path: ['RouteTables', 0, 'Routes', 1, 'DestinationCidrBlock'] }],
    },
  ],
};

export const naclDirectoryBlockedCases: RuleCases = {
  valid: [
    { title: { en: 'All traffic within the VPC allowed both ways', ja: 'VPC 内の全通信を双方向で許可' }, documents: [{ name: 'subnets.json', content: twoSubnets }, { name: 'network-acls.json', content: vpcOnly }], context },
    {
      title: { en: 'A controller in the same subnet: network ACLs do not filter traffic inside a subnet', ja: '同じサブネットのコントローラー: サブネット内の通信はネットワーク ACL の対象外' },
      documents: [{ name: 'subnets.json', content: subnets() }, { name: 'network-acls.json', content: networkAcl([]) }],
      context: { directoryControllers: ['10.0.1.10'] },
    },
  ],
  invalid: [
    {
      title: { en: 'Outbound limited to HTTPS and DNS: Kerberos, LDAP, SMB and the rest are denied', ja: 'アウトバウンドを HTTPS と DNS に限定: Kerberos、LDAP、SMB などが拒否される' },
      documents: [
        { name: 'subnets.json', content: twoSubnets },
        {
          name: 'network-acls.json',
          content: networkAcl(
            [
              entry(true, 100, '10.0.0.0/16', 'allow', '6', ports(443)),
              entry(true, 110, '10.0.0.0/16', 'allow', '6', ports(53)),
              entry(true, 120, '10.0.0.0/16', 'allow', '17', ports(53)),
              entry(true, 130, '10.0.0.0/16', 'allow', '6', ports(1024, 65535)),
              entry(true, 140, '10.0.0.0/16', 'allow', '17', ports(123)),
              entry(true, 150, '10.0.0.0/16', 'allow', '17', ports(137, 138)),
              entry(true, 160, '10.0.0.0/16', 'allow', '6', ports(135)),
              entry(true, 170, '10.0.0.0/16', 'allow', '6', ports(139)),
              entry(false, 100, '10.0.0.0/16', 'allow'),
            ],
            both,
          ),
        },
      ],
      context,
      // Kerberos, LDAP, SMB, Kerberos password and LDAPS meet the default deny (entry 9, printed
      // 32767): one finding for the required flows, one (info) for the advisory UDP variants.
      errors: [{ file: 'network-acls.json', path: E(9) }, { file: 'network-acls.json', path: E(9) }],
    },
  ],
};

export const naclReturnBlockedCases: RuleCases = {
  valid: [{ title: { en: 'Replies allowed back from the VPC', ja: 'VPC 内からの応答を許可' }, documents: [{ name: 'subnets.json', content: twoSubnets }, { name: 'network-acls.json', content: vpcOnly }], context }],
  invalid: [
    {
      title: { en: 'Inbound allows only the well-known ports, so no reply reaches the WorkSpaces’ ephemeral ports', ja: 'インバウンドがウェルノウンポートだけなので、WorkSpaces のエフェメラルポートに応答が届かない' },
      documents: [
        { name: 'subnets.json', content: twoSubnets },
        { name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow', '6', ports(0, 1023)), entry(false, 110, '10.0.0.0/16', 'allow', '17', ports(0, 1023))], both) },
      ],
      context,
      // Every reply except NTP's (which goes to UDP 123) meets the inbound default deny: one finding
      // for the required flows, one (info) for the advisory ones.
      errors: [{ file: 'network-acls.json', path: E(4) }, { file: 'network-acls.json', path: E(4) }],
    },
  ],
};

export const sgDirectoryEgressCases: RuleCases = {
  valid: [
    { title: { en: 'Egress allowed to the whole VPC', ja: 'VPC 全体へのアウトバウンドを許可' }, documents: [{ name: 'subnets.json', content: twoSubnets }, { name: 'security-groups.json', content: securityGroup() }], context },
  ],
  invalid: [
    {
      title: { en: 'Egress locked down to HTTPS and DNS only', ja: 'アウトバウンドを HTTPS と DNS だけに絞った' },
      documents: [
        { name: 'subnets.json', content: twoSubnets },
        { name: 'security-groups.json', content: securityGroup({ egress: [permission('tcp', '10.0.0.0/16', [443, 443]), permission('udp', '10.0.0.0/16', [53, 53]), permission('tcp', '10.0.0.0/16', [53, 53])] }) },
      ],
      context,
      errors: [
        { file: 'security-groups.json', path: ['SecurityGroups', 0, 'IpPermissionsEgress'] },
        { file: 'security-groups.json', path: ['SecurityGroups', 0, 'IpPermissionsEgress'] },
      ],
    },
  ],
};
