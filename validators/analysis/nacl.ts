/**
 * Network ACL first-match semantics, exactly: per direction and address family, entries in
 * rule-number order, the first entry whose protocol, port/ICMP and CIDR match decides, and the
 * `*` rule denies the rest. Each query is split into boxes, each tagged with its deciding entry,
 * by subtracting what earlier entries already decided.
 */
import { MAX, type Family } from '../net/address.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, intersectBox, pushDifference, type TrafficBox } from '../net/traffic.ts';
import type { AclEntry, NetworkAcl } from '../model.ts';

/** Part of a query and the entry that decides it. */
export interface AclDecision {
  box: TrafficBox;
  entry: AclEntry;
}

/**
 * The entries that apply to one direction and family, in evaluation order, ending with the
 * default deny (the one printed as 32767/32768, or an implied one when the paste lacks it).
 */
export function orderedEntries(acl: NetworkAcl, egress: boolean, family: Family): AclEntry[] {
  const slot = (egress ? 2 : 0) + (family === 6 ? 1 : 0);
  let cached = ORDERED.get(acl);
  if (!cached) {
    cached = [];
    ORDERED.set(acl, cached);
  }
  return (cached[slot] ??= computeOrderedEntries(acl, egress, family));
}

/** Ordered entries per ACL, by direction and family: computed once, read by every rule. */
const ORDERED = new WeakMap<NetworkAcl, AclEntry[][]>();

function computeOrderedEntries(acl: NetworkAcl, egress: boolean, family: Family): AclEntry[] {
  const entries = acl.entries.filter((entry) => entry.egress === egress && entry.family === family);
  const user = entries.filter((entry) => !entry.isDefaultDeny).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const printedDefault = entries.find((entry) => entry.isDefaultDeny);
  return [...user, printedDefault ?? impliedDefaultDeny(acl, egress, family)];
}

/** The `*` rule AWS applies even when the paste does not show it. */
function impliedDefaultDeny(acl: NetworkAcl, egress: boolean, family: Family): AclEntry {
  return {
    aclId: acl.id,
    ruleNumber: family === 4 ? 32767 : 32768,
    egress,
    action: 'deny',
    protocol: -1,
    family,
    cidr: { family, prefix: 0, first: 0n, last: MAX[family], canonical: family === 4 ? '0.0.0.0/0' : '::/0', hostBitsSet: false },
    box: { protocols: ALL_PROTOCOLS, details: ALL_DETAILS, addresses: [0n, MAX[family]] },
    isDefaultDeny: true,
    at: acl.at,
  };
}

/** Splits `query` by the entry that decides each part (first match wins). */
export function decide(entries: readonly AclEntry[], query: readonly TrafficBox[]): AclDecision[] {
  const decisions: AclDecision[] = [];
  firstMatch(entries, 0, query, (box, entry) => {
    decisions.push({ box, entry });
    return true;
  });
  return decisions;
}

/**
 * The entries from `entries[start]` on that decide `query` when every one of them has
 * `action`; undefined as soon as one with another action decides any part of it.
 */
export function decidersWithAction(entries: readonly AclEntry[], start: number, query: readonly TrafficBox[], action: AclEntry['action']): AclEntry[] | undefined {
  const deciders = new Set<AclEntry>();
  const uniform = firstMatch(entries, start, query, (_box, entry) => {
    if (entry.action !== action) return false;
    deciders.add(entry);
    return true;
  });
  return uniform ? [...deciders] : undefined;
}

/** The first part of `query` that a deny entry decides, with that entry; undefined when all of it is allowed. */
export function firstDenial(entries: readonly AclEntry[], query: readonly TrafficBox[]): AclDecision | undefined {
  let denial: AclDecision | undefined;
  firstMatch(entries, 0, query, (box, entry) => {
    if (entry.action !== 'deny') return true;
    denial = { box, entry };
    return false;
  });
  return denial;
}

/**
 * First-match evaluation of `query` against `entries[start..]`: hands each decided piece and
 * its entry to `visit`, in entry order; stops early (returning false) when `visit` does.
 */
function firstMatch(entries: readonly AclEntry[], start: number, query: readonly TrafficBox[], visit: (box: TrafficBox, entry: AclEntry) => boolean): boolean {
  let remaining: readonly TrafficBox[] = query;
  for (let at = start; at < entries.length && remaining.length > 0; at++) {
    const entry = entries[at] as AclEntry;
    let next: TrafficBox[] | undefined;
    for (let index = 0; index < remaining.length; index++) {
      const box = remaining[index] as TrafficBox;
      const hit = intersectBox(box, entry.box);
      if (!hit) {
        next?.push(box);
        continue;
      }
      if (!visit(hit, entry)) return false;
      // Copy on first change only: most entries miss most boxes.
      next ??= remaining.slice(0, index);
      if (hit !== box) pushDifference(next, box, hit);
    }
    if (next) remaining = next;
  }
  return true;
}
