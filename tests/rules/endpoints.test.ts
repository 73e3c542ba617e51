/**
 * Issue 12, item 3: network ACL entries that serve a gateway endpoint are information, not
 * openings; an endpoint the WorkSpaces cannot reach through the ACLs (request out, reply in, on
 * both sides for an interface endpoint) or the security groups is a warning. Messages pinned in
 * both languages; nothing is claimed where the inputs do not settle it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Context, type Finding, type Report } from '../../validators/index.ts';
import { entry, LOCAL, networkAcl, permission, ports, route, routeTable, securityGroup, SUBNET, SUBNET_2, subnets, vpcEndpoints } from '../../validators/rules/cases/builders.ts';

type Json = Record<string, unknown>;
const GATEWAY = 'vpce-0a1b2c3d4e5f6000a';
const S3 = ['52.219.0.0/20', '52.219.16.0/22', '3.5.152.0/21'];
const lists = { PrefixLists: [{ PrefixListId: 'pl-61a54008', PrefixListName: 'com.amazonaws.ap-northeast-1.s3', Cidrs: S3 }] };
const vpcOnly = [entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow')];
const s3Out = S3.map((cidr, index) => entry(true, 110 + index, cidr, 'allow', '6', ports(443)));
const s3In = S3.map((cidr, index) => entry(false, 110 + index, cidr, 'allow', '6', ports(1024, 65535)));
const toList = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [{ PrefixListId: 'pl-61a54008' }], UserIdGroupPairs: [] };
const groupsToS3 = securityGroup({ egress: [permission('-1', '10.0.0.0/16'), toList] });

function run(parts: Record<string, unknown>, context?: Context, lang: 'en' | 'ja' = 'en'): Report {
  const base: Record<string, unknown> = {
    'route-tables': routeTable([LOCAL, route('pl-61a54008', GATEWAY)]),
    'vpc-endpoints': vpcEndpoints([[GATEWAY, 'Gateway']]),
    'prefix-lists': lists,
    'network-acls': networkAcl([...vpcOnly, ...s3Out, ...s3In]),
    'security-groups': groupsToS3,
    subnets: subnets(),
  };
  const documents = Object.entries({ ...base, ...parts }).flatMap(([name, content]) => (content === undefined ? [] : [{ name: `${name}.json`, text: JSON.stringify(content, null, 2) }]));
  return validate(documents, context, { lang });
}
const of = (report: Report, ruleId: string): Finding[] => report.findings.filter((finding) => finding.ruleId === ruleId);
const line = (finding: Finding) => `${finding.severity} ${finding.messageId} ${finding.path.join('.')}`;

describe('network ACL entries that serve a gateway endpoint', () => {
  test('entries that allow only the S3 ranges, out and back, are one information finding per direction instead of two warnings per CIDR', () => {
    const report = run({});
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(of(report, 'nacl-egress-public').map(line), ['info gatewayEndpoint NetworkAcls.0.Entries.2.RuleNumber']);
    assert.deepEqual(of(report, 'nacl-ingress-public').map(line), ['info gatewayEndpoint NetworkAcls.0.Entries.5.RuleNumber']);
    assert.deepEqual(of(report, 'nacl-endpoint-blocked'), []);
    assert.deepEqual(of(report, 'sg-endpoint-blocked'), []);
  });

  test('the information finding names the entries, the ranges, the prefix list and the endpoint, in both languages', () => {
    assert.equal(
      of(run({}), 'nacl-egress-public')[0]?.message,
      'Egress rules 110, 111, 112 of acl-0a1b2c3d4e5f60004 allow traffic out only to 3.5.152.0/21, 52.219.0.0/20, 52.219.16.0/22, the ranges of com.amazonaws.ap-northeast-1.s3 (pl-61a54008) through gateway endpoint vpce-0a1b2c3d4e5f6000a of rtb-0a1b2c3d4e5f60003: every WorkSpaces subnet using acl-0a1b2c3d4e5f60004 sends them to the gateway endpoint, so these entries serve the endpoint and open no way to the internet.',
    );
    assert.equal(
      of(run({}, undefined, 'ja'), 'nacl-ingress-public')[0]?.message,
      'acl-0a1b2c3d4e5f60004 のインバウンドルール 110, 111, 112 は、3.5.152.0/21, 52.219.0.0/20, 52.219.16.0/22 からの受信だけを許可しています。これは com.amazonaws.ap-northeast-1.s3 (pl-61a54008) (rtb-0a1b2c3d4e5f60003 のゲートウェイエンドポイント vpce-0a1b2c3d4e5f6000a 経由) のアドレス範囲で、acl-0a1b2c3d4e5f60004 を使う WorkSpaces のサブネットはいずれもこの範囲への通信をゲートウェイエンドポイントに送るため、これらのエントリはエンドポイント経由で戻るサービスの応答のためのもので、インターネットからの経路は開きません。',
    );
  });

  test('without describe-vpc-endpoints or without the prefix list’s CIDRs, the same entries stay warnings', () => {
    for (const missing of [{ 'vpc-endpoints': undefined }, { 'prefix-lists': undefined }]) {
      const report = run(missing);
      assert.deepEqual(
        of(report, 'nacl-egress-public').map((finding) => `${finding.severity} ${finding.messageId}`),
        ['warning allows', 'warning allows', 'warning allows'],
        JSON.stringify(Object.keys(missing)),
      );
    }
  });

  test('an entry wider than the service ranges stays a warning, and a longer route that takes an S3 range to a NAT gateway makes that entry a warning too', () => {
    const wide = run({ 'network-acls': networkAcl([...vpcOnly, entry(true, 110, '52.219.0.0/16', 'allow', '6', ports(443)), ...s3In]) });
    assert.deepEqual(of(wide, 'nacl-egress-public').map((finding) => `${finding.severity} ${finding.messageId}`), ['warning allows']);
    const stolen = run({ 'route-tables': routeTable([LOCAL, route('pl-61a54008', GATEWAY), route('3.5.152.0/21', 'nat-0a1b2c3d4e5f60009')]) });
    assert.deepEqual(
      of(stolen, 'nacl-egress-public').map(line),
      ['info gatewayEndpoint NetworkAcls.0.Entries.2.RuleNumber', 'warning allows NetworkAcls.0.Entries.4.RuleNumber'],
    );
  });
});

describe('a gateway endpoint the WorkSpaces cannot use', () => {
  test('an ACL that allows only the VPC drops the request out and the reply in: two warnings at the deny rules', () => {
    const report = run({ 'network-acls': networkAcl(vpcOnly) });
    assert.deepEqual(of(report, 'nacl-endpoint-blocked').map(line), ['warning gatewayRequest NetworkAcls.0.Entries.2.RuleNumber', 'warning gatewayReply NetworkAcls.0.Entries.3.RuleNumber']);
    assert.equal(
      of(report, 'nacl-endpoint-blocked')[1]?.message,
      'Ingress rule * (32767) of acl-0a1b2c3d4e5f60004 denies all traffic from 0.0.0.0/0, so the replies from 3.5.152.0/21, 52.219.0.0/20, 52.219.16.0/22 (com.amazonaws.ap-northeast-1.s3) to ports 49152–65535 of subnet-0a1b2c3d4e5f60001 (10.0.1.0/24) are dropped on their way in (network ACLs are stateless): gateway endpoint vpce-0a1b2c3d4e5f6000a of route pl-61a54008 in rtb-0a1b2c3d4e5f60003 cannot be used.',
    );
    assert.equal(
      of(run({ 'network-acls': networkAcl(vpcOnly) }, undefined, 'ja'), 'nacl-endpoint-blocked')[0]?.message,
      'acl-0a1b2c3d4e5f60004 のアウトバウンドルール * (32767) が 0.0.0.0/0 宛てのすべての通信を拒否しています。そのため subnet-0a1b2c3d4e5f60001 (10.0.1.0/24) から 3.5.152.0/21, 52.219.0.0/20, 52.219.16.0/22 (com.amazonaws.ap-northeast-1.s3) への HTTPS は送信で破棄され、rtb-0a1b2c3d4e5f60003 のルート pl-61a54008 のゲートウェイエンドポイント vpce-0a1b2c3d4e5f6000a を使えません。',
    );
  });

  test('an ACL that lets only part of the ranges through names the part it drops', () => {
    const report = run({ 'network-acls': networkAcl([...vpcOnly, ...s3Out.slice(0, 2), ...s3In]) });
    const request = of(report, 'nacl-endpoint-blocked');
    assert.deepEqual(request.map((finding) => finding.messageId), ['gatewayRequest']);
    assert.match(request[0]?.message ?? '', /to 3\.5\.152\.0\/21 \(com\.amazonaws/);
  });

  test('the replies must come back to the ephemeral ports 49152–65535: an inbound allow for 1024–49151 only is not enough', () => {
    const report = run({ 'network-acls': networkAcl([...vpcOnly, ...s3Out, ...S3.map((cidr, index) => entry(false, 110 + index, cidr, 'allow', '6', ports(1024, 49151)))]) });
    assert.deepEqual(of(report, 'nacl-endpoint-blocked').map((finding) => finding.messageId), ['gatewayReply']);
  });

  test('a security group that keeps its egress to the VPC is a warning at its egress rules; a rule for the prefix list settles it', () => {
    const report = run({ 'security-groups': securityGroup() });
    assert.deepEqual(of(report, 'sg-endpoint-blocked').map(line), ['warning gatewayEgress SecurityGroups.0.IpPermissionsEgress']);
    assert.deepEqual(of(run({}), 'sg-endpoint-blocked'), []);
  });

  test('nothing is said when the endpoint’s type or its prefix list’s CIDRs are not in the inputs', () => {
    for (const missing of [{ 'vpc-endpoints': undefined }, { 'prefix-lists': undefined }]) {
      const report = run({ ...missing, 'network-acls': networkAcl(vpcOnly), 'security-groups': securityGroup() });
      assert.deepEqual([...of(report, 'nacl-endpoint-blocked'), ...of(report, 'sg-endpoint-blocked')], [], JSON.stringify(Object.keys(missing)));
    }
  });
});

describe('an interface endpoint the WorkSpaces cannot use', () => {
  const ENDPOINT = 'vpce-0a1b2c3d4e5f6000b';
  const ENDPOINT_GROUP = 'sg-0a1b2c3d4e5f6000e';
  const context: Context = { workspacesSubnetIds: [SUBNET] };
  const endpointGroup = (ingress: Json[]) => securityGroup({ id: ENDPOINT_GROUP, name: 'ssm-endpoint', ingress, egress: [] });
  const design = (parts: { acls?: Json; groups?: Json[]; endpoint?: Json }) =>
    run(
      {
        'route-tables': routeTable([LOCAL], { subnets: [SUBNET, SUBNET_2] }),
        'vpc-endpoints': vpcEndpoints([[ENDPOINT, 'Interface', { Groups: [{ GroupId: ENDPOINT_GROUP, GroupName: 'ssm-endpoint' }], ...(parts.endpoint ?? {}) }]]),
        'prefix-lists': undefined,
        'network-acls': parts.acls ?? networkAcl(vpcOnly, { subnets: [SUBNET, SUBNET_2] }),
        'security-groups': { SecurityGroups: (parts.groups ?? [securityGroup({ egress: [permission('-1', '10.0.0.0/16')] }), endpointGroup([permission('tcp', '10.0.0.0/16', [443, 443])])]).flatMap((group) => group.SecurityGroups as Json[]) },
        subnets: subnets([
          [SUBNET, '10.0.1.0/24'],
          [SUBNET_2, '10.0.2.0/24'],
        ]),
      },
      context,
    );

  test('the VPC allowed both ways and HTTPS allowed into the endpoint’s group: nothing to say', () => {
    const report = design({});
    assert.deepEqual([...of(report, 'nacl-endpoint-blocked'), ...of(report, 'sg-endpoint-blocked')], []);
  });

  test('the endpoint subnet’s ACL drops the request coming in and the reply going out', () => {
    const acls = {
      NetworkAcls: [
        ...(networkAcl(vpcOnly) as { NetworkAcls: Json[] }).NetworkAcls,
        ...(networkAcl([entry(true, 100, '10.0.2.0/24', 'allow'), entry(false, 100, '10.0.2.0/24', 'allow')], { id: 'acl-0a1b2c3d4e5f6000f', subnets: [SUBNET_2] }) as { NetworkAcls: Json[] }).NetworkAcls,
      ],
    };
    const report = design({ acls });
    assert.deepEqual(of(report, 'nacl-endpoint-blocked').map(line), ['warning interfaceEndpointReply NetworkAcls.1.Entries.2.RuleNumber', 'warning interfaceEndpointRequest NetworkAcls.1.Entries.3.RuleNumber']);
    assert.equal(
      of(report, 'nacl-endpoint-blocked')[1]?.message,
      'Ingress rule * (32767) of acl-0a1b2c3d4e5f6000f denies all traffic from 0.0.0.0/0, so HTTPS from subnet-0a1b2c3d4e5f60001 (10.0.1.0/24) is dropped on its way into subnet-0a1b2c3d4e5f60002, where interface endpoint vpce-0a1b2c3d4e5f6000b (com.amazonaws.ap-northeast-1.ssm) is.',
    );
  });

  test('the endpoint’s group lets HTTPS in only from elsewhere: a warning at its ingress rules; a rule for the WorkSpaces’ group settles it', () => {
    const blocked = design({ groups: [securityGroup({ egress: [permission('-1', '10.0.0.0/16')] }), endpointGroup([permission('tcp', '10.0.9.0/24', [443, 443])])] });
    assert.deepEqual(of(blocked, 'sg-endpoint-blocked').map(line), ['warning interfaceIngress SecurityGroups.1.IpPermissions']);
    const byGroup = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: 'sg-0a1b2c3d4e5f60005' }] };
    assert.deepEqual(of(design({ groups: [securityGroup({ egress: [permission('-1', '10.0.0.0/16')] }), endpointGroup([byGroup])] }), 'sg-endpoint-blocked'), []);
  });

  test('the WorkSpaces’ group sends only to its own subnet: a warning; an egress rule to the endpoint’s group settles it', () => {
    const blocked = design({ groups: [securityGroup({ egress: [permission('-1', '10.0.1.0/24')] }), endpointGroup([permission('tcp', '10.0.0.0/16', [443, 443])])] });
    assert.deepEqual(of(blocked, 'sg-endpoint-blocked').map(line), ['warning interfaceEgress SecurityGroups.0.IpPermissionsEgress']);
    assert.equal(
      of(blocked, 'sg-endpoint-blocked')[0]?.message,
      'The WorkSpaces’ security groups sg-0a1b2c3d4e5f60005 (d-90670a1b2c_workspacesMembers) allow no HTTPS to 10.0.2.0/24, where interface endpoint vpce-0a1b2c3d4e5f6000b (com.amazonaws.ap-northeast-1.ssm) is: subnet-0a1b2c3d4e5f60001 (10.0.1.0/24) cannot use it.',
    );
    const toGroup = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: ENDPOINT_GROUP }] };
    assert.deepEqual(of(design({ groups: [securityGroup({ egress: [permission('-1', '10.0.1.0/24'), toGroup] }), endpointGroup([permission('tcp', '10.0.0.0/16', [443, 443])])] }), 'sg-endpoint-blocked'), []);
  });

  test('a deleted endpoint is not judged; what its unknown subnets or missing groups would decide is not said', () => {
    const closedGroups = [securityGroup({ egress: [permission('-1', '10.0.1.0/24')] }), endpointGroup([])];
    assert.deepEqual(of(design({ groups: closedGroups, endpoint: { State: 'deleted' } }), 'sg-endpoint-blocked'), []);
    // Its subnets unknown: the egress towards it cannot be judged, its own group's ingress still can.
    const elsewhere = design({ groups: closedGroups, endpoint: { SubnetIds: ['subnet-0a1b2c3d4e5f60099'] } });
    assert.deepEqual(of(elsewhere, 'sg-endpoint-blocked').map((finding) => finding.messageId), ['interfaceIngress']);
    assert.deepEqual(of(elsewhere, 'nacl-endpoint-blocked'), []);
    const withoutEndpointGroup = design({ groups: [securityGroup({ egress: [permission('-1', '10.0.0.0/16')] })] });
    assert.deepEqual(of(withoutEndpointGroup, 'sg-endpoint-blocked'), []);
  });

  test('the verdict does not depend on the order of the documents', () => {
    const documents = [
      { name: 'a.json', text: JSON.stringify(networkAcl(vpcOnly)) },
      { name: 'b.json', text: JSON.stringify(routeTable([LOCAL, route('pl-61a54008', GATEWAY)])) },
      { name: 'c.json', text: JSON.stringify(vpcEndpoints([[GATEWAY, 'Gateway']])) },
      { name: 'd.json', text: JSON.stringify(lists) },
      { name: 'e.json', text: JSON.stringify(securityGroup()) },
    ];
    const forward = validate(documents).findings.map((finding) => `${finding.ruleId} ${finding.messageId}`).sort();
    const backward = validate([...documents].reverse()).findings.map((finding) => `${finding.ruleId} ${finding.messageId}`).sort();
    assert.deepEqual(backward, forward);
    assert.ok(forward.includes('nacl-endpoint-blocked gatewayRequest') && forward.includes('sg-endpoint-blocked gatewayEgress'));
  });
});
