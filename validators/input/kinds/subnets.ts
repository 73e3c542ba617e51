/** `aws ec2 describe-subnets`: every subnet of the VPC, its CIDRs and its VPC. */
import * as z from 'zod';
import type { Cidr } from '../../net/address.ts';
import type { Subnet } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { readBpaMode } from './block-public-access.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One subnet (API type `Subnet`). */
export const SubnetShape = z.looseObject({
  SubnetId: z.string(),
  VpcId: z.string().optional(),
  CidrBlock: z.string().optional(),
  Ipv6CidrBlockAssociationSet: z.array(z.looseObject({ Ipv6CidrBlock: z.string() })).optional(),
  AvailabilityZone: z.string().optional(),
  MapPublicIpOnLaunch: z.boolean().optional(),
  /** The VPC Block Public Access mode in effect for the subnet. */
  BlockPublicAccessStates: z.looseObject({ InternetGatewayBlockMode: z.string().optional() }).optional(),
  Tags: z.array(Tag).optional(),
});

export const subnets = defineInputKind({
  kind: 'Subnets',
  command: 'aws ec2 describe-subnets --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'Subnets',
  singularKey: 'Subnet',
  fileName: 'subnets.json',
  label: { en: 'subnets', ja: 'サブネット' },
  page: 'validators/route-tables/',
  itemShape: SubnetShape,
  example: {
    AvailabilityZone: 'ap-northeast-1a',
    AvailabilityZoneId: 'apne1-az4',
    AvailableIpAddressCount: 251,
    CidrBlock: '10.20.1.0/24',
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: 'subnet-0e1a2b3c4d5e6f701',
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
    Ipv6CidrBlockAssociationSet: [],
  },
  detect: (value) => has(value, 'SubnetId') && hasAny(value, ['CidrBlock', 'AvailabilityZone', 'Ipv6CidrBlockAssociationSet', 'AvailableIpAddressCount']) && !hasAny(value, ['RouteTableId', 'NetworkAclId', 'GroupId', 'NetworkInterfaceId']),
  read(ctx, file, value, path) {
    const subnet = ctx.check(SubnetShape, value, file, path);
    if (!subnet) return;
    const at = { file, path: [...path, 'SubnetId'] };
    if (!ctx.firstDefinition(subnet.SubnetId, at, 'subnet', value)) return;
    const cidrs: Cidr[] = [];
    if (subnet.CidrBlock !== undefined) {
      const block = ctx.cidrAt(file, subnet.CidrBlock, path, 'CidrBlock', 4);
      if (block) cidrs.push(block);
    }
    (subnet.Ipv6CidrBlockAssociationSet ?? []).forEach((association, index) => {
      const block = ctx.cidrAt(file, association.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', index], 'Ipv6CidrBlock', 6);
      if (block) cidrs.push(block);
    });
    const result: Subnet = { id: subnet.SubnetId, cidrs, at, ...(subnet.VpcId ? { vpcId: subnet.VpcId } : {}) };
    if (subnet.AvailabilityZone !== undefined) result.availabilityZone = subnet.AvailabilityZone;
    if (subnet.MapPublicIpOnLaunch !== undefined) result.mapPublicIp = subnet.MapPublicIpOnLaunch;
    const states = subnet.BlockPublicAccessStates;
    if (states && Object.hasOwn(states, 'InternetGatewayBlockMode')) {
      const mode = readBpaMode(ctx, file, states.InternetGatewayBlockMode, [...path, 'BlockPublicAccessStates'], 'InternetGatewayBlockMode');
      if (mode) result.bpaMode = mode;
    }
    ctx.resources.subnets.push(result);
  },
});
