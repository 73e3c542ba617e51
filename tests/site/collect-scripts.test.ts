/** The collect scripts are served from their one source in scripts/: copied into the build, and answered by the dev server under the base path. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import collectScripts, { COLLECT_SCRIPTS } from '../../src/integrations/collect-scripts.ts';

type Hooks = Record<string, (options: unknown) => unknown>;
const root = pathToFileURL(`${process.cwd()}/`);
const out = mkdtempSync(join(tmpdir(), 'cw-collect-scripts-'));
after(() => rmSync(out, { recursive: true, force: true }));

function integration(base: string): Hooks {
  const hooks = collectScripts().hooks as unknown as Hooks;
  hooks['astro:config:done']?.({ config: { root, base } });
  return hooks;
}

test('copies both scripts, byte for byte, into scripts/ of the build output', async () => {
  await integration('/')['astro:build:done']?.({ dir: pathToFileURL(`${out}/`) });
  for (const name of COLLECT_SCRIPTS) assert.deepEqual(readFileSync(join(out, 'scripts', name)), readFileSync(join('scripts', name)));
});

test('the dev server answers the scripts under the base path and passes every other request on', async () => {
  let handler: ((request: { url: string }, response: unknown, next: (error?: unknown) => void) => void) | undefined;
  integration('/tools/cw')['astro:server:setup']?.({ server: { middlewares: { use: (fn: typeof handler) => (handler = fn) } } });
  assert.ok(handler);
  const body = await new Promise<Buffer>((resolve, reject) => {
    const response = { setHeader: () => undefined, end: (chunk: Buffer) => resolve(chunk) };
    handler?.({ url: '/tools/cw/scripts/collect.ps1' }, response, reject);
  });
  assert.deepEqual(body, readFileSync('scripts/collect.ps1'));
  let passed = false;
  handler({ url: '/scripts/collect.ps1' }, {}, () => (passed = true));
  assert.ok(passed, 'a path outside the base is not the script');
});
