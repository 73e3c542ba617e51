/** `aws ec2 describe-route-tables`: routes and which subnets use them. */
import * as z from 'zod';
import type { Route, RouteTable, RouteTarget } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { has, hasAny, type Json, type ReadContext } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One route of a route table (API type `Route`). */
export const RouteShape = z.looseObject({
  /** IPv4 destination. */
  DestinationCidrBlock: z.string().optional(),
  /** IPv6 destination. */
  DestinationIpv6CidrBlock: z.string().optional(),
  /** Prefix-list destination (gateway endpoints, customer-managed lists). */
  DestinationPrefixListId: z.string().optional(),
  /** `local`, `igw-…`, `vgw-…`, or `vpce-…` for gateway and Gateway Load Balancer endpoints. */
  GatewayId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  TransitGatewayId: z.string().optional(),
  VpcPeeringConnectionId: z.string().optional(),
  NetworkInterfaceId: z.string().optional(),
  InstanceId: z.string().optional(),
  InstanceOwnerId: z.string().optional(),
  EgressOnlyInternetGatewayId: z.string().optional(),
  CarrierGatewayId: z.string().optional(),
  LocalGatewayId: z.string().optional(),
  CoreNetworkArn: z.string().optional(),
  OdbNetworkArn: z.string().optional(),
  /** `CreateRouteTable` (local), `CreateRoute` (static) or `EnableVgwRoutePropagation`. */
  Origin: z.string().optional(),
  /** `active` or `blackhole` (the target is gone; the route drops traffic). */
  State: z.string().optional(),
});

/** A route table association (subnet, gateway edge, or the main marker). */
export const RouteTableAssociationShape = z.looseObject({
  /** True on the association that makes this the VPC's main table (it has no SubnetId). */
  Main: z.boolean().optional(),
  RouteTableAssociationId: z.string().optional(),
  RouteTableId: z.string().optional(),
  /** Absent for the main association: implicit subnets are not listed. */
  SubnetId: z.string().optional(),
  /** Edge association with an internet or virtual private gateway. */
  GatewayId: z.string().optional(),
  AssociationState: z.looseObject({ State: z.string().optional(), StatusMessage: z.string().optional() }).optional(),
});

/** One route table (API type `RouteTable`). */
export const RouteTableShape = z.looseObject({
  RouteTableId: z.string(),
  VpcId: z.string().optional(),
  OwnerId: z.string().optional(),
  Associations: z.array(RouteTableAssociationShape).optional(),
  /** Virtual private gateways whose routes propagate into this table. */
  PropagatingVgws: z.array(z.looseObject({ GatewayId: z.string() })).optional(),
  Routes: z.array(RouteShape).optional(),
  Tags: z.array(Tag).optional(),
});

// Routes are read one by one, so one bad route does not hide the rest.
const ShallowRouteTable = RouteTableShape.extend({ Routes: z.array(z.unknown()).optional() });

/** The destination fields of a route, exactly one of which must be present. */
const DESTINATION_FIELDS = ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId'] as const;

/** Target fields other than GatewayId, in the order they are tried. */
const TARGET_FIELDS: readonly (readonly [string, RouteTarget['kind']])[] = [
  ['NatGatewayId', 'nat-gateway'],
  ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['CarrierGatewayId', 'carrier-gateway'],
  ['TransitGatewayId', 'transit-gateway'],
  ['VpcPeeringConnectionId', 'peering-connection'],
  ['LocalGatewayId', 'local-gateway'],
  ['CoreNetworkArn', 'core-network'],
  ['OdbNetworkArn', 'odb-network'],
  ['NetworkInterfaceId', 'network-interface'],
  ['InstanceId', 'instance'],
  ['VpcEndpointId', 'gateway-load-balancer-endpoint'],
];

/** Every field a route can name its next hop in, in the order they are read. */
export const ROUTE_TARGET_FIELDS: readonly string[] = ['GatewayId', ...TARGET_FIELDS.map(([field]) => field)];

/** The next hop of a route, from whichever target field it has; what kind of endpoint a `vpce-…` is, the analysis decides. */
export function routeTarget(route: Record<string, unknown>): RouteTarget | undefined {
  const gateway = route.GatewayId;
  if (typeof gateway === 'string') {
    if (gateway === 'local') return { kind: 'local', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('igw-')) return { kind: 'internet-gateway', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('vgw-')) return { kind: 'virtual-private-gateway', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('vpce-')) return { kind: 'vpc-endpoint', id: gateway, field: 'GatewayId' };
    return { kind: 'unknown', id: gateway, field: 'GatewayId' };
  }
  for (const [field, kind] of TARGET_FIELDS) {
    const id = route[field];
    if (typeof id === 'string') return { kind, id, field };
  }
  return undefined;
}

