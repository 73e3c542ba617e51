/**
 * Following a packet past the WorkSpaces subnet's own route, hop by hop: into a NAT gateway's
 * subnet, through a transit gateway into another VPC, out of an internet gateway, with every
 * stateless layer met on the way (network ACLs, Block Public Access). What passes a layer goes
 * on; what the inputs cannot settle goes on too, marked with the doubt that makes it unverified.
 *
 * Sources for each hop's semantics:
 * - transit gateway route evaluation order, Availability Zones:
 *   https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 * - the network ACLs a transit gateway's traffic meets:
 *   https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html (instances → transit gateway: the
 *   instance subnet's outbound rules and the transit gateway subnet's inbound rules; transit
 *   gateway → instances: the transit gateway subnet's outbound rules and the instance subnet's
 *   inbound rules; in one subnet, traffic from the transit gateway is not evaluated)
 * - a VPC attachment's subnets and zone affinity without appliance mode:
 *   https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html,
 *   https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html
 * - private NAT gateways ("the internet gateway drops the traffic"):
 *   https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 * - an internet gateway serves resources of its own VPC with a public IPv4 or IPv6 address:
 *   https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 */
import { MAX, parseAddress, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { exampleBox, type TrafficBox } from '../net/traffic.ts';
import type { AclEntry, NatGateway, Route, RouteTarget, SgRule, TransitGatewayAttachment, TransitGatewayRoute, TransitGatewayRouteSet } from '../model.ts';
import type { Localized, Location, ProofLayer } from '../types.ts';
import type { Analysis, SubnetView } from './analysis.ts';
import { entryText, routeText, targetText } from './describe.ts';
import { bpaDecision, bpaGiven, internetGatewayAttachment, natGatewayVersions } from './gateways.ts';
import { decide, orderedEntries } from './nacl.ts';
import type { AssumptionProof, Direction, StepProof, UncertainReason } from './path.ts';
import { partitionByRoute } from './routes.ts';
import { partitionTransitRoutes, type TransitIndex, type TransitPartition } from './transit.ts';


/** Attachment states in which an attachment carries and propagates nothing. */
const GONE = new Set(['deleting', 'deleted', 'failed', 'failing', 'rejected', 'rejecting']);
/** The layers a piece of traffic met in the WorkSpaces subnet, for evidence. */
export interface Trail {
  route?: Route;
  aclEntry?: AclEntry;
  sgRule?: SgRule;
}

/** What a hop of a chain is. */
export type HopKind =
  | 'internet-gateway'
  | 'egress-only-internet-gateway'
  | 'carrier-gateway'
  | 'nat-gateway'
  | 'transit-gateway'
  | 'transit-gateway-route-table'
  | 'transit-gateway-attachment'
  | 'subnet'
  | 'next-hop';

/** One hop of a chain past the WorkSpaces subnet's route. */
export interface HopProof {
  kind: HopKind;
  id: string;
  vpcId?: string;
  /** "transit gateway route table tgw-rtb-0a1b", for sentences. */
  text: Localized;
  at?: Location;
}

/** A route, entry or statement on the way that let a piece through (the evidence of a finding). */
export interface EvidenceItem {
  layer: 'route' | 'nacl' | 'input';
  text: Localized;
  at?: Location;
}

/** Why a piece cannot be decided, and what would settle it. */
export interface Doubt {
  reason: UncertainReason;
  /** The hop whose far side is unknown. */
  hop?: { id: string; text: Localized };
  /** The input that would settle it. */
  missing?: Localized;
  /** For `downstream-propagation`: the table the hop propagates routes into, and those routes' prefixes today. */
  propagation?: { tableId: string; prefixes: string };
}

/** Traffic on its way: protocol × detail × remote address, and the local addresses that may send it (outbound) or receive it (inbound). */
export interface Piece {
  boxes: TrafficBox[];
  /** The WorkSpaces side; after a NAT gateway, the NAT's address. */
  local: IntervalSet;
  doubt?: Doubt;
  trail: Trail;
  evidence: EvidenceItem[];
}

/** How a chain ends, for the proof: one branch per ending. */
export interface HopEnding {
  addresses: IntervalSet;
  steps: StepProof[];
  hops: HopProof[];
  outcome: 'open' | 'dropped' | 'unverified';
  droppedBy?: ProofLayer;
}

/** Where the walker reports what it finds (path.ts turns these into flows, assumptions and findings). */
export interface HopSink {
  open(piece: Piece, hops: readonly HopProof[]): void;
  unverified(piece: Piece, doubt: Doubt, hops: readonly HopProof[]): void;
  assume(key: string, text: Localized, at?: Location): void;
  loop(loop: RoutingLoop): void;
}

/** A chain that comes back to a table it already went through. */
export interface RoutingLoop {
  /** The table met twice (`tgw-rtb-…`, or the route table of the subnet met twice). */
  id: string;
  hops: HopProof[];
  addresses: IntervalSet;
  family: Family;
  at?: Location;
}

/** A group of pieces that share one way through the hops so far. */
interface Leg {
  pieces: Piece[];
  steps: StepProof[];
  hops: HopProof[];
  visited: ReadonlySet<string>;
  /** The last NAT gateway the packets went through: their source is its address now. */
  nat?: { id: string; subnetId?: string; vpcId?: string; connectivity: 'public' | 'private' };
  /** Assumptions the chain rests on only if it ends open. */
  onOpen: AssumptionProof[];
}

/** How the packet arrives at a subnet's next hop. */
interface Arrival {
  /** The sending subnet's outbound rules were already applied (the WorkSpaces subnet's own layers). */
  outboundApplied: boolean;
  /** The transit gateway attachment it came into the subnet through. */
  viaAttachment?: string;
}

/** The first hops that the walker follows from a WorkSpaces subnet; everything else is judged by the route alone. */
export function followsRoute(analysis: Analysis, route: Route, direction: Direction, subnet: SubnetView): boolean {
  if (route.blackhole || analysis.context.closedTargets.has(route.target.id)) return false;
  const { resources } = analysis;
  switch (route.target.kind) {
    case 'internet-gateway':
      return resources.internetGateways.some((gateway) => gateway.id === route.target.id) || bpaGiven(resources, subnet.vpcId, [subnet.id]);
    case 'nat-gateway':
      return direction === 'egress' && (natGatewayVersions(resources, route.target.id).length > 0 || bpaGiven(resources, subnet.vpcId, [subnet.id]));
    case 'egress-only-internet-gateway':
      return direction === 'egress' && bpaGiven(resources, subnet.vpcId, [subnet.id]);
    case 'transit-gateway':
      return analysis.transit().given;
    default:
      return false;
  }
}

const same = (text: string): Localized => ({ en: text, ja: text });

/** The AWS-default ACL assumption, in the words path.ts uses for the WorkSpaces subnet. */
export const ASSUMED_ACL: Localized = { en: 'no network ACL given for the subnet’s VPC: the AWS default (allow all) is assumed', ja: 'サブネットの VPC のネットワーク ACL が入力にないため、AWS の既定 (すべて許可) とみなしました' };

const RULE_NUMBER_AT = new WeakMap<AclEntry, Location>();

/** The RuleNumber field of an entry, one object per entry so that proof steps share it. */
export function ruleNumberAt(entry: AclEntry): Location {
  let at = RULE_NUMBER_AT.get(entry);
  if (!at) {
    at = { file: entry.at.file, path: [...entry.at.path, 'RuleNumber'] };
    RULE_NUMBER_AT.set(entry, at);
  }
  return at;
}

/** Where a route's destination is written. */
function destinationAt(route: Route): Location {
  const key = route.destination.kind === 'prefix-list' ? 'DestinationPrefixListId' : route.destination.cidr.family === 4 ? 'DestinationCidrBlock' : 'DestinationIpv6CidrBlock';
  return { file: route.at.file, path: [...route.at.path, key] };
}

/** The whole address space of a family. */
const everything = (family: Family) => IntervalSet.range(0n, MAX[family]);

/** The local addresses of a subnet: its CIDRs of the family, else its VPC's, else any. */
export function localSpace(analysis: Analysis, view: SubnetView, family: Family): IntervalSet {
  const own = view.cidrs.filter((cidr) => cidr.family === family);
  if (own.length > 0) return IntervalSet.of(own.map((cidr) => [cidr.first, cidr.last]));
  const vpc = analysis.vpcCidrs(view.vpcId)[family];
  return vpc.isEmpty() ? everything(family) : vpc;
}

/** Pieces restricted to some remote addresses (empty pieces dropped). */
function restrict(pieces: readonly Piece[], addresses: IntervalSet): Piece[] {
  const out: Piece[] = [];
  const ranges = addresses.ranges;
  for (const piece of pieces) {
    let boxes: TrafficBox[] | undefined;
    let whole = true;
    for (let index = 0; index < piece.boxes.length; index++) {
      const box = piece.boxes[index] as TrafficBox;
      const [first, last] = box.addresses;
      // Ranges are sorted: find those that overlap the box by a binary search for the first one ending at or after it.
      let low = 0;
      let high = ranges.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((ranges[middle] as readonly [bigint, bigint])[1] < first) low = middle + 1;
        else high = middle;
      }
      const range = ranges[low];
      const inside = range !== undefined && range[0] <= first && range[1] >= last;
      if (inside && whole) continue;
      if (whole) {
        whole = false;
        boxes = piece.boxes.slice(0, index);
      }
      if (inside) {
        boxes?.push(box);
        continue;
      }
      for (let at = low; at < ranges.length && (ranges[at] as readonly [bigint, bigint])[0] <= last; at++) {
        const [rangeFirst, rangeLast] = ranges[at] as readonly [bigint, bigint];
        boxes?.push({ ...box, addresses: [rangeFirst > first ? rangeFirst : first, rangeLast < last ? rangeLast : last] });
      }
    }
    if (whole) out.push(piece);
    else if (boxes && boxes.length > 0) out.push({ ...piece, boxes });
  }
  return out;
}

