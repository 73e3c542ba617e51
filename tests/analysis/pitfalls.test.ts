/**
 * One test per pitfall of design.md §4 (and facts.md "tricky cases"): the places where common
 * scanners get closed-VPC semantics wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Context, type Report } from '../../validators/index.ts';
import { entry, LOCAL, networkAcl, permission, ports, route, routeTable, securityGroup, SUBNET, subnets, vpcEndpoints } from '../../validators/rules/cases/builders.ts';

type Json = Record<string, unknown>;
const run = (documents: Record<string, Json>, context?: Context): Report =>
  validate(Object.entries(documents).map(([name, content]) => ({ name, text: JSON.stringify(content, null, 2) })), context);
const ids = (report: Report) => report.findings.map((finding) => finding.ruleId);
const openAll = networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow'), entry(true, 101, '::/0', 'allow'), entry(false, 101, '::/0', 'allow')], { ipv6: true });
const egressAll = securityGroup({ egress: [permission('-1', '0.0.0.0/0'), permission('-1', '::/0')] });
const natDefault = routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1')]);

describe('network ACL semantics', () => {
  test('IPv4 entries never match IPv6 traffic', () => {
    const report = run({ rt: routeTable([LOCAL, route('::/0', 'eigw-0a1')]), acl: networkAcl([entry(true, 100, '0.0.0.0/0', 'allow')], { ipv6: true }), sg: egressAll });
    assert.equal(report.verdict, 'closed', 'the IPv4 allow does not open the IPv6 default route');
  });

  test('entries apply in rule-number order, not in the order the CLI prints them', () => {
    const acl = networkAcl([entry(true, 200, '0.0.0.0/0', 'allow'), entry(true, 100, '0.0.0.0/0', 'deny')]);
    assert.equal(run({ rt: natDefault, acl, sg: egressAll }).verdict, 'closed');
  });

  test('a deny rule before an allow counts; the same deny after it does not', () => {
    const before = networkAcl([entry(true, 90, '0.0.0.0/0', 'deny'), entry(true, 100, '0.0.0.0/0', 'allow')]);
    const after = networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(true, 110, '0.0.0.0/0', 'deny')]);
    assert.equal(run({ rt: natDefault, acl: before, sg: egressAll }).verdict, 'closed');
    assert.equal(run({ rt: natDefault, acl: after, sg: egressAll }).verdict, 'open');
  });

  test('the default * rules are never reported as shadowed, and an entry shadowed by them is', () => {
    const report = run({ acl: networkAcl([entry(true, 100, '0.0.0.0/0', 'deny'), entry(true, 110, '10.0.0.0/16', 'allow')]) });
    const shadowed = report.findings.filter((finding) => finding.ruleId === 'nacl-shadowed-entry');
    assert.equal(shadowed.length, 1);
    assert.deepEqual(shadowed[0]?.path, ['NetworkAcls', 0, 'Entries', 1, 'RuleNumber']);
  });

  test('protocol -1 and protocols other than TCP, UDP, ICMP, ICMPv6 ignore the port range given', () => {
    const gre = networkAcl([entry(true, 100, '0.0.0.0/0', 'allow', '47', ports(443))]);
    const report = run({ rt: natDefault, acl: gre, sg: egressAll });
    assert.equal(report.verdict, 'open');
    const evidence = report.findings.find((finding) => finding.ruleId === 'path-internet-reachable')?.evidence;
    assert.equal(evidence?.packet?.protocol, 47);
    assert.ok(ids(report).includes('nacl-ignored-ports'));
  });

  test('ICMP entries use type and code, with -1 meaning all', () => {
    const echoOnly = networkAcl([entry(true, 100, '0.0.0.0/0', 'allow', '1', { IcmpTypeCode: { Type: 8, Code: -1 } })]);
    const report = run({ rt: natDefault, acl: echoOnly, sg: egressAll });
    const packet = report.findings.find((finding) => finding.ruleId === 'path-internet-reachable')?.evidence?.packet;
    assert.equal(packet?.protocol, 1);
    assert.equal(packet?.icmpType, 8);
  });

  test('stateless: a request allowed out still needs its reply allowed back (directory flows)', () => {
    const acl = networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(false, 100, '10.0.0.0/16', 'allow', '6', ports(0, 1023))]);
    const report = run({ subnets: subnets([[SUBNET, '10.0.1.0/24']]), acl }, { directoryControllers: ['10.0.10.10'] });
    assert.ok(ids(report).includes('nacl-return-blocked'));
    assert.ok(!ids(report).includes('nacl-directory-blocked'));
  });

  test('traffic inside one subnet is not filtered by its network ACL', () => {
    const denyAll = networkAcl([]);
    const report = run({ subnets: subnets([[SUBNET, '10.0.1.0/24']]), acl: denyAll }, { directoryControllers: ['10.0.1.10'] });
    assert.ok(!ids(report).some((id) => id.startsWith('nacl-directory') || id.startsWith('nacl-return')));
  });

  test('link-local services are never required through the VPC (no finding asks for 169.254.169.x)', () => {
    const report = run({ rt: routeTable([LOCAL]), acl: networkAcl([]), sg: securityGroup({ egress: [] }) });
    assert.equal(report.verdict, 'closed');
    assert.ok(report.findings.every((finding) => !finding.message.includes('169.254.169')));
  });
});

describe('route semantics', () => {
  test('a subnet without an explicit association uses the main table', () => {
    const report = run({ subnets: subnets(), rt: routeTable([LOCAL, route('0.0.0.0/0', 'igw-0a1')], { main: true }), acl: openAll, sg: egressAll });
    assert.equal(report.verdict, 'open');
    assert.ok(ids(report).includes('rt-main-table-implicit'));
  });

  test('longest prefix wins: a /8 to the VPN inside a default route to the NAT gateway stays private', () => {
    const report = run({ rt: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1'), route('52.0.0.0/8', 'nat-0a1')]), acl: openAll, sg: egressAll });
    const open = report.findings.find((finding) => finding.ruleId === 'path-internet-reachable');
    assert.match(open?.evidence?.packet?.remote ?? '', /^52\./, 'only the 52/8 part reaches the NAT gateway');
  });

  test('a blackhole route forwards nothing but is reported as dormant', () => {
    const report = run({ rt: routeTable([LOCAL, route('0.0.0.0/0', 'igw-0a1', { State: 'blackhole' })]), acl: openAll, sg: egressAll });
    assert.equal(report.verdict, 'closed');
    assert.ok(ids(report).includes('rt-blackhole-internet'));
  });

  test('a prefix-list route to a gateway endpoint reaches the AWS service privately; to a vpce- of untold type it is unverified', () => {
    const rt = routeTable([LOCAL, route('pl-61a54008', 'vpce-0a1')]);
    assert.equal(run({ rt, endpoints: vpcEndpoints([['vpce-0a1', 'Gateway']]), acl: openAll, sg: egressAll }).verdict, 'closed');
    assert.equal(run({ rt, acl: openAll, sg: egressAll }).verdict, 'unverified');
  });

  test('a prefix-list route with known entries wins over a shorter static route, and loses a tie to an equal one', () => {
    const list = { PrefixListId: 'pl-0abc00000000000001', Entries: [{ Cidr: '8.8.8.0/24' }, { Cidr: '9.9.9.0/24' }] };
    const report = run({ rt: routeTable([LOCAL, route('pl-0abc00000000000001', 'igw-0a1'), route('9.9.9.0/24', 'tgw-0a1')]), list, acl: openAll, sg: egressAll }, { closedTargets: ['tgw-0a1'] });
    const remotes = report.findings.filter((finding) => finding.ruleId === 'path-internet-reachable').map((finding) => finding.evidence?.packet?.remote);
    assert.deepEqual(remotes, ['8.8.8.1']);
  });

  test('a prefix-list route whose entries are not given makes the verdict unverified, not closed', () => {
    const report = run({ rt: routeTable([LOCAL, route('pl-0abc00000000000001', 'igw-0a1')]), acl: openAll, sg: egressAll });
    assert.equal(report.verdict, 'unverified');
  });

  test('split routes 0.0.0.0/1 + 128.0.0.0/1 are a default route', () => {
    const report = run({ rt: routeTable([LOCAL, route('0.0.0.0/1', 'igw-0a1'), route('128.0.0.0/1', 'igw-0a1')]) });
    assert.equal(report.findings.filter((finding) => finding.ruleId === 'rt-internet-route' && /default route split/.test(finding.message)).length, 2);
  });

  test('a partial range such as 52.0.0.0/8 to an internet gateway is a partial internet route', () => {
    const report = run({ rt: routeTable([LOCAL, route('52.0.0.0/8', 'igw-0a1')]) });
    assert.match(report.findings.find((finding) => finding.ruleId === 'rt-internet-route')?.message ?? '', /public IPv4 addresses in 52\.0\.0\.0\/8/);
  });

  test('an egress-only internet gateway is an exit for IPv6 only, and a NAT gateway lets no unsolicited packet in', () => {
    const report = run({ rt: routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1'), route('::/0', 'eigw-0a1')]), acl: openAll, sg: securityGroup({ ingress: [permission('-1', '0.0.0.0/0'), permission('-1', '::/0')], egress: [] }) });
    assert.equal(report.verdict, 'closed', 'ingress is open in the SG and ACL, but neither gateway admits new inbound packets');
  });

  test('unknown next hops are unverified until declared closed or internal', () => {
    const base = { rt: routeTable([LOCAL, route('0.0.0.0/0', 'tgw-0a1')]), acl: openAll, sg: egressAll };
    assert.equal(run(base).verdict, 'unverified');
    assert.equal(run(base, { closedTargets: ['tgw-0a1'] }).verdict, 'closed');
  });

  test('propagated routes lose a tie to a static route with the same prefix', () => {
    const report = run({ rt: routeTable([LOCAL, route('0.0.0.0/0', 'vgw-0a1', { Origin: 'EnableVgwRoutePropagation' }), route('0.0.0.0/0', 'tgw-0a1')]), acl: openAll, sg: egressAll }, { closedTargets: ['tgw-0a1'] });
    assert.equal(report.verdict, 'closed');
  });
});

describe('security group semantics', () => {
  test('a union of allows: a narrow rule does not restrict a broad one', () => {
    const group = securityGroup({ egress: [permission('tcp', '10.0.0.0/16', [443, 443]), permission('-1', '0.0.0.0/0')] });
    assert.equal(run({ rt: natDefault, acl: openAll, sg: group }).verdict, 'open');
  });

  test('IpProtocol may be a name or a number', () => {
    const byNumber = securityGroup({ egress: [permission('6', '0.0.0.0/0', [443, 443])] });
    const byName = securityGroup({ egress: [permission('tcp', '0.0.0.0/0', [443, 443])] });
    assert.equal(run({ rt: natDefault, acl: openAll, sg: byNumber }).verdict, 'open');
    assert.equal(run({ rt: natDefault, acl: openAll, sg: byName }).verdict, 'open');
  });

  test('a rule referencing a security group matches members, never public addresses', () => {
    const group = securityGroup({ egress: [{ IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: 'sg-0other' }] }] });
    assert.equal(run({ rt: natDefault, acl: openAll, sg: group }).verdict, 'closed');
  });

  test('a missing security group is taken at its default (egress allows all) for an open verdict', () => {
    assert.equal(run({ rt: natDefault, acl: openAll }).verdict, 'open');
  });
});

describe('public space', () => {
  test('excludes the special-purpose registries: routing 100.64.0.0/10 to a NAT gateway is not an internet route', () => {
    const report = run({ rt: routeTable([LOCAL, route('100.64.0.0/10', 'nat-0a1'), route('192.168.0.0/16', 'igw-0a1')]) });
    assert.ok(!ids(report).includes('rt-internet-route'));
  });

  test('keeps globally reachable special-purpose blocks (AS112) as public', () => {
    const report = run({ rt: routeTable([LOCAL, route('192.31.196.0/24', 'igw-0a1')]) });
    assert.ok(ids(report).includes('rt-internet-route'));
  });

  test('excludes the internalCidrs of the context', () => {
    const rt = routeTable([LOCAL, route('203.0.112.0/24', 'tgw-0a1')]);
    assert.ok(ids(run({ rt })).includes('rt-unknown-next-hop'));
    assert.ok(!ids(run({ rt }, { internalCidrs: ['203.0.112.0/24'] })).includes('rt-unknown-next-hop'));
  });
});
