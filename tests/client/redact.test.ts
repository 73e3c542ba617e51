import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { redactState } from '../../src/client/redact.ts';
import type { WorkbenchState } from '../../src/client/share-state.ts';
import { validate } from '../../validators/index.ts';
import { inputKind, isDocumentKind } from '../../validators/input/kinds/index.ts';

interface SampleIndex {
  samples: { id: string; documents: { name: string; path: string }[]; context: WorkbenchState['context'] }[];
}

const index = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as SampleIndex;

function sampleState(id: string): WorkbenchState {
  const sample = index.samples.find((candidate) => candidate.id === id);
  assert.ok(sample, `sample ${id}`);
  return {
    documents: sample.documents.map((document) => ({ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') })),
    context: sample.context,
  };
}

/** Every string in a JSON value (keys excluded), found by walking it: independent of the redaction regex. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** Values in AWS output that identify an account or a resource. */
const isIdentifier = (text: string) => /^\d{12}$/.test(text) || /^[a-z]+(?:-[a-z0-9]+)*-[0-9a-f]{8,17}$/.test(text);

describe('redactState', () => {
  test('replaces one id by one placeholder everywhere: documents, names and context', () => {
    const state: WorkbenchState = {
      documents: [
        { name: 'rtb-0f00d5a1e0c1a5ed0.json', text: '{"RouteTableId": "rtb-0f00d5a1e0c1a5ed0", "Associations": [{"SubnetId": "subnet-0a1b2c3d4e5f60001"}]}' },
        { name: 'acls.json', text: '{"Associations": [{"SubnetId": "subnet-0a1b2c3d4e5f60001"}, {"SubnetId": "subnet-0a1b2c3d4e5f60002"}]}' },
      ],
      context: { workspacesSubnetIds: ['subnet-0a1b2c3d4e5f60002', 'subnet-0a1b2c3d4e5f60001'], closedTargets: ['tgw-0123456789abcdef0'], directoryControllers: ['10.0.10.10'] },
    };
    const { state: redacted, replacements } = redactState(state);
    assert.equal(redacted.documents[0]?.name, 'rtb-00000000000000001.json');
    assert.equal(redacted.documents[0]?.text, '{"RouteTableId": "rtb-00000000000000001", "Associations": [{"SubnetId": "subnet-00000000000000001"}]}');
    assert.equal(redacted.documents[1]?.text, '{"Associations": [{"SubnetId": "subnet-00000000000000001"}, {"SubnetId": "subnet-00000000000000002"}]}');
    assert.deepEqual(redacted.context, { workspacesSubnetIds: ['subnet-00000000000000002', 'subnet-00000000000000001'], closedTargets: ['tgw-00000000000000001'], directoryControllers: ['10.0.10.10'] });
    assert.deepEqual(
      replacements.map(({ original, placeholder, count }) => [original, placeholder, count]),
      [
        ['rtb-0f00d5a1e0c1a5ed0', 'rtb-00000000000000001', 2],
        ['subnet-0a1b2c3d4e5f60001', 'subnet-00000000000000001', 3],
        ['subnet-0a1b2c3d4e5f60002', 'subnet-00000000000000002', 2],
        ['tgw-0123456789abcdef0', 'tgw-00000000000000001', 1],
      ],
    );
  });

  test('keeps the prefix and the length of short and long ids, and of multi-part prefixes', () => {
    const text = 'sg-0123abcd igw-0123456789abcdef0 tgw-attach-0123456789abcdef0 subnet-cidr-assoc-0123abcd i-0123456789abcdef0 vpce-svc-0123456789abcdef0 rtbassoc-0b0b0b0b0b0b0b001 d-9067a1b2c3 ws-abc123xyz';
    const { state } = redactState({ documents: [{ name: 'x', text }], context: {} });
    assert.equal(
      state.documents[0]?.text,
      'sg-00000001 igw-00000000000000001 tgw-attach-00000000000000001 subnet-cidr-assoc-00000001 i-00000000000000001 vpce-svc-00000000000000001 rtbassoc-00000000000000001 d-0000000001 ws-000000001',
    );
  });

  test('replaces 12-digit account ids but not longer numbers, addresses, ports or dates', () => {
    const text = '{"OwnerId": "123456789012", "UserId": "210987654321", "n": 12345678901234, "Cidr": "10.0.0.0/16", "Port": 49152, "Date": "2026-11-29T03:33:36Z", "Owner2": "123456789012"}';
    const { state, replacements } = redactState({ documents: [{ name: 'x', text }], context: {} });
    assert.equal(state.documents[0]?.text, '{"OwnerId": "000000000001", "UserId": "000000000002", "n": 12345678901234, "Cidr": "10.0.0.0/16", "Port": 49152, "Date": "2026-11-29T03:33:36Z", "Owner2": "000000000001"}');
    assert.deepEqual(replacements.map((replacement) => [replacement.kind, replacement.count]), [['account', 2], ['account', 1]]);
  });

  test('keeps the partition, service, Region and type of an ARN and replaces its account and name', () => {
    const text = [
      '"CoreNetworkArn": "arn:aws:networkmanager::123456789012:core-network/core-network-0123456789abcdef0"',
      '"Role": "arn:aws:iam::123456789012:role/WorkSpacesFinanceAdmins"',
      '"Again": "arn:aws:iam::123456789012:role/WorkSpacesFinanceAdmins"',
      '"Vpc": "arn:aws-cn:ec2:cn-north-1:210987654321:vpc/vpc-0c1a55ed0c1a55ed0", "Id": "vpc-0c1a55ed0c1a55ed0"',
      '"Bucket": "arn:aws:s3:::finance-backups"',
    ].join('\n');
    const { state } = redactState({ documents: [{ name: 'x', text }], context: {} });
    assert.equal(
      state.documents[0]?.text,
      [
        '"CoreNetworkArn": "arn:aws:networkmanager::000000000001:core-network/core-network-00000000000000001"',
        '"Role": "arn:aws:iam::000000000001:role/redacted-1"',
        '"Again": "arn:aws:iam::000000000001:role/redacted-1"',
        '"Vpc": "arn:aws-cn:ec2:cn-north-1:000000000002:vpc/vpc-00000000000000001", "Id": "vpc-00000000000000001"',
        '"Bucket": "arn:aws:s3:::redacted-2"',
      ].join('\n'),
    );
  });

  test('replaces a directory id inside the names WorkSpaces gives its groups', () => {
    const text = '{"DirectoryId": "d-95670a1b2c", "GroupName": "d-95670a1b2c_workspacesMembers", "Controllers": "d-95670a1b2c_controllers"}';
    const { state } = redactState({ documents: [{ name: 'dirs.json', text }], context: {} });
    const redacted = state.documents[0]?.text ?? '';
    assert.doesNotMatch(redacted, /d-95670a1b2c"|d-95670a1b2c_workspacesMembers/);
    assert.match(redacted, /"GroupName": "d-[0-9a-f]{10}_workspacesMembers", "Controllers": "d-[0-9a-f]{10}_controllers"/);
    assert.doesNotMatch(redacted, /95670a1b2c/);
  });

  test('leaves text without identifiers untouched', () => {
    const text = 'Windows IP Configuration\n   IPv4 Address. . . . : 10.0.1.25\n   region us-east-1, ap-northeast-1; value deadbeef-cafe';
    const { state, replacements } = redactState({ documents: [{ name: 'ipconfig.txt', text }], context: { region: 'us-east-1' } });
    assert.equal(state.documents[0]?.text, text);
    assert.deepEqual(state.context, { region: 'us-east-1' });
    assert.deepEqual(replacements, []);
  });

  for (const sample of index.samples) {
    test(`${sample.id}: no identifier survives and the report keeps its verdict, rules and lines`, () => {
      const original = sampleState(sample.id);
      const { state } = redactState(original);
      // A template names resources by logical ids, and may be YAML: its words are searched for AWS ids instead. A plan names
      // what it creates by resource address and may hold no AWS id at all.
      const whole = (document: { name: string; text: string }) => validate([document]).analysed.documents[0]?.kinds.some((kind) => { const declared = inputKind(kind); return declared !== undefined && isDocumentKind(declared); }) ?? false;
      const templates = original.documents.filter((document) => validate([document]).analysed.documents[0]?.kinds.includes('CloudFormationTemplate'));
      const words = (text: string) => text.split(/[\s"',:[\]{}]+/);
      const identifiers = new Set(original.documents.flatMap((document) => (templates.includes(document) ? words(document.text) : stringsIn(JSON.parse(document.text)))).filter(isIdentifier));
      if (!original.documents.some(whole)) assert.ok(identifiers.size > 5, `${identifiers.size} identifiers in the sample`);
      const redactedText = JSON.stringify(state);
      for (const identifier of identifiers) assert.ok(!redactedText.includes(identifier), `${identifier} is still in the redacted state`);

      const before = validate(original.documents, original.context);
      const after = validate(state.documents, state.context);
      assert.equal(after.verdict, before.verdict);
      // A document named after a resource (tgw-rtb-….json) is renamed with it: findings are compared by which document they are on.
      assert.equal(state.documents.length, original.documents.length);
      const documentOf = (documents: readonly { name: string }[], file: string) => documents.findIndex((document) => document.name === file);
      assert.deepEqual(
        after.findings.map((finding) => [finding.ruleId, documentOf(state.documents, finding.file), finding.line]),
        before.findings.map((finding) => [finding.ruleId, documentOf(original.documents, finding.file), finding.line]),
      );
    });
  }
});