/** Every remote address some piece carries. */
function remoteOf(pieces: readonly Piece[]): IntervalSet {
  return IntervalSet.of(pieces.flatMap((piece) => piece.boxes.map((box) => box.addresses)));
}

const withDoubt = (pieces: readonly Piece[], doubt: Doubt): Piece[] => pieces.map((piece) => (piece.doubt ? piece : { ...piece, doubt }));

/** True when a box holds an address of 2000::/3 (IPv4 boxes end below it). */
const holdsGlobalUnicast = (box: TrafficBox | undefined) => box !== undefined && box.addresses[1] >= 0x2n << 124n && box.addresses[0] <= (0x4n << 124n) - 1n;

/** How many hops a chain may take before the walker stops (a loop is caught earlier; this guards the rest). */
const MAX_HOPS = 64;

/** Walks the hops after one route of a WorkSpaces subnet, for one family and direction. */
export class HopWalker {
  readonly endings: HopEnding[] = [];
  private readonly analysis: Analysis;
  private readonly transit: TransitIndex;
  private readonly family: Family;
  private readonly direction: Direction;
  private readonly origin: SubnetView;
  private readonly sink: HopSink;

  constructor(analysis: Analysis, family: Family, direction: Direction, origin: SubnetView, sink: HopSink) {
    this.analysis = analysis;
    this.transit = analysis.transit();
    this.family = family;
    this.direction = direction;
    this.origin = origin;
    this.sink = sink;
  }

  /** Follows the pieces that passed the WorkSpaces subnet's layers on `route`. */
  start(route: Route, pieces: Piece[]): HopEnding[] {
    const leg: Leg = { pieces, steps: [], hops: [], visited: new Set([`subnet:${this.origin.id}`]), onOpen: [] };
    this.nextHop(route.target, this.origin, leg, { outboundApplied: true });
    return this.endings;
  }

  // ---- building blocks -------------------------------------------------------------------

  private fork(leg: Leg, pieces: Piece[] = leg.pieces): Leg {
    return { ...leg, pieces, steps: [...leg.steps], hops: [...leg.hops], onOpen: [...leg.onOpen] };
  }

  private step(leg: Leg, layer: ProofLayer, effect: StepProof['effect'], text: Localized, at?: Location): void {
    leg.steps.push({ layer, effect, text, ...(at ? { at } : {}), ...(leg.hops.length > 0 ? { hop: leg.hops.length - 1 } : {}) });
  }

  private hop(leg: Leg, hop: HopProof): void {
    leg.hops.push(hop);
  }

  private end(leg: Leg, outcome: 'dropped', droppedBy: ProofLayer): void;
  private end(leg: Leg, outcome: 'open' | 'unverified', doubt?: Doubt): void;
  private end(leg: Leg, outcome: HopEnding['outcome'], detail?: ProofLayer | Doubt): void {
    const addresses = remoteOf(leg.pieces);
    if (outcome === 'dropped') {
      this.endings.push({ addresses, steps: leg.steps, hops: leg.hops, outcome, droppedBy: detail as ProofLayer });
      return;
    }
    const doubt = detail as Doubt | undefined;
    let open = false;
    // Report first the pieces an example packet reads best from (an IPv6 global unicast address rather than ::2).
    const readable = (piece: Piece) => (exampleBox(piece.boxes) === piece.boxes[0] && !holdsGlobalUnicast(piece.boxes[0]) ? 1 : 0);
    for (const piece of [...leg.pieces].sort((a, b) => readable(a) - readable(b))) {
      const pieceDoubt = piece.doubt ?? (outcome === 'unverified' ? doubt : undefined);
      if (pieceDoubt) this.sink.unverified(piece, pieceDoubt, leg.hops);
      else {
        open = true;
        this.sink.open(piece, leg.hops);
      }
    }
    if (open) for (const assumption of leg.onOpen) this.sink.assume(assumption.key, assumption.text, assumption.at);
    this.endings.push({ addresses, steps: leg.steps, hops: leg.hops, outcome: open ? 'open' : 'unverified' });
  }

  /** Ends a leg as unverified for want of an input. */
  private missing(leg: Leg, layer: ProofLayer, missing: Localized, at?: Location): void {
    this.step(leg, layer, 'unknown', missing, at);
    this.end(leg, 'unverified', { reason: 'downstream-input', missing });
  }

