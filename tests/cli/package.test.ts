/**
 * The engine as CI pipelines install it: `npm pack` the workspace, install the tarball into an
 * empty folder (only the registry's dependencies, from the npm cache when it has them), and run
 * the installed `closed-workspaces` on the samples. Nothing of the site may be in the package.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

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
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['jsonc-parser', 'zod']);
    assert.equal(manifest.bin['closed-workspaces'], 'dist/cli.js');
  });

  test('installs only the engine and its runtime dependencies', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.deepEqual(installed.sort(), ['closed-workspaces', 'jsonc-parser', 'zod']);
  });

  test('the installed command checks the samples with the documented exit statuses', () => {
    const closed = run(cli(), ['check', ...sample('closed-design')], { cwd: project });
    assert.equal(closed.status, 0, closed.stderr);
    assert.match(closed.stdout, /^verdict: CLOSED/m);
    assert.equal(run(cli(), ['check', ...sample('nat-default-route')], { cwd: project }).status, 1);
    assert.equal(run(cli(), ['check', ...sample('transit-gateway-default-route')], { cwd: project }).status, 3);
    const sarif = run(cli(), ['check', '--format', 'sarif', '--each', join(ROOT, 'public/samples')], { cwd: project });
    assert.equal(JSON.parse(sarif.stdout).runs.length, 15, sarif.stderr);
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
