/**
 * The engine as CI pipelines install it: `npm pack` the workspace, install the tarball into an
 * empty folder (only the registry's dependencies, from the npm cache when it has them), and run
 * the installed `closed-workspaces` on the samples. Nothing of the site may be in the package.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';

const ROOT = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'cw-package-'));
const project = join(dir, 'project');
// npm runs on the Node that runs the tests (npm under an older Node picks other versions).
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

let tarball = '';
let files: string[] = [];

before(() => {
  const packed = run('npm', ['pack', '--workspace', 'closed-workspaces', '--pack-destination', dir, '--json'], { cwd: ROOT });
  assert.equal(packed.status, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  assert.ok(info);
  tarball = join(dir, info.filename);
  files = info.files.map((file) => file.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pipeline', private: true }));
  const installed = run('npm', ['install', '--prefer-offline', '--no-save', tarball], { cwd: project });
  assert.equal(installed.status, 0, installed.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = () => join(project, 'node_modules', '.bin', 'closed-workspaces');
const sample = (id: string) => readdirSync(join(ROOT, 'public/samples', id)).map((name) => join(ROOT, 'public/samples', id, name));

describe('the closed-workspaces package', () => {
  test('holds the compiled engine, its declarations and package.json, and nothing of the site', () => {
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/index.js') && files.includes('dist/index.d.ts'), files.join(' '));
    for (const file of files) {
      assert.match(file, /^(dist\/.+\.(js|d\.ts)|package\.json|README\.md|LICENSE)$/, `unexpected file in the package: ${file}`);
      assert.doesNotMatch(file, /(^|\/)(src|content|public|tests|scripts|bench|rules\/cases)\//);
    }
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/closed-workspaces/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['jsonc-parser', 'yaml', 'zod']);
    assert.equal(manifest.bin['closed-workspaces'], 'dist/cli.js');
  });

  test('installs only the engine and its runtime dependencies', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.deepEqual(installed.sort(), ['closed-workspaces', 'jsonc-parser', 'yaml', 'zod']);
  });

  test('the installed command checks the samples with the documented exit statuses', () => {
    const closed = run(cli(), ['check', ...sample('closed-design')], { cwd: project });
    assert.equal(closed.status, 0, closed.stderr);
    assert.match(closed.stdout, /^verdict: CLOSED/m);
    assert.equal(run(cli(), ['check', ...sample('nat-default-route')], { cwd: project }).status, 1);
    assert.equal(run(cli(), ['check', ...sample('transit-gateway-default-route')], { cwd: project }).status, 3);
    const sarif = run(cli(), ['check', '--format', 'sarif', '--each', join(ROOT, 'public/samples')], { cwd: project });
    // One run per sample folder, and one for index.json (a file is an account of its own).
    const samples = (JSON.parse(readFileSync(join(ROOT, 'public/samples/index.json'), 'utf8')) as { samples: unknown[] }).samples.length;
    assert.equal(JSON.parse(sarif.stdout).runs.length, samples + 1, sarif.stderr);
  });

  test('the API can be imported from the package, with its types', () => {
    const script = "import { validate } from 'closed-workspaces'; console.log(validate([{ name: 'a.json', text: '{\"RouteTables\": []}' }]).verdict);";
    const imported = run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(imported.stdout.trim(), 'unverified');
    assert.match(readFileSync(join(project, 'node_modules/closed-workspaces/dist/index.d.ts'), 'utf8'), /export \{ validate/);
  });

  test('runs on the oldest Node.js its engines field names, when that Node is on this machine', (t) => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'validators/package.json'), 'utf8')).engines.node as string;
    const oldest = /^>=(\d+)\.(\d+)$/.exec(engines);
    assert.ok(oldest, `engines.node is ${engines}`);
    const system = run('/usr/bin/node', ['--version']);
    const version = /^v(\d+)\.(\d+)/.exec(system.stdout);
    if (system.status !== 0 || !version || Number(version[1]) !== Number(oldest[1])) return t.skip(`no Node ${oldest[1]} at /usr/bin/node`);
    assert.ok(Number(version[2]) >= Number(oldest[2]), `/usr/bin/node is ${system.stdout.trim()}, older than ${engines}`);
    const result = run('/usr/bin/node', [cli(), 'check', ...sample('nat-default-route')], { cwd: project });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^verdict: OPEN/m);
  });
});

interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

/**
 * Runs the composite action's `run` steps as GitHub would (bash -eo pipefail, expressions in
 * `env` resolved), standing in for the two `uses` steps: setup-node (this Node is first on PATH)
 * and upload-sarif (its input file must exist).
 */