  /** Ends a leg at a hop whose far side the inputs do not show (or that the context asserts closed). */
  private unknownHop(leg: Leg, id: string, text: Localized, alsoClosed: readonly string[] = [], doubt: Doubt = { reason: 'downstream-next-hop', hop: { id, text } }): void {
    const closed = [id, ...alsoClosed].find((candidate) => this.analysis.context.closedTargets.has(candidate));
    if (closed) {
      const assertion = { en: `${closed} is listed in closedTargets: taken as having no way to the internet`, ja: `${closed} は closedTargets にあるため、インターネットへの出口がないとみなしました` };
      this.step(leg, 'assumption', 'deny', assertion);
      this.sink.assume(`closed:${closed}`, assertion);
      this.end(leg, 'dropped', 'assumption');
      return;
    }
    this.step(leg, 'next-hop', 'unknown', { en: `what lies beyond ${text.en} is not in the inputs`, ja: `${text.ja} の先は入力からわかりません` });
    this.end(leg, 'unverified', doubt);
  }

  private loop(leg: Leg, id: string, layer: ProofLayer, at?: Location): void {
    this.step(leg, layer, 'deny', { en: `${id} was already passed: the packet goes round until its time to live runs out (a routing loop)`, ja: `${id} はすでに通過しています。パケットは TTL が尽きるまで同じ経路を回ります (ルーティングループ)` }, at);
    this.sink.loop({ id, hops: leg.hops, addresses: remoteOf(leg.pieces), family: this.family, ...(at ? { at } : {}) });
    this.end(leg, 'dropped', layer);
  }

  /**
   * A subnet's network ACL in one direction, matching the remote address or the local one (a
   * transit gateway's or NAT gateway's subnet sees the WorkSpaces address as the source). Returns
   * the legs that go on, one per candidate ACL; ends the ones it drops entirely.
   */
  private acl(view: SubnetView, outbound: boolean, on: 'remote' | 'local', leg: Leg): Leg[] {
    if (view.acls.length === 0) {
      const next = this.fork(leg);
      if (view.aclUnknown) {
        const missing = { en: `the network ACL of ${view.id} is not known from the inputs`, ja: `${view.id} のネットワーク ACL が入力からわかりません` };
        this.step(next, 'nacl', 'unknown', missing, view.at);
        next.pieces = withDoubt(next.pieces, { reason: 'downstream-input', missing });
      } else {
        this.step(next, 'nacl', 'allow', ASSUMED_ACL);
        this.sink.assume(`acl-default:${view.vpcId ?? ''}`, { en: `${view.vpcId ?? view.id}: ${ASSUMED_ACL.en}`, ja: `${view.vpcId ?? view.id}: ${ASSUMED_ACL.ja}` });
      }
      return [next];
    }
    const legs: Leg[] = [];
    for (const acl of view.acls) {
      const next = this.fork(leg);
      if (acl.incomplete) {
        const missing = { en: `part of ${acl.id} (the network ACL of ${view.id}) could not be read`, ja: `${view.id} のネットワーク ACL ${acl.id} の一部が読み取れませんでした` };
        this.step(next, 'nacl', 'unknown', missing, acl.at);
        next.pieces = withDoubt(next.pieces, { reason: 'downstream-input', missing });
        legs.push(next);
        continue;
      }
      const entries = orderedEntries(acl, outbound, this.family);
      const deciders = new Set<AclEntry>();
      const passed: Piece[] = [];
      for (const piece of leg.pieces) {
        if (on === 'remote') {
          const byEntry = new Map<AclEntry, TrafficBox[]>();
          for (const decision of decide(entries, piece.boxes)) {
            deciders.add(decision.entry);
            if (decision.entry.action === 'allow') byEntry.set(decision.entry, [...(byEntry.get(decision.entry) ?? []), decision.box]);
          }
          for (const [entry, boxes] of byEntry) passed.push({ ...piece, boxes, evidence: [...piece.evidence, { layer: 'nacl', text: entryText(entry), at: ruleNumberAt(entry) }] });
          continue;
        }
        // The local address decides: split each protocol × detail span by the entries that match its local side
        // (boxes that differ only in their remote addresses are decided once).
        const spans = new Map<string, { protocols: TrafficBox['protocols']; details: TrafficBox['details']; remote: TrafficBox['addresses'][] }>();
        for (const box of piece.boxes) {
          const key = `${box.protocols[0]}-${box.protocols[1]}|${box.details[0]}-${box.details[1]}`;
          const span = spans.get(key);
          if (span) span.remote.push(box.addresses);
          else spans.set(key, { protocols: box.protocols, details: box.details, remote: [box.addresses] });
        }
        const byKey = new Map<string, { entry: AclEntry; local: readonly [bigint, bigint]; boxes: TrafficBox[] }>();
        for (const span of spans.values()) {
          const query = piece.local.ranges.map((range) => ({ protocols: span.protocols, details: span.details, addresses: range }));
          for (const decision of decide(entries, query)) {
            deciders.add(decision.entry);
            if (decision.entry.action !== 'allow') continue;
            const local = decision.box.addresses;
            const key = `${decision.entry.ruleNumber}|${local[0]}|${local[1]}`;
            let group = byKey.get(key);
            if (!group) {
              group = { entry: decision.entry, local, boxes: [] };
              byKey.set(key, group);
            }
            for (const remote of span.remote) group.boxes.push({ protocols: decision.box.protocols, details: decision.box.details, addresses: remote });
          }
        }
        for (const group of byKey.values()) {
          passed.push({ ...piece, boxes: group.boxes, local: IntervalSet.range(group.local[0], group.local[1]), evidence: [...piece.evidence, { layer: 'nacl', text: entryText(group.entry), at: ruleNumberAt(group.entry) }] });
        }
      }
      for (const entry of deciders) this.step(next, 'nacl', entry.action, entryText(entry), entry.isDefaultDeny ? acl.at : ruleNumberAt(entry));
      if (passed.length === 0) {
        this.end(next, 'dropped', 'nacl');
        continue;
      }
      next.pieces = passed;
      legs.push(next);
    }
    return legs;
  }

  /** Applies the sending subnet's outbound rules, unless they already were. */
  private leave(view: SubnetView, leg: Leg, arrival: Arrival): Leg[] {
    return arrival.outboundApplied || this.direction === 'ingress' ? [leg] : this.acl(view, true, 'remote', leg);
  }

  // ---- hops ------------------------------------------------------------------------------

  /** The next hop of a route chosen in subnet `from`. */
  private nextHop(target: RouteTarget, from: SubnetView, leg: Leg, arrival: Arrival): void {
    if (leg.hops.length > MAX_HOPS) {
      this.missing(leg, 'next-hop', { en: `the chain is longer than ${MAX_HOPS} hops`, ja: `経路が ${MAX_HOPS} ホップを超えています` });
      return;
    }
    const egress = this.direction === 'egress';
    if (this.analysis.context.closedTargets.has(target.id)) {
      this.unknownHop(leg, target.id, targetText(target));
      return;
    }
    switch (target.kind) {
      case 'local':
      case 'gateway-endpoint':
        this.end(leg, 'dropped', 'route');
        return;
      case 'internet-gateway':
        if (egress || leg.hops.length === 0) this.internetGateway(target, from, leg, arrival);
        else this.noUnsolicited(leg, target, 'internet-gateway');
        return;
      case 'egress-only-internet-gateway':
        if (egress) this.egressOnly(target, from, leg, arrival);
        else this.noUnsolicited(leg, target, 'egress-only-internet-gateway');
        return;
      case 'carrier-gateway':
        if (!egress) {
          this.noUnsolicited(leg, target, 'carrier-gateway');
          return;
        }
        for (const next of this.leave(from, leg, arrival)) {
          this.hop(next, { kind: 'carrier-gateway', id: target.id, text: targetText(target), ...(from.vpcId ? { vpcId: from.vpcId } : {}) });
          this.end(next, 'open');
        }
        return;
      case 'nat-gateway':
        if (egress) this.natGateway(target, from, leg, arrival);
        else this.noUnsolicited(leg, target, 'nat-gateway');
        return;
      case 'transit-gateway':
        this.transitGateway(target, from, leg, arrival);
        return;
      default:
        this.hop(leg, { kind: 'next-hop', id: target.id, text: targetText(target), ...(from.vpcId ? { vpcId: from.vpcId } : {}) });
        this.unknownHop(leg, target.id, targetText(target));
    }
  }

