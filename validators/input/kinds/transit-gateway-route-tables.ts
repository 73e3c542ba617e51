/** `aws ec2 describe-transit-gateway-route-tables`: the route tables of a transit gateway (their routes come from search-transit-gateway-routes). */
import * as z from 'zod';
import type { TransitGatewayRouteTable } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One transit gateway route table (API type `TransitGatewayRouteTable`). */
export const TransitGatewayRouteTableShape = z.looseObject({
  TransitGatewayRouteTableId: z.string(),
  TransitGatewayId: z.string(),
  State: z.string().optional(),
  /** New attachments are associated with this table. */
  DefaultAssociationRouteTable: z.boolean().optional(),
  /** New attachments propagate their routes into this table. */
  DefaultPropagationRouteTable: z.boolean().optional(),
  Tags: z.array(Tag).optional(),
});

export const transitGatewayRouteTables = defineInputKind({
  kind: 'TransitGatewayRouteTables',
  command: 'aws ec2 describe-transit-gateway-route-tables --filters Name=transit-gateway-id,Values=<tgw-id> --output json',
  collectionKey: 'TransitGatewayRouteTables',
  singularKey: 'TransitGatewayRouteTable',
  fileName: 'transit-gateway-route-tables.json',
  label: { en: 'transit gateway route tables', ja: 'Transit Gateway ルートテーブル' },
  page: 'validators/transit-gateways/',
  itemShape: TransitGatewayRouteTableShape,
  example: {
    TransitGatewayRouteTableId: 'tgw-rtb-0e1a2b3c4d5e6f701',
    TransitGatewayId: 'tgw-0e1a2b3c4d5e6f701',
    State: 'available',
    DefaultAssociationRouteTable: true,
    DefaultPropagationRouteTable: true,
    CreationTime: '2026-08-26T14:24:49.000Z',
    Tags: [],
  },
  detect: (value) => has(value, 'TransitGatewayRouteTableId') && has(value, 'TransitGatewayId') && !hasAny(value, ['Routes', 'TransitGatewayAttachmentId', 'RouteTableId']),
  read(ctx, file, value, path) {
    const table = ctx.check(TransitGatewayRouteTableShape, value, file, path);
    if (!table) return;
    const at = { file, path: [...path, 'TransitGatewayRouteTableId'] };
    if (!ctx.firstDefinition(table.TransitGatewayRouteTableId, at, 'tgw-rtb', value)) return;
    const result: TransitGatewayRouteTable = {
      id: table.TransitGatewayRouteTableId,
      transitGatewayId: table.TransitGatewayId,
      at,
      ...(table.DefaultAssociationRouteTable !== undefined ? { defaultAssociation: table.DefaultAssociationRouteTable } : {}),
      ...(table.DefaultPropagationRouteTable !== undefined ? { defaultPropagation: table.DefaultPropagationRouteTable } : {}),
      ...(table.State !== undefined ? { state: table.State } : {}),
    };
    ctx.resources.transitGatewayRouteTables.push(result);
  },
});
