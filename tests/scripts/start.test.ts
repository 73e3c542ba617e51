/**
 * `npm start` the way a newcomer runs it: the build prints no WARN line to interpret, the site is
 * served, and SIGTERM sent to npm (what a process manager sends; a terminal's Ctrl+C is SIGINT to
 * the whole group) stops the server and frees its port. One build serves both checks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';

const skip = process.platform === 'win32' ? 'POSIX signals' : false;

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether something accepts TCP connections on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntil(condition: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

let npm: ChildProcess | undefined;
let output = '';
let port = 0;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

before(async () => {
  if (skip) return;
  port = await freePort();
  npm = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = npm;
  exited = new Promise((resolve) => started.once('exit', (code, signal) => resolve({ code, signal })));
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  started.stdout?.on('data', collect);
  started.stderr?.on('data', collect);
  const serving = `http://127.0.0.1:${port}/`;
  const ready = await Promise.race([
    waitUntil(async () => output.includes(serving), 600),
    exited.then(() => false),
  ]);
  assert.ok(ready, `npm start did not serve ${serving}:\n${output}`);
});

after(() => {
  if (npm && npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
});

test('the build that npm start runs prints no WARN line', { skip }, () => {
  const warnings = output.split('\n').filter((line) => line.includes('[WARN]') || /^npm warn/i.test(line));
  assert.deepEqual(warnings, []);
  assert.match(output, /\d+ page\(s\) built/);
});

test('npm start serves the site, and SIGTERM to npm stops the server and frees the port', { skip }, async () => {
  const response = await fetch(`http://127.0.0.1:${port}/validate/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /Closed WorkSpaces/);

  npm?.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000))]);
  assert.ok(stopped, 'npm did not exit within 10 s of SIGTERM');
  assert.ok(await waitUntil(async () => !(await accepts(port)), 5), `port ${port} still accepts connections after npm exited`);
});
