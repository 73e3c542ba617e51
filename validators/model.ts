/**
 * The engine's internal model of the pasted resources: every item knows the document and
 * JSON path it came from, so findings point at the exact line.
 */
import type { Cidr, Family } from './net/address.ts';
import type { TrafficBox } from './net/traffic.ts';
import type { Location } from './types.ts';
import type { WindowsDocument } from './windows/model.ts';

/** What kind of next hop a route has. */
export type TargetKind =
  | 'local'
  | 'internet-gateway'
  | 'nat-gateway'
  | 'egress-only-internet-gateway'
  | 'carrier-gateway'
  | 'transit-gateway'
  | 'virtual-private-gateway'
  | 'peering-connection'
  | 'network-interface'
  | 'instance'
  | 'gateway-endpoint'
  | 'gateway-load-balancer-endpoint'
  /** A `vpce-…` named in `GatewayId`: gateway or Gateway Load Balancer endpoint, told apart by the analysis (analysis/targets.ts). */
  | 'vpc-endpoint'
  | 'local-gateway'
  | 'core-network'
  | 'odb-network'
  | 'unknown';

export interface RouteTarget {
  kind: TargetKind;
  /** The id as printed (`igw-…`, an ARN for core networks, `local`). */
  id: string;
  /** The field that named it, e.g. `GatewayId`. */
  field: string;
}

export type RouteDestination =
  | { kind: 'cidr'; cidr: Cidr }
  | { kind: 'prefix-list'; id: string };

/** Route priority class on equal prefixes: static beats prefix list beats propagated. */
export type RouteOrigin = 'static' | 'propagated';

