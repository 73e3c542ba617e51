/** `aws ec2 describe-vpcs`: each VPC's own address ranges (never public space for its subnets). */
import * as z from 'zod';
import type { Family } from '../../net/address.ts';
import type { Vpc } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { has, hasAny } from '../read-context.ts';
import { readBpaMode } from './block-public-access.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One VPC (API type `Vpc`). */
export const VpcShape = z.looseObject({
  VpcId: z.string(),
  CidrBlock: z.string().optional(),
  CidrBlockAssociationSet: z.array(z.looseObject({ CidrBlock: z.string() })).optional(),
  Ipv6CidrBlockAssociationSet: z.array(z.looseObject({ Ipv6CidrBlock: z.string() })).optional(),
  IsDefault: z.boolean().optional(),
  /** The VPC Block Public Access mode in effect for the VPC. */
  BlockPublicAccessStates: z.looseObject({ InternetGatewayBlockMode: z.string().optional() }).optional(),
  Tags: z.array(Tag).optional(),
});

export const vpcs = defineInputKind({
  kind: 'Vpcs',
  command: 'aws ec2 describe-vpcs --vpc-ids <vpc-id> --output json',
  collectionKey: 'Vpcs',
  singularKey: 'Vpc',
  fileName: 'vpcs.json',
  label: { en: 'VPCs', ja: 'VPC' },
  page: 'validators/route-tables/',
  itemShape: VpcShape,
  example: {
    CidrBlock: '10.20.0.0/16',
    DhcpOptionsId: 'dopt-0e1a2b3c4d5e6f701',
    State: 'available',
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
    InstanceTenancy: 'default',
    CidrBlockAssociationSet: [{ AssociationId: 'vpc-cidr-assoc-0e1a2b3c4d5e6f701', CidrBlock: '10.20.0.0/16', CidrBlockState: { State: 'associated' } }],
    IsDefault: false,
  },
  detect: (value) => has(value, 'VpcId') && hasAny(value, ['CidrBlock', 'CidrBlockAssociationSet', 'Ipv6CidrBlockAssociationSet', 'InstanceTenancy']) && !hasAny(value, ['SubnetId', 'RouteTableId', 'NetworkAclId', 'GroupId']),
  read(ctx, file, value, path) {
    const vpc = ctx.check(VpcShape, value, file, path);
    if (!vpc) return;
    const at = { file, path: [...path, 'VpcId'] };
    if (!ctx.firstDefinition(vpc.VpcId, at, 'vpc', value)) return;
    const cidrs: Vpc['cidrs'] = [];
    const add = (text: string, parent: JsonPath, key: string, family: Family) => {
      const block = ctx.cidrAt(file, text, parent, key, family);
      if (block) cidrs.push({ cidr: block, at: { file, path: [...parent, key] } });
    };
    const associations = vpc.CidrBlockAssociationSet ?? [];
    if (associations.length === 0 && vpc.CidrBlock !== undefined) add(vpc.CidrBlock, path, 'CidrBlock', 4);
    associations.forEach((association, index) => add(association.CidrBlock, [...path, 'CidrBlockAssociationSet', index], 'CidrBlock', 4));
    (vpc.Ipv6CidrBlockAssociationSet ?? []).forEach((association, index) => add(association.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', index], 'Ipv6CidrBlock', 6));
    const result: Vpc = { id: vpc.VpcId, cidrs, at };
    const states = vpc.BlockPublicAccessStates;
    if (states && Object.hasOwn(states, 'InternetGatewayBlockMode')) {
      const mode = readBpaMode(ctx, file, states.InternetGatewayBlockMode, [...path, 'BlockPublicAccessStates'], 'InternetGatewayBlockMode');
      if (mode) result.bpaMode = mode;
    }
    ctx.resources.vpcs.push(result);
  },
});
