/**
 * `aws ec2 describe-nat-gateways`: whether each `nat-…` is public (it reaches the internet
 * through its own subnet's route to an internet gateway) or private (it has no internet path of
 * its own), the subnet it lives in, and its private addresses.
 */
import * as z from 'zod';
import type { NatGateway } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One NAT gateway (API type `NatGateway`). */
export const NatGatewayShape = z.looseObject({
  NatGatewayId: z.string(),
  VpcId: z.string().optional(),
  SubnetId: z.string().optional(),
  /** `public` or `private`. */
  ConnectivityType: z.string().optional(),
  /** `pending`, `available`, `deleting`, `deleted`, `failed`. */
  State: z.string().optional(),
  /** Its addresses: a private one each, and an Elastic IP each on a public gateway (none while pending). */
  NatGatewayAddresses: z.array(z.looseObject({ PrivateIp: z.string().optional(), PublicIp: z.string().optional() })).optional(),
  Tags: z.array(Tag).optional(),
});

const CONNECTIVITY: ReadonlySet<string> = new Set(['public', 'private']);

export const natGateways = defineInputKind({
  kind: 'NatGateways',
  command: 'aws ec2 describe-nat-gateways --filter Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'NatGateways',
  singularKey: 'NatGateway',
  fileName: 'nat-gateways.json',
  label: { en: 'NAT gateways', ja: 'NAT ゲートウェイ' },
  page: 'validators/endpoints-and-gateways/',
  itemShape: NatGatewayShape,
  example: {
    CreateTime: '2026-04-01T02:13:44.000Z',
    NatGatewayAddresses: [{ NetworkInterfaceId: 'eni-0e1a2b3c4d5e6f701', PrivateIp: '10.20.9.17', IsPrimary: true, Status: 'succeeded' }],
    NatGatewayId: 'nat-0e1a2b3c4d5e6f701',
    State: 'available',
    SubnetId: 'subnet-0e1a2b3c4d5e6f709',
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    ConnectivityType: 'private',
  },
  detect: (value) => has(value, 'NatGatewayId') && hasAny(value, ['NatGatewayAddresses', 'ConnectivityType', 'SubnetId', 'State']) && !hasAny(value, ['RouteTableId', 'Routes', 'DestinationCidrBlock']),
  read(ctx, file, value, path) {
    const gateway = ctx.check(NatGatewayShape, value, file, path);
    if (!gateway) return;
    const at = { file, path: [...path, 'NatGatewayId'] };
    if (!ctx.firstDefinition(gateway.NatGatewayId, at, 'nat', value)) return;
    const result: NatGateway = { id: gateway.NatGatewayId, privateIps: [], at };
    if (gateway.VpcId !== undefined) result.vpcId = gateway.VpcId;
    if (gateway.SubnetId !== undefined) result.subnetId = gateway.SubnetId;
    if (gateway.State !== undefined) result.state = gateway.State;
    const connectivity = gateway.ConnectivityType;
    if (connectivity !== undefined) {
      // An unknown type is left unset: taken as possibly public, never as private.
      if (CONNECTIVITY.has(connectivity)) result.connectivity = connectivity as NonNullable<NatGateway['connectivity']>;
      else ctx.problem('input-value', 'natConnectivity', { file, path: [...path, 'ConnectivityType'] }, { actual: connectivity });
    }
    (gateway.NatGatewayAddresses ?? []).forEach((address, index) => {
      if (address.PrivateIp === undefined) return;
      const ip = ctx.addressAt(file, address.PrivateIp, [...path, 'NatGatewayAddresses', index], 'PrivateIp', 4, 'PrivateIp');
      if (ip !== undefined) result.privateIps.push(ip);
    });
    ctx.resources.natGateways.push(result);
  },
});
