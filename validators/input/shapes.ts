/**
 * Shapes of what `aws ec2 describe-*` prints, as zod schemas. Loose objects throughout: AWS
 * adds fields over time and a new field must never fail a paste. Only the fields the analysis
 * reads are typed. The same schemas feed the editor's JSON Schema diagnostics.
 */
import * as z from 'zod';

// Browsers under the site's CSP forbid eval; zod's JIT would otherwise try it.
z.config({ jitless: true });

const int = z.number().int();

/** A `{ Key, Value }` tag. */
export const Tag = z.looseObject({
  /** Tag key. */
  Key: z.string(),
  /** Tag value (may be empty). */
  Value: z.string().optional(),
});

/** One route of a route table (API type `Route`). */
export const Route = z.looseObject({
  /** IPv4 destination. */
  DestinationCidrBlock: z.string().optional(),
  /** IPv6 destination. */
  DestinationIpv6CidrBlock: z.string().optional(),
  /** Prefix-list destination (gateway endpoints, customer-managed lists). */
  DestinationPrefixListId: z.string().optional(),
  /** `local`, `igw-…`, `vgw-…`, or `vpce-…` for gateway and Gateway Load Balancer endpoints. */
  GatewayId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  TransitGatewayId: z.string().optional(),
  VpcPeeringConnectionId: z.string().optional(),
  NetworkInterfaceId: z.string().optional(),
  InstanceId: z.string().optional(),
  InstanceOwnerId: z.string().optional(),
  EgressOnlyInternetGatewayId: z.string().optional(),
  CarrierGatewayId: z.string().optional(),
  LocalGatewayId: z.string().optional(),
  CoreNetworkArn: z.string().optional(),
  OdbNetworkArn: z.string().optional(),
  /** `CreateRouteTable` (local), `CreateRoute` (static) or `EnableVgwRoutePropagation`. */
  Origin: z.string().optional(),
  /** `active` or `blackhole` (the target is gone; the route drops traffic). */
  State: z.string().optional(),
});

/** A route table association (subnet, gateway edge, or the main marker). */
export const RouteTableAssociation = z.looseObject({
  /** True on the association that makes this the VPC's main table (it has no SubnetId). */
  Main: z.boolean().optional(),
  RouteTableAssociationId: z.string().optional(),
  RouteTableId: z.string().optional(),
  /** Absent for the main association: implicit subnets are not listed. */
  SubnetId: z.string().optional(),
  /** Edge association with an internet or virtual private gateway. */
  GatewayId: z.string().optional(),
  AssociationState: z.looseObject({ State: z.string().optional(), StatusMessage: z.string().optional() }).optional(),
});

/** One route table (API type `RouteTable`). */
export const RouteTable = z.looseObject({
  RouteTableId: z.string(),
  VpcId: z.string().optional(),
  OwnerId: z.string().optional(),
  Associations: z.array(RouteTableAssociation).optional(),
  /** Virtual private gateways whose routes propagate into this table. */
  PropagatingVgws: z.array(z.looseObject({ GatewayId: z.string() })).optional(),
  Routes: z.array(Route).optional(),
  Tags: z.array(Tag).optional(),
});

/** One network ACL entry (API type `NetworkAclEntry`). */
export const NetworkAclEntry = z.looseObject({
  /** 1–32766; 32767 (IPv4) and 32768 (IPv6) are the default `*` deny rules. */
  RuleNumber: int,
  /** true = outbound rule. */
  Egress: z.boolean(),
  /** IANA protocol number as a string ("6", "17", "1", "58"); "-1" = all. */
  Protocol: z.union([z.string(), int]),
  RuleAction: z.string(),
  /** IPv4 range (exactly one of CidrBlock / Ipv6CidrBlock). */
  CidrBlock: z.string().optional(),
  Ipv6CidrBlock: z.string().optional(),
  /** Destination ports, for TCP (6) and UDP (17). */
  PortRange: z.looseObject({ From: int, To: int }).optional(),
  /** ICMP type and code, for ICMP (1) and ICMPv6 (58); -1 = all. */
  IcmpTypeCode: z.looseObject({ Type: int, Code: int }).optional(),
});

/** A network ACL association with a subnet. */
export const NetworkAclAssociation = z.looseObject({
  NetworkAclAssociationId: z.string().optional(),
  NetworkAclId: z.string().optional(),
  SubnetId: z.string(),
});

