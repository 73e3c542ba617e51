/**
 * What every part of the Terraform plan reader shares: the plan's index and links, where a
 * resource's attribute is in the document, how a value known only after apply is reported, and
 * the VPCs, subnets, route tables, network ACLs and groups read so far (by model id).
 */
import type { Cidr, Family } from '../../../net/address.ts';
import type { NetworkAcl, RouteTable, SecurityGroup, Subnet } from '../../../model.ts';
import type { JsonPath, Localized, Location } from '../../../types.ts';
import type { ReadContext } from '../../read-context.ts';
import type { Link, LinkKind, Linker } from './links.ts';
import { isUnknown, valueAt, type PlanIndex, type PlanResource } from './plan-index.ts';

/** A VPC of the plan, with what the reader needs about it. */
export interface PlanVpc {
  id: string;
  resource: PlanResource;
  /** Its IPv4 and IPv6 blocks known now (secondary ones included). */
  cidrs: Cidr[];
  /** A block it will have whose address is known only after apply (an Amazon-provided IPv6 block, an IPAM pool). */
  pending: Family[];
  /** True when the plan creates it: then its main route table and default network ACL are AWS's fresh ones. */
  created: boolean;
}

/** A localized consequence clause (no final full stop). */
export type Consequence = Localized;

const same = (text: string): Localized => ({ en: text, ja: text });

export class PlanRead {
  readonly ctx: ReadContext;
  readonly file: string;
  readonly index: PlanIndex;
  readonly linker: Linker;
  readonly vpcs = new Map<string, PlanVpc>();
  readonly subnets = new Map<string, Subnet>();
  readonly routeTables = new Map<string, RouteTable>();
  readonly networkAcls = new Map<string, NetworkAcl>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  /** The plan instance behind each model id. */
  readonly byId = new Map<string, PlanResource>();

  constructor(ctx: ReadContext, file: string, index: PlanIndex, linker: Linker) {
    this.ctx = ctx;
    this.file = file;
    this.index = index;
    this.linker = linker;
  }

  /** Where a resource is shown: its `address` line. */
  where(resource: PlanResource): Location {
    return { file: this.file, path: [...resource.path, 'address'] };
  }

  /** Where an attribute of a resource is shown, or the resource when the plan does not print it (a value known only after apply). */
  attributeAt(resource: PlanResource, path: readonly (string | number)[]): Location {
    return valueAt(resource, path) === undefined ? this.where(resource) : { file: this.file, path: [...resource.valuesPath, ...path] };
  }

  /** The JSON path of an attribute (for reports that the engine locates). */
  attributePath(resource: PlanResource, path: readonly (string | number)[]): JsonPath {
    return this.attributeAt(resource, path).path;
  }

  /** A string attribute as planned; undefined when unset, empty or known only after apply. */
  text(resource: PlanResource, path: readonly (string | number)[]): string | undefined {
    const value = valueAt(resource, path);
    return typeof value === 'string' && value !== '' && !isUnknown(resource, path) ? value : undefined;
  }

