/**
 * Network ACL first-match semantics, exactly: per direction and address family, entries in
 * rule-number order, the first entry whose protocol, port/ICMP and CIDR match decides, and the
 * `*` rule denies the rest. Each query is split into boxes, each tagged with its deciding entry,
 * by subtracting what earlier entries already decided.
 */
import type { Family } from '../net/address.ts';
import { intersectBox, subtractFromAll, type TrafficBox } from '../net/traffic.ts';
import { ALL_DETAILS, ALL_PROTOCOLS } from '../net/traffic.ts';
import { MAX } from '../net/address.ts';
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
  let remaining: TrafficBox[] = [...query];
  for (const entry of entries) {
    if (remaining.length === 0) break;
    for (const box of remaining) {
      const hit = intersectBox(box, entry.box);
      if (hit) decisions.push({ box: hit, entry });
    }
    remaining = subtractFromAll(remaining, entry.box);
  }
  return decisions;
}

/** The traffic an entry actually decides: its match minus everything earlier entries decide. */
export function effectiveBoxes(entries: readonly AclEntry[], index: number): TrafficBox[] {
  const entry = entries[index];
  if (!entry) return [];
  let remaining: TrafficBox[] = [entry.box];
  for (let earlier = 0; earlier < index && remaining.length > 0; earlier++) {
    remaining = subtractFromAll(remaining, (entries[earlier] as AclEntry).box);
  }
  return remaining;
}