  /** An unsolicited inbound packet cannot come through this gateway to the WorkSpaces, which are in another VPC or behind a stateful gateway. */
  private noUnsolicited(leg: Leg, target: RouteTarget, kind: HopKind): void {
    this.hop(leg, { kind, id: target.id, text: targetText(target) });
    const text =
      kind === 'nat-gateway' || kind === 'egress-only-internet-gateway'
        ? { en: `${target.id} takes no unsolicited inbound packet from the internet`, ja: `${target.id} はインターネットから一方的に届くパケットを受け付けません` }
        : {
            en: `${target.id} delivers packets from the internet only to public addresses of its own VPC’s interfaces, and the WorkSpaces are not among them`,
            ja: `${target.id} がインターネットから届けるのは自分の VPC のインターフェイスのパブリックアドレス宛てだけで、WorkSpaces はそこに含まれません`,
          };
    this.step(leg, 'next-hop', 'deny', text);
    this.end(leg, 'dropped', 'next-hop');
  }

  /** The subnets whose Block Public Access exclusion would let this traffic through an internet gateway of `vpcId`. */
  private bpaSubnets(leg: Leg, from: SubnetView): string[] | undefined {
    if (!leg.nat) return [from.id];
    if (leg.nat.subnetId === undefined) return undefined;
    return [leg.nat.subnetId, ...(this.origin.vpcId === leg.nat.vpcId && this.origin.id !== leg.nat.subnetId ? [this.origin.id] : [])];
  }

  /** Block Public Access at an internet or egress-only gateway; false when it drops the leg. */
  private blockPublicAccess(leg: Leg, vpcId: string | undefined, subnets: readonly string[] | undefined): boolean {
    const resources = this.analysis.resources;
    const decision = bpaDecision(resources, this.direction, vpcId, subnets);
    if (decision.kind === 'blocks') {
      this.step(leg, 'block-public-access', 'deny', decision.text, decision.at);
      this.end(leg, 'dropped', 'block-public-access');
      return false;
    }
    if (decision.kind === 'unsure') {
      this.step(leg, 'block-public-access', 'unknown', decision.text, decision.at);
      leg.pieces = withDoubt(leg.pieces, { reason: 'downstream-input', missing: decision.text });
    } else if (decision.kind === 'excluded') {
      this.step(leg, 'block-public-access', 'allow', decision.text, decision.exclusion.at);
    } else if (!bpaGiven(resources, vpcId, subnets ?? [])) {
      leg.onOpen.push({
        key: 'bpa-default',
        text: { en: 'VPC Block Public Access is not in the inputs: taken as off (the AWS default) where a path to the internet depends on it', ja: 'VPC のパブリックアクセスのブロックが入力にないため、インターネットへの経路がそれに左右される箇所では、AWS の既定どおりオフとみなしました' },
      });
    }
    return true;
  }

  /** A packet whose source is not of the gateway's VPC (it came through a transit gateway without a NAT gateway). */
  private foreignSource(leg: Leg, gateway: string, vpcId: string | undefined): void {
    if (this.direction !== 'egress' || leg.nat || this.origin.vpcId === vpcId) return;
    leg.onOpen.push({
      key: `foreign-source:${gateway}`,
      text: {
        en: `${gateway} is taken as forwarding packets whose source address is of ${this.origin.vpcId ?? this.origin.id}, not of its own VPC ${vpcId ?? '?'} (AWS documents internet gateways for resources of their VPC and does not say they drop others’)`,
        ja: `${gateway} は、送信元が自分の VPC ${vpcId ?? '?'} ではなく ${this.origin.vpcId ?? this.origin.id} のアドレスのパケットも転送するとみなしました (AWS はインターネットゲートウェイを自 VPC のリソース向けに説明しており、それ以外を破棄するとは書いていません)`,
      },
    });
  }

  private internetGateway(target: RouteTarget, from: SubnetView, leg: Leg, arrival: Arrival): void {
    const described = [...this.analysis.resources.internetGateways].filter((gateway) => gateway.id === target.id).sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/')))[0];
    for (const next of this.leave(from, leg, arrival)) {
      this.hop(next, { kind: 'internet-gateway', id: target.id, text: targetText(target), ...(from.vpcId ? { vpcId: from.vpcId } : {}), ...(described ? { at: described.at } : {}) });
      if (next.nat?.connectivity === 'private' && next.nat.vpcId === from.vpcId) {
        this.step(next, 'next-hop', 'deny', {
          en: `${target.id} drops traffic routed to it from the private NAT gateway ${next.nat.id}`,
          ja: `${target.id} は、プライベート NAT ゲートウェイ ${next.nat.id} から送られた通信を破棄します`,
        });
        this.end(next, 'dropped', 'next-hop');
        continue;
      }
      const attachment = internetGatewayAttachment(this.analysis.resources, target.id, from.vpcId);
      if (attachment.kind === 'detached') {
        this.step(next, 'next-hop', 'deny', { en: `${target.id} is not attached to ${from.vpcId}: it forwards nothing for it`, ja: `${target.id} は ${from.vpcId} にアタッチされていないため、何も転送しません` }, attachment.gateway.at);
        this.end(next, 'dropped', 'next-hop');
        continue;
      }
      if (attachment.kind === 'attached') this.step(next, 'next-hop', 'allow', { en: `${target.id} is attached to ${from.vpcId}`, ja: `${target.id} は ${from.vpcId} にアタッチされています` }, attachment.at);
      if (!this.blockPublicAccess(next, from.vpcId, this.direction === 'egress' ? this.bpaSubnets(next, from) : [from.id])) continue;
      this.foreignSource(next, target.id, from.vpcId);
      this.end(next, 'open');
    }
  }

  private egressOnly(target: RouteTarget, from: SubnetView, leg: Leg, arrival: Arrival): void {
    for (const next of this.leave(from, leg, arrival)) {
      this.hop(next, { kind: 'egress-only-internet-gateway', id: target.id, text: targetText(target), ...(from.vpcId ? { vpcId: from.vpcId } : {}) });
      if (!this.blockPublicAccess(next, from.vpcId, this.bpaSubnets(next, from))) continue;
      this.foreignSource(next, target.id, from.vpcId);
      this.end(next, 'open');
    }
  }

  /** The addresses a NAT gateway's traffic leaves with: its private IPv4 addresses, else its subnet's. */
  private natLocal(nat: NatGateway, subnet: SubnetView): IntervalSet {
    const own: [bigint, bigint][] = [];
    for (const text of nat.privateIps) {
      const address = parseAddress(text);
      if (address && address.family === this.family) own.push([address.value, address.value]);
    }
    return own.length > 0 ? IntervalSet.of(own) : localSpace(this.analysis, subnet, this.family);
  }

