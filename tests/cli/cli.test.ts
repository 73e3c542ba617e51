import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { checkedOf, formatEachText, formatText, main, printable, VERSION, type Checked } from '../../validators/cli.ts';
import { CONTEXT_FIELDS } from '../../validators/context.ts';
import { RULES, validate, type Proof, type Report } from '../../validators/index.ts';

const SAMPLES = 'public/samples';
const NAMES = ['route-tables.json', 'network-acls.json', 'security-groups.json', 'subnets.json', 'vpcs.json', 'vpc-endpoints.json'];
const files = (sample: string) => NAMES.map((name) => `${SAMPLES}/${sample}/${name}`);
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

const igwTable = (id = 'rtb-0a1') => JSON.stringify({ RouteTables: [{ RouteTableId: id, Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0a1', State: 'active' }] }] });

describe('closed-workspaces check', () => {
  test('prints file:line:col severity ruleId message lines and the verdict, and exits 1 on an error finding', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('nat-default-route'));
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^public\/samples\/nat-default-route\/route-tables\.json:\d+:\d+ error \S+ /);
    assert.ok(lines.some((line) => / error path-internet-reachable .*nat-0e0e0e0e0e0e0e0e0/.test(line)));
    assert.ok(lines.includes('verdict: OPEN (2 errors, 3 warnings, 1 info)'), stdout);
  });

  test('prints a finding’s fix under it: what it does, then one indented line per command, with the Region', async () => {
    const { stdout } = await run('check', '--context', contextFile, ...files('nat-default-route'));
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => / error rt-internet-route /.test(line));
    assert.match(lines[at + 1] ?? '', /^ {2}fix: Deletes the route 0\.0\.0\.0\/0 → NAT gateway nat-0e0e0e0e0e0e0e0e0 from rtb-\S+: /);
    assert.match(lines[at + 2] ?? '', /^ {4}aws ec2 delete-route --route-table-id rtb-\S+ --destination-cidr-block 0\.0\.0\.0\/0 --region ap-northeast-1$/);
  });

  test('prints the report as JSON with --format json, each finding with its fingerprint', async () => {
    const { stdout } = await run('check', '--format', 'json', '--context', contextFile, ...files('split-default-route'));
    const report = JSON.parse(stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.verdict, 'closed');
    assert.deepEqual(report.findings.map((finding: { ruleId: string }) => finding.ruleId), ['rt-internet-route', 'rt-internet-route']);
    assert.ok(report.findings.every((finding: { fingerprint: string; messageId: string }) => /^[0-9a-f]{64}$/.test(finding.fingerprint) && finding.messageId === 'split'));
    assert.equal(report.exitStatus, 1);
  });

  test('writes messages in Japanese with --lang ja', async () => {
    const { stdout } = await run('check', '--lang', 'ja', '--context', contextFile, ...files('nat-default-route'));
    assert.match(stdout, /判定: 開いている \(エラー 2、警告 3、情報 1\)/);
    assert.match(stdout, /インターネットに出られます/);
  });

  test('points findings about the context at the context file', async () => {
    const bad = join(dir, 'bad-context.json');
    writeFileSync(bad, JSON.stringify({ directoryControllers: ['dc01.example.local'] }));
    const { status, stdout } = await run('check', '--context', bad, ...files('closed-design'));
    assert.equal(status, 1);
    assert.ok(stdout.includes(`${bad}:1:1 error input-context`), stdout);
  });

  test('reads standard input for - and runs as a program with the documented exit status', () => {
    const result = spawnSync(process.execPath, ['validators/cli.ts', 'check', '-'], { input: igwTable(), encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^<stdin>:\d+:\d+ error rt-internet-route /m);
    assert.match(result.stdout, /verdict: OPEN/);
  });

  test('standard input is decoded like a file: a UTF-16 byte-order mark is honoured', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(igwTable(), 'utf16le')]);
    const result = spawnSync(process.execPath, ['validators/cli.ts', 'check', '-'], { input, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^<stdin>:\d+:\d+ error rt-internet-route /m);
  });

  test('the version is the package version', () => {
    assert.equal(VERSION, JSON.parse(readFileSync('validators/package.json', 'utf8')).version);
  });
});

