/**
 * The whole-path verdict (design.md §4): for every packet between the WorkSpaces subnets and
 * public space, in either direction, does some given layer (route, network ACL, security group)
 * drop it? `open` when a packet passes every layer with the route table given and a missing
 * NACL or security group taken at its AWS default; `unverified` when the answer depends on a
 * next hop or on a layer the inputs do not show; `closed` otherwise.
 */
import type { Family } from '../net/address.ts';
import type { IntervalSet } from '../net/interval-set.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, exampleBox, examplePacket, type Packet, type TrafficBox } from '../net/traffic.ts';
import type { AclEntry, Route, RouteTarget, SgRule } from '../model.ts';
import type { Verdict } from '../types.ts';
import type { Analysis, SubnetView } from './analysis.ts';
import { decide, orderedEntries } from './nacl.ts';
import { evaluateGroups } from './security-groups.ts';

export type Direction = 'egress' | 'ingress';

/** Why a packet's fate could not be decided from the inputs. */
export type UncertainReason =
  | 'no-route-table'
  | 'route-table-incomplete'
  | 'prefix-list-unresolved'
  | 'next-hop'
  | 'acl-incomplete'
  | 'no-security-group'
  | 'security-group-incomplete'
  | 'security-group-peer-unresolved';

/** A packet that every layer lets through. */
export interface OpenFlow {
  subnet: SubnetView;
  direction: Direction;
  family: Family;
  packet: Packet;
  route: Route;
  /** Undefined: no network ACL given, AWS default (allow all) assumed. */
  aclEntry?: AclEntry;
  /** Undefined: no security group given, AWS default (egress allows all) assumed. */
  sgRule?: SgRule;
  /** Further routes of the same table to the same next hop that open the same way (folded into this flow). */
  otherRoutes: Set<Route>;
}

/** A packet whose fate depends on something the inputs do not show. */
export interface UnverifiedFlow {
  subnet: SubnetView;
  direction: Direction;
  family: Family;
  packet: Packet;
  reason: UncertainReason;
  route?: Route;
  aclEntry?: AclEntry;
  sgRule?: SgRule;
  /** Further routes of the same table to the same next hop, folded into this flow. */
  otherRoutes: Set<Route>;
}

export interface PathAnalysis {
  verdict: Verdict;
  open: OpenFlow[];
  unverified: UnverifiedFlow[];
  /** The subnets analysed (a single stand-in when the inputs name none). */
  subnets: SubnetView[];
}

type RouteClass = { kind: 'internet' | 'closed' } | { kind: 'uncertain'; reason: UncertainReason };

export const EGRESS_INTERNET: ReadonlySet<RouteTarget['kind']> = new Set(['internet-gateway', 'nat-gateway', 'egress-only-internet-gateway', 'carrier-gateway']);
/** Unsolicited inbound packets only come through gateways that map public addresses in. */
export const INGRESS_INTERNET: ReadonlySet<RouteTarget['kind']> = new Set(['internet-gateway', 'carrier-gateway']);
/** Stateful egress-only devices: they drop unsolicited inbound packets. */
const INGRESS_STATEFUL_BLOCK: ReadonlySet<RouteTarget['kind']> = new Set(['nat-gateway', 'egress-only-internet-gateway']);
/** Next hops that keep traffic private. */
export const PRIVATE_TARGETS: ReadonlySet<RouteTarget['kind']> = new Set(['local', 'gateway-endpoint']);

/** What a route does with a public-space packet in one direction. */
export function classifyRoute(route: Route | undefined, direction: Direction, closedTargets: ReadonlySet<string>): RouteClass {
  if (!route || route.blackhole) return { kind: 'closed' };
  const kind = route.target.kind;
  if (PRIVATE_TARGETS.has(kind) || closedTargets.has(route.target.id)) return { kind: 'closed' };
  if (direction === 'egress' && EGRESS_INTERNET.has(kind)) return { kind: 'internet' };
  if (direction === 'ingress' && INGRESS_INTERNET.has(kind)) return { kind: 'internet' };
  if (direction === 'ingress' && INGRESS_STATEFUL_BLOCK.has(kind)) return { kind: 'closed' };
  return { kind: 'uncertain', reason: 'next-hop' };
}

