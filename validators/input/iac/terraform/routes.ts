/**
 * Route tables of a Terraform plan: `aws_route_table` (inline `route`), `aws_default_route_table`,
 * the main table AWS creates with a VPC the plan creates (only the local route), `aws_route`,
 * `aws_route_table_association`, `aws_main_route_table_association`, gateway endpoint routes
 * (`aws_vpc_endpoint.route_table_ids`, `aws_vpc_endpoint_route_table_association`) and route
 * propagation (`propagating_vgws`, `aws_vpn_gateway_route_propagation`). A subnet that no
 * association names uses its VPC's main table, as in AWS.
 */
import type { Route, RouteDestination, RouteTable, RouteTarget, TargetKind } from '../../../model.ts';
import type { Localized, Location } from '../../../types.ts';
import { endpointPrefixListId, type Link, type LinkKind } from './links.ts';
import { settleAssociations, type Association } from './associations.ts';
import { isUnknown, valueAt, type PlanResource } from './plan-index.ts';
import type { PlanRead } from './plan-read.ts';
import { cidrOf } from './vpcs.ts';

/** The attributes a route names its next hop in, in the order they are read, with the kind each names. */
const TARGETS: readonly { attribute: string; kind: TargetKind; link?: LinkKind }[] = [
  { attribute: 'gateway_id', kind: 'unknown', link: 'gateway' },
  { attribute: 'nat_gateway_id', kind: 'nat-gateway', link: 'nat-gateway' },
  { attribute: 'egress_only_gateway_id', kind: 'egress-only-internet-gateway', link: 'egress-only-internet-gateway' },
  { attribute: 'carrier_gateway_id', kind: 'carrier-gateway', link: 'carrier-gateway' },
  { attribute: 'transit_gateway_id', kind: 'transit-gateway', link: 'transit-gateway' },
  { attribute: 'vpc_peering_connection_id', kind: 'peering-connection', link: 'peering-connection' },
  { attribute: 'local_gateway_id', kind: 'local-gateway', link: 'local-gateway' },
  { attribute: 'core_network_arn', kind: 'core-network', link: 'core-network' },
  { attribute: 'odb_network_arn', kind: 'odb-network' },
  { attribute: 'network_interface_id', kind: 'network-interface', link: 'network-interface' },
  { attribute: 'instance_id', kind: 'instance', link: 'instance' },
  { attribute: 'vpc_endpoint_id', kind: 'vpc-endpoint', link: 'vpc-endpoint' },
];

/** What a `gateway_id` names, by the resource type behind it. */
const GATEWAY_TYPES: Readonly<Record<string, TargetKind>> = {
  aws_internet_gateway: 'internet-gateway',
  aws_vpn_gateway: 'virtual-private-gateway',
  aws_vpc_endpoint: 'vpc-endpoint',
};

/** What a `gateway_id` names, by the id AWS gives it. */
function gatewayKind(id: string): TargetKind {
  if (id === 'local') return 'local';
  if (id.startsWith('igw-')) return 'internet-gateway';
  if (id.startsWith('vgw-')) return 'virtual-private-gateway';
  if (id.startsWith('vpce-')) return 'vpc-endpoint';
  return 'unknown';
}

const tableRoutesUnknown = (table: string): Localized => ({
  en: `the routes of ${table} are not all known, so the subnets that use it stay unverified`,
  ja: `${table} のルートがすべてはわからないため、これを使うサブネットは未確認のままです`,
});

/** The names of the destination attributes: inline blocks and aws_route name them differently. */
interface DestinationKeys {
  v4: string;
  v6: string;
  prefixList: string;
}
const INLINE: DestinationKeys = { v4: 'cidr_block', v6: 'ipv6_cidr_block', prefixList: 'destination_prefix_list_id' };
const STANDALONE: DestinationKeys = { v4: 'destination_cidr_block', v6: 'destination_ipv6_cidr_block', prefixList: 'destination_prefix_list_id' };

export class RouteReader {
  private readonly read: PlanRead;
  /** Route counters per table: the index a route gets in its table. */
  private readonly nextIndex = new Map<RouteTable, number>();