  private natGateway(target: RouteTarget, from: SubnetView, leg: Leg, arrival: Arrival): void {
    const versions = natGatewayVersions(this.analysis.resources, target.id);
    const hop: HopProof = { kind: 'nat-gateway', id: target.id, text: targetText(target), ...(from.vpcId ? { vpcId: from.vpcId } : {}) };
    if (versions.length === 0) {
      for (const next of this.leave(from, leg, arrival)) {
        this.hop(next, hop);
        next.nat = { id: target.id, ...(from.vpcId ? { vpcId: from.vpcId } : {}), connectivity: 'public' };
        next.onOpen.push(undescribedNat(target.id));
        if (!this.blockPublicAccess(next, from.vpcId, undefined)) continue;
        this.end(next, 'open');
      }
      return;
    }
    for (const nat of versions) {
      const connectivity = nat.connectivity ?? 'public';
      const natLeg = this.fork(leg);
      this.hop(natLeg, { ...hop, at: nat.at, ...(nat.vpcId ? { vpcId: nat.vpcId } : {}) });
      this.step(natLeg, 'next-hop', 'allow', { en: `${target.id} is a ${connectivity} NAT gateway${nat.subnetId ? ` in ${nat.subnetId}` : ''}`, ja: `${target.id} は${nat.subnetId ? ` ${nat.subnetId} にある` : ''}${connectivity === 'private' ? 'プライベート' : 'パブリック'} NAT ゲートウェイです` }, nat.at);
      if (nat.connectivity === undefined) {
        natLeg.onOpen.push({ key: `nat-connectivity:${target.id}`, text: { en: `${target.id}: its connectivity type is not given: taken as public (the AWS default)`, ja: `${target.id}: 接続タイプが入力にないため、AWS の既定どおりパブリックとみなしました` }, at: nat.at });
      }
      const vpcId = nat.vpcId ?? from.vpcId;
      if (this.family === 6 || nat.subnetId === undefined) {
        // NAT64, or a NAT gateway whose subnet is not told: its onward route cannot be followed.
        if (connectivity === 'private') {
          this.unknownHop(natLeg, target.id, targetText(target));
          continue;
        }
        for (const next of this.leave(from, natLeg, arrival)) {
          next.nat = { id: target.id, ...(vpcId ? { vpcId } : {}), connectivity };
          next.onOpen.push({
            key: `nat-onward:${target.id}`,
            text: { en: `${target.id}: where its translated traffic goes is not followed (${this.family === 6 ? 'NAT64' : 'its subnet is not given'}): a public NAT gateway is taken as reaching the internet`, ja: `${target.id}: 変換後の通信の行き先は追っていません (${this.family === 6 ? 'NAT64' : 'サブネットが入力にない'})。パブリック NAT ゲートウェイはインターネットに届くとみなしました` },
          });
          if (!this.blockPublicAccess(next, vpcId, undefined)) continue;
          this.end(next, 'open');
        }
        continue;
      }
      const subnet = this.analysis.subnetView(nat.subnetId, vpcId, nat.at);
      const arrived = subnet.id === from.id ? [natLeg] : this.leave(from, natLeg, arrival).flatMap((next) => this.acl(subnet, false, 'local', next));
      for (const next of arrived) {
        next.nat = { id: target.id, subnetId: subnet.id, ...(subnet.vpcId ? { vpcId: subnet.vpcId } : {}), connectivity };
        const local = this.natLocal(nat, subnet);
        next.pieces = next.pieces.map((piece) => ({ ...piece, local }));
        this.hop(next, subnetHop(subnet));
        if (subnet.routeTables.length === 0) {
          if (connectivity === 'private') {
            this.missing(next, 'route', { en: `the route table of ${subnet.id} (where ${target.id} sends its traffic) is not in the inputs`, ja: `${subnet.id} (${target.id} が通信を送り出すサブネット) のルートテーブルが入力にありません` }, subnet.at);
            continue;
          }
          next.onOpen.push({ key: `nat-table:${subnet.id}`, text: { en: `${subnet.id}: its route table is not in the inputs: the public NAT gateway ${target.id} in it is taken as reaching the internet`, ja: `${subnet.id}: ルートテーブルが入力にないため、そこにあるパブリック NAT ゲートウェイ ${target.id} はインターネットに届くとみなしました` } });
          if (!this.blockPublicAccess(next, subnet.vpcId, this.bpaSubnets(next, subnet))) continue;
          this.end(next, 'open');
          continue;
        }
        this.routeIn(subnet, next, { outboundApplied: false });
      }
    }
  }

  /** A packet in a subnet other than the WorkSpaces' (after a NAT gateway or a transit gateway), routed by that subnet's table. */
  private routeIn(view: SubnetView, leg: Leg, arrival: Arrival): void {
    const key = `subnet:${view.id}`;
    if (leg.visited.has(key)) {
      this.loop(leg, view.routeTable?.id ?? view.id, 'route', view.routeTable?.at);
      return;
    }
    const visited = new Set(leg.visited).add(key);
    if (view.routeTables.length === 0) {
      this.missing({ ...leg, visited }, 'route', { en: `the route table of ${view.id} is not in the inputs`, ja: `${view.id} のルートテーブルが入力にありません` }, view.at);
      return;
    }
    const prefixLists = this.analysis.prefixLists;
    for (const table of view.routeTables) {
      const tableLeg: Leg = { ...this.fork(leg), visited };
      const universe = remoteOf(tableLeg.pieces);
      const partition = partitionByRoute(table, this.family, universe, prefixLists);
      const unresolved = partition.unresolved.filter((route) => route.target.kind !== 'gateway-endpoint');
      if (table.incomplete || unresolved.length > 0) {
        const route = unresolved[0];
        const missing =
          route && route.destination.kind === 'prefix-list'
            ? { en: `the entries of prefix list ${route.destination.id} (routed by ${table.id}) are not given`, ja: `${table.id} がルーティングするプレフィックスリスト ${route.destination.id} のエントリが入力にありません` }
            : { en: `part of ${table.id} could not be read`, ja: `${table.id} の一部が読み取れませんでした` };
        this.missing(tableLeg, 'route', missing, route?.at ?? table.at);
        continue;
      }
      for (const region of partition.regions) {
        const pieces = restrict(tableLeg.pieces, region.addresses);
        if (pieces.length === 0) continue;
        const next = this.fork(tableLeg, pieces);
        const route = region.route;
        if (!route) {
          this.step(next, 'route', 'deny', { en: `${table.id}: no route matches: dropped`, ja: `${table.id}: 一致するルートがなく破棄されます` }, table.at);
          this.end(next, 'dropped', 'route');
          continue;
        }
        this.step(next, 'route', routeEffect(route, this.analysis.context.closedTargets), routeText(route), destinationAt(route));
        next.pieces = next.pieces.map((piece) => ({ ...piece, evidence: [...piece.evidence, { layer: 'route', text: routeText(route), at: destinationAt(route) }] }));
        if (route.blackhole) {
          this.end(next, 'dropped', 'route');
          continue;
        }
        this.nextHop(route.target, view, next, arrival);
      }
    }
  }

