/**
 * The pastes that used to get a false "closed" (or lost a table), each pinned: several VPCs,
 * groups that may be on the WorkSpaces, conflicting documents, single objects, partial pastes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Context, type InputDocument, type Report } from '../../validators/index.ts';

type Json = Record<string, unknown>;

const doc = (name: string, value: unknown): InputDocument => ({ name, text: JSON.stringify(value, null, 2) });
const route = (destination: string, target: Json): Json => ({ DestinationCidrBlock: destination, ...target, Origin: 'CreateRoute', State: 'active' });
const local = (cidr: string): Json => ({ DestinationCidrBlock: cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' });

function table(id: string, vpc: string, routes: Json[], options: { main?: boolean; subnets?: string[] } = {}): Json {
  return {
    RouteTableId: id,
    VpcId: vpc,
    Associations: [
      ...(options.main ? [{ Main: true, RouteTableId: id, RouteTableAssociationId: `rtbassoc-${id.slice(4)}`, AssociationState: { State: 'associated' } }] : []),
      ...(options.subnets ?? []).map((subnet, index) => ({ Main: false, RouteTableId: id, SubnetId: subnet, RouteTableAssociationId: `rtbassoc-${index}${id.slice(4)}` })),
    ],
    Routes: routes,
  };
}

function acl(id: string, vpc: string, subnets: string[], entries: Json[], isDefault = false): Json {
  return { NetworkAclId: id, VpcId: vpc, IsDefault: isDefault, Associations: subnets.map((subnet) => ({ NetworkAclId: id, SubnetId: subnet })), Entries: entries };
}

const allowAll = (egress: boolean): Json => ({ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 });
const denyAll = (egress: boolean): Json => ({ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 100 });

function group(id: string, vpc: string, name: string, egress: Json[]): Json {
  return { GroupId: id, GroupName: name, VpcId: vpc, IpPermissions: [], IpPermissionsEgress: egress };
}
const egressTo = (cidr: string): Json => ({ IpProtocol: '-1', IpRanges: [{ CidrIp: cidr }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] });

const WS = 'subnet-0a0000000000000a1';
const VPC_A = 'vpc-0a0000000000000a0';
const VPC_B = 'vpc-0b0000000000000b0';
const subnetsDoc = doc('subnets.json', { Subnets: [{ SubnetId: WS, VpcId: VPC_A, CidrBlock: '10.0.1.0/24' }] });

/**
 * Validates the documents as given, reversed, and renamed so that their names sort the other way
 * round: the engine reads documents sorted by name, so reversing the array alone would not show
 * that the verdict is independent of which version of a resource is read first.
 */
function check(documents: InputDocument[], context?: Context): Report {
  const forward = validate(documents, context);
  const backward = validate([...documents].reverse(), context);
  const renamed = validate(documents.map((document, index) => ({ ...document, name: `${String(documents.length - index).padStart(3, '0')}-${document.name}` })), context);
  assert.equal(backward.verdict, forward.verdict, 'the verdict does not depend on document order');
  assert.equal(renamed.verdict, forward.verdict, 'the verdict does not depend on which name sorts first');
  assert.ok(forward.proof.parts.length > 0, 'every verdict carries its proof');
  return forward;
}

const ruleIds = (report: Report) => new Set(report.findings.map((finding) => finding.ruleId));