  constructor(read: PlanRead) {
    this.read = read;
  }

  private table(id: string, resource: PlanResource | undefined, at: Location, extra: Partial<RouteTable> = {}): RouteTable {
    const existing = this.read.routeTables.get(id);
    if (existing) return existing;
    const table: RouteTable = { id, main: false, subnets: [], routes: [], propagatingVgws: [], incomplete: false, at, ...(resource ? { address: resource.address } : {}), ...extra };
    this.read.routeTables.set(id, table);
    return table;
  }

  private push(table: RouteTable, route: Omit<Route, 'index' | 'tableId'>): void {
    const index = this.nextIndex.get(table) ?? 0;
    this.nextIndex.set(table, index + 1);
    table.routes.push({ ...route, tableId: table.id, index });
  }

  /** Every table, route, association and main-table choice of the plan. */
  readAll(vpcDefault: (vpcId: string) => { id: string; resource?: PlanResource; unsettled?: boolean } | undefined): void {
    const read = this.read;
    // Tables the plan declares.
    for (const resource of read.index.ofType('aws_route_table')) {
      const id = read.idOf(resource);
      const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
      const table = this.table(id, resource, read.where(resource), vpc.kind === 'id' ? { vpcId: vpc.id } : {});
      if (vpc.kind === 'open') read.unresolved(resource, ['vpc_id'], vpc, { en: 'the table’s local routes are left out', ja: 'このテーブルの local ルートを加えられません' }, 'info');
      this.inlineRoutes(resource, table, false);
      this.propagation(resource, table);
    }
    // The VPCs' main tables: managed by aws_default_route_table, or fresh ones of VPCs the plan creates.
    for (const vpc of read.vpcs.values()) {
      const chosen = vpcDefault(vpc.id);
      if (!chosen) continue;
      if (chosen.resource) {
        const table = this.table(chosen.id, chosen.resource, read.where(chosen.resource), { vpcId: vpc.id, main: true });
        this.inlineRoutes(chosen.resource, table, true);
        this.propagation(chosen.resource, table);
      } else if (vpc.created) {
        // Fresh from AWS: only local routes, unless an aws_default_route_table the plan cannot place may have taken it over.
        this.table(chosen.id, undefined, read.where(vpc.resource), { vpcId: vpc.id, main: true, incomplete: chosen.unsettled === true });
      }
    }
    for (const resource of read.index.ofType('aws_route')) this.standaloneRoute(resource);
    this.endpointRoutes();
    for (const resource of read.index.ofType('aws_vpn_gateway_route_propagation')) {
      const table = this.tableOf(resource, 'route_table_id', { en: 'whether it propagates routes into a WorkSpaces table is not known', ja: 'WorkSpaces のテーブルにルートを伝播させるかどうかわかりません' });
      const gateway = read.linker.link(resource, ['vpn_gateway_id'], 'vpn-gateway');
      if (table) table.propagatingVgws.push({ id: gateway.kind === 'id' ? gateway.id : `${resource.address}.vpn_gateway_id`, at: read.where(resource) });
    }
    this.mainAssociations();
    this.localRoutes();
    this.subnetAssociations();
    this.implicitMainTables();
    read.ctx.resources.routeTables.push(...read.routeTables.values());
  }

  /** The table a route, propagation or association names; undefined (and reported) when it is not settled or not in the plan. */
  private tableOf(resource: PlanResource, attribute: string, consequence: Localized): RouteTable | undefined {
    const read = this.read;
    const link = read.linker.link(resource, [attribute], 'route-table');
    if (link.kind === 'unset') return undefined;
    if (link.kind === 'open') {
      read.unresolved(resource, [attribute], link, consequence);
      this.markCandidates(link);
      return undefined;
    }
    const table = read.routeTables.get(link.id);
    if (!table) {
      read.outside(read.attributeAt(resource, [attribute]), `${link.id}`, { en: 'a route table this plan does not declare', ja: 'このプランが宣言していないルートテーブル' }, { en: `${resource.address} is not judged with it`, ja: `${resource.address} はこのテーブルと合わせて判定できません` }, 'info');
    }
    return table;
  }

