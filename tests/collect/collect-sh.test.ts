/**
 * scripts/collect.sh against a fake `aws` on PATH (fake-aws.mjs answering from recordings.ts):
 * the commands it runs (read-only, with their filters, the Region and the profile), the bundle it
 * writes (valid UTF-8 JSON that round-trips through validate() to the report on the separate
 * outputs), failures recorded and reported, and its usage errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { validate, type Context } from '../../validators/index.ts';
import { INPUT_KINDS } from '../../validators/input/kinds/index.ts';
import { assertSameAsSeparate } from './bundles.ts';
import { runWithFakeAws, type Run } from './fake.ts';
import { directoryAccount, DIRECTORY, PROFILE, REGION, SUBNET_A, SUBNET_B, vpcAccount, VPC, type Response } from './recordings.ts';

const SCRIPT = resolve('scripts/collect.sh');

/** Runs collect.sh with these arguments (and --output) against the fake. */
const collect = (args: string[], responses: Response[], env: Record<string, string> = {}): Run => runWithFakeAws(['bash', SCRIPT, ...args], responses, { env, outputOption: '--output' });

/** A call less --region and --profile, as the recordings key it. */
const keyOf = (call: string[]) => call.filter((_, index) => !['--region', '--profile'].includes(call[index] ?? '') && !['--region', '--profile'].includes(call[index - 1] ?? ''));
const optionOf = (call: string[], name: string) => call[call.indexOf(name) + 1];

type Bundle = { closedWorkspacesBundle: number; collected: string; region: string; documents: { name: string; command: string; output?: unknown; error?: string }[] };

const CONTEXT: Context = { workspacesSubnetIds: [SUBNET_A, SUBNET_B], directoryControllers: ['172.20.10.10', '172.20.10.11'] };

