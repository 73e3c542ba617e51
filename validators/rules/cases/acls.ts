/** Cases of the nacl-* rules about the ACLs themselves and of the sg-*-public rules. */
import type { RuleCases } from './case.ts';
import { entry, LOCAL, networkAcl, permission, ports, routeTable, securityGroup } from './builders.ts';
import { gatewayEndpointEntries, S3_ENTRY } from './endpoints.ts';

const E = (index: number) => ['NetworkAcls', 0, 'Entries', index, 'RuleNumber'];
const vpcOnly = networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')]);
/** The route table with the local route tells the VPC's own range (10.0.0.0/16): a fix keeps it. */
const localTable = { name: 'route-tables.json', content: routeTable([LOCAL]) };

export const naclEgressPublicCases: RuleCases = {
  valid: [
    { title: { en: 'Outbound only to the VPC', ja: 'VPC 内への送信だけを許可' }, documents: [{ name: 'network-acls.json', content: vpcOnly }] },
    {
      title: { en: 'A broad allow that an earlier deny makes harmless', ja: '前にある拒否で無害になっている広い許可' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 50, '10.0.0.0/16', 'allow'), entry(true, 90, '0.0.0.0/0', 'deny'), entry(true, 100, '0.0.0.0/0', 'allow')]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'HTTPS out to anywhere, and all traffic to a public range', ja: 'どこへでも HTTPS を送信でき、パブリックなレンジへは全通信を許可' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow', '6', ports(443)), entry(true, 110, '52.94.0.0/16', 'allow')]) }, localTable],
      errors: [{ path: E(0) }, { path: E(1) }],
    },
    {
      title: { en: 'HTTPS out to the S3 ranges the gateway endpoint serves: one information finding, no warning', ja: 'ゲートウェイエンドポイントが受け持つ S3 のレンジへの HTTPS の送信: 警告ではなく情報が 1 件' },
      documents: gatewayEndpointEntries,
      errors: [{ path: S3_ENTRY.egress, messageId: 'gatewayEndpoint' }],
    },
  ],
};

export const naclIngressPublicCases: RuleCases = {
  valid: [{ title: { en: 'Inbound only from the VPC', ja: 'VPC 内からの受信だけを許可' }, documents: [{ name: 'network-acls.json', content: vpcOnly }] }],
  invalid: [
    {
      title: { en: 'Ephemeral ports open to the internet for replies', ja: '応答のためにエフェメラルポートをインターネットに開けている' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(false, 100, '10.0.0.0/16', 'allow'), entry(false, 200, '0.0.0.0/0', 'allow', '6', ports(1024, 65535))]) }, localTable],
      errors: [{ path: E(1) }],
    },
    {
      title: { en: 'IPv6 allowed in from anywhere', ja: 'IPv6 をどこからでも受信許可' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(false, 100, '::/0', 'allow')], { ipv6: true }) }],
      errors: [{ path: E(0) }],
    },
    {
      title: { en: 'Replies let in from the S3 ranges the gateway endpoint serves: one information finding, no warning', ja: 'ゲートウェイエンドポイントが受け持つ S3 のレンジからの応答の受信: 警告ではなく情報が 1 件' },
      documents: gatewayEndpointEntries,
      errors: [{ path: S3_ENTRY.ingress, messageId: 'gatewayEndpoint' }],
    },
  ],
};

export const naclShadowedEntryCases: RuleCases = {
  valid: [
    {
      title: { en: 'A narrow deny before a broad allow', ja: '広い許可より前にある狭い拒否' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 90, '10.0.5.0/24', 'deny'), entry(true, 100, '10.0.0.0/16', 'allow')]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'A deny placed after the broad allow that already decides its traffic', ja: 'すでに通信を判定している広い許可の後ろに置いた拒否' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(true, 200, '10.0.5.0/24', 'deny', '6', ports(445))]) }],
      errors: [{ path: E(1) }],
    },
  ],
};

