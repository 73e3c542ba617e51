/**
 * VPC endpoints as the WorkSpaces use them, computed once per validation:
 * - which public addresses the WorkSpaces subnets' route tables send to a gateway endpoint (so a
 *   network ACL entry that allows only those serves the endpoint, not the internet);
 * - whether HTTPS from the WorkSpaces reaches each gateway endpoint's service ranges and each
 *   interface endpoint's subnets through the network ACLs (request out, stateless reply in, and
 *   the other way on the endpoint's subnet) and the security groups (the WorkSpaces' egress, the
 *   endpoint's own ingress).
 * Everything here needs what the inputs settle: a gateway endpoint named by describe-vpc-endpoints
 * with its prefix list's CIDRs, an interface endpoint with its subnets' CIDRs and its groups.
 */
import type { Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { subtractFromAll, TCP, type Span, type TrafficBox } from '../net/traffic.ts';
import { WINDOWS_EPHEMERAL } from '../requirements/ports.ts';
import type { AclEntry, NetworkAcl, PrefixList, Route, RouteTable, SecurityGroup, SgRule, VpcEndpoint } from '../model.ts';
import type { Analysis, SubnetView } from './analysis.ts';
import { decide, orderedEntries } from './nacl.ts';
import { partitionByRoute } from './routes.ts';
import { evaluateGroups } from './security-groups.ts';

const FAMILIES = [4, 6] as const;
/** HTTPS: what the WorkSpaces send to an AWS service, through either kind of endpoint. */
export const HTTPS: Span = [443, 443];
/** Where replies come back to a WorkSpace (Windows' ephemeral range, as for the directory flows). */
export const REPLY_PORTS: Span = WINDOWS_EPHEMERAL;

/** A gateway endpoint route of a table the WorkSpaces use, with the service addresses it carries. */
export interface GatewayEndpointUse {
  table: RouteTable;
  route: Route;
  list: PrefixList;
  endpoint?: VpcEndpoint;
  family: Family;
  /** The list's CIDRs that this route wins in the table (a longer route elsewhere takes the rest). */
  ranges: IntervalSet;
  /** The WorkSpaces subnets that use the table. */
  subnets: SubnetView[];
}

/** What sends public addresses to gateway endpoints for the subnets that use one network ACL. */
export interface GatewayServed {
  /** Public addresses every candidate route table of every WorkSpaces subnet using the ACL sends to a gateway endpoint. */
  addresses: IntervalSet;
  /** The routes that do it, with the public addresses each one carries there, to name them. */
  routes: { table: RouteTable; route: Route; addresses: IntervalSet }[];
}

/** Where a network ACL or security group stops HTTPS between the WorkSpaces and an endpoint. */
export type EndpointIssueKind =
  /** The WorkSpaces subnet's ACL denies HTTPS out to a gateway endpoint's service ranges. */
  | 'gateway-request'
  /** The WorkSpaces subnet's ACL denies the service's replies coming back. */
  | 'gateway-reply'
  /** The WorkSpaces' security groups do not allow HTTPS out to the service ranges. */
  | 'gateway-egress'
  /** The WorkSpaces subnet's ACL denies HTTPS out to an interface endpoint's subnet. */
  | 'interface-request'
  /** The WorkSpaces subnet's ACL denies the endpoint's replies coming back. */
  | 'interface-reply'
  /** The endpoint subnet's ACL denies HTTPS coming in from the WorkSpaces subnet. */
  | 'interface-endpoint-request'
  /** The endpoint subnet's ACL denies the replies going back out to the WorkSpaces subnet. */
  | 'interface-endpoint-reply'
  /** The WorkSpaces' security groups do not allow HTTPS out to the endpoint. */
  | 'interface-egress'
  /** The endpoint's own security groups do not allow HTTPS in from the WorkSpaces. */
  | 'interface-ingress';

export interface EndpointIssue {
  kind: EndpointIssueKind;
  family: Family;
  /** The endpoint id (`vpce-…`). */
  endpointId: string;
  /** The service, as the inputs name it (`com.amazonaws.<region>.s3`, else the prefix list id). */
  service: string;
  /** The WorkSpaces subnets it affects. */
  subnets: SubnetView[];
  /** The addresses whose traffic is dropped (the service, endpoint subnet or WorkSpaces side). */
  addresses: IntervalSet;
  /** The deny entry that decides it (network ACL issues). */
  entry?: AclEntry;
  acl?: NetworkAcl;
  /** The gateway endpoint route (gateway issues). */
  use?: GatewayEndpointUse;
  /** The interface endpoint's subnet (interface issues). */
  endpointSubnet?: SubnetView;
  /** The groups that fail to allow it (security-group issues). */
  groups?: SecurityGroup[];
}

export interface EndpointAnalysis {
  gatewayUses: GatewayEndpointUse[];
  issues: EndpointIssue[];
  /** What an ACL's WorkSpaces subnets send to gateway endpoints, per family. */
  served(acl: NetworkAcl, family: Family): GatewayServed;
}

const RESULTS = new WeakMap<Analysis, EndpointAnalysis>();

/** The endpoint analysis of a validation (computed on first use). */
export function analyseEndpoints(analysis: Analysis): EndpointAnalysis {
  let result = RESULTS.get(analysis);
  if (!result) {
    result = computeEndpoints(analysis);
    RESULTS.set(analysis, result);
  }
  return result;
}

/** The address families an interface endpoint's network interfaces have (`IpAddressType`; IPv4 when not told, as before dual-stack endpoints existed). */
function endpointFamilies(endpoint: VpcEndpoint): Family[] {
  const type = endpoint.ipAddressType?.toLowerCase();
  return type === 'dualstack' ? [4, 6] : type === 'ipv6' ? [6] : [4];
}

/** Endpoint states in which it carries no traffic, as the CLI prints them (in any case). */
const GONE: ReadonlySet<string> = new Set(['deleting', 'deleted', 'failed', 'rejected', 'expired']);
const inService = (endpoint: VpcEndpoint) => endpoint.state === undefined || !GONE.has(endpoint.state.toLowerCase());

const boxes = (addresses: IntervalSet, ports: Span): TrafficBox[] => addresses.ranges.map((range) => ({ protocols: [TCP, TCP], details: ports, addresses: range }));
const cidrSet = (subnet: SubnetView, family: Family) => IntervalSet.of(subnet.cidrs.filter((cidr) => cidr.family === family).map((cidr) => [cidr.first, cidr.last] as const));
const addressesOf = (pieces: readonly TrafficBox[]) => IntervalSet.of(pieces.map((box) => box.addresses));

/** What a network ACL denies of `query`: the first deny entry that decides any of it, with every address that entry denies. */
function denied(acl: NetworkAcl, egress: boolean, family: Family, query: TrafficBox[]): { entry: AclEntry; addresses: IntervalSet } | undefined {
  if (acl.incomplete || query.length === 0) return undefined;
  const denials = decide(orderedEntries(acl, egress, family), query).filter((decision) => decision.entry.action === 'deny');
  const first = denials[0]?.entry;
  if (!first) return undefined;
  return { entry: first, addresses: addressesOf(denials.filter((decision) => decision.entry === first).map((decision) => decision.box)) };
}

/** The parts of `query` that no rule of `groups` allows, reading rules that reference `peers` as matching everywhere (they match those groups' members). */
function groupsDeny(analysis: Analysis, groups: readonly SecurityGroup[], egress: boolean, family: Family, query: TrafficBox[], peers: ReadonlySet<string> | 'any'): IntervalSet {
  const evaluation = evaluateGroups(groups, egress, family, query, analysis.prefixLists, 'no-match');
  let remaining: TrafficBox[] = evaluation.denied;
  for (const group of groups) {
    for (const rule of egress ? group.egress : group.ingress) {
      if (rule.peer.kind !== 'group' || (peers !== 'any' && !peers.has(rule.peer.groupId))) continue;
      remaining = subtractFromAll(remaining, everywhere(rule, family));
    }
  }
  return addressesOf(remaining);
}

const everywhere = (rule: SgRule, family: Family): TrafficBox => ({ ...rule.box, addresses: [0n, family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n] });

function computeEndpoints(analysis: Analysis): EndpointAnalysis {
  const subnets = analysis.path().subnets;
  const endpoints = new Map<string, VpcEndpoint>();
  for (const endpoint of analysis.resources.vpcEndpoints) if (!analysis.resources.conflicted.has(`vpce:${endpoint.id}`)) endpoints.set(endpoint.id, endpoint);
  const issues: EndpointIssue[] = [];
  // Keys name objects by a number each (document order decides nothing: only which issues merge).
  const objectIds = new Map<object, number>();
  const idOf = (item: object) => {
    let id = objectIds.get(item);
    if (id === undefined) objectIds.set(item, (id = objectIds.size + 1));
    return id;
  };

  // Gateway endpoints: each route of a WorkSpaces table to one, with the service ranges it wins.
  const uses = new Map<string, GatewayEndpointUse>();
  for (const subnet of subnets) {
    for (const table of subnet.routeTables) {
      for (const route of table.routes) {
        if (route.target.kind !== 'gateway-endpoint' || route.blackhole || route.destination.kind !== 'prefix-list') continue;
        const list = analysis.prefixLists.get(route.destination.id);
        if (!list || list.incomplete) continue;
        for (const family of FAMILIES) {
          const key = `${idOf(route)}|${family}`;
          const existing = uses.get(key);
          if (existing) {
            if (!existing.subnets.includes(subnet)) existing.subnets.push(subnet);
            continue;
          }
          const universe = IntervalSet.of(list.entries.filter((entry) => entry.cidr.family === family).map((entry) => [entry.cidr.first, entry.cidr.last] as const));
          if (universe.isEmpty()) continue;
          const ranges = partitionByRoute(table, family, universe, analysis.prefixLists).regions.filter((region) => region.route === route).reduce((all, region) => all.union(region.addresses), IntervalSet.EMPTY);
          if (ranges.isEmpty()) continue;
          const endpoint = endpoints.get(route.target.id);
          uses.set(key, { table, route, list, family, ranges, subnets: [subnet], ...(endpoint ? { endpoint } : {}) });
        }
      }
    }
  }
  const gatewayUses = [...uses.values()];

  // Issues are grouped: subnets that share the deciding entry (or groups) share one issue.
  const index = new Map<string, EndpointIssue>();
  const add = (key: string, subnet: SubnetView, issue: Omit<EndpointIssue, 'subnets'>) => {
    const existing = index.get(key);
    if (existing) {
      if (!existing.subnets.includes(subnet)) existing.subnets.push(subnet);
      existing.addresses = existing.addresses.union(issue.addresses);
      return;
    }
    const created = { ...issue, subnets: [subnet] };
    index.set(key, created);
    issues.push(created);
  };
  for (const use of gatewayUses) {
    const service = use.endpoint?.serviceName ?? use.list.name ?? use.list.id;
    const common = { family: use.family, endpointId: use.route.target.id, service, use };
    for (const subnet of use.subnets) {
      for (const acl of subnet.acls) {
        const request = denied(acl, true, use.family, boxes(use.ranges, HTTPS));
        if (request) add(`gw-req|${idOf(use)}|${idOf(request.entry)}`, subnet, { kind: 'gateway-request', ...common, acl, entry: request.entry, addresses: request.addresses });
        const reply = denied(acl, false, use.family, boxes(use.ranges, REPLY_PORTS));
        if (reply) add(`gw-rep|${idOf(use)}|${idOf(reply.entry)}`, subnet, { kind: 'gateway-reply', ...common, acl, entry: reply.entry, addresses: reply.addresses });
      }
      const groups = workspacesGroups(analysis, subnet);
      if (groups) {
        const blocked = groupsDeny(analysis, groups, true, use.family, boxes(use.ranges, HTTPS), new Set());
        if (!blocked.isEmpty()) add(`gw-sg|${idOf(use)}|${subnet.vpcId ?? ''}`, subnet, { kind: 'gateway-egress', ...common, groups, addresses: blocked });
      }
    }
  }

  // Interface endpoints of the WorkSpaces' VPCs whose subnets (and for the groups, groups) are known.
  for (const endpoint of endpoints.values()) {
    if (endpoint.type !== 'Interface' || !inService(endpoint) || endpoint.vpcId === undefined) continue;
    const service = endpoint.serviceName ?? endpoint.id;
    const endpointSubnets = endpoint.subnetIds.map((id) => analysis.subnets.find((view) => view.id === id)).filter((view): view is SubnetView => view !== undefined && view.cidrsKnown);
    const endpointGroups = endpoint.groupIds.map((id) => analysis.resources.securityGroups.find((group) => group.id === id));
    const groupsKnown = endpointGroups.length > 0 && endpointGroups.every((group) => group !== undefined && !group.incomplete);
    for (const subnet of subnets) {
      if (subnet.vpcId !== endpoint.vpcId) continue;
      for (const family of endpointFamilies(endpoint)) {
        const common = { family, endpointId: endpoint.id, service };
        const here = cidrSet(subnet, family);
        for (const target of endpointSubnets) {
          const there = cidrSet(target, family);
          // Network ACLs do not see traffic inside one subnet.
          if (there.isEmpty() || target.id === subnet.id) continue;
          for (const acl of subnet.acls) {
            const request = denied(acl, true, family, boxes(there, HTTPS));
            if (request) add(`if-req|${idOf(endpoint)}|${idOf(target)}|${idOf(request.entry)}`, subnet, { kind: 'interface-request', ...common, acl, entry: request.entry, addresses: request.addresses, endpointSubnet: target });
            const reply = denied(acl, false, family, boxes(there, REPLY_PORTS));
            if (reply) add(`if-rep|${idOf(endpoint)}|${idOf(target)}|${idOf(reply.entry)}`, subnet, { kind: 'interface-reply', ...common, acl, entry: reply.entry, addresses: reply.addresses, endpointSubnet: target });
          }
          if (here.isEmpty()) continue;
          for (const acl of target.acls) {
            const request = denied(acl, false, family, boxes(here, HTTPS));
            if (request) add(`if-ereq|${idOf(endpoint)}|${idOf(target)}|${idOf(request.entry)}`, subnet, { kind: 'interface-endpoint-request', ...common, acl, entry: request.entry, addresses: request.addresses, endpointSubnet: target });
            const reply = denied(acl, true, family, boxes(here, REPLY_PORTS));
            if (reply) add(`if-erep|${idOf(endpoint)}|${idOf(target)}|${idOf(reply.entry)}`, subnet, { kind: 'interface-endpoint-reply', ...common, acl, entry: reply.entry, addresses: reply.addresses, endpointSubnet: target });
          }
        }
        const everyTarget = endpointSubnets.reduce((all, target) => all.union(cidrSet(target, family)), IntervalSet.EMPTY);
        // The endpoint's own groups are the endpoint's, even when they might be on the WorkSpaces too.
        const groups = workspacesGroups(analysis, subnet)?.filter((group) => !endpoint.groupIds.includes(group.id));
        if (groups && groups.length > 0 && !everyTarget.isEmpty()) {
          const blocked = groupsDeny(analysis, groups, true, family, boxes(everyTarget, HTTPS), new Set(endpoint.groupIds));
          if (!blocked.isEmpty()) add(`if-sg|${idOf(endpoint)}|${family}|${subnet.vpcId ?? ''}`, subnet, { kind: 'interface-egress', ...common, groups, addresses: blocked });
        }
        if (groupsKnown && !here.isEmpty()) {
          const scope = analysis.groupsFor(subnet.vpcId);
          const peers: ReadonlySet<string> | 'any' = scope.how === 'none' || scope.missing.length > 0 ? 'any' : new Set([...scope.certain, ...scope.possible].map((group) => group.id));
          const blocked = groupsDeny(analysis, endpointGroups as SecurityGroup[], false, family, boxes(here, HTTPS), peers);
          if (!blocked.isEmpty()) add(`if-in|${idOf(endpoint)}|${family}`, subnet, { kind: 'interface-ingress', ...common, groups: endpointGroups as SecurityGroup[], addresses: blocked });
        }
      }
    }
  }

  const servedCache = new Map<string, GatewayServed>();
  return {
    gatewayUses,
    issues,
    served(acl, family) {
      const key = `${family}|${acl.id}|${acl.at.file}|${acl.at.path.join('/')}`;
      let served = servedCache.get(key);
      if (!served) {
        served = computeServed(analysis, acl, family);
        servedCache.set(key, served);
      }
      return served;
    },
  };
}

/**
 * The groups that may be on a subnet's WorkSpaces, when the inputs say: certain and possible ones
 * together (a rule of either may allow the traffic), none when some are missing from the inputs.
 */
function workspacesGroups(analysis: Analysis, subnet: SubnetView): SecurityGroup[] | undefined {
  const scope = analysis.groupsFor(subnet.vpcId);
  if (scope.how === 'none' || scope.missing.length > 0) return undefined;
  const groups = [...scope.certain, ...scope.possible];
  return groups.length > 0 && groups.every((group) => !group.incomplete) ? groups : undefined;
}

function computeServed(analysis: Analysis, acl: NetworkAcl, family: Family): GatewayServed {
  const users = analysis.path().subnets.filter((subnet) => subnet.acls.includes(acl));
  let addresses: IntervalSet | undefined;
  const routes: GatewayServed['routes'] = [];
  for (const subnet of users) {
    if (subnet.routeTables.length === 0) return { addresses: IntervalSet.EMPTY, routes: [] };
    for (const table of subnet.routeTables) {
      if (table.incomplete) return { addresses: IntervalSet.EMPTY, routes: [] };
      let sent = IntervalSet.EMPTY;
      for (const region of analysis.publicPartition(table, family, subnet.vpcId).regions) {
        const route = region.route;
        if (!route || route.blackhole || route.target.kind !== 'gateway-endpoint') continue;
        sent = sent.union(region.addresses);
        const known = routes.find((use) => use.route === route);
        if (known) known.addresses = known.addresses.union(region.addresses);
        else routes.push({ table, route, addresses: region.addresses });
      }
      addresses = addresses ? addresses.intersect(sent) : sent;
    }
  }
  return { addresses: addresses ?? IntervalSet.EMPTY, routes };
}
