import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { auditJob, sha256Hex } from '../../src/client/audit-job.ts';
import { auditFileName, auditReport, requirementStatus, type AuditOptions } from '../../validators/report/audit.ts';
import { REQUIREMENTS } from '../../validators/requirements/checklist.ts';
import type { Finding } from '../../validators/types.ts';
import { closedAtRouteTable, droppedByAclDeny, IPV6_NONE, reportWith } from '../fixtures/proofs.ts';

const directoryBlocked: Finding = {
  ruleId: 'nacl-directory-blocked',
  severity: 'error',
  message: 'Egress rule 100 of acl-0ac1c1a5ed0c1a5ed denies TCP 389 to the directory controller 10.0.3.10.',
  file: 'network-acls.json',
  path: ['NetworkAcls', 0, 'Entries', 1],
  line: 31,
  column: 9,
  endLine: 39,
  endColumn: 10,
  docUrl: 'rules/nacl-directory-blocked/',
  messageId: 'request',
  data: {},
};

function options(overrides: Partial<AuditOptions> = {}): AuditOptions {
  return {
    report: reportWith('closed', [closedAtRouteTable, droppedByAclDeny, IPV6_NONE], [directoryBlocked]),
    inputs: [{ name: 'route-tables.json', kinds: ['RouteTables'], size: 2345, sha256: 'ab'.repeat(32) }],
    context: { region: 'ap-northeast-1', directoryControllers: ['10.0.3.10'] },
    contextSources: { region: 'detected' },
    lang: 'en',
    format: 'html',
    generatedAt: '2026-12-01T22:40:00.000Z',
    engineVersion: '0.1.0',
    siteUrl: 'https://docs.example.jp/closed-workspaces/',
    ...overrides,
  };
}

