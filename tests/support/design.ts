/**
 * A network design described once, independent of how it is written down: the property tests
 * render the same design as describe-* outputs, as a Terraform plan and as a CloudFormation
 * template, and expect the same verdict and the same deciding resources from each.
 *
 * Names are symbolic (`vpc1`, `rt-private`): each renderer turns them into what its format uses
 * (AWS ids such as `vpc-0…` for describe-* output, resource addresses for Terraform, logical ids
 * for CloudFormation) and the tests map the deciding resources back through the renderer's map.
 */

export type Family = 4 | 6;

export interface DesignVpc {
  name: string;
  /** Primary IPv4 CIDR, then secondary ones. */
  cidrs: string[];
  /** Amazon-provided IPv6 block, when the VPC has one (a fixed /56 in tests, as AWS assigns it). */
  ipv6?: string;
}

export interface DesignSubnet {
  name: string;
  vpc: string;
  cidr: string;
  ipv6?: string;
  availabilityZone: string;
}

/** Where a route sends its packets: a symbolic name of a gateway, NAT gateway, endpoint, transit gateway… or `local`. */
export type DesignTarget =
  | { kind: 'local' }
  | { kind: 'internet-gateway'; name: string }
  | { kind: 'egress-only-internet-gateway'; name: string }
  | { kind: 'nat-gateway'; name: string }
  | { kind: 'transit-gateway'; name: string }
  | { kind: 'gateway-endpoint'; name: string }
  | { kind: 'vpc-peering'; name: string }
  | { kind: 'network-interface'; name: string };

export interface DesignRoute {
  /** A CIDR (IPv4 or IPv6), or a prefix list's symbolic name (`{ prefixList: 's3' }`). */
  destination: string | { prefixList: string };
  target: DesignTarget;
  blackhole?: boolean;
}

export interface DesignRouteTable {
  name: string;
  vpc: string;
  /** The VPC's main table (subnets without an explicit association use it). */
  main: boolean;
  /** Routes besides the `local` route(s) AWS adds for the VPC's CIDRs. */
  routes: DesignRoute[];
  /** Subnets explicitly associated. */
  subnets: string[];
}

export interface DesignAclEntry {
  ruleNumber: number;
  egress: boolean;
  action: 'allow' | 'deny';
  /** IANA number; -1 = all. */
  protocol: number;
  cidr: string;
  ports?: [number, number];
  icmp?: [number, number];
}

export interface DesignAcl {
  name: string;
  vpc: string;
  /** The VPC's default ACL (allow all in both directions unless entries are given). */
  default: boolean;
  /** Entries besides the `*` default deny rules AWS keeps at the end. */
  entries: DesignAclEntry[];
  subnets: string[];
}

export interface DesignSgRule {
  egress: boolean;
  /** IANA number; -1 = all. */
  protocol: number;
  ports?: [number, number];
  /** A CIDR, a prefix list's symbolic name, or a group's symbolic name. */
  peer: { cidr: string } | { prefixList: string } | { group: string };
}

export interface DesignSecurityGroup {
  name: string;
  vpc: string;
  /** Rules as the design states them. */
  rules: DesignSgRule[];
  /**
   * True: the group also has AWS's default allow-all egress (describe-*: printed as a rule; Terraform:
   * written as an explicit egress block, since Terraform removes the default; CloudFormation: no
   * `SecurityGroupEgress`, which keeps it). False: only `rules` (CloudFormation then needs CDK's
   * placeholder egress rule to remove the default).
   */
  defaultEgress: boolean;
}

export interface DesignGateway {
  name: string;
  vpc: string;
}

export interface DesignNatGateway {
  name: string;
  subnet: string;
  connectivity: 'public' | 'private';
}

export interface DesignGatewayEndpoint {
  name: string;
  vpc: string;
  /** The AWS-managed prefix list it serves (symbolic, e.g. `s3`). */
  prefixList: string;
  routeTables: string[];
}

export interface DesignPrefixList {
  name: string;
  /** `com.amazonaws.<region>.s3` for AWS-managed lists; customer lists have their own name. */
  awsName?: string;
  cidrs: string[];
}

export interface DesignDirectory {
  name: string;
  subnets: string[];
  /** The directory's custom security group (symbolic), attached to new WorkSpaces next to the members group. */
  customGroup?: string;
  /** The group AWS creates for the directory (`<directory>_workspacesMembers`). */
  membersGroup: string;
  enableInternetAccess: boolean;
}

export interface Design {
  region: string;
  vpcs: DesignVpc[];
  subnets: DesignSubnet[];
  routeTables: DesignRouteTable[];
  acls: DesignAcl[];
  securityGroups: DesignSecurityGroup[];
  internetGateways: DesignGateway[];
  egressOnlyInternetGateways: DesignGateway[];
  natGateways: DesignNatGateway[];
  gatewayEndpoints: DesignGatewayEndpoint[];
  prefixLists: DesignPrefixList[];
  /** Account-level VPC Block Public Access mode in the Region. */
  blockPublicAccess?: 'off' | 'block-bidirectional' | 'block-ingress';
  directory?: DesignDirectory;
  /** The WorkSpaces subnets (symbolic); the context names them when there is no directory. */
  workspacesSubnets: string[];
}