  /** Every candidate table of an open link may get the route: none of them is fully known. */
  private markCandidates(link: Extract<Link, { kind: 'open' }>): void {
    for (const id of link.candidates) {
      const table = this.read.routeTables.get(id);
      if (table) table.incomplete = true;
    }
  }

  /**
   * The inline `route` blocks of a table. A set known only after apply is empty when the
   * configuration writes no `route` and the plan creates (or, for the default table, adopts) the
   * table: Terraform then manages no inline route, and an adopted default table loses its routes.
   * A table the plan does not manage inline keeps the routes it has, less those of standalone
   * aws_route resources (read on their own).
   */
  private inlineRoutes(resource: PlanResource, table: RouteTable, adopted: boolean): void {
    const read = this.read;
    const value = valueAt(resource, ['route']);
    const configured = this.read.written(resource, ['route']);
    if (!Array.isArray(value)) {
      if (!isUnknown(resource, ['route'])) return;
      if (this.read.noBlocks(resource, 'route', adopted)) return;
      table.incomplete = true;
      read.unknown(resource, ['route'], tableRoutesUnknown(table.id));
      return;
    }
    const claimed = configured === false ? this.standaloneDestinations(table.id) : new Set<string>();
    value.forEach((_block, index) => {
      const route = this.route(resource, ['route', index], INLINE, table);
      if (route === 'incomplete') table.incomplete = true;
      else if (route && !claimed.has(destinationKey(route.destination))) this.push(table, route);
    });
  }



  /** Destinations of standalone routes (planned or being destroyed) of a table: not inline routes of it. */
  private standaloneDestinations(tableId: string): Set<string> {
    const out = new Set<string>();
    const read = this.read;
    for (const resource of read.index.ofType('aws_route')) {
      const link = read.linker.link(resource, ['route_table_id'], 'route-table');
      if (link.kind !== 'id' || link.id !== tableId) continue;
      for (const key of [STANDALONE.v4, STANDALONE.v6, STANDALONE.prefixList]) {
        const text = read.text(resource, [key]);
        if (text) out.add(text);
      }
    }
    for (const gone of read.index.deleted) {
      if (gone.type !== 'aws_route' || gone.before.route_table_id !== tableId) continue;
      for (const key of [STANDALONE.v4, STANDALONE.v6, STANDALONE.prefixList]) {
        const text = gone.before[key];
        if (typeof text === 'string' && text !== '') out.add(text);
      }
    }
    return out;
  }

  private propagation(resource: PlanResource, table: RouteTable): void {
    const { ids, open } = this.read.idSet(resource, 'propagating_vgws', 'vpn-gateway');
    for (const { id, at } of ids) table.propagatingVgws.push({ id, at });
    if (open) table.propagatingVgws.push({ id: `${resource.address}.propagating_vgws`, at: this.read.where(resource) });
  }

