/**
 * `aws ec2 search-transit-gateway-routes`: the routes of one transit gateway route table. The
 * output does not repeat the table's id, so the command that prints it wraps it with `--query`
 * (`{TransitGatewayRouteTableId, Routes, AdditionalRoutesAvailable}`); a bare output is named by
 * its document (`tgw-rtb-….json`).
 */
import * as z from 'zod';
import type { TransitGatewayRoute, TransitGatewayRouteSet } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { has, hasAny, type Json, type ReadContext } from '../read-context.ts';
import { defineInputKind } from './define.ts';

/** One route of a transit gateway route table (API type `TransitGatewayRoute`). */
export const TransitGatewayRouteShape = z.looseObject({
  /** IPv4 or IPv6 destination. */
  DestinationCidrBlock: z.string().optional(),
  /** A prefix-list reference: one route per entry of the list. */
  PrefixListId: z.string().optional(),
  /** Where the route sends: one attachment, or several with equal-cost multipath. */
  TransitGatewayAttachments: z
    .array(
      z.looseObject({
        TransitGatewayAttachmentId: z.string().optional(),
        ResourceId: z.string().optional(),
        ResourceType: z.string().optional(),
      }),
    )
    .optional(),
  /** `static` or `propagated`. */
  Type: z.string().optional(),
  /** `active`, `blackhole` (drops what it matches), `pending`, `deleting`, `deleted`. */
  State: z.string().optional(),
});

/** A table id as it appears in a document name. */
const TABLE_ID = /\btgw-rtb-[0-9a-f]{8,17}\b/;

function readRoute(ctx: ReadContext, file: string, raw: unknown, path: JsonPath): TransitGatewayRoute | 'deleted' | undefined {
  const route = ctx.check(TransitGatewayRouteShape, raw, file, path);
  if (!route) return undefined;
  // A deleted route no longer routes anything; one being added or deleted may still do.
  if (route.State === 'deleted') return 'deleted';
  let destination: TransitGatewayRoute['destination'];
  if (route.DestinationCidrBlock !== undefined && route.PrefixListId === undefined) {
    const cidr = ctx.cidrAt(file, route.DestinationCidrBlock, path, 'DestinationCidrBlock');
    if (!cidr) return undefined;
    destination = { kind: 'cidr', cidr };
  } else if (route.PrefixListId !== undefined && route.DestinationCidrBlock === undefined) {
    destination = { kind: 'prefix-list', id: route.PrefixListId };
  } else {
    const fields = ['DestinationCidrBlock', 'PrefixListId'].filter((key) => has(route as Json, key));
    ctx.problem('input-field', fields.length === 0 ? 'routeNoDestination' : 'routeManyDestinations', { file, path }, { fields: fields.join(', ') });
    return undefined;
  }
  const attachments = (route.TransitGatewayAttachments ?? []).flatMap((attachment) =>
    attachment.TransitGatewayAttachmentId !== undefined
      ? [{ id: attachment.TransitGatewayAttachmentId, ...(attachment.ResourceType !== undefined ? { resourceType: attachment.ResourceType } : {}), ...(attachment.ResourceId !== undefined ? { resourceId: attachment.ResourceId } : {}) }]
      : [],
  );
  const blackhole = route.State === 'blackhole';
  if (!blackhole && attachments.length === 0) {
    ctx.problem('input-field', 'routeNoTarget', { file, path });
    return undefined;
  }
  return { destination, type: route.Type === 'propagated' ? 'propagated' : 'static', blackhole, attachments, at: { file, path } };
}

/** Reads the routes of one table: its id comes from the wrapper (`TransitGatewayRouteTableId`) or the document name. */
function readRouteSet(ctx: ReadContext, file: string, items: readonly unknown[], path: JsonPath, parent: Json, itemPath: (index: number) => JsonPath): void {
  const explicit = typeof parent.TransitGatewayRouteTableId === 'string' ? parent.TransitGatewayRouteTableId : undefined;
  const tableId = explicit ?? TABLE_ID.exec(file)?.[0];
  if (!tableId) {
    ctx.problem('input-document', 'transitGatewayRouteTableId', { file, path });
    return;
  }
  const at = { file, path: explicit ? ['TransitGatewayRouteTableId'] : path };
  if (!ctx.firstDefinition(tableId, at, 'tgw-routes', { routes: items, more: parent.AdditionalRoutesAvailable === true })) return;
  const result: TransitGatewayRouteSet = { tableId, routes: [], incomplete: parent.AdditionalRoutesAvailable === true, at };
  items.forEach((raw, index) => {
    const route = readRoute(ctx, file, raw, itemPath(index));
    if (route === undefined) result.incomplete = true;
    else if (route !== 'deleted') result.routes.push(route);
  });
  ctx.resources.transitGatewayRouteSets.push(result);
}

export const transitGatewayRoutes = defineInputKind({
  kind: 'TransitGatewayRoutes',
  command:
    "aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id <tgw-rtb-id> --filters Name=state,Values=active,blackhole --query '{TransitGatewayRouteTableId: `<tgw-rtb-id>`, Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable}' --output json",
  collectionKey: 'Routes',
  fileName: 'transit-gateway-routes.json',
  label: { en: 'transit gateway routes', ja: 'Transit Gateway のルート' },
  page: 'validators/transit-gateways/',
  note: {
    en: 'The output does not name its route table: the command wraps it with `--query` so that `TransitGatewayRouteTableId` stands next to `Routes`; or name the document after the table (`tgw-rtb-….json`). `AdditionalRoutesAvailable: true` means the table was cut short, and paths through it stay unverified.',
    ja: '出力にはルートテーブルの ID が含まれないため、コマンドの `--query` で `Routes` の隣に `TransitGatewayRouteTableId` を加えています。あるいはドキュメント名をテーブル ID (`tgw-rtb-….json`) にします。`AdditionalRoutesAvailable: true` は出力が途中までであることを示し、そのテーブルを通る経路は未確認のままになります。',
  },
  itemShape: TransitGatewayRouteShape,
  example: {
    DestinationCidrBlock: '0.0.0.0/0',
    TransitGatewayAttachments: [{ ResourceId: 'vpc-0e1a2b3c4d5e6f702', TransitGatewayAttachmentId: 'tgw-attach-0e1a2b3c4d5e6f702', ResourceType: 'vpc' }],
    Type: 'static',
    State: 'active',
  },
  outputFields: { TransitGatewayRouteTableId: z.string().optional(), AdditionalRoutesAvailable: z.boolean().optional() },
  detect: (value) =>
    hasAny(value, ['DestinationCidrBlock', 'PrefixListId']) && hasAny(value, ['TransitGatewayAttachments', 'Type']) && !hasAny(value, ['GatewayId', 'NatGatewayId', 'TransitGatewayId', 'Origin', 'RouteTableId', 'Cidr']),
  // A single route is a table of one, named by the document.
  read: (ctx, file, value, path) => readRouteSet(ctx, file, [value], path, {}, () => path),
  readCollection: (ctx, file, items, path, parent) => readRouteSet(ctx, file, items, path, parent, (index) => [...path, index]),
});
