/**
 * The whole-path verdict (design.md §4): for every packet between the WorkSpaces subnets and
 * public space, in either direction, does some given layer (route, network ACL, security group)
 * drop it? `open` when a packet passes every layer with the route table given and a missing
 * NACL or security group taken at its AWS default; `unverified` when the answer depends on a
 * next hop or on a layer the inputs do not show; `closed` otherwise.
 *
 * What the inputs leave open is weighed, never guessed: a subnet with several candidate route
 * tables or network ACLs (conflicting documents) is judged with each, open if any opens; a
 * security group that may be on the WorkSpaces (the directory's custom group next to
 * `_workspacesMembers`) can only make a part unverified, never closed. Every part of public
 * space keeps the route, entries and rules that decide it: the proof.
 */
import type { Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, exampleBox, examplePacket, type Packet, type TrafficBox } from '../net/traffic.ts';
import type { AclEntry, NetworkAcl, Route, RouteTable, RouteTarget, SgRule } from '../model.ts';
import type { Localized, Location, ProofLayer, Verdict } from '../types.ts';
import type { Analysis, GroupScope, SubnetView } from './analysis.ts';
import { entryText, groupNames, routeText, sgRuleText } from './describe.ts';
import { bpaGiven } from './gateways.ts';
import { ASSUMED_ACL, followsRoute, HopWalker, localSpace, ruleNumberAt, undescribedNatAssumption, type Doubt, type EvidenceItem, type HopProof, type Piece, type RoutingLoop, type Trail } from './hops.ts';
import { decide, orderedEntries } from './nacl.ts';
import { evaluateGroups, type SgMatch } from './security-groups.ts';

export type Direction = 'egress' | 'ingress';

/** Why a packet's fate could not be decided from the inputs. */
export type UncertainReason =
  | 'no-route-table'
  | 'vpc-unknown'
  | 'route-table-incomplete'
  | 'prefix-list-unresolved'
  | 'next-hop'
  | 'acl-incomplete'
  | 'acl-unknown'
  | 'no-security-group'
  | 'security-group-incomplete'
  | 'security-group-peer-unresolved'
  | 'security-group-possible'
  /** Past the WorkSpaces subnet's route, a hop whose far side the inputs do not show (a VPN, a firewall endpoint…). */
  | 'downstream-next-hop'
  /** Past the WorkSpaces subnet's route, a transit gateway table takes routes a VPN, Direct Connect or Connect attachment propagates: it may send the packet there tomorrow. */
  | 'downstream-propagation'
  | 'downstream-attached'
  /** Past the WorkSpaces subnet's route, an input that would settle the path is missing. */
  | 'downstream-input';

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
  /** The hops past `route`, when the path was followed further (a NAT gateway's subnet, a transit gateway…). */
  hops?: HopProof[];
  /** What let the packet through past `route`, for evidence. */
  evidence?: EvidenceItem[];
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
  /** The hops past `route`, when the path was followed further. */
  hops?: HopProof[];
  /** What let the packet through past `route`, for evidence. */
  evidence?: EvidenceItem[];
  /** For `downstream-next-hop`: the hop whose far side is unknown. */
  hop?: Doubt['hop'];
  /** For `downstream-input`: the input that would settle it. */
  missing?: Doubt['missing'];
  /** For `downstream-propagation`: the table the hop propagates routes into, and their prefixes today. */
  propagation?: Doubt['propagation'];
}

/** One route, entry, rule or assumption that decides (part of) a branch, before localization. */
export interface StepProof {
  layer: ProofLayer;
  effect: 'allow' | 'deny' | 'unknown';
  text: Localized;
  at?: Location;
  /** Index of the hop (in the branch's `hops`) the step belongs to; absent for the WorkSpaces subnet's own layers. */
  hop?: number;
}

/** A piece of public space carried by one route (or by none) and how it ends. */
export interface BranchProof {
  table?: RouteTable;
  route?: Route;
  addresses: IntervalSet;
  outcome: 'open' | 'dropped' | 'unverified';
  droppedBy?: ProofLayer;
  steps: StepProof[];
  /** The hops past the route, when the path was followed further. */
  hops?: HopProof[];
}

/** How public space is decided for a set of subnets with the same layers, one direction and family. */
export interface PartProof {
  subnets: SubnetView[];
  vpcId?: string;
  direction: Direction;
  family: Family;
  verdict: Verdict;
  /** `no-cidr`: the subnets have no CIDR of this family; `layers`: decided branch by branch. */
  basis: 'no-cidr' | 'no-public-space' | 'layers';
  /** The public space of the part (what the branches partition). */
  space: IntervalSet;
  /** Route tables weighed: more than one when the inputs conflict. */
  tables: RouteTable[];
  /** Network ACLs weighed: more than one when the inputs conflict. */
  acls: NetworkAcl[];
  branches: BranchProof[];
}

