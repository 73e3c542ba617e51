/**
 * Small builders for rule cases: each produces what `aws ec2 describe-*` prints, with only the
 * fields that matter for the case, so examples on rule pages stay short.
 */

type Json = Record<string, unknown>;

export const VPC = 'vpc-0a1b2c3d4e5f60000';
export const SUBNET = 'subnet-0a1b2c3d4e5f60001';
export const SUBNET_2 = 'subnet-0a1b2c3d4e5f60002';
export const TABLE = 'rtb-0a1b2c3d4e5f60003';
export const ACL = 'acl-0a1b2c3d4e5f60004';
export const GROUP = 'sg-0a1b2c3d4e5f60005';

/** A route: `[destination, target field, target id]`, optionally blackhole or propagated. */
export function route(destination: string, target: string, extra: Json = {}): Json {
  const destinationKey = destination.startsWith('pl-') ? 'DestinationPrefixListId' : destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock';
  const targetKey = targetField(target);
  return { [destinationKey]: destination, [targetKey]: target, Origin: target === 'local' ? 'CreateRouteTable' : 'CreateRoute', State: 'active', ...extra };
}

function targetField(target: string): string {
  if (target === 'local' || /^(igw|vgw|vpce)-/.test(target)) return 'GatewayId';
  const prefixes: [string, string][] = [
    ['nat-', 'NatGatewayId'],
    ['tgw-', 'TransitGatewayId'],
    ['pcx-', 'VpcPeeringConnectionId'],
    ['eigw-', 'EgressOnlyInternetGatewayId'],
    ['cagw-', 'CarrierGatewayId'],
    ['eni-', 'NetworkInterfaceId'],
    ['i-', 'InstanceId'],
    ['lgw-', 'LocalGatewayId'],
  ];
  return prefixes.find(([prefix]) => target.startsWith(prefix))?.[1] ?? 'GatewayId';
}

/** The local route of the case VPC (10.0.0.0/16). */
export const LOCAL = route('10.0.0.0/16', 'local');

/** A route table associated with `subnets` (default: the case subnet), or the main table. */
export function routeTable(routes: Json[], options: { id?: string; main?: boolean; subnets?: string[]; propagatingVgws?: string[] } = {}): Json {
  const id = options.id ?? TABLE;
  const associations: Json[] = [];
  if (options.main) associations.push({ Main: true, RouteTableAssociationId: `rtbassoc-0${id.slice(5, 20)}0`, RouteTableId: id, AssociationState: { State: 'associated' } });
  (options.subnets ?? (options.main ? [] : [SUBNET])).forEach((subnet, index) =>
    associations.push({ Main: false, RouteTableAssociationId: `rtbassoc-0${id.slice(5, 20)}${index + 1}`, RouteTableId: id, SubnetId: subnet, AssociationState: { State: 'associated' } }),
  );
  return {
    RouteTables: [{ Associations: associations, PropagatingVgws: (options.propagatingVgws ?? []).map((vgw) => ({ GatewayId: vgw })), RouteTableId: id, Routes: routes, VpcId: VPC }],
  };
}

