/**
 * A collect bundle is read natively: each output as its own document at `documents/i/output`, so
 * the verdict and findings equal those of the same outputs as separate files, and every finding
 * points at the bundle's own line. Its Region fills a context that names none.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../validators/cli.ts';
import { validate, type Context, type Report } from '../../validators/index.ts';
import { BUNDLE_SEPARATOR, isBundle, openBundle } from '../../validators/input/bundle.ts';
import { assertSameAsSeparate, bundleText, type Recorded } from './bundles.ts';

const NAMES = ['route-tables.json', 'network-acls.json', 'security-groups.json', 'subnets.json', 'vpcs.json', 'vpc-endpoints.json'];
const COMMAND = (name: string) => `aws ec2 describe-${name.replace('.json', '')} --filters Name=vpc-id,Values=vpc-0c1a55ed0c1a55ed0 --region ap-northeast-1 --output json`;
const CONTEXT: Context = { region: 'ap-northeast-1', workspacesSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'], directoryControllers: ['172.20.10.10', '172.20.10.11'] };

/** A sample's files as the fake recording of what `aws` printed. */
function sampleFiles(sample: string): Map<string, string> {
  return new Map(NAMES.map((name) => [name, readFileSync(`public/samples/${sample}/${name}`, 'utf8')]));
}

function recorded(files: Map<string, string>): Recorded[] {
  return [...files].map(([name, text]) => ({ name, command: COMMAND(name), text }));
}

const separately = (files: Map<string, string>, context?: Context, lang?: 'ja'): Report => validate([...files].map(([name, text]) => ({ name, text })), context, lang ? { lang } : {});
const asBundle = (text: string, context?: Context, lang?: 'ja'): Report => validate([{ name: 'bundle.json', text }], context, lang ? { lang } : {});

const lineOf = (text: string, line: number) => text.split('\n')[line - 1] ?? '';