const boxesOf = (addresses: IntervalSet): TrafficBox[] =>
  addresses.ranges.map((range) => ({ protocols: ALL_PROTOCOLS, details: ALL_DETAILS, addresses: range }));

/** The layers a piece of traffic met, for evidence. */
interface Trail {
  route?: Route;
  aclEntry?: AclEntry;
  sgRule?: SgRule;
}

/** Flows are folded per subnet, direction, family, reason and next hop: thousands of routes to one
 * transit gateway are one question, not thousands. */
const flowKey = (subnet: SubnetView, direction: Direction, family: Family, reason: string, route: Route | undefined) =>
  `${subnet.id}|${direction}|${family}|${reason}|${route ? `${route.tableId}|${route.target.id}` : ''}`;

class PathWalker {
  readonly open: OpenFlow[] = [];
  readonly unverified: UnverifiedFlow[] = [];
  private readonly seen = new Map<string, OpenFlow | UnverifiedFlow>();
  private readonly analysis: Analysis;

  constructor(analysis: Analysis) {
    this.analysis = analysis;
  }

  walk(subnet: SubnetView, family: Family, direction: Direction): void {
    const universe = this.analysis.publicSpace[family];
    if (universe.isEmpty()) return;
    const table = subnet.routeTable;
    if (!table) {
      for (const box of boxesOf(universe)) this.afterRoute(subnet, family, direction, [box], {}, { kind: 'uncertain', reason: 'no-route-table' });
      return;
    }
    const partition = this.analysis.publicPartition(table, family);
    const unresolved = partition.unresolved.filter((route) => route.target.kind !== 'gateway-endpoint');
    const tableUncertain: RouteClass | undefined = table.incomplete
      ? { kind: 'uncertain', reason: 'route-table-incomplete' }
      : unresolved.length > 0
        ? { kind: 'uncertain', reason: 'prefix-list-unresolved' }
        : undefined;
    for (const region of partition.regions) {
      const routeClass = classifyRoute(region.route, direction, this.analysis.context.closedTargets);
      // A table that is not fully known cannot prove a drop, nor be sure where a packet goes.
      const effective = tableUncertain ?? routeClass;
      if (effective.kind === 'closed') continue;
      const trail: Trail = region.route ? { route: region.route } : unresolved[0] ? { route: unresolved[0] } : {};
      this.afterRoute(subnet, family, direction, boxesOf(region.addresses), trail, effective);
    }
  }

  /** Network ACL of the subnet, then its security groups. */
  private afterRoute(subnet: SubnetView, family: Family, direction: Direction, query: TrafficBox[], trail: Trail, routeClass: RouteClass): void {
    const acl = subnet.acl;
    const egress = direction === 'egress';
    if (!acl) {
      this.afterAcl(subnet, family, direction, query, trail, routeClass);
      return;
    }
    if (acl.incomplete) {
      this.record(subnet, family, direction, query, trail, { kind: 'uncertain', reason: 'acl-incomplete' });
      return;
    }
    for (const decision of decide(orderedEntries(acl, egress, family), query)) {
      if (decision.entry.action === 'deny') continue;
      this.afterAcl(subnet, family, direction, [decision.box], { ...trail, aclEntry: decision.entry }, routeClass);
    }
  }

  private afterAcl(subnet: SubnetView, family: Family, direction: Direction, query: TrafficBox[], trail: Trail, routeClass: RouteClass): void {
    const groups = this.analysis.workspacesGroups;
    const egress = direction === 'egress';
    if (groups.length === 0) {
      // AWS default: egress allows everything; inbound from public space is not allowed, but
      // the WorkSpaces' real groups were not given, so the drop cannot be credited.
      this.record(subnet, family, direction, query, trail, egress ? routeClass : worst(routeClass, 'no-security-group'));
      return;
    }
    const evaluation = evaluateGroups(groups, egress, family, query, this.analysis.prefixLists, 'no-match');
    for (const match of evaluation.allowed) this.record(subnet, family, direction, [match.box], { ...trail, sgRule: match.rule }, routeClass);
    for (const match of evaluation.maybe) this.record(subnet, family, direction, [match.box], { ...trail, sgRule: match.rule }, worst(routeClass, 'security-group-peer-unresolved'));
    if (groups.some((group) => group.incomplete) && evaluation.denied.length > 0) {
      this.record(subnet, family, direction, evaluation.denied, trail, worst(routeClass, 'security-group-incomplete'));
    }
  }

