/**
 * Cases of the endpoint rules, and of the nacl-*-public entries that serve a gateway endpoint.
 * The design: WorkSpaces in SUBNET (10.0.1.0/24) with the S3 gateway endpoint on their route
 * table; an SSM interface endpoint in SUBNET_2 (10.0.2.0/24).
 */
import type { Context } from '../../types.ts';
import type { CaseDocument, RuleCases } from './case.ts';
import { entry, LOCAL, networkAcl, permission, ports, route, routeTable, securityGroup, SUBNET, SUBNET_2, subnets, vpcEndpoints } from './builders.ts';

const GATEWAY = 'vpce-0a1b2c3d4e5f6000a';
const INTERFACE = 'vpce-0a1b2c3d4e5f6000b';
const ENDPOINT_GROUP = 'sg-0a1b2c3d4e5f6000e';
/** Three of the S3 ranges of ap-northeast-1, as describe-prefix-lists prints them. */
const S3_RANGES = ['52.219.0.0/20', '52.219.16.0/22', '3.5.152.0/21'];
const prefixLists = { PrefixLists: [{ PrefixListName: 'com.amazonaws.ap-northeast-1.s3', Cidrs: S3_RANGES, PrefixListId: 'pl-61a54008' }] };
const E = (index: number) => ['NetworkAcls', 0, 'Entries', index, 'RuleNumber'];

/** The S3 ranges allowed out on TCP 443 (rules 110…) and their replies in (rules 110…). */
const s3Entries = [...S3_RANGES.map((cidr, index) => entry(true, 110 + index, cidr, 'allow', '6', ports(443))), ...S3_RANGES.map((cidr, index) => entry(false, 110 + index, cidr, 'allow', '6', ports(1024, 65535)))];
const vpcOnly = [entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')];

/** HTTPS to the S3 prefix list from the WorkSpaces' group, as a closed design with the gateway endpoint needs. */
const toS3 = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [{ PrefixListId: 'pl-61a54008' }], UserIdGroupPairs: [] };

/** The gateway-endpoint design, with the network ACL and groups given. */
function gateway(acl: unknown, groups: unknown = securityGroup({ egress: [permission('-1', '10.0.0.0/16'), toS3] })): CaseDocument[] {
  return [
    { name: 'network-acls.json', content: acl },
    { name: 'security-groups.json', content: groups },
    { name: 'route-tables.json', content: routeTable([LOCAL, route('pl-61a54008', GATEWAY)]) },
    { name: 'vpc-endpoints.json', content: vpcEndpoints([[GATEWAY, 'Gateway']]) },
    { name: 'prefix-lists.json', content: prefixLists },
    { name: 'subnets.json', content: subnets() },
  ];
}

/** The interface-endpoint design: the endpoint in SUBNET_2 with its own group. */
function interfaceDesign(acl: unknown, groups: unknown[]): CaseDocument[] {
  return [
    { name: 'network-acls.json', content: acl },
    { name: 'security-groups.json', content: { SecurityGroups: groups.flatMap((group) => (group as { SecurityGroups: unknown[] }).SecurityGroups) } },
    { name: 'route-tables.json', content: routeTable([LOCAL], { subnets: [SUBNET, SUBNET_2] }) },
    { name: 'vpc-endpoints.json', content: vpcEndpoints([[INTERFACE, 'Interface', { Groups: [{ GroupId: ENDPOINT_GROUP, GroupName: 'ssm-endpoint' }] }]]) },
    {
      name: 'subnets.json',
      content: subnets([
        [SUBNET, '10.0.1.0/24'],
        [SUBNET_2, '10.0.2.0/24'],
      ]),
    },
  ];
}
const workspaces: Context = { workspacesSubnetIds: [SUBNET] };
const both = { subnets: [SUBNET, SUBNET_2] };
const members = (egress: unknown[]) => securityGroup({ egress: egress as Record<string, unknown>[] });
const endpointGroup = (ingress: unknown[]) => securityGroup({ id: ENDPOINT_GROUP, name: 'ssm-endpoint', ingress: ingress as Record<string, unknown>[], egress: [] });

export const naclEndpointBlockedCases: RuleCases = {
  valid: [
    {
      title: { en: 'The S3 ranges allowed out on HTTPS and back in on the ephemeral ports', ja: 'S3 のレンジへの HTTPS の送信と、エフェメラルポートへの応答の受信を許可' },
      documents: gateway(networkAcl([...vpcOnly, ...s3Entries])),
    },
    {
      title: { en: 'An interface endpoint in another subnet, with the VPC allowed both ways on both subnets', ja: '別のサブネットのインターフェイスエンドポイントで、両方のサブネットで VPC 内を双方向に許可' },
      documents: interfaceDesign(networkAcl(vpcOnly, both), [members([permission('-1', '10.0.0.0/16')]), endpointGroup([permission('tcp', '10.0.0.0/16', [443, 443])])]),
      context: workspaces,
    },
  ],
  invalid: [
    {
      title: { en: 'A network ACL that allows only the VPC: the S3 gateway endpoint cannot be used', ja: 'VPC 内だけを許可するネットワーク ACL: S3 のゲートウェイエンドポイントを使えない' },
      documents: gateway(networkAcl(vpcOnly)),
      errors: [
        { path: E(2), messageId: 'gatewayRequest' },
        { path: E(3), messageId: 'gatewayReply' },
      ],
    },
    {
      title: { en: 'The WorkSpaces subnet allows only itself, so the interface endpoint next door is cut off', ja: 'WorkSpaces のサブネットが自分自身だけを許可していて、隣のサブネットのインターフェイスエンドポイントに届かない' },
      documents: interfaceDesign(
        {
          NetworkAcls: [
            ...(networkAcl([entry(true, 100, '10.0.1.0/24', 'allow'), entry(false, 100, '10.0.1.0/24', 'allow')]) as { NetworkAcls: unknown[] }).NetworkAcls,
            ...(networkAcl(vpcOnly, { id: 'acl-0a1b2c3d4e5f6000f', subnets: [SUBNET_2] }) as { NetworkAcls: unknown[] }).NetworkAcls,
          ],
        },
        [members([permission('-1', '10.0.0.0/16')]), endpointGroup([permission('tcp', '10.0.0.0/16', [443, 443])])],
      ),
      context: workspaces,
      errors: [
        { path: E(2), messageId: 'interfaceRequest' },
        { path: E(3), messageId: 'interfaceReply' },
      ],
    },
  ],
};