describe('exit statuses', () => {
  test('0: closed with no error finding', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('closed-design'));
    assert.equal(status, 0);
    assert.match(stdout, /^verdict: CLOSED \(0 errors, 0 warnings, 0 info\)$/m);
  });

  test('1: an error finding (closed verdict) or OPEN', async () => {
    assert.equal((await run('check', '--context', contextFile, ...files('split-default-route'))).status, 1);
    assert.equal((await run('check', '--context', contextFile, ...files('nat-default-route'))).status, 1);
  });

  test('3: UNVERIFIED with no error finding (the transit-gateway sample no longer passes)', async () => {
    const { status, stdout } = await run('check', '--context', contextFile, ...files('transit-gateway-default-route'));
    assert.equal(status, 3);
    assert.match(stdout, /verdict: UNVERIFIED \(0 errors, \d+ warnings/);
  });

  test('2: usage errors, unreadable files, and documents that are not JSON or not a known output, each with one clear line', async () => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, 'RouteTables: none');
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, '{"Reservations": []}');
    for (const argv of [
      [],
      ['lint', 'x.json'],
      ['check'],
      ['check', '--format', 'xml', 'x.json'],
      ['check', '--lang', 'fr', 'x.json'],
      ['check', '--fail-on', 'info', 'x.json'],
      ['check', 'missing.json'],
      ['check', '--context', 'missing.json', `${SAMPLES}/index.json`],
      ['check', '--each', SAMPLES, 'x.json'],
      ['check', '--write-baseline', join(dir, 'b.json'), 'x.json'],
    ]) {
      const { status, stderr } = await run(...argv);
      assert.equal(status, 2, argv.join(' '));
      assert.match(stderr.split('\n')[0] ?? '', /^closed-workspaces: \S/);
    }
    for (const file of [notJson, unknown]) {
      const { status, stdout } = await run('check', file);
      assert.equal(status, 2, file);
      assert.match(stdout, / error input-(json|document) /);
    }
    assert.equal((await run('check', '--fail-on', 'never', notJson)).status, 2, '--fail-on never still reports input that could not be read');
  });

  test('--fail-on error restores the old behaviour: UNVERIFIED passes, errors and OPEN fail', async () => {
    assert.equal((await run('check', '--fail-on', 'error', '--context', contextFile, ...files('transit-gateway-default-route'))).status, 0);
    assert.equal((await run('check', '--fail-on', 'error', '--context', contextFile, ...files('nat-default-route'))).status, 1);
    assert.equal((await run('check', '--fail-on', 'error', '--context', contextFile, ...files('split-default-route'))).status, 1);
  });

  test('--fail-on unverified is the default', async () => {
    assert.equal((await run('check', '--fail-on', 'unverified', '--context', contextFile, ...files('transit-gateway-default-route'))).status, 3);
    assert.equal((await run('check', '--fail-on', 'unverified', '--context', contextFile, ...files('closed-design'))).status, 0);
  });

  test('--fail-on warning also fails on warnings of a closed verdict', async () => {
    const sample = files('dormant-internet-route');
    const plain = await run('check', '--context', contextFile, ...sample);
    assert.match(plain.stdout, /verdict: CLOSED \(0 errors, [1-9]\d* warnings/);
    assert.equal(plain.status, 0);
    assert.equal((await run('check', '--fail-on', 'warning', '--context', contextFile, ...sample)).status, 1);
    assert.equal((await run('check', '--fail-on', 'warning', '--context', contextFile, ...files('closed-design'))).status, 0);
  });

  test('--fail-on never passes OPEN and errors', async () => {
    assert.equal((await run('check', '--fail-on', 'never', '--context', contextFile, ...files('nat-default-route'))).status, 0);
    assert.equal((await run('check', '--fail-on', 'never', '--context', contextFile, ...files('transit-gateway-default-route'))).status, 0);
  });
});