/** Something the verdict rests on that was not read from the inputs. */
export interface AssumptionProof {
  key: string;
  text: Localized;
  at?: Location;
}

export interface PathAnalysis {
  verdict: Verdict;
  open: OpenFlow[];
  unverified: UnverifiedFlow[];
  /** The subnets analysed (stand-ins when the inputs name none). */
  subnets: SubnetView[];
  parts: PartProof[];
  assumptions: AssumptionProof[];
  /** Chains that come back to a table they already went through. */
  loops: (RoutingLoop & { subnet: SubnetView; direction: Direction })[];
}

/** What a route does with a packet: `onward` when the path is followed past it (hops.ts). */
type RouteClass = { kind: 'internet' | 'closed' } | { kind: 'uncertain'; reason: UncertainReason } | { kind: 'onward'; doubt?: UncertainReason };

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

/** How the network ACL layer of a scenario is known. */
type AclLayer = { kind: 'given'; acl: NetworkAcl } | { kind: 'aws-default' } | { kind: 'unknown' };
/** How the security-group layer of a scenario is known. */
type GroupLayer = { kind: 'given'; scope: GroupScope } | { kind: 'aws-default' };

/** One way the layers of a subnet may be: a candidate route table and network ACL, and its groups. */
interface Scenario {
  table?: RouteTable;
  acl: AclLayer;
  groups: GroupLayer;
}

/** Flows are folded per subnet, direction, family, reason and next hop: thousands of routes to one
 * transit gateway are one question, not thousands. */
const flowKey = (subnet: SubnetView, direction: Direction, family: Family, reason: string, route: Route | undefined, beyond = '') =>
  `${subnet.id}|${direction}|${family}|${reason}|${route ? `${route.tableId}|${route.target.id}` : ''}${beyond === '' ? '' : `|${beyond}`}`;

/** What tells two unverified flows past the same route apart: the hop or input they wait on. */
const beyondOf = (flow: Pick<UnverifiedFlow, 'hop' | 'missing'>) => flow.hop?.id ?? flow.missing?.en ?? '';


const NO_ROUTE: Localized = { en: 'no route matches: dropped', ja: '一致するルートがなく破棄されます' };
const UNKNOWN_ACL: Localized = { en: 'the subnet’s network ACL is not known from the inputs', ja: 'サブネットのネットワーク ACL が入力からわかりません' };
const INCOMPLETE_ACL: Localized = { en: 'part of the network ACL could not be read', ja: 'ネットワーク ACL の一部が読み取れませんでした' };
const ASSUMED_SG_EGRESS: Localized = { en: 'no security group given: the AWS default (all outbound allowed) is assumed', ja: 'セキュリティグループが入力にないため、AWS の既定 (アウトバウンドはすべて許可) とみなしました' };
const UNKNOWN_SG_INGRESS: Localized = { en: 'no security group given: whether the WorkSpaces’ own groups let it in is not known', ja: 'セキュリティグループが入力にないため、WorkSpaces 自身のグループが受信を通すかどうかわかりません' };
const NO_TABLE: Localized = { en: 'no route table for the subnet was given: where the traffic goes is not known', ja: 'サブネットのルートテーブルが入力にないため、通信の行き先がわかりません' };


/** Walks one scenario of one subnet, one family, one direction. */
class ScenarioWalk {
  readonly open: OpenFlow[] = [];
  readonly unverified: UnverifiedFlow[] = [];
  readonly branches: BranchProof[] = [];
  readonly loops: RoutingLoop[] = [];
  private readonly seen = new Map<string, OpenFlow | UnverifiedFlow>();
  /** Pieces that passed the subnet's layers on a route whose path is followed further. */
  private pending: Piece[] = [];
  private readonly analysis: Analysis;
  private readonly subnet: SubnetView;
  private readonly family: Family;
  private readonly direction: Direction;
  private readonly scenario: Scenario;
  private readonly assume: (key: string, text: Localized, at?: Location) => void;

  constructor(analysis: Analysis, subnet: SubnetView, family: Family, direction: Direction, scenario: Scenario, assume: ScenarioWalk['assume']) {
    this.analysis = analysis;
    this.subnet = subnet;
    this.family = family;
    this.direction = direction;
    this.scenario = scenario;
    this.assume = assume;
  }