export interface Route {
  tableId: string;
  /** Index in the table's Routes array. */
  index: number;
  destination: RouteDestination;
  target: RouteTarget;
  blackhole: boolean;
  /** State `filtered` (VPC Route Server): AWS does not document its effect; taken as forwarding. */
  filtered: boolean;
  origin: RouteOrigin;
  /** `Origin` as printed (`CreateRoute`, `EnableVgwRoutePropagation`, `Advertisement`). */
  originText?: string;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export interface RouteTable {
  id: string;
  vpcId?: string;
  main: boolean;
  /** Explicitly associated subnets. */
  subnets: { id: string; at: Location }[];
  routes: Route[];
  propagatingVgws: { id: string; at: Location }[];
  /** Some routes could not be read: the table is not fully known. */
  incomplete: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export type AclAction = 'allow' | 'deny';

export interface AclEntry {
  aclId: string;
  ruleNumber: number;
  egress: boolean;
  action: AclAction;
  /** IANA number; -1 = all protocols. */
  protocol: number;
  family: Family;
  cidr: Cidr;
  portRange?: { from: number; to: number };
  icmp?: { type: number; code: number };
  /** The traffic it matches (protocol × port/ICMP × remote address). */
  box: TrafficBox;
  /** 32767 / 32768: the `*` rule that denies what nothing else matched. */
  isDefaultDeny: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export interface NetworkAcl {
  id: string;
  vpcId?: string;
  isDefault: boolean;
  subnets: { id: string; at: Location }[];
  entries: AclEntry[];
  incomplete: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export type SgPeer =
  | { kind: 'cidr'; cidr: Cidr }
  | { kind: 'prefix-list'; id: string }
  | { kind: 'group'; groupId: string };

export interface SgRule {
  groupId: string;
  egress: boolean;
  /** IANA number; -1 = all. */
  protocol: number;
  /** The protocol as written (`tcp`, `-1`, `50`). */
  protocolText: string;
  fromPort?: number;
  toPort?: number;
  peer: SgPeer;
  /** Traffic matched for a CIDR peer, or the protocol/port part for other peers (addresses filled in later). */
  box: TrafficBox;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export interface SecurityGroup {
  id: string;
  name?: string;
  vpcId?: string;
  ingress: SgRule[];
  egress: SgRule[];
  incomplete: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** VPC Block Public Access mode for internet-gateway traffic, as AWS prints it (`InternetGatewayBlockMode`). */
export type BpaMode = 'off' | 'block-bidirectional' | 'block-ingress';

export interface Subnet {
  id: string;
  vpcId?: string;
  cidrs: Cidr[];
  /** Availability Zone (`ap-northeast-1a`), when told: a transit gateway leaves a VPC through its interface in the destination's zone. */
  availabilityZone?: string;
  /** Instances launched here get a public IPv4 address (`MapPublicIpOnLaunch`). */
  mapPublicIp?: boolean;
  /** `BlockPublicAccessStates.InternetGatewayBlockMode` as describe-subnets prints it: the mode in effect for this subnet. */
  bpaMode?: { mode: BpaMode; at: Location };
  /** Some CIDR of the subnet is known only at deployment (a template or plan value): which address families it has is not known. */
  cidrsIncomplete?: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

export interface Vpc {
  id: string;
  /** Every CIDR of the VPC (IPv4 and IPv6), where it is written. */
  cidrs: { cidr: Cidr; at: Location }[];
  /** `BlockPublicAccessStates.InternetGatewayBlockMode` as describe-vpcs prints it: the mode in effect for this VPC. */
  bpaMode?: { mode: BpaMode; at: Location };
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** An internet gateway and the VPCs it is attached to (describe-internet-gateways); a detached gateway forwards nothing. */
export interface InternetGateway {
  id: string;
  /** Attachments in state `available`/`attached`; others (detaching, detached) are left out. */
  attachments: { vpcId: string; at: Location }[];
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** A NAT gateway (describe-nat-gateways). */
export interface NatGateway {
  id: string;
  vpcId?: string;
  /** The subnet it lives in: its route table and network ACL carry the translated traffic onwards. */
  subnetId?: string;
  /** `public`: reaches the internet through its subnet's route to an internet gateway; `private`: an internet gateway drops its traffic. Unset: not told. */
  connectivity?: 'public' | 'private';
  /** `available`, `pending`, `failed`, `deleting`, `deleted` as printed. */
  state?: string;
  /** Its private addresses (what network ACLs of other subnets see as the source after translation). */
  privateIps: string[];
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** A VPC endpoint (describe-vpc-endpoints). */
export interface VpcEndpoint {
  id: string;
  vpcId?: string;
  /** `Gateway`, `Interface`, `GatewayLoadBalancer`, `Resource`, `ServiceNetwork` as printed. */
  type: string;
  serviceName?: string;
  state?: string;
  /** Gateway endpoints: the route tables AWS adds the service's prefix-list route to. */
  routeTableIds: string[];
  /** Interface and Gateway Load Balancer endpoints: the subnets of their network interfaces. */
  subnetIds: string[];
  /** Interface endpoints: their security groups. */
  groupIds: string[];
  /** `IpAddressType` as printed (`ipv4`, `dualstack`, `ipv6`): the families its network interfaces have. Unset: not printed. */
  ipAddressType?: string;
  /** The endpoint policy as printed (a JSON string): what path-endpoint-policy-open reads. */
  policy?: string;
  /** Where the policy is written, when it is (the `PolicyDocument` field). */
  policyAt?: Location;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** The account's VPC Block Public Access setting in one Region (describe-vpc-block-public-access-options). */
export interface BlockPublicAccessOptions {
  mode: BpaMode;
  /** `default-state`, `update-in-progress`, `update-complete` as printed: only a completed update is in force. */
  state?: string;
  region?: string;
  /** `ExclusionsAllowed`: false when a declarative policy of the organization forbids exclusions (`not-allowed`). Unset: not told. */
  exclusionsAllowed?: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** A VPC or subnet exempted from Block Public Access (describe-vpc-block-public-access-exclusions). */
export interface BlockPublicAccessExclusion {
  id: string;
  /** `allow-bidirectional` or `allow-egress`. */
  mode: string;
  /** The excluded VPC or subnet, from the resource ARN; unset when the ARN is missing or unreadable (then it may be any of them). */
  resourceId?: string;
  resourceKind?: 'vpc' | 'subnet';
  /** `create-complete`, `update-complete`, … as printed: only a completed exclusion is in force. */
  state?: string;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** A WorkSpaces directory registration (aws workspaces describe-workspace-directories). */
export interface WorkspaceDirectory {
  id: string;
  /** `SIMPLE_AD`, `AD_CONNECTOR`, `CUSTOMER_MANAGED`, `AWS_IAM_IDENTITY_CENTER`, … as printed. */
  type?: string;
  /** The WorkSpaces subnets. */
  subnetIds: { id: string; at: Location }[];
  /** DNS servers of the directory: its domain controllers (or the AD Connector's DNS targets). */
  dnsAddresses: { text: string; at: Location }[];
  /** The group AWS creates and attaches to every WorkSpace (`WorkspaceSecurityGroupId`). */
  workspaceSecurityGroupId?: { id: string; at: Location };
  /** The directory's custom group, attached to new WorkSpaces too (`WorkspaceCreationProperties.CustomSecurityGroupId`). */
  customSecurityGroupId?: { id: string; at: Location };
  /** `WorkspaceCreationProperties.EnableInternetAccess`: a public IP on every new WorkSpace. */
  enableInternetAccess?: { value: boolean; at: Location };
  /** Protocols the clients fall back to over the internet (`WorkspaceAccessProperties`/`AccessEndpointConfig`). */
  internetFallbackProtocols: { protocols: string[]; at: Location }[];
  /** `REGISTERED`, `REGISTERING`, `DEREGISTERING`, … as printed. */
  state?: string;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** One WorkSpace (aws workspaces describe-workspaces). */
export interface Workspace {
  id: string;
  directoryId?: string;
  subnetId?: string;
  /** Where `SubnetId` is written. */
  subnetAt?: Location;
  ipAddress?: string;
  /** `Ipv6Address`, on dual-stack subnets. */
  ipv6Address?: string;
  state?: string;
  at: Location;
}

/** A network interface (describe-network-interfaces): what groups are really attached where. */
export interface NetworkInterface {
  id: string;
  vpcId?: string;
  subnetId?: string;
  /** Private IPv4 and IPv6 addresses. */
  addresses: string[];
  groupIds: { id: string; at: Location }[];
  /** `interface`, `natGateway`, `transit_gateway`, `vpc_endpoint`, … as printed. */
  interfaceType?: string;
  /** As printed: a WorkSpace's interface says "Created By Amazon Workspaces for AWS Account ID …" (any letter case). */
  description?: string;
  /** `Association.PublicIp`: the public IPv4 address mapped to it (an Elastic IP, or one AWS assigned). */
  publicIp?: { address: string; at: Location };
  at: Location;
}

/** A transit gateway attachment (describe-transit-gateway-attachments). */
export interface TransitGatewayAttachment {
  id: string;
  transitGatewayId: string;
  /** `vpc`, `vpn`, `direct-connect-gateway`, `connect`, `peering`, `tgw-peering`, `network-function` as printed. */
  resourceType: string;
  /** The VPC, VPN connection, Direct Connect gateway… it attaches. */
  resourceId?: string;
  state?: string;
  /** The transit gateway route table it is associated with: where its packets are looked up. */
  associatedRouteTableId?: { id: string; at: Location };
  at: Location;
}

/** A VPC attachment's interfaces (describe-transit-gateway-vpc-attachments). */
export interface TransitGatewayVpcAttachment {
  id: string;
  transitGatewayId: string;
  vpcId: string;
  /** One subnet per Availability Zone: where the transit gateway's interfaces are. */
  subnetIds: { id: string; at: Location }[];
  state?: string;
  /** `Options.ApplianceModeSupport`. */
  applianceMode?: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** A transit gateway route table (describe-transit-gateway-route-tables). */
export interface TransitGatewayRouteTable {
  id: string;
  transitGatewayId: string;
  defaultAssociation?: boolean;
  defaultPropagation?: boolean;
  state?: string;
  at: Location;
}

/** One route of a transit gateway route table (search-transit-gateway-routes). */
export interface TransitGatewayRoute {
  destination: RouteDestination;
  /** `static` beats `propagated` on equal prefixes. */
  type: 'static' | 'propagated';
  blackhole: boolean;
  /** Where it sends: an attachment (several with ECMP). */
  attachments: { id: string; resourceType?: string; resourceId?: string }[];
  at: Location;
}

/** The routes of one transit gateway route table, as search-transit-gateway-routes printed them. */
export interface TransitGatewayRouteSet {
  tableId: string;
  routes: TransitGatewayRoute[];
  /** `AdditionalRoutesAvailable: true` (or unreadable routes): more routes exist than were printed. */
  incomplete: boolean;
  at: Location;
}

export interface PrefixList {
  id: string;
  /** `com.amazonaws.<region>.s3` for an AWS-managed list (describe-prefix-lists), or the customer list's name. */
  name?: string;
  entries: { cidr: Cidr; at: Location }[];
  incomplete: boolean;
  /** Where an infrastructure-as-code input declares it: the Terraform resource address (`module.vpc.aws_route.private_nat_gateway[0]`). */
  address?: string;
  at: Location;
}

/** The resource collections of the model, by name: what the input kinds fill and the report's inventory counts. */
export interface ResourceTypes {
  vpcs: Vpc;
  subnets: Subnet;
  routeTables: RouteTable;
  networkAcls: NetworkAcl;
  securityGroups: SecurityGroup;
  prefixLists: PrefixList;
  internetGateways: InternetGateway;
  natGateways: NatGateway;
  vpcEndpoints: VpcEndpoint;
  blockPublicAccessOptions: BlockPublicAccessOptions;
  blockPublicAccessExclusions: BlockPublicAccessExclusion;
  workspaceDirectories: WorkspaceDirectory;
  workspaces: Workspace;
  networkInterfaces: NetworkInterface;
  transitGatewayAttachments: TransitGatewayAttachment;
  transitGatewayVpcAttachments: TransitGatewayVpcAttachment;
  transitGatewayRouteTables: TransitGatewayRouteTable;
  transitGatewayRouteSets: TransitGatewayRouteSet;
}

export type ResourceCollection = keyof ResourceTypes;

/** Every collection, in the order the report's inventory lists their counts. */
export const RESOURCE_COLLECTIONS = [
  'vpcs',
  'subnets',
  'routeTables',
  'networkAcls',
  'securityGroups',
  'prefixLists',
  'internetGateways',
  'natGateways',
  'vpcEndpoints',
  'blockPublicAccessOptions',
  'blockPublicAccessExclusions',
  'workspaceDirectories',
  'workspaces',
  'networkInterfaces',
  'transitGatewayAttachments',
  'transitGatewayVpcAttachments',
  'transitGatewayRouteTables',
  'transitGatewayRouteSets',
] as const satisfies readonly ResourceCollection[];

/** How many resources of each collection `resources` holds (absent collections count 0): the report's inventory. */
export function resourceCounts(resources: Partial<Pick<Resources, ResourceCollection>> = {}): Record<ResourceCollection, number> {
  return Object.fromEntries(RESOURCE_COLLECTIONS.map((name) => [name, resources[name]?.length ?? 0])) as Record<ResourceCollection, number>;
}

// A collection added to ResourceTypes but not to the list above fails the type check here.
const EVERY_COLLECTION_LISTED: ResourceCollection extends (typeof RESOURCE_COLLECTIONS)[number] ? true : false = true;
void EVERY_COLLECTION_LISTED;

/** Every resource read from the inputs. */
export type Resources = { [K in ResourceCollection]: ResourceTypes[K][] } & {
  /** Text documents read as Windows command output (validators/windows/). */
  windows: WindowsDocument[];
  /** Document name → kinds found in it (e.g. `RouteTables`, `ipconfig`). */
  documents: { name: string; kinds: string[] }[];
  /** `kind:id` of resources defined more than once with different content (every version is kept). */
  conflicted: Set<string>;
  /** The Regions collect bundles say they were collected in, where they say it (the context's region when it has none). */
  collectedRegions: { region: string; at: Location }[];
};
