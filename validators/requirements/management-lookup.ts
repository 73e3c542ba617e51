/**
 * The management-interface lookup behind the guide's calculator: which management ranges apply
 * to a Region and bundle, which of them pasted CIDRs (a VPC CIDR, routes, a whole
 * `describe-route-tables` output) overlap, and what that means. Pure: no DOM, never throws.
 */
import { isAddressError, parseCidr, parseIPv4, type Cidr } from '../net/address.ts';
import { BYOL_RANGES, MANAGEMENT_RANGES, POOLS_MANAGEMENT_RANGE } from './management-ranges.ts';

/** Routes broader than this (0.0.0.0/0, 0.0.0.0/1, …) say nothing about wanting a management range. */
export const BROADEST_CLAIM_PREFIX = 8;

/** The bundle and protocol questions the data can answer. */
export const MANAGEMENT_PROFILES = ['public-pcoip', 'public-dcv', 'byol-pcoip', 'byol-dcv', 'pools'] as const;
export type ManagementProfile = (typeof MANAGEMENT_PROFILES)[number];

/**
 * How a range is used:
 * - `candidate`: one of the Region's ranges; WorkSpaces picks one that is free at registration;
 * - `always`: used whatever was picked (DCV's 10.0.0.0/8, BYOL's 54.239.224.0/20, Pools);
 * - `own`: the BYOL /16 you reserved;
 * - `unconfirmed`: printed on the AWS page but possibly a typo (GovCloud US-West 192.169.0.0/16).
 */
export type RangeUse = 'candidate' | 'always' | 'own' | 'unconfirmed';

export interface ApplicableRange {
  cidr: string;
  use: RangeUse;
}

/** The ranges a profile uses in a Region; `undefined` when the Region is not in the table. */
export function applicableRanges(profile: ManagementProfile, region: string, byolRange?: string): ApplicableRange[] | undefined {
  const always = (cidrs: readonly string[]): ApplicableRange[] => cidrs.map((cidr) => ({ cidr, use: 'always' }));
  if (profile === 'pools') return always([POOLS_MANAGEMENT_RANGE.range]);
  if (profile === 'byol-pcoip' || profile === 'byol-dcv') {
    const own: ApplicableRange[] = byolRange ? [{ cidr: byolRange, use: 'own' }] : [];
    return [...always(BYOL_RANGES.ranges), ...(profile === 'byol-dcv' ? always(BYOL_RANGES.dcvRanges) : []), ...own];
  }
  const row = MANAGEMENT_RANGES.find((candidate) => candidate.region === region);
  if (!row) return undefined;
  return [
    ...row.ranges.map((cidr): ApplicableRange => ({ cidr, use: 'candidate' })),
    ...(profile === 'public-dcv' ? always(row.dcvRanges) : []),
    ...(row.unconfirmedRanges ?? []).map((cidr): ApplicableRange => ({ cidr, use: 'unconfirmed' })),
  ];
}

/** One CIDR found in the pasted text. */
export interface PastedCidr {
  /** As written. */
  text: string;
  /** Canonical form (host bits cleared). */
  canonical: string;
  /** Ranges it overlaps. */
  overlaps: ApplicableRange[];
  /** Why it was not compared: `broad` (shorter than /8) or `ipv6` (management ranges are IPv4). */
  skipped?: 'broad' | 'ipv6';
}

/** Something in the pasted text that looks like an address but is not a valid CIDR. */
export interface PasteProblem {
  text: string;
  /** `invalid`: not an IPv4/IPv6 CIDR; `no-prefix`: an address without /prefix. */
  reason: 'invalid' | 'no-prefix';
}

export type LookupVerdict =
  /** Nothing pasted overlaps a range in use. */
  | 'clear'
  /** Some Region candidates are taken but another is free: fine only if a free one is in use. */
  | 'at-risk'
  /** Every candidate is taken (registration fails), or a range used regardless is overlapped. */
  | 'conflict';

export interface LookupResult {
  ok: true;
  ranges: ApplicableRange[];
  cidrs: PastedCidr[];
  problems: PasteProblem[];
  verdict: LookupVerdict;
  /** Region candidates no pasted CIDR overlaps. */
  freeCandidates: string[];
}

export type LookupFailure =
  | { ok: false; reason: 'unknown-region'; region: string }
  | { ok: false; reason: 'byol-range-invalid'; text: string }
  | { ok: false; reason: 'nothing-pasted' }
  | { ok: false; reason: 'no-cidr'; problems: PasteProblem[] };

// An address-like run, optionally with a prefix: IPv4 dotted quads, or hex groups with colons.
const CANDIDATE = /(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?:\/\d{1,3})?/g;