  private record(subnet: SubnetView, family: Family, direction: Direction, boxes: TrafficBox[], trail: Trail, routeClass: RouteClass): void {
    const box = exampleBox(boxes);
    if (!box) return;
    const packet = examplePacket(box);
    const reason = routeClass.kind === 'uncertain' ? routeClass.reason : routeClass.kind;
    if (routeClass.kind === 'closed' || (routeClass.kind === 'internet' && !trail.route)) return;
    const key = flowKey(subnet, direction, family, reason, trail.route);
    const existing = this.seen.get(key);
    if (existing) {
      if (trail.route && trail.route !== existing.route) existing.otherRoutes.add(trail.route);
      return;
    }
    if (routeClass.kind === 'internet' && trail.route) {
      const flow: OpenFlow = { subnet, direction, family, packet, route: trail.route, otherRoutes: new Set(), ...(trail.aclEntry ? { aclEntry: trail.aclEntry } : {}), ...(trail.sgRule ? { sgRule: trail.sgRule } : {}) };
      this.seen.set(key, flow);
      this.open.push(flow);
    } else if (routeClass.kind === 'uncertain') {
      const flow: UnverifiedFlow = { subnet, direction, family, packet, reason: routeClass.reason, otherRoutes: new Set(), ...trail };
      this.seen.set(key, flow);
      this.unverified.push(flow);
    }
  }
}

/** Downgrades a route class by an uncertainty of a later layer. */
function worst(routeClass: RouteClass, reason: UncertainReason): RouteClass {
  return routeClass.kind === 'uncertain' ? routeClass : { kind: 'uncertain', reason };
}

/** A stand-in for "the subnets" when the inputs name none: the only (main) table and ACL given. */
function standInSubnet(analysis: Analysis): SubnetView | undefined {
  const { routeTables, networkAcls, securityGroups } = analysis.resources;
  if (routeTables.length === 0 && networkAcls.length === 0 && securityGroups.length === 0) return undefined;
  const mains = routeTables.filter((table) => table.main);
  const routeTable = mains.length === 1 ? mains[0] : routeTables.length === 1 ? routeTables[0] : undefined;
  const defaults = networkAcls.filter((acl) => acl.isDefault);
  const acl = networkAcls.length === 1 ? networkAcls[0] : defaults.length === 1 ? defaults[0] : undefined;
  const at = routeTable?.at ?? acl?.at ?? securityGroups[0]?.at ?? { file: '', path: [] };
  return {
    // The inputs name no subnet (a main table has no SubnetId): speak of the table's subnets.
    id: routeTable ? `subnets of ${routeTable.id}` : acl ? `subnets of ${acl.id}` : 'the WorkSpaces subnets',
    cidrs: [],
    // Whether real subnets use these implicitly is unknown: claim nothing.
    implicitRouteTable: false,
    implicitAcl: false,
    at,
    ...(routeTable ? { routeTable } : {}),
    ...(acl ? { acl } : {}),
  };
}

export function analysePaths(analysis: Analysis): PathAnalysis {
  const walker = new PathWalker(analysis);
  let subnets = analysis.workspacesSubnets;
  if (subnets.length === 0) {
    const standIn = standInSubnet(analysis);
    subnets = standIn ? [standIn] : [];
  }
  for (const subnet of subnets) {
    for (const family of [4, 6] as const) {
      for (const direction of ['egress', 'ingress'] as const) walker.walk(subnet, family, direction);
    }
  }
  const verdict: Verdict = subnets.length === 0 ? 'unverified' : walker.open.length > 0 ? 'open' : walker.unverified.length > 0 ? 'unverified' : 'closed';
  return { verdict, open: walker.open, unverified: walker.unverified, subnets };
}
