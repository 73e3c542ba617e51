/**
 * IPv4 and IPv6 addresses and CIDR blocks as bigints.
 *
 * Parsing here is strict (no leading zeros in IPv4 octets, no zone ids) and fast enough for
 * tens of thousands of CIDRs per paste; tests cross-check it against ip-num.
 */
import type { Localized } from '../types.ts';

/** Address family: 4 or 6. */
export type Family = 4 | 6;

/** Width in bits of each family's addresses. */
export const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** The largest address of a family. */
export const MAX: Record<Family, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

/** A parsed CIDR block: `first`..`last` inclusive, after AWS-style canonicalisation. */
export interface Cidr {
  family: Family;
  prefix: number;
  first: bigint;
  last: bigint;
  /** The text as AWS would store it (host bits cleared, IPv6 compressed). */
  canonical: string;
  /** True when the text had host bits set (AWS clears them: 100.68.0.18/18 → 100.68.0.0/18). */
  hostBitsSet: boolean;
}

/** Why a CIDR or address could not be read, as a clause in each language. */
export interface AddressError {
  error: Localized;
}

/** Parses dotted-quad IPv4 ("10.0.0.1") without leading zeros; undefined if it is not one. */
export function parseIPv4(text: string): bigint | undefined {
  // A hand-rolled scan: this runs for every CIDR of a multi-megabyte paste.
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 46;
    if (code >= 48 && code <= 57) {
      if (digits > 0 && octet === 0) return undefined; // leading zero
      octet = octet * 10 + (code - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (code === 46) {
      if (digits === 0) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      if (index < text.length && ++dots > 3) return undefined;
    } else {
      return undefined;
    }
  }
  return dots === 3 ? BigInt(value) : undefined;
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** Parses IPv6 text (RFC 4291 forms, with `::` and an optional trailing dotted quad). */
export function parseIPv6(text: string): bigint | undefined {
  if (text.length < 2 || text.length > 45 || text.includes('%')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index] ?? '';
      if (index === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!HEXTET.test(part)) return undefined;
        out.push(parseInt(part, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  if (!head) return undefined;
  let all: number[];
  if (halves.length === 2) {
    const tail = groups(halves[1] ?? '');
    if (!tail) return undefined;
    // A dotted quad may only end the address, so it cannot sit before `::`.
    if ((halves[0] ?? '').includes('.')) return undefined;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    all = head;
  }
  if (all.length !== 8) return undefined;
  let value = 0n;
  for (const group of all) value = (value << 16n) | BigInt(group);
  return value;
}

/** Parses an address of either family. */
export function parseAddress(text: string): { family: Family; value: bigint } | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIPv6(text);
  if (v6 !== undefined) return { family: 6, value: v6 };
  return undefined;
}

/** Formats an IPv4 address as a dotted quad. */
export function formatIPv4(value: bigint): string {
  const n = Number(value);
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Formats an IPv6 address in the RFC 5952 canonical form (longest zero run compressed). */
export function formatIPv6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let index = 0; index < 8; ) {
    if (groups[index] !== 0) {
      index++;
      continue;
    }
    let end = index;
    while (end < 8 && groups[end] === 0) end++;
    if (end - index > bestLength) {
      bestStart = index;
      bestLength = end - index;
    }
    index = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Formats an address of the given family. */
export function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? formatIPv4(value) : formatIPv6(value);
}

/** Mask of the host bits of a prefix. */
/** The first octet above 255 of a dotted quad of digits (`10.10.1.300` → "300"); undefined for any other text. */
function octetOutOfRange(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => part.length >= 1 && part.length <= 12 && [...part].every((char) => char >= '0' && char <= '9'))) return undefined;
  return parts.find((part) => Number(part) > 255);
}

function hostMask(family: Family, prefix: number): bigint {
  return (1n << BigInt(BITS[family] - prefix)) - 1n;
}

/** Parses `address/prefix` of the expected family (or either, when `family` is omitted). */
export function parseCidr(text: unknown, family?: Family): Cidr | AddressError {
  if (typeof text !== 'string') {
    const actual = describeValue(text);
    return { error: { en: `expected a CIDR string, got ${actual.en}`, ja: `CIDR の文字列が必要ですが、${actual.ja}です` } };
  }
  const shown = truncate(text);
  const slash = text.indexOf('/');
  const octet = octetOutOfRange(slash < 0 ? text : text.slice(0, slash));
  if (octet !== undefined) return { error: { en: `"${shown}" has the octet ${octet}, outside 0–255`, ja: `"${shown}" のオクテット ${octet} が 0–255 の範囲外です` } };
  if (slash < 0) return { error: { en: `"${shown}" has no prefix length (expected address/prefix)`, ja: `"${shown}" にプレフィックス長がありません (アドレス/プレフィックス長 の形式が必要です)` } };
  const address = parseAddress(text.slice(0, slash));
  if (!address) return { error: { en: `"${shown}" is not a valid IP address/prefix`, ja: `"${shown}" は正しい IP アドレス/プレフィックス長ではありません` } };
  if (family && address.family !== family) {
    return { error: { en: `"${shown}" is an IPv${address.family} CIDR where IPv${family} is expected`, ja: `"${shown}" は IPv${address.family} の CIDR ですが、ここには IPv${family} が必要です` } };
  }
  const prefixText = text.slice(slash + 1);
  const max = BITS[address.family];
  if (!/^(?:0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > max) {
    const prefixShown = truncate(prefixText);
    return { error: { en: `"${shown}" has prefix length "${prefixShown}", outside 0–${max}`, ja: `"${shown}" のプレフィックス長 "${prefixShown}" が 0–${max} の範囲外です` } };
  }
  const prefix = Number(prefixText);
  if (address.family === 4) {
    // Plain numbers for IPv4: exact below 2^53 and much cheaper than bigint masks.
    const value = Number(address.value);
    const size = 2 ** (32 - prefix);
    const first = value - (value % size);
    const hostBitsSet = first !== value;
    return {
      family: 4,
      prefix,
      first: BigInt(first),
      last: BigInt(first + size - 1),
      canonical: hostBitsSet ? `${formatIPv4(BigInt(first))}/${prefix}` : text,
      hostBitsSet,
    };
  }
  const mask = hostMask(6, prefix);
  const first = address.value & ~mask & MAX[6];
  return {
    family: 6,
    prefix,
    first,
    last: first | mask,
    canonical: `${formatIPv6(first)}/${prefix}`,
    hostBitsSet: first !== address.value,
  };
}

/** True for the result of a failed parse. */
export function isAddressError(value: object): value is AddressError {
  return 'error' in value;
}

/** Builds a CIDR from a known-good string; throws on bad input (for data tables, not user input). */
export function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (isAddressError(parsed)) throw new Error(`bad CIDR in data: ${text}: ${parsed.error.en}`);
  return parsed;
}

/** Short description of a JSON value for messages ("a number 5" / "数値 5"). */
export function describeValue(value: unknown): Localized {
  if (value === null) return { en: 'null', ja: 'null' };
  if (Array.isArray(value)) return { en: 'an array', ja: '配列' };
  if (typeof value === 'string') return { en: `"${truncate(value)}"`, ja: `"${truncate(value)}"` };
  if (typeof value === 'object') return { en: 'an object', ja: 'オブジェクト' };
  const type = typeof value;
  const ja = type === 'number' ? '数値' : type === 'boolean' ? '真偽値' : type;
  return { en: `${type === 'undefined' ? 'nothing' : `${type} ${String(value)}`}`, ja: `${ja} ${String(value)}` };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Number of bits needed to write `value` (0 for 0), 32 bits at a time. */
function bitLength(value: bigint): number {
  let bits = 0;
  let rest = value;
  while (rest > 0xffffffffn) {
    rest >>= 32n;
    bits += 32;
  }
  return bits + (32 - Math.clz32(Number(rest)));
}

/** The fewest CIDR blocks that exactly cover `[first, last]`: each block's first address and host bits, in order. */
function* cidrBlocks(family: Family, first: bigint, last: bigint): Generator<[start: bigint, hostBits: number]> {
  let start = first;
  while (start <= last) {
    // The largest block that starts at `start` (its alignment) and does not pass `last`.
    let size = Math.min(bitLength(last - start + 1n) - 1, BITS[family]);
    if (start !== 0n) size = Math.min(size, bitLength(start & -start) - 1);
    yield [start, size];
    start += 1n << BigInt(size);
  }
}

/** The fewest CIDR blocks that exactly cover `[first, last]` (for messages such as "0.0.0.0/1 + 128.0.0.0/1"), at most `limit` of them. */
export function rangeToCidrs(family: Family, first: bigint, last: bigint, limit = Infinity): string[] {
  const out: string[] = [];
  for (const [start, size] of cidrBlocks(family, first, last)) {
    if (out.length >= limit) break;
    out.push(`${formatAddress(family, start)}/${BITS[family] - size}`);
  }
  return out;
}

/**
 * How many CIDR blocks `rangeToCidrs` would list for `[first, last]`, counted without listing them
 * (proofs count the blocks of every piece of public space they describe). Where `first` and `last`
 * first differ (bit `top`), the range splits at the address `middle` whose bits below `top` are 0:
 * from `first` up to `middle` each block is the lowest set bit of the distance left, so there is
 * one per set bit of `middle - first`; from `middle` on each block is the highest set bit of what
 * is left, one per set bit of `last - middle + 1`. When both halves are whole the range is one block.
 */
export function countCidrs(_family: Family, first: bigint, last: bigint): number {
  if (first > last) return 0;
  if (first === last) return 1;
  const top = bitLength(first ^ last) - 1;
  const below = (1n << BigInt(top)) - 1n;
  const fromFirst = first & below;
  const toLast = last & below;
  if (fromFirst === 0n && toLast === below) return 1;
  return setBits(below + 1n - fromFirst) + setBits(toLast + 1n);
}

/** Number of 1 bits of a non-negative value, 32 bits at a time. */
function setBits(value: bigint): number {
  let count = 0;
  for (let rest = value; rest > 0n; rest >>= 32n) {
    // As a signed 32-bit word: each `&=` clears the lowest set bit, bit 31 included.
    for (let word = Number(rest & 0xffffffffn) | 0; word !== 0; word &= word - 1) count++;
  }
  return count;
}
