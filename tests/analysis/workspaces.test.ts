/**
 * What the WorkSpaces documents decide: the context they fill (with where each value came from,
 * typed values winning field by field) and which security groups are on the WorkSpaces of each
 * subnet (the directory's, each interface's set, several directories). Every verdict is checked
 * with the documents read in both orders.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Context, type Report } from '../../validators/index.ts';
import {
  CUSTOM_GROUP,
  DIRECTORY,
  entry,
  GROUP,
  LOCAL,
  networkAcl,
  networkInterfaces,
  permission,
  route,
  routeTable,
  securityGroup,
  SUBNET,
  SUBNET_2,
  subnets,
  workspaceDirectory,
  workspaceList,
} from '../../validators/rules/cases/builders.ts';

type Doc = { name: string; content: unknown };

/** Validates the documents read in one order, then in the other (the engine reads them by name). */
function inBothOrders(documents: Doc[], context?: Context): Report {
  const named = (order: Doc[]) => order.map((doc, index) => ({ name: `${index}-${doc.name}`, text: JSON.stringify(doc.content, null, 2) }));
  const forward = validate(named(documents), context);
  const backward = validate(named([...documents].reverse()), context);
  assert.equal(backward.verdict, forward.verdict, 'the verdict depends on the order of the documents');
  const rules = (report: Report) => report.findings.map((finding) => `${finding.ruleId}/${finding.messageId}`).sort();
  assert.deepEqual(rules(backward), rules(forward));
  return forward;
}