/** Route origins whose routes come from a router elsewhere: VGW propagation and VPC Route Server. */
export const DYNAMIC_ORIGINS: ReadonlySet<string> = new Set(['EnableVgwRoutePropagation', 'Advertisement']);

function readRoute(ctx: ReadContext, file: string, tableId: string, raw: unknown, path: JsonPath, index: number): Route | undefined {
  const route = ctx.check(RouteShape, raw, file, path);
  if (!route) return undefined;
  const destinations = DESTINATION_FIELDS.filter((key) => route[key] !== undefined);
  const [destinationKey] = destinations;
  if (destinations.length !== 1 || destinationKey === undefined) {
    ctx.problem('input-field', destinations.length === 0 ? 'routeNoDestination' : 'routeManyDestinations', { file, path }, { fields: destinations.join(', ') });
    return undefined;
  }
  let destination: Route['destination'];
  if (destinationKey === 'DestinationPrefixListId') {
    destination = { kind: 'prefix-list', id: route.DestinationPrefixListId as string };
  } else {
    const parsed = ctx.cidrAt(file, route[destinationKey], path, destinationKey, destinationKey === 'DestinationCidrBlock' ? 4 : 6);
    if (!parsed) return undefined;
    destination = { kind: 'cidr', cidr: parsed };
  }
  const target = routeTarget(route);
  if (!target) {
    ctx.problem('input-field', 'routeNoTarget', { file, path });
    return undefined;
  }
  const state = route.State ?? 'active';
  return {
    tableId,
    index,
    destination,
    target,
    blackhole: state === 'blackhole',
    // AWS does not document what "filtered" (VPC Route Server) does to forwarding: keep it forwarding, and say so.
    filtered: state === 'filtered',
    origin: route.Origin !== undefined && DYNAMIC_ORIGINS.has(route.Origin) ? 'propagated' : 'static',
    ...(route.Origin !== undefined ? { originText: route.Origin } : {}),
    at: { file, path },
  };
}

export const routeTables = defineInputKind({
  kind: 'RouteTables',
  command: 'aws ec2 describe-route-tables --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'RouteTables',
  singularKey: 'RouteTable',
  fileName: 'route-tables.json',
  label: { en: 'route tables', ja: 'ルートテーブル' },
  page: 'validators/route-tables/',
  itemShape: RouteTableShape,
  example: {
    Associations: [{ Main: false, RouteTableAssociationId: 'rtbassoc-0e1a2b3c4d5e6f701', RouteTableId: 'rtb-0e1a2b3c4d5e6f701', SubnetId: 'subnet-0e1a2b3c4d5e6f701', AssociationState: { State: 'associated' } }],
    PropagatingVgws: [],
    RouteTableId: 'rtb-0e1a2b3c4d5e6f701',
    Routes: [{ DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }],
    Tags: [{ Key: 'Name', Value: 'workspaces' }],
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
  },
  detect: (value) => has(value, 'RouteTableId') && hasAny(value, ['Routes', 'Associations', 'PropagatingVgws']) && !has(value, 'NetworkAclId'),
  read(ctx, file, value: Json, path) {
    const table = ctx.check(ShallowRouteTable, value, file, path);
    if (!table) return;
    const at = { file, path: [...path, 'RouteTableId'] };
    if (!ctx.firstDefinition(table.RouteTableId, at, 'rtb', value)) return;
    const result: RouteTable = { id: table.RouteTableId, main: false, subnets: [], routes: [], propagatingVgws: [], incomplete: false, at, ...(table.VpcId ? { vpcId: table.VpcId } : {}) };
    (table.Associations ?? []).forEach((association, index) => {
      const state = association.AssociationState?.State;
      if (state === 'disassociated' || state === 'failed') return;
      if (association.Main) result.main = true;
      if (association.SubnetId) result.subnets.push({ id: association.SubnetId, at: { file, path: [...path, 'Associations', index, 'SubnetId'] } });
    });
    (table.PropagatingVgws ?? []).forEach((vgw, index) => result.propagatingVgws.push({ id: vgw.GatewayId, at: { file, path: [...path, 'PropagatingVgws', index, 'GatewayId'] } }));
    const routes = Array.isArray(value.Routes) ? value.Routes : [];
    routes.forEach((raw, index) => {
      const route = readRoute(ctx, file, table.RouteTableId, raw, [...path, 'Routes', index], index);
      if (route) result.routes.push(route);
      else result.incomplete = true;
    });
    ctx.resources.routeTables.push(result);
  },
});
