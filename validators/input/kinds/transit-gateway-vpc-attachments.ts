/** `aws ec2 describe-transit-gateway-vpc-attachments`: the subnets where a transit gateway's interfaces sit in each attached VPC. */
import * as z from 'zod';
import type { TransitGatewayVpcAttachment } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One VPC attachment (API type `TransitGatewayVpcAttachment`). */
export const TransitGatewayVpcAttachmentShape = z.looseObject({
  TransitGatewayAttachmentId: z.string(),
  TransitGatewayId: z.string(),
  VpcId: z.string(),
  VpcOwnerId: z.string().optional(),
  State: z.string().optional(),
  /** One subnet per Availability Zone: the transit gateway's network interfaces, through which packets enter and leave the VPC. */
  SubnetIds: z.array(z.string()),
  Options: z
    .looseObject({
      DnsSupport: z.string().optional(),
      Ipv6Support: z.string().optional(),
      /** `enable`: the transit gateway keeps both directions of a flow on one interface, whatever zone it came from. */
      ApplianceModeSupport: z.string().optional(),
    })
    .optional(),
  Tags: z.array(Tag).optional(),
});

export const transitGatewayVpcAttachments = defineInputKind({
  kind: 'TransitGatewayVpcAttachments',
  command: 'aws ec2 describe-transit-gateway-vpc-attachments --filters Name=transit-gateway-id,Values=<tgw-id> --output json',
  collectionKey: 'TransitGatewayVpcAttachments',
  singularKey: 'TransitGatewayVpcAttachment',
  fileName: 'transit-gateway-vpc-attachments.json',
  label: { en: 'transit gateway VPC attachments', ja: 'Transit Gateway の VPC アタッチメント' },
  page: 'validators/transit-gateways/',
  itemShape: TransitGatewayVpcAttachmentShape,
  example: {
    TransitGatewayAttachmentId: 'tgw-attach-0e1a2b3c4d5e6f701',
    TransitGatewayId: 'tgw-0e1a2b3c4d5e6f701',
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    VpcOwnerId: '123456789012',
    State: 'available',
    SubnetIds: ['subnet-0e1a2b3c4d5e6f701', 'subnet-0e1a2b3c4d5e6f702'],
    CreationTime: '2026-08-26T14:59:25.000Z',
    Options: { DnsSupport: 'enable', Ipv6Support: 'disable', ApplianceModeSupport: 'disable' },
    Tags: [{ Key: 'Name', Value: 'workspaces' }],
  },
  detect: (value) => has(value, 'TransitGatewayAttachmentId') && has(value, 'SubnetIds') && has(value, 'VpcId') && !hasAny(value, ['ResourceType', 'SubnetId', 'RouteTableId', 'NetworkAclId']),
  read(ctx, file, value, path) {
    const attachment = ctx.check(TransitGatewayVpcAttachmentShape, value, file, path);
    if (!attachment) return;
    const at = { file, path: [...path, 'TransitGatewayAttachmentId'] };
    if (!ctx.firstDefinition(attachment.TransitGatewayAttachmentId, at, 'tgw-vpc-attach', value)) return;
    const appliance = attachment.Options?.ApplianceModeSupport;
    const result: TransitGatewayVpcAttachment = {
      id: attachment.TransitGatewayAttachmentId,
      transitGatewayId: attachment.TransitGatewayId,
      vpcId: attachment.VpcId,
      subnetIds: attachment.SubnetIds.map((id, index) => ({ id, at: { file, path: [...path, 'SubnetIds', index] } })),
      at,
      ...(attachment.State !== undefined ? { state: attachment.State } : {}),
      ...(appliance !== undefined ? { applianceMode: appliance === 'enable' } : {}),
    };
    ctx.resources.transitGatewayVpcAttachments.push(result);
  },
});
