/**
 * Next hops that one document cannot name exactly, resolved once every document is known.
 *
 * A route prints a gateway endpoint and a Gateway Load Balancer endpoint alike (`GatewayId:
 * "vpce-…"`). describe-vpc-endpoints settles it: `Gateway` is a gateway endpoint (private),
 * `GatewayLoadBalancer` a Gateway Load Balancer endpoint (an inspection hop whose way onward the
 * inputs do not show); any other type cannot be a route target, so such a route is reported and
 * its next hop stays unknown.
 *
 * Without that output only what AWS rules out is used:
 * - A CIDR destination: AWS adds a gateway endpoint's routes itself, always with the service's
 *   prefix list as destination, and CreateRoute reaches a `vpce-…` only through `VpcEndpointId`,
 *   "supported for Gateway Load Balancer endpoints only"
 *   (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html,
 *   https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html). So a CIDR route
 *   to a `vpce-…` is a Gateway Load Balancer endpoint.
 * - A prefix-list destination: nothing AWS documents stops a route with a prefix list as its
 *   destination from targeting a Gateway Load Balancer endpoint. CreateRoute takes
 *   `DestinationPrefixListId` with any one target; the VPC guide lets a subnet route table use
 *   a prefix list as the destination of a route to "a target" and forbids prefix lists only in
 *   gateway route tables (https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists-referencing.html);
 *   the route-priority page has prefix-list routes "to different targets"
 *   (https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html). Terraform's
 *   aws_route refuses `vpc_endpoint_id` with `destination_prefix_list_id`, but that is its own
 *   schema (hashicorp/terraform-provider-aws#18607; its similar refusal of IPv6 destinations was
 *   wrong, #29837). So such a route stays of unknown kind (`vpc-endpoint`): the part of the
 *   verdict it decides is unverified until describe-vpc-endpoints says which endpoint it is.
 */
import type { InputProblem } from '../input/read-context.ts';
import { routeDestination } from './describe.ts';
import type { Resources, Route, RouteTable, RouteTarget, VpcEndpoint } from '../model.ts';

/** The endpoint types AWS lets a route name, and the next-hop kind each one is. */
const ROUTABLE_TYPES: Readonly<Record<string, RouteTarget['kind']>> = { Gateway: 'gateway-endpoint', GatewayLoadBalancer: 'gateway-load-balancer-endpoint' };

/** The kind of endpoint a route to `vpce-…` reaches, or undefined when the inputs do not settle it. */
function endpointKind(route: Route, table: RouteTable, versions: readonly VpcEndpoint[] | undefined, problems: InputProblem[]): RouteTarget['kind'] | undefined {
  const prefixListDestination = route.destination.kind === 'prefix-list';
  if (!versions) return prefixListDestination ? undefined : 'gateway-load-balancer-endpoint';
  // A conflicting copy of the endpoint (already reported) with another type leaves it unknown.
  const types = [...new Set(versions.map((endpoint) => endpoint.type))];
  const [type] = types;
  if (types.length !== 1 || type === undefined) return undefined;
  const data = { id: route.target.id, type, destination: routeDestination(route), table: table.id };
  const at = { file: route.at.file, path: [...route.at.path, route.target.field] };
  const kind = Object.hasOwn(ROUTABLE_TYPES, type) ? ROUTABLE_TYPES[type] : undefined;
  if (!kind) {
    problems.push({ ruleId: 'input-conflict', report: { messageId: 'endpointType', at, data } });
    return undefined;
  }
  if (kind === 'gateway-endpoint' && !prefixListDestination) {
    problems.push({ ruleId: 'input-conflict', report: { messageId: 'gatewayEndpointCidr', at, data } });
    return undefined;
  }
  return kind;
}

/**
 * Gives every route to a `vpce-…` its endpoint kind (in place: the model is this validation's
 * own), reporting routes that name an endpoint AWS cannot route to. A route whose endpoint the
 * inputs do not settle keeps the kind `vpc-endpoint`: an unknown next hop.
 */
export function resolveRouteTargets(resources: Resources, problems: InputProblem[]): void {
  const endpoints = new Map<string, VpcEndpoint[]>();
  for (const endpoint of resources.vpcEndpoints) endpoints.set(endpoint.id, [...(endpoints.get(endpoint.id) ?? []), endpoint]);
  for (const table of resources.routeTables) {
    for (const route of table.routes) {
      const target = route.target;
      // `VpcEndpointId` (Gateway Load Balancer endpoints only) is checked against the document too.
      if (target.kind !== 'vpc-endpoint' && target.field !== 'VpcEndpointId') continue;
      const kind = endpointKind(route, table, endpoints.get(target.id), problems) ?? (target.field === 'VpcEndpointId' && !endpoints.has(target.id) ? target.kind : 'vpc-endpoint');
      if (kind !== target.kind) route.target = { ...target, kind };
    }
  }
}