export const naclRedundantEntryCases: RuleCases = {
  valid: [
    {
      title: { en: 'Each entry changes what happens to some traffic', ja: 'どのエントリも一部の通信の扱いを変えている' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 90, '10.0.5.0/24', 'deny'), entry(true, 100, '10.0.0.0/16', 'allow')]) }],
    },
  ],
  invalid: [
    {
      title: { en: 'A deny that only repeats the default deny', ja: '既定の拒否を繰り返すだけの拒否' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(true, 200, '0.0.0.0/0', 'deny')]) }],
      errors: [{ path: E(1) }],
    },
  ],
};

export const naclIgnoredPortsCases: RuleCases = {
  valid: [
    {
      title: { en: 'Ports on TCP, ICMP type and code on ICMP', ja: 'TCP にポート、ICMP にタイプとコード' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow', '6', ports(443)), entry(true, 110, '10.0.0.0/16', 'allow', '1', { IcmpTypeCode: { Type: 3, Code: 4 } })]) }],
    },
  ],
  invalid: [
    {
      title: { en: '"Port 443" on an all-protocols rule, and an ICMP type on GRE', ja: '全プロトコルのルールに「ポート 443」、GRE に ICMP タイプ' },
      documents: [{ name: 'network-acls.json', content: networkAcl([entry(true, 100, '10.0.0.0/16', 'allow', '-1', ports(443)), entry(true, 110, '10.0.0.0/16', 'allow', '47', { IcmpTypeCode: { Type: 8, Code: -1 } })]) }],
      errors: [{ path: ['NetworkAcls', 0, 'Entries', 0, 'PortRange'] }, { path: ['NetworkAcls', 0, 'Entries', 1, 'IcmpTypeCode'] }],
    },
  ],
};

const many = (count: number) => Array.from({ length: count }, (_, index) => entry(false, 100 + index * 10, `10.0.${index}.0/24`, 'allow'));

export const naclEntryQuotaCases: RuleCases = {
  valid: [{ title: { en: '19 inbound rules plus the default deny: exactly the quota', ja: 'インバウンド 19 ルールと既定の拒否でちょうどクォータ' }, documents: [{ name: 'network-acls.json', content: networkAcl(many(19)) }] }],
  invalid: [
    {
      title: { en: '21 inbound rules plus the default deny', ja: 'インバウンド 21 ルールと既定の拒否' },
      documents: [{ name: 'network-acls.json', content: networkAcl(many(21)) }],
      errors: [{ path: E(20) }],
    },
  ],
};

const G = (direction: 'IpPermissions' | 'IpPermissionsEgress', index: number, v6 = false) =>
  ['SecurityGroups', 0, direction, index, v6 ? 'Ipv6Ranges' : 'IpRanges', 0, v6 ? 'CidrIpv6' : 'CidrIp'];

export const sgIngressPublicCases: RuleCases = {
  valid: [{ title: { en: 'No inbound rule, as WorkSpaces creates the group', ja: 'WorkSpaces が作るとおり、インバウンドルールなし' }, documents: [{ name: 'security-groups.json', content: securityGroup() }] }],
  invalid: [
    {
      title: { en: 'An RDP rule from anywhere left over from troubleshooting', ja: 'トラブルシューティングで残った、どこからでも RDP を許可するルール' },
      documents: [{ name: 'security-groups.json', content: securityGroup({ ingress: [permission('tcp', '10.0.0.0/16', [3389, 3389]), permission('tcp', '0.0.0.0/0', [3389, 3389])] }) }, localTable],
      errors: [{ path: G('IpPermissions', 1) }],
    },
  ],
};

export const sgEgressPublicCases: RuleCases = {
  valid: [{ title: { en: 'Egress limited to the VPC', ja: 'アウトバウンドを VPC 内に限定' }, documents: [{ name: 'security-groups.json', content: securityGroup() }] }],
  invalid: [
    {
      title: { en: 'The default egress-all rules for IPv4 and IPv6', ja: 'IPv4 と IPv6 の既定のアウトバウンド全許可' },
      documents: [{ name: 'security-groups.json', content: securityGroup({ egress: [permission('-1', '0.0.0.0/0'), permission('-1', '::/0')] }) }, localTable],
      errors: [{ path: G('IpPermissionsEgress', 0) }, { path: G('IpPermissionsEgress', 1, true) }],
    },
  ],
};
