/**
 * Which resource an id-valued attribute names (a route's table, an association's subnet, a rule's
 * group). When the id is in the plan, it is that id. When it is known only after apply, the
 * plan's configuration says what the expression refers to (`expressions.*.references`, followed
 * through module outputs and input variables); the link is settled only when that leaves exactly
 * one resource. A local value, `each.value` or a dynamic block hides the expression: then any
 * resource of the wanted kind whose id is itself known only after apply may be meant, and a
 * resource that hands out values made outside Terraform's view (a CloudFormation stack, a data
 * source read during apply) may be too. Nothing is guessed: what stays open is returned as
 * candidates, and the reader makes the part it decides unverified.
 */
import { distinctReferences, type Reference } from './address.ts';
import { isUnknown, valueAt, type PlanIndex, type PlanResource } from './plan-index.ts';
import { isObject, type Json } from '../../read-context.ts';

/** What an attribute's id names. */
export type LinkKind =
  | 'vpc'
  | 'subnet'
  | 'route-table'
  | 'acl'
  | 'security-group'
  | 'internet-gateway'
  | 'egress-only-internet-gateway'
  | 'nat-gateway'
  | 'transit-gateway'
  | 'vpc-endpoint'
  | 'peering-connection'
  | 'network-interface'
  | 'instance'
  | 'carrier-gateway'
  | 'local-gateway'
  | 'vpn-gateway'
  | 'core-network'
  | 'prefix-list'
  | 'directory'
  /** `gateway_id` of a route: an internet gateway, a virtual private gateway or a VPC endpoint. */
  | 'gateway';

/** Resource types (managed, and data sources with `data.`) whose own id is a thing of each kind. */
const TYPES: Record<Exclude<LinkKind, 'gateway'>, readonly string[]> = {
  vpc: ['aws_vpc', 'aws_default_vpc', 'data.aws_vpc'],
  subnet: ['aws_subnet', 'aws_default_subnet', 'data.aws_subnet'],
  'route-table': ['aws_route_table', 'aws_default_route_table', 'data.aws_route_table'],
  acl: ['aws_network_acl', 'aws_default_network_acl'],
  'security-group': ['aws_security_group', 'aws_default_security_group', 'data.aws_security_group'],
  'internet-gateway': ['aws_internet_gateway', 'data.aws_internet_gateway'],
  'egress-only-internet-gateway': ['aws_egress_only_internet_gateway'],
  'nat-gateway': ['aws_nat_gateway', 'data.aws_nat_gateway'],
  'transit-gateway': ['aws_ec2_transit_gateway', 'data.aws_ec2_transit_gateway'],
  'vpc-endpoint': ['aws_vpc_endpoint', 'data.aws_vpc_endpoint'],
  'peering-connection': ['aws_vpc_peering_connection', 'aws_vpc_peering_connection_accepter', 'data.aws_vpc_peering_connection'],
  'network-interface': ['aws_network_interface', 'data.aws_network_interface'],
  instance: ['aws_instance', 'data.aws_instance'],
  'carrier-gateway': ['aws_ec2_carrier_gateway'],
  'local-gateway': ['data.aws_ec2_local_gateway'],
  'vpn-gateway': ['aws_vpn_gateway', 'data.aws_vpn_gateway'],
  'core-network': ['aws_networkmanager_core_network', 'data.aws_networkmanager_core_network_policy_document'],
  'prefix-list': ['aws_ec2_managed_prefix_list', 'data.aws_ec2_managed_prefix_list', 'data.aws_prefix_list'],
  directory: ['aws_directory_service_directory', 'data.aws_directory_service_directory'],
};

/** The kinds a route's `gateway_id` may name. */
const GATEWAY_KINDS: readonly LinkKind[] = ['internet-gateway', 'vpn-gateway', 'vpc-endpoint'];

/** The attribute that holds a resource's own id, where it is not `id`. */
const ID_ATTRIBUTE: Readonly<Record<string, string>> = { aws_networkmanager_core_network: 'arn' };