const OPEN_ACL = networkAcl([entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow')], { subnets: [SUBNET, SUBNET_2] });
const NAT_TABLE = routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')], { subnets: [SUBNET, SUBNET_2] });
const SUBNETS = subnets([
  [SUBNET, '10.0.1.0/24'],
  [SUBNET_2, '10.0.2.0/24'],
]);
/** The members group sends only to the VPC. */
const MEMBERS = (securityGroup().SecurityGroups as object[])[0] as object;
/** A group that sends anywhere. */
const groupSendingAnywhere = (id: string, name: string) => (securityGroup({ id, name, egress: [permission('-1', '0.0.0.0/0')] }).SecurityGroups as object[])[0] as object;
const OLD_GROUP = 'sg-0a1b2c3d4e5f6000f';
const groups = (...list: object[]) => ({ SecurityGroups: list });

const baseDocs = (sgs: object): Doc[] => [
  { name: 'route-tables.json', content: NAT_TABLE },
  { name: 'network-acls.json', content: OPEN_ACL },
  { name: 'subnets.json', content: SUBNETS },
  { name: 'security-groups.json', content: sgs },
];

describe('the context read from the documents', () => {
  test('the directory fills the WorkSpaces subnets and controllers, each value with its document, path and line', () => {
    const report = validate([{ name: 'dirs.json', text: JSON.stringify(workspaceDirectory({ subnets: [SUBNET] }), null, 2) }]);
    assert.deepEqual(report.analysed.context.workspacesSubnetIds, {
      source: 'documents',
      values: [{ value: SUBNET, file: 'dirs.json', path: ['Directories', 0, 'SubnetIds', 0], line: 8, column: 9 }],
    });
    assert.deepEqual(report.analysed.context.directoryControllers?.values.map((value) => [value.value, value.line]), [
      ['10.0.10.10', 11],
      ['10.0.10.11', 12],
    ]);
    assert.deepEqual(report.analysed.context.workspacesSecurityGroupIds?.values.map((value) => value.value), [GROUP]);
    assert.deepEqual(report.analysed.workspacesSubnetIds, [SUBNET]);
  });

  test('a typed field overrides the documents, field by field', () => {
    const documents = [{ name: 'dirs.json', text: JSON.stringify(workspaceDirectory(), null, 2) }];
    const report = validate(documents, { workspacesSubnetIds: [SUBNET_2], region: 'ap-northeast-1' });
    assert.deepEqual(report.analysed.context.workspacesSubnetIds, { source: 'typed', values: [{ value: SUBNET_2 }] });
    assert.equal(report.analysed.context.directoryControllers?.source, 'documents');
    assert.deepEqual(report.analysed.context.region, { source: 'typed', values: [{ value: 'ap-northeast-1' }] });
    assert.deepEqual(report.analysed.workspacesSubnetIds, [SUBNET_2]);
    const typedControllers = validate(documents, { directoryControllers: ['10.0.3.10'] });
    assert.deepEqual(typedControllers.analysed.context.directoryControllers, { source: 'typed', values: [{ value: '10.0.3.10' }] });
    assert.equal(typedControllers.analysed.context.workspacesSubnetIds?.source, 'documents');
  });

  test('a field left at its default is not listed, and a report without WorkSpaces documents lists only what was typed', () => {
    const report = validate([{ name: 'rt.json', text: JSON.stringify(NAT_TABLE) }], { bundle: 'byol' });
    assert.deepEqual(Object.keys(report.analysed.context), ['bundle']);
  });

  test('a WorkSpace left outside its directory’s subnets is judged as a WorkSpaces subnet too', () => {
    const report = inBothOrders([
      { name: 'dirs.json', content: workspaceDirectory({ subnets: [SUBNET] }) },
      { name: 'workspaces.json', content: workspaceList([['ws-0a1b2c3d4', SUBNET_2, '10.0.2.40']]) },
      ...baseDocs(groups(MEMBERS)),
    ]);
    assert.deepEqual(report.analysed.workspacesSubnetIds, [SUBNET, SUBNET_2]);
    assert.ok(report.findings.some((finding) => finding.ruleId === 'ws-workspace-subnet'));
  });

  test('each directory’s controllers are checked from its own subnets only', () => {
    // d-1 in SUBNET has its controllers on premises with no route; d-2 in SUBNET_2 has them in the VPC.
    const other = { Directories: [{ DirectoryId: 'd-90670a1b2d', SubnetIds: [SUBNET_2], DnsIpAddresses: ['10.0.10.20'], WorkspaceSecurityGroupId: GROUP, DirectoryType: 'SIMPLE_AD' }] };
    const onPremises = { Directories: [{ DirectoryId: DIRECTORY, SubnetIds: [SUBNET], DnsIpAddresses: ['192.168.10.10'], WorkspaceSecurityGroupId: GROUP, DirectoryType: 'AD_CONNECTOR' }] };
    const report = inBothOrders([
      { name: 'dirs-1.json', content: onPremises },
      { name: 'dirs-2.json', content: other },
      { name: 'route-tables.json', content: routeTable([LOCAL], { subnets: [SUBNET, SUBNET_2] }) },
      { name: 'subnets.json', content: SUBNETS },
    ]);
    const noRoute = report.findings.filter((finding) => finding.ruleId === 'dir-no-route');
    assert.equal(noRoute.length, 1, JSON.stringify(noRoute.map((finding) => finding.message)));
    assert.match(noRoute[0]?.message ?? '', /192\.168\.10\.10/);
    assert.doesNotMatch(noRoute[0]?.message ?? '', new RegExp(SUBNET_2));
  });
});

describe('which groups are on the WorkSpaces', () => {
  const custom = groupSendingAnywhere(CUSTOM_GROUP, 'workspaces-custom');

  test('without the directory a group that may be the custom group leaves the verdict unverified; with it, both groups are on the WorkSpaces and the path is open', () => {
    const without = inBothOrders(baseDocs(groups(MEMBERS, custom)));
    assert.equal(without.verdict, 'unverified');
    assert.ok(without.findings.some((finding) => finding.ruleId === 'path-unverified' && finding.messageId === 'security-group-possible'));
    const withDirectory = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'dirs.json', content: workspaceDirectory({ custom: CUSTOM_GROUP }) }]);
    assert.equal(withDirectory.verdict, 'open');
    assert.deepEqual(withDirectory.analysed.workspacesSecurityGroupIds, [GROUP, CUSTOM_GROUP]);
  });

  test('with the directory, another group of the VPC that it does not name is not on the WorkSpaces: closed', () => {
    const report = inBothOrders([...baseDocs(groups(MEMBERS, groupSendingAnywhere(OLD_GROUP, 'app-servers'))), { name: 'dirs.json', content: workspaceDirectory() }]);
    assert.equal(report.verdict, 'closed');
    assert.ok(report.proof.assumptions.some((assumption) => assumption.text.includes(`carry ${GROUP} (WorkspaceSecurityGroupId)`)));
  });

  test('a group the directory names but the inputs lack leaves the verdict unverified and says what to paste', () => {
    const report = inBothOrders([...baseDocs(groups(MEMBERS)), { name: 'dirs.json', content: workspaceDirectory({ custom: CUSTOM_GROUP }) }]);
    assert.equal(report.verdict, 'unverified');
    const missing = report.findings.find((finding) => finding.ruleId === 'ws-group-missing');
    assert.match(missing?.message ?? '', new RegExp(`describe-security-groups --group-ids ${CUSTOM_GROUP}`));
    const step = report.proof.parts.flatMap((part) => part.branches.flatMap((branch) => branch.steps)).find((candidate) => candidate.text.includes(CUSTOM_GROUP));
    assert.match(step?.text ?? '', new RegExp(`named by directory ${DIRECTORY}`));
  });

  test('a directory that does not print its group leaves its subnets to the choice made without it, never to no group at all', () => {
    const directory = workspaceDirectory();
    const entryOf = (directory.Directories as Record<string, unknown>[])[0] as Record<string, unknown>;
    delete entryOf.WorkspaceSecurityGroupId;
    const report = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'dirs.json', content: directory }]);
    assert.equal(report.verdict, 'unverified');
  });

  test('interfaces with different sets of groups are each weighed: open if one set opens, closed only if every set closes', () => {
    const interfaces = (second: string[]) =>
      networkInterfaces([
        ['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP]],
        ['eni-0a1b2c3d4e5f60011', SUBNET, '10.0.1.26', second],
      ]);
    const docs = (second: string[]): Doc[] => [...baseDocs(groups(MEMBERS, groupSendingAnywhere(OLD_GROUP, 'workspaces-custom-2024'))), { name: 'enis.json', content: interfaces(second) }];
    // Only SUBNET holds WorkSpaces: SUBNET_2 would be judged with the groups chosen without documents.
    const context = { workspacesSubnetIds: [SUBNET] };
    assert.equal(inBothOrders(docs([GROUP, OLD_GROUP]), context).verdict, 'open');
    assert.equal(inBothOrders(docs([GROUP]), context).verdict, 'closed');
  });

  test('interfaces are told from others by the WorkSpaces’ addresses: an endpoint’s interface with an open group in the same subnet is not a WorkSpace’s', () => {
    const endpoint = {
      Description: 'VPC Endpoint Interface vpce-0a1b2c3d4e5f60012',
      Groups: [{ GroupId: OLD_GROUP }],
      InterfaceType: 'vpc_endpoint',
      NetworkInterfaceId: 'eni-0a1b2c3d4e5f60013',
      PrivateIpAddress: '10.0.1.99',
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.0.1.99' }],
      RequesterManaged: true,
      SubnetId: SUBNET,
      VpcId: 'vpc-0a1b2c3d4e5f60000',
    };
    const workspaceEni = { ...((networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP]]]).NetworkInterfaces as object[])[0] as object), Description: '' };
    const report = inBothOrders([
      ...baseDocs(groups(MEMBERS, groupSendingAnywhere(OLD_GROUP, 'endpoints'))),
      { name: 'workspaces.json', content: workspaceList([['ws-0a1b2c3d4', SUBNET, '10.0.1.25']]) },
      { name: 'enis.json', content: { NetworkInterfaces: [workspaceEni, endpoint] } },
    ], { workspacesSubnetIds: [SUBNET] });
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(report.analysed.workspacesSecurityGroupIds, [GROUP]);
  });

  test('with interfaces and the directory, the directory’s set is weighed too: it is what the next WorkSpace gets', () => {
    const report = inBothOrders([
      ...baseDocs(groups(MEMBERS, custom)),
      { name: 'dirs.json', content: workspaceDirectory({ custom: CUSTOM_GROUP }) },
      { name: 'enis.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', [GROUP]]]) },
    ]);
    assert.equal(report.verdict, 'open');
  });

  test('an interface whose groups are not printed says nothing about them', () => {
    const report = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'enis.json', content: networkInterfaces([['eni-0a1b2c3d4e5f60010', SUBNET, '10.0.1.25', []]]) }], { workspacesSubnetIds: [SUBNET] });
    assert.equal(report.verdict, 'unverified');
  });

  test('with several directories each one’s groups apply to its own subnets, and a shared subnet is judged with both sets', () => {
    const dir = (id: string, subnetIds: string[], customId?: string) => ({ DirectoryId: id, SubnetIds: subnetIds, DnsIpAddresses: [], WorkspaceSecurityGroupId: GROUP, DirectoryType: 'SIMPLE_AD', WorkspaceCreationProperties: customId ? { CustomSecurityGroupId: customId } : {} });
    const separate = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'dirs.json', content: { Directories: [dir(DIRECTORY, [SUBNET]), dir('d-90670a1b2d', [SUBNET_2], CUSTOM_GROUP)] } }]);
    assert.equal(separate.verdict, 'open');
    const opened = separate.findings.filter((finding) => finding.ruleId === 'path-internet-reachable').map((finding) => finding.message).join('\n');
    assert.match(opened, new RegExp(SUBNET_2));
    assert.doesNotMatch(opened, new RegExp(`${SUBNET}(?!\\d)`));
    const closedOne = separate.proof.parts.filter((part) => part.subnetIds.includes(SUBNET) && part.direction === 'egress' && part.family === 4);
    assert.deepEqual(closedOne.map((part) => part.verdict), ['closed']);
    const shared = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'dirs.json', content: { Directories: [dir(DIRECTORY, [SUBNET]), dir('d-90670a1b2d', [SUBNET], CUSTOM_GROUP)] } }]);
    assert.equal(shared.verdict, 'open');
  });

  test('typed groups override what the directory and the interfaces say', () => {
    const report = inBothOrders([...baseDocs(groups(MEMBERS, custom)), { name: 'dirs.json', content: workspaceDirectory({ custom: CUSTOM_GROUP }) }], { workspacesSecurityGroupIds: [GROUP] });
    assert.equal(report.verdict, 'closed');
    assert.equal(report.findings.filter((finding) => finding.ruleId === 'ws-group-missing').length, 0);
  });
});
