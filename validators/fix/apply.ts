/**
 * `applyFix`: the pasted documents as the describe-* commands would print them after the fix's
 * commands ran, so the fix can be re-validated. Each operation changes every copy of its
 * resource (a document pasted twice stays a duplicate, not a conflict) and fails where AWS would
 * refuse the command: a rule number already taken, a route or permission that is not there, a
 * subnet that already has an explicit association. A changed document is written out again as
 * JSON with a 2-space indent; the others keep their text. Ids AWS would assign (a new
 * association's id) are left out: the engine does not read them.
 */
import { isAddressError, parseCidr } from '../net/address.ts';
import { DYNAMIC_ORIGINS, ROUTE_TARGET_FIELDS } from '../input/kinds/route-tables.ts';
import { protocolNumber } from '../input/read-context.ts';
import { parseJson } from '../input/json-text.ts';
import type { InputDocument } from '../types.ts';
import { ROUTE_TARGET_OPTIONS, type ChangeSecurityGroup, type FixOperation, type IpPermissionSpec, type RouteDestination, type WriteAclEntry } from './operations.ts';

type Json = Record<string, unknown>;

/** The documents after the operations, and the commands AWS would have refused (with why). */
export interface AppliedFix {
  documents: InputDocument[];
  errors: string[];
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Kind {
  collection: string;
  /** The key `create-*` commands print one resource under. */
  wrapper: string;
  idKey: string;
}

const ROUTE_TABLES: Kind = { collection: 'RouteTables', wrapper: 'RouteTable', idKey: 'RouteTableId' };
const NETWORK_ACLS: Kind = { collection: 'NetworkAcls', wrapper: 'NetworkAcl', idKey: 'NetworkAclId' };
const SECURITY_GROUPS: Kind = { collection: 'SecurityGroups', wrapper: 'SecurityGroup', idKey: 'GroupId' };

/** Every object of a kind in a document, in each form the reader accepts: a collection, a bare array, a wrapped or a lone item. */
function itemsOf(value: unknown, kind: Kind): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return [];
  const collection = value[kind.collection];
  if (Array.isArray(collection)) return collection.filter(isObject);
  const wrapped = value[kind.wrapper];
  if (isObject(wrapped)) return [wrapped];
  return typeof value[kind.idKey] === 'string' ? [value] : [];
}

/** The canonical text of a CIDR, or the text itself when it does not parse. */
function canonical(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const parsed = parseCidr(text);
  return isAddressError(parsed) ? text : parsed.canonical;
}

const DESTINATION_KEY = { 4: 'DestinationCidrBlock', 6: 'DestinationIpv6CidrBlock' } as const;

function hasDestination(route: Json, destination: RouteDestination): boolean {
  if (destination.kind === 'prefix-list') return route.DestinationPrefixListId === destination.id;
  return canonical(route[DESTINATION_KEY[destination.family]]) === destination.cidr;
}

const isLocal = (route: Json) => route.GatewayId === 'local' || route.Origin === 'CreateRouteTable';
const isDynamic = (route: Json) => typeof route.Origin === 'string' && DYNAMIC_ORIGINS.has(route.Origin);

function describeDestination(destination: RouteDestination): string {
  return destination.kind === 'prefix-list' ? destination.id : destination.cidr;
}

function newRoute(destination: RouteDestination, target: { option: keyof typeof ROUTE_TARGET_OPTIONS; id: string }): Json {
  const key = destination.kind === 'prefix-list' ? 'DestinationPrefixListId' : DESTINATION_KEY[destination.family];
  return { [key]: describeDestination(destination), [ROUTE_TARGET_OPTIONS[target.option]]: target.id, Origin: 'CreateRoute', State: 'active' };
}