/** A NACL entry; `protocol` is the string AWS prints ("-1", "6", …). */
export function entry(egress: boolean, number: number, cidr: string, action: 'allow' | 'deny', protocol = '-1', extra: Json = {}): Json {
  return { [cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: cidr, Egress: egress, Protocol: protocol, RuleAction: action, RuleNumber: number, ...extra };
}

/** `PortRange` for a TCP/UDP entry. */
export const ports = (from: number, to = from): Json => ({ PortRange: { From: from, To: to } });

/** A network ACL associated with `subnets`, ending with the printed default deny rules. */
export function networkAcl(entries: Json[], options: { id?: string; subnets?: string[]; isDefault?: boolean; ipv6?: boolean } = {}): Json {
  const id = options.id ?? ACL;
  const defaults = [entry(true, 32767, '0.0.0.0/0', 'deny'), entry(false, 32767, '0.0.0.0/0', 'deny')];
  if (options.ipv6) defaults.push(entry(true, 32768, '::/0', 'deny'), entry(false, 32768, '::/0', 'deny'));
  return {
    NetworkAcls: [
      {
        Associations: (options.subnets ?? [SUBNET]).map((subnet, index) => ({ NetworkAclAssociationId: `aclassoc-0${id.slice(5, 20)}${index}`, NetworkAclId: id, SubnetId: subnet })),
        Entries: [...entries, ...defaults],
        IsDefault: options.isDefault ?? false,
        NetworkAclId: id,
        VpcId: VPC,
      },
    ],
  };
}

/** A security-group rule with one IPv4 or IPv6 range. */
export function permission(protocol: string, cidr: string, portRange?: [number, number]): Json {
  const range = cidr.includes(':') ? { Ipv6Ranges: [{ CidrIpv6: cidr }], IpRanges: [] } : { IpRanges: [{ CidrIp: cidr }], Ipv6Ranges: [] };
  return { IpProtocol: protocol, ...(portRange ? { FromPort: portRange[0], ToPort: portRange[1] } : {}), ...range, PrefixListIds: [], UserIdGroupPairs: [] };
}

/** One security group (named like the group WorkSpaces creates, unless told otherwise). */
export function securityGroup(options: { ingress?: Json[]; egress?: Json[]; id?: string; name?: string } = {}): Json {
  return {
    SecurityGroups: [
      {
        GroupId: options.id ?? GROUP,
        GroupName: options.name ?? 'd-90670a1b2c_workspacesMembers',
        Description: 'Amazon WorkSpaces Security Group',
        IpPermissions: options.ingress ?? [],
        IpPermissionsEgress: options.egress ?? [permission('-1', '10.0.0.0/16')],
        VpcId: VPC,
      },
    ],
  };
}

/** describe-subnets output for the case subnets. */
export function subnets(list: [id: string, cidr: string][] = [[SUBNET, '10.0.1.0/24']]): Json {
  return { Subnets: list.map(([id, cidr]) => ({ SubnetId: id, CidrBlock: cidr, VpcId: VPC, AvailabilityZone: 'ap-northeast-1a' })) };
}

export const DIRECTORY = 'd-90670a1b2c';
/** The directory's custom security group (CustomSecurityGroupId). */
export const CUSTOM_GROUP = 'sg-0a1b2c3d4e5f6000c';

/** describe-workspace-directories output for one directory of the case subnets (Simple AD, controllers in 10.0.10.0/24). */
export function workspaceDirectory(options: { subnets?: string[]; custom?: string; internet?: boolean; fallback?: string[]; groupId?: string } = {}): Json {
  return {
    Directories: [
      {
        DirectoryId: DIRECTORY,
        Alias: DIRECTORY,
        DirectoryName: 'corp.example.jp',
        SubnetIds: options.subnets ?? [SUBNET, SUBNET_2],
        DnsIpAddresses: ['10.0.10.10', '10.0.10.11'],
        DirectoryType: 'SIMPLE_AD',
        WorkspaceSecurityGroupId: options.groupId ?? GROUP,
        State: 'REGISTERED',
        WorkspaceCreationProperties: { EnableInternetAccess: options.internet ?? false, ...(options.custom ? { CustomSecurityGroupId: options.custom } : {}), UserEnabledAsLocalAdministrator: false, EnableMaintenanceMode: true },
        ...(options.fallback
          ? { WorkspaceAccessProperties: { DeviceTypeWindows: 'ALLOW', AccessEndpointConfig: { AccessEndpoints: [{ AccessEndpointType: 'STREAMING_WSP', VpcEndpointId: 'vpce-0a1b2c3d4e5f6000e' }], InternetFallbackProtocols: options.fallback } } }
          : {}),
      },
    ],
  };
}

/** describe-workspaces output: `[workspace id, subnet, address]` of the case directory. */
export function workspaceList(list: [id: string, subnet: string, address: string][]): Json {
  return { Workspaces: list.map(([id, subnet, address]) => ({ WorkspaceId: id, DirectoryId: DIRECTORY, UserName: `user-${id.slice(3, 7)}`, IpAddress: address, State: 'AVAILABLE', SubnetId: subnet })) };
}

/** describe-network-interfaces output: `[interface id, subnet, address, group ids]`, described as WorkSpaces describes its own. */
export function networkInterfaces(list: [id: string, subnet: string, address: string, groups: string[]][], extra: Json = {}): Json {
  return {
    NetworkInterfaces: list.map(([id, subnet, address, groups]) => ({
      Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012',
      Groups: groups.map((groupId) => ({ GroupId: groupId })),
      InterfaceType: 'interface',
      NetworkInterfaceId: id,
      PrivateIpAddress: address,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: address }],
      Status: 'in-use',
      SubnetId: subnet,
      VpcId: VPC,
      ...extra,
    })),
  };
}

