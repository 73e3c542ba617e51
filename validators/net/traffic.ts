/**
 * Traffic as boxes: protocol × detail × remote address.
 *
 * "Detail" is one 16-bit axis that means the destination port for TCP and UDP and
 * `type × 256 + code` for ICMP and ICMPv6. Protocols where AWS ignores ports match the whole
 * axis, so one representation covers every NACL entry and security group rule exactly.
 */
import type { Localized } from '../types.ts';
import type { Interval } from './interval-set.ts';

/** Inclusive integer span `[first, last]`. */
export type Span = readonly [first: number, last: number];

export interface TrafficBox {
  /** IANA protocol numbers, 0–255. */
  protocols: Span;
  /** Port, or ICMP `type × 256 + code`, 0–65535. */
  details: Span;
  /** Remote addresses (the other end of the flow). */
  addresses: Interval;
}

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMPV6 = 58;
export const ALL_PROTOCOLS: Span = [0, 255];
export const ALL_DETAILS: Span = [0, 65535];

/** Protocols whose detail axis carries ports. */
export function hasPorts(protocol: number): boolean {
  return protocol === TCP || protocol === UDP;
}

/** Protocols whose detail axis carries ICMP type and code. */
export function hasIcmp(protocol: number): boolean {
  return protocol === ICMP || protocol === ICMPV6;
}

/** The detail span of an ICMP type/code pair where -1 means "all". */
export function icmpSpan(type: number, code: number): Span {
  if (type < 0) return ALL_DETAILS;
  if (code < 0) return [type * 256, type * 256 + 255];
  return [type * 256 + code, type * 256 + code];
}

/** The common part of two spans (one of them when it lies inside the other: spans are never mutated). */
const overlap = (a: Span, b: Span): Span | undefined => {
  if (a[0] >= b[0] && a[1] <= b[1]) return a;
  if (b[0] >= a[0] && b[1] <= a[1]) return b;
  const first = Math.max(a[0], b[0]);
  const last = Math.min(a[1], b[1]);
  return first <= last ? [first, last] : undefined;
};

const overlapAddresses = (a: Interval, b: Interval): Interval | undefined => {
  if (a[0] >= b[0] && a[1] <= b[1]) return a;
  if (b[0] >= a[0] && b[1] <= a[1]) return b;
  const first = a[0] > b[0] ? a[0] : b[0];
  const last = a[1] < b[1] ? a[1] : b[1];
  return first <= last ? [first, last] : undefined;
};

/** The traffic in both boxes, if any: `a` itself when `b` holds all of it (boxes are never mutated). */
export function intersectBox(a: TrafficBox, b: TrafficBox): TrafficBox | undefined {
  if (
    a.protocols[0] >= b.protocols[0] &&
    a.protocols[1] <= b.protocols[1] &&
    a.details[0] >= b.details[0] &&
    a.details[1] <= b.details[1] &&
    a.addresses[0] >= b.addresses[0] &&
    a.addresses[1] <= b.addresses[1]
  ) {
    return a;
  }
  const protocols = overlap(a.protocols, b.protocols);
  if (!protocols) return undefined;
  const details = overlap(a.details, b.details);
  if (!details) return undefined;
  const addresses = overlapAddresses(a.addresses, b.addresses);
  if (!addresses) return undefined;
  return { protocols, details, addresses };
}

/** Appends `a` minus `middle` (which must lie inside `a`) to `out`. */
export function pushDifference(out: TrafficBox[], a: TrafficBox, middle: TrafficBox): void {
  // Peel off the protocol slabs outside `middle`, then detail slabs, then address slabs; each
  // piece shares the spans it does not cut.
  const { protocols, details, addresses } = a;
  if (protocols[0] < middle.protocols[0]) out.push({ protocols: [protocols[0], middle.protocols[0] - 1], details, addresses });
  if (protocols[1] > middle.protocols[1]) out.push({ protocols: [middle.protocols[1] + 1, protocols[1]], details, addresses });
  if (details[0] < middle.details[0]) out.push({ protocols: middle.protocols, details: [details[0], middle.details[0] - 1], addresses });
  if (details[1] > middle.details[1]) out.push({ protocols: middle.protocols, details: [middle.details[1] + 1, details[1]], addresses });
  if (addresses[0] < middle.addresses[0]) out.push({ protocols: middle.protocols, details: middle.details, addresses: [addresses[0], middle.addresses[0] - 1n] });
  if (addresses[1] > middle.addresses[1]) out.push({ protocols: middle.protocols, details: middle.details, addresses: [middle.addresses[1] + 1n, addresses[1]] });
}

/** Every box of `boxes` minus `cut` (the same array when `cut` misses them all). */
export function subtractFromAll<T extends readonly TrafficBox[]>(boxes: T, cut: TrafficBox): T | TrafficBox[] {
  let out: TrafficBox[] | undefined;
  for (let index = 0; index < boxes.length; index++) {
    const box = boxes[index] as TrafficBox;
    const middle = intersectBox(box, cut);
    if (!middle) {
      out?.push(box);
      continue;
    }
    out ??= boxes.slice(0, index);
    if (middle !== box) pushDifference(out, box, middle);
  }
  return out ?? boxes;
}

