/**
 * Next hops that one document cannot name exactly, resolved once every document is known. A
 * route prints a gateway endpoint and a Gateway Load Balancer endpoint alike (`GatewayId:
 * "vpce-…"`); AWS adds gateway-endpoint routes with the service's prefix list as destination,
 * while GWLB endpoint routes that users create name a CIDR.
 */
import type { Resources, RouteTarget } from '../model.ts';

/** Gives every route whose target is a `vpce-…` of untold type its endpoint kind (in place: the model is this validation's own). */
export function resolveRouteTargets(resources: Resources): void {
  for (const table of resources.routeTables) {
    for (const route of table.routes) {
      if (route.target.kind !== 'vpc-endpoint') continue;
      const kind: RouteTarget['kind'] = route.destination.kind === 'prefix-list' ? 'gateway-endpoint' : 'gateway-load-balancer-endpoint';
      route.target = { ...route.target, kind };
    }
  }
}
