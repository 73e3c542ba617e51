import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fingerprints, holds, isDate, readBaseline, sha256Hex } from '../../validators/baseline.ts';

describe('validators/baseline.ts', () => {
  test('sha256Hex is SHA-256 of the UTF-8 bytes, as node:crypto computes it', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ルート 0.0.0.0/0\0rt-internet-route', '😀'.repeat(100)]) {
      assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'), JSON.stringify(text.slice(0, 20)));
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256Hex(text) === createHash('sha256').update(text, 'utf8').digest('hex')), { numRuns: 500 });
  });

  test('fingerprints ignore the words and number repeats of the same place and message', () => {
    const key = { ruleId: 'rt-internet-route', location: 'route-tables.json', path: ['RouteTables', 0, 'Routes', 1], messageId: 'split' };
    const [first, second, other] = fingerprints([key, key, { ...key, messageId: 'default' }]);
    assert.notEqual(first, second);
    assert.notEqual(first, other);
    assert.equal(fingerprints([key])[0], first);
  });

  test('reads a baseline, naming the entry and field that is wrong', () => {
    const entry = { fingerprint: 'a'.repeat(64), reason: 'S3 ranges', expires: '2027-03-31', acceptedBy: 'alice' };
    const read = readBaseline({ closedWorkspacesBaseline: 1, accepted: [entry] });
    assert.ok('accepted' in read && read.accepted.get('a'.repeat(64))?.reason === 'S3 ranges');
    assert.deepEqual(readBaseline({ closedWorkspacesBaseline: 1, accepted: [{ ...entry, expires: '2027-02-30' }] }), { error: 'accepted[0] needs "expires" as a date YYYY-MM-DD, not "2027-02-30"' });
    assert.deepEqual(readBaseline({ closedWorkspacesBaseline: 1, accepted: [entry, { ...entry, reason: ' ' }] }), { error: 'accepted[1] needs a "reason"' });
    assert.deepEqual(readBaseline({ accepted: [] }), { error: 'has no "closedWorkspacesBaseline": 1 (written by --write-baseline)' });
  });

  test('an acceptance holds through its expiry day and not after', () => {
    const acceptance = { fingerprint: 'a'.repeat(64), reason: 'r', expires: '2026-12-01', acceptedBy: 'a' };
    assert.equal(holds(acceptance, '2026-12-01'), true);
    assert.equal(holds(acceptance, '2026-12-02'), false);
    assert.equal(isDate('2026-12-01'), true);
    assert.equal(isDate('2026-13-01'), false);
  });
});
