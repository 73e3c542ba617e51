/**
 * Address blocks that are not public internet space: the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and later additions, kept as data in
 * validators/requirements/special-purpose-registries.ts), plus multicast.
 *
 * A registry entry whose "Globally Reachable" column is True (AS112, AMT, the PCP and TURN
 * anycast addresses, the NAT64 well-known prefix, …) stays public: a packet to it does reach
 * the internet. Entries marked N/A (deprecated 6to4 relay, Teredo, 6to4) are not treated as
 * ordinary internet destinations.
 */
import { IPV4_SPECIAL_REGISTRY, IPV6_SPECIAL_REGISTRY, MULTICAST_BLOCKS, type RegistryEntry, type SpecialPurposeRegistry } from '../requirements/special-purpose-registries.ts';
import { cidr, type Family } from './address.ts';
import { IntervalSet } from './interval-set.ts';

/** One registry entry as the site shows it. */
export interface SpecialPurposeBlock {
  cidr: string;
  name: string;
  /** The registry's "Globally Reachable" column (N/A is stored as false). */
  globallyReachable: boolean;
  reference: string;
}

/** The registry rows (and multicast) as the engine uses them, in address order. */
function blocksOf(registry: SpecialPurposeRegistry, multicast: RegistryEntry): SpecialPurposeBlock[] {
  return [...registry.entries, multicast]
    .map((entry) => ({ entry, parsed: cidr(entry.block) }))
    .sort((a, b) => (a.parsed.first < b.parsed.first ? -1 : a.parsed.first > b.parsed.first ? 1 : a.parsed.prefix - b.parsed.prefix))
    .map(({ entry }) => ({ cidr: entry.block, name: entry.name, globallyReachable: entry.globallyReachable === true, reference: entry.rfc }));
}

export const SPECIAL_PURPOSE_IPV4: readonly SpecialPurposeBlock[] = blocksOf(IPV4_SPECIAL_REGISTRY, MULTICAST_BLOCKS[4]);
export const SPECIAL_PURPOSE_IPV6: readonly SpecialPurposeBlock[] = blocksOf(IPV6_SPECIAL_REGISTRY, MULTICAST_BLOCKS[6]);

/** Every address of a family. */
export function allAddresses(family: Family): IntervalSet {
  return family === 4 ? IntervalSet.range(0n, (1n << 32n) - 1n) : IntervalSet.range(0n, (1n << 128n) - 1n);
}

function toSet(blocks: readonly SpecialPurposeBlock[]): IntervalSet {
  return IntervalSet.of(blocks.map((block) => {
    const parsed = cidr(block.cidr);
    return [parsed.first, parsed.last] as const;
  }));
}

function nonPublic(blocks: readonly SpecialPurposeBlock[]): IntervalSet {
  // More specific globally reachable entries punch holes in broader non-global ones.
  const blocked = toSet(blocks.filter((block) => !block.globallyReachable));
  return blocked.subtract(toSet(blocks.filter((block) => block.globallyReachable)));
}

/** Addresses that are never internet destinations, per family. */
export const NON_PUBLIC: Record<Family, IntervalSet> = {
  4: nonPublic(SPECIAL_PURPOSE_IPV4),
  6: nonPublic(SPECIAL_PURPOSE_IPV6),
};

/** Public space of a family: all addresses minus the special-purpose blocks minus `internal`. */
export function publicSpace(family: Family, internal: IntervalSet = IntervalSet.EMPTY): IntervalSet {
  return allAddresses(family).subtract(NON_PUBLIC[family]).subtract(internal);
}
