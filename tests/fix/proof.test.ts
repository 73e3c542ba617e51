/** The proof the fix tests rely on catches a fix that does not fix, breaks something or opens a path. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validate } from '../../validators/index.ts';
import { documentText, RULE_CASES } from '../../validators/rules/cases/index.ts';
import { operationsOf, proveFix, subjectOf } from '../support/fix-proof.ts';

// A default route to a NAT gateway, an ACL whose rule 100 lets TCP 443 out to anywhere; controllers in the VPC.
const example = RULE_CASES['path-internet-reachable']?.invalid[1];
assert.ok(example);
const documents = example.documents.map((document) => ({ name: document.name, text: documentText(document) }));
const context = { directoryControllers: ['10.0.10.10'] };
const before = validate(documents, context);
const finding = before.findings.find((candidate) => candidate.ruleId === 'path-internet-reachable');
assert.ok(finding);

const problemsOf = (commands: string) => proveFix(documents, context, before, finding, operationsOf(commands)).problems;

test('the engine’s own fix passes the proof', () => {
  assert.deepEqual(proveFix(documents, context, before, finding).problems, []);
});

test('a fix that leaves the finding is caught', () => {
  const problems = problemsOf('aws ec2 delete-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 200');
  assert.ok(problems.some((problem) => problem.startsWith('the finding is still there')), problems.join('\n'));
});

test('a fix that cuts the directory flows is caught, though it removes the finding', () => {
  const problems = problemsOf('aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 50 --protocol -1 --cidr-block 0.0.0.0/0 --rule-action deny');
  assert.ok(!problems.some((problem) => problem.startsWith('the finding is still there')), problems.join('\n'));
  assert.ok(problems.some((problem) => problem.startsWith('a new error') && problem.includes('10.0.10.10')), problems.join('\n'));
});

test('a fix that makes the verdict worse is caught', () => {
  const closed = RULE_CASES['path-internet-reachable']?.valid[1];
  assert.ok(closed);
  const closedDocuments = closed.documents.map((document) => ({ name: document.name, text: documentText(document) }));
  const closedBefore = validate(closedDocuments, closed.context);
  assert.equal(closedBefore.verdict, 'closed');
  const anyFinding = closedBefore.findings[0];
  assert.ok(anyFinding);
  const { problems } = proveFix(closedDocuments, closed.context, closedBefore, anyFinding, operationsOf('aws ec2 replace-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 100 --protocol -1 --cidr-block 0.0.0.0/0 --rule-action allow'));
  assert.ok(problems.some((problem) => problem.startsWith('the verdict got worse')), problems.join('\n'));
});

test('a command AWS would refuse is caught', () => {
  const problems = problemsOf('aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 100 --protocol -1 --cidr-block 10.0.0.0/16 --rule-action allow');
  assert.ok(problems.some((problem) => problem.includes('NetworkAclEntryAlreadyExists')), problems.join('\n'));
});

test('findings are matched by what they point at, not by array index', () => {
  const route = before.findings.find((candidate) => candidate.ruleId === 'rt-internet-route');
  assert.ok(route);
  assert.equal(subjectOf(documents, route), 'route-tables.json/RouteTables/id:rtb-0a1b2c3d4e5f60003/Routes/route:0.0.0.0/0/DestinationCidrBlock');
  assert.equal(subjectOf(documents, finding), 'RouteTables/id:rtb-0a1b2c3d4e5f60003/Routes/target:nat-0a1b2c3d4e5f60009');
});
