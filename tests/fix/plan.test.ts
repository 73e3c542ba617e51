/** What the fixes choose, and when they give up, on small pastes built for each situation. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type Context, type Finding } from '../../validators/index.ts';
import { entry, LOCAL, networkAcl, ports, route, routeTable, subnets, SUBNET, SUBNET_2 } from '../../validators/rules/cases/builders.ts';
import { commandsOf, proveFix } from '../support/fix-proof.ts';

type Doc = { name: string; content: unknown };
const docs = (...documents: Doc[]) => documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 2) }));
const tables = (content: unknown): Doc => ({ name: 'route-tables.json', content });
const acls = (content: unknown): Doc => ({ name: 'network-acls.json', content });

/** The findings of a rule, each proven when it has a fix. */
function findings(documents: ReturnType<typeof docs>, ruleId: string, context?: Context): Finding[] {
  const report = validate(documents, context);
  const own = report.findings.filter((finding) => finding.ruleId === ruleId);
  for (const finding of own) if (finding.fix) assert.deepEqual(proveFix(documents, context, report, finding).problems, [], finding.message);
  return own;
}

describe('route fixes', () => {
  test('delete, with the route, an internet exit that would take over its addresses', () => {
    const paste = docs(tables(routeTable([LOCAL, route('0.0.0.0/1', 'igw-0a1b2c3d4e5f60008'), route('128.0.0.0/1', 'igw-0a1b2c3d4e5f60008'), route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')])));
    const [first] = findings(paste, 'rt-internet-route');
    assert.deepEqual(commandsOf(first), [
      'aws ec2 delete-route --route-table-id rtb-0a1b2c3d4e5f60003 --destination-cidr-block 0.0.0.0/1',
      'aws ec2 delete-route --route-table-id rtb-0a1b2c3d4e5f60003 --destination-cidr-block 0.0.0.0/0',
    ]);
    assert.match(first?.fix?.description ?? '', /and 0\.0\.0\.0\/0 → NAT gateway nat-0a1b2c3d4e5f60009, which would otherwise carry those addresses/);
  });

  test('give no fix when a next hop whose far side is unknown would take over the addresses', () => {
    const paste = docs(tables(routeTable([LOCAL, route('52.0.0.0/8', 'nat-0a1b2c3d4e5f60009'), route('0.0.0.0/0', 'tgw-0a1b2c3d4e5f60007')])));
    const own = findings(paste, 'rt-internet-route');
    assert.equal(own.length, 1);
    assert.equal(own[0]?.fix, undefined);
    // Known to lead nowhere, the transit gateway is no obstacle.
    assert.ok(findings(paste, 'rt-internet-route', { closedTargets: ['tgw-0a1b2c3d4e5f60007'] })[0]?.fix);
  });

  test('give no fix when a directory controller is reached through the route', () => {
    const paste = docs(tables(routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')])));
    assert.ok(findings(paste, 'rt-internet-route', { directoryControllers: ['10.0.10.10'] })[0]?.fix);
    assert.equal(findings(paste, 'rt-internet-route', { directoryControllers: ['192.168.10.10'] })[0]?.fix, undefined);
  });

  test('say when the table is also the table of a subnet that is not a WorkSpaces subnet', () => {
    const paste = docs(tables(routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')], { subnets: [SUBNET, SUBNET_2] })));
    const [alone] = findings(paste, 'rt-internet-route');
    assert.doesNotMatch(alone?.fix?.description ?? '', /also used by/);
    const [shared] = findings(paste, 'rt-internet-route', { workspacesSubnetIds: [SUBNET] });
    assert.match(shared?.fix?.description ?? '', new RegExp(`rtb-0a1b2c3d4e5f60003 is also used by ${SUBNET_2}, not a WorkSpaces subnet: it changes too\\.$`));
  });

  test('give no fix for a table pasted in two versions', () => {
    const a = routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009')]);
    const b = routeTable([LOCAL, route('0.0.0.0/0', 'nat-0a1b2c3d4e5f60009'), route('192.168.0.0/16', 'tgw-0a1b2c3d4e5f60007')]);
    const paste = docs(tables(a), { name: 'route-tables-later.json', content: b });
    const own = findings(paste, 'rt-internet-route');
    assert.ok(own.length > 0);
    assert.ok(own.every((finding) => !finding.fix));
  });
});

describe('network ACL fixes', () => {
  const local = tables(routeTable([LOCAL]));

  test('put a new allow entry on a free number right before the deny that blocks the directory', () => {
    const paste = docs(
      { name: 'subnets.json', content: subnets() },
      acls(networkAcl([entry(true, 100, '10.0.0.0/16', 'allow', '6', ports(443)), entry(true, 101, '10.0.0.0/16', 'allow', '17', ports(53)), entry(true, 103, '10.0.0.0/16', 'deny', '6', ports(1, 65535)), entry(true, 110, '10.0.0.0/16', 'allow')])),
      local,
    );
    const blocked = findings(paste, 'nacl-directory-blocked', { directoryControllers: ['10.0.10.10', '10.0.10.11'] });
    assert.deepEqual(
      commandsOf(blocked.find((finding) => finding.messageId === 'request')),
      [
        'aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 102 --protocol -1 --cidr-block 10.0.10.10/31 --rule-action allow',
      ],
    );
  });

  test('narrow an allow to the VPC, the internal ranges and the controllers it decides traffic for', () => {
    const paste = docs(acls(networkAcl([entry(true, 100, '0.0.0.0/0', 'allow')])), local);
    const [finding] = findings(paste, 'nacl-egress-public', { internalCidrs: ['192.168.0.0/16'], directoryControllers: ['172.16.0.10'] });
    assert.deepEqual(commandsOf(finding), [
      'aws ec2 replace-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 100 --protocol -1 --cidr-block 10.0.0.0/16 --rule-action allow',
      'aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 110 --protocol -1 --cidr-block 172.16.0.10/32 --rule-action allow',
      'aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 120 --protocol -1 --cidr-block 192.168.0.0/16 --rule-action allow',
    ]);
  });

  test('give no narrowing fix when the VPC’s own addresses are not in the inputs', () => {
    const [finding] = findings(docs(acls(networkAcl([entry(true, 100, '0.0.0.0/0', 'allow')]))), 'nacl-egress-public');
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
  });

  test('do not delete an allow that a later allow to public space makes redundant', () => {
    const paste = docs(acls(networkAcl([entry(true, 100, '10.0.0.0/16', 'allow'), entry(true, 200, '0.0.0.0/0', 'allow')])), local);
    const [redundant] = findings(paste, 'nacl-redundant-entry');
    assert.ok(redundant);
    assert.equal(redundant.fix, undefined);
  });
});