  /** One route: a `route` block at `path`, or an aws_route (`path` = []). */
  private route(resource: PlanResource, path: (string | number)[], keys: DestinationKeys, table: RouteTable): Omit<Route, 'index' | 'tableId'> | 'incomplete' | undefined {
    const read = this.read;
    const at = (key: string) => [...path, key];
    const present = [keys.v4, keys.v6, keys.prefixList].filter((key) => read.text(resource, at(key)) !== undefined || isUnknown(resource, at(key)));
    const unknownDestination = present.find((key) => key !== keys.prefixList && isUnknown(resource, at(key)));
    if (unknownDestination) {
      read.unknown(resource, at(unknownDestination), tableRoutesUnknown(table.id));
      return 'incomplete';
    }
    const location = (key: string): Location => read.attributeAt(resource, at(key));
    const [destinationKey] = present;
    if (present.length !== 1 || destinationKey === undefined) {
      const fields = [keys.v4, keys.v6, keys.prefixList].join(', ');
      read.ctx.problem('input-field', present.length === 0 ? 'routeNoDestination' : 'routeManyDestinations', { file: read.file, path: read.attributePath(resource, path.length > 0 ? path : []) }, { fields: present.length === 0 ? fields : present.join(', ') });
      return 'incomplete';
    }
    let destination: RouteDestination;
    if (destinationKey === keys.prefixList) {
      // A list the plan creates has its id after apply: the configuration names which list it is.
      const link = read.linker.link(resource, at(destinationKey), 'prefix-list');
      if (link.kind === 'open') read.unresolved(resource, at(destinationKey), link, tableRoutesUnknown(table.id));
      destination = { kind: 'prefix-list', id: link.kind === 'id' ? link.id : `${resource.address}.${read.attributeName(at(destinationKey))}` };
    } else {
      const cidr = cidrOf(read, resource, at(destinationKey), destinationKey === keys.v4 ? 4 : 6);
      if (!cidr) return 'incomplete';
      destination = { kind: 'cidr', cidr };
    }
    const target = this.target(resource, path, table, destination);
    if (!target) {
      read.ctx.problem('input-field', 'routeNoTarget', { file: read.file, path: read.attributePath(resource, path) });
      return 'incomplete';
    }
    const state = path.length === 0 ? read.text(resource, ['state']) : undefined;
    return {
      destination,
      target,
      blackhole: state === 'blackhole',
      filtered: false,
      origin: 'static',
      at: location(destinationKey),
      address: resource.address,
    };
  }

  /** The next hop of a route, from its first target attribute that is set (or known only after apply). */
  private target(resource: PlanResource, path: (string | number)[], table: RouteTable, destination: RouteDestination): RouteTarget | undefined {
    const read = this.read;
    for (const { attribute, kind, link: want } of TARGETS) {
      const at = [...path, attribute];
      const text = read.text(resource, at);
      if (text !== undefined) return { kind: attribute === 'gateway_id' ? gatewayKind(text) : kind, id: text, field: attribute };
      // Known only after apply and not written: computed by the provider (an aws_route's instance_id, network_interface_id), not the target.
      if (!isUnknown(resource, at) || read.written(resource, path.length > 0 ? [path[0] as string, path[1] as number, attribute] : [attribute]) === false) continue;
      const placeholder = `${resource.address}.${read.attributeName(at)}`;
      if (!want) return { kind, id: placeholder, field: attribute };
      const link = read.linker.resolve(resource, at, want);
      const candidates = link.kind === 'id' ? [link.id] : link.candidates;
      // The kind is certain when the attribute says it, or when every candidate is of one kind.
      const kinds = new Set(candidates.map((id) => GATEWAY_TYPES[read.byId.get(id)?.type ?? this.typeOfAddress(id)] ?? 'unknown'));
      const resolvedKind = attribute !== 'gateway_id' ? kind : link.kind === 'open' && !link.closed ? 'unknown' : kinds.size === 1 ? ([...kinds][0] as TargetKind) : 'unknown';
      if (link.kind === 'id') return { kind: resolvedKind, id: link.id, field: attribute };
      const where = destination.kind === 'cidr' ? destination.cidr.canonical : destination.id;
      read.unresolved(resource, at, link, { en: `where route ${where} of ${table.id} leads is not known`, ja: `${table.id} のルート ${where} の行き先がわかりません` });
      return { kind: resolvedKind, id: placeholder, field: attribute };
    }
    return undefined;
  }

  /** The type of the plan instance at an address (a model id that is an address). */
  private typeOfAddress(id: string): string {
    return this.read.index.at(id)?.type ?? '';
  }

  private standaloneRoute(resource: PlanResource): void {
    const table = this.tableOf(resource, 'route_table_id', { en: 'the table that gets this route is not known, so no candidate table is fully known', ja: 'このルートが入るテーブルがわからないため、候補のテーブルはどれもすべてのルートがわかりません' });
    if (!table) return;
    const route = this.route(resource, [], STANDALONE, table);
    if (route === 'incomplete') table.incomplete = true;
    else if (route) this.push(table, route);
  }