/** Every CIDR-looking token in free text or in pasted JSON, in order of appearance. */
export function extractCidrs(text: string): { cidrs: Cidr[]; texts: string[]; problems: PasteProblem[] } {
  const cidrs: Cidr[] = [];
  const texts: string[] = [];
  const problems: PasteProblem[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const token = match[0];
    // Bare colons or digits (timestamps, "::" in prose) are not addresses.
    if (!token.includes('.') && (token.match(/:/g) ?? []).length < 2) continue;
    if (!token.includes('/')) {
      if (parseIPv4(token) !== undefined || token.includes(':')) {
        // A colon run without a prefix is only an address when it parses as one.
        if (token.includes(':') && isAddressError(parseCidr(`${token}/128`))) continue;
        problems.push({ text: token, reason: 'no-prefix' });
      } else {
        problems.push({ text: token, reason: 'invalid' });
      }
      continue;
    }
    const parsed = parseCidr(token);
    if (isAddressError(parsed)) problems.push({ text: token, reason: 'invalid' });
    else {
      cidrs.push(parsed);
      texts.push(token);
    }
  }
  return { cidrs, texts, problems };
}

const overlaps = (a: Cidr, b: Cidr) => a.family === b.family && a.first <= b.last && b.first <= a.last;

/**
 * Compares pasted CIDRs with the management ranges of a profile in a Region. The same CIDR
 * pasted twice is reported once; a BYOL /16 must be a valid IPv4 CIDR when given.
 */
export function lookupManagementConflicts(input: { profile: ManagementProfile; region: string; pasted: string; byolRange?: string }): LookupResult | LookupFailure {
  let byolRange: string | undefined;
  if (input.byolRange?.trim() && (input.profile === 'byol-pcoip' || input.profile === 'byol-dcv')) {
    const parsed = parseCidr(input.byolRange.trim(), 4);
    if (isAddressError(parsed)) return { ok: false, reason: 'byol-range-invalid', text: input.byolRange.trim() };
    byolRange = parsed.canonical;
  }
  const ranges = applicableRanges(input.profile, input.region, byolRange);
  if (!ranges) return { ok: false, reason: 'unknown-region', region: input.region };
  if (!input.pasted.trim()) return { ok: false, reason: 'nothing-pasted' };
  const found = extractCidrs(input.pasted);
  if (found.cidrs.length === 0) return { ok: false, reason: 'no-cidr', problems: found.problems };

  const blocks = ranges.map((range) => ({ range, block: parseCidr(range.cidr) as Cidr }));
  const seen = new Set<string>();
  const cidrs: PastedCidr[] = [];
  found.cidrs.forEach((cidr, index) => {
    if (seen.has(cidr.canonical)) return;
    seen.add(cidr.canonical);
    const text = found.texts[index] ?? cidr.canonical;
    if (cidr.family === 6) return cidrs.push({ text, canonical: cidr.canonical, overlaps: [], skipped: 'ipv6' });
    if (cidr.prefix < BROADEST_CLAIM_PREFIX) return cidrs.push({ text, canonical: cidr.canonical, overlaps: [], skipped: 'broad' });
    cidrs.push({ text, canonical: cidr.canonical, overlaps: blocks.filter(({ block }) => overlaps(block, cidr)).map(({ range }) => range) });
  });

  const taken = new Set(cidrs.flatMap((cidr) => cidr.overlaps.map((range) => range.cidr)));
  const candidates = ranges.filter((range) => range.use === 'candidate').map((range) => range.cidr);
  const freeCandidates = candidates.filter((cidr) => !taken.has(cidr));
  const hardHit = ranges.some((range) => (range.use === 'always' || range.use === 'own') && taken.has(range.cidr));
  const allCandidatesTaken = candidates.length > 0 && freeCandidates.length === 0;
  const verdict: LookupVerdict = hardHit || allCandidatesTaken ? 'conflict' : freeCandidates.length < candidates.length ? 'at-risk' : 'clear';
  return { ok: true, ranges, cidrs, problems: found.problems, verdict, freeCandidates };
}

/** Which published management range holds an address (for the Office KMS calculator's hints). */
export function managementRangesContaining(address: string): { public: string[]; byol: boolean } {
  const value = parseIPv4(address.trim());
  if (value === undefined) return { public: [], byol: false };
  const inside = (cidr: string) => {
    const block = parseCidr(cidr) as Cidr;
    return block.first <= value && value <= block.last;
  };
  const published = new Set(MANAGEMENT_RANGES.flatMap((row) => [...row.ranges, ...row.dcvRanges]));
  return {
    public: [...published].filter(inside),
    byol: BYOL_RANGES.ranges.some(inside),
  };
}