/** Attributes of other resources that hold an id of a kind (`aws_subnet.x.vpc_id` names a VPC). */
const ATTRIBUTE_KINDS: Readonly<Record<string, LinkKind>> = {
  vpc_id: 'vpc',
  subnet_id: 'subnet',
  route_table_id: 'route-table',
  network_acl_id: 'acl',
  security_group_id: 'security-group',
  internet_gateway_id: 'internet-gateway',
  nat_gateway_id: 'nat-gateway',
  egress_only_gateway_id: 'egress-only-internet-gateway',
  transit_gateway_id: 'transit-gateway',
  vpc_endpoint_id: 'vpc-endpoint',
  vpc_peering_connection_id: 'peering-connection',
  network_interface_id: 'network-interface',
  primary_network_interface_id: 'network-interface',
  carrier_gateway_id: 'carrier-gateway',
  local_gateway_id: 'local-gateway',
  vpn_gateway_id: 'vpn-gateway',
  gateway_id: 'gateway',
  prefix_list_id: 'prefix-list',
  directory_id: 'directory',
};

/** Attributes of a VPC naming what AWS created with it. */
const VPC_DEFAULTS: Readonly<Record<string, 'route-table' | 'acl' | 'security-group'>> = {
  default_route_table_id: 'route-table',
  main_route_table_id: 'route-table',
  default_network_acl_id: 'acl',
  default_security_group_id: 'security-group',
};

/**
 * The group AWS creates when it registers a directory with WorkSpaces (`<directory>_workspacesMembers`),
 * which `aws_workspaces_directory` shows as `workspace_security_group_id`: its id when known, else
 * named after that attribute (a directory the plan registers).
 */
export function directoryGroupId(directory: PlanResource): string {
  const value = valueAt(directory, ['workspace_security_group_id']);
  return typeof value === 'string' && value !== '' && !isUnknown(directory, ['workspace_security_group_id']) ? value : `${directory.address}.workspace_security_group_id`;
}

/**
 * Resource types whose outputs can carry ids made outside the plan's view (a CloudFormation
 * stack's outputs, terraform_data's output, a Cloud Control resource): an id known only after
 * apply may come from one of them when its expression is hidden.
 */
const PASS_THROUGH_TYPES: ReadonlySet<string> = new Set(['terraform_data', 'aws_cloudformation_stack', 'aws_cloudformation_stack_set_instance', 'aws_servicecatalog_provisioned_product', 'aws_cloudcontrolapi_resource']);

/** True when a constant of the configuration equals a planned value (numbers may be printed as strings by modules). */
function sameValue(constant: unknown, planned: unknown): boolean {
  if (constant === planned) return true;
  if ((typeof constant === 'number' || typeof constant === 'string') && (typeof planned === 'number' || typeof planned === 'string')) return String(constant) === String(planned);
  return JSON.stringify(constant) === JSON.stringify(planned);
}

/** The most references of one expression that are followed. */
const MAX_REFERENCES = 512;

/** True when a value sets nothing: null, or "" (how a plan prints an inline block's attribute that is not written). */
const empty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * True when a configured block can be a planned element: each constant it writes is the element's
 * value, each attribute it sets by reference is set in the element (or known only after apply),
 * and each attribute set in the element is one the block writes.
 */
function blockAgrees(block: Json, element: Json, unknown: (key: string) => boolean): boolean {
  for (const [key, expression] of Object.entries(block)) {
    if (!isObject(expression)) continue;
    if (Object.hasOwn(expression, 'constant_value')) {
      if (!sameValue(expression.constant_value, element[key]) && !(empty(expression.constant_value) && empty(element[key]))) return false;
    } else if (empty(element[key]) && !unknown(key)) {
      return false;
    }
  }
  for (const [key, value] of Object.entries(element)) {
    if ((!empty(value) || unknown(key)) && !Object.hasOwn(block, key) && typeof value !== 'boolean' && typeof value !== 'number' && !Array.isArray(value)) return false;
  }
  return true;
}

/** Where an attribute's id leads. */
export type Link =
  /** The attribute is not set (null or ""). */
  | { kind: 'unset' }
  /** The id is in the plan (`resolved` false), or known only after apply and the configuration names exactly one resource it can be. */
  | { kind: 'id'; id: string; resolved: boolean }
  /**
   * Known only after apply, and not settled: `candidates` are the model ids it may be; when
   * `closed` is false it may also be something the plan does not show.
   */
  | { kind: 'open'; candidates: string[]; closed: boolean };

