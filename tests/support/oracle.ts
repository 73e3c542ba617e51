/**
 * The brute-force oracle: judges one packet at a time the naive way, straight from the
 * generated configuration (no intervals, no boxes, no shared analysis code). It is slow and
 * obviously right; the engine must agree with it.
 */
import { SPECIAL_PURPOSE_IPV4, SPECIAL_PURPOSE_IPV6 } from '../../validators/net/special-purpose.ts';
import type { Family, GenConfig, GenEntry, GenRoute, GenSgRule } from './config.ts';

/** Parses "a.b.c.d/p" or an IPv6 CIDR into family, first and last, with a tiny independent parser. */
const parsed = new Map<string, { family: Family; first: bigint; last: bigint; prefix: number }>();

export function block(text: string): { family: Family; first: bigint; last: bigint; prefix: number } {
  const cached = parsed.get(text);
  if (cached) return cached;
  const result = parseBlock(text);
  parsed.set(text, result);
  return result;
}

function parseBlock(text: string): { family: Family; first: bigint; last: bigint; prefix: number } {
  const [address = '', prefixText = ''] = text.split('/');
  const prefix = Number(prefixText);
  let family: Family;
  let value: bigint;
  if (address.includes(':')) {
    family = 6;
    const [head = '', tail] = address.split('::');
    const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => BigInt(parseInt(g, 16))));
    const h = groups(head);
    const t = tail === undefined ? [] : groups(tail);
    const all = tail === undefined ? h : [...h, ...Array<bigint>(8 - h.length - t.length).fill(0n), ...t];
    value = all.reduce((acc, g) => (acc << 16n) | g, 0n);
  } else {
    family = 4;
    value = address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
  }
  const bits = family === 4 ? 32 : 128;
  const size = 1n << BigInt(bits - prefix);
  const first = (value / size) * size;
  return { family, first, last: first + size - 1n, prefix };
}

const contains = (text: string, family: Family, address: bigint) => {
  const b = block(text);
  return b.family === family && address >= b.first && address <= b.last;
};

/** Public per the registries (non-global blocks minus global ones), minus internal and VPC space. */
export function isPublic(config: GenConfig, family: Family, address: bigint): boolean {
  const registry = family === 4 ? SPECIAL_PURPOSE_IPV4 : SPECIAL_PURPOSE_IPV6;
  const inFalse = registry.some((entry) => !entry.globallyReachable && contains(entry.cidr, family, address));
  const inTrue = registry.some((entry) => entry.globallyReachable && contains(entry.cidr, family, address));
  if (inFalse && !inTrue) return false;
  if (config.internalCidrs.some((cidr) => contains(cidr, family, address))) return false;
  if (contains('10.0.0.0/16', family, address)) return false;
  // A local route is the VPC's own CIDR only where AWS allows a VPC CIDR that wide (IPv4 /16, IPv6 /44).
  if (config.routes?.some((route) => route.target === 'local' && block(route.destination).prefix >= (family === 4 ? 16 : 44) && contains(route.destination, family, address))) return false;
  return true;
}

/** Longest prefix over the VPC's local routes and `routes`; on a tie static beats propagated; then table order. */
export function lookupRoute(routes: readonly GenRoute[], family: Family, address: bigint, local: readonly string[] = ['10.0.0.0/16']): GenRoute | undefined {
  let best: GenRoute | undefined;
  let bestPrefix = -1;
  for (const route of [...local.map((destination) => ({ destination, target: 'local', blackhole: false, propagated: false })), ...routes]) {
    if (!contains(route.destination, family, address)) continue;
    const prefix = block(route.destination).prefix;
    if (prefix > bestPrefix || (prefix === bestPrefix && best?.propagated && !route.propagated)) {
      best = route;
      bestPrefix = prefix;
    }
  }
  return best;
}

const NAMES: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58 };
const protocolOf = (text: string) => (text in NAMES ? (NAMES[text] as number) : Number(text));

function icmpMatches(type: number, code: number, packetDetail: number): boolean {
  if (type === -1) return true;
  if (packetDetail >> 8 !== type) return false;
  return code === -1 || (packetDetail & 255) === code;
}

/** First matching NACL entry by rule number; the `*` rule denies the rest. */
const SORTED = new WeakMap<readonly GenEntry[], GenEntry[][]>();

export function aclAction(entries: readonly GenEntry[], egress: boolean, family: Family, protocol: number, detail: number, address: bigint): 'allow' | 'deny' {
  let byDirection = SORTED.get(entries);
  if (!byDirection) {
    byDirection = [false, true].map((way) => entries.filter((entry) => entry.egress === way).sort((a, b) => a.number - b.number));
    SORTED.set(entries, byDirection);
  }
  const sorted = byDirection[egress ? 1 : 0] as GenEntry[];
  for (const entry of sorted) {
    if (!contains(entry.cidr, family, address)) continue;
    const entryProtocol = Number(entry.protocol);
    if (entryProtocol !== -1 && entryProtocol !== protocol) continue;
    if (entryProtocol === 6 || entryProtocol === 17) {
      const [from, to] = entry.portRange ?? [0, 65535];
      if (detail < from || detail > to) continue;
    } else if (entryProtocol === 1 || (entryProtocol === 58 && family === 6)) {
      const [type, code] = entry.icmp ?? [-1, -1];
      if (!icmpMatches(type, code, detail)) continue;
    }
    return entry.action;
  }
  return 'deny';
}