/** describe-vpc-endpoints output: `[id, type]` pairs, with the fields each type prints. */
export function vpcEndpoints(list: [id: string, type: 'Gateway' | 'Interface' | 'GatewayLoadBalancer', extra?: Json][]): Json {
  return {
    VpcEndpoints: list.map(([id, type, extra = {}]) => ({
      VpcEndpointId: id,
      VpcEndpointType: type,
      VpcId: VPC,
      ServiceName: type === 'Gateway' ? 'com.amazonaws.ap-northeast-1.s3' : type === 'Interface' ? 'com.amazonaws.ap-northeast-1.ssm' : 'com.amazonaws.vpce.ap-northeast-1.vpce-svc-0a1b2c3d4e5f6000f',
      State: 'available',
      RouteTableIds: type === 'Gateway' ? [TABLE] : [],
      SubnetIds: type === 'Gateway' ? [] : [SUBNET_2],
      Groups: [],
      ...extra,
    })),
  };
}

export const TGW = 'tgw-0a1b2c3d4e5f60007';
export const TGW_ATTACHMENT = 'tgw-attach-0a1b2c3d4e5f60010';
export const TGW_TABLE = 'tgw-rtb-0a1b2c3d4e5f60011';

/** describe-transit-gateway-attachments: the case VPC's attachment, associated with `table`, and more attachments as `[id, type, resource]`. */
export function transitGatewayAttachments(table = TGW_TABLE, more: [string, string, string][] = []): Json {
  const attachment = (id: string, type: string, resource: string) => ({ TransitGatewayAttachmentId: id, TransitGatewayId: TGW, ResourceType: type, ResourceId: resource, State: 'available', Association: { TransitGatewayRouteTableId: table, State: 'associated' } });
  return { TransitGatewayAttachments: [attachment(TGW_ATTACHMENT, 'vpc', VPC), ...more.map(([id, type, resource]) => attachment(id, type, resource))] };
}

/** describe-transit-gateway-vpc-attachments: the case VPC's attachment, with its interface in `subnets`. */
export function transitGatewayVpcAttachments(subnets: string[] = [SUBNET_2]): Json {
  return { TransitGatewayVpcAttachments: [{ TransitGatewayAttachmentId: TGW_ATTACHMENT, TransitGatewayId: TGW, VpcId: VPC, State: 'available', SubnetIds: subnets, Options: { ApplianceModeSupport: 'disable' } }] };
}

/** search-transit-gateway-routes wrapped with its table id: routes as `[destination, attachment, type, resource]` (static unless a fifth item says `propagated`), or `[destination, 'blackhole']`. */
export function transitGatewayRoutes(routes: ([string, string, string, string] | [string, string, string, string, 'propagated'] | [string, 'blackhole'])[], table = TGW_TABLE): Json {
  return {
    TransitGatewayRouteTableId: table,
    Routes: routes.map((item) =>
      item[1] === 'blackhole'
        ? { DestinationCidrBlock: item[0], Type: 'static', State: 'blackhole' }
        : { DestinationCidrBlock: item[0], TransitGatewayAttachments: [{ ResourceId: item[3], TransitGatewayAttachmentId: item[1], ResourceType: item[2] }], Type: item[4] ?? 'static', State: 'active' },
    ),
    AdditionalRoutesAvailable: false,
  };
}