describe('a collect bundle as an input', () => {
  for (const sample of ['closed-design', 'nat-default-route', 'transit-gateway-default-route', 'management-range-route', 'nacl-blocks-directory']) {
    test(`gives the verdict, findings and proof of its outputs as separate files (${sample})`, () => {
      const files = sampleFiles(sample);
      const text = bundleText({ region: 'ap-northeast-1', documents: recorded(files) });
      for (const lang of [undefined, 'ja'] as const) {
        assertSameAsSeparate({ bundleFile: 'bundle.json', bundleText: text, bundleReport: asBundle(text, CONTEXT, lang), separate: files, separateReport: separately(files, CONTEXT, lang) });
      }
    });
  }

  test('reads its outputs in name order, so the order they were collected in changes nothing', () => {
    const files = sampleFiles('nat-default-route');
    const forward = bundleText({ documents: recorded(files) });
    const backward = bundleText({ documents: recorded(files).reverse() });
    const strip = (report: Report) => ({ verdict: report.verdict, findings: report.findings.map(({ ruleId, messageId, message }) => ({ ruleId, messageId, message })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) });
    assert.deepEqual(strip(asBundle(backward, CONTEXT)), strip(asBundle(forward, CONTEXT)));
  });

  test('keeps and flags the same copy of a resource collected twice as separate files would', () => {
    const table = readFileSync('public/samples/nat-default-route/route-tables.json', 'utf8');
    const separate = new Map([['a-route-tables.json', table], ['b-route-tables.json', table]]);
    const text = bundleText({ documents: [...separate].map(([name, output]) => ({ name, command: 'aws ec2 describe-route-tables', text: output })) });
    const report = asBundle(text);
    assert.deepEqual(report.findings.filter((finding) => finding.ruleId === 'input-duplicate').map((finding) => finding.path.slice(0, 3)), [['documents', 1, 'output'], ['documents', 1, 'output']]);
    assertSameAsSeparate({ bundleFile: 'bundle.json', bundleText: text, bundleReport: report, separate, separateReport: separately(separate) });
  });

  test('lists the documents it holds as "bundle › name", each with its kinds', () => {
    const collected = recorded(sampleFiles('closed-design')).filter((document) => document.name !== 'vpc-endpoints.json');
    const text = bundleText({ documents: [...collected, { name: 'vpc-endpoints.json', command: 'aws ec2 describe-vpc-endpoints', error: 'An error occurred (UnauthorizedOperation)' }] });
    const report = asBundle(text, CONTEXT);
    assert.deepEqual(
      report.analysed.documents,
      [
        { name: `bundle.json${BUNDLE_SEPARATOR}network-acls.json`, kinds: ['NetworkAcls'] },
        { name: `bundle.json${BUNDLE_SEPARATOR}route-tables.json`, kinds: ['RouteTables'] },
        { name: `bundle.json${BUNDLE_SEPARATOR}security-groups.json`, kinds: ['SecurityGroups'] },
        { name: `bundle.json${BUNDLE_SEPARATOR}subnets.json`, kinds: ['Subnets'] },
        { name: `bundle.json${BUNDLE_SEPARATOR}vpc-endpoints.json`, kinds: [] },
        { name: `bundle.json${BUNDLE_SEPARATOR}vpcs.json`, kinds: ['Vpcs'] },
      ],
    );
  });

  test('reads an output in any form a document may take: a bare array, a single object, a create-* wrapper', () => {
    const table = JSON.parse(readFileSync('public/samples/nat-default-route/route-tables.json', 'utf8')).RouteTables;
    const files = sampleFiles('nat-default-route');
    const expected = separately(files, CONTEXT);
    for (const output of [table, { RouteTables: table }]) {
      const forms = new Map(files);
      forms.set('route-tables.json', JSON.stringify(output, null, 4));
      const report = asBundle(bundleText({ documents: recorded(forms) }), CONTEXT);
      assert.equal(report.verdict, expected.verdict);
      assert.deepEqual(report.findings.map((finding) => finding.messageId).sort(), expected.findings.map((finding) => finding.messageId).sort());
    }
    const single = bundleText({ documents: [{ name: 'rtb.json', command: 'aws ec2 create-route-table', text: JSON.stringify({ RouteTable: table[0] }, null, 4) }] });
    assert.deepEqual(asBundle(single).analysed.documents, [{ name: `bundle.json${BUNDLE_SEPARATOR}rtb.json`, kinds: ['RouteTables'] }]);
  });

  test('points a finding inside an output at the bundle line that holds it', () => {
    const broken = JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0a1b2c3d4e5f60001', Routes: [{ DestinationCidrBlock: '10.0.0.0/33', GatewayId: 'local', State: 'active' }] }] }, null, 4);
    const text = bundleText({ documents: [{ name: 'route-tables.json', command: 'aws ec2 describe-route-tables', text: broken }] });
    const finding = asBundle(text).findings.find((candidate) => candidate.ruleId === 'input-cidr');
    assert.ok(finding);
    assert.equal(finding.file, 'bundle.json');
    assert.deepEqual(finding.path, ['documents', 0, 'output', 'RouteTables', 0, 'Routes', 0, 'DestinationCidrBlock']);
    assert.match(lineOf(text, finding.line), /"DestinationCidrBlock": "10\.0\.0\.0\/33"/);
  });

  test('reads prefix-list entries with the list id the scripts add next to Entries', () => {
    const entries = JSON.stringify({ PrefixListId: 'pl-61a54008', Entries: [{ Cidr: '52.219.136.0/22' }, { Cidr: '52.219.999.0/22' }] }, null, 4);
    const text = bundleText({ documents: [{ name: 'prefix-list-entries-pl-61a54008.json', command: 'aws ec2 get-managed-prefix-list-entries --prefix-list-id pl-61a54008', text: entries }] });
    const report = asBundle(text);
    assert.equal(report.analysed.prefixLists, 1);
    assert.deepEqual(report.findings.map((finding) => [finding.ruleId, finding.path]), [['input-cidr', ['documents', 0, 'output', 'Entries', 1, 'Cidr']]]);
    assert.match(lineOf(text, report.findings[0]?.line ?? 0), /52\.219\.999\.0\/22/);
  });

  test('records a command that failed as a warning at its error line, and checks the rest', () => {
    const files = sampleFiles('closed-design');
    const text = bundleText({ documents: [...recorded(files), { name: 'vpc-endpoints.json', command: 'aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=vpc-0c1a55ed0c1a55ed0', error: 'An error occurred (UnauthorizedOperation) when calling the DescribeVpcEndpoints operation' }] });
    const report = asBundle(text, CONTEXT);
    assert.equal(report.verdict, separately(files, CONTEXT).verdict);
    const failed = report.findings.filter((finding) => finding.messageId === 'bundleCommand');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]?.ruleId, 'input-partial');
    assert.equal(failed[0]?.severity, 'warning');
    assert.match(failed[0]?.message ?? '', /could not run aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=vpc-0c1a55ed0c1a55ed0: An error occurred \(UnauthorizedOperation\)/);
    assert.match(lineOf(text, failed[0]?.line ?? 0), /"error": "An error occurred/);
    const ja = asBundle(text, CONTEXT, 'ja').findings.find((finding) => finding.messageId === 'bundleCommand');
    assert.match(ja?.message ?? '', /収集スクリプトは aws ec2 describe-vpc-endpoints/);
  });

  test('takes its Region for a context that names none, and points a finding about the Region at its line', () => {
    const files = sampleFiles('management-range-route');
    const { region: _region, ...noRegion } = CONTEXT;
    const withRegion = bundleText({ region: 'ap-northeast-1', documents: recorded(files) });
    assertSameAsSeparate({ bundleFile: 'bundle.json', bundleText: withRegion, bundleReport: asBundle(withRegion, noRegion), separate: files, separateReport: separately(files, CONTEXT) });
    assert.ok(asBundle(withRegion, noRegion).findings.some((finding) => finding.ruleId === 'mgmt-range-conflict'));
    assert.deepEqual(asBundle(withRegion, noRegion).analysed.context.region, { source: 'documents', values: [{ value: 'ap-northeast-1', file: 'bundle.json', path: ['region'], line: 4, column: 3 }] });

    const unknown = bundleText({ region: 'xx-nowhere-1', documents: recorded(files) });
    const finding = asBundle(unknown, noRegion).findings.find((candidate) => candidate.messageId === 'unknownRegion');
    assert.equal(finding?.file, 'bundle.json');
    assert.deepEqual(finding?.path, ['region']);
    assert.match(lineOf(unknown, finding?.line ?? 0), /"region": "xx-nowhere-1"/);
  });

  test('leaves the Region to the context when the context names one', () => {
    const files = sampleFiles('management-range-route');
    const text = bundleText({ region: 'xx-nowhere-1', documents: recorded(files) });
    const report = asBundle(text, CONTEXT);
    assert.ok(!report.findings.some((finding) => finding.messageId === 'unknownRegion'));
    assertSameAsSeparate({ bundleFile: 'bundle.json', bundleText: text, bundleReport: report, separate: files, separateReport: separately(files, CONTEXT) });
  });

  test('takes no Region from bundles of different Regions, and says so', () => {
    const files = sampleFiles('management-range-route');
    const { region: _region, ...noRegion } = CONTEXT;
    const [first, ...rest] = recorded(files);
    const report = validate(
      [
        { name: 'tokyo.json', text: bundleText({ region: 'ap-northeast-1', documents: [first as Recorded] }) },
        { name: 'osaka.json', text: bundleText({ region: 'ap-northeast-3', documents: rest }) },
      ],
      noRegion,
    );
    const conflicts = report.findings.filter((finding) => finding.messageId === 'bundleRegion');
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]?.severity, 'warning');
    assert.ok(!report.findings.some((finding) => finding.ruleId === 'mgmt-range-conflict'));
  });

  test('reports a bundle of another version, without documents, or with an unreadable entry, where it is', () => {
    const version = asBundle('{\n  "closedWorkspacesBundle": 2,\n  "documents": []\n}\n');
    assert.deepEqual(version.findings.map((finding) => [finding.ruleId, finding.messageId, finding.line]), [['input-document', 'bundleVersion', 2]]);
    assert.deepEqual(version.analysed.documents, [{ name: 'bundle.json', kinds: [] }]);

    const none = asBundle('{\n  "closedWorkspacesBundle": 1,\n  "documents": {}\n}\n');
    assert.deepEqual(none.findings.map((finding) => [finding.ruleId, finding.messageId, finding.line]), [['input-document', 'bundleDocuments', 3]]);

    const entry = asBundle('{\n  "closedWorkspacesBundle": 1,\n  "region": 7,\n  "documents": [\n    {"name": "route-tables.json"},\n    {"name": "vpcs.json", "output": "not json"}\n  ]\n}\n');
    assert.deepEqual(
      entry.findings.map((finding) => [finding.ruleId, finding.messageId, finding.line]),
      [
        ['input-field', 'wrongType', 3],
        ['input-document', 'bundleEntry', 5],
        ['input-document', 'notObject', 6],
      ],
    );
  });

  test('is told apart from AWS outputs by its marker key only', () => {
    assert.ok(isBundle({ closedWorkspacesBundle: 1 }));
    assert.ok(!isBundle({ RouteTables: [] }));
    assert.ok(!isBundle([{ closedWorkspacesBundle: 1 }]));
    assert.ok(!isBundle(Object.create({ closedWorkspacesBundle: 1 })));
    assert.deepEqual(openBundle({ closedWorkspacesBundle: 1, documents: [{ name: 'b.json', output: null }, { name: 'a.json', error: 'x' }] }).entries.map((entry) => entry.name), ['a.json', 'b.json']);
  });
});