  get verdict(): Verdict {
    return this.open.length > 0 ? 'open' : this.unverified.length > 0 ? 'unverified' : 'closed';
  }

  run(universe: IntervalSet): void {
    const { table } = this.scenario;
    if (!table) {
      const reason: UncertainReason = this.subnet.routeTableUnknown === 'vpc-unknown' ? 'vpc-unknown' : 'no-route-table';
      this.branch(undefined, undefined, universe, { kind: 'uncertain', reason }, [{ layer: 'route', effect: 'unknown', text: NO_TABLE, at: this.subnet.at }]);
      return;
    }
    const partition = this.analysis.publicPartition(table, this.family, this.subnet.vpcId);
    const unresolved = partition.unresolved.filter((route) => route.target.kind !== 'gateway-endpoint');
    const tableUncertain: RouteClass | undefined = table.incomplete
      ? { kind: 'uncertain', reason: 'route-table-incomplete' }
      : unresolved.length > 0
        ? { kind: 'uncertain', reason: 'prefix-list-unresolved' }
        : undefined;
    const closedTargets = this.analysis.context.closedTargets;
    for (const region of partition.regions) {
      const route = region.route;
      const routeClass: RouteClass = route && !tableUncertain && followsRoute(this.analysis, route, this.direction, this.subnet) ? { kind: 'onward' } : classifyRoute(route, this.direction, closedTargets);
      // A table that is not fully known cannot prove a drop, nor be sure where a packet goes.
      const effective = tableUncertain ?? routeClass;
      const steps: StepProof[] = [];
      const statefulDrop = route !== undefined && !route.blackhole && this.direction === 'ingress' && INGRESS_STATEFUL_BLOCK.has(route.target.kind) && !tableUncertain;
      if (route) {
        steps.push({ layer: 'route', effect: effective.kind === 'closed' && !statefulDrop ? 'deny' : effective.kind === 'uncertain' ? 'unknown' : 'allow', text: routeText(route), at: route.at });
        if (statefulDrop) steps.push({ layer: 'next-hop', effect: 'deny', text: { en: `${route.target.id} takes no unsolicited inbound packet from the internet`, ja: `${route.target.id} はインターネットから一方的に届くパケットを受け付けません` } });
        if (closedTargets.has(route.target.id) && !route.blackhole) {
          const text = { en: `${route.target.id} is listed in closedTargets: taken as having no way to the internet`, ja: `${route.target.id} は closedTargets にあるため、インターネットへの出口がないとみなしました` };
          steps.push({ layer: 'assumption', effect: 'deny', text });
          this.assume(`closed:${route.target.id}`, text);
        }
      } else {
        steps.push({ layer: 'route', effect: tableUncertain ? 'unknown' : 'deny', text: { en: `${table.id}: ${NO_ROUTE.en}`, ja: `${table.id}: ${NO_ROUTE.ja}` }, at: table.at });
      }
      if (tableUncertain) {
        const unresolvedRoute = unresolved[0];
        steps.push({
          layer: 'route',
          effect: 'unknown',
          text: tableUncertain.reason === 'prefix-list-unresolved' && unresolvedRoute
            ? { en: `the entries of prefix list ${unresolvedRoute.destination.kind === 'prefix-list' ? unresolvedRoute.destination.id : ''} are not given`, ja: `プレフィックスリスト ${unresolvedRoute.destination.kind === 'prefix-list' ? unresolvedRoute.destination.id : ''} のエントリが入力にありません` }
            : { en: `part of ${table.id} could not be read`, ja: `${table.id} の一部が読み取れませんでした` },
          at: unresolvedRoute?.at ?? table.at,
        });
      }
      const trailRoute = route ?? unresolved[0];
      this.branch(table, route, region.addresses, effective, steps, trailRoute ? { route: trailRoute } : {}, statefulDrop ? 'next-hop' : 'route');
    }
  }