  /** The interface subnets of a VPC attachment that a packet from `az` uses: the zone's when the inputs tell it and appliance mode is off. */
  private attachmentSubnets(attachmentId: string, az: string | undefined): { ids: { id: string; at: Location }[]; narrowed: boolean } | undefined {
    const versions = this.transit.vpcAttachment(attachmentId);
    if (versions.length === 0) return undefined;
    const ids = new Map<string, Location>();
    for (const version of versions) for (const subnet of version.subnetIds) if (!ids.has(subnet.id)) ids.set(subnet.id, subnet.at);
    const all = [...ids].map(([id, at]) => ({ id, at })).sort((a, b) => a.id.localeCompare(b.id));
    const appliance = versions.some((version) => version.applianceMode === true);
    if (appliance || az === undefined) return { ids: all, narrowed: false };
    const vpcId = versions[0]?.vpcId;
    const inZone = all.filter((subnet) => this.analysis.subnetView(subnet.id, vpcId, subnet.at).subnet?.availabilityZone === az);
    return inZone.length > 0 ? { ids: inZone, narrowed: inZone.length < all.length } : { ids: all, narrowed: false };
  }

  private transitGateway(target: RouteTarget, from: SubnetView, leg: Leg, arrival: Arrival): void {
    this.hop(leg, { kind: 'transit-gateway', id: target.id, text: targetText(target) });
    const attachments = this.transit.vpcAttachmentsOf(target.id, from.vpcId);
    if (attachments.length === 0) {
      this.missing(leg, 'transit-gateway', {
        en: `the attachment of ${from.vpcId ?? from.id} to ${target.id} is not in the inputs (describe-transit-gateway-attachments)`,
        ja: `${from.vpcId ?? from.id} の ${target.id} へのアタッチメントが入力にありません (describe-transit-gateway-attachments)`,
      });
      return;
    }
    const az = from.subnet?.availabilityZone ?? this.origin.subnet?.availabilityZone;
    for (const attachment of attachments) {
      const attached = this.fork(leg);
      this.hop(attached, { kind: 'transit-gateway-attachment', id: attachment.id, text: attachmentText(attachment.id, 'vpc', from.vpcId), at: attachment.at, ...(from.vpcId ? { vpcId: from.vpcId } : {}) });
      // Back out through the attachment it came in by: the transit gateway's own interface, no ACL on the way.
      const entered = arrival.viaAttachment === attachment.id ? [attached] : this.enterTransitGateway(attachment.id, from, attached, arrival, az);
      for (const next of entered) {
        const tables = this.transit.associatedTables(attachment.id);
        if (tables.length === 0) {
          this.missing(next, 'transit-gateway', {
            en: `the route table ${attachment.id} is associated with is not in the inputs (Association in describe-transit-gateway-attachments)`,
            ja: `${attachment.id} が関連付けられたルートテーブルが入力にありません (describe-transit-gateway-attachments の Association)`,
          }, attachment.at);
          continue;
        }
        for (const table of tables) this.transitTable(table.id, table.at, tables.length > 1 ? this.fork(next) : next);
      }
    }
  }

  /** Into the transit gateway through a VPC's attachment: the interface subnet's inbound rules on the way out, its outbound rules on the way in. */
  private enterTransitGateway(attachmentId: string, from: SubnetView, leg: Leg, arrival: Arrival, az: string | undefined): Leg[] {
    const left = this.leave(from, leg, arrival);
    const subnets = this.attachmentSubnets(attachmentId, az);
    if (!subnets) {
      const aclsGiven = this.analysis.resources.networkAcls.some((acl) => acl.vpcId === from.vpcId || acl.vpcId === undefined);
      return left.map((next) => {
        if (aclsGiven) {
          const missing = { en: `the subnets of ${attachmentId} (its interfaces, whose network ACL the packets cross) are not in the inputs (describe-transit-gateway-vpc-attachments)`, ja: `${attachmentId} のサブネット (パケットが通るネットワーク ACL の場所) が入力にありません (describe-transit-gateway-vpc-attachments)` };
          this.step(next, 'nacl', 'unknown', missing);
          next.pieces = withDoubt(next.pieces, { reason: 'downstream-input', missing });
        } else {
          this.step(next, 'nacl', 'allow', ASSUMED_ACL);
          this.sink.assume(`acl-default:${from.vpcId ?? ''}`, { en: `${from.vpcId ?? from.id}: ${ASSUMED_ACL.en}`, ja: `${from.vpcId ?? from.id}: ${ASSUMED_ACL.ja}` });
        }
        return next;
      });
    }
    if (subnets.narrowed) this.zoneAssumption(attachmentId, az);
    const legs: Leg[] = [];
    for (const next of left) {
      for (const subnet of subnets.ids) {
        const view = this.analysis.subnetView(subnet.id, from.vpcId, subnet.at);
        const inSubnet = subnets.ids.length > 1 ? this.fork(next) : next;
        this.hop(inSubnet, subnetHop(view, subnet.at));
        legs.push(...this.acl(view, this.direction === 'ingress', 'local', inSubnet));
      }
    }
    return legs;
  }

  private zoneAssumption(attachmentId: string, az: string | undefined): void {
    this.sink.assume(`tgw-zone:${attachmentId}:${az ?? ''}`, {
      en: `${attachmentId}: appliance mode is off, so the transit gateway keeps traffic in its Availability Zone (${az}): only the attachment’s subnet there is followed`,
      ja: `${attachmentId}: アプライアンスモードが無効なため、Transit Gateway は通信を送信元のアベイラビリティーゾーン (${az}) にとどめます。そのゾーンにあるアタッチメントのサブネットだけを追いました`,
    });
  }

  /** A lookup in a transit gateway route table. */
  private transitTable(tableId: string, associationAt: Location, leg: Leg): void {
    const key = `tgw-rtb:${tableId}`;
    if (leg.visited.has(key)) {
      this.loop(leg, tableId, 'transit-gateway', this.transit.routeSets(tableId)[0]?.at ?? this.transit.tableAt(tableId) ?? associationAt);
      return;
    }
    const visited = new Set(leg.visited).add(key);
    const tableAt = this.transit.tableAt(tableId) ?? associationAt;
    this.hop(leg, { kind: 'transit-gateway-route-table', id: tableId, text: { en: `transit gateway route table ${tableId}`, ja: `Transit Gateway ルートテーブル ${tableId}` }, at: tableAt });
    const sets = this.transit.routeSets(tableId);
    if (sets.length === 0) {
      this.missing({ ...leg, visited }, 'transit-gateway', { en: `the routes of ${tableId} are not in the inputs (search-transit-gateway-routes)`, ja: `${tableId} のルートが入力にありません (search-transit-gateway-routes)` }, tableAt);
      return;
    }
    for (const set of sets) {
      const setLeg: Leg = { ...this.fork(leg), visited };
      const partition = partitionTransitRoutes(set, this.family, remoteOf(setLeg.pieces), this.analysis.prefixLists);
      if (set.incomplete || partition.unresolved.length > 0) {
        const route = partition.unresolved[0];
        const missing =
          route && route.destination.kind === 'prefix-list'
            ? { en: `the entries of prefix list ${route.destination.id} referenced by ${tableId} are not given`, ja: `${tableId} が参照するプレフィックスリスト ${route.destination.id} のエントリが入力にありません` }
            : { en: `${tableId} has more routes than were given (AdditionalRoutesAvailable, or routes that could not be read)`, ja: `${tableId} には入力にあるより多くのルートがあります (AdditionalRoutesAvailable、または読み取れないルート)` };
        this.missing(setLeg, 'transit-gateway', missing, route?.at ?? set.at);
        continue;
      }
      for (const region of partition.regions) {
        const pieces = restrict(setLeg.pieces, region.addresses);
        if (pieces.length === 0) continue;
        if (region.routes.length === 0) {
          const next = this.fork(setLeg, pieces);
          this.step(next, 'transit-gateway', 'deny', { en: `${tableId}: no route matches: dropped`, ja: `${tableId}: 一致するルートがなく破棄されます` }, set.at);
          this.end(next, 'dropped', 'transit-gateway');
          continue;
        }
        for (const route of region.routes) {
          if (route.blackhole) {
            const next = this.fork(setLeg, pieces);
            this.step(next, 'transit-gateway', 'deny', transitRouteText(route, tableId), route.at);
            this.end(next, 'dropped', 'transit-gateway');
            continue;
          }
          for (const target of route.attachments) {
            const next = this.fork(setLeg, pieces);
            const text = transitRouteText(route, tableId, target);
            this.step(next, 'transit-gateway', 'allow', text, route.at);
            next.pieces = next.pieces.map((piece) => ({ ...piece, evidence: [...piece.evidence, { layer: 'route', text, at: route.at }] }));
            this.transitAttachment(target, next);
          }
        }
      }
      this.propagatedCapture(tableId, set, partition, setLeg);
    }
  }