  /** Gateway endpoints add a route to the service's prefix list in each table they name. */
  private endpointRoutes(): void {
    const read = this.read;
    const add = (table: RouteTable, endpoint: PlanResource, at: Location, address: string) =>
      this.push(table, {
        destination: { kind: 'prefix-list', id: endpointPrefixListId(read.linker, endpoint) },
        target: { kind: 'gateway-endpoint', id: read.idOf(endpoint), field: 'route_table_ids' },
        blackhole: false,
        filtered: false,
        origin: 'static',
        at,
        address,
      });
    for (const endpoint of read.index.ofType('aws_vpc_endpoint')) {
      if ((read.text(endpoint, ['vpc_endpoint_type']) ?? 'Gateway') !== 'Gateway') continue;
      const { ids, open } = read.idSet(endpoint, 'route_table_ids', 'route-table');
      for (const { id, at } of ids) {
        const table = read.routeTables.get(id);
        if (table) add(table, endpoint, at, endpoint.address);
      }
      // A private route left out can only leave more to the other routes: said, not guessed.
      if (open) read.unresolved(endpoint, ['route_table_ids'], open, { en: 'the tables that get its private route are not known, and it is left out', ja: 'プライベートなルートが入るテーブルがわからないため、このルートは除いて判定します' }, 'info');
    }
    for (const association of read.index.ofType('aws_vpc_endpoint_route_table_association')) {
      const endpointLink = read.linker.link(association, ['vpc_endpoint_id'], 'vpc-endpoint');
      const endpoint = endpointLink.kind === 'id' ? read.byId.get(endpointLink.id) ?? read.index.at(endpointLink.id) : undefined;
      const table = this.tableOf(association, 'route_table_id', { en: 'the table that gets the endpoint’s private route is not known', ja: 'エンドポイントのプライベートなルートが入るテーブルがわかりません' });
      if (endpoint && table) add(table, endpoint, read.where(association), association.address);
      else if (endpointLink.kind === 'open') read.unresolved(association, ['vpc_endpoint_id'], endpointLink, { en: 'the endpoint’s private route is left out', ja: 'エンドポイントのプライベートなルートは除いて判定します' }, 'info');
    }
  }

  /** aws_main_route_table_association makes another table the VPC's main one. */
  private mainAssociations(): void {
    const read = this.read;
    for (const resource of read.index.ofType('aws_main_route_table_association')) {
      const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
      const consequence: Localized = { en: 'which table is the main one is not known, so the subnets without an explicit association stay unverified', ja: 'どれがメインルートテーブルかわからないため、明示的な関連付けのないサブネットは未確認のままです' };
      const table = this.tableOf(resource, 'route_table_id', consequence);
      if (vpc.kind === 'open') read.unresolved(resource, ['vpc_id'], vpc, consequence);
      if (vpc.kind !== 'id') continue;
      for (const other of read.routeTables.values()) if (other.vpcId === vpc.id && other.main) other.main = false;
      if (table) {
        table.main = true;
        table.vpcId ??= vpc.id;
      } else {
        // The new main table is not settled: a stand-in that is not fully known.
        this.table(`${resource.address}.route_table_id`, resource, read.where(resource), { vpcId: vpc.id, main: true, incomplete: true });
      }
    }
  }

  /** AWS gives every table a local route for each block of its VPC (unless the table already routes that block itself); it prints them first. */
  private localRoutes(): void {
    const read = this.read;
    for (const table of read.routeTables.values()) {
      const vpc = table.vpcId ? read.vpcs.get(table.vpcId) : undefined;
      if (!vpc) continue;
      const own = new Set(table.routes.flatMap((route) => (route.destination.kind === 'cidr' ? [route.destination.cidr.canonical] : [])));
      const local: Route[] = vpc.cidrs
        .filter((cidr) => !own.has(cidr.canonical))
        .map((cidr) => ({ tableId: table.id, index: 0, destination: { kind: 'cidr', cidr }, target: { kind: 'local', id: 'local', field: 'gateway_id' }, blackhole: false, filtered: false, origin: 'static', at: table.at }));
      table.routes = [...local, ...table.routes];
      table.routes.forEach((route, index) => (route.index = index));
    }
  }

