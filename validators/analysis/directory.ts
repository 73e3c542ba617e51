/**
 * Directory flows: from each WorkSpaces subnet to each directory controller, for every port
 * the directory needs, does a route exist, do the network ACLs pass the request and its
 * stateless reply (on the WorkSpaces subnet and, when given, on the controller's subnet), and do
 * the WorkSpaces' security groups allow it out?
 */
import type { Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { examplePacket, TCP, UDP, type Packet, type TrafficBox } from '../net/traffic.ts';
import { DIRECTORY_FLOWS, type DirectoryFlow } from '../requirements/ports.ts';
import type { AclEntry, NetworkAcl, Route } from '../model.ts';
import type { Analysis, Controller, SubnetView } from './analysis.ts';
import { decide, orderedEntries } from './nacl.ts';
import { partitionByRoute } from './routes.ts';
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

export interface DirectoryIssue {
  kind: DirectoryIssueKind;
  subnet: SubnetView;
  controller: Controller;
  flow: DirectoryFlow;
  /** A packet of the blocked traffic (the reply, for reply issues). */
  packet: Packet;
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

const protocolOf = (flow: DirectoryFlow) => (flow.protocol === 'tcp' ? TCP : UDP);

function blockedBy(acl: NetworkAcl, egress: boolean, family: Family, query: TrafficBox[]): { entry: AclEntry; box: TrafficBox } | undefined {
  if (acl.incomplete) return undefined;
  const deny = decide(orderedEntries(acl, egress, family), query).find((decision) => decision.entry.action === 'deny');
  return deny ? { entry: deny.entry, box: deny.box } : undefined;
}

/** The subnet view whose CIDRs hold every address of `block`. */
function subnetHolding(analysis: Analysis, family: Family, first: bigint, last: bigint): SubnetView | undefined {
  return analysis.subnets.find((view) => view.cidrs.some((cidr) => cidr.family === family && cidr.first <= first && cidr.last >= last));
}

export function analyseDirectory(analysis: Analysis): DirectoryAnalysis {
  const issues: DirectoryIssue[] = [];
  let checked = 0;
  const subnets = analysis.path().subnets;
  for (const subnet of subnets) {
    for (const controller of analysis.context.controllers) {
      checked++;
      const family = controller.cidr.family;
      const dcAddresses: TrafficBox['addresses'] = [controller.cidr.first, controller.cidr.last];
      const controllerSubnet = subnetHolding(analysis, family, controller.cidr.first, controller.cidr.last);
      const sameSubnet = controllerSubnet?.id === subnet.id;
      const push = (kind: DirectoryIssueKind, flow: DirectoryFlow, box: TrafficBox, extra: Partial<DirectoryIssue> = {}) =>
        issues.push({ kind, subnet, controller, flow, family, packet: examplePacket(box), ...(controllerSubnet ? { controllerSubnet } : {}), ...extra });

      // Route: the controller must be reachable through some forwarding route.
      let routeOk = true;
      if (subnet.routeTable && !sameSubnet) {
        const partition = partitionByRoute(subnet.routeTable, family, IntervalSet.range(controller.cidr.first, controller.cidr.last), analysis.prefixLists);
        const dead = partition.regions.find((region) => !region.route || region.route.blackhole);
        if (dead) {
          routeOk = false;
          const flow = DIRECTORY_FLOWS[0] as DirectoryFlow;
          const first = dead.addresses.min() ?? controller.cidr.first;
          push('no-route', flow, { protocols: [TCP, TCP], details: [flow.from, flow.from], addresses: [first, first] }, dead.route ? { route: dead.route } : {});
        }
      }
      if (!routeOk) continue;

      for (const flow of DIRECTORY_FLOWS) {
        const protocol = protocolOf(flow);
        const request: TrafficBox = { protocols: [protocol, protocol], details: [flow.from, flow.to], addresses: dcAddresses };
        const reply: TrafficBox = { protocols: [protocol, protocol], details: [flow.returnPorts[0], flow.returnPorts[1]], addresses: dcAddresses };
        // NACLs do not see traffic inside one subnet.
        if (subnet.acl && !sameSubnet) {
          const out = blockedBy(subnet.acl, true, family, [request]);
          if (out) push('acl-request', flow, out.box, { entry: out.entry, acl: subnet.acl });
          const back = blockedBy(subnet.acl, false, family, [reply]);
          if (back) push('acl-reply', flow, back.box, { entry: back.entry, acl: subnet.acl });
        }
        const dcAcl = controllerSubnet?.acl;
        if (dcAcl && !sameSubnet && controllerSubnet && dcAcl !== undefined) {
          for (const cidr of subnet.cidrs.filter((block) => block.family === family)) {
            const inbound: TrafficBox = { protocols: [protocol, protocol], details: [flow.from, flow.to], addresses: [cidr.first, cidr.last] };
            const outbound: TrafficBox = { protocols: [protocol, protocol], details: [flow.returnPorts[0], flow.returnPorts[1]], addresses: [cidr.first, cidr.last] };
            const inDenied = blockedBy(dcAcl, false, family, [inbound]);
            if (inDenied) push('controller-acl-request', flow, inDenied.box, { entry: inDenied.entry, acl: dcAcl });
            const outDenied = blockedBy(dcAcl, true, family, [outbound]);
            if (outDenied) push('controller-acl-reply', flow, outDenied.box, { entry: outDenied.entry, acl: dcAcl });
          }
        }
        const groups = analysis.workspacesGroups;
        if (groups.length > 0) {
          const evaluation = evaluateGroups(groups, true, family, [request], analysis.prefixLists, 'maybe');
          const denied = evaluation.denied[0];
          if (denied) push('sg-egress', flow, denied);
          else if (evaluation.maybe[0]) push('sg-egress-unresolved', flow, evaluation.maybe[0].box);
        }
      }
    }
  }
  return { issues, checked };
}
