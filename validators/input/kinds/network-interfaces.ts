/**
 * `aws ec2 describe-network-interfaces`: which security groups are really attached where. The
 * WorkSpaces' interfaces among them (by address or by the description AWS gives them) settle
 * which groups are on the WorkSpaces (analysis/workspaces.ts).
 * Shape: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html
 */
import * as z from 'zod';
import type { NetworkInterface } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { has, hasAny } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One network interface (API type `NetworkInterface`). */
export const NetworkInterfaceShape = z.looseObject({
  NetworkInterfaceId: z.string(),
  VpcId: z.string().optional(),
  SubnetId: z.string().optional(),
  /** What created it: a WorkSpace's says "Created By Amazon Workspaces for AWS Account ID …". */
  Description: z.string().optional(),
  /** `interface`, `natGateway`, `vpc_endpoint`, `transit_gateway`, … */
  InterfaceType: z.string().optional(),
  /** The security groups attached to it. */
  Groups: z.array(z.looseObject({ GroupId: z.string(), GroupName: z.string().optional() })).optional(),
  PrivateIpAddress: z.string().optional(),
  /** The public IPv4 address mapped to the primary private address, when there is one. */
  Association: z.looseObject({ PublicIp: z.string().optional() }).optional(),
  PrivateIpAddresses: z.array(z.looseObject({ PrivateIpAddress: z.string(), Primary: z.boolean().optional() })).optional(),
  Ipv6Addresses: z.array(z.looseObject({ Ipv6Address: z.string() })).optional(),
  /** The service or account that created it on your behalf. */
  RequesterId: z.string().optional(),
  RequesterManaged: z.boolean().optional(),
  Status: z.string().optional(),
  TagSet: z.array(Tag).optional(),
});

export const networkInterfaces = defineInputKind({
  kind: 'NetworkInterfaces',
  command: 'aws ec2 describe-network-interfaces --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'NetworkInterfaces',
  singularKey: 'NetworkInterface',
  fileName: 'network-interfaces.json',
  label: { en: 'network interfaces', ja: 'ネットワークインターフェイス' },
  page: 'validators/workspaces/',
  itemShape: NetworkInterfaceShape,
  example: {
    AvailabilityZone: 'ap-northeast-1a',
    Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012',
    Groups: [{ GroupName: 'd-95670a1b2c_workspacesMembers', GroupId: 'sg-0e1a2b3c4d5e6f701' }],
    InterfaceType: 'interface',
    Ipv6Addresses: [],
    MacAddress: '06:1f:0a:2b:3c:4d',
    NetworkInterfaceId: 'eni-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
    PrivateDnsName: 'ip-10-20-1-25.ap-northeast-1.compute.internal',
    PrivateIpAddress: '10.20.1.25',
    PrivateIpAddresses: [{ Primary: true, PrivateDnsName: 'ip-10-20-1-25.ap-northeast-1.compute.internal', PrivateIpAddress: '10.20.1.25' }],
    RequesterManaged: false,
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: 'subnet-0e1a2b3c4d5e6f701',
    TagSet: [],
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
  },
  detect: (value) =>
    has(value, 'NetworkInterfaceId') &&
    hasAny(value, ['Groups', 'PrivateIpAddresses', 'InterfaceType', 'MacAddress', 'PrivateIpAddress']) &&
    !hasAny(value, ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId', 'RouteTableId', 'NetworkAclId', 'GroupId']),
  read(ctx, file, value, path) {
    const eni = ctx.check(NetworkInterfaceShape, value, file, path);
    if (!eni) return;
    const at = { file, path: [...path, 'NetworkInterfaceId'] };
    if (!ctx.firstDefinition(eni.NetworkInterfaceId, at, 'eni', value)) return;
    const addresses = new Set<string>();
    const note = (text: string, parent: JsonPath, key: string | number, family: 4 | 6, field: string) => {
      const address = ctx.addressAt(file, text, parent, key, family, field);
      if (address !== undefined) addresses.add(address);
    };
    if (eni.PrivateIpAddress) note(eni.PrivateIpAddress, path, 'PrivateIpAddress', 4, 'PrivateIpAddress');
    (eni.PrivateIpAddresses ?? []).forEach((entry, index) => {
      if (entry.PrivateIpAddress !== eni.PrivateIpAddress) note(entry.PrivateIpAddress, [...path, 'PrivateIpAddresses', index], 'PrivateIpAddress', 4, `PrivateIpAddresses[${index}].PrivateIpAddress`);
    });
    (eni.Ipv6Addresses ?? []).forEach((entry, index) => note(entry.Ipv6Address, [...path, 'Ipv6Addresses', index], 'Ipv6Address', 6, `Ipv6Addresses[${index}].Ipv6Address`));
    const result: NetworkInterface = {
      id: eni.NetworkInterfaceId,
      addresses: [...addresses],
      groupIds: (eni.Groups ?? []).map((group, index) => ({ id: group.GroupId, at: { file, path: [...path, 'Groups', index, 'GroupId'] } })),
      at,
      ...(eni.VpcId ? { vpcId: eni.VpcId } : {}),
      ...(eni.SubnetId ? { subnetId: eni.SubnetId } : {}),
      ...(eni.InterfaceType ? { interfaceType: eni.InterfaceType } : {}),
      ...(eni.Description ? { description: eni.Description } : {}),
      ...(eni.Association?.PublicIp ? { publicIp: { address: eni.Association.PublicIp, at: { file, path: [...path, 'Association', 'PublicIp'] } } } : {}),
    };
    ctx.resources.networkInterfaces.push(result);
  },
});