  /** aws_route_table_association: which subnet uses which table, settled as far as AWS's one-association-per-subnet rule allows. */
  private subnetAssociations(): void {
    const read = this.read;
    const associations: Association[] = [];
    for (const resource of read.index.ofType('aws_route_table_association')) {
      // An edge association (gateway_id) routes what enters through a gateway, not a subnet.
      if (read.text(resource, ['gateway_id']) !== undefined || (isUnknown(resource, ['gateway_id']) && this.read.written(resource, ['gateway_id']))) continue;
      associations.push({ resource, subnet: read.linker.link(resource, ['subnet_id'], 'subnet'), target: read.linker.link(resource, ['route_table_id'], 'route-table') });
    }
    const consequence = (subnets: string): Localized => ({
      en: `which route table ${subnets} uses is not known, so its verdict stays unverified`,
      ja: `${subnets} が使うルートテーブルがわからないため、判定は未確認のままです`,
    });
    settleAssociations(read, associations, {
      attach: (subnetId, tableId, at, association) => {
        const table = read.routeTables.get(tableId) ?? this.outsideTable(tableId, association, read.subnets.get(subnetId)?.vpcId);
        table.subnets.push({ id: subnetId, at });
      },
      unsettled: (subnetId, association, at) => {
        const table = this.table(`${association.resource.address}.route_table_id`, association.resource, read.where(association.resource), { incomplete: true });
        if (!table.subnets.some((entry) => entry.id === subnetId)) table.subnets.push({ id: subnetId, at });
      },
      consequence,
      subnetAttribute: 'subnet_id',
      targetAttribute: 'route_table_id',
    });
  }

  /** A table an association names that the plan does not declare: a stand-in that is not fully known. */
  private outsideTable(id: string, association: PlanResource, vpcId: string | undefined): RouteTable {
    const read = this.read;
    read.outside(read.attributeAt(association, ['route_table_id']), id, { en: 'a route table this plan does not declare', ja: 'このプランが宣言していないルートテーブル' }, { en: 'its routes are not known, so the subnet that uses it stays unverified', ja: 'ルートがわからないため、これを使うサブネットは未確認のままです' });
    return this.table(id, undefined, read.attributeAt(association, ['route_table_id']), { incomplete: true, ...(vpcId ? { vpcId } : {}) });
  }

  /** Subnets that no association names use their VPC's main table; a VPC the plan neither creates nor manages the main table of gets a stand-in. */
  private implicitMainTables(): void {
    const read = this.read;
    const associated = new Set([...read.routeTables.values()].flatMap((table) => table.subnets.map((entry) => entry.id)));
    const reported = new Set<string>();
    for (const subnet of read.subnets.values()) {
      if (associated.has(subnet.id) || !subnet.vpcId) continue;
      const vpcId = subnet.vpcId;
      if ([...read.routeTables.values()].some((table) => table.main && table.vpcId === vpcId)) continue;
      const vpc = read.vpcs.get(vpcId);
      const known = vpc ? read.text(vpc.resource, ['main_route_table_id']) ?? read.text(vpc.resource, ['default_route_table_id']) : undefined;
      const id = known ?? `${vpc?.resource.address ?? vpcId}.main_route_table_id`;
      this.table(id, undefined, vpc ? read.where(vpc.resource) : subnet.at, { vpcId, main: true, incomplete: true });
      if (reported.has(vpcId)) continue;
      reported.add(vpcId);
      read.outside(
        vpc ? read.where(vpc.resource) : subnet.at,
        `${id}`,
        { en: `the main route table of ${vpcId}, which existed before this plan and is not managed by an aws_default_route_table`, ja: `${vpcId} のメインルートテーブルで、このプランより前からあり、aws_default_route_table で管理されていません` },
        { en: `${subnet.address ?? subnet.id} and the other subnets without an explicit association use it, so their routes are not known`, ja: `${subnet.address ?? subnet.id} など明示的な関連付けのないサブネットがこれを使うため、ルートがわかりません` },
      );
    }
  }
}

/** A destination as text, to match an inline route with a standalone one. */
function destinationKey(destination: RouteDestination): string {
  return destination.kind === 'cidr' ? destination.cidr.canonical : destination.id;
}