  /** What an attachment connects: as the route prints it, else as describe-transit-gateway-attachments says, else a VPC attachment's VPC. */
  private attachmentKind(target: TransitGatewayRoute['attachments'][number]): { resourceType?: string; resourceId?: string; known?: TransitGatewayAttachment } {
    const known = this.transit.attachment(target.id)[0];
    const resourceType = target.resourceType ?? known?.resourceType ?? (this.transit.vpcAttachment(target.id).length > 0 ? 'vpc' : undefined);
    const resourceId = target.resourceId ?? known?.resourceId ?? this.transit.vpcAttachment(target.id)[0]?.vpcId;
    return { ...(resourceType !== undefined ? { resourceType } : {}), ...(resourceId !== undefined ? { resourceId } : {}), ...(known ? { known } : {}) };
  }

  /**
   * Routes propagated into a table from an attachment other than a VPC's (a VPN, a Direct Connect
   * gateway, a Connect attachment, or one the inputs do not say) are advertised by a router the
   * inputs do not show, which may advertise a prefix for any address tomorrow: every address of
   * the leg that a full-length static route does not hold, and that does not go to that attachment
   * already, may be sent there. Each such attachment is weighed as a hop whose far side is unknown,
   * unless the context lists it (or its VPN or Direct Connect gateway) in closedTargets.
   */
  private propagatedCapture(tableId: string, set: TransitGatewayRouteSet, partition: TransitPartition, leg: Leg): void {
    const propagators = new Map<string, { route: TransitGatewayRoute; kind: ReturnType<HopWalker['attachmentKind']> }[]>();
    for (const route of [...set.routes].sort(byDestination)) {
      if (route.type !== 'propagated' || route.blackhole) continue;
      for (const target of route.attachments) propagators.set(target.id, [...(propagators.get(target.id) ?? []), { route, kind: this.attachmentKind(target) }]);
    }
    const universe = remoteOf(leg.pieces);
    this.attachedCapture(tableId, partition, leg, universe, new Set(propagators.keys()));
    for (const id of [...propagators.keys()].sort()) {
      const found = propagators.get(id) ?? [];
      if (found.every(({ kind }) => kind.resourceType === 'vpc')) continue;
      const routes = [...new Set(found.map(({ route }) => route))];
      const resourceIds = [...new Set(found.flatMap(({ kind }) => (kind.resourceId !== undefined ? [kind.resourceId] : [])))].sort();
      // Named by the first route that tells what the attachment is.
      const kind = (found.find(({ kind: candidate }) => candidate.resourceType !== undefined) ?? found[0])?.kind ?? {};
      let captured = universe.subtract(partition.pinned);
      for (const region of partition.regions) if (region.routes.some((route) => !route.blackhole && route.attachments.some((target) => target.id === id))) captured = captured.subtract(region.addresses);
      const pieces = restrict(leg.pieces, captured);
      if (pieces.length === 0) continue;
      const prefixes = routes.map((route) => (route.destination.kind === 'cidr' ? route.destination.cidr.canonical : route.destination.id)).join(', ');
      const first = routes[0] as TransitGatewayRoute;
      const text = attachmentText(id, kind.resourceType, kind.resourceId);
      const next = this.fork(leg, pieces);
      const step = {
        en: `${tableId} takes the routes ${text.en} propagates (${prefixes} today): the router behind it may advertise a prefix for any of these addresses at any time, and the transit gateway would send them there`,
        ja: `${tableId} には ${text.ja} が伝播するルート (現在は ${prefixes}) が入ります。その先のルーターはこれらのアドレスを含むプレフィックスをいつでも広報でき、広報されれば Transit Gateway はそちらへ送ります`,
      };
      this.step(next, 'transit-gateway', 'unknown', step, first.at);
      next.pieces = next.pieces.map((piece) => ({ ...piece, evidence: [...piece.evidence, { layer: 'route', text: step, at: first.at }] }));
      this.hop(next, { kind: 'transit-gateway-attachment', id, text, at: first.at });
      this.unknownHop(next, id, text, resourceIds, { reason: 'downstream-propagation', hop: { id, text }, propagation: { tableId, prefixes } });
    }
  }

  /**
   * An attachment other than a VPC's on the table's transit gateway that propagates no route into
   * the table today: whether its propagation into the table is enabled is not in the inputs (the
   * engine does not read get-transit-gateway-route-table-propagations), and an enabled one with no
   * route yet (a BGP session down, nothing advertised) takes any address the moment the router
   * behind it advertises one. Weighed like a propagating attachment, unless closedTargets lists it.
   */
  private attachedCapture(tableId: string, partition: TransitPartition, leg: Leg, universe: ReturnType<typeof remoteOf>, propagating: ReadonlySet<string>): void {
    const tgwId = this.transit.gatewayOfTable(tableId);
    const attached = this.transit.attachmentsOn(tgwId).filter((attachment) => attachment.resourceType !== 'vpc' && !propagating.has(attachment.id) && !GONE.has((attachment.state ?? '').toLowerCase()));
    // One branch per attachment, named by its first version (conflicting versions are reported apart).
    const seen = new Set<string>();
    for (const attachment of attached) {
      if (seen.has(attachment.id)) continue;
      seen.add(attachment.id);
      let captured = universe.subtract(partition.pinned);
      for (const region of partition.regions) if (region.routes.some((route) => !route.blackhole && route.attachments.some((target) => target.id === attachment.id))) captured = captured.subtract(region.addresses);
      const pieces = restrict(leg.pieces, captured);
      if (pieces.length === 0) continue;
      const text = attachmentText(attachment.id, attachment.resourceType, attachment.resourceId);
      const next = this.fork(leg, pieces);
      const step = {
        en: `${text.en} is attached to ${attachment.transitGatewayId}, and the inputs do not say whether it propagates routes into ${tableId}: if it does, the router behind it may advertise a prefix for any of these addresses at any time, and the transit gateway would send them there`,
        ja: `${text.ja} は ${attachment.transitGatewayId} にアタッチされていますが、${tableId} にルートを伝播するかどうかは入力からわかりません。伝播する場合、その先のルーターがこれらのアドレスを含むプレフィックスをいつ広報しても、Transit Gateway はそちらへ送ります`,
      };
      this.step(next, 'transit-gateway', 'unknown', step, attachment.at);
      next.pieces = next.pieces.map((piece) => ({ ...piece, evidence: [...piece.evidence, { layer: 'route', text: step, at: attachment.at }] }));
      this.hop(next, { kind: 'transit-gateway-attachment', id: attachment.id, text, at: attachment.at });
      this.unknownHop(next, attachment.id, text, attachment.resourceId ? [attachment.resourceId] : [], { reason: 'downstream-attached', hop: { id: attachment.id, text }, propagation: { tableId, prefixes: '' } });
    }
  }