/** Applies a route-table operation to one table; returns why AWS would refuse it, if it would. */
function applyToTable(table: Json, operation: Extract<FixOperation, { routeTableId: string }>, associated: ReadonlySet<string>): string | undefined {
  const routes = Array.isArray(table.Routes) ? (table.Routes as unknown[]) : [];
  const id = operation.routeTableId;
  switch (operation.action) {
    case 'delete-route': {
      const index = routes.findIndex((route) => isObject(route) && hasDestination(route, operation.destination) && !isLocal(route) && !isDynamic(route));
      if (index < 0) return `InvalidRoute.NotFound: ${id} has no route to ${describeDestination(operation.destination)} that delete-route can remove`;
      table.Routes = routes.filter((_, other) => other !== index);
      return undefined;
    }
    case 'create-route': {
      if (routes.some((route) => isObject(route) && hasDestination(route, operation.destination) && !isDynamic(route))) {
        return `RouteAlreadyExists: ${id} already has a route to ${describeDestination(operation.destination)}`;
      }
      table.Routes = [...routes, newRoute(operation.destination, operation.target)];
      return undefined;
    }
    case 'replace-route': {
      const index = routes.findIndex((route) => isObject(route) && hasDestination(route, operation.destination) && !isLocal(route) && !isDynamic(route));
      if (index < 0) return `InvalidRoute.NotFound: ${id} has no route to ${describeDestination(operation.destination)} that replace-route can change`;
      const kept = Object.fromEntries(Object.entries(routes[index] as Json).filter(([key]) => !ROUTE_TARGET_FIELDS.includes(key) && key !== 'InstanceOwnerId' && key !== 'State'));
      const replaced = { ...kept, [ROUTE_TARGET_OPTIONS[operation.target.option]]: operation.target.id, State: 'active' };
      table.Routes = routes.map((route, other) => (other === index ? replaced : route));
      return undefined;
    }
    case 'disable-vgw-route-propagation': {
      const vgws = Array.isArray(table.PropagatingVgws) ? (table.PropagatingVgws as unknown[]) : [];
      if (!vgws.some((vgw) => isObject(vgw) && vgw.GatewayId === operation.gatewayId)) return `${id} does not propagate routes from ${operation.gatewayId}`;
      table.PropagatingVgws = vgws.filter((vgw) => !(isObject(vgw) && vgw.GatewayId === operation.gatewayId));
      table.Routes = routes.filter((route) => !(isObject(route) && route.Origin === 'EnableVgwRoutePropagation' && route.GatewayId === operation.gatewayId));
      return undefined;
    }
    case 'associate-route-table': {
      if (associated.has(operation.subnetId)) return `Resource.AlreadyAssociated: ${operation.subnetId} is already associated with a route table explicitly`;
      const associations = Array.isArray(table.Associations) ? (table.Associations as unknown[]) : [];
      table.Associations = [...associations, { Main: false, RouteTableId: id, SubnetId: operation.subnetId, AssociationState: { State: 'associated' } }];
      return undefined;
    }
  }
}

/** Subnets with an explicit, live association to some table in the documents. */
function explicitlyAssociated(values: readonly unknown[]): Set<string> {
  const subnets = new Set<string>();
  for (const value of values) {
    for (const table of itemsOf(value, ROUTE_TABLES)) {
      for (const association of Array.isArray(table.Associations) ? table.Associations : []) {
        if (!isObject(association) || typeof association.SubnetId !== 'string') continue;
        const state = isObject(association.AssociationState) ? association.AssociationState.State : undefined;
        if (state !== 'disassociated' && state !== 'failed') subnets.add(association.SubnetId);
      }
    }
  }
  return subnets;
}

/** The entry describe-network-acls prints for a created or replaced entry (keys in AWS's order). */
function aclEntry(operation: WriteAclEntry): Json {
  const protocol = protocolNumber(operation.protocol);
  return {
    ...(operation.family === 4 ? { CidrBlock: operation.cidr } : {}),
    Egress: operation.egress,
    ...(operation.icmpTypeCode ? { IcmpTypeCode: { Code: operation.icmpTypeCode.code, Type: operation.icmpTypeCode.type } } : {}),
    ...(operation.family === 6 ? { Ipv6CidrBlock: operation.cidr } : {}),
    ...(operation.portRange ? { PortRange: { From: operation.portRange.from, To: operation.portRange.to } } : {}),
    Protocol: protocol === undefined ? operation.protocol : String(protocol),
    RuleAction: operation.ruleAction,
    RuleNumber: operation.ruleNumber,
  };
}

function applyToAcl(acl: Json, operation: Extract<FixOperation, { networkAclId: string }>): string | undefined {
  const entries = Array.isArray(acl.Entries) ? (acl.Entries as unknown[]) : [];
  const direction = operation.egress ? 'egress' : 'ingress';
  const sameNumber = (entry: unknown) => isObject(entry) && entry.Egress === operation.egress && entry.RuleNumber === operation.ruleNumber;
  const matching = entries.filter(sameNumber);
  const where = `${operation.networkAclId} ${direction} rule ${operation.ruleNumber}`;
  if (operation.ruleNumber < 1 || operation.ruleNumber > 32766) return `InvalidParameterValue: ${where}: rule numbers are 1 to 32766`;
  if (operation.action === 'create-network-acl-entry') {
    if (matching.length > 0) return `NetworkAclEntryAlreadyExists: ${where} exists`;
    if (!validAclEntry(operation)) return `InvalidParameterValue: ${where}: TCP and UDP need --port-range, ICMP needs --icmp-type-code`;
    const after = entries.findIndex((entry) => isObject(entry) && entry.Egress === operation.egress && typeof entry.RuleNumber === 'number' && entry.RuleNumber > operation.ruleNumber);
    const lastSame = entries.reduce<number>((last, entry, index) => (isObject(entry) && entry.Egress === operation.egress ? index : last), -1);
    const at = after >= 0 ? after : lastSame >= 0 ? lastSame + 1 : entries.length;
    acl.Entries = [...entries.slice(0, at), aclEntry(operation), ...entries.slice(at)];
    return undefined;
  }
  // IPv4 and IPv6 entries share the numbers of a direction: one number names one entry.
  if (matching.length !== 1) return matching.length === 0 ? `InvalidNetworkAclEntry.NotFound: ${where} does not exist` : `${where} names ${matching.length} entries`;
  if (operation.action === 'delete-network-acl-entry') {
    acl.Entries = entries.filter((entry) => !sameNumber(entry));
    return undefined;
  }
  if (!validAclEntry(operation)) return `InvalidParameterValue: ${where}: TCP and UDP need --port-range, ICMP needs --icmp-type-code`;
  acl.Entries = entries.map((entry) => (sameNumber(entry) ? aclEntry(operation) : entry));
  return undefined;
}

