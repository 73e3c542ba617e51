import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  cleanContext,
  decodeState,
  deflate,
  encodeState,
  FRAGMENT_KEY,
  fragmentPayload,
  fromBase64Url,
  loadSession,
  saveSession,
  shareLink,
  stateFromLocation,
  toBase64Url,
  type SessionStorage,
  type WorkbenchState,
} from '../../src/client/share-state.ts';

const SAMPLE: WorkbenchState = {
  documents: [
    { name: 'route-tables.json', text: '{\n  "RouteTables": [{ "RouteTableId": "rtb-0f00d5a1e0c1a5ed0", "Tags": [{ "Key": "Name", "Value": "閉域 <img src=x onerror=alert(1)>" }] }]\n}\n' },
    { name: 'ipconfig.txt', text: 'Windows IP Configuration\r\n\r\n   Host Name . . . . : WS-01\r\n' },
  ],
  context: { region: 'ap-northeast-1', bundle: 'byol', workspacesSubnetIds: ['subnet-0a1b2c3d4e5f60001'], directoryControllers: ['10.0.10.10'], internalCidrs: [], closedTargets: ['tgw-0123456789abcdef0'] },
};

class MemoryStorage implements SessionStorage {
  readonly items = new Map<string, string>();
  private readonly quota: number;
  constructor(quota = Infinity) {
    this.quota = quota;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('base64url', () => {
  test('round-trips any bytes without padding or URL-unsafe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = toBase64Url(bytes);
        assert.match(text, /^[A-Za-z0-9_-]*$/);
        assert.deepEqual(fromBase64Url(text), bytes);
      }),
      { numRuns: 60 },
    );
  });

  test('rejects characters outside the base64url alphabet and impossible lengths', () => {
    assert.equal(fromBase64Url('ab+c'), undefined);
    assert.equal(fromBase64Url('ab/c'), undefined);
    assert.equal(fromBase64Url('abcde'), undefined);
    assert.equal(fromBase64Url('a b'), undefined);
  });
});

describe('share state', () => {
  test('a state round-trips exactly, including CRLF, non-ASCII and markup in values', async () => {
    const decoded = await decodeState(await encodeState(SAMPLE));
    assert.deepEqual(decoded, { ok: true, state: SAMPLE });
  });

  test('random documents and contexts round-trip exactly', async () => {
    const documents = fc.array(fc.record({ name: fc.string(), text: fc.string({ unit: 'grapheme' }) }, { noNullPrototype: true }), { maxLength: 4 });
    const context = fc.record(
      {
        region: fc.string(),
        bundle: fc.constantFrom('public' as const, 'byol' as const),
        workspacesSubnetIds: fc.array(fc.string()),
        directoryControllers: fc.array(fc.string()),
        internalCidrs: fc.array(fc.string()),
        closedTargets: fc.array(fc.string()),
        workspacesSecurityGroupIds: fc.array(fc.string()),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    await fc.assert(
      fc.asyncProperty(documents, context, async (docs, ctx) => {
        const state = { documents: docs, context: ctx };
        assert.deepEqual(await decodeState(await encodeState(state)), { ok: true, state });
      }),
      { numRuns: 80 },
    );
  });

  test('compresses repetitive AWS output well below its size', async () => {
    const text = JSON.stringify({ RouteTables: Array.from({ length: 200 }, (_, index) => ({ RouteTableId: `rtb-${String(index).padStart(17, '0')}`, Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }] })) }, null, 4);
    const encoded = await encodeState({ documents: [{ name: 'rt.json', text }], context: {} });
    assert.ok(encoded.length * 8 < text.length, `${encoded.length} characters for ${text.length}`);
  });

  test('a link keeps the page and puts the state in the fragment, never in the query', async () => {
    const link = await shareLink('https://intranet.example/tools/closed-workspaces/validate/?utm=x#old', SAMPLE);
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, 'https://intranet.example/tools/closed-workspaces/validate/');
    assert.equal(url.search, '');
    assert.ok(url.hash.startsWith(`#${FRAGMENT_KEY}=`));
    assert.deepEqual(await stateFromLocation({ hash: url.hash }), { ok: true, state: SAMPLE });
  });

  test('a page opened without a state in its fragment gets none', async () => {
    assert.equal(await stateFromLocation({ hash: '' }), undefined);
    assert.equal(await stateFromLocation({ hash: '#what-to-run' }), undefined);
    assert.equal(fragmentPayload('#a=1&workbench=xyz'), 'xyz');
  });

  test('reports a damaged link as a value instead of throwing', async () => {
    assert.deepEqual(await decodeState('%%%'), { ok: false, error: 'encoding' });
    assert.deepEqual(await decodeState(toBase64Url(new TextEncoder().encode('not deflate at all, just text'))), { ok: false, error: 'compression' });
    const notJson = toBase64Url(await deflate(new TextEncoder().encode('{"v":1,')));
    assert.deepEqual(await decodeState(notJson), { ok: false, error: 'json' });
    const wrongShape = toBase64Url(await deflate(new TextEncoder().encode('{"v":1,"d":[["a"]]}')));
    assert.deepEqual(await decodeState(wrongShape), { ok: false, error: 'shape' });
    const badContext = toBase64Url(await deflate(new TextEncoder().encode('{"v":1,"d":[],"c":{"bundle":"cloud"}}')));
    assert.deepEqual(await decodeState(badContext), { ok: false, error: 'shape' });
  });

  test('says when a link comes from a newer version of the site', async () => {
    const future = toBase64Url(await deflate(new TextEncoder().encode('{"v":2,"d":[],"c":{}}')));
    assert.deepEqual(await decodeState(future), { ok: false, error: 'version' });
  });

  test('stops inflating a link past the size limit (a deflate bomb)', async () => {
    const bomb = toBase64Url(await deflate(new TextEncoder().encode(`{"v":1,"d":[["a","${'A'.repeat(3_000_000)}"]]}`)));
    assert.ok(bomb.length < 10_000);
    assert.deepEqual(await decodeState(bomb, 1_000_000), { ok: false, error: 'too-large' });
  });

  test('drops context fields the engine does not know', () => {
    assert.deepEqual(cleanContext({ region: 'us-east-1', evil: '<script>', internalCidrs: ['10.0.0.0/8'] }), { region: 'us-east-1', internalCidrs: ['10.0.0.0/8'] });
    assert.equal(cleanContext({ internalCidrs: [1] }), undefined);
    assert.equal(cleanContext([]), undefined);
  });
});

describe('session storage', () => {
  test('restores what was saved for the same key only', async () => {
    const storage = new MemoryStorage();
    assert.equal(await saveSession(storage, 'workbench:/validate/', SAMPLE), true);
    assert.deepEqual(await loadSession(storage, 'workbench:/validate/'), SAMPLE);
    assert.equal(await loadSession(storage, 'workbench:/ja/validate/'), undefined);
  });

  test('forgets the old copy when the new one does not fit', async () => {
    const storage = new MemoryStorage((await encodeState(SAMPLE)).length);
    assert.equal(await saveSession(storage, 'k', SAMPLE), true);
    const big = { documents: [{ name: 'x', text: Array.from({ length: 2000 }, (_, index) => `${index * 7919}`).join(',') }], context: {} };
    assert.equal(await saveSession(storage, 'k', big), false);
    assert.equal(await loadSession(storage, 'k'), undefined);
  });

  test('ignores an unreadable saved value', async () => {
    const storage = new MemoryStorage();
    storage.setItem('k', 'not a state');
    assert.equal(await loadSession(storage, 'k'), undefined);
  });
});