  private branch(table: RouteTable | undefined, route: Route | undefined, addresses: IntervalSet, routeClass: RouteClass, steps: StepProof[], trail: Trail = {}, closedAt: ProofLayer = 'route'): void {
    const branch: BranchProof = { addresses, outcome: 'dropped', steps, ...(table ? { table } : {}), ...(route ? { route } : {}) };
    this.branches.push(branch);
    if (routeClass.kind === 'closed') {
      branch.droppedBy = closedAt;
      return;
    }
    const before = { open: this.open.length, unverified: this.unverified.length };
    this.pending = [];
    const passed = this.aclLayer(boxesOf(addresses), trail, routeClass, steps);
    if (routeClass.kind === 'onward' && route && this.pending.length > 0) {
      // The path goes on past the route: one branch per way it ends.
      this.branches.pop();
      const walker = new HopWalker(this.analysis, this.family, this.direction, this.subnet, this.sink());
      for (const ending of walker.start(route, this.pending)) {
        this.branches.push({
          // The same set as the route's region when it is: its CIDR blocks are then counted once (describe.ts remembers them per set).
          addresses: ending.addresses.equals(addresses) ? addresses : ending.addresses,
          outcome: ending.outcome,
          steps: [...steps, ...ending.steps],
          hops: ending.hops,
          ...(ending.droppedBy ? { droppedBy: ending.droppedBy } : {}),
          ...(table ? { table } : {}),
          route,
        });
      }
      this.pending = [];
      return;
    }
    if (passed === 0) branch.droppedBy = 'nacl';
    else if (this.open.length === before.open && this.unverified.length === before.unverified) branch.droppedBy = 'security-group';
    branch.outcome = this.open.length > before.open ? 'open' : this.unverified.length > before.unverified ? 'unverified' : 'dropped';
  }

  /** The network ACL of the subnet; returns how many pieces it let through. */
  private aclLayer(query: TrafficBox[], trail: Trail, routeClass: RouteClass, steps: StepProof[]): number {
    const layer = this.scenario.acl;
    const egress = this.direction === 'egress';
    if (layer.kind === 'aws-default') {
      steps.push({ layer: 'nacl', effect: 'allow', text: ASSUMED_ACL });
      this.assume(`acl-default:${this.subnet.vpcId ?? ''}`, { en: `${this.subnet.vpcId ?? this.subnet.id}: ${ASSUMED_ACL.en}`, ja: `${this.subnet.vpcId ?? this.subnet.id}: ${ASSUMED_ACL.ja}` });
      this.groupLayer(query.map((box) => ({ box })), trail, routeClass, steps);
      return query.length;
    }
    // An ACL that is not known may pass anything: the security groups can still drop it.
    if (layer.kind === 'unknown') {
      steps.push({ layer: 'nacl', effect: 'unknown', text: UNKNOWN_ACL, at: this.subnet.at });
      this.groupLayer(query.map((box) => ({ box })), trail, worst(routeClass, 'acl-unknown'), steps);
      return query.length;
    }
    const acl = layer.acl;
    if (acl.incomplete) {
      steps.push({ layer: 'nacl', effect: 'unknown', text: INCOMPLETE_ACL, at: acl.at });
      this.groupLayer(query.map((box) => ({ box })), trail, worst(routeClass, 'acl-incomplete'), steps);
      return query.length;
    }
    const allowed: { box: TrafficBox; entry: AclEntry }[] = [];
    const deciders = new Set<AclEntry>();
    for (const decision of decide(orderedEntries(acl, egress, this.family), query)) {
      deciders.add(decision.entry);
      if (decision.entry.action === 'allow') allowed.push(decision);
    }
    for (const entry of deciders) steps.push({ layer: 'nacl', effect: entry.action, text: entryText(entry), at: entry.isDefaultDeny ? acl.at : ruleNumberAt(entry) });
    if (allowed.length > 0) this.groupLayer(allowed, trail, routeClass, steps);
    return allowed.length;
  }

