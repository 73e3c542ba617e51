/**
 * Security-group semantics, exactly: stateful, allow-only, a packet passes when any rule of any
 * attached group matches. Rules whose peer cannot be resolved from the inputs (a prefix list
 * that was not given, a group whose members are unknown) are kept apart as "maybe".
 */
import { MAX, type Family } from '../net/address.ts';
import { intersectBox, subtractFromAll, type TrafficBox } from '../net/traffic.ts';
import type { PrefixList, SecurityGroup, SgRule } from '../model.ts';

/** A part of the query and the first rule that allows it. */
export interface SgMatch {
  box: TrafficBox;
  rule: SgRule;
}

export interface SgEvaluation {
  /** Allowed for certain. */
  allowed: SgMatch[];
  /** Allowed only if an unresolved peer (prefix list, group membership) covers it. */
  maybe: SgMatch[];
  /** Allowed by no rule. */
  denied: TrafficBox[];
}

/** How to treat rules that reference another security group. */
export type GroupPeers = 'no-match' | 'maybe';

/** The boxes a rule matches for one family; `undefined` means the extent is unknown. */
function ruleBoxes(rule: SgRule, family: Family, prefixLists: ReadonlyMap<string, PrefixList>): TrafficBox[] | undefined {
  const peer = rule.peer;
  if (peer.kind === 'cidr') return peer.cidr.family === family ? [rule.box] : [];
  if (peer.kind === 'prefix-list') {
    const list = prefixLists.get(peer.id);
    if (!list || list.incomplete) return undefined;
    return list.entries.filter((entry) => entry.cidr.family === family).map((entry) => ({ ...rule.box, addresses: [entry.cidr.first, entry.cidr.last] as const }));
  }
  return undefined;
}

/** Splits `query` into what the groups allow, might allow, and deny, in one direction. */
export function evaluateGroups(
  groups: readonly SecurityGroup[],
  egress: boolean,
  family: Family,
  query: readonly TrafficBox[],
  prefixLists: ReadonlyMap<string, PrefixList>,
  groupPeers: GroupPeers,
): SgEvaluation {
  const allowed: SgMatch[] = [];
  const unknown: SgRule[] = [];
  let remaining: TrafficBox[] = [...query];
  for (const group of groups) {
    for (const rule of egress ? group.egress : group.ingress) {
      const boxes = ruleBoxes(rule, family, prefixLists);
      if (!boxes) {
        if (rule.peer.kind !== 'group' || groupPeers === 'maybe') unknown.push(rule);
        continue;
      }
      for (const ruleBox of boxes) {
        if (remaining.length === 0) break;
        for (const box of remaining) {
          const hit = intersectBox(box, ruleBox);
          if (hit) allowed.push({ box: hit, rule });
        }
        remaining = subtractFromAll(remaining, ruleBox);
      }
    }
  }
  const maybe: SgMatch[] = [];
  for (const rule of unknown) {
    const anywhere: TrafficBox = { ...rule.box, addresses: [0n, MAX[family]] };
    for (const box of remaining) {
      const hit = intersectBox(box, anywhere);
      if (hit) maybe.push({ box: hit, rule });
    }
    remaining = subtractFromAll(remaining, anywhere);
  }
  return { allowed, maybe, denied: remaining };
}