  /** Where a transit gateway route sends: into a VPC, or somewhere the inputs do not show. */
  private transitAttachment(target: TransitGatewayRoute['attachments'][number], leg: Leg): void {
    const { resourceType, resourceId, known } = this.attachmentKind(target);
    const text = attachmentText(target.id, resourceType, resourceId);
    if (resourceType !== 'vpc') {
      this.hop(leg, { kind: 'transit-gateway-attachment', id: target.id, text, ...(known ? { at: known.at } : {}) });
      this.unknownHop(leg, target.id, text, resourceId ? [resourceId] : []);
      return;
    }
    if (resourceId && this.analysis.context.closedTargets.has(resourceId)) {
      this.hop(leg, { kind: 'transit-gateway-attachment', id: target.id, text, vpcId: resourceId });
      this.unknownHop(leg, target.id, text, [resourceId]);
      return;
    }
    this.enterVpc(target.id, resourceId, text, leg);
  }

  /** Out of the transit gateway into an attached VPC, through the interface subnet(s) of the attachment. */
  private enterVpc(attachmentId: string, vpcHint: string | undefined, text: Localized, leg: Leg): void {
    const versions = this.transit.vpcAttachment(attachmentId);
    const vpcId = vpcHint ?? versions[0]?.vpcId;
    this.hop(leg, { kind: 'transit-gateway-attachment', id: attachmentId, text, ...(vpcId ? { vpcId } : {}), ...(versions[0] ? { at: versions[0].at } : {}) });
    if (this.analysis.context.closedTargets.has(attachmentId)) {
      this.unknownHop(leg, attachmentId, text);
      return;
    }
    const subnets = this.attachmentSubnets(attachmentId, this.origin.subnet?.availabilityZone);
    if (!subnets) {
      this.missing(leg, 'transit-gateway', { en: `the subnets of ${attachmentId} in ${vpcId ?? 'its VPC'} are not in the inputs (describe-transit-gateway-vpc-attachments)`, ja: `${vpcId ?? 'VPC'} にある ${attachmentId} のサブネットが入力にありません (describe-transit-gateway-vpc-attachments)` });
      return;
    }
    if (subnets.narrowed) this.zoneAssumption(attachmentId, this.origin.subnet?.availabilityZone);
    for (const subnet of subnets.ids) {
      const view = this.analysis.subnetView(subnet.id, vpcId, subnet.at);
      const next = subnets.ids.length > 1 ? this.fork(leg) : leg;
      this.hop(next, subnetHop(view, subnet.at));
      const arrival: Arrival = { outboundApplied: false, viaAttachment: attachmentId };
      // Inbound, the packet from the internet came into this subnet before the transit gateway took it.
      const entered = this.direction === 'ingress' ? this.acl(view, false, 'remote', next) : [next];
      for (const inSubnet of entered) this.routeIn(view, inSubnet, arrival);
    }
  }
}

/** Routes in a stable order, whatever order the document lists them in: by destination, then by place. */
function byDestination(a: TransitGatewayRoute, b: TransitGatewayRoute): number {
  const key = (route: TransitGatewayRoute) => (route.destination.kind === 'cidr' ? route.destination.cidr.canonical : route.destination.id);
  return key(a).localeCompare(key(b)) || a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/'));
}

/** How a route step of a downstream table reads. */
function routeEffect(route: Route, closedTargets: ReadonlySet<string>): StepProof['effect'] {
  if (route.blackhole || route.target.kind === 'local' || route.target.kind === 'gateway-endpoint' || closedTargets.has(route.target.id)) return 'deny';
  return 'allow';
}

function subnetHop(view: SubnetView, at?: Location): HopProof {
  return { kind: 'subnet', id: view.id, text: same(view.id), ...(view.vpcId ? { vpcId: view.vpcId } : {}), at: at ?? view.at };
}

const RESOURCE_NAMES: Record<string, Localized> = {
  vpc: same('VPC'),
  vpn: { en: 'VPN', ja: 'VPN' },
  'direct-connect-gateway': { en: 'Direct Connect gateway', ja: 'Direct Connect ゲートウェイ' },
  connect: { en: 'Connect attachment', ja: 'Connect アタッチメント' },
  peering: { en: 'transit gateway peering', ja: 'Transit Gateway ピアリング' },
  'tgw-peering': { en: 'transit gateway peering', ja: 'Transit Gateway ピアリング' },
  'network-function': { en: 'Network Firewall', ja: 'Network Firewall' },
};

/** "attachment tgw-attach-0a1b (VPN vpn-0c2d)". */
export function attachmentText(id: string, resourceType: string | undefined, resourceId: string | undefined): Localized {
  const kind = resourceType ? (Object.hasOwn(RESOURCE_NAMES, resourceType) ? (RESOURCE_NAMES[resourceType] as Localized) : same(resourceType)) : undefined;
  const what = kind ? { en: ` (${kind.en}${resourceId ? ` ${resourceId}` : ''})`, ja: ` (${kind.ja}${resourceId ? ` ${resourceId}` : ''})` } : resourceId ? same(` (${resourceId})`) : same('');
  return { en: `attachment ${id}${what.en}`, ja: `アタッチメント ${id}${what.ja}` };
}

/** "Route 0.0.0.0/0 → attachment tgw-attach-0a1b (VPC vpc-0c2d) in tgw-rtb-0e3f, propagated". */
function transitRouteText(route: TransitGatewayRoute, tableId: string, target?: TransitGatewayRoute['attachments'][number]): Localized {
  const destination = route.destination.kind === 'cidr' ? route.destination.cidr.canonical : route.destination.id;
  const propagated = route.type === 'propagated' ? { en: ', propagated', ja: '、伝播ルート' } : { en: '', ja: '' };
  if (!target) return { en: `Route ${destination} → blackhole in ${tableId}: dropped`, ja: `${tableId} のルート ${destination} → blackhole で破棄されます` };
  const to = attachmentText(target.id, target.resourceType, target.resourceId);
  return { en: `Route ${destination} → ${to.en} in ${tableId}${propagated.en}`, ja: `${tableId} のルート ${destination} → ${to.ja}${propagated.ja}` };
}

function undescribedNat(natId: string): AssumptionProof {
  return {
    key: `nat-undescribed:${natId}`,
    text: { en: `${natId} is not described (describe-nat-gateways): taken as a public NAT gateway that reaches the internet (the AWS default)`, ja: `${natId} の情報 (describe-nat-gateways) が入力にないため、インターネットに届くパブリック NAT ゲートウェイ (AWS の既定) とみなしました` },
  };
}

/** The assumption an open path through a NAT gateway the inputs do not describe rests on. */
export const undescribedNatAssumption = undescribedNat;