/** A security group allows a packet when any rule of the direction matches it. */
export function sgAllows(rules: readonly GenSgRule[], egress: boolean, family: Family, protocol: number, detail: number, address: bigint): boolean {
  return rules.some((rule) => {
    if (rule.egress !== egress || !contains(rule.cidr, family, address)) return false;
    const ruleProtocol = protocolOf(rule.protocol);
    if (ruleProtocol !== -1 && ruleProtocol !== protocol) return false;
    if (ruleProtocol === 6 || ruleProtocol === 17) return detail >= (rule.from ?? 0) && detail <= (rule.to ?? 65535);
    if (ruleProtocol === 1 || ruleProtocol === 58) return rule.from === undefined || icmpMatches(rule.from, rule.to ?? -1, detail);
    return true;
  });
}

export type PacketFate = 'open' | 'closed' | 'unverified';

const EGRESS_EXITS = ['igw-', 'nat-', 'eigw-', 'cagw-'];
const INGRESS_EXITS = ['igw-', 'cagw-'];
const INGRESS_STATEFUL = ['nat-', 'eigw-'];

/** The fate of one packet between the subnet and a public address. */
export function packetFate(config: GenConfig, egress: boolean, family: Family, protocol: number, detail: number, address: bigint): PacketFate {
  let route: 'exit' | 'unknown';
  if (!config.routes) {
    route = 'unknown';
  } else {
    const chosen = lookupRoute(config.routes, family, address);
    if (!chosen || chosen.blackhole || chosen.target === 'local') return 'closed';
    const target = chosen.target;
    if (config.closedTargets.includes(target)) return 'closed';
    if (egress && EGRESS_EXITS.some((prefix) => target.startsWith(prefix))) route = 'exit';
    else if (!egress && INGRESS_EXITS.some((prefix) => target.startsWith(prefix))) route = 'exit';
    else if (!egress && INGRESS_STATEFUL.some((prefix) => target.startsWith(prefix))) return 'closed';
    else route = 'unknown';
  }
  if (config.entries && aclAction(config.entries, egress, family, protocol, detail, address) === 'deny') return 'closed';
  if (config.sgRules) {
    if (!sgAllows(config.sgRules, egress, family, protocol, detail, address)) return 'closed';
  } else if (!egress) {
    return 'unverified';
  }
  return route === 'exit' ? 'open' : 'unverified';
}

/** Every CIDR the configuration mentions, plus the registries' blocks. */
function boundaries(config: GenConfig, family: Family): bigint[] {
  const registry = family === 4 ? SPECIAL_PURPOSE_IPV4 : SPECIAL_PURPOSE_IPV6;
  const texts = [
    '10.0.0.0/16',
    ...registry.map((entry) => entry.cidr),
    ...config.internalCidrs,
    ...(config.routes ?? []).map((route) => route.destination),
    ...(config.entries ?? []).map((entry) => entry.cidr),
    ...(config.sgRules ?? []).map((rule) => rule.cidr),
  ];
  const max = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
  const points = new Set<bigint>([0n]);
  for (const text of texts) {
    const b = block(text);
    if (b.family !== family) continue;
    points.add(b.first);
    if (b.last < max) points.add(b.last + 1n);
  }
  return [...points].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Protocol/detail pairs, one per cell of the protocol × detail space the configuration splits. */
function trafficPoints(config: GenConfig): [number, number][] {
  const protocols = new Set<number>([99]);
  const details = new Set<number>([0]);
  for (const entry of config.entries ?? []) {
    protocols.add(Number(entry.protocol));
    if (entry.portRange) {
      details.add(entry.portRange[0]);
      details.add(entry.portRange[1] + 1);
    }
    if (entry.icmp) addIcmp(details, entry.icmp[0], entry.icmp[1]);
  }
  for (const rule of config.sgRules ?? []) {
    protocols.add(protocolOf(rule.protocol));
    if (rule.from !== undefined && ['tcp', 'udp', '6', '17'].includes(rule.protocol)) {
      details.add(rule.from);
      details.add((rule.to ?? 65535) + 1);
    } else if (rule.from !== undefined) addIcmp(details, rule.from, rule.to ?? -1);
  }
  protocols.delete(-1);
  for (const p of [6, 17, 1, 58]) protocols.add(p);
  const out: [number, number][] = [];
  for (const protocol of protocols) {
    if ([6, 17, 1, 58].includes(protocol)) {
      for (const detail of details) if (detail <= 65535) out.push([protocol, detail]);
    } else {
      out.push([protocol, 0]);
    }
  }
  return out;
}

function addIcmp(details: Set<number>, type: number, code: number): void {
  if (type < 0) return;
  const first = type * 256 + (code < 0 ? 0 : code);
  const last = type * 256 + (code < 0 ? 255 : code);
  details.add(first);
  details.add(last + 1);
}

/** The verdict by judging one packet per cell of the whole space, in both directions and families. */
export function oracleVerdict(config: GenConfig): { verdict: PacketFate; example?: { egress: boolean; family: Family; protocol: number; detail: number; address: bigint } } {
  let unverified: { egress: boolean; family: Family; protocol: number; detail: number; address: bigint } | undefined;
  const traffic = trafficPoints(config);
  for (const family of [4, 6] as const) {
    for (const address of boundaries(config, family)) {
      if (!isPublic(config, family, address)) continue;
      for (const egress of [true, false]) {
        for (const [protocol, detail] of traffic) {
          const fate = packetFate(config, egress, family, protocol, detail, address);
          if (fate === 'open') return { verdict: 'open', example: { egress, family, protocol, detail, address } };
          if (fate === 'unverified') unverified ??= { egress, family, protocol, detail, address };
        }
      }
    }
  }
  return unverified ? { verdict: 'unverified', example: unverified } : { verdict: 'closed' };
}