/** TCP and UDP entries need ports, ICMP entries a type and code (the API refuses them otherwise). */
function validAclEntry(operation: WriteAclEntry): boolean {
  const protocol = protocolNumber(operation.protocol);
  if (protocol === undefined) return false;
  if (protocol === 6 || protocol === 17) return operation.portRange !== undefined;
  if (protocol === 1 || (protocol === 58 && operation.family === 6)) return operation.icmpTypeCode !== undefined;
  return true;
}

/** Protocol, first and last port of a permission, compared the way AWS matches rules (names and numbers alike; no ports for all protocols). */
function permissionKey(protocolValue: unknown, from: unknown, to: unknown): string | undefined {
  const protocol = typeof protocolValue === 'string' || typeof protocolValue === 'number' ? protocolNumber(protocolValue) : undefined;
  if (protocol === undefined) return undefined;
  if (protocol < 0) return '-1';
  return `${protocol}:${typeof from === 'number' ? from : -1}:${typeof to === 'number' ? to : -1}`;
}

const PROTOCOL_PRINTED: Record<number, string> = { [-1]: '-1', 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmpv6' };

const PEER_LISTS = ['IpRanges', 'Ipv6Ranges', 'PrefixListIds', 'UserIdGroupPairs'] as const;

/** Each peer of a permission spec (a CIDR, a prefix list or a group), with the list it goes in and how two of its values compare. */
function rangesOf(spec: IpPermissionSpec): { key: (typeof PEER_LISTS)[number]; field: 'CidrIp' | 'CidrIpv6' | 'PrefixListId' | 'GroupId'; cidr: string; description?: string; same: (value: unknown) => boolean }[] {
  const described = (range: { Description?: string }) => (range.Description !== undefined ? { description: range.Description } : {});
  const cidrIs = (cidr: string) => (value: unknown) => canonical(value) === cidr;
  const idIs = (id: string) => (value: unknown) => value === id;
  return [
    ...(spec.IpRanges ?? []).map((range) => ({ key: 'IpRanges' as const, field: 'CidrIp' as const, cidr: range.CidrIp, same: cidrIs(range.CidrIp), ...described(range) })),
    ...(spec.Ipv6Ranges ?? []).map((range) => ({ key: 'Ipv6Ranges' as const, field: 'CidrIpv6' as const, cidr: range.CidrIpv6, same: cidrIs(range.CidrIpv6), ...described(range) })),
    ...(spec.PrefixListIds ?? []).map((peer) => ({ key: 'PrefixListIds' as const, field: 'PrefixListId' as const, cidr: peer.PrefixListId, same: idIs(peer.PrefixListId), ...described(peer) })),
    ...(spec.UserIdGroupPairs ?? []).map((peer) => ({ key: 'UserIdGroupPairs' as const, field: 'GroupId' as const, cidr: peer.GroupId, same: idIs(peer.GroupId), ...described(peer) })),
  ];
}

function applyToGroup(group: Json, operation: ChangeSecurityGroup): string | undefined {
  const egress = operation.action.endsWith('egress');
  const key = egress ? 'IpPermissionsEgress' : 'IpPermissions';
  let permissions = (Array.isArray(group[key]) ? (group[key] as unknown[]) : []).map((permission) => (isObject(permission) ? { ...permission } : permission));
  const revoke = operation.action.startsWith('revoke');
  for (const spec of operation.permissions) {
    const wanted = permissionKey(spec.IpProtocol, spec.FromPort, spec.ToPort);
    if (wanted === undefined) return `InvalidPermission.Malformed: ${spec.IpProtocol} is not a protocol`;
    const protocol = protocolNumber(spec.IpProtocol) as number;
    if ((protocol === 6 || protocol === 17) && (spec.FromPort === undefined || spec.ToPort === undefined)) return `InvalidParameterValue: TCP and UDP rules need FromPort and ToPort`;
    const same = (permission: unknown): permission is Json => isObject(permission) && permissionKey(permission.IpProtocol, permission.FromPort, permission.ToPort) === wanted;
    for (const { key: list, field, cidr, description, same: peerIs } of rangesOf(spec)) {
      const range = { [field]: cidr, ...(description !== undefined ? { Description: description } : {}) };
      const holds = (permission: unknown): permission is Json => same(permission) && Array.isArray(permission[list]) && (permission[list] as unknown[]).some((range) => isObject(range) && peerIs(range[field]));
      const holder = permissions.find(holds);
      if (revoke) {
        if (!holder) return `InvalidPermission.NotFound: ${operation.groupId} has no ${egress ? 'egress' : 'ingress'} rule ${wanted} ${cidr}`;
        // A rule is one (protocol, ports, peer): revoking it removes every copy a paste may show.
        for (const permission of permissions.filter(holds)) permission[list] = (permission[list] as unknown[]).filter((range) => !(isObject(range) && peerIs(range[field])));
        continue;
      }
      if (holder) return `InvalidPermission.Duplicate: ${operation.groupId} already has the ${egress ? 'egress' : 'ingress'} rule ${wanted} ${cidr}`;
      const target = permissions.find(same);
      if (target) {
        target[list] = [...(Array.isArray(target[list]) ? (target[list] as unknown[]) : []), range];
      } else {
        permissions.push({
          IpProtocol: PROTOCOL_PRINTED[protocol] ?? String(protocol),
          ...(protocol >= 0 && spec.FromPort !== undefined ? { FromPort: spec.FromPort } : {}),
          ...(protocol >= 0 && spec.ToPort !== undefined ? { ToPort: spec.ToPort } : {}),
          IpRanges: list === 'IpRanges' ? [range] : [],
          Ipv6Ranges: list === 'Ipv6Ranges' ? [range] : [],
          PrefixListIds: list === 'PrefixListIds' ? [range] : [],
          UserIdGroupPairs: list === 'UserIdGroupPairs' ? [range] : [],
        });
      }
    }
  }
  // A rule with no peer left is gone from describe-security-groups.
  permissions = permissions.filter((permission) => !isObject(permission) || PEER_LISTS.some((list) => Array.isArray(permission[list]) && (permission[list] as unknown[]).length > 0));
  group[key] = permissions;
  return undefined;
}

/** One document, parsed on first use. */
interface Held {
  document: InputDocument;
  value?: unknown;
  parsed: boolean;
  changed: boolean;
}

function valueOf(held: Held): unknown {
  if (!held.parsed) {
    held.parsed = true;
    const text = typeof held.document.text === 'string' ? held.document.text : '';
    const result = text.trim().startsWith('{') || text.trim().startsWith('[') ? parseJson(text) : undefined;
    if (result?.ok) held.value = result.value;
  }
  return held.value;
}

/** The documents as they would be printed after the operations ran, in order; an operation AWS would refuse changes nothing and is reported. */
export function applyFix(documents: readonly InputDocument[], operations: readonly FixOperation[]): AppliedFix {
  const held: Held[] = documents.map((document) => ({ document, parsed: false, changed: false }));
  const errors: string[] = [];
  for (const operation of operations) {
    const [kind, id] =
      'routeTableId' in operation ? [ROUTE_TABLES, operation.routeTableId] : 'networkAclId' in operation ? [NETWORK_ACLS, operation.networkAclId] : [SECURITY_GROUPS, operation.groupId];
    const associated = operation.action === 'associate-route-table' ? explicitlyAssociated(held.map(valueOf)) : new Set<string>();
    let found = false;
    for (const entry of held) {
      for (const item of itemsOf(valueOf(entry), kind)) {
        if (item[kind.idKey] !== id) continue;
        found = true;
        // Work on a copy: a refused operation must leave the item as it was.
        const copy = JSON.parse(JSON.stringify(item)) as Json;
        const error =
          'routeTableId' in operation ? applyToTable(copy, operation, associated) : 'networkAclId' in operation ? applyToAcl(copy, operation) : applyToGroup(copy, operation);
        if (error) {
          if (!errors.includes(error)) errors.push(error);
          continue;
        }
        for (const key of Object.keys(item)) delete item[key];
        Object.assign(item, copy);
        entry.changed = true;
      }
    }
    if (!found) errors.push(`${operation.action}: ${id} is not in the inputs`);
  }
  return {
    documents: held.map((entry) => (entry.changed ? { name: entry.document.name, text: `${JSON.stringify(entry.value, null, 2)}\n` } : entry.document)),
    errors,
  };
}
