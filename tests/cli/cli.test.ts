import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../validators/cli.ts';
import { RULES } from '../../validators/index.ts';

const SAMPLES = 'public/samples';
const files = (sample: string) => ['route-tables.json', 'network-acls.json', 'security-groups.json', 'subnets.json', 'vpcs.json'].map((name) => `${SAMPLES}/${sample}/${name}`);
const dir = mkdtempSync(join(tmpdir(), 'cw-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const contextFile = join(dir, 'context.json');
writeFileSync(contextFile, JSON.stringify({ region: 'ap-northeast-1', workspacesSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'], directoryControllers: ['172.20.10.10', '172.20.10.11'] }));

async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, (text) => (stdout += text), (text) => (stderr += text));
  return { status, stdout, stderr };
}

describe('closed-workspaces check', () => {
  test('prints file:line:col severity ruleId message lines and the verdict, and exits 1 on an error finding', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('nat-default-route'));
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^public\/samples\/nat-default-route\/route-tables\.json:\d+:\d+ error \S+ /);
    assert.ok(lines.some((line) => / error path-internet-reachable .*nat-0e0e0e0e0e0e0e0e0/.test(line)));
    assert.ok(lines.includes('verdict: OPEN (2 errors, 3 warnings, 1 info)'), stdout);
  });

  test('exits 0 on the closed reference design', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('closed-design'));
    assert.equal(status, 0);
    assert.match(stdout, /^verdict: CLOSED \(0 errors, 0 warnings, 0 info\)$/m);
  });

  test('exits 0 when the only findings are warnings', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('transit-gateway-default-route'));
    assert.equal(status, 0);
    assert.match(stdout, /verdict: UNVERIFIED/);
  });

  test('prints the report as JSON with --format json', async () => {
    const { stdout } = await run('check', '--format', 'json', '--context', contextFile, ...files('split-default-route'));
    const report = JSON.parse(stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(report.findings.map((finding: { ruleId: string }) => finding.ruleId), ['rt-internet-route', 'rt-internet-route']);
  });

  test('writes messages in Japanese with --lang ja', async () => {
    const { stdout } = await run('check', '--lang', 'ja', '--context', contextFile, ...files('nat-default-route'));
    assert.match(stdout, /判定: 開いている \(エラー 2、警告 3、情報 1\)/);
    assert.match(stdout, /インターネットに出られます/);
  });

  test('writes SARIF 2.1.0 with rules, help URIs, levels and regions', async () => {
    const { stdout } = await run('check', '--format', 'sarif', '--doc-base', 'https://docs.example.internal/closed', '--context', contextFile, ...files('nat-default-route'));
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'closed-workspaces');
    assert.equal(run0.tool.driver.rules.length, RULES.length);
    for (const rule of run0.tool.driver.rules) {
      assert.match(rule.helpUri, /^https:\/\/docs\.example\.internal\/closed\/rules\/[a-z0-9-]+\/$/);
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.markdown);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run0.results.length, 6);
    for (const result of run0.results) {
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const location = result.locations[0].physicalLocation;
      assert.match(location.artifactLocation.uri, /^public\/samples\/nat-default-route\/[a-z-]+\.json$/);
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      assert.match(result.partialFingerprints['closedWorkspaces/v1'], /^[0-9a-f]{64}$/);
    }
    assert.equal(run0.properties.verdict, 'open');
  });

  test('omits helpUri when no documentation address is known, since SARIF requires an absolute URI', async () => {
    const { stdout } = await run('check', '--format', 'sarif', ...files('closed-design'));
    assert.ok(JSON.parse(stdout).runs[0].tool.driver.rules.every((rule: object) => !('helpUri' in rule)));
  });

  test('points findings about the context at the context file', async () => {
    const bad = join(dir, 'bad-context.json');
    writeFileSync(bad, JSON.stringify({ directoryControllers: ['dc01.example.local'] }));
    const { status, stdout } = await run('check', '--context', bad, ...files('closed-design'));
    assert.equal(status, 1);
    assert.ok(stdout.includes(`${bad}:1:1 error input-context`), stdout);
  });

  test('exits 2 with one clear line for usage errors and unreadable files', async () => {
    for (const argv of [[], ['lint', 'x.json'], ['check'], ['check', '--format', 'xml', 'x.json'], ['check', '--lang', 'fr', 'x.json'], ['check', 'missing.json'], ['check', '--context', 'missing.json', `${SAMPLES}/index.json`]]) {
      const { status, stderr } = await run(...argv);
      assert.equal(status, 2, argv.join(' '));
      assert.match(stderr.split('\n')[0] ?? '', /^closed-workspaces: \S/);
    }
  });

  test('reads standard input for - and runs as a program with the documented exit status', () => {
    const input = JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0a1', Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1', State: 'active' }] }] });
    const result = spawnSync(process.execPath, ['validators/cli.ts', 'check', '-'], { input, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^<stdin>:\d+:\d+ error rt-internet-route /m);
    assert.match(result.stdout, /verdict: OPEN/);
  });

  test('standard input is decoded like a file: a UTF-16 byte-order mark is honoured', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0a1', Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1', State: 'active' }] }] }), 'utf16le')]);
    const result = spawnSync(process.execPath, ['validators/cli.ts', 'check', '-'], { input, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^<stdin>:\d+:\d+ error rt-internet-route /m);
  });
});

describe('reading files', () => {
  test('decodes UTF-16 files with a byte-order mark, as Windows PowerShell 5.1 writes them', async () => {
    const { decode } = await import('../../validators/cli.ts');
    const text = '{"RouteTables": []}';
    assert.equal(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), text);
    const be = Buffer.from(text, 'utf16le').swap16();
    assert.equal(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), text);
    assert.equal(decode(Buffer.from(`\ufeff${text}`, 'utf8')), text);
  });
});