/** True when the box holds a packet (p, d, a). */
export function boxHas(box: TrafficBox, protocol: number, detail: number, address: bigint): boolean {
  return (
    protocol >= box.protocols[0] &&
    protocol <= box.protocols[1] &&
    detail >= box.details[0] &&
    detail <= box.details[1] &&
    address >= box.addresses[0] &&
    address <= box.addresses[1]
  );
}

/** One concrete packet. */
export interface Packet {
  protocol: number;
  detail: number;
  address: bigint;
}

const PREFERRED_PROTOCOLS = [TCP, UDP, ICMP, ICMPV6];
const PREFERRED_PORTS = [443, 80, 53, 22, 3389, 123];

/** A readable packet inside the box: TCP 443 when possible, an address that looks like a host. */
export function examplePacket(box: TrafficBox): Packet {
  const inSpan = (value: number, span: Span) => value >= span[0] && value <= span[1];
  const protocol = PREFERRED_PROTOCOLS.find((p) => inSpan(p, box.protocols)) ?? box.protocols[0];
  let detail = box.details[0];
  if (hasPorts(protocol)) detail = PREFERRED_PORTS.find((port) => inSpan(port, box.details)) ?? box.details[0];
  else if (hasIcmp(protocol) && inSpan(8 * 256, box.details)) detail = 8 * 256; // echo request
  // An IPv6 box (IPv4 ones end below 2^32) is shown by a global unicast address when it holds one, not ::2.
  const [first, last] = box.addresses;
  let address = last >= GLOBAL_UNICAST[0] && first <= GLOBAL_UNICAST[1] ? (first > GLOBAL_UNICAST[0] ? first : GLOBAL_UNICAST[0]) : first;
  if (address + 1n <= last && (address & 0xffn) === 0n) address += 1n;
  return { protocol, detail, address };
}

/** 2000::/3, the IPv6 global unicast space. */
const GLOBAL_UNICAST: Interval = [0x2n << 124n, (0x4n << 124n) - 1n];

/** The box to show an example packet from: the first that holds a global unicast IPv6 address, else the first. */
export function exampleBox(boxes: readonly TrafficBox[]): TrafficBox | undefined {
  return boxes.find((box) => box.addresses[1] >= GLOBAL_UNICAST[0] && box.addresses[0] <= GLOBAL_UNICAST[1]) ?? boxes[0];
}

const PROTOCOL_NAMES: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 58: 'ICMPv6', 4: 'IP-in-IP', 41: 'IPv6', 47: 'GRE', 50: 'ESP', 51: 'AH', 132: 'SCTP' };

const same = (text: string): Localized => ({ en: text, ja: text });

/** Name of a protocol number: "TCP", "ICMP", or "protocol 99". */
export function protocolName(protocol: number): Localized {
  if (protocol < 0) return { en: 'all protocols', ja: 'すべてのプロトコル' };
  const name = PROTOCOL_NAMES[protocol];
  return name ? same(name) : { en: `protocol ${protocol}`, ja: `プロトコル ${protocol}` };
}

/** "TCP 443", "ICMP type 8 code 0", "GRE": one packet's traffic. */
export function describeTraffic(protocol: number, detail: number): Localized {
  const name = protocolName(protocol);
  if (hasPorts(protocol)) return { en: `${name.en} ${detail}`, ja: `${name.ja} ${detail}` };
  if (hasIcmp(protocol)) return { en: `${name.en} type ${detail >> 8} code ${detail & 255}`, ja: `${name.ja} タイプ ${detail >> 8} コード ${detail & 255}` };
  return name;
}

/** "TCP 1024–65535", "TCP (all ports)", "ICMP type 3", "all traffic": a protocol span and detail span. */
export function describeSpan(protocols: Span, details: Span): Localized {
  const allDetails = details[0] === 0 && details[1] === 65535;
  if (protocols[0] === 0 && protocols[1] === 255) {
    return allDetails ? { en: 'all traffic', ja: 'すべての通信' } : { en: `all protocols, detail ${details[0]}–${details[1]}`, ja: `すべてのプロトコル (詳細 ${details[0]}–${details[1]})` };
  }
  if (protocols[0] !== protocols[1]) return { en: `protocols ${protocols[0]}–${protocols[1]}`, ja: `プロトコル ${protocols[0]}–${protocols[1]}` };
  const protocol = protocols[0];
  const name = protocolName(protocol);
  if (hasPorts(protocol)) {
    if (allDetails) return { en: `${name.en} (all ports)`, ja: `${name.ja} (全ポート)` };
    const range = details[0] === details[1] ? `${details[0]}` : `${details[0]}–${details[1]}`;
    return { en: `${name.en} ${range}`, ja: `${name.ja} ${range}` };
  }
  if (hasIcmp(protocol)) {
    if (allDetails) return { en: `${name.en} (all types)`, ja: `${name.ja} (全タイプ)` };
    const type = details[0] >> 8;
    if (details[1] - details[0] === 255 && (details[0] & 255) === 0) return { en: `${name.en} type ${type}`, ja: `${name.ja} タイプ ${type}` };
    return { en: `${name.en} type ${type} code ${details[0] & 255}`, ja: `${name.ja} タイプ ${type} コード ${details[0] & 255}` };
  }
  return name;
}