/** The model id of what a VPC created with it (its default route table, network ACL or security group). */
export type VpcDefaultId = (vpc: PlanResource, what: 'route-table' | 'acl' | 'security-group') => string;

const typeKey = (resource: PlanResource) => (resource.mode === 'data' ? `data.${resource.type}` : resource.type);

/** True when a resource's own id is a thing of `want`. */
function isOfKind(resource: PlanResource, want: LinkKind): boolean {
  const key = typeKey(resource);
  return want === 'gateway' ? GATEWAY_KINDS.some((kind) => isOfKind(resource, kind)) : TYPES[want].includes(key);
}

/** Hits of an expression: the resources it reads, with the attribute read. */
interface Hits {
  hits: { resource: PlanResource; attribute?: string }[];
  /** Part of the expression is hidden (a local value, each.value, an output without expression…). */
  opaque: boolean;
}

export class Linker {
  private readonly index: PlanIndex;
  private readonly vpcDefault: VpcDefaultId;
  /** True when the plan holds something that can hand out ids made outside its view. */
  readonly foreign: boolean;

  constructor(index: PlanIndex, vpcDefault: VpcDefaultId) {
    this.index = index;
    this.vpcDefault = vpcDefault;
    this.foreign = index.resources.some((resource) =>
      resource.mode === 'data'
        ? resource.actions.includes('read')
        : (PASS_THROUGH_TYPES.has(resource.type) || resource.type.startsWith('awscc_')) && resource.actions.some((action) => action === 'create' || action === 'update'),
    );
  }

  /** The model id of a resource: its id when known, else its address. */
  modelId(resource: PlanResource): string {
    const attribute = ID_ATTRIBUTE[resource.type] ?? 'id';
    const value = valueAt(resource, [attribute]);
    return typeof value === 'string' && value !== '' && !isUnknown(resource, [attribute]) ? value : resource.address;
  }

  /** True when a resource's own id is known only after apply. */
  idUnknown(resource: PlanResource): boolean {
    return this.modelId(resource) === resource.address;
  }

  /** Where the id at `path` of `resource` leads, as a thing of kind `want`. */
  link(resource: PlanResource, path: readonly (string | number)[], want: LinkKind, seen: Set<string> = new Set()): Link {
    const value = valueAt(resource, path);
    if (!isUnknown(resource, path)) return typeof value === 'string' && value !== '' ? { kind: 'id', id: value, resolved: false } : { kind: 'unset' };
    return this.resolve(resource, path, want, seen);
  }

  /**
   * What the expression that sets `path` can name as a thing of kind `want`, from the
   * configuration alone (for a value known only after apply, or the unknown elements of a set).
   */
  resolve(resource: PlanResource, path: readonly (string | number)[], want: LinkKind, seen: Set<string> = new Set()): Exclude<Link, { kind: 'unset' }> {
    // The instances of one resource share its expressions: a top-level attribute resolves alike for all of them.
    const shared = seen.size === 0 && path.length === 1 ? `${resource.module}\u0000${resource.mode}\u0000${resource.type}\u0000${resource.name}\u0000${String(path[0])}\u0000${want}` : undefined;
    const cached = shared === undefined ? undefined : this.resolved.get(shared);
    if (cached) return cached;
    const result = this.resolveOnce(resource, path, want, seen);
    if (shared !== undefined) this.resolved.set(shared, result);
    return result;
  }

  private readonly resolved = new Map<string, Exclude<Link, { kind: 'unset' }>>();

  private resolveOnce(resource: PlanResource, path: readonly (string | number)[], want: LinkKind, seen: Set<string>): Exclude<Link, { kind: 'unset' }> {
    const key = `${resource.address}|${path.join('.')}|${want}`;
    if (seen.has(key)) return { kind: 'open', candidates: [], closed: false };
    seen.add(key);
    const { hits, opaque } = this.expressionHits(resource, path);
    const ids = new Set<string>();
    let hidden = opaque;
    let understood = 0;
    for (const hit of hits) {
      const found = this.interpret(hit.resource, hit.attribute, want, seen);
      if (found === undefined) continue;
      understood++;
      for (const id of found.ids) ids.add(id);
      if (!found.closed) hidden = true;
    }
    if (hits.length > 0 && understood === 0) hidden = true;
    if (hits.length === 0 && !opaque) hidden = true;
    if (hidden) for (const id of this.fallback(want)) ids.add(id);
    const candidates = [...ids].sort();
    const closed = !(hidden && this.foreign);
    if (closed && candidates.length === 1) return { kind: 'id', id: candidates[0] as string, resolved: true };
    return { kind: 'open', candidates, closed };
  }