describe('collect.sh --directory-id with --follow-transit-gateway', () => {
  const account = directoryAccount();
  const run = collect(['--directory-id', DIRECTORY, '--region', REGION, '--profile', PROFILE, '--follow-transit-gateway'], account.responses);
  const bundle = JSON.parse(run.bundle ?? 'null') as Bundle;

  test('exits 0 and writes the bundle', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.bundle);
  });

  test('runs exactly the recorded commands, in order, each once', () => {
    assert.deepEqual(run.calls.map(keyOf), account.responses.map((response) => response.args));
  });

  test('makes only read-only calls: describe-*, get-* and search-*', () => {
    for (const call of run.calls) assert.match(call[1] ?? '', /^(describe|get|search)-/, call.join(' '));
  });

  test('passes the Region and the profile to every call, and asks for JSON or text output', () => {
    for (const call of run.calls) {
      assert.equal(optionOf(call, '--region'), REGION, call.join(' '));
      assert.equal(optionOf(call, '--profile'), PROFILE, call.join(' '));
      assert.match(optionOf(call, '--output') ?? '', /^(json|text)$/, call.join(' '));
    }
  });

  test('writes UTF-8 without a byte-order mark, non-ASCII text as the CLI printed it', () => {
    const bytes = readFileSync(run.file);
    assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes), run.bundle);
    assert.match(run.bundle ?? '', /"Value": "集約出口 VPC"/);
  });

  test('writes the bundle format: version, time, Region and one document per command, in order', () => {
    assert.equal(bundle.closedWorkspacesBundle, 1);
    assert.match(bundle.collected, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(bundle.region, REGION);
    assert.deepEqual(bundle.documents.map((document) => document.name), account.collected.map((entry) => entry.name));
  });

  test('records each output as the JSON the command printed, and the command without the profile', () => {
    for (const [index, expected] of account.collected.entries()) {
      const document = bundle.documents[index];
      assert.ok(document);
      assert.doesNotMatch(document.command, /--profile|audit/);
      assert.match(document.command, new RegExp(`^aws ${expected.response.args.slice(0, 2).join(' ')} .*--region ${REGION} --output json$`));
      if (expected.response.status) continue;
      assert.deepEqual(document.output, JSON.parse(expected.response.stdout ?? ''), expected.name);
    }
    const search = bundle.documents.find((document) => document.name.startsWith('transit-gateway-routes-'));
    assert.match(search?.command ?? '', / --query "\{TransitGatewayRouteTableId: 'tgw-rtb-0e1e2e3e4e5e6e7e8', Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable\}" /);
  });

  test('records a failed command with the first line of its error, and goes on', () => {
    const failed = bundle.documents.filter((document) => document.error !== undefined);
    assert.deepEqual(
      failed.map((document) => [document.name, document.error?.slice(0, 60)]),
      [
        ['vpc-endpoints.json', 'An error occurred (UnauthorizedOperation) when calling the D'],
        ['vpc-block-public-access-exclusions.json', 'aws: error: argument operation: Invalid choice, valid choice'],
      ],
    );
    assert.ok(failed.every((document) => !('output' in document)));
    assert.match(failed[0]?.error ?? '', /"ec2:DescribeVpcEndpoints" action$/);
  });

  test('says at the end what was collected and what failed', () => {
    const failed = account.collected.filter((entry) => entry.response.status).length;
    assert.equal(failed, 2);
    assert.match(run.stderr, new RegExp(`Wrote .*bundle\\.json: ${account.collected.length - failed} outputs collected, ${failed} commands failed\\.`));
    assert.match(run.stderr, /\n {2}vpc-endpoints\.json: An error occurred \(UnauthorizedOperation\)/);
    assert.match(run.stderr, /\n {2}vpc-block-public-access-exclusions\.json: aws: error: argument operation: Invalid choice/);
    assert.match(run.stderr, /Collected: workspace-directories\.json workspaces\.json vpcs\.json/);
  });

  test('round-trips: validating the bundle gives the report on the separate outputs', () => {
    const separate = new Map(account.collected.filter((entry) => !entry.response.status).map((entry) => [entry.name, entry.response.stdout ?? '']));
    const separateReport = validate([...separate].map(([name, text]) => ({ name, text })), { ...CONTEXT, region: REGION });
    const bundleReport = validate([{ name: 'bundle.json', text: run.bundle ?? '' }], CONTEXT);
    // The bundle adds its two failures; the rest is the same, its Region filling the context's.
    const withoutFailures = { ...bundleReport, findings: bundleReport.findings.filter((finding) => finding.messageId !== 'bundleCommand') };
    assert.equal(bundleReport.findings.length - withoutFailures.findings.length, 2);
    assertSameAsSeparate({ bundleFile: 'bundle.json', bundleText: run.bundle ?? '', bundleReport: withoutFailures, separate, separateReport });
  });

  test('collects every output a registry kind reads, and each is read as that kind', () => {
    const ran = new Set(run.calls.map((call) => `${call[0]} ${call[1]}`));
    for (const kind of INPUT_KINDS) {
      const [, service, operation] = kind.command.split(' ');
      assert.ok(ran.has(`${service} ${operation}`), `${kind.kind}: collect.sh never runs aws ${service} ${operation}`);
      for (const document of bundle.documents.filter((entry) => entry.command.startsWith(`aws ${service} ${operation} `) && 'output' in entry)) {
        const report = validate([{ name: document.name, text: JSON.stringify(document.output) }]);
        assert.ok(report.analysed.documents[0]?.kinds.includes(kind.kind), `${document.name} is not read as ${kind.kind}`);
      }
    }
  });
});

describe('collect.sh --vpc-id', () => {
  const account = vpcAccount();
  const run = collect(['--vpc-id', VPC], account.responses, { AWS_REGION: REGION });
  const bundle = JSON.parse(run.bundle ?? 'null') as Bundle;

  test('takes the Region from AWS_REGION and passes no profile', () => {
    assert.equal(run.status, 0, run.stderr);
    for (const call of run.calls) {
      assert.equal(optionOf(call, '--region'), REGION);
      assert.ok(!call.includes('--profile'));
    }
    assert.equal(bundle.region, REGION);
  });

  test('finds the directory registered in the VPC’s subnets and collects it, with ENIs of its subnets only', () => {
    assert.deepEqual(run.calls.map(keyOf), account.responses.map((response) => response.args));
    assert.deepEqual(bundle.documents.map((document) => document.name), account.collected.map((entry) => entry.name));
  });

  test('runs no transit gateway or prefix-list command when the route tables name none', () => {
    assert.ok(!run.calls.some((call) => /transit-gateway|prefix-list/.test(call[1] ?? '')));
  });
});

