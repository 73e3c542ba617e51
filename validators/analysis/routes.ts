/**
 * Route selection, exactly: longest prefix first; on equal prefixes a static route beats a
 * prefix-list route, which beats a propagated one (AWS "How route priority works"). IPv4 and
 * IPv6 are independent. The result partitions an address set by the route that carries it.
 */
import { type Cidr, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import type { PrefixList, Route, RouteTable } from '../model.ts';

/** Addresses and the route that wins for them (none: no route matches). */
export interface RouteRegion {
  addresses: IntervalSet;
  route?: Route;
  /** For a prefix-list route, the entry whose prefix won. */
  viaEntry?: Cidr;
}

export interface RoutePartition {
  regions: RouteRegion[];
  /** Prefix-list routes whose entries were not given: the addresses they carry are unknown. */
  unresolved: Route[];
}

const CLASS_ORDER = { static: 0, 'prefix-list': 1, propagated: 2 } as const;

interface Candidate {
  cidr: Cidr;
  route: Route;
  rank: number;
  viaEntry?: Cidr;
}

/** The prefix-list routes of a table that cannot be expanded because the list was not given. */
export function unresolvedPrefixListRoutes(table: RouteTable, prefixLists: ReadonlyMap<string, PrefixList>): Route[] {
  return table.routes.filter((route) => route.destination.kind === 'prefix-list' && !prefixLists.has(route.destination.id));
}

const RANKED = new WeakMap<RouteTable, WeakMap<ReadonlyMap<string, PrefixList>, Map<Family, Candidate[]>>>();

/** Every (prefix, route) pair of one family, in priority order (computed once per table and family). */
export function rankedRoutes(table: RouteTable, family: Family, prefixLists: ReadonlyMap<string, PrefixList>): Candidate[] {
  let byLists = RANKED.get(table);
  if (!byLists) {
    byLists = new WeakMap();
    RANKED.set(table, byLists);
  }
  let byFamily = byLists.get(prefixLists);
  if (!byFamily) {
    byFamily = new Map();
    byLists.set(prefixLists, byFamily);
  }
  const cached = byFamily.get(family);
  if (cached) return cached;
  const ranked = computeRankedRoutes(table, family, prefixLists);
  byFamily.set(family, ranked);
  return ranked;
}

function computeRankedRoutes(table: RouteTable, family: Family, prefixLists: ReadonlyMap<string, PrefixList>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const route of table.routes) {
    if (route.destination.kind === 'cidr') {
      if (route.destination.cidr.family !== family) continue;
      candidates.push({ cidr: route.destination.cidr, route, rank: route.origin === 'propagated' ? CLASS_ORDER.propagated : CLASS_ORDER.static });
    } else {
      const list = prefixLists.get(route.destination.id);
      if (!list) continue;
      for (const entry of list.entries) {
        if (entry.cidr.family === family) candidates.push({ cidr: entry.cidr, route, rank: CLASS_ORDER['prefix-list'], viaEntry: entry.cidr });
      }
    }
  }
  return candidates.sort((a, b) => b.cidr.prefix - a.cidr.prefix || a.rank - b.rank || a.route.index - b.route.index);
}

/** Partitions `universe` by the route each address takes. */
export function partitionByRoute(table: RouteTable, family: Family, universe: IntervalSet, prefixLists: ReadonlyMap<string, PrefixList>): RoutePartition {
  const regions: RouteRegion[] = [];
  let remaining = universe;
  for (const candidate of rankedRoutes(table, family, prefixLists)) {
    if (remaining.isEmpty()) break;
    if (!remaining.overlapsRange(candidate.cidr.first, candidate.cidr.last)) continue;
    const block = IntervalSet.range(candidate.cidr.first, candidate.cidr.last);
    const won = remaining.intersect(block);
    if (won.isEmpty()) continue;
    regions.push({ addresses: won, route: candidate.route, ...(candidate.viaEntry ? { viaEntry: candidate.viaEntry } : {}) });
    remaining = remaining.subtract(block);
  }
  if (!remaining.isEmpty()) regions.push({ addresses: remaining });
  return { regions, unresolved: unresolvedPrefixListRoutes(table, prefixLists) };
}

/** The route a single address takes (for point lookups such as a directory controller). */
export function routeFor(table: RouteTable, family: Family, address: bigint, prefixLists: ReadonlyMap<string, PrefixList>): { route?: Route; viaEntry?: Cidr } {
  for (const candidate of rankedRoutes(table, family, prefixLists)) {
    if (address >= candidate.cidr.first && address <= candidate.cidr.last) {
      return { route: candidate.route, ...(candidate.viaEntry ? { viaEntry: candidate.viaEntry } : {}) };
    }
  }
  return {};
}
