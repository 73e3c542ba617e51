import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { IPv4, IPv6, Validator } from 'ip-num';
import { countCidrs, formatIPv4, formatIPv6, isAddressError, parseCidr, parseIPv4, parseIPv6, rangeToCidrs } from '../../validators/net/address.ts';

const RUNS = { numRuns: 10_000 };

describe('IPv4 parsing', () => {
  test('agrees with ip-num on every 32-bit value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        const text = formatIPv4(BigInt(n));
        assert.equal(parseIPv4(text), BigInt(n));
        assert.equal(IPv4.fromString(text).value, BigInt(n));
      }),
      RUNS,
    );
  });

  test('accepts exactly what ip-num accepts among dotted strings without leading zeros', () => {
    const part = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('', 'a', '-1', '1e2', ' 1'));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('.');
        const ours = parseIPv4(text) !== undefined;
        const theirs = Validator.isValidIPv4String(text)[0] && parts.length === 4 && parts.every((p) => /^(0|[1-9]\d*)$/.test(p));
        assert.equal(ours, theirs, text);
      }),
      RUNS,
    );
  });

  test('rejects leading zeros, which some tools read as octal', () => {
    assert.equal(parseIPv4('010.0.0.1'), undefined);
    assert.equal(parseIPv4('10.0.0.01'), undefined);
  });
});

describe('IPv6 parsing and formatting', () => {
  const value128 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });
  const sparse128 = fc.array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0xdb8, 0x2001), { minLength: 8, maxLength: 8 }).map((groups) => groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n));

  test('formats to RFC 5952 text that round-trips and that ip-num reads as the same value', () => {
    fc.assert(
      fc.property(fc.oneof(value128, sparse128), (value) => {
        const text = formatIPv6(value);
        assert.equal(parseIPv6(text), value, text);
        assert.equal(IPv6.fromString(text).value, value, text);
        assert.doesNotMatch(text, /(^|:)0[0-9a-f]/, 'no leading zeros in a group');
        assert.ok((text.match(/::/g) ?? []).length <= 1);
      }),
      RUNS,
    );
  });

  test('reads the uncompressed form of any value the same as ip-num', () => {
    fc.assert(
      fc.property(value128, (value) => {
        const full = [...Array(8).keys()].map((index) => ((value >> BigInt(112 - 16 * index)) & 0xffffn).toString(16)).join(':');
        assert.equal(parseIPv6(full), value);
        assert.equal(parseIPv6(full.toUpperCase()), value);
      }),
      RUNS,
    );
  });

  test('compresses the longest run of zero groups, the first one on a tie, never a single group', () => {
    assert.equal(formatIPv6(parseIPv6('2001:db8:0:0:1:0:0:1') as bigint), '2001:db8::1:0:0:1');
    assert.equal(formatIPv6(parseIPv6('2001:db8:0:1:1:1:1:1') as bigint), '2001:db8:0:1:1:1:1:1');
    assert.equal(formatIPv6(0n), '::');
    assert.equal(formatIPv6(1n), '::1');
  });

  test('accepts embedded IPv4 only at the end and rejects zone ids and double ::', () => {
    assert.equal(parseIPv6('::ffff:192.0.2.1'), 0xffffc0000201n);
    assert.equal(parseIPv6('::192.0.2.1:1'), undefined);
    assert.equal(parseIPv6('fe80::1%eth0'), undefined);
    assert.equal(parseIPv6('1::2::3'), undefined);
    assert.equal(parseIPv6('1:2:3:4:5:6:7:8:9'), undefined);
    assert.equal(parseIPv6('1:2:3:4:5:6:7::8'), undefined);
  });
});

describe('CIDR parsing', () => {
  test('canonicalises host bits the way AWS stores them', () => {
    const parsed = parseCidr('100.68.0.18/18');
    assert.ok(!isAddressError(parsed));
    assert.equal(parsed.canonical, '100.68.0.0/18');
    assert.equal(parsed.hostBitsSet, true);
  });

  test('rejects a prefix above 32 for IPv4 and above 128 for IPv6', () => {
    assert.ok(isAddressError(parseCidr('10.0.0.0/33')));
    assert.ok(isAddressError(parseCidr('::/129')));
    assert.ok(!isAddressError(parseCidr('::/128')));
  });

  test('rejects the wrong family for the field, and non-strings', () => {
    assert.ok(isAddressError(parseCidr('::/0', 4)));
    assert.ok(isAddressError(parseCidr('0.0.0.0/0', 6)));
    assert.ok(isAddressError(parseCidr(42)));
    assert.ok(isAddressError(parseCidr('10.0.0.0')));
  });

  test('first and last match ip-num for random IPv4 and IPv6 blocks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), (n, prefix) => {
        const parsed = parseCidr(`${formatIPv4(BigInt(n))}/${prefix}`);
        assert.ok(!isAddressError(parsed));
        const size = 1n << BigInt(32 - prefix);
        assert.equal(parsed.first, (BigInt(n) / size) * size);
        assert.equal(parsed.last, parsed.first + size - 1n);
      }),
      RUNS,
    );
  });
});

describe('range to CIDRs', () => {
  test('covers exactly the range with aligned blocks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 20 }), (start, length) => {
        const first = BigInt(start);
        const last = first + BigInt(length) > 2n ** 32n - 1n ? 2n ** 32n - 1n : first + BigInt(length);
        let next = first;
        for (const text of rangeToCidrs(4, first, last)) {
          const block = parseCidr(text);
          assert.ok(!isAddressError(block) && !block.hostBitsSet, text);
          assert.equal(block.first, next);
          next = block.last + 1n;
        }
        assert.equal(next, last + 1n);
      }),
      { numRuns: 2_000 },
    );
  });

  test('writes the split default route as two halves', () => {
    assert.deepEqual(rangeToCidrs(4, 0n, 2n ** 32n - 1n), ['0.0.0.0/0']);
    assert.deepEqual(rangeToCidrs(4, 1n, 2n ** 32n - 1n).length, 32);
  });

  test('counts as many blocks as it lists, for any IPv4 or IPv6 range including the whole space', () => {
    const bound4 = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), fc.constantFrom(0n, 1n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 2n, 2n ** 32n - 1n));
    const bound6 = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), fc.constantFrom(0n, 1n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 127n, 2n ** 128n - 1n));
    const agrees = (family: 4 | 6) => (a: bigint, b: bigint) => {
      const [first, last] = a <= b ? [a, b] : [b, a];
      assert.equal(countCidrs(family, first, last), rangeToCidrs(family, first, last).length);
    };
    fc.assert(fc.property(bound4, bound4, agrees(4)), { numRuns: 5_000 });
    fc.assert(fc.property(bound6, bound6, agrees(6)), { numRuns: 1_000 });
    // Ranges that are one whole block, or end one address short of it.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 32 }), fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), (prefix, address) => {
        const size = 2n ** BigInt(32 - prefix);
        const first = (address / size) * size;
        agrees(4)(first, first + size - 1n);
        if (size > 1n) agrees(4)(first, first + size - 2n);
      }),
      { numRuns: 2_000 },
    );
    assert.equal(countCidrs(4, 0n, 2n ** 32n - 1n), 1);
    assert.equal(countCidrs(4, 1n, 2n ** 32n - 1n), 32);
    assert.equal(countCidrs(4, 5n, 4n), 0);
    assert.equal(countCidrs(6, 0n, 2n ** 128n - 1n), 1);
  });
});