  /** The references of the expression that sets `path` (for a nested block attribute, of every block: their order is not the plan's). */
  private expressionHits(resource: PlanResource, path: readonly (string | number)[]): Hits {
    const expressions = this.index.configOf(resource)?.expressions;
    if (!isObject(expressions)) return { hits: [], opaque: true };
    const [head, , leaf] = path;
    let found: unknown[] = [];
    if (path.length === 1 && typeof head === 'string') {
      found = [expressions[head]];
    } else if (path.length === 3 && typeof head === 'string' && typeof leaf === 'string') {
      const blocks = expressions[head];
      if (Array.isArray(blocks)) {
        // The plan prints a set in its own order: the blocks that agree with this element are the ones that can be it.
        const element = valueAt(resource, path.slice(0, 2));
        const agreeing = blocks.filter((block) => isObject(block) && isObject(element) && blockAgrees(block, element, (key) => isUnknown(resource, [head, path[1] as number, key])));
        found = (agreeing.length > 0 ? agreeing : blocks).map((block) => (isObject(block) ? block[leaf] : undefined));
      } else {
        found = isObject(blocks) && Array.isArray(blocks.references) ? [blocks] : [undefined];
      }
      if (found.length === 0) found = [undefined];
    } else {
      return { hits: [], opaque: true };
    }
    const out: Hits = { hits: [], opaque: false };
    for (const expression of found) {
      if (!isObject(expression) || !Array.isArray(expression.references)) {
        // Not set, a constant (then it would be known), or a dynamic block: nothing to follow.
        out.opaque = true;
        continue;
      }
      this.follow(resource.module, expression.references, out, 0);
    }
    return out;
  }

  /** Follows references made in a module instance, through outputs and variables, into `out`. */
  private follow(module: string, references: readonly unknown[], out: Hits, depth: number): void {
    // An expression Terraform prints lists a handful of references; thousands are not read one by one (the link stays open).
    if (depth > 32 || references.length > MAX_REFERENCES) {
      out.opaque = true;
      return;
    }
    for (const reference of distinctReferences(references)) this.followOne(module, reference, out, depth);
  }

  private followOne(module: string, reference: Reference, out: Hits, depth: number): void {
    switch (reference.kind) {
      case 'selector':
        return;
      case 'opaque':
        out.opaque = true;
        return;
      case 'variable': {
        const given = this.index.variableExpression(module, reference.name);
        // A root variable's value is known when planning; an unset module variable takes its (constant) default.
        if (!given?.expression) return;
        const references = given.expression.references;
        if (Array.isArray(references)) this.follow(given.module, references, out, depth + 1);
        return;
      }
      case 'module': {
        if (!reference.output) {
          out.opaque = true;
          return;
        }
        for (const child of this.index.childModules(module, reference.call, reference.key)) {
          const expression = this.index.outputExpression(child, reference.output);
          if (expression && Array.isArray(expression.references)) this.follow(child, expression.references, out, depth + 1);
          else out.opaque = true;
        }
        return;
      }
      case 'resource':
        for (const resource of this.index.instances(module, reference.mode, reference.type, reference.name, reference.key)) {
          out.hits.push({ resource, ...(reference.attribute ? { attribute: reference.attribute } : {}) });
        }
    }
  }

