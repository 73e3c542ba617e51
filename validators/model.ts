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
  at: Location;
}

export interface NetworkAcl {
  id: string;
  vpcId?: string;
  isDefault: boolean;
  subnets: { id: string; at: Location }[];
  entries: AclEntry[];
  incomplete: boolean;
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
  at: Location;
}

export interface SecurityGroup {
  id: string;
  name?: string;
  vpcId?: string;
  ingress: SgRule[];
  egress: SgRule[];
  incomplete: boolean;
  at: Location;
}

export interface Subnet {
  id: string;
  vpcId?: string;
  cidrs: Cidr[];
  at: Location;
}

export interface Vpc {
  id: string;
  /** Every CIDR of the VPC (IPv4 and IPv6), where it is written. */
  cidrs: { cidr: Cidr; at: Location }[];
  at: Location;
}

export interface PrefixList {
  id: string;
  entries: { cidr: Cidr; at: Location }[];
  incomplete: boolean;
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
}

export type ResourceCollection = keyof ResourceTypes;

/** Every collection, in the order the report's inventory lists their counts. */
export const RESOURCE_COLLECTIONS = ['vpcs', 'subnets', 'routeTables', 'networkAcls', 'securityGroups', 'prefixLists'] as const satisfies readonly ResourceCollection[];

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
};