describe('several VPCs in one paste', () => {
  const igwRoute = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('52.95.0.0/16', { GatewayId: 'igw-0a1' })], { subnets: [WS] })] });
  const wideOpen = [doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS], [allowAll(true), allowAll(false)], true)] }), subnetsDoc];

  test('another VPC with a public-range CIDR does not hide a route to the internet gateway', () => {
    assert.equal(check([igwRoute, ...wideOpen]).verdict, 'open');
    const vpcs = doc('vpcs.json', { Vpcs: [{ VpcId: VPC_A, CidrBlock: '10.0.0.0/16' }, { VpcId: VPC_B, CidrBlock: '52.95.0.0/16' }] });
    const report = check([igwRoute, vpcs, ...wideOpen]);
    assert.equal(report.verdict, 'open');
    assert.ok(ruleIds(report).has('input-vpcs'), 'the paste is said to span several VPCs');
    assert.deepEqual(report.proof.vpcs.map((vpc) => [vpc.id, vpc.workspaces]), [[VPC_A, true], [VPC_B, false]]);
  });

  test('another VPC’s local routes 0.0.0.0/1 and 128.0.0.0/1 do not hide a NAT default route', () => {
    const tables = doc('route-tables.json', {
      RouteTables: [
        table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] }),
        table('rtb-0b1', VPC_B, [local('0.0.0.0/1'), local('128.0.0.0/1')], { main: true }),
      ],
    });
    assert.equal(check([tables, ...wideOpen]).verdict, 'open');
  });

  test('two main route tables of two VPCs (the AWS CLI example) are both judged: the one with an internet gateway is open', () => {
    const tables = doc('route-tables.json', {
      RouteTables: [
        table('rtb-22574640', 'vpc-a01106c2', [local('10.0.0.0/16'), route('0.0.0.0/0', { GatewayId: 'igw-046d7204' })], { main: true }),
        table('rtb-1f382e7d', 'vpc-3ecc1a5c', [local('172.31.0.0/16')], { main: true }),
      ],
    });
    const report = check([tables]);
    assert.equal(report.verdict, 'open');
    const open = report.findings.find((finding) => finding.ruleId === 'path-internet-reachable');
    assert.ok(open, 'the open path is a finding');
    assert.equal(open.file, 'route-tables.json');
    assert.ok(open.line > 1, 'located at the route, not at line 1 of nowhere');
  });

  test('a subnet whose VPC cannot be told is unverified, never dropped', () => {
    const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { main: true }), table('rtb-0b1', VPC_B, [local('10.1.0.0/16')], { main: true })] });
    const report = check([tables], { workspacesSubnetIds: ['subnet-0unknown'] });
    assert.equal(report.verdict, 'unverified');
    assert.ok(report.findings.some((finding) => finding.ruleId === 'path-unverified' && finding.message.includes('which VPC')));
  });
});

describe('security groups that may be on the WorkSpaces', () => {
  const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] })] });
  const acls = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS], [allowAll(true), allowAll(false)], true)] });
  const groups = doc('security-groups.json', {
    SecurityGroups: [group('sg-0members', VPC_A, 'd-906_workspacesMembers', []), group('sg-0custom', VPC_A, 'corp-workspaces-custom', [egressTo('0.0.0.0/0')])],
  });

  test('a members group without egress next to a group that allows all egress is unverified, naming the group', () => {
    const report = check([tables, acls, groups, subnetsDoc]);
    assert.equal(report.verdict, 'unverified');
    const finding = report.findings.find((f) => f.ruleId === 'path-unverified' && f.message.includes('sg-0custom'));
    assert.ok(finding, 'the finding names the group that may open the path');
    assert.match(finding.message, /workspacesSecurityGroupIds/);
  });

  test('naming the groups in the context settles it', () => {
    assert.equal(check([tables, acls, groups, subnetsDoc], { workspacesSecurityGroupIds: ['sg-0members'] }).verdict, 'closed');
    assert.equal(check([tables, acls, groups, subnetsDoc], { workspacesSecurityGroupIds: ['sg-0members', 'sg-0custom'] }).verdict, 'open');
  });

  test('a group named in the context but not pasted may allow anything', () => {
    assert.equal(check([tables, acls, groups, subnetsDoc], { workspacesSecurityGroupIds: ['sg-0members', 'sg-0notpasted'] }).verdict, 'unverified');
  });
});

