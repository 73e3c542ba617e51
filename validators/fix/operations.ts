/**
 * The fix model: a fix is one or more AWS CLI operations on the resources the inputs show, each
 * of which renders as one exact `aws ec2 …` command line (command.ts) and can be applied to the
 * pasted documents (apply.ts), so a test can re-validate what the documents would be after it ran.
 * Values are kept as the CLI takes them (ids, CIDR text, protocol text), not as the analysis reads them.
 */
import type { Localized } from '../types.ts';

/** Where a route sends traffic: one CIDR (IPv4 or IPv6) or a prefix list. */
export type RouteDestination = { kind: 'cidr'; family: 4 | 6; cidr: string } | { kind: 'prefix-list'; id: string };

/**
 * The target options of `create-route` / `replace-route` and the field describe-route-tables
 * prints the id in (https://docs.aws.amazon.com/cli/latest/reference/ec2/create-route.html).
 */
export const ROUTE_TARGET_OPTIONS = {
  'gateway-id': 'GatewayId',
  'nat-gateway-id': 'NatGatewayId',
  'transit-gateway-id': 'TransitGatewayId',
  'vpc-peering-connection-id': 'VpcPeeringConnectionId',
  'network-interface-id': 'NetworkInterfaceId',
  'instance-id': 'InstanceId',
  'egress-only-internet-gateway-id': 'EgressOnlyInternetGatewayId',
  'carrier-gateway-id': 'CarrierGatewayId',
  'local-gateway-id': 'LocalGatewayId',
  'vpc-endpoint-id': 'GatewayId',
} as const;

export type RouteTargetOption = keyof typeof ROUTE_TARGET_OPTIONS;

export interface DeleteRoute {
  action: 'delete-route';
  routeTableId: string;
  destination: RouteDestination;
}

/** `create-route` adds a static route; `replace-route` points an existing route at another target. */
export interface WriteRoute {
  action: 'create-route' | 'replace-route';
  routeTableId: string;
  destination: RouteDestination;
  target: { option: RouteTargetOption; id: string };
}

/** Stops a virtual private gateway's routes from propagating into a table (its propagated routes go). */
export interface DisableVgwRoutePropagation {
  action: 'disable-vgw-route-propagation';
  routeTableId: string;
  gatewayId: string;
}

/** Associates a subnet explicitly with a route table. */
export interface AssociateRouteTable {
  action: 'associate-route-table';
  routeTableId: string;
  subnetId: string;
}

/** `create-network-acl-entry` adds an entry with a free number; `replace-network-acl-entry` rewrites the entry with that number. */
export interface WriteAclEntry {
  action: 'create-network-acl-entry' | 'replace-network-acl-entry';
  networkAclId: string;
  egress: boolean;
  ruleNumber: number;
  /** As the CLI takes it: "-1", "6", "17", "1", "58", or another protocol number. */
  protocol: string;
  ruleAction: 'allow' | 'deny';
  family: 4 | 6;
  cidr: string;
  portRange?: { from: number; to: number };
  icmpTypeCode?: { type: number; code: number };
}

export interface DeleteAclEntry {
  action: 'delete-network-acl-entry';
  networkAclId: string;
  egress: boolean;
  ruleNumber: number;
}

/** One `IpPermission` of `--ip-permissions`, with CIDR peers only (the fixes need no other peer). */
export interface IpPermissionSpec {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp: string; Description?: string }[];
  Ipv6Ranges?: { CidrIpv6: string; Description?: string }[];
  /** A prefix list as the peer (`pl-…`). */
  PrefixListIds?: { PrefixListId: string; Description?: string }[];
  /** A security group as the peer (its members' private addresses). */
  UserIdGroupPairs?: { GroupId: string; Description?: string }[];
}

export type SecurityGroupAction = 'authorize-security-group-egress' | 'authorize-security-group-ingress' | 'revoke-security-group-egress' | 'revoke-security-group-ingress';

export interface ChangeSecurityGroup {
  action: SecurityGroupAction;
  groupId: string;
  permissions: IpPermissionSpec[];
}

export type FixOperation = DeleteRoute | WriteRoute | DisableVgwRoutePropagation | AssociateRouteTable | WriteAclEntry | DeleteAclEntry | ChangeSecurityGroup;

/** A rule's fix for one finding: the operations, in the order they run, and what they do. */
export interface RuleFix {
  operations: FixOperation[];
  /** What the commands change and what they keep, in both languages. */
  description: Localized;
}

/** The CLI verbs the fix model knows, for the parser. */
export const FIX_ACTIONS = [
  'delete-route',
  'create-route',
  'replace-route',
  'disable-vgw-route-propagation',
  'associate-route-table',
  'create-network-acl-entry',
  'replace-network-acl-entry',
  'delete-network-acl-entry',
  'authorize-security-group-egress',
  'authorize-security-group-ingress',
  'revoke-security-group-egress',
  'revoke-security-group-ingress',
] as const satisfies readonly FixOperation['action'][];