  /** The ids a hit stands for as a thing of `want`; undefined when it cannot be one. */
  private interpret(resource: PlanResource, attribute: string | undefined, want: LinkKind, seen: Set<string>): { ids: string[]; closed: boolean } | undefined {
    const idAttribute = ID_ATTRIBUTE[resource.type] ?? 'id';
    if (isOfKind(resource, want) && (attribute === undefined || attribute === idAttribute)) return { ids: [this.modelId(resource)], closed: true };
    if (isOfKind(resource, 'vpc') && (want === 'route-table' || want === 'acl' || want === 'security-group')) {
      if (attribute === undefined || VPC_DEFAULTS[attribute] === want) return { ids: [this.vpcDefault(resource, want)], closed: true };
    }
    // `aws_vpc.x.default_route_table_id` read where the VPC is wanted: the VPC that table belongs to (aws_default_route_table).
    if (want === 'vpc' && isOfKind(resource, 'vpc') && attribute !== undefined && VPC_DEFAULTS[attribute] !== undefined) return { ids: [this.modelId(resource)], closed: true };
    if (want === 'prefix-list' && resource.type === 'aws_vpc_endpoint' && attribute === 'prefix_list_id') return { ids: [endpointPrefixListId(this, resource)], closed: true };
    if (want === 'security-group' && resource.type === 'aws_workspaces_directory' && attribute === 'workspace_security_group_id') return { ids: [directoryGroupId(resource)], closed: true };
    if (attribute === undefined) return undefined;
    const kind = ATTRIBUTE_KINDS[attribute];
    if (kind === undefined || !(kind === want || (kind === 'gateway' && GATEWAY_KINDS.includes(want)) || (want === 'gateway' && GATEWAY_KINDS.includes(kind)))) return undefined;
    const link = this.link(resource, [attribute], want, seen);
    if (link.kind === 'unset') return { ids: [], closed: true };
    if (link.kind === 'id') return { ids: [link.id], closed: true };
    return { ids: link.candidates, closed: link.closed };
  }

  private readonly fallbacks = new Map<LinkKind, string[]>();

  /** What a hidden expression may name: every thing of the kind whose id is known only after apply (computed once per kind). */
  private fallback(want: LinkKind): string[] {
    const known = this.fallbacks.get(want);
    if (known) return known;
    const ids: string[] = [];
    this.fallbacks.set(want, ids);
    for (const resource of this.index.resources) {
      if (isOfKind(resource, want) && this.idUnknown(resource)) ids.push(resource.address);
      if ((want === 'route-table' || want === 'acl' || want === 'security-group') && isOfKind(resource, 'vpc')) {
        const attribute = want === 'route-table' ? 'default_route_table_id' : want === 'acl' ? 'default_network_acl_id' : 'default_security_group_id';
        if (isUnknown(resource, [attribute])) ids.push(this.vpcDefault(resource, want));
      }
      if (want === 'security-group' && resource.type === 'aws_workspaces_directory' && isUnknown(resource, ['workspace_security_group_id'])) ids.push(directoryGroupId(resource));
    }
    return ids;
  }

  /** The id of the AWS-managed prefix list of a service that the plan looks up (one data source with that name and a known id). */
  servicePrefixList(service: string): string | undefined {
    const found = this.index.resources.filter((resource) => resource.mode === 'data' && (resource.type === 'aws_prefix_list' || resource.type === 'aws_ec2_managed_prefix_list') && valueAt(resource, ['name']) === service && !this.idUnknown(resource));
    const ids = new Set(found.map((resource) => this.modelId(resource)));
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /** The configuration block of a resource, for readers that look at what was written. */
  configOf(resource: PlanResource): Json | undefined {
    return this.index.configOf(resource);
  }
}

/**
 * The id of the AWS-managed prefix list a gateway endpoint serves: known for an existing endpoint;
 * for a new one, the list the plan looks up by the endpoint's service name (AWS keeps one list per
 * service and Region: `data.aws_prefix_list` with `name = "com.amazonaws.<region>.s3"`); else
 * named after the attribute.
 */
export function endpointPrefixListId(linker: Linker, endpoint: PlanResource): string {
  const value = valueAt(endpoint, ['prefix_list_id']);
  if (typeof value === 'string' && value !== '' && !isUnknown(endpoint, ['prefix_list_id'])) return value;
  const service = valueAt(endpoint, ['service_name']);
  const list = typeof service === 'string' ? linker.servicePrefixList(service) : undefined;
  return list ?? `${linker.modelId(endpoint)}.prefix_list_id`;
}