describe('collect.sh in trouble', () => {
  test('takes the Region from the profile when neither --region nor AWS_REGION gives it', () => {
    const account = vpcAccount();
    const run = collect(['--vpc-id', VPC, '--profile', 'tokyo'], [{ args: ['configure', 'get', 'region'], stdout: `${REGION}\n` }, ...account.responses]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.calls[0], ['configure', 'get', 'region', '--profile', 'tokyo']);
    assert.ok(run.calls.slice(1).every((call) => optionOf(call, '--region') === REGION && optionOf(call, '--profile') === 'tokyo'));
  });

  test('escapes what it writes into JSON strings: quotes, backslashes, tabs and non-ASCII text', () => {
    const account = vpcAccount();
    const error = 'An error occurred (AccessDenied): 権限がありません "ec2:DescribeVpcEndpoints"\tC:\\Users\\tanaka';
    const responses = account.responses.map((response) => (response.args[1] === 'describe-vpc-endpoints' ? { ...response, stderr: `\n${error}\nsecond line\n`, status: 254 } : response));
    const run = collect(['--vpc-id', VPC, '--region', REGION], responses);
    const bundle = JSON.parse(run.bundle ?? 'null') as Bundle;
    assert.equal(bundle.documents.find((document) => document.name === 'vpc-endpoints.json')?.error, error.replace('\t', ' '));
  });

  test('records a command that printed no JSON as failed', () => {
    const account = vpcAccount();
    const responses = account.responses.map((response) => (response.args[1] === 'describe-nat-gateways' ? { ...response, stdout: '-----------\n|  table  |\n' } : response));
    const run = collect(['--vpc-id', VPC, '--region', REGION], responses);
    const bundle = JSON.parse(run.bundle ?? 'null') as Bundle;
    assert.equal(bundle.documents.find((document) => document.name === 'nat-gateways.json')?.error, 'the command printed no JSON');
  });

  test('writes no bundle and exits 1 when every command fails', () => {
    const run = collect(['--vpc-id', VPC, '--region', REGION], []);
    assert.equal(run.status, 1);
    assert.equal(run.bundle, undefined);
    assert.match(run.stderr, /every command failed; no bundle written/);
    assert.match(run.stderr, /vpcs\.json: fake aws: no recording for: ec2 describe-vpcs/);
  });

  test('exits 1 when the directory’s VPC cannot be found', () => {
    const run = collect(['--directory-id', DIRECTORY, '--region', REGION], [{ args: ['workspaces', 'describe-workspace-directories', '--directory-ids', DIRECTORY, '--query', 'Directories[].SubnetIds[]', '--output', 'text'], stderr: '\nAn error occurred (ResourceNotFoundException)\n', status: 254 }]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /could not find the VPC of directory d-95671a2b3c/);
    assert.equal(run.bundle, undefined);
  });

  for (const [args, message] of [
    [[], /give --vpc-id or --directory-id/],
    [['--vpc-id', 'vpc-XYZ'], /not a VPC id: vpc-XYZ/],
    [['--vpc-id', "vpc-0a'; rm -rf /"], /not a VPC id/],
    [['--directory-id', 'sg-0a1b'], /not a WorkSpaces directory id: sg-0a1b/],
    [['--vpc-id', VPC, '--region', 'Tokyo 1'], /not a Region code/],
    [['--vpc-id', VPC, '--bogus'], /unknown argument: --bogus/],
    [['--vpc-id'], /--vpc-id needs a value/],
    [['--vpc-id', VPC], /no Region: give --region/],
  ] as const) {
    test(`refuses ${JSON.stringify(args)} with exit status 2 and no call`, () => {
      const result = runWithFakeAws(['bash', SCRIPT, ...args], []);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      // Only the Region lookup may run (it finds none here: the fake fails it).
      for (const call of result.calls) assert.deepEqual(call.slice(0, 3), ['configure', 'get', 'region']);
    });
  }

  test('prints its help with exit status 0', () => {
    const result = spawnSync('bash', [SCRIPT, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: collect\.sh \(--vpc-id VPC_ID \.\.\. \| --directory-id DIRECTORY_ID \.\.\.\) \[options\]/);
  });
});