describe('conflicting documents', () => {
  const acls = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS], [allowAll(true), allowAll(false)], true)] });
  const closed = doc('monday.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { subnets: [WS] })] });
  const opened = doc('tuesday.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { GatewayId: 'igw-0a1' })], { subnets: [WS] })] });

  test('the same route table twice with different routes is open in either order, with a conflict at both places', () => {
    const report = check([closed, opened, acls, subnetsDoc]);
    assert.equal(report.verdict, 'open');
    const conflicts = report.findings.filter((finding) => finding.ruleId === 'input-conflict');
    assert.deepEqual(conflicts.map((finding) => finding.file).sort(), ['monday.json', 'tuesday.json']);
    assert.ok(conflicts.every((finding) => finding.severity === 'error'));
  });

  test('a subnet associated with two route tables is judged with both', () => {
    const tables = doc('route-tables.json', {
      RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { subnets: [WS] }), table('rtb-0a2', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] })],
    });
    const report = check([tables, acls, subnetsDoc]);
    assert.equal(report.verdict, 'open');
    assert.equal(report.findings.filter((finding) => finding.ruleId === 'input-conflict').length, 2);
  });

  test('a subnet associated with two network ACLs is judged with both', () => {
    const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] })] });
    const twoAcls = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS], [denyAll(true), denyAll(false)]), acl('acl-0a2', VPC_A, [WS], [allowAll(true), allowAll(false)])] });
    const report = check([tables, twoAcls, subnetsDoc]);
    assert.equal(report.verdict, 'open');
    assert.match(report.proof.parts[0]?.text ?? '', /2 candidate network ACLs/);
  });

  test('a subnet defined twice with different VPCs is unverified in every order, never judged by the first version', () => {
    const tables = doc('route-tables.json', {
      RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { main: true }), table('rtb-0b1', VPC_B, [local('10.1.0.0/16'), route('0.0.0.0/0', { GatewayId: 'igw-0b1' })], { main: true })],
    });
    const inA = doc('s1.json', { Subnets: [{ SubnetId: WS, VpcId: VPC_A, CidrBlock: '10.0.1.0/24' }] });
    const inB = doc('s2.json', { Subnets: [{ SubnetId: WS, VpcId: VPC_B, CidrBlock: '10.1.1.0/24' }] });
    for (const documents of [[tables, inA, inB], [tables, inB, inA], [tables, inA, { ...inB, name: 'a.json' }]]) {
      const report = check(documents, { workspacesSubnetIds: [WS] });
      assert.equal(report.verdict, 'unverified');
      assert.equal(report.findings.filter((finding) => finding.ruleId === 'input-conflict').length, 2);
      assert.ok(report.findings.some((finding) => finding.ruleId === 'path-unverified' && finding.message.includes('two versions of it name different VPCs')));
    }
  });

  test('an identical copy is a duplicate, not a conflict', () => {
    const report = check([closed, { ...closed, name: 'copy.json' }, acls, subnetsDoc]);
    assert.equal(report.verdict, 'closed');
    assert.deepEqual([...ruleIds(report)].filter((id) => id.startsWith('input-')), ['input-duplicate']);
  });
});

describe('subnets the inputs imply but do not list', () => {
  // The shape of the AWS CLI's own describe-route-tables example: a closed table for one subnet, and main tables whose subnets are not listed.
  const closedTable = table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { subnets: [WS] });
  const natMain = table('rtb-0a2', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { main: true });
  const igwMainElsewhere = table('rtb-0b1', VPC_B, [local('172.31.0.0/16'), route('0.0.0.0/0', { GatewayId: 'igw-0b1' })], { main: true });

  test('with no WorkSpaces subnet named, the subnets that use a main table implicitly are judged too, not only the associated one', () => {
    const report = check([doc('route-tables.json', { RouteTables: [closedTable, natMain, igwMainElsewhere] })]);
    assert.equal(report.verdict, 'open');
    const opened = report.proof.parts.filter((part) => part.verdict === 'open').flatMap((part) => part.subnetIds);
    assert.deepEqual([...new Set(opened)].sort(), ['subnets of rtb-0a2', 'subnets of rtb-0b1']);
  });

  test('once describe-subnets or describe-network-acls lists a VPC’s subnets, its main table is judged through them, with no stand-in', () => {
    const tables = doc('route-tables.json', { RouteTables: [closedTable, natMain] });
    const report = check([tables, subnetsDoc]);
    assert.equal(report.verdict, 'closed');
    assert.ok(report.proof.parts.every((part) => !part.subnetIds.some((id) => id.startsWith('subnets of'))));
    const acls = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS, 'subnet-0a0000000000000a2'], [allowAll(true), allowAll(false)], true)] });
    // The ACL lists a second subnet of the VPC, which uses the main table's NAT route.
    assert.equal(check([tables, acls]).verdict, 'open');
  });

  test('naming the WorkSpaces subnets settles it: other subnets are not judged', () => {
    assert.equal(check([doc('route-tables.json', { RouteTables: [closedTable, natMain, igwMainElsewhere] })], { workspacesSubnetIds: [WS] }).verdict, 'closed');
  });
});