describe('text output is safe to print', () => {
  test('control characters, ANSI escapes and bidi overrides from input values are escaped', async () => {
    const crafted = 'rtb-0a1\u001b[2K\r\nverdict: CLOSED (0 errors, 0 warnings, 0 info)\u202e\u0085\u2066';
    const file = join(dir, 'crafted.json');
    writeFileSync(file, igwTable(crafted));
    const { status, stdout } = await run('check', file);
    assert.equal(status, 1);
    assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(!stdout.split('\n').some((line) => line.startsWith('verdict: CLOSED')), stdout);
    assert.match(stdout, /rtb-0a1\\u001b\[2K\\u000d\\u000averdict: CLOSED/);
    assert.match(stdout, /^verdict: OPEN/m);
  });

  test('account names and file names from --each are escaped too, on standard output and standard error', async () => {
    const each = join(dir, 'crafted-accounts');
    mkdirSync(join(each, 'evil\u001b[31m\rOK'), { recursive: true });
    writeFileSync(join(each, 'evil\u001b[31m\rOK', 'context.json'), 'not json');
    writeFileSync(join(each, 'evil\u001b[31m\rOK', 'route-tables.json'), igwTable());
    const { status, stdout, stderr } = await run('check', '--each', each);
    assert.equal(status, 2);
    for (const text of [stdout, stderr]) {
      assert.doesNotMatch(text, /[\u001b\r]/);
      assert.match(text, /evil\\u001b\[31m\\u000dOK/);
    }
  });

  test('printable leaves ordinary text, Japanese included, as it is', () => {
    assert.equal(printable('ルート 0.0.0.0/0 → igw-0a1 (C:\\temp)'), 'ルート 0.0.0.0/0 → igw-0a1 (C:\\temp)');
    assert.equal(printable('a\tb\u009bc\u2069'), 'a\\u0009b\\u009bc\\u2069');
  });
});

const PROOF: Proof = {
  vpcs: [{ id: 'vpc-0a1', cidrs: ['10.0.0.0/16'], subnetIds: ['subnet-0a1', 'subnet-0a2'], workspaces: true }],
  parts: [
    {
      subnetIds: ['subnet-0a1', 'subnet-0a2'],
      vpcId: 'vpc-0a1',
      direction: 'egress',
      family: 4,
      verdict: 'closed',
      text: 'every public IPv4 address has no route except 10.0.0.0/16 local: dropped at the route table.',
      branches: [
        {
          addresses: 'every public IPv4 address',
          cidrs: ['0.0.0.0/5', '8.0.0.0/7'],
          blockCount: 30,
          outcome: 'dropped',
          droppedBy: 'route',
          steps: [{ layer: 'route', effect: 'deny', text: 'no route of rtb-0a1 matches', file: 'route-tables.json', path: ['RouteTables', 0], line: 3, column: 9 }],
        },
      ],
    },
    {
      subnetIds: ['subnet-0a1', 'subnet-0a2'],
      vpcId: 'vpc-0a1',
      direction: 'ingress',
      family: 6,
      verdict: 'closed',
      text: 'the subnets have no IPv6 CIDR: no IPv6 traffic.',
      branches: [],
    },
  ],
  assumptions: [{ layer: 'assumption', effect: 'allow', text: 'no security group given: the default group allows all egress' }],
};

function checkedWith(report: Report, documents = ['route-tables.json']): Checked {
  return checkedOf({ documents, report }, { root: process.cwd(), failOn: 'unverified' });
}

describe('the proof in text output', () => {
  const base = validate([{ name: 'route-tables.json', text: JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-0a1', VpcId: 'vpc-0a1', Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }] }] }) }]);

  test('prints one line per part after the findings: subnets, direction, family, verdict and its sentence', () => {
    const text = formatText(checkedWith({ ...base, proof: PROOF }), 'en');
    const lines = text.split('\n');
    const at = lines.indexOf('proof:');
    assert.ok(at >= 0, text);
    assert.equal(lines[at + 1], '  egress IPv4 subnet-0a1, subnet-0a2 (vpc-0a1): CLOSED — every public IPv4 address has no route except 10.0.0.0/16 local: dropped at the route table.');
    assert.equal(lines[at + 2], '  ingress IPv6 subnet-0a1, subnet-0a2 (vpc-0a1): CLOSED — the subnets have no IPv6 CIDR: no IPv6 traffic.');
    assert.ok(lines.indexOf('proof:') < lines.findIndex((line) => line.startsWith('verdict:')));
    assert.doesNotMatch(text, /no route of rtb-0a1/, 'the compact form leaves the steps out');
  });

  test('--proof prints every branch with its addresses, target and deciding steps with file:line, and the assumptions', () => {
    const text = formatText(checkedWith({ ...base, proof: PROOF }), 'en', true);
    assert.match(text, /^ {4}every public IPv4 address \[0\.0\.0\.0\/5, 8\.0\.0\.0\/7 \(\+28\)\] → no route: dropped, at route$/m);
    assert.match(text, /^ {6}deny route: no route of rtb-0a1 matches \(route-tables\.json:3:9\)$/m);
    assert.match(text, /^ {2}assumed:\n {4}assumption: no security group given/m);
  });

  test('in Japanese too', () => {
    const text = formatText(checkedWith({ ...base, proof: PROOF }), 'ja', true);
    assert.match(text, /^証明:$/m);
    assert.match(text, /^ {2}送信 IPv4 subnet-0a1, subnet-0a2 \(vpc-0a1\): 閉じている — /m);
    assert.match(text, /→ ルートなし: 止まる/);
  });

  test('--proof is accepted on the command line', async () => {
    const { status } = await run('check', '--proof', '--context', contextFile, ...files('closed-design'));
    assert.equal(status, 0);
  });
});

describe('--each', () => {
  const each = join(dir, 'accounts');
  mkdirSync(each);
  for (const [account, sample] of [['111111111111', 'closed-design'], ['222222222222', 'nat-default-route'], ['333333333333', 'transit-gateway-default-route']] as const) {
    mkdirSync(join(each, account));
    for (const name of NAMES) copyFileSync(`${SAMPLES}/${sample}/${name}`, join(each, account, name));
    copyFileSync(contextFile, join(each, account, 'context.json'));
  }
  writeFileSync(join(each, '444444444444.json'), igwTable());

  test('prints one line per account with its verdict and counts, and exits with the worst status', async () => {
    const { status, stdout } = await run('check', '--each', each);
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^111111111111 +vpc-0c1a55ed0c1a55ed0 +CLOSED +0 errors, 0 warnings, 0 info$/);
    assert.match(lines[1] ?? '', /^222222222222 +vpc-0c1a55ed0c1a55ed0 +OPEN +2 errors, 3 warnings, 1 info$/);
    assert.match(lines[2] ?? '', /^333333333333 +vpc-0c1a55ed0c1a55ed0 +UNVERIFIED /);
    assert.match(lines[3] ?? '', /^444444444444\.json +\(all VPCs\) +OPEN /);
    assert.equal(lines.at(-1), 'accounts: 4 (CLOSED 1, OPEN 2, UNVERIFIED 1)');
  });

  test('an account that cannot be read makes the status 2, and the others are still checked', async () => {
    const broken = join(dir, 'accounts-broken');
    mkdirSync(join(broken, 'a'), { recursive: true });
    mkdirSync(join(broken, 'b'), { recursive: true });
    for (const name of NAMES) copyFileSync(`${SAMPLES}/closed-design/${name}`, join(broken, 'a', name));
    writeFileSync(join(broken, 'b', 'context.json'), 'not json');
    writeFileSync(join(broken, 'b', 'route-tables.json'), igwTable());
    const { status, stdout, stderr } = await run('check', '--each', broken, '--fail-on', 'never');
    assert.equal(status, 2);
    assert.match(stdout, /^a +vpc-0c1a55ed0c1a55ed0 +CLOSED/m);
    assert.match(stdout, /^b +- +UNREADABLE +context .*context\.json is not a JSON object/m);
    assert.match(stderr, /closed-workspaces: b: context /);
  });

  test('writes one SARIF run per account, each with its own category', async () => {
    const { stdout } = await run('check', '--each', each, '--format', 'sarif');
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.runs.length, 4);
    assert.deepEqual(sarif.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id), ['closed-workspaces/111111111111/', 'closed-workspaces/222222222222/', 'closed-workspaces/333333333333/', 'closed-workspaces/444444444444.json/']);
    assert.deepEqual(sarif.runs.map((run: { properties: { verdict: string } }) => run.properties.verdict), ['closed', 'open', 'unverified', 'open']);
  });

  test('writes one JSON with a report per account and the worst status', async () => {
    const { stdout } = await run('check', '--each', each, '--format', 'json', '--fail-on', 'error');
    const json = JSON.parse(stdout);
    assert.deepEqual(json.accounts.map((account: { account: string; exitStatus: number }) => [account.account, account.exitStatus]), [['111111111111', 0], ['222222222222', 1], ['333333333333', 0], ['444444444444.json', 1]]);
    assert.equal(json.exitStatus, 1);
  });

  test('with a proof, one line per VPC holding WorkSpaces, each with the worst verdict of its parts', () => {
    const report: Report = { ...validate([]), verdict: 'unverified', proof: { ...PROOF, vpcs: [...PROOF.vpcs, { id: 'vpc-0b2', cidrs: ['10.1.0.0/16'], subnetIds: ['subnet-0b1'], workspaces: true }, { id: 'vpc-0c3', cidrs: [], subnetIds: [], workspaces: false }], parts: [...PROOF.parts, { ...(PROOF.parts[0] as Proof['parts'][number]), vpcId: 'vpc-0b2', subnetIds: ['subnet-0b1'], verdict: 'unverified' }] } };
    const text = formatEachText([{ ...checkedWith(report), account: 'acct' }], 'en');
    assert.match(text, /^acct +vpc-0a1 +CLOSED /m);
    assert.match(text, /^acct +vpc-0b2 +UNVERIFIED /m);
    assert.doesNotMatch(text, /vpc-0c3/);
  });
});

describe('baselines', () => {
  const baseline = join(dir, 'baseline.json');
  const sample = files('split-default-route');

  test('--write-baseline accepts every failing finding with reason, expiry and who; the next run passes and lists them apart', async () => {
    const written = await run('check', '--context', contextFile, '--write-baseline', baseline, '--reason', 'halves go to a firewall', '--accepted-by', 'alice', '--expires', '2099-12-31', ...sample);
    assert.equal(written.status, 0, written.stdout);
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    assert.equal(file.closedWorkspacesBaseline, 1);
    assert.equal(file.accepted.length, 2);
    for (const entry of file.accepted) {
      assert.match(entry.fingerprint, /^[0-9a-f]{64}$/);
      assert.deepEqual([entry.ruleId, entry.reason, entry.acceptedBy, entry.expires], ['rt-internet-route', 'halves go to a firewall', 'alice', '2099-12-31']);
    }
    const { status, stdout } = await run('check', '--context', contextFile, '--baseline', baseline, ...sample);
    assert.equal(status, 0);
    assert.match(stdout, /^accepted by the baseline:\n {2}public\/samples\/split-default-route\/route-tables\.json:\d+:\d+ error rt-internet-route .*\n {4}accepted until 2099-12-31 by alice: halves go to a firewall$/m);
    assert.match(stdout, /verdict: CLOSED \(0 errors, 0 warnings, 0 info, 2 accepted\)/);
  });

  test('accepted findings are SARIF suppressions and JSON lists them apart', async () => {
    const sarif = JSON.parse((await run('check', '--format', 'sarif', '--context', contextFile, '--baseline', baseline, ...sample)).stdout);
    const suppressed = sarif.runs[0].results.filter((result: { suppressions?: unknown[] }) => result.suppressions);
    assert.equal(suppressed.length, 2);
    assert.deepEqual(suppressed[0].suppressions, [{ kind: 'external', status: 'accepted', justification: 'halves go to a firewall', properties: { acceptedBy: 'alice', expires: '2099-12-31' } }]);
    const json = JSON.parse((await run('check', '--format', 'json', '--context', contextFile, '--baseline', baseline, ...sample)).stdout);
    assert.equal(json.findings.length, 0);
    assert.equal(json.accepted.length, 2);
    assert.equal(json.accepted[0].acceptance.acceptedBy, 'alice');
  });

  test('an expired acceptance fails again and says since when', async () => {
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    const expired = join(dir, 'expired.json');
    writeFileSync(expired, JSON.stringify({ ...file, accepted: file.accepted.map((entry: object) => ({ ...entry, expires: '2020-01-31' })) }));
    const { status, stdout } = await run('check', '--context', contextFile, '--baseline', expired, ...sample);
    assert.equal(status, 1);
    assert.match(stdout, / error rt-internet-route .*\(acceptance by alice expired 2020-01-31: halves go to a firewall\)$/m);
  });

  test('the verdict can be accepted on its own: an accepted UNVERIFIED passes, OPEN later would not', async () => {
    const tgw = files('transit-gateway-default-route');
    const verdictOnly = join(dir, 'verdict-baseline.json');
    const json = JSON.parse((await run('check', '--format', 'json', '--context', contextFile, ...tgw)).stdout);
    writeFileSync(verdictOnly, JSON.stringify({ closedWorkspacesBaseline: 1, accepted: [{ fingerprint: json.verdictFingerprint, reason: 'the TGW goes to the inspection VPC', expires: '2099-01-01', acceptedBy: 'bob' }] }));
    const accepted = await run('check', '--context', contextFile, '--baseline', verdictOnly, ...tgw);
    assert.equal(accepted.status, 0);
    assert.match(accepted.stdout, /verdict: UNVERIFIED .* — accepted until 2099-01-01 by bob/);
  });

  test('a malformed baseline is a usage error naming the entry and the field', async () => {
    const bad = join(dir, 'bad-baseline.json');
    writeFileSync(bad, JSON.stringify({ closedWorkspacesBaseline: 1, accepted: [{ fingerprint: 'abc', reason: 'x', expires: '2099-01-01', acceptedBy: 'a' }] }));
    const { status, stderr } = await run('check', '--baseline', bad, ...sample);
    assert.equal(status, 2);
    assert.match(stderr, /accepted\[0\] needs "fingerprint"/);
  });
});

describe('SARIF', () => {
  test('rules carry help URIs, levels, tags and security-severity; results carry regions and fingerprints', async () => {
    const { stdout } = await run('check', '--format', 'sarif', '--doc-base', 'https://docs.example.internal/closed', '--context', contextFile, ...files('nat-default-route'));
    const sarif = JSON.parse(stdout);
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.rules.length, RULES.length + 1);
    for (const rule of run0.tool.driver.rules) {
      assert.match(rule.helpUri, /^https:\/\/docs\.example\.internal\/closed\/(rules\/[a-z0-9-]+|reference\/semantics)\/$/);
      assert.ok(rule.properties.tags.includes('closed-workspaces'));
      if (rule.properties['security-severity'] !== undefined) assert.ok(rule.properties.tags.includes('security'), rule.id);
    }
    const severity = (id: string) => Number(run0.tool.driver.rules.find((rule: { id: string }) => rule.id === id).properties['security-severity']);
    assert.ok(severity('path-internet-reachable') >= 9 && severity('rt-internet-route') >= 9);
    assert.equal(run0.results.length, 7, 'six findings and the verdict');
    for (const result of run0.results) {
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.match(result.partialFingerprints['closedWorkspaces/v2'], /^[0-9a-f]{64}$/);
      assert.equal(result.locations.length, 1);
    }
    const verdict = run0.results.at(-1);
    assert.deepEqual([verdict.ruleId, verdict.level, verdict.kind], ['verdict', 'error', 'fail']);
    assert.equal(verdict.locations[0].physicalLocation.artifactLocation.uri, 'public/samples/nat-default-route/route-tables.json');
  });

  test('the verdict result passes when closed and warns when unverified', async () => {
    const closed = JSON.parse((await run('check', '--format', 'sarif', '--context', contextFile, ...files('closed-design'))).stdout).runs[0].results.at(-1);
    assert.deepEqual([closed.ruleId, closed.kind, closed.level], ['verdict', 'pass', 'none']);
    const unverified = JSON.parse((await run('check', '--format', 'sarif', '--context', contextFile, ...files('transit-gateway-default-route'))).stdout).runs[0].results.at(-1);
    assert.deepEqual([unverified.kind, unverified.level], ['fail', 'warning']);
  });

  test('URIs are relative to --root (default: the working directory), and absolute file: URIs outside it', async () => {
    const inside = JSON.parse((await run('check', '--format', 'sarif', ...files('closed-design'))).stdout).runs[0];
    assert.equal(inside.results[0].locations[0].physicalLocation.artifactLocation.uri, 'public/samples/closed-design/route-tables.json');
    assert.equal(inside.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(inside.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${process.cwd()}/`).href);
    const rooted = JSON.parse((await run('check', '--format', 'sarif', '--root', 'public', ...files('closed-design'))).stdout).runs[0];
    assert.equal(rooted.results[0].locations[0].physicalLocation.artifactLocation.uri, 'samples/closed-design/route-tables.json');
    const outside = join(dir, 'rt.json');
    writeFileSync(outside, igwTable());
    const far = JSON.parse((await run('check', '--format', 'sarif', outside)).stdout).runs[0];
    assert.equal(far.results[0].locations[0].physicalLocation.artifactLocation.uri, pathToFileURL(resolve(outside)).href);
  });

  test('omits helpUri when no documentation address is known, since SARIF requires an absolute URI', async () => {
    const { stdout } = await run('check', '--format', 'sarif', ...files('closed-design'));
    assert.ok(JSON.parse(stdout).runs[0].tool.driver.rules.every((rule: object) => !('helpUri' in rule)));
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

describe('--help and the audit report formats', () => {
  test('--help lists every field of the context schema', async () => {
    const { status, stdout } = await run('--help');
    assert.equal(status, 0);
    for (const field of CONTEXT_FIELDS) assert.match(stdout, new RegExp(`^  ${field.name} `, 'm'), field.name);
  });

  test('--format html and markdown write the audit report with each input’s SHA-256 and keep the exit status', async () => {
    const inputs = files('nat-default-route');
    const markdown = await run('check', '--format', 'markdown', ...inputs);
    assert.equal(markdown.status, 1);
    assert.match(markdown.stdout, /^# Closed-network audit report: Amazon WorkSpaces$/m);
    for (const file of inputs) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      assert.ok(markdown.stdout.includes(hash), `${file} is listed with its SHA-256`);
    }
    const html = await run('check', '--format', 'html', '--lang', 'ja', ...inputs);
    assert.equal(html.status, 1);
    assert.match(html.stdout, /^<!doctype html>/i);
    assert.match(html.stdout, /<svg/);
  });

  test('--format html with --each is a usage error', async () => {
    const { status, stderr } = await run('check', '--format', 'html', '--each', 'public/samples');
    assert.equal(status, 2);
    assert.match(stderr, /audit report of one check/);
  });
});
