/** `aws ec2 describe-transit-gateway-attachments`: what each attachment of a transit gateway connects, and which of its route tables looks up its packets. */
import * as z from 'zod';
import type { TransitGatewayAttachment } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One attachment (API type `TransitGatewayAttachment`). */
export const TransitGatewayAttachmentShape = z.looseObject({
  TransitGatewayAttachmentId: z.string(),
  TransitGatewayId: z.string(),
  TransitGatewayOwnerId: z.string().optional(),
  ResourceOwnerId: z.string().optional(),
  /** `vpc`, `vpn`, `direct-connect-gateway`, `connect`, `peering`, `tgw-peering`, `network-function`. */
  ResourceType: z.string(),
  /** The VPC, VPN connection, Direct Connect gateway … the attachment connects. */
  ResourceId: z.string().optional(),
  /** `available`, `pending`, `deleting`, `deleted`, `failed`, … */
  State: z.string().optional(),
  /** The transit gateway route table that routes what arrives through this attachment. */
  Association: z
    .looseObject({
      TransitGatewayRouteTableId: z.string().optional(),
      /** `associating`, `associated`, `disassociating`, `disassociated`. */
      State: z.string().optional(),
    })
    .optional(),
  Tags: z.array(Tag).optional(),
});

export const transitGatewayAttachments = defineInputKind({
  kind: 'TransitGatewayAttachments',
  command: 'aws ec2 describe-transit-gateway-attachments --filters Name=transit-gateway-id,Values=<tgw-id> --output json',
  collectionKey: 'TransitGatewayAttachments',
  fileName: 'transit-gateway-attachments.json',
  label: { en: 'transit gateway attachments', ja: 'Transit Gateway アタッチメント' },
  page: 'validators/transit-gateways/',
  itemShape: TransitGatewayAttachmentShape,
  example: {
    TransitGatewayAttachmentId: 'tgw-attach-0e1a2b3c4d5e6f701',
    TransitGatewayId: 'tgw-0e1a2b3c4d5e6f701',
    TransitGatewayOwnerId: '123456789012',
    ResourceOwnerId: '123456789012',
    ResourceType: 'vpc',
    ResourceId: 'vpc-0e1a2b3c4d5e6f701',
    State: 'available',
    Association: { TransitGatewayRouteTableId: 'tgw-rtb-0e1a2b3c4d5e6f701', State: 'associated' },
    CreationTime: '2026-08-26T14:59:25.000Z',
    Tags: [{ Key: 'Name', Value: 'workspaces' }],
  },
  detect: (value) => has(value, 'TransitGatewayAttachmentId') && has(value, 'ResourceType') && !hasAny(value, ['SubnetIds', 'DestinationCidrBlock', 'TransitGatewayAttachments']),
  read(ctx, file, value, path) {
    const attachment = ctx.check(TransitGatewayAttachmentShape, value, file, path);
    if (!attachment) return;
    const at = { file, path: [...path, 'TransitGatewayAttachmentId'] };
    if (!ctx.firstDefinition(attachment.TransitGatewayAttachmentId, at, 'tgw-attach', value)) return;
    const association = attachment.Association;
    // A disassociated attachment is looked up in no table; one on its way in or out may still be.
    const associated = association?.TransitGatewayRouteTableId !== undefined && association.State !== 'disassociated';
    const result: TransitGatewayAttachment = {
      id: attachment.TransitGatewayAttachmentId,
      transitGatewayId: attachment.TransitGatewayId,
      resourceType: attachment.ResourceType,
      at,
      ...(attachment.ResourceId !== undefined ? { resourceId: attachment.ResourceId } : {}),
      ...(attachment.State !== undefined ? { state: attachment.State } : {}),
      ...(associated ? { associatedRouteTableId: { id: association.TransitGatewayRouteTableId as string, at: { file, path: [...path, 'Association', 'TransitGatewayRouteTableId'] } } } : {}),
    };
    ctx.resources.transitGatewayAttachments.push(result);
  },
});