  /** The name of an attribute path as Terraform writes it (`route[0].nat_gateway_id`). */
  attributeName(path: readonly (string | number)[]): string {
    return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index > 0 ? '.' : ''}${step}`)).join('');
  }

  /** Reports a value known only after apply that decides `consequence`. */
  unknown(resource: PlanResource, path: readonly (string | number)[], consequence: Consequence, severity?: 'info' | 'warning'): void {
    this.ctx.problem('input-unresolved', 'afterApply', this.attributeAt(resource, path), { property: this.attributeName(path), resource: resource.address }, { effect: consequence });
    if (severity) this.lastProblemSeverity(severity);
  }

  /** Reports a link that stays open: which of its candidates it is (or that it may be something the plan does not show). */
  unresolved(resource: PlanResource, path: readonly (string | number)[], link: Extract<Link, { kind: 'open' }>, consequence: Consequence, severity?: 'info' | 'warning'): void {
    const at = this.attributeAt(resource, path);
    const data = { property: this.attributeName(path), resource: resource.address };
    if (link.closed && link.candidates.length > 1) {
      this.ctx.problem('input-unresolved', 'afterApplyAmong', at, { ...data, candidates: link.candidates.join(', ') }, { effect: consequence });
    } else {
      this.ctx.problem('input-unresolved', 'afterApplyHidden', at, data, { effect: consequence });
    }
    if (severity) this.lastProblemSeverity(severity);
  }

  /** Reports something the plan does not hold (a resource it does not manage). */
  outside(at: Location, subject: string, reason: Localized, consequence: Consequence, severity?: 'info' | 'warning'): void {
    this.ctx.problem('input-unresolved', 'notInPlan', at, { subject }, { reason, effect: consequence });
    if (severity) this.lastProblemSeverity(severity);
  }

  /** Lowers the severity of the problem just reported (a value whose part of the verdict is judged anyway). */
  private lastProblemSeverity(severity: 'info' | 'warning'): void {
    const last = this.ctx.problems[this.ctx.problems.length - 1];
    if (last) last.report.severity = severity;
  }

  /**
   * The ids of a set attribute (`subnet_ids`, `route_table_ids`): the elements known now, and the
   * ones known only after apply as far as the configuration settles them. `open` holds what stays
   * unsettled: the candidates the unknown elements may be, when there are more of them than
   * unknown elements, or something outside the plan.
   */
  idSet(resource: PlanResource, path: string | readonly (string | number)[], want: LinkKind): { ids: { id: string; at: Location }[]; open?: Extract<Link, { kind: 'open' }> } {
    const attribute = typeof path === 'string' ? [path] : path;
    const value = valueAt(resource, attribute);
    const ids: { id: string; at: Location }[] = [];
    let unknownCount: number | undefined = 0;
    if (Array.isArray(value)) {
      value.forEach((element, index) => {
        if (isUnknown(resource, [...attribute, index])) (unknownCount as number)++;
        else if (typeof element === 'string' && element !== '') ids.push({ id: element, at: { file: this.file, path: [...resource.valuesPath, ...attribute, index] } });
      });
      if (isUnknown(resource, attribute) && value.length === 0) unknownCount = undefined;
    } else if (isUnknown(resource, attribute)) {
      unknownCount = undefined;
    }
    if (unknownCount === 0) return { ids };
    // Computed from other resources (aws_network_acl_association, aws_route…), not written here: nothing more to add.
    if (unknownCount === undefined && this.written(resource, attribute) === false) return { ids };
    const link = this.linker.resolve(resource, attribute, want);
    const known = new Set(ids.map((entry) => entry.id));
    const candidates = (link.kind === 'id' ? [link.id] : link.candidates).filter((id) => !known.has(id));
    const closed = link.kind === 'id' || link.closed;
    // As many candidates as unknown elements (or one candidate for a set of unknown size): each is an element.
    if (closed && (candidates.length === unknownCount || (unknownCount === undefined && candidates.length === 1 && link.kind === 'id'))) {
      for (const id of candidates) ids.push({ id, at: this.where(resource) });
      return { ids };
    }
    return { ids, open: { kind: 'open', candidates, closed } };
  }

  /**
   * Whether the configuration writes the attribute at `path` (a top-level one, or one of inline
   * blocks: `["egress", 0, "security_groups"]`); undefined when the plan has no configuration for
   * the resource. A value known only after apply that the configuration does not write is computed
   * by the provider: what other resources (standalone routes, rules, associations) make it.
   */
  written(resource: PlanResource, path: readonly (string | number)[]): boolean | undefined {
    const expressions = this.linker.configOf(resource)?.expressions;
    if (typeof expressions !== 'object' || expressions === null || Array.isArray(expressions)) return undefined;
    // `attribute = null` is written, but sets nothing.
    const sets = (expression: unknown) => !(typeof expression === 'object' && expression !== null && Object.hasOwn(expression, 'constant_value') && (expression as { constant_value: unknown }).constant_value === null);
    const [head, , leaf] = path;
    if (path.length === 1 && typeof head === 'string') return Object.hasOwn(expressions, head) && sets((expressions as Record<string, unknown>)[head]);
    if (path.length === 3 && typeof head === 'string' && typeof leaf === 'string') {
      const blocks = (expressions as Record<string, unknown>)[head];
      return Array.isArray(blocks) && blocks.some((block) => typeof block === 'object' && block !== null && Object.hasOwn(block, leaf) && sets((block as Record<string, unknown>)[leaf]));
    }
    return undefined;
  }

  /**
   * True when inline blocks (`route`, `ingress`, `egress`, `entry`) known only after apply are in
   * fact none: the configuration writes no such block and the plan creates (or adopts) the
   * resource, so Terraform plans the computed attribute without value. A `dynamic` block is left
   * out of the configuration representation and, over a collection known only after apply, would
   * look the same: when the plan holds something that makes collections unknown in that way (a
   * data source read during apply, a pass-through resource), the blocks are not taken as none.
   */
  noBlocks(resource: PlanResource, attribute: string, adopted = false): boolean {
    return this.written(resource, [attribute]) === false && (resource.actions.includes('create') || adopted) && !this.linker.foreign;
  }

  /** The model id of a resource, remembered with it. */
  idOf(resource: PlanResource): string {
    const id = this.linker.modelId(resource);
    if (!this.byId.has(id)) this.byId.set(id, resource);
    return id;
  }

  /** "module.vpc.aws_route_table.private[0]" or "rtb-0abc (module.vpc.aws_route_table.private[0])" for messages. */
  label(id: string): Localized {
    const resource = this.byId.get(id);
    return same(resource && resource.address !== id ? `${id} (${resource.address})` : id);
  }
}