test('the HTML report holds the date, versions, inputs with hashes, context sources, verdict, proof, diagram, findings and requirements', () => {
  const html = auditReport(options());
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.ok(html.includes('<title>Closed-network audit report: Amazon WorkSpaces</title>'));
  assert.ok(html.includes('<th scope="row">Generated</th><td>2026-12-01T22:40:00.000Z</td>'));
  assert.ok(html.includes('<th scope="row">Engine version</th><td>0.1.0</td>'));
  assert.ok(html.includes('<th scope="row">Report schema version</th><td>1</td>'));
  assert.ok(html.includes(`<td class="mono">route-tables.json</td><td>RouteTables</td><td>2,345</td><td class="mono">${'ab'.repeat(32)}</td>`));
  assert.ok(html.includes('<td>Region (region)</td><td class="mono">ap-northeast-1</td><td>detected from the inputs</td>'));
  assert.ok(html.includes('<td>Streaming protocol (streamingProtocol)</td><td class="mono">not set</td><td>default</td>'));
  assert.ok(html.includes('<div class="verdict tone-closed-errors"><p><strong>Closed to the internet, but 1 error breaks what the WorkSpaces need</strong>'));
  assert.ok(html.includes('<svg xmlns="http://www.w3.org/2000/svg" class="cw-diagram"'));
  assert.ok(html.includes('<h3>IPv4 ingress to subnet-0a1b2c3d4e5f60002: Closed</h3>'));
  assert.ok(html.includes('<li><strong>Network ACL</strong>: ingress rule 90 of acl-0ac1c1a5ed0c1a5ed denies TCP 0-65535 from 52.95.0.0/16 (drops) <span class="mono">(network-acls.json:48)</span></li>'));
  assert.ok(html.includes('<td class="mono">network-acls.json:31:9</td>'));
  assert.ok(html.includes('How to fix: https://docs.example.jp/closed-workspaces/rules/nacl-directory-blocked/'));
  assert.ok(html.includes('<td class="mono">REQ-DIR-002</td>'));
  assert.match(html, /<td class="mono">REQ-DIR-002<\/td><td>[^<]+<\/td><td class="status-fail">fails \(error findings\)<\/td>/);
  assert.match(html, /@media print\{/);
  assert.equal(auditFileName(options()), 'closed-workspaces-audit-2026-12-01.html');
});

test('the Japanese report is in Japanese throughout its own wording', () => {
  const html = auditReport(options({ lang: 'ja', report: reportWith('closed', [closedAtRouteTable], []) }));
  assert.match(html, /<html lang="ja">/);
  assert.ok(html.includes('<h1>閉域構成 監査レポート: Amazon WorkSpaces</h1>'));
  assert.ok(html.includes('<div class="verdict tone-closed"><p><strong>閉じています</strong>'));
  assert.ok(html.includes('<td>リージョン (region)</td><td class="mono">ap-northeast-1</td><td>入力から検出</td>'));
  assert.ok(html.includes('<p>指摘はありません。</p>'));
});

test('every value from the inputs is escaped in HTML and in Markdown', () => {
  const hostile = options({ inputs: [{ name: '<img src=x onerror=alert(1)>|x', kinds: [], size: 1, sha256: '00' }] });
  const html = auditReport(hostile);
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;|x'));
  const markdown = auditReport({ ...hostile, format: 'markdown' });
  assert.ok(markdown.includes('| &lt;img src=x onerror=alert(1)&gt;\\|x | not recognised | 1 | 00 |'));
});

test('the Markdown report has the same sections, the diagram as its text lines', () => {
  const markdown = auditReport(options({ format: 'markdown' }));
  for (const heading of ['# Closed-network audit report: Amazon WorkSpaces', '## Verdict', '## Inputs', '## Context', '## Findings', '## Requirements']) assert.ok(markdown.includes(`\n${heading}\n`) || markdown.startsWith(`${heading}\n`), heading);
  assert.ok(markdown.includes('- IPv4 ingress to subnet-0a1b2c3d4e5f60002: 52.95.0.0/16 → igw-0f1e2d3c4b5a69788 → dropped at the network ACL'));
  assert.ok(markdown.includes('| error | nacl-directory-blocked | network-acls.json:31:9 |'));
  assert.equal(auditFileName({ generatedAt: '2026-12-01T00:00:00Z', format: 'markdown' }), 'closed-workspaces-audit-2026-12-01.md');
});

test('a requirement is manual without rules, not checked without its kind of input, and fails on an error of its rules', () => {
  const report = reportWith('closed', [], [directoryBlocked]);
  const byId = (id: string) => REQUIREMENTS.find((requirement) => requirement.id === id)!;
  assert.equal(requirementStatus(byId('REQ-DIR-002'), report), 'fail');
  assert.equal(requirementStatus(byId('REQ-NET-001'), report), 'no-finding');
  assert.equal(requirementStatus(byId('REQ-LIVE-004'), report), 'not-checked');
  assert.equal(requirementStatus(byId('REQ-MGMT-003'), report), 'manual');
});

test('the browser job hashes each document as pasted, redacts when asked and detects the Region', async () => {
  assert.equal(await sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const files = ['route-tables.json', 'network-acls.json', 'security-groups.json', 'subnets.json', 'vpcs.json'];
  const documents = files.map((name) => ({ name, text: readFileSync(`public/samples/closed-design/${name}`, 'utf8') }));
  const request = { state: { documents, context: {} }, redact: true, lang: 'en' as const, format: 'markdown' as const, generatedAt: '2026-12-01T22:40:00Z', engineVersion: '0.1.0', siteUrl: 'http://127.0.0.1/' };
  const result = await auditJob(request);
  assert.equal(result.fileName, 'closed-workspaces-audit-2026-12-01.md');
  assert.ok(!result.text.includes('123456789012'), 'the account id is redacted');
  assert.ok(!result.text.includes('subnet-0a1b2c3d4e5f60001'), 'subnet ids are redacted');
  const expected = await sha256Hex(new TextEncoder().encode(documents[0]!.text));
  assert.ok(result.text.includes(`| route-tables.json | RouteTables | ${new TextEncoder().encode(documents[0]!.text).byteLength.toLocaleString('en')} | ${expected} |`));
  assert.ok(result.text.includes('| Region (region) | ap-northeast-1 | detected from the inputs |'));
  assert.ok(result.text.includes('account ids, resource ids and ARNs replaced by placeholders before validation'));
});

test('a computed fix is in the report with its commands, in HTML and in Markdown, escaped like every value', () => {
  const fixed: Finding = {
    ...directoryBlocked,
    fix: { language: 'aws-cli', description: 'Adds outbound rule 90 to acl-0ac1c1a5ed0c1a5ed <b>', commands: ['aws ec2 create-network-acl-entry --network-acl-id acl-0ac1c1a5ed0c1a5ed --egress --rule-number 90 --protocol -1 --cidr-block 10.0.3.10/32 --rule-action allow'] },
  };
  const report = reportWith('closed', [closedAtRouteTable, droppedByAclDeny, IPV6_NONE], [fixed]);
  const html = auditReport(options({ report }));
  assert.ok(html.includes('<p>Adds outbound rule 90 to acl-0ac1c1a5ed0c1a5ed &lt;b&gt;</p><pre class="mono">aws ec2 create-network-acl-entry --network-acl-id acl-0ac1c1a5ed0c1a5ed --egress --rule-number 90'), html);
  const markdown = auditReport(options({ report, format: 'markdown', lang: 'ja' }));
  assert.ok(markdown.includes('### 修正コマンド'));
  assert.ok(markdown.includes('- **nacl-directory-blocked** network-acls.json:31:9: Adds outbound rule 90 to acl-0ac1c1a5ed0c1a5ed &lt;b&gt;\n\n   ```sh\n   aws ec2 create-network-acl-entry'), markdown);
  assert.ok(!auditReport(options({ format: 'markdown' })).includes('### Fix commands'), 'no section without a fix');
});

test('a fix of a template or plan is in the report as its edits with their snippets, in HTML and in Markdown, escaped, each block fenced past any backticks in it', () => {
  const fixed: Finding = {
    ...directoryBlocked,
    fix: {
      language: 'terraform',
      description: 'Adds an egress block <b>',
      edits: [
        { text: 'In `aws_network_acl.workspaces`, add an `egress` block:', code: 'egress {\n  rule_no = 90\n  note    = "```"\n}' },
        { text: 'Remove `aws_route.nat`.' },
      ],
    },
  };
  const report = reportWith('closed', [closedAtRouteTable, droppedByAclDeny, IPV6_NONE], [fixed]);
  const html = auditReport(options({ report }));
  assert.ok(html.includes('<p>Adds an egress block &lt;b&gt;</p><ol><li>In `aws_network_acl.workspaces`, add an `egress` block:<pre class="mono">egress {\n  rule_no = 90'), html);
  const markdown = auditReport(options({ report, format: 'markdown' }));
  assert.ok(markdown.includes('   ````hcl\n   egress {\n     rule_no = 90\n     note    = "```"\n   }\n   ````'), markdown);
  assert.ok(markdown.includes('   2. Remove'), markdown);
});

test('a context field read from the documents shows its values and the lines they came from, a typed one stays given', () => {
  const base = reportWith('closed', [closedAtRouteTable], []);
  const report = {
    ...base,
    analysed: {
      ...base.analysed,
      context: {
        workspacesSubnetIds: {
          source: 'documents' as const,
          values: [
            { value: 'subnet-0a1b2c3d4e5f60001', file: 'workspace-directories.json', path: ['Directories', 0, 'SubnetIds', 0], line: 6, column: 9 },
            { value: 'subnet-0a1b2c3d4e5f60002', file: 'workspace-directories.json', path: ['Directories', 0, 'SubnetIds', 1], line: 7, column: 9 },
          ],
        },
        directoryControllers: { source: 'typed' as const, values: [{ value: '10.0.3.10' }] },
      },
    },
  };
  const html = auditReport(options({ report }));
  assert.ok(html.includes('<td>WorkSpaces subnets (workspacesSubnetIds)</td><td class="mono">subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002</td><td>read from workspace-directories.json lines 6, 7</td>'), html.slice(html.indexOf('workspacesSubnetIds') - 200, html.indexOf('workspacesSubnetIds') + 300));
  assert.ok(html.includes('<td>Directory controllers (directoryControllers)</td><td class="mono">10.0.3.10</td><td>given</td>'));
  const ja = auditReport(options({ report, lang: 'ja' }));
  assert.ok(ja.includes('<td>読み取り元: workspace-directories.json の 6, 7 行目</td>'));
});