describe('closed-workspaces check on a bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bundle-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('takes a bundle as one input and prints each finding at the bundle file and its real line', async () => {
    const text = bundleText({ region: 'ap-northeast-1', documents: recorded(sampleFiles('nat-default-route')) });
    const file = join(dir, 'bundle.json');
    writeFileSync(file, text);
    const contextFile = join(dir, 'context.json');
    const { region: _region, ...noRegion } = CONTEXT;
    writeFileSync(contextFile, JSON.stringify(noRegion));
    let stdout = '';
    const status = await main(['check', '--context', contextFile, file], (chunk) => (stdout += chunk), () => undefined);
    assert.equal(status, 1);
    const located = stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
    assert.ok(located.length > 0, stdout);
    for (const line of located) {
      const [, number] = /^.*?:(\d+):\d+ /.exec(line) ?? [];
      assert.ok(number && lineOf(text, Number(number)).trim() !== '', line);
    }
    const internet = located.find((line) => / path-internet-reachable /.test(line)) ?? '';
    assert.match(lineOf(text, Number(/:(\d+):/.exec(internet)?.[1])), /nat-0e0e0e0e0e0e0e0e0|0\.0\.0\.0\/0/);
  });

  test('lists the kinds a bundle holds in the audit report', async () => {
    const text = bundleText({ region: 'ap-northeast-1', documents: recorded(sampleFiles('closed-design')) });
    const file = join(dir, 'audit-bundle.json');
    writeFileSync(file, text);
    let stdout = '';
    await main(['check', '--format', 'markdown', file], (chunk) => (stdout += chunk), () => undefined);
    const row = stdout.split('\n').find((line) => line.startsWith('| ') && line.includes('audit-bundle.json')) ?? '';
    for (const kind of ['RouteTables', 'NetworkAcls', 'SecurityGroups', 'Subnets', 'Vpcs']) assert.match(row, new RegExp(kind));
  });
});
