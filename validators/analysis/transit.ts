/**
 * Transit gateways as the inputs describe them: which attachment carries a VPC, which route
 * table an attachment is looked up in, the interface subnets of a VPC attachment, and a route
 * table's routes partitioned exactly. Conflicting versions of a resource are all kept (sorted,
 * so the order of documents decides nothing): each is a choice the path analysis weighs.
 *
 * Route selection follows "Route evaluation order" in How transit gateways work: the most
 * specific route for the destination; on equal prefixes static routes, then prefix-list
 * references, then propagated routes. Propagated routes of the same prefix from several
 * attachments (and equal-cost multipath) are each weighed.
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 *
 * Routes propagated from a VPN, Direct Connect gateway or Connect attachment are learned by BGP
 * from a router the inputs do not show, which may advertise any prefix at any time, a single
 * address included (https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html). Such a
 * future route wins every address except those a static or prefix-list route of a full-length
 * prefix (/32, /128) already holds: nothing is more specific, and at an equal prefix static and
 * prefix-list routes outrank propagated ones. (A VPC attachment propagates its VPC's CIDRs, /28
 * and /64 at most specific, so its routes never hold a single address.)
 */
import { BITS, type Cidr, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import type { PrefixList, Resources, TransitGatewayAttachment, TransitGatewayRoute, TransitGatewayRouteSet, TransitGatewayVpcAttachment } from '../model.ts';
import type { Location } from '../types.ts';

/** The kinds of the documents that describe transit gateways (see input/kinds/transit-gateway-*.ts). */
export const TRANSIT_KINDS: ReadonlySet<string> = new Set(['TransitGatewayAttachments', 'TransitGatewayVpcAttachments', 'TransitGatewayRouteTables', 'TransitGatewayRoutes']);

/** Addresses of one family that a set of equally ranked routes wins (none: no route matches). */
export interface TransitRegion {
  addresses: IntervalSet;
  routes: TransitGatewayRoute[];
}

export interface TransitPartition {
  regions: TransitRegion[];
  /** Prefix-list references whose entries were not given: what they carry is unknown. */
  unresolved: TransitGatewayRoute[];
  /** Addresses held by a static or prefix-list route of a full-length prefix: no propagated route can take them. */
  pinned: IntervalSet;
}

const RANK = { static: 0, 'prefix-list': 1, propagated: 2 } as const;

const byPlace = <T extends { at: Location }>(a: T, b: T) => a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/'));

/** An attachment of a transit gateway to a VPC, from either document that names it. */
export interface VpcAttachmentRef {
  id: string;
  at: Location;
}

export class TransitIndex {
  /** True when some transit gateway document was given: routes to a transit gateway are then followed. */
  readonly given: boolean;
  private readonly resources: Resources;
  private readonly attachments = new Map<string, TransitGatewayAttachment[]>();
  private readonly vpcAttachments = new Map<string, TransitGatewayVpcAttachment[]>();
  private readonly routeSetsByTable = new Map<string, TransitGatewayRouteSet[]>();

  constructor(resources: Resources) {
    this.resources = resources;
    this.given =
      resources.transitGatewayAttachments.length + resources.transitGatewayVpcAttachments.length + resources.transitGatewayRouteTables.length + resources.transitGatewayRouteSets.length > 0 ||
      resources.documents.some((document) => document.kinds.some((kind) => TRANSIT_KINDS.has(kind)));
    for (const attachment of [...resources.transitGatewayAttachments].sort(byPlace)) push(this.attachments, attachment.id, attachment);
    for (const attachment of [...resources.transitGatewayVpcAttachments].sort(byPlace)) push(this.vpcAttachments, attachment.id, attachment);
    for (const set of [...resources.transitGatewayRouteSets].sort(byPlace)) push(this.routeSetsByTable, set.tableId, set);
  }

  /** The attachments of `tgwId` that attach `vpcId`, from describe-transit-gateway-attachments and -vpc-attachments. */
  vpcAttachmentsOf(tgwId: string, vpcId: string | undefined): VpcAttachmentRef[] {
    if (vpcId === undefined) return [];
    const found = new Map<string, Location>();
    for (const versions of this.attachments.values()) {
      for (const attachment of versions) {
        if (attachment.transitGatewayId === tgwId && attachment.resourceType === 'vpc' && attachment.resourceId === vpcId && !found.has(attachment.id)) found.set(attachment.id, attachment.at);
      }
    }
    for (const versions of this.vpcAttachments.values()) {
      for (const attachment of versions) {
        if (attachment.transitGatewayId === tgwId && attachment.vpcId === vpcId && !found.has(attachment.id)) found.set(attachment.id, attachment.at);
      }
    }
    return [...found].map(([id, at]) => ({ id, at })).sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * The transit gateway a route table belongs to: as describe-transit-gateway-route-tables says,
   * else as an attachment associated with it says; undefined when neither tells.
   */
  gatewayOfTable(tableId: string): string | undefined {
    const table = [...this.resources.transitGatewayRouteTables].sort(byPlace).find((candidate) => candidate.id === tableId);
    if (table) return table.transitGatewayId;
    for (const versions of this.attachments.values()) for (const attachment of versions) if (attachment.associatedRouteTableId?.id === tableId) return attachment.transitGatewayId;
    return undefined;
  }

  /** The attachments describe-transit-gateway-attachments lists on a transit gateway (every one, one version each, when the gateway is not known), sorted by id. */
  attachmentsOn(tgwId: string | undefined): TransitGatewayAttachment[] {
    const out: TransitGatewayAttachment[] = [];
    for (const versions of this.attachments.values()) for (const attachment of versions) if (tgwId === undefined || attachment.transitGatewayId === tgwId) out.push(attachment);
    return out.sort((a, b) => a.id.localeCompare(b.id) || byPlace(a, b));
  }

  /** Every version of an attachment as describe-transit-gateway-attachments printed it. */
  attachment(id: string): TransitGatewayAttachment[] {
    return this.attachments.get(id) ?? [];
  }

  /** The route tables an attachment is associated with (one per version; none when not told). */
  associatedTables(id: string): { id: string; at: Location }[] {
    const tables = new Map<string, Location>();
    for (const version of this.attachment(id)) if (version.associatedRouteTableId && !tables.has(version.associatedRouteTableId.id)) tables.set(version.associatedRouteTableId.id, version.associatedRouteTableId.at);
    return [...tables].map(([tableId, at]) => ({ id: tableId, at }));
  }

  /** Every version of a VPC attachment (its interface subnets). */
  vpcAttachment(id: string): TransitGatewayVpcAttachment[] {
    return this.vpcAttachments.get(id) ?? [];
  }

  /** Every version of a route table's routes. */
  routeSets(tableId: string): TransitGatewayRouteSet[] {
    return this.routeSetsByTable.get(tableId) ?? [];
  }

  /** Where a route table is defined (describe-transit-gateway-route-tables), if it is. */
  tableAt(tableId: string): Location | undefined {
    return this.resources.transitGatewayRouteTables.filter((table) => table.id === tableId).sort(byPlace)[0]?.at;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

interface Candidate {
  cidr: Cidr;
  route: TransitGatewayRoute;
  rank: number;
}

/** Partitions `universe` by the routes of a transit gateway route table that win each address. */
export function partitionTransitRoutes(set: TransitGatewayRouteSet, family: Family, universe: IntervalSet, prefixLists: ReadonlyMap<string, PrefixList>): TransitPartition {
  const candidates: Candidate[] = [];
  const unresolved: TransitGatewayRoute[] = [];
  for (const route of set.routes) {
    if (route.destination.kind === 'cidr') {
      if (route.destination.cidr.family === family) candidates.push({ cidr: route.destination.cidr, route, rank: route.type === 'propagated' ? RANK.propagated : RANK.static });
      continue;
    }
    const list = prefixLists.get(route.destination.id);
    if (!list || list.incomplete) {
      unresolved.push(route);
      continue;
    }
    for (const entry of list.entries) if (entry.cidr.family === family) candidates.push({ cidr: entry.cidr, route, rank: RANK['prefix-list'] });
  }
  candidates.sort((a, b) => b.cidr.prefix - a.cidr.prefix || a.rank - b.rank || (a.cidr.first < b.cidr.first ? -1 : a.cidr.first > b.cidr.first ? 1 : 0));
  const regions: TransitRegion[] = [];
  let remaining = universe;
  for (let index = 0; index < candidates.length && !remaining.isEmpty(); ) {
    const first = candidates[index] as Candidate;
    // Routes to the same block with the same rank tie: each is weighed.
    const tied: TransitGatewayRoute[] = [];
    while (index < candidates.length) {
      const next = candidates[index] as Candidate;
      if (next.cidr.prefix !== first.cidr.prefix || next.rank !== first.rank || next.cidr.first !== first.cidr.first) break;
      if (!tied.includes(next.route)) tied.push(next.route);
      index++;
    }
    const block = IntervalSet.range(first.cidr.first, first.cidr.last);
    const won = remaining.intersect(block);
    if (won.isEmpty()) continue;
    regions.push({ addresses: won, routes: tied });
    remaining = remaining.subtract(block);
  }
  if (!remaining.isEmpty()) regions.push({ addresses: remaining, routes: [] });
  const hosts = candidates.filter((candidate) => candidate.rank !== RANK.propagated && candidate.cidr.prefix === BITS[family]).map((candidate): [bigint, bigint] => [candidate.cidr.first, candidate.cidr.last]);
  return { regions, unresolved, pinned: IntervalSet.of(hosts).intersect(universe) };
}
