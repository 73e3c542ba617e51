import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withBase } from '../../src/integrations/base-links.ts';

test('prefixes the base to root-relative page links', () => {
  assert.equal(withBase('/rules/rt-internet-route/', '/tools/closed-workspaces/'), '/tools/closed-workspaces/rules/rt-internet-route/');
  assert.equal(withBase('/ja/guides/activation/#kms', '/docs'), '/docs/ja/guides/activation/#kms');
});

test('leaves external, protocol-relative, relative, hash and already-prefixed links alone', () => {
  for (const url of ['https://docs.aws.amazon.com/', '//cdn.example/x', '../x/', '#sources', '/tools/closed-workspaces/rules/']) {
    assert.equal(withBase(url, '/tools/closed-workspaces/'), url);
  }
});

test('does nothing at the root base', () => {
  assert.equal(withBase('/rules/', '/'), '/rules/');
});