/** One network ACL (API type `NetworkAcl`). */
export const NetworkAcl = z.looseObject({
  NetworkAclId: z.string(),
  VpcId: z.string().optional(),
  /** The VPC's default ACL: subnets with no other association use it. */
  IsDefault: z.boolean().optional(),
  Associations: z.array(NetworkAclAssociation).optional(),
  Entries: z.array(NetworkAclEntry).optional(),
  Tags: z.array(Tag).optional(),
  OwnerId: z.string().optional(),
});

/** A security group rule (API type `IpPermission`). */
export const IpPermission = z.looseObject({
  /** `tcp`, `udp`, `icmp`, `icmpv6`, a protocol number, or "-1" for all. */
  IpProtocol: z.union([z.string(), int]),
  /** First port, or the ICMP type; -1 = all. */
  FromPort: int.optional(),
  /** Last port, or the ICMP code; -1 = all. */
  ToPort: int.optional(),
  IpRanges: z.array(z.looseObject({ CidrIp: z.string(), Description: z.string().optional() })).optional(),
  Ipv6Ranges: z.array(z.looseObject({ CidrIpv6: z.string(), Description: z.string().optional() })).optional(),
  PrefixListIds: z.array(z.looseObject({ PrefixListId: z.string(), Description: z.string().optional() })).optional(),
  /** Security group references: they match the members' private addresses. */
  UserIdGroupPairs: z
    .array(z.looseObject({ GroupId: z.string().optional(), GroupName: z.string().optional(), UserId: z.string().optional(), VpcId: z.string().optional() }))
    .optional(),
});

/** One security group (API type `SecurityGroup`). */
export const SecurityGroup = z.looseObject({
  GroupId: z.string(),
  GroupName: z.string().optional(),
  Description: z.string().optional(),
  VpcId: z.string().optional(),
  OwnerId: z.string().optional(),
  IpPermissions: z.array(IpPermission).optional(),
  IpPermissionsEgress: z.array(IpPermission).optional(),
  Tags: z.array(Tag).optional(),
});

/** One subnet (API type `Subnet`). */
export const Subnet = z.looseObject({
  SubnetId: z.string(),
  VpcId: z.string().optional(),
  CidrBlock: z.string().optional(),
  Ipv6CidrBlockAssociationSet: z.array(z.looseObject({ Ipv6CidrBlock: z.string() })).optional(),
  AvailabilityZone: z.string().optional(),
  MapPublicIpOnLaunch: z.boolean().optional(),
  Tags: z.array(Tag).optional(),
});

/** One VPC (API type `Vpc`). */
export const Vpc = z.looseObject({
  VpcId: z.string(),
  CidrBlock: z.string().optional(),
  CidrBlockAssociationSet: z.array(z.looseObject({ CidrBlock: z.string() })).optional(),
  Ipv6CidrBlockAssociationSet: z.array(z.looseObject({ Ipv6CidrBlock: z.string() })).optional(),
  IsDefault: z.boolean().optional(),
  Tags: z.array(Tag).optional(),
});

/** One entry of `aws ec2 get-managed-prefix-list-entries`. */
export const PrefixListEntry = z.looseObject({
  Cidr: z.string(),
  Description: z.string().optional(),
});

/** Whole outputs, as the CLI prints them (used for the editor's schema). */
export const Outputs = {
  RouteTables: z.looseObject({ RouteTables: z.array(RouteTable), NextToken: z.string().optional() }),
  NetworkAcls: z.looseObject({ NetworkAcls: z.array(NetworkAcl), NextToken: z.string().optional() }),
  SecurityGroups: z.looseObject({ SecurityGroups: z.array(SecurityGroup), NextToken: z.string().optional() }),
  Subnets: z.looseObject({ Subnets: z.array(Subnet), NextToken: z.string().optional() }),
  Vpcs: z.looseObject({ Vpcs: z.array(Vpc), NextToken: z.string().optional() }),
  /** `get-managed-prefix-list-entries` output; add `PrefixListId` (or name the file after it) so routes can use it. */
  PrefixListEntries: z.looseObject({
    PrefixListId: z.string().optional(),
    Entries: z.array(PrefixListEntry),
    NextToken: z.string().optional(),
  }),
} as const;
