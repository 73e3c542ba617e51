import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { decide, orderedEntries } from '../../validators/analysis/nacl.ts';
import { partitionByRoute } from '../../validators/analysis/routes.ts';
import { evaluateGroups } from '../../validators/analysis/security-groups.ts';
import { readDocuments } from '../../validators/input/read.ts';
import { IntervalSet } from '../../validators/net/interval-set.ts';
import { boxHas, type TrafficBox } from '../../validators/net/traffic.ts';
import { genEntry, genRoute, genSgRule, renderConfig, uniqueEntries, type Family } from '../support/config.ts';
import { aclAction, block, lookupRoute, sgAllows } from '../support/oracle.ts';

const RUNS = { numRuns: 10_000 };
const MAX: Record<Family, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

/** A packet aimed at the interesting places: block edges, their neighbours, or anywhere. */
const family = fc.constantFrom<Family>(4, 6);
const protocol = fc.constantFrom(0, 1, 6, 17, 47, 50, 58, 99, 255);
const detail = fc.oneof(fc.constantFrom(0, 22, 53, 443, 1023, 1024, 49151, 49152, 65535, 3 * 256 + 4, 8 * 256, 11 * 256 + 255), fc.integer({ min: 0, max: 65535 }));
const addressFor = (f: Family) =>
  fc.oneof(
    fc.constantFrom('0.0.0.0/0', '52.0.0.0/8', '52.94.5.0/24', '8.8.8.8/32', '10.0.1.0/24', '128.0.0.0/1', '::/0', '2600::/12', '2001:db8::/32', '64:ff9b::/96', '8000::/1')
      .map((text) => block(text))
      .filter((b) => b.family === f)
      .chain((b) => fc.constantFrom(b.first, b.last, b.first > 0n ? b.first - 1n : 0n, b.last < MAX[f] ? b.last + 1n : b.last)),
    fc.bigInt({ min: 0n, max: MAX[f] }),
  );
const packet = family.chain((f) => fc.record({ family: fc.constant(f), protocol, detail, address: addressFor(f) }));

function readAcl(entries: Parameters<typeof renderConfig>[0]['entries']) {
  const acl = readDocuments(renderConfig({ entries, closedTargets: [], internalCidrs: [] })).resources.networkAcls[0];
  assert.ok(acl && !acl.incomplete);
  return acl;
}

describe('network ACL first match', () => {
  test('the deciding entry of a single packet is the naive first match, deny rules and the * rule included', () => {
    fc.assert(
      fc.property(fc.array(genEntry, { maxLength: 10 }), packet, fc.boolean(), (raw, p, egress) => {
        const entries = uniqueEntries(raw);
        const acl = readAcl(entries);
        const point: TrafficBox = { protocols: [p.protocol, p.protocol], details: [p.detail, p.detail], addresses: [p.address, p.address] };
        const decisions = decide(orderedEntries(acl, egress, p.family), [point]);
        assert.equal(decisions.length, 1);
        assert.equal(decisions[0]?.entry.action, aclAction(entries, egress, p.family, p.protocol, p.detail, p.address));
      }),
      RUNS,
    );
  });

  test('decisions split a query into disjoint boxes that cover it exactly, each decided as the naive first match', () => {
    const query = family.chain((f) =>
      fc.record({
        family: fc.constant(f),
        protocols: fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        details: fc.tuple(detail, detail).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        addresses: fc.tuple(addressFor(f), addressFor(f)).map(([a, b]) => (a < b ? [a, b] : [b, a]) as readonly [bigint, bigint]),
      }),
    );
    fc.assert(
      fc.property(fc.array(genEntry, { maxLength: 8 }), query, fc.boolean(), fc.array(packet, { minLength: 3, maxLength: 3 }), (raw, q, egress, probes) => {
        const entries = uniqueEntries(raw);
        const acl = readAcl(entries);
        const box: TrafficBox = { protocols: q.protocols, details: q.details, addresses: q.addresses };
        const decisions = decide(orderedEntries(acl, egress, q.family), [box]);
        const volume = (b: TrafficBox) => BigInt(b.protocols[1] - b.protocols[0] + 1) * BigInt(b.details[1] - b.details[0] + 1) * (b.addresses[1] - b.addresses[0] + 1n);
        assert.equal(decisions.reduce((sum, d) => sum + volume(d.box), 0n), volume(box), 'the pieces add up to the query');
        // Probe points inside the query: exactly one piece holds each, with the naive decision.
        const [low, high] = q.addresses;
        const width = high - low + 1n;
        for (const probe of probes) {
          const p = { protocol: clamp(probe.protocol, q.protocols), detail: clamp(probe.detail, q.details), address: low + (probe.address % width) };
          const holders = decisions.filter((d) => boxHas(d.box, p.protocol, p.detail, p.address));
          assert.equal(holders.length, 1);
          assert.equal(holders[0]?.entry.action, aclAction(entries, egress, q.family, p.protocol, p.detail, p.address));
        }
      }),
      RUNS,
    );
  });
});

describe('route selection', () => {
  test('the route carrying an address is the naive longest-prefix match, static over propagated on a tie', () => {
    fc.assert(
      fc.property(fc.array(genRoute, { maxLength: 8 }), family.chain((f) => fc.tuple(fc.constant(f), addressFor(f))), (raw, [f, address]) => {
        const seen = new Set<string>();
        const routes = raw.filter((route) => {
          const key = `${route.destination}:${route.propagated}`;
          if (seen.has(key) || route.destination === '10.0.0.0/16') return false;
          seen.add(key);
          return true;
        });
        const table = readDocuments(renderConfig({ routes, closedTargets: [], internalCidrs: [] })).resources.routeTables[0];
        assert.ok(table);
        const partition = partitionByRoute(table, f, IntervalSet.range(0n, MAX[f]), new Map());
        const holders = partition.regions.filter((region) => region.addresses.has(address));
        assert.equal(holders.length, 1, 'regions partition the space');
        const expected = lookupRoute(routes, f, address);
        const actual = holders[0]?.route;
        if (!expected) assert.equal(actual, undefined);
        else {
          assert.ok(actual);
          const destination = actual.destination.kind === 'cidr' ? actual.destination.cidr.canonical : '';
          assert.equal(block(destination).prefix, block(expected.destination).prefix);
          assert.equal(actual.target.id, expected.target);
          assert.equal(actual.origin === 'propagated', expected.propagated);
        }
      }),
      RUNS,
    );
  });
});

describe('security groups', () => {
  test('a packet is allowed exactly when some rule of the direction matches it (any order, any overlap)', () => {
    fc.assert(
      fc.property(fc.array(genSgRule, { maxLength: 6 }), packet, fc.boolean(), (rules, p, egress) => {
        const group = readDocuments(renderConfig({ sgRules: rules, closedTargets: [], internalCidrs: [] })).resources.securityGroups[0];
        assert.ok(group && !group.incomplete);
        const point: TrafficBox = { protocols: [p.protocol, p.protocol], details: [p.detail, p.detail], addresses: [p.address, p.address] };
        const evaluation = evaluateGroups([group], egress, p.family, [point], new Map(), 'no-match');
        assert.equal(evaluation.allowed.length > 0, sgAllows(rules, egress, p.family, p.protocol, p.detail, p.address));
        assert.equal(evaluation.allowed.length > 0, evaluation.denied.length === 0);
      }),
      RUNS,
    );
  });
});

function clamp(value: number, span: readonly [number, number]): number {
  return span[0] + (((value - span[0]) % (span[1] - span[0] + 1)) + (span[1] - span[0] + 1)) % (span[1] - span[0] + 1);
}
