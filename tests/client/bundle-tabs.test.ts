/**
 * A collect bundle opened in the workbench: one tab per output, named as in the bundle, with the
 * failed commands kept in a small bundle tab; validating the tabs gives the bundle's own report.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { bundleTabs, FAILED_TAB, headOf, mayBeBundle } from '../../src/client/bundle-tabs.ts';
import { validate, type Report } from '../../validators/index.ts';
import { bundleText, type Recorded } from '../collect/bundles.ts';

const NAMES = ['route-tables.json', 'network-acls.json', 'security-groups.json', 'subnets.json', 'vpcs.json'];
const recorded: Recorded[] = [
  ...NAMES.map((name) => ({ name, command: `aws ec2 describe-${name.replace('.json', '')} --region ap-northeast-1 --output json`, text: readFileSync(`public/samples/nat-default-route/${name}`, 'utf8') })),
  { name: 'vpc-endpoints.json', command: 'aws ec2 describe-vpc-endpoints --region ap-northeast-1 --output json', error: 'An error occurred (UnauthorizedOperation) when calling the DescribeVpcEndpoints operation' },
];
const text = bundleText({ region: 'ap-northeast-1', documents: recorded });
const CONTEXT = { workspacesSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'], directoryControllers: ['172.20.10.10', '172.20.10.11'] };

describe('a collect bundle in the workbench', () => {
  test('is noticed from the start of its text only, and only when it is an object naming the bundle key', () => {
    assert.ok(mayBeBundle(text.slice(0, 200)));
    assert.ok(mayBeBundle('\n  {"closedWorkspacesBundle": 1'));
    assert.ok(!mayBeBundle('{"RouteTables": []}'));
    assert.ok(!mayBeBundle('[{"closedWorkspacesBundle": 1}]'));
    assert.equal(headOf(['ab', 'cd', 'x'.repeat(10_000)]).length, 4096);
    assert.equal(headOf(['ab', 'cd']), 'abcd');
  });

  test('opens each output as its own tab, named and labelled as in the bundle, then the failed commands', () => {
    const opened = bundleTabs(text);
    assert.ok(opened);
    assert.deepEqual(opened.tabs.map((tab) => tab.name), [...NAMES, FAILED_TAB]);
    assert.equal(opened.outputs, 5);
    assert.deepEqual(opened.failed, ['vpc-endpoints.json']);
    assert.equal(opened.region, 'ap-northeast-1');
    assert.equal(opened.tabs[0]?.command, recorded[0]?.command);
    assert.deepEqual(JSON.parse(opened.tabs[0]?.text ?? ''), JSON.parse(readFileSync('public/samples/nat-default-route/route-tables.json', 'utf8')));
  });

  test('gives, validated tab by tab, the report of the bundle itself', () => {
    const opened = bundleTabs(text);
    assert.ok(opened);
    const tabs = validate(opened.tabs.map(({ name, text: tab }) => ({ name, text: tab })), CONTEXT);
    const whole = validate([{ name: 'bundle.json', text }], CONTEXT);
    const strip = (report: Report) => ({
      verdict: report.verdict,
      summary: report.summary,
      findings: report.findings.map(({ ruleId, messageId, severity, message }) => ({ ruleId, messageId, severity, message })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    });
    assert.deepEqual(strip(tabs), strip(whole));
    // describe-vpc-endpoints failed: the S3 prefix-list route's endpoint is of untold type, so even the NAT route cannot be proved open.
    assert.equal(tabs.verdict, 'unverified');
    const failed = tabs.findings.find((finding) => finding.messageId === 'bundleCommand');
    assert.equal(failed?.file, FAILED_TAB);
  });

  test('leaves a text that is not a bundle it can split as it is', () => {
    assert.equal(bundleTabs('{"closedWorkspacesBundle": 1, "documents": [{"name": "x.json"}]}'), undefined);
    assert.equal(bundleTabs('{"closedWorkspacesBundle": 2, "documents": []}'), undefined);
    assert.equal(bundleTabs('{"closedWorkspacesBundle": 1, "documents": []}'), undefined);
    assert.equal(bundleTabs('{"closedWorkspacesBundle": 1, "documents": ['), undefined);
    assert.equal(bundleTabs('{"RouteTables": []}'), undefined);
  });
});