  /** The security groups: certain ones first, then the ones that may also be attached. */
  private groupLayer(pieces: { box: TrafficBox; entry?: AclEntry }[], trail: Trail, routeClass: RouteClass, steps: StepProof[]): void {
    const layer = this.scenario.groups;
    const egress = this.direction === 'egress';
    if (layer.kind === 'aws-default') {
      if (egress) {
        steps.push({ layer: 'security-group', effect: 'allow', text: ASSUMED_SG_EGRESS });
        this.assume('sg-default', ASSUMED_SG_EGRESS);
      } else {
        steps.push({ layer: 'security-group', effect: 'unknown', text: UNKNOWN_SG_INGRESS });
      }
      // Pieces that the same entry let through are one flow: its example packet is chosen among all of them.
      const byEntry = new Map<AclEntry | undefined, TrafficBox[]>();
      for (const piece of pieces) byEntry.set(piece.entry, [...(byEntry.get(piece.entry) ?? []), piece.box]);
      for (const [entry, entryBoxes] of byEntry) this.record(entryBoxes, { ...trail, ...(entry ? { aclEntry: entry } : {}) }, egress ? routeClass : worst(routeClass, 'no-security-group'));
      return;
    }
    const { certain, possible, missing } = layer.scope;
    const prefixLists = this.analysis.prefixLists;
    const allowing = new Set<SgRule>();
    const unknown = new Set<SgRule>();
    let deniedAny = false;
    for (const piece of pieces) {
      const pieceTrail = { ...trail, ...(piece.entry ? { aclEntry: piece.entry } : {}) };
      const sure = evaluateGroups(certain, egress, this.family, [piece.box], prefixLists, 'no-match');
      const recordMatches = (matches: SgMatch[], effect: 'allow' | 'unknown', routeFor: RouteClass) => {
        for (const match of matches) {
          (effect === 'allow' ? allowing : unknown).add(match.rule);
          this.record([match.box], { ...pieceTrail, sgRule: match.rule }, routeFor);
        }
      };
      recordMatches(sure.allowed, 'allow', routeClass);
      recordMatches(sure.maybe, 'unknown', worst(routeClass, 'security-group-peer-unresolved'));
      let denied = sure.denied;
      if (certain.some((group) => group.incomplete) && denied.length > 0) {
        this.record(denied, pieceTrail, worst(routeClass, 'security-group-incomplete'));
        denied = [];
      }
      if (possible.length > 0 && denied.length > 0) {
        const extra = evaluateGroups(possible, egress, this.family, denied, prefixLists, 'no-match');
        recordMatches([...extra.allowed, ...extra.maybe], 'unknown', worst(routeClass, 'security-group-possible'));
        denied = extra.denied;
      }
      // Groups named in the context but not pasted may allow anything.
      if (missing.length > 0 && denied.length > 0) {
        this.record(denied, pieceTrail, worst(routeClass, 'no-security-group'));
        denied = [];
      }
      if (denied.length > 0) deniedAny = true;
    }
    if (missing.length > 0) {
      const ids = missing.join(', ');
      const named = layer.scope.named;
      steps.push({ layer: 'security-group', effect: 'unknown', text: { en: `${ids} (${named.en}) is not in the inputs`, ja: `${ids} (${named.ja}) が入力にありません` } });
    }
    for (const rule of allowing) steps.push({ layer: 'security-group', effect: 'allow', text: sgRuleText(rule, this.groupName(rule.groupId)), at: rule.at });
    for (const rule of unknown) {
      const text = sgRuleText(rule, this.groupName(rule.groupId));
      const maybeOn = possible.some((group) => group.id === rule.groupId);
      steps.push({
        layer: 'security-group',
        effect: 'unknown',
        text: maybeOn ? { en: `${text.en} (the group may be on the WorkSpaces)`, ja: `${text.ja} (このグループが WorkSpaces に付いている可能性があります)` } : text,
        at: rule.at,
      });
    }
    if (deniedAny) {
      const groups = [...certain, ...possible];
      const names = groups.length > 0 ? groupNames(groups) : '—';
      steps.push({
        layer: 'security-group',
        effect: 'deny',
        text: { en: `no ${egress ? 'egress' : 'ingress'} rule of ${names} allows the rest`, ja: `${names} には残りを許可する${egress ? 'アウトバウンド' : 'インバウンド'}ルールがありません` },
      });
    }
  }

  private groupName(groupId: string): string | undefined {
    return this.analysis.resources.securityGroups.find((group) => group.id === groupId)?.name;
  }

  private record(boxes: TrafficBox[], trail: Trail, routeClass: RouteClass): void {
    const box = exampleBox(boxes);
    if (!box) return;
    if (routeClass.kind === 'onward') {
      // Pieces that met the same route, entry, rule and doubt go on together.
      const same = this.pending.find((piece) => piece.trail.route === trail.route && piece.trail.aclEntry === trail.aclEntry && piece.trail.sgRule === trail.sgRule && piece.doubt?.reason === routeClass.doubt);
      if (same) same.boxes.push(...boxes);
      else this.pending.push({ boxes: [...boxes], local: localSpace(this.analysis, this.subnet, this.family), trail, evidence: [], ...(routeClass.doubt ? { doubt: { reason: routeClass.doubt } } : {}) });
      return;
    }
    if (routeClass.kind === 'closed' || (routeClass.kind === 'internet' && !trail.route)) return;
    if (routeClass.kind === 'internet' && trail.route) this.internetAssumptions(trail.route);
    const { subnet, direction, family } = this;
    const reason = routeClass.kind === 'uncertain' ? routeClass.reason : routeClass.kind;
    const key = flowKey(subnet, direction, family, reason, trail.route);
    const existing = this.seen.get(key);
    if (existing) {
      if (trail.route && trail.route !== existing.route) existing.otherRoutes.add(trail.route);
      return;
    }
    const packet = examplePacket(box);
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

