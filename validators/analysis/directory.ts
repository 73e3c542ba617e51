/**
 * Directory flows: from each WorkSpaces subnet to each directory controller, for every port
 * the directory needs, does a route exist, do the network ACLs pass the request and its
 * stateless reply (on the WorkSpaces subnet and, when given, on the controller's subnet), and do
 * the WorkSpaces' security groups allow it out?
 */
import type { Cidr, Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { TCP, UDP, type TrafficBox } from '../net/traffic.ts';
import { DIRECTORY_FLOWS, type DirectoryFlow } from '../requirements/ports.ts';
import type { AclEntry, NetworkAcl, Route, RouteTable } from '../model.ts';
import type { Analysis, Controller, SubnetView } from './analysis.ts';
import { decide, firstDenial, orderedEntries } from './nacl.ts';
import { partitionByRoute, routeFor, type RouteRegion } from './routes.ts';
import { evaluateGroups } from './security-groups.ts';

export type DirectoryIssueKind =
  /** No route, or a blackhole route, from the WorkSpaces subnet to the controller. */
  | 'no-route'
  /** The WorkSpaces subnet's ACL denies the request going out. */
  | 'acl-request'
  /** The WorkSpaces subnet's ACL denies the reply coming back. */
  | 'acl-reply'
  /** The controller subnet's ACL denies the request coming in. */
  | 'controller-acl-request'
  /** The controller subnet's ACL denies the reply going out. */
  | 'controller-acl-reply'
  /** The WorkSpaces' security groups do not allow the request out. */
  | 'sg-egress'
  /** The security groups allow it only through a rule whose peer is not in the inputs. */
  | 'sg-egress-unresolved';

/**
 * One blocked flow to one controller, for every WorkSpaces subnet it affects: subnets that
 * share a route table, network ACL or security groups share the issue.
 */
export interface DirectoryIssue {
  kind: DirectoryIssueKind;
  subnets: SubnetView[];
  controller: Controller;
  flow: DirectoryFlow;
  /** An example of the blocked traffic (the reply, for reply issues). */
  box: TrafficBox;
  family: Family;
  entry?: AclEntry;
  acl?: NetworkAcl;
  route?: Route;
  /** The subnet the controller is in, when the inputs show it. */
  controllerSubnet?: SubnetView;
}

export interface DirectoryAnalysis {
  issues: DirectoryIssue[];
  /** Pairs checked (subnet × controller). */
  checked: number;
}

/** Collects issues by what decides them, adding subnets to an existing issue instead of repeating it. */
class IssueIndex {
  readonly issues: DirectoryIssue[] = [];
  private readonly byKey = new Map<unknown, Map<unknown, DirectoryIssue>>();

  /** Adds the subnet to the issue kept under (owner, slot); false when there is none yet. */
  join(owner: unknown, slot: unknown, subnet: SubnetView): boolean {
    const existing = this.byKey.get(owner)?.get(slot);
    if (!existing) return false;
    existing.subnets.push(subnet);
    return true;
  }

  /** Starts the issue kept under (owner, slot). */
  start(owner: unknown, slot: unknown, issue: DirectoryIssue): void {
    let slots = this.byKey.get(owner);
    if (!slots) {
      slots = new Map();
      this.byKey.set(owner, slots);
    }
    slots.set(slot, issue);
    this.issues.push(issue);
  }

  add(owner: unknown, slot: unknown, subnet: SubnetView, issue: Omit<DirectoryIssue, 'subnets'>): void {
    if (!this.join(owner, slot, subnet)) this.start(owner, slot, { ...issue, subnets: [subnet] });
  }
}

const protocolOf = (flow: DirectoryFlow) => (flow.protocol === 'tcp' ? TCP : UDP);

type Blocked = { entry: AclEntry; box: TrafficBox } | undefined;

/** The first deny decision for a query. */
function blockedBy(acl: NetworkAcl, egress: boolean, family: Family, query: readonly TrafficBox[]): Blocked {
  if (acl.incomplete) return undefined;
  const deny = firstDenial(orderedEntries(acl, egress, family), query);
  return deny ? { entry: deny.entry, box: deny.box } : undefined;
}

/** What one WorkSpaces-side ACL does to each flow towards one controller: requests out, replies in. */
interface AclVerdicts {
  request: Blocked[];
  reply: Blocked[];
}

function aclVerdicts(acl: NetworkAcl, family: Family, queries: FlowQueries): AclVerdicts {
  return {
    request: queries.request.map((query) => blockedBy(acl, true, family, query)),
    reply: queries.reply.map((query) => blockedBy(acl, false, family, query)),
  };
}

/** Per directory flow, the request towards one controller and its reply, as first-match queries. */
interface FlowQueries {
  request: TrafficBox[][];
  reply: TrafficBox[][];
}

function flowQueries(dcAddresses: TrafficBox['addresses']): FlowQueries {
  return {
    request: DIRECTORY_FLOWS.map((flow) => [{ protocols: [protocolOf(flow), protocolOf(flow)], details: [flow.from, flow.to], addresses: dcAddresses }]),
    reply: DIRECTORY_FLOWS.map((flow) => [{ protocols: [protocolOf(flow), protocolOf(flow)], details: flow.returnPorts, addresses: dcAddresses }]),
  };
}

/** Denials of the controller subnet's ACL for one flow, over all WorkSpaces addresses. */
interface ControllerVerdict {
  request: { entry: AclEntry; box: TrafficBox }[];
  reply: { entry: AclEntry; box: TrafficBox }[];
}

/** The first denial that touches `[first, last]`. */
function firstOverlap(denials: ControllerVerdict['request'], first: bigint, last: bigint): { entry: AclEntry; box: TrafficBox } | undefined {
  for (const denial of denials) {
    const [low, high] = denial.box.addresses;
    if (low <= last && high >= first) return denial;
  }
  return undefined;
}

/** `box` narrowed to the addresses of `cidr` (which it overlaps). */
function narrowed(box: TrafficBox, cidr: Cidr): TrafficBox {
  const [low, high] = box.addresses;
  return { ...box, addresses: [low > cidr.first ? low : cidr.first, high < cidr.last ? high : cidr.last] };
}

/** The part of a controller's addresses that has no route, or a blackhole route, in the table. */
function deadRoute(table: RouteTable, family: Family, cidr: Cidr, prefixLists: Analysis['prefixLists']): RouteRegion | undefined {
  if (cidr.first === cidr.last) {
    // A single address (the usual controller): one lookup instead of a partition.
    const { route } = routeFor(table, family, cidr.first, prefixLists);
    if (route && !route.blackhole) return undefined;
    return { addresses: IntervalSet.range(cidr.first, cidr.first), ...(route ? { route } : {}) };
  }
  return partitionByRoute(table, family, IntervalSet.range(cidr.first, cidr.last), prefixLists).regions.find((region) => !region.route || region.route.blackhole);
}

/** The subnet view whose CIDRs hold every address of `block`. */
function subnetHolding(analysis: Analysis, family: Family, first: bigint, last: bigint): SubnetView | undefined {
  return analysis.subnets.find((view) => view.cidrs.some((cidr) => cidr.family === family && cidr.first <= first && cidr.last >= last));
}

export function analyseDirectory(analysis: Analysis): DirectoryAnalysis {
  const index = new IssueIndex();
  const allSubnets = analysis.path().subnets;
  const groups = analysis.workspacesGroups;
  let checked = 0;
  for (const controller of analysis.context.controllers) {
    // A controller read from a directory serves the subnets of that directory's WorkSpaces only.
    const served = controller.forSubnets;
    const subnets = served ? allSubnets.filter((subnet) => served.has(subnet.id)) : allSubnets;
    checked += subnets.length;
    const family = controller.cidr.family;
    const dcAddresses: TrafficBox['addresses'] = [controller.cidr.first, controller.cidr.last];
    const controllerSubnet = subnetHolding(analysis, family, controller.cidr.first, controller.cidr.last);
    const common = { controller, family, ...(controllerSubnet ? { controllerSubnet } : {}) };
    // Each key below is scoped to this controller: a fresh owner object per controller.
    const scope = { sg: {}, routes: new Map<RouteTable, object>(), acls: new Map<NetworkAcl, object>(), entries: new Map<AclEntry, object>() };
    const ownerOf = <K extends object>(map: Map<K, object>, key: K) => {
      let owner = map.get(key);
      if (!owner) {
        owner = {};
        map.set(key, owner);
      }
      return owner;
    };
    // What the WorkSpaces' groups let out towards this controller does not depend on the subnet.
    const groupVerdicts = DIRECTORY_FLOWS.map((flow) => {
      if (groups.length === 0) return undefined;
      const protocol = protocolOf(flow);
      const evaluation = evaluateGroups(groups, true, family, [{ protocols: [protocol, protocol], details: [flow.from, flow.to], addresses: dcAddresses }], analysis.prefixLists, 'maybe');
      return evaluation.denied[0] ? { kind: 'sg-egress' as const, box: evaluation.denied[0] } : evaluation.maybe[0] ? { kind: 'sg-egress-unresolved' as const, box: evaluation.maybe[0].box } : undefined;
    });
    // The controller subnet's ACL judges requests from, and replies to, every WorkSpaces address:
    // decide once per flow over all of them (adjacent subnets merge), then look up each subnet.
    const dcAcl = controllerSubnet?.acl;
    const workspaces = IntervalSet.of(subnets.filter((subnet) => subnet.id !== controllerSubnet?.id).flatMap((subnet) => subnet.cidrs.filter((cidr) => cidr.family === family).map((cidr) => [cidr.first, cidr.last] as const)));
    const controllerVerdicts: ControllerVerdict[] = DIRECTORY_FLOWS.map((flow) => {
      if (!dcAcl || dcAcl.incomplete) return { request: [], reply: [] };
      const protocol = protocolOf(flow);
      const denials = (egress: boolean, details: readonly [number, number]) =>
        decide(orderedEntries(dcAcl, egress, family), workspaces.ranges.map((range) => ({ protocols: [protocol, protocol] as const, details, addresses: range })))
          .filter((decision) => decision.entry.action === 'deny')
          .map((decision) => ({ entry: decision.entry, box: decision.box }));
      return { request: denials(false, [flow.from, flow.to]), reply: denials(true, flow.returnPorts) };
    });
    // Many subnets share an ACL: judge each ACL once per controller.
    const verdictsByAcl = new Map<NetworkAcl, AclVerdicts>();
    let queries: FlowQueries | undefined;
    // A table's route towards the controller is the same for every subnet that uses it.
    const deadRoutes = new Map<RouteTable, RouteRegion | undefined>();
    for (const subnet of subnets) {
      const sameSubnet = controllerSubnet?.id === subnet.id;
      const table = subnet.routeTable;
      if (table && !sameSubnet) {
        if (!deadRoutes.has(table)) deadRoutes.set(table, deadRoute(table, family, controller.cidr, analysis.prefixLists));
        const dead = deadRoutes.get(table);
        if (dead) {
          const flow = DIRECTORY_FLOWS[0] as DirectoryFlow;
          const first = dead.addresses.min() ?? controller.cidr.first;
          index.add(ownerOf(scope.routes, table), 'no-route', subnet, {
            kind: 'no-route',
            flow,
            box: { protocols: [TCP, TCP], details: [flow.from, flow.from], addresses: [first, first] },
            ...common,
            ...(dead.route ? { route: dead.route } : {}),
          });
          continue;
        }
      }
      // NACLs do not see traffic inside one subnet.
      const acl = subnet.acl;
      if (acl && !sameSubnet) {
        let verdicts = verdictsByAcl.get(acl);
        if (!verdicts) {
          verdicts = aclVerdicts(acl, family, (queries ??= flowQueries(dcAddresses)));
          verdictsByAcl.set(acl, verdicts);
        }
        const owner = ownerOf(scope.acls, acl);
        for (let flowIndex = 0; flowIndex < DIRECTORY_FLOWS.length; flowIndex++) {
          const flow = DIRECTORY_FLOWS[flowIndex] as DirectoryFlow;
          const out = verdicts.request[flowIndex];
          if (out && !index.join(owner, flowIndex * 2, subnet)) index.start(owner, flowIndex * 2, { kind: 'acl-request', flow, box: out.box, entry: out.entry, acl, subnets: [subnet], ...common });
          const back = verdicts.reply[flowIndex];
          if (back && !index.join(owner, flowIndex * 2 + 1, subnet)) index.start(owner, flowIndex * 2 + 1, { kind: 'acl-reply', flow, box: back.box, entry: back.entry, acl, subnets: [subnet], ...common });
        }
      }
      if (dcAcl && !sameSubnet && !dcAcl.incomplete) {
        for (let flowIndex = 0; flowIndex < DIRECTORY_FLOWS.length; flowIndex++) {
          const flow = DIRECTORY_FLOWS[flowIndex] as DirectoryFlow;
          const verdict = controllerVerdicts[flowIndex] as ControllerVerdict;
          for (const cidr of subnet.cidrs) {
            if (cidr.family !== family) continue;
            const inDenied = firstOverlap(verdict.request, cidr.first, cidr.last);
            if (inDenied) {
              const owner = ownerOf(scope.entries, inDenied.entry);
              if (!index.join(owner, flowIndex * 2, subnet)) {
                index.start(owner, flowIndex * 2, { kind: 'controller-acl-request', flow, box: narrowed(inDenied.box, cidr), entry: inDenied.entry, acl: dcAcl, subnets: [subnet], ...common });
              }
            }
            const outDenied = firstOverlap(verdict.reply, cidr.first, cidr.last);
            if (outDenied) {
              const owner = ownerOf(scope.entries, outDenied.entry);
              if (!index.join(owner, flowIndex * 2 + 1, subnet)) {
                index.start(owner, flowIndex * 2 + 1, { kind: 'controller-acl-reply', flow, box: narrowed(outDenied.box, cidr), entry: outDenied.entry, acl: dcAcl, subnets: [subnet], ...common });
              }
            }
          }
        }
      }
      for (let flowIndex = 0; flowIndex < DIRECTORY_FLOWS.length; flowIndex++) {
        const groupVerdict = groupVerdicts[flowIndex];
        if (groupVerdict && !index.join(scope.sg, flowIndex, subnet)) index.start(scope.sg, flowIndex, { kind: groupVerdict.kind, flow: DIRECTORY_FLOWS[flowIndex] as DirectoryFlow, box: groupVerdict.box, subnets: [subnet], ...common });
      }
    }
  }
  return { issues: index.issues, checked };
}
