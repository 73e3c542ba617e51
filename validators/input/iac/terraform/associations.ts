/**
 * Which subnet each association of a plan names, when the subnet ids are known only after apply.
 * `element(aws_subnet.private[*].id, count.index)` references `aws_subnet.private` as a whole: the
 * plan does not say which instance each association takes. AWS allows one route table (and one
 * network ACL) association per subnet, so the assignment is still settled when it is forced:
 * a subnet already certainly associated is not a candidate of another association, and when N
 * associations share the same N candidate subnets, each of those subnets has exactly one of them
 * (and, when they all name the same table or ACL, that is the one it uses). Whatever stays open
 * is handed back as unsettled, never guessed.
 */
import type { Localized, Location } from '../../../types.ts';
import type { Link } from './links.ts';
import type { PlanResource } from './plan-index.ts';
import type { PlanRead } from './plan-read.ts';

/** An association resource and where its two ids lead. */
export interface Association {
  resource: PlanResource;
  subnet: Link;
  target: Link;
}

export interface AssociationHandlers {
  /** The subnet certainly uses this table or ACL. */
  attach(subnetId: string, targetId: string, at: Location, association: PlanResource): void;
  /** The subnet may be associated by this association, with a table or ACL that is not settled. */
  unsettled(subnetId: string, association: Association, at: Location): void;
  /** What stays unverified, for the finding. */
  consequence(subnets: string): Localized;
  subnetAttribute: string;
  targetAttribute: string;
}

export function settleAssociations(read: PlanRead, associations: readonly Association[], handlers: AssociationHandlers): void {
  const certain: { association: Association; subnet: string }[] = [];
  let ambiguous: { association: Association; candidates: string[] }[] = [];
  for (const association of associations) {
    const { subnet } = association;
    if (subnet.kind === 'unset') continue;
    if (subnet.kind === 'id') certain.push({ association, subnet: subnet.id });
    else if (!subnet.closed) {
      // It may name a subnet the plan does not show, or any of these.
      read.unresolved(association.resource, [handlers.subnetAttribute], subnet, handlers.consequence(subnet.candidates.join(', ') || association.resource.address));
      for (const candidate of subnet.candidates) if (read.subnets.has(candidate)) handlers.unsettled(candidate, association, read.attributeAt(association.resource, [handlers.subnetAttribute]));
    } else {
      ambiguous.push({ association, candidates: subnet.candidates.filter((id) => read.subnets.has(id)) });
    }
  }
  // A subnet has one association: one certainly taken is no candidate of another.
  const taken = new Set(certain.map((entry) => entry.subnet));
  for (let changed = true; changed; ) {
    changed = false;
    const rest: typeof ambiguous = [];
    for (const entry of ambiguous) {
      const candidates = entry.candidates.filter((id) => !taken.has(id));
      if (candidates.length === 1) {
        certain.push({ association: entry.association, subnet: candidates[0] as string });
        taken.add(candidates[0] as string);
        changed = true;
      } else if (candidates.length > 1) {
        rest.push({ association: entry.association, candidates });
      }
    }
    ambiguous = rest;
  }
  for (const { association, subnet } of certain) {
    const at = read.attributeAt(association.resource, [handlers.subnetAttribute]);
    const { target } = association;
    if (target.kind === 'id') handlers.attach(subnet, target.id, at, association.resource);
    else if (target.kind === 'open') {
      read.unresolved(association.resource, [handlers.targetAttribute], target, handlers.consequence(read.subnets.get(subnet)?.address ?? subnet));
      handlers.unsettled(subnet, association, at);
    }
  }
  // N associations over the same N candidates: each candidate has exactly one of them.
  const groups = new Map<string, typeof ambiguous>();
  for (const entry of ambiguous) {
    const key = [...entry.candidates].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    const candidates = (group[0] as (typeof ambiguous)[number]).candidates;
    const targets = new Set(group.map((entry) => (entry.association.target.kind === 'id' ? entry.association.target.id : '')));
    const [only] = [...targets];
    if (group.length === candidates.length && targets.size === 1 && only) {
      group.forEach((entry, index) => {
        const subnet = candidates[index] as string;
        handlers.attach(subnet, only, read.attributeAt(entry.association.resource, [handlers.subnetAttribute]), entry.association.resource);
      });
      continue;
    }
    for (const entry of group) {
      const subnet = entry.association.subnet;
      if (subnet.kind === 'open') read.unresolved(entry.association.resource, [handlers.subnetAttribute], { ...subnet, candidates }, handlers.consequence(candidates.join(', ')));
      for (const candidate of candidates) handlers.unsettled(candidate, entry.association, read.attributeAt(entry.association.resource, [handlers.subnetAttribute]));
    }
  }
}
