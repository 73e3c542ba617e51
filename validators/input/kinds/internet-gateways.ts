/** `aws ec2 describe-internet-gateways`: which VPC each `igw-…` is attached to (a detached gateway forwards nothing). */
import * as z from 'zod';
import type { InternetGateway } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One internet gateway (API type `InternetGateway`). */
export const InternetGatewayShape = z.looseObject({
  InternetGatewayId: z.string(),
  /** One per VPC it is attached to; `State` is `available` once attached. */
  Attachments: z.array(z.looseObject({ VpcId: z.string(), State: z.string().optional() })).optional(),
  OwnerId: z.string().optional(),
  Tags: z.array(Tag).optional(),
});

/**
 * Attachment states that attach the gateway: AWS prints `available` for an attached internet
 * gateway (`attached` is the API's other name for it). An attachment printed without a state is
 * kept too: what is listed may forward, and a false "detached" could hide an exit.
 */
const ATTACHED: ReadonlySet<string> = new Set(['available', 'attached']);

export const internetGateways = defineInputKind({
  kind: 'InternetGateways',
  command: 'aws ec2 describe-internet-gateways --filters Name=attachment.vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'InternetGateways',
  singularKey: 'InternetGateway',
  fileName: 'internet-gateways.json',
  label: { en: 'internet gateways', ja: 'インターネットゲートウェイ' },
  page: 'validators/endpoints-and-gateways/',
  note: {
    en: 'The filter lists the gateways attached to the VPC; leave it out to see detached ones too.',
    ja: 'このフィルターは VPC にアタッチされたゲートウェイを出力します。デタッチされたものも見るにはフィルターを外します。',
  },
  itemShape: InternetGatewayShape,
  example: {
    Attachments: [{ State: 'available', VpcId: 'vpc-0e1a2b3c4d5e6f701' }],
    InternetGatewayId: 'igw-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
    Tags: [{ Key: 'Name', Value: 'shared-services' }],
  },
  detect: (value) => has(value, 'InternetGatewayId') && !hasAny(value, ['RouteTableId', 'Routes', 'NatGatewayId', 'VpcEndpointId']),
  read(ctx, file, value, path) {
    const gateway = ctx.check(InternetGatewayShape, value, file, path);
    if (!gateway) return;
    const at = { file, path: [...path, 'InternetGatewayId'] };
    if (!ctx.firstDefinition(gateway.InternetGatewayId, at, 'igw', value)) return;
    const result: InternetGateway = { id: gateway.InternetGatewayId, attachments: [], at };
    (gateway.Attachments ?? []).forEach((attachment, index) => {
      if (attachment.State !== undefined && !ATTACHED.has(attachment.State.toLowerCase())) return;
      result.attachments.push({ vpcId: attachment.VpcId, at: { file, path: [...path, 'Attachments', index, 'VpcId'] } });
    });
    ctx.resources.internetGateways.push(result);
  },
});