describe('single resource objects are told by their whole shape', () => {
  const tables = { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] })] };
  const denyAcl = acl('acl-0a1', VPC_A, [WS], [denyAll(true), denyAll(false)], true);

  test('a network ACL pasted as one object (NetworkAcls[0], or create-network-acl) is an ACL, and its deny rules count', () => {
    for (const value of [denyAcl, { NetworkAcl: denyAcl }, [denyAcl], { NetworkAcls: [denyAcl] }]) {
      const report = check([doc('route-tables.json', tables), doc('acl.json', value), subnetsDoc]);
      assert.equal(report.verdict, 'closed', JSON.stringify(value).slice(0, 40));
      assert.deepEqual(report.analysed.documents.find((d) => d.name === 'acl.json')?.kinds, ['NetworkAcls']);
    }
  });

  const singles: [string, unknown, string][] = [
    ['route table', (tables.RouteTables as unknown[])[0], 'RouteTables'],
    ['security group', group('sg-0a1', VPC_A, 'app', []), 'SecurityGroups'],
    ['subnet', { SubnetId: WS, VpcId: VPC_A, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'ap-northeast-1a' }, 'Subnets'],
    ['VPC', { VpcId: VPC_A, CidrBlock: '10.0.0.0/16', CidrBlockAssociationSet: [] }, 'Vpcs'],
    ['prefix-list entry', { Cidr: '52.219.0.0/20', Description: 's3' }, 'PrefixListEntries'],
  ];
  for (const [name, value, kind] of singles) {
    test(`a ${name} is read as a single object, a bare array and the wrapped output`, () => {
      const forms: unknown[] = [value, [value], kind === 'PrefixListEntries' ? { PrefixListId: 'pl-0a1b2c3d', Entries: [value] } : { [kind]: [value] }];
      for (const form of forms) {
        const report = validate([doc('pl-0a1b2c3d.json', form)]);
        assert.deepEqual(report.analysed.documents[0]?.kinds, [kind], JSON.stringify(form).slice(0, 60));
        assert.ok(!report.findings.some((finding) => finding.ruleId === 'input-document'), 'no "not recognised" finding');
      }
    });
  }
});

describe('partial pastes are said, not assumed', () => {
  const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS, 'subnet-0other'] })] });
  const subnets = doc('subnets.json', { Subnets: [{ SubnetId: WS, VpcId: VPC_A, CidrBlock: '10.0.1.0/24' }, { SubnetId: 'subnet-0other', VpcId: VPC_A, CidrBlock: '10.0.2.0/24' }] });

  test('a WorkSpaces subnet missing from every association of the given ACLs is unverified, with a finding', () => {
    const filtered = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, ['subnet-0other'], [denyAll(true), denyAll(false)], true)] });
    const report = check([tables, filtered, subnets], { workspacesSubnetIds: [WS] });
    assert.equal(report.verdict, 'unverified');
    const partial = report.findings.find((finding) => finding.ruleId === 'input-partial');
    assert.ok(partial);
    assert.equal(partial.file, 'subnets.json');
  });

  test('a subnet absent from a given describe-subnets is said', () => {
    const onlyOne = doc('subnets.json', { Subnets: [{ SubnetId: WS, VpcId: VPC_A, CidrBlock: '10.0.1.0/24' }] });
    const report = check([tables, onlyOne]);
    assert.ok(report.findings.some((finding) => finding.ruleId === 'input-partial' && finding.message.includes('subnet-0other')));
  });
});

describe('the proof', () => {
  test('a closed verdict is a readable argument per subnet, direction and family', () => {
    const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16')], { subnets: [WS] })] });
    const report = check([tables, subnetsDoc]);
    assert.equal(report.verdict, 'closed');
    const texts = report.proof.parts.map((part) => `${part.direction} ${part.family}: ${part.text}`);
    assert.equal(texts.length, 4);
    assert.match(texts[0] ?? '', /IPv4 egress from subnet-0a0000000000000a1 \(vpc-0a0000000000000a0\): every public IPv4 address → no route in rtb-0a1: dropped at the route table → closed\./);
    assert.match(texts[2] ?? '', /has no IPv6 CIDR/);
    const step = report.proof.parts[0]?.branches[0]?.steps[0];
    assert.equal(step?.file, 'route-tables.json');
    assert.ok((step?.line ?? 0) > 1);
  });

  test('an open part names the route, the ACL entry and the group rule that let it through', () => {
    const tables = doc('route-tables.json', { RouteTables: [table('rtb-0a1', VPC_A, [local('10.0.0.0/16'), route('0.0.0.0/0', { NatGatewayId: 'nat-0a1' })], { subnets: [WS] })] });
    const acls = doc('network-acls.json', { NetworkAcls: [acl('acl-0a1', VPC_A, [WS], [allowAll(true), allowAll(false)], true)] });
    const groups = doc('security-groups.json', { SecurityGroups: [group('sg-0a1', VPC_A, 'd-1_workspacesMembers', [egressTo('0.0.0.0/0')])] });
    const report = check([tables, acls, groups, subnetsDoc]);
    const branch = report.proof.parts.find((part) => part.verdict === 'open')?.branches.find((b) => b.outcome === 'open');
    assert.deepEqual(branch?.steps.map((step) => [step.layer, step.effect]), [['route', 'allow'], ['nacl', 'allow'], ['security-group', 'allow']]);
    assert.deepEqual(branch?.target, { kind: 'nat-gateway', id: 'nat-0a1' });
  });
});
