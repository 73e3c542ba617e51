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
  // Associations whose subnet may be any of the same candidates are weighed as a group (the
  // instances of one resource share one candidates array: its signature is made once).
  const groups = new Map<string, { candidates: Set<string>; associations: Association[] }>();
  const signatures = new Map<readonly string[], string>();
  for (const association of associations) {
    const { subnet } = association;
    if (subnet.kind === 'unset') continue;
    if (subnet.kind === 'id') certain.push({ association, subnet: subnet.id });
    else if (!subnet.closed) {
      // It may name a subnet the plan does not show, or any of these.
      read.unresolved(association.resource, [handlers.subnetAttribute], subnet, handlers.consequence(subnet.candidates.join(', ') || association.resource.address));
      for (const candidate of subnet.candidates) if (read.subnets.has(candidate)) handlers.unsettled(candidate, association, read.attributeAt(association.resource, [handlers.subnetAttribute]));
    } else {
      let signature = signatures.get(subnet.candidates);
      if (signature === undefined) {
        signature = subnet.candidates.filter((id) => read.subnets.has(id)).sort().join('\u0000');
        signatures.set(subnet.candidates, signature);
      }
      let group = groups.get(signature);
      if (!group) {
        group = { candidates: new Set(signature === '' ? [] : signature.split('\u0000')), associations: [] };
        groups.set(signature, group);
      }
      group.associations.push(association);
    }
  }
  // A subnet has one association: one certainly taken is no candidate of another. Each subnet
  // taken is removed, once, from the groups that name it (a queue); a group left with as many
  // candidates as associations gives one to each, and one left with one candidate takes it.
  const naming = new Map<string, (typeof open)[number][]>();
  const open = [...groups.values()].map((group) => ({ ...group, settled: false }));
  for (const group of open) {
    for (const id of group.candidates) {
      const list = naming.get(id);
      if (list) list.push(group);
      else naming.set(id, [group]);
    }
  }
  const queue = certain.map((entry) => entry.subnet);
  const settle = (group: (typeof open)[number]) => {
    if (group.settled || group.candidates.size !== 1) return;
    const [only] = [...group.candidates] as [string];
    group.settled = true;
    certain.push({ association: group.associations[0] as Association, subnet: only });
    queue.push(only);
  };
  for (const group of open) settle(group);
  const taken = new Set<string>();
  for (let index = 0; index < queue.length; index++) {
    const id = queue[index] as string;
    if (taken.has(id)) continue;
    taken.add(id);
    for (const group of naming.get(id) ?? []) {
      if (group.settled) continue;
      group.candidates.delete(id);
      settle(group);
    }
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
  for (const group of open) {
    if (group.settled || group.candidates.size === 0) continue;
    const candidates = [...group.candidates].sort();
    const targets = new Set(group.associations.map((association) => (association.target.kind === 'id' ? association.target.id : '')));
    const [only] = [...targets];
    if (group.associations.length === candidates.length && targets.size === 1 && only) {
      group.associations.forEach((association, index) => handlers.attach(candidates[index] as string, only, read.attributeAt(association.resource, [handlers.subnetAttribute]), association.resource));
      continue;
    }
    for (const association of group.associations) {
      const subnet = association.subnet;
      if (subnet.kind === 'open') read.unresolved(association.resource, [handlers.subnetAttribute], { ...subnet, candidates }, handlers.consequence(candidates.join(', ')));
      for (const candidate of candidates) handlers.unsettled(candidate, association, read.attributeAt(association.resource, [handlers.subnetAttribute]));
    }
  }
}