export const sgEndpointBlockedCases: RuleCases = {
  valid: [
    {
      title: { en: 'Egress to the VPC and HTTPS to the S3 prefix list', ja: 'VPC 内への送信と、S3 のプレフィックスリストへの HTTPS を許可' },
      documents: gateway(networkAcl([...vpcOnly, ...s3Entries])),
    },
    {
      title: { en: 'An interface endpoint whose group lets HTTPS in from the WorkSpaces’ group', ja: 'WorkSpaces のグループからの HTTPS を受け入れるグループを持つインターフェイスエンドポイント' },
      documents: interfaceDesign(networkAcl(vpcOnly, both), [
        members([permission('-1', '10.0.0.0/16')]),
        endpointGroup([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: 'sg-0a1b2c3d4e5f60005', UserId: '123456789012' }] }]),
      ]),
      context: workspaces,
    },
  ],
  invalid: [
    {
      title: { en: '_workspacesMembers sends only to the VPC: the S3 gateway endpoint cannot be used', ja: '_workspacesMembers の送信先が VPC 内だけ: S3 のゲートウェイエンドポイントを使えない' },
      documents: [{ name: 'security-groups.json', content: securityGroup() }, ...gateway(networkAcl([...vpcOnly, ...s3Entries])).filter((document) => document.name !== 'security-groups.json')],
      errors: [{ path: ['SecurityGroups', 0, 'IpPermissionsEgress'], messageId: 'gatewayEgress' }],
    },
    {
      title: { en: 'An interface endpoint whose group lets HTTPS in only from another range', ja: '別のレンジからの HTTPS しか受け入れないグループを持つインターフェイスエンドポイント' },
      documents: interfaceDesign(networkAcl(vpcOnly, both), [members([permission('-1', '10.0.0.0/16')]), endpointGroup([permission('tcp', '10.0.9.0/24', [443, 443])])]),
      context: workspaces,
      errors: [{ file: 'security-groups.json', path: ['SecurityGroups', 1, 'IpPermissions'], messageId: 'interfaceIngress' }],
    },
  ],
};

/** The entries of an ACL that allow only the S3 ranges the gateway endpoint serves. */
export const gatewayEndpointEntries: CaseDocument[] = gateway(networkAcl([...vpcOnly, ...s3Entries]));
export const S3_ENTRY = { egress: E(2), ingress: E(5) };

/** A policy that keeps S3 to one account: what a closed design writes instead of the default. */
const OWN_ACCOUNT_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceAccount': '123456789012' } } }],
});
const DEFAULT_POLICY = JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] });

/** The gateway-endpoint design with the endpoint's policy as describe-vpc-endpoints prints it. */
const withPolicy = (policy: string): CaseDocument[] =>
  gateway(networkAcl([...vpcOnly, ...s3Entries])).map((document) => (document.name === 'vpc-endpoints.json' ? { ...document, content: vpcEndpoints([[GATEWAY, 'Gateway', { PolicyDocument: policy }]]) } : document));

export const pathEndpointPolicyOpenCases: RuleCases = {
  valid: [
    {
      title: { en: 'The S3 gateway endpoint’s policy keeps S3 to the account’s own buckets', ja: 'S3 のゲートウェイエンドポイントのポリシーが、自分のアカウントのバケットだけを許可' },
      documents: withPolicy(OWN_ACCOUNT_POLICY),
    },
    {
      title: { en: 'An interface endpoint of another service (SSM) with the default policy', ja: 'S3・DynamoDB 以外 (SSM) のインターフェイスエンドポイントで、ポリシーは既定のまま' },
      documents: interfaceDesign(networkAcl(vpcOnly, both), [members([permission('-1', '10.0.0.0/16')])]).map((document) =>
        document.name === 'vpc-endpoints.json' ? { ...document, content: vpcEndpoints([[INTERFACE, 'Interface', { PolicyDocument: DEFAULT_POLICY }]]) } : document,
      ),
      context: workspaces,
    },
  ],
  invalid: [
    {
      title: { en: 'The S3 gateway endpoint on the WorkSpaces’ route table keeps AWS’s default policy', ja: 'WorkSpaces のルートテーブルにある S3 のゲートウェイエンドポイントが、AWS 既定のポリシーのまま' },
      documents: withPolicy(DEFAULT_POLICY),
      errors: [{ file: 'vpc-endpoints.json', path: ['VpcEndpoints', 0, 'PolicyDocument'], messageId: 'open' }],
    },
  ],
};