function runAction(inputs: Record<string, string>, workdir: string): { status: number; log: string; uploaded: string[]; outputs: Record<string, string> } {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: ActionStep[] } };
  assert.equal(action.runs.using, 'composite');
  const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  Object.assign(values, inputs);
  // One runner temp for all runs, like one runner's jobs: later installs find the package there.
  const temp = join(dir, 'runner-temp');
  mkdirSync(temp, { recursive: true });
  const outputFile = join(workdir, 'github-output');
  writeFileSync(outputFile, '');
  const outputs = () => Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split('=', 2) as [string, string]));
  const resolveExpression = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      if (input) return values[input[1] as string] ?? '';
      if (expression === 'runner.temp') return temp;
      const output = /^steps\.check\.outputs\.(\w+)$/.exec(expression);
      if (output) return outputs()[output[1] as string] ?? '';
      throw new Error(`action.yml uses an expression the test does not know: ${expression}`);
    });
  let log = '';
  const uploaded: string[] = [];
  for (const step of action.runs.steps) {
    if (step.uses?.startsWith('actions/setup-node')) continue;
    if (step.uses?.startsWith('github/codeql-action/upload-sarif')) {
      if (values['upload-sarif'] === 'true' && outputs().status !== undefined) uploaded.push(join(workdir, resolveExpression(values['sarif-file'] as string)));
      continue;
    }
    assert.ok(step.run, `step ${step.name} has neither uses nor run`);
    assert.doesNotMatch(step.run, /\$\{\{/, `step ${step.name} puts an expression into its script (pass it through env instead)`);
    if (step.if?.includes("steps.check.outputs.status != ''") && outputs().status === undefined) continue;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, resolveExpression(String(value))]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workdir, encoding: 'utf8', env: { ...env, ...stepEnv, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: temp }, maxBuffer: 64 * 1024 * 1024 });
    log += `${result.stdout}${result.stderr}`;
    if (result.status !== 0) return { status: result.status ?? -1, log, uploaded, outputs: outputs() };
  }
  return { status: 0, log, uploaded, outputs: outputs() };
}

describe('the GitHub Action (action.yml)', () => {
  test('installs the package, checks the files, uploads the SARIF and passes on a closed VPC', () => {
    const workdir = join(dir, 'action-closed');
    mkdirSync(workdir);
    for (const file of sample('closed-design')) copyFileSync(file, join(workdir, file.split('/').at(-1) as string));
    const result = runAction({ package: tarball, files: '*.json' }, workdir);
    assert.equal(result.status, 0, result.log);
    assert.equal(result.outputs.status, '0');
    assert.deepEqual(result.uploaded, [join(workdir, 'closed-workspaces.sarif')]);
    const sarif = JSON.parse(readFileSync(join(workdir, 'closed-workspaces.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].properties.verdict, 'closed');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'network-acls.json');
  });

  test('checks a folder of accounts and fails the job with status 3 after uploading, when one is UNVERIFIED', () => {
    const workdir = join(dir, 'action-each');
    for (const [account, id] of [['111111111111', 'closed-design'], ['222222222222', 'transit-gateway-default-route']] as const) {
      mkdirSync(join(workdir, 'accounts', account), { recursive: true });
      for (const file of sample(id)) copyFileSync(file, join(workdir, 'accounts', account, file.split('/').at(-1) as string));
    }
    const result = runAction({ package: tarball, each: 'accounts', 'sarif-file': 'out.sarif', lang: 'ja' }, workdir);
    assert.equal(result.status, 3, result.log);
    assert.equal(result.outputs.status, '3');
    assert.match(result.log, /UNVERIFIED/);
    assert.ok(existsSync(join(workdir, 'out.sarif')));
    assert.equal(JSON.parse(readFileSync(join(workdir, 'out.sarif'), 'utf8')).runs.length, 2);
    assert.equal(result.uploaded.length, 1);
  });

  test('stops before uploading when the input cannot be read', () => {
    const workdir = join(dir, 'action-missing');
    mkdirSync(workdir);
    const result = runAction({ package: tarball, files: 'missing.json' }, workdir);
    assert.equal(result.status, 2, result.log);
    assert.match(result.log, /cannot read missing\.json/);
    assert.deepEqual(result.uploaded, []);
  });
});
