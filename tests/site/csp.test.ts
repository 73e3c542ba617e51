import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { policyFor, withPolicy } from '../../src/integrations/csp.ts';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

test('allows each inline script by its hash and nothing by origin but self', () => {
  const html = '<html><head><meta charset="utf-8"><script>one()</script></head><body><script type="module">two()</script><script src="/x.js"></script></body></html>';
  const policy = policyFor(html);
  assert.match(policy, /default-src 'self'/);
  assert.ok(policy.includes(sha('one()')));
  assert.ok(policy.includes(sha('two()')));
  const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
  assert.ok(scriptSrc && !scriptSrc.includes('unsafe-inline'));
  assert.doesNotMatch(policy, /https?:/);
});

test('puts the policy right after the charset, replacing an older one', () => {
  const html = '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="old"><title>t</title></head></html>';
  const out = withPolicy(html);
  assert.equal(out.match(/Content-Security-Policy/gi)?.length, 1);
  assert.ok(out.indexOf('Content-Security-Policy') > out.indexOf('charset'));
  assert.ok(out.indexOf('Content-Security-Policy') < out.indexOf('<title>'));
  assert.ok(!out.includes('content="old"'));
});

test('ignores empty inline scripts', () => {
  assert.ok(!policyFor('<script> </script>').includes('sha256'));
});