  /** What an open path through an internet exit rests on when the inputs do not describe the exit. */
  private internetAssumptions(route: Route): void {
    const kind = route.target.kind;
    if (this.direction === 'egress' && kind === 'nat-gateway') {
      const assumption = undescribedNatAssumption(route.target.id);
      this.assume(assumption.key, assumption.text);
    }
    const blocksIt = kind === 'internet-gateway' || kind === 'egress-only-internet-gateway' || (this.direction === 'egress' && kind === 'nat-gateway');
    if (blocksIt && !bpaGiven(this.analysis.resources, this.subnet.vpcId, [this.subnet.id])) this.assume('bpa-default', BPA_DEFAULT);
  }

  /** Where the hop walker reports: flows past the route, assumptions and loops. */
  private sink() {
    const { subnet, direction, family } = this;
    const flowOf = (piece: Piece) => {
      const box = exampleBox(piece.boxes) as TrafficBox;
      return { subnet, direction, family, packet: examplePacket(box), otherRoutes: new Set<Route>(), evidence: piece.evidence, ...piece.trail };
    };
    return {
      open: (piece: Piece, hops: readonly HopProof[]) => {
        const route = piece.trail.route as Route;
        const key = flowKey(subnet, direction, family, 'internet', route);
        const existing = this.seen.get(key);
        if (existing) {
          // Another route of the table to the same next hop, followed to the internet the same way: folded in, as for a direct exit.
          if (route !== existing.route) existing.otherRoutes.add(route);
          return;
        }
        const flow: OpenFlow = { ...flowOf(piece), route, hops: [...hops] };
        this.seen.set(key, flow);
        this.open.push(flow);
      },
      unverified: (piece: Piece, doubt: Doubt, hops: readonly HopProof[]) => {
        const key = flowKey(subnet, direction, family, doubt.reason, piece.trail.route, beyondOf(doubt));
        if (this.seen.has(key)) return;
        const flow: UnverifiedFlow = { ...flowOf(piece), reason: doubt.reason, hops: [...hops], ...(doubt.hop ? { hop: doubt.hop } : {}), ...(doubt.missing ? { missing: doubt.missing } : {}), ...(doubt.propagation ? { propagation: doubt.propagation } : {}) };
        this.seen.set(key, flow);
        this.unverified.push(flow);
      },
      assume: this.assume,
      loop: (loop: RoutingLoop) => {
        this.loops.push(loop);
      },
    };
  }
}

const BPA_DEFAULT: Localized = {
  en: 'VPC Block Public Access is not in the inputs: taken as off (the AWS default) where a path to the internet depends on it',
  ja: 'VPC のパブリックアクセスのブロックが入力にないため、インターネットへの経路がそれに左右される箇所では、AWS の既定どおりオフとみなしました',
};

/** Downgrades a route class by an uncertainty of a later layer. */
function worst(routeClass: RouteClass, reason: UncertainReason): RouteClass {
  if (routeClass.kind === 'onward') return { kind: 'onward', doubt: routeClass.doubt ?? reason };
  return routeClass.kind === 'uncertain' ? routeClass : { kind: 'uncertain', reason };
}

/** Every scenario of a subnet: each candidate route table × each candidate network ACL × each set of groups that may be on its WorkSpaces. */
function scenariosOf(analysis: Analysis, subnet: SubnetView): Scenario[] {
  const groupLayers = analysis.groupScopesFor(subnet).map((scope): GroupLayer => (scope.how === 'none' ? { kind: 'aws-default' } : { kind: 'given', scope }));
  const acls: AclLayer[] = subnet.acls.length > 0 ? subnet.acls.map((acl) => ({ kind: 'given', acl })) : [subnet.aclUnknown ? { kind: 'unknown' } : { kind: 'aws-default' }];
  const tables: (RouteTable | undefined)[] = subnet.routeTables.length > 0 ? subnet.routeTables : [undefined];
  return tables.flatMap((table) => acls.flatMap((acl) => groupLayers.map((groups) => ({ acl, groups, ...(table ? { table } : {}) }))));
}

/**
 * Stand-ins for subnets the inputs imply but do not name: with no subnet named at all, the
 * subnets of each main or unassociated table; `mainOnly`, the subnets that use a main table
 * implicitly in a VPC whose subnets are not listed (neither describe-subnets nor
 * describe-network-acls, which lists every subnet's association, covers it).
 */
function standInSubnets(analysis: Analysis, mainOnly = false): SubnetView[] {
  const { routeTables, networkAcls, securityGroups } = analysis.resources;
  if (routeTables.length === 0 && networkAcls.length === 0 && securityGroups.length === 0) return [];
  const aclFor = (vpcId: string | undefined): Pick<SubnetView, 'acls' | 'aclUnknown'> => {
    const candidates = networkAcls.filter((acl) => vpcId === undefined || acl.vpcId === undefined || acl.vpcId === vpcId);
    const ids = new Set(candidates.map((acl) => acl.id));
    // Which of several ACLs the table's subnets use is not known without the subnets.
    if (ids.size > 1) return { acls: [], aclUnknown: 'ambiguous' };
    return { acls: candidates };
  };
  const base = { cidrs: [], cidrsKnown: false, implicitRouteTable: false, implicitAcl: false, standIn: true };
  const listed = new Set([...analysis.resources.subnets.map((subnet) => subnet.vpcId), ...networkAcls.map((acl) => acl.vpcId)]);
  const tables = mainOnly
    ? routeTables.filter((table) => table.main && !listed.has(table.vpcId) && !listed.has(undefined))
    : routeTables.filter((table) => table.main || table.subnets.length === 0);
  if (tables.length === 0) {
    if (mainOnly) return [];
    const acl = aclFor(undefined);
    const at = networkAcls[0]?.at ?? securityGroups[0]?.at ?? routeTables[0]?.at ?? { file: '', path: [] };
    const onlyAcl = acl.acls[0];
    return [{ ...base, id: onlyAcl ? `subnets of ${onlyAcl.id}` : 'the WorkSpaces subnets', routeTables: [], at, ...acl, ...(onlyAcl ? { acl: onlyAcl } : {}) }];
  }
  const byId = new Map<string, RouteTable[]>();
  for (const table of tables) byId.set(table.id, [...(byId.get(table.id) ?? []), table]);
  return [...byId].map(([id, versions]) => {
    const table = versions[0] as RouteTable;
    const acl = aclFor(table.vpcId);
    return {
      ...base,
      // The inputs name no subnet (a main table has no SubnetId): speak of the table's subnets.
      id: `subnets of ${id}`,
      routeTables: versions,
      routeTable: table,
      at: table.at,
      ...acl,
      ...(acl.acls[0] ? { acl: acl.acls[0] } : {}),
      ...(table.vpcId ? { vpcId: table.vpcId } : {}),
    };
  });
}

/** Subnets whose layers (groups included) are the same get the same proof: judged once. */
function layersKey(analysis: Analysis, subnet: SubnetView, tableIds: Map<RouteTable | NetworkAcl, number>): string {
  const idOf = (item: RouteTable | NetworkAcl) => {
    let id = tableIds.get(item);
    if (id === undefined) {
      id = tableIds.size;
      tableIds.set(item, id);
    }
    return id;
  };
  const families = subnet.cidrsKnown ? [4, 6].filter((family) => subnet.cidrs.some((cidr) => cidr.family === family)).join('') : '*';
  const groups = analysis.groupScopesFor(subnet).map((scope) => scope.key).join(';');
  // Past the route the subnet itself matters: its addresses meet other subnets' ACLs (behind a NAT or
  // transit gateway), its zone picks a transit gateway subnet, and Block Public Access or its
  // exclusions may name it. Then each subnet is judged on its own.
  const own = subnet.standIn || walksPast(analysis, subnet) ? subnet.id : '';
  return [subnet.vpcId ?? '', subnet.routeTables.map(idOf).join(','), subnet.acls.map(idOf).join(','), subnet.aclUnknown ?? '', subnet.routeTableUnknown ?? '', families, own, groups].join('|');
}

/** Whether a subnet's paths may depend on the subnet itself, not only on its layers. */
function walksPast(analysis: Analysis, subnet: SubnetView): boolean {
  const { resources } = analysis;
  return resources.natGateways.length > 0 || analysis.transit().given || bpaGiven(resources, subnet.vpcId, [subnet.id]);
}

const retarget = <T extends OpenFlow | UnverifiedFlow>(flow: T, subnet: SubnetView): T => ({ ...flow, subnet, otherRoutes: new Set(flow.otherRoutes) });

export function analysePaths(analysis: Analysis): PathAnalysis {
  let subnets = analysis.workspacesSubnets;
  if (subnets.length === 0) subnets = standInSubnets(analysis);
  // No WorkSpaces subnet named: subnets that use a main table without being listed anywhere may be theirs.
  else if (!analysis.context.workspacesSubnetIds) subnets = [...subnets, ...standInSubnets(analysis, true)];
  const open: OpenFlow[] = [];
  const unverified: UnverifiedFlow[] = [];
  const parts: PartProof[] = [];
  const loops: PathAnalysis['loops'] = [];
  const assumptions = new Map<string, AssumptionProof>();
  const assume = (key: string, text: Localized, at?: Location) => {
    if (!assumptions.has(key)) assumptions.set(key, { key, text, ...(at ? { at } : {}) });
  };
  const groups = new Map<string, SubnetView[]>();
  const ids = new Map<RouteTable | NetworkAcl, number>();
  for (const subnet of subnets) {
    const key = layersKey(analysis, subnet, ids);
    const list = groups.get(key);
    if (list) list.push(subnet);
    else groups.set(key, [subnet]);
  }
  for (const members of groups.values()) {
    const first = members[0] as SubnetView;
    const scenarios = scenariosOf(analysis, first);
    for (const family of [4, 6] as const) {
      for (const direction of ['egress', 'ingress'] as const) {
        const part = judgePart(analysis, first, members, family, direction, scenarios, assume);
        parts.push(part.proof);
        for (const loop of part.loops) loops.push({ ...loop, subnet: first, direction });
        for (const subnet of members) {
          for (const flow of part.open) open.push(subnet === first ? flow : retarget(flow, subnet));
          for (const flow of part.unverified) unverified.push(subnet === first ? flow : retarget(flow, subnet));
        }
      }
    }
  }
  for (const assumption of analysis.groupAssumptions(subnets)) assume(assumption.key, assumption.text, assumption.at);
  if (!analysis.context.workspacesSubnetIds && analysis.workspacesSubnets.length > 0) {
    assume('subnets-all', { en: 'No WorkSpaces subnets were named: every subnet in the inputs is judged.', ja: 'WorkSpaces のサブネットが指定されていないため、入力にあるすべてのサブネットを判定しました。' });
  }
  const verdict: Verdict = subnets.length === 0 ? 'unverified' : parts.some((part) => part.verdict === 'open') ? 'open' : parts.some((part) => part.verdict === 'unverified') ? 'unverified' : 'closed';
  return { verdict, open, unverified, subnets, parts, assumptions: [...assumptions.values()], loops };
}

/** One part (subnets × family × direction), weighing every scenario: open if any opens, closed only if all close. */
function judgePart(
  analysis: Analysis,
  subnet: SubnetView,
  members: SubnetView[],
  family: Family,
  direction: Direction,
  scenarios: Scenario[],
  assume: ScenarioWalk['assume'],
): { open: OpenFlow[]; unverified: UnverifiedFlow[]; loops: RoutingLoop[]; proof: PartProof } {
  const tables = [...new Set(scenarios.flatMap((scenario) => (scenario.table ? [scenario.table] : [])))];
  const acls = [...new Set(scenarios.flatMap((scenario) => (scenario.acl.kind === 'given' ? [scenario.acl.acl] : [])))];
  const base = { subnets: members, direction, family, tables, acls, ...(subnet.vpcId ? { vpcId: subnet.vpcId } : {}) };
  if (subnet.cidrsKnown && !subnet.cidrs.some((cidr) => cidr.family === family)) {
    return { open: [], unverified: [], loops: [], proof: { ...base, verdict: 'closed', basis: 'no-cidr', space: IntervalSet.EMPTY, branches: [] } };
  }
  const universe = subnet.routeTables[0] ? analysis.publicSpaceOf(subnet.vpcId, subnet.routeTables[0])[family] : analysis.publicSpaceOf(subnet.vpcId)[family];
  if (universe.isEmpty()) return { open: [], unverified: [], loops: [], proof: { ...base, verdict: 'closed', basis: 'no-public-space', space: universe, branches: [] } };
  const walks = scenarios.map((scenario) => {
    const walk = new ScenarioWalk(analysis, subnet, family, direction, scenario, assume);
    walk.run(universe);
    return walk;
  });
  const verdict: Verdict = walks.some((walk) => walk.verdict === 'open') ? 'open' : walks.every((walk) => walk.verdict === 'closed') ? 'closed' : 'unverified';
  const seen = new Set<string>();
  const unique = <T extends OpenFlow | UnverifiedFlow>(flows: T[]) =>
    flows.filter((flow) => {
      const key = flowKey(flow.subnet, flow.direction, flow.family, 'reason' in flow ? flow.reason : 'open', flow.route, 'reason' in flow ? beyondOf(flow) : '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    open: unique(walks.flatMap((walk) => walk.open)),
    unverified: unique(walks.flatMap((walk) => walk.unverified)),
    loops: walks.flatMap((walk) => walk.loops),
    proof: { ...base, verdict, basis: 'layers', space: universe, branches: walks.flatMap((walk) => walk.branches) },
  };
}

