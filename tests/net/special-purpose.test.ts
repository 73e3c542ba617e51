/**
 * The engine's special-purpose tables are the IANA registries' rows (validators/requirements/),
 * nothing more or less, and public space follows their "Globally Reachable" column.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cidr, parseAddress } from '../../validators/net/address.ts';
import { IntervalSet } from '../../validators/net/interval-set.ts';
import { NON_PUBLIC, publicSpace, SPECIAL_PURPOSE_IPV4, SPECIAL_PURPOSE_IPV6 } from '../../validators/net/special-purpose.ts';
import { IPV4_SPECIAL_REGISTRY, IPV6_SPECIAL_REGISTRY, MULTICAST_BLOCKS, SOURCES } from '../../validators/requirements/index.ts';

const FAMILIES = [
  { family: 4, registry: IPV4_SPECIAL_REGISTRY, table: SPECIAL_PURPOSE_IPV4 },
  { family: 6, registry: IPV6_SPECIAL_REGISTRY, table: SPECIAL_PURPOSE_IPV6 },
] as const;

const isPublic = (address: string) => {
  const parsed = parseAddress(address);
  assert.ok(parsed, address);
  return publicSpace(parsed.family).has(parsed.value);
};

describe('special-purpose tables derived from the registries', () => {
  for (const { family, registry, table } of FAMILIES) {
    test(`IPv${family}: every registry row and multicast, each once, with its name, RFC and reachability`, () => {
      const expected = [...registry.entries, MULTICAST_BLOCKS[family]].map((entry) => `${entry.block} | ${entry.name} | ${entry.rfc} | ${entry.globallyReachable === true}`).sort();
      const derived = table.map((block) => `${block.cidr} | ${block.name} | ${block.reference} | ${block.globallyReachable}`).sort();
      assert.deepEqual(derived, expected);
    });

    test(`IPv${family}: non-public space is the non-reachable rows minus the reachable ones`, () => {
      const set = (reachable: boolean) => IntervalSet.of([...registry.entries, MULTICAST_BLOCKS[family]].filter((entry) => (entry.globallyReachable === true) === reachable).map((entry) => [cidr(entry.block).first, cidr(entry.block).last] as const));
      assert.deepEqual(NON_PUBLIC[family].ranges, set(false).subtract(set(true)).ranges);
    });

    test(`IPv${family}: the registry cites its source and the date of its version`, () => {
      assert.equal(registry.url, SOURCES[registry.source].url);
      assert.match(registry.version, /^\d{4}-\d{2}-\d{2}$/);
      for (const entry of registry.entries) assert.match(entry.rfc, /^RFC \d+$/, entry.block);
    });
  }

  test('2001:30::/28 (DETs) and 2001:1::3/128 (DNS-SD SRP anycast) are public; their neighbours in 2001::/23 are not', () => {
    assert.equal(isPublic('2001:30::1'), true);
    assert.equal(isPublic('2001:3f:ffff:ffff:ffff:ffff:ffff:ffff'), true);
    assert.equal(isPublic('2001:1::3'), true);
    assert.equal(isPublic('2001:1::4'), false);
    assert.equal(isPublic('2001:40::1'), false);
  });

  test('5f00::/16 (SRv6 SIDs) is not public', () => {
    assert.equal(isPublic('5f00::1'), false);
    assert.equal(isPublic('5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), true);
    assert.equal(isPublic('5f01::'), true);
  });
});
