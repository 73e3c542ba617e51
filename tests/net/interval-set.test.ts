import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { IntervalSet } from '../../validators/net/interval-set.ts';

// Brute force over a small universe: a set is the list of its members.
const UNIVERSE = 64;
const interval = fc.tuple(fc.integer({ min: 0, max: UNIVERSE - 1 }), fc.integer({ min: 0, max: UNIVERSE - 1 })).map(([a, b]) => [BigInt(Math.min(a, b)), BigInt(Math.max(a, b))] as const);
const set = fc.array(interval, { maxLength: 6 }).map((intervals) => IntervalSet.of(intervals));
const members = (s: IntervalSet) => [...Array(UNIVERSE).keys()].map(BigInt).filter((n) => s.has(n));
const RUNS = { numRuns: 10_000 };

describe('IntervalSet against brute-force membership', () => {
  test('keeps ranges sorted, disjoint and non-adjacent', () => {
    fc.assert(
      fc.property(set, (s) => {
        for (let index = 1; index < s.ranges.length; index++) {
          const previous = s.ranges[index - 1] as readonly [bigint, bigint];
          const current = s.ranges[index] as readonly [bigint, bigint];
          assert.ok(previous[1] + 1n < current[0]);
        }
      }),
      RUNS,
    );
  });

  test('union, intersect and subtract agree with set algebra on members', () => {
    fc.assert(
      fc.property(set, set, (a, b) => {
        const inA = new Set(members(a));
        const inB = new Set(members(b));
        assert.deepEqual(members(a.union(b)), [...Array(UNIVERSE).keys()].map(BigInt).filter((n) => inA.has(n) || inB.has(n)));
        assert.deepEqual(members(a.intersect(b)), [...inA].filter((n) => inB.has(n)));
        assert.deepEqual(members(a.subtract(b)), [...inA].filter((n) => !inB.has(n)));
        assert.equal(a.covers(b), [...inB].every((n) => inA.has(n)));
        assert.equal(a.overlaps(b), [...inA].some((n) => inB.has(n)));
        for (const [first, last] of b.ranges) assert.equal(a.overlapsRange(first, last), [...inA].some((n) => n >= first && n <= last));
        assert.equal(a.size(), BigInt(inA.size));
      }),
      RUNS,
    );
  });
});
