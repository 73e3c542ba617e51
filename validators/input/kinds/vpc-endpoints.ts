/**
 * `aws ec2 describe-vpc-endpoints`: which kind each `vpce-…` is. A route prints a gateway
 * endpoint and a Gateway Load Balancer endpoint alike (`GatewayId: "vpce-…"`); this output
 * tells them apart (analysis/targets.ts), and gives interface endpoints' subnets and groups.
 */
import * as z from 'zod';
import type { VpcEndpoint } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One VPC endpoint (API type `VpcEndpoint`). */
export const VpcEndpointShape = z.looseObject({
  VpcEndpointId: z.string(),
  /** `Gateway`, `Interface`, `GatewayLoadBalancer`, `Resource`, `ServiceNetwork`. */
  VpcEndpointType: z.string(),
  VpcId: z.string().optional(),
  ServiceName: z.string().optional(),
  /** `available`, `pending`, `deleting`, … (the CLI prints them in lower case). */
  State: z.string().optional(),
  /** The endpoint policy, a JSON document as a string (gateway and interface endpoints). */
  PolicyDocument: z.string().optional(),
  /** Gateway endpoints: the route tables that carry the service's prefix-list route. */
  RouteTableIds: z.array(z.string()).optional(),
  /** Interface and Gateway Load Balancer endpoints: one subnet per Availability Zone. */
  SubnetIds: z.array(z.string()).optional(),
  /** Interface endpoints: the security groups on their network interfaces. */
  Groups: z.array(z.looseObject({ GroupId: z.string(), GroupName: z.string().optional() })).optional(),
  NetworkInterfaceIds: z.array(z.string()).optional(),
  /** `ipv4`, `dualstack` or `ipv6`: the families of its network interfaces. */
  IpAddressType: z.string().optional(),
  PrivateDnsEnabled: z.boolean().optional(),
  RequesterManaged: z.boolean().optional(),
  Tags: z.array(Tag).optional(),
});

export const vpcEndpoints = defineInputKind({
  kind: 'VpcEndpoints',
  command: 'aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'VpcEndpoints',
  singularKey: 'VpcEndpoint',
  fileName: 'vpc-endpoints.json',
  label: { en: 'VPC endpoints', ja: 'VPC エンドポイント' },
  page: 'validators/endpoints-and-gateways/',
  itemShape: VpcEndpointShape,
  example: {
    VpcEndpointId: 'vpce-0b5e0d0c1a5ed0001',
    VpcEndpointType: 'Gateway',
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    ServiceName: 'com.amazonaws.ap-northeast-1.s3',
    State: 'available',
    PolicyDocument: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
    RouteTableIds: ['rtb-0e1a2b3c4d5e6f701'],
    SubnetIds: [],
    Groups: [],
    PrivateDnsEnabled: false,
    RequesterManaged: false,
    NetworkInterfaceIds: [],
    DnsEntries: [],
    CreationTimestamp: '2026-04-01T02:13:44.000Z',
    OwnerId: '123456789012',
  },
  detect: (value) => has(value, 'VpcEndpointId') && hasAny(value, ['VpcEndpointType', 'ServiceName', 'RouteTableIds', 'NetworkInterfaceIds']) && !hasAny(value, ['RouteTableId', 'NetworkInterfaceId', 'Routes']),
  read(ctx, file, value, path) {
    const endpoint = ctx.check(VpcEndpointShape, value, file, path);
    if (!endpoint) return;
    const at = { file, path: [...path, 'VpcEndpointId'] };
    if (!ctx.firstDefinition(endpoint.VpcEndpointId, at, 'vpce', value)) return;
    const result: VpcEndpoint = {
      id: endpoint.VpcEndpointId,
      type: endpoint.VpcEndpointType,
      routeTableIds: [...(endpoint.RouteTableIds ?? [])],
      subnetIds: [...(endpoint.SubnetIds ?? [])],
      groupIds: (endpoint.Groups ?? []).map((group) => group.GroupId),
      at,
      ...(endpoint.VpcId !== undefined ? { vpcId: endpoint.VpcId } : {}),
      ...(endpoint.ServiceName !== undefined ? { serviceName: endpoint.ServiceName } : {}),
      ...(endpoint.State !== undefined ? { state: endpoint.State } : {}),
      ...(endpoint.PolicyDocument !== undefined ? { policy: endpoint.PolicyDocument, policyAt: { file, path: [...path, 'PolicyDocument'] } } : {}),
      ...(endpoint.IpAddressType !== undefined ? { ipAddressType: endpoint.IpAddressType } : {}),
    };
    ctx.resources.vpcEndpoints.push(result);
  },
});
