/**
 * Reads pasted documents into the resource model. Every problem becomes a report for one of
 * the `input-*` rules, at the path of the offending value; nothing here throws on input.
 * A resource with a part that could not be read is kept but marked `incomplete`, so the
 * analysis never claims more than it saw.
 */
import { z, type ZodType } from 'zod';
import { describeValue, isAddressError, parseCidr, type Cidr, type Family } from '../net/address.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, ICMP, ICMPV6, icmpSpan, TCP, UDP, type Span, type TrafficBox } from '../net/traffic.ts';
import type {
  AclEntry,
  NetworkAcl,
  PrefixList,
  Resources,
  Route,
  RouteTable,
  RouteTarget,
  SecurityGroup,
  SgPeer,
  SgRule,
  Subnet,
  Vpc,
} from '../model.ts';
import type { InputMessageIds, InputRuleId } from '../rules/input.ts';
import type { RuleReport } from '../rules/rule.ts';
import type { InputDocument, JsonPath, Localized, Location } from '../types.ts';
import { compileFastCheck } from './fast-check.ts';
import { looksLikeUtf16 } from './encoding.ts';
import { parseJson } from './json-text.ts';
import * as shapes from './shapes.ts';
import { looksLikeJson, readWindowsText, UNDERSTOOD_COMMANDS } from '../windows/read.ts';

/** A problem found while reading, for the `input-*` rule named by `ruleId`, with one of that rule's message ids. */
export type InputProblem = { [R in InputRuleId]: { ruleId: R; report: RuleReport<InputMessageIds[R]> } }[InputRuleId];

type Json = Record<string, unknown>;

const FAST_CHECKS = new WeakMap<ZodType, (value: unknown) => boolean>();

/** The compiled fast path of a schema (compiled once). */
function fastCheckOf(schema: ZodType): (value: unknown) => boolean {
  let check = FAST_CHECKS.get(schema);
  if (!check) {
    check = compileFastCheck(schema);
    FAST_CHECKS.set(schema, check);
  }
  return check;
}

// Item shapes whose nested arrays are read item by item, so one bad route does not hide the rest.
const ShallowRouteTable = shapes.RouteTable.extend({ Routes: z.array(z.unknown()).optional() });
const ShallowNetworkAcl = shapes.NetworkAcl.extend({ Entries: z.array(z.unknown()).optional() });
const ShallowSecurityGroup = shapes.SecurityGroup.extend({
  IpPermissions: z.array(z.unknown()).optional(),
  IpPermissionsEgress: z.array(z.unknown()).optional(),
});

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Top-level keys of each output, in the order they are read. */
const COLLECTIONS = ['Vpcs', 'Subnets', 'RouteTables', 'NetworkAcls', 'SecurityGroups', 'Entries'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Keys of the EC2 XML API (and of SDKs that mirror it) that the CLI prints differently. */
const XML_NAMES: Record<string, string> = {
  routeTableSet: 'RouteTables',
  routeSet: 'Routes',
  networkAclSet: 'NetworkAcls',
  entrySet: 'Entries',
  securityGroupInfo: 'SecurityGroups',
  ipPermissions: 'IpPermissions',
  ipPermissionsEgress: 'IpPermissionsEgress',
  subnetSet: 'Subnets',
  vpcSet: 'Vpcs',
  associationSet: 'Associations',
  routeTableId: 'RouteTableId',
  networkAclId: 'NetworkAclId',
  groupId: 'GroupId',
};

const has = (value: Json, key: string): boolean => Object.hasOwn(value, key);
const hasAny = (value: Json, keys: readonly string[]): boolean => keys.some((key) => Object.hasOwn(value, key));

/**
 * What a single resource object is, by its whole shape: its own id field plus a field only that
 * kind has, and none of the id fields that would make it part of another resource (an ACL's
 * association has a SubnetId too). A network ACL has `Entries` like prefix-list entries do, so
 * the id decides before any collection key is looked at.
 */
function singleKind(value: Json): Collection | undefined {
  if (has(value, 'RouteTableId') && hasAny(value, ['Routes', 'Associations', 'PropagatingVgws']) && !has(value, 'NetworkAclId')) return 'RouteTables';
  if (has(value, 'NetworkAclId') && hasAny(value, ['Entries', 'Associations', 'IsDefault']) && !has(value, 'RouteTableId')) return 'NetworkAcls';
  if (has(value, 'GroupId') && hasAny(value, ['IpPermissions', 'IpPermissionsEgress', 'GroupName']) && !hasAny(value, ['RouteTableId', 'NetworkAclId', 'SubnetId'])) return 'SecurityGroups';
  if (has(value, 'SubnetId') && hasAny(value, ['CidrBlock', 'AvailabilityZone', 'Ipv6CidrBlockAssociationSet', 'AvailableIpAddressCount']) && !hasAny(value, ['RouteTableId', 'NetworkAclId', 'GroupId'])) return 'Subnets';
  if (has(value, 'VpcId') && hasAny(value, ['CidrBlock', 'CidrBlockAssociationSet', 'Ipv6CidrBlockAssociationSet', 'InstanceTenancy']) && !hasAny(value, ['SubnetId', 'RouteTableId', 'NetworkAclId', 'GroupId'])) return 'Vpcs';
  if (has(value, 'Cidr') && !hasAny(value, ['VpcId', 'SubnetId', 'CidrBlock'])) return 'Entries';
  return undefined;
}

/** Keys under which `create-*` commands print one resource (`{"NetworkAcl": {...}}`). */
const SINGULAR_WRAPPERS: Readonly<Record<string, Collection>> = { RouteTable: 'RouteTables', NetworkAcl: 'NetworkAcls', Subnet: 'Subnets', Vpc: 'Vpcs', SecurityGroup: 'SecurityGroups' };

/** The one wrapped resource of a `create-*` output, when `value` is such an output. */
function singularWrapper(value: Json): { key: string; item: Json } | undefined {
  const keys = Object.keys(value);
  const key = keys.find((name) => Object.hasOwn(SINGULAR_WRAPPERS, name));
  if (key === undefined) return undefined;
  const item = value[key];
  return isObject(item) && singleKind(item) === SINGULAR_WRAPPERS[key] ? { key, item } : undefined;
}

class Reader {
  readonly resources: Resources = { routeTables: [], networkAcls: [], securityGroups: [], subnets: [], vpcs: [], prefixLists: [], windows: [], documents: [], conflicted: new Set() };
  readonly problems: InputProblem[] = [];
  /** Where each resource id was first defined, with the item itself, to tell a copy from a conflicting version. */
  private readonly seen = new Map<string, { at: Location; item: unknown; canonical?: string; conflictReported: boolean }>();

  private problem<R extends InputRuleId>(ruleId: R, messageId: InputMessageIds[R], at: RuleReport['at'], data?: RuleReport['data'], localizedData?: RuleReport['localizedData']): void {
    this.problems.push({ ruleId, report: { messageId, at, ...(data ? { data } : {}), ...(localizedData ? { localizedData } : {}) } } as InputProblem);
  }

  read(document: InputDocument): void {
    const file = document.name;
    const kinds: string[] = [];
    this.resources.documents.push({ name: file, kinds });
    if (typeof document.text !== 'string' || document.text.trim() === '') {
      this.problem('input-json', 'empty', { file, path: [] });
      return;
    }
    if (looksLikeUtf16(document.text)) {
      this.problem('input-document', 'utf16', { file, path: [] });
      return;
    }
    if (!looksLikeJson(document.text)) {
      this.readWindows(file, document.text, kinds);
      return;
    }
    const parsed = parseJson(document.text);
    if (!parsed.ok) {
      this.problem('input-json', 'invalid', { file, path: [], offset: parsed.offset, length: parsed.length }, {}, { problem: parsed.message });
      return;
    }
    const value = parsed.value;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        this.problem('input-document', 'emptyArray', { file, path: [] });
      } else if (value.every((item) => isObject(item) && singleKind(item) === 'Entries')) {
        // A bare array of prefix-list entries (`--query Entries`) is one list, named by the file.
        kinds.push('PrefixListEntries');
        this.readPrefixList(file, value.map((raw, index) => ({ raw, path: [index] })), [], {});
      } else {
        value.forEach((item, index) => this.readSingle(file, item, [index], kinds));
      }
      return;
    }
    if (!isObject(value)) {
      this.problem('input-document', 'notObject', { file, path: [] }, {}, { actual: describeValue(value) });
      return;
    }
    const single = singleKind(value);
    if (single && single !== 'Entries') {
      this.readSingle(file, value, [], kinds);
      return;
    }
    const wrapped = singularWrapper(value);
    if (wrapped) {
      this.readSingle(file, wrapped.item, [wrapped.key], kinds);
      return;
    }
    const found = COLLECTIONS.filter((key) => has(value, key));
    if (found.length > 0) {
      for (const key of found) {
        kinds.push(key === 'Entries' ? 'PrefixListEntries' : key);
        this.readCollection(file, key, value[key], [key], value);
      }
      return;
    }
    this.readSingle(file, value, [], kinds);
  }

  /** Text that is not JSON: Windows command output pasted from inside a WorkSpace. */
  private readWindows(file: string, text: string, kinds: string[]): void {
    const windows = readWindowsText(file, text);
    if (windows.outputs.length === 0) {
      const messageId = windows.encoding ? 'garbledText' : 'unrecognisedText';
      this.problem('input-document', messageId, { file, path: [], ...(windows.encoding?.span ?? {}) }, {}, { commands: { en: UNDERSTOOD_COMMANDS.join(', '), ja: UNDERSTOOD_COMMANDS.join('、') } });
      return;
    }
    for (const output of windows.outputs) if (!kinds.includes(output.kind)) kinds.push(output.kind);
    this.resources.windows.push(windows);
  }

  private readSingle(file: string, value: unknown, path: JsonPath, kinds: string[]): void {
    const kind = isObject(value) ? singleKind(value) : undefined;
    if (!kind || !isObject(value)) {
      this.unrecognised(file, value, path);
      return;
    }
    const name = kind === 'Entries' ? 'PrefixListEntries' : kind;
    if (!kinds.includes(name)) kinds.push(name);
    if (kind === 'Entries') this.readPrefixList(file, [{ raw: value, path }], path, {});
    else this.readItem(file, kind, value, path);
  }

  private unrecognised(file: string, value: unknown, path: JsonPath): void {
    if (isObject(value)) {
      const xml = Object.keys(value).find((key) => Object.hasOwn(XML_NAMES, key));
      if (xml) {
        this.problem('input-document', 'xmlNames', { file, path: [...path, xml] }, { key: xml, cliKey: XML_NAMES[xml] ?? xml });
        return;
      }
      if ('Resources' in value || 'AWSTemplateFormatVersion' in value) {
        this.problem('input-document', 'template', { file, path });
        return;
      }
    }
    this.problem('input-document', 'unknown', { file, path }, {}, { actual: describeValue(value) });
  }

  private readCollection(file: string, key: Collection, items: unknown, path: JsonPath, parent: Json): void {
    if (!Array.isArray(items)) {
      this.problem('input-field', 'wrongType', { file, path }, { field: key }, { expected: TYPE_NAMES.array, actual: describeValue(items) });
      return;
    }
    if (key === 'Entries') {
      this.readPrefixList(file, items.map((raw, index) => ({ raw, path: [...path, index] })), path, parent);
      return;
    }
    items.forEach((item, index) => {
      if (!isObject(item)) {
        this.problem('input-field', 'wrongType', { file, path: [...path, index] }, { field: `${key}[${index}]` }, { expected: TYPE_NAMES.object, actual: describeValue(item) });
        return;
      }
      this.readItem(file, key, item, [...path, index]);
    });
  }

  private readItem(file: string, kind: Collection, value: Json, path: JsonPath): void {
    switch (kind) {
      case 'RouteTables':
        return this.readRouteTable(file, value, path);
      case 'NetworkAcls':
        return this.readNetworkAcl(file, value, path);
      case 'SecurityGroups':
        return this.readSecurityGroup(file, value, path);
      case 'Subnets':
        return this.readSubnet(file, value, path);
      case 'Vpcs':
        return this.readVpc(file, value, path);
      case 'Entries':
        return;
    }
  }

  /** Validates `value` against a shape; reports every issue at its own path. */
  private check<T>(schema: ZodType<T>, value: unknown, file: string, path: JsonPath): T | undefined {
    if (fastCheckOf(schema)(value)) return value as T;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
      const field = issuePath.length > 0 ? issuePath.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, '') : 'value';
      const actual = valueAt(value, issuePath);
      if (actual === undefined) {
        this.problem('input-field', 'missing', { file, path: [...path, ...issuePath] }, { field });
      } else if (typeof actual === 'number' && (!Number.isFinite(actual) || (Number.isInteger(actual) && !Number.isSafeInteger(actual)))) {
        // 1e309 reads as Infinity and 2^53 + 1 as 2^53: the number written is not the number read.
        this.problem('input-value', Number.isFinite(actual) ? 'unsafeInteger' : 'infiniteNumber', { file, path: [...path, ...issuePath] }, { field, actual: String(actual) });
      } else {
        const expected = issue.code === 'invalid_type' ? ((Object.hasOwn(TYPE_NAMES, String(issue.expected)) ? (TYPE_NAMES as Record<string, Localized>)[String(issue.expected)] : undefined) ?? { en: String(issue.expected), ja: String(issue.expected) }) : { en: issue.message, ja: issue.message };
        this.problem('input-field', 'wrongType', { file, path: [...path, ...issuePath] }, { field }, { expected, actual: describeValue(actual) });
      }
    }
    return undefined;
  }

  /** Parsed CIDR texts per expected family: a large account repeats the same blocks everywhere. */
  private readonly cidrs: Record<Family | 0, Map<string, ReturnType<typeof parseCidr>>> = { 0: new Map(), 4: new Map(), 6: new Map() };

  private parseCidr(text: unknown, family?: Family): ReturnType<typeof parseCidr> {
    if (typeof text !== 'string') return parseCidr(text, family);
    const known = this.cidrs[family ?? 0];
    let parsed = known.get(text);
    if (!parsed) {
      parsed = parseCidr(text, family);
      known.set(text, parsed);
    }
    return parsed;
  }

  /**
   * Remembers a resource id. A second, identical copy is reported and skipped; a second definition
   * with other content is a conflict: reported at both places and kept, so the analysis weighs
   * every version and the verdict does not depend on which document came first.
   */
  private firstDefinition(id: string, at: Location, kind: string, item: unknown): boolean {
    const key = `${kind}:${id}`;
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, { at, item, conflictReported: false });
      return true;
    }
    earlier.canonical ??= canonicalJson(earlier.item);
    if (canonicalJson(item) === earlier.canonical) {
      this.problem('input-duplicate', 'duplicate', at, { id, file: earlier.at.file });
      return false;
    }
    this.problem('input-conflict', 'definition', at, { id, file: earlier.at.file });
    if (!earlier.conflictReported) {
      earlier.conflictReported = true;
      this.problem('input-conflict', 'definition', earlier.at, { id, file: at.file });
    }
    this.resources.conflicted.add(`${kind}:${id}`);
    return true;
  }

  /** The CIDR at `parent[key]`; the path is built only when there is something to report. */
  private cidrAt(file: string, text: unknown, parent: JsonPath, key: string | number, family?: Family): Cidr | undefined {
    const parsed = this.parseCidr(text, family);
    if (isAddressError(parsed)) {
      this.problem('input-cidr', 'invalid', { file, path: [...parent, key] }, {}, { problem: parsed.error });
      return undefined;
    }
    if (parsed.hostBitsSet) this.problem('input-cidr-host-bits', 'hostBits', { file, path: [...parent, key] }, { cidr: String(text), canonical: parsed.canonical });
    return parsed;
  }

  private readRouteTable(file: string, value: Json, path: JsonPath): void {
    const table = this.check(ShallowRouteTable, value, file, path);
    if (!table) return;
    const at = { file, path: [...path, 'RouteTableId'] };
    if (!this.firstDefinition(table.RouteTableId, at, 'rtb', value)) return;
    const result: RouteTable = { id: table.RouteTableId, main: false, subnets: [], routes: [], propagatingVgws: [], incomplete: false, at, ...(table.VpcId ? { vpcId: table.VpcId } : {}) };
    (table.Associations ?? []).forEach((association, index) => {
      const state = association.AssociationState?.State;
      if (state === 'disassociated' || state === 'failed') return;
      if (association.Main) result.main = true;
      if (association.SubnetId) result.subnets.push({ id: association.SubnetId, at: { file, path: [...path, 'Associations', index, 'SubnetId'] } });
    });
    (table.PropagatingVgws ?? []).forEach((vgw, index) => result.propagatingVgws.push({ id: vgw.GatewayId, at: { file, path: [...path, 'PropagatingVgws', index, 'GatewayId'] } }));
    const routes = Array.isArray(value.Routes) ? value.Routes : [];
    routes.forEach((raw, index) => {
      const route = this.readRoute(file, table.RouteTableId, raw, [...path, 'Routes', index], index);
      if (route) result.routes.push(route);
      else result.incomplete = true;
    });
    this.resources.routeTables.push(result);
  }

  private readRoute(file: string, tableId: string, raw: unknown, path: JsonPath, index: number): Route | undefined {
    const route = this.check(shapes.Route, raw, file, path);
    if (!route) return undefined;
    const destinations = DESTINATION_FIELDS.filter((key) => route[key] !== undefined);
    const [destinationKey] = destinations;
    if (destinations.length !== 1 || destinationKey === undefined) {
      this.problem('input-field', destinations.length === 0 ? 'routeNoDestination' : 'routeManyDestinations', { file, path }, { fields: destinations.join(', ') });
      return undefined;
    }
    let destination: Route['destination'];
    if (destinationKey === 'DestinationPrefixListId') {
      destination = { kind: 'prefix-list', id: route.DestinationPrefixListId as string };
    } else {
      const parsed = this.cidrAt(file, route[destinationKey], path, destinationKey, destinationKey === 'DestinationCidrBlock' ? 4 : 6);
      if (!parsed) return undefined;
      destination = { kind: 'cidr', cidr: parsed };
    }
    const target = routeTarget(route, destination.kind === 'prefix-list');
    if (!target) {
      this.problem('input-field', 'routeNoTarget', { file, path });
      return undefined;
    }
    const state = route.State ?? 'active';
    return {
      tableId,
      index,
      destination,
      target,
      blackhole: state === 'blackhole',
      // AWS does not document what "filtered" (VPC Route Server) does to forwarding: keep it forwarding, and say so.
      filtered: state === 'filtered',
      origin: route.Origin !== undefined && DYNAMIC_ORIGINS.has(route.Origin) ? 'propagated' : 'static',
      ...(route.Origin !== undefined ? { originText: route.Origin } : {}),
      at: { file, path },
    };
  }

  private readNetworkAcl(file: string, value: Json, path: JsonPath): void {
    const acl = this.check(ShallowNetworkAcl, value, file, path);
    if (!acl) return;
    const at = { file, path: [...path, 'NetworkAclId'] };
    if (!this.firstDefinition(acl.NetworkAclId, at, 'acl', value)) return;
    const result: NetworkAcl = { id: acl.NetworkAclId, isDefault: acl.IsDefault === true, subnets: [], entries: [], incomplete: false, at, ...(acl.VpcId ? { vpcId: acl.VpcId } : {}) };
    (acl.Associations ?? []).forEach((association, index) => result.subnets.push({ id: association.SubnetId, at: { file, path: [...path, 'Associations', index, 'SubnetId'] } }));
    const seenNumbers = new Map<string, number>();
    (acl.Entries ?? []).forEach((raw, index) => {
      const entry = this.readAclEntry(file, acl.NetworkAclId, raw, [...path, 'Entries', index]);
      if (!entry) {
        result.incomplete = true;
        return;
      }
      const key = `${entry.egress}:${entry.family}:${entry.ruleNumber}`;
      const earlier = seenNumbers.get(key);
      if (earlier !== undefined) {
        this.problem('input-value', 'duplicateRuleNumber', { file, path: [...path, 'Entries', index, 'RuleNumber'] }, { number: entry.ruleNumber, index: earlier });
        result.incomplete = true;
        return;
      }
      seenNumbers.set(key, index);
      result.entries.push(entry);
    });
    result.entries.sort((a, b) => a.ruleNumber - b.ruleNumber);
    this.resources.networkAcls.push(result);
  }

  private readAclEntry(file: string, aclId: string, raw: unknown, path: JsonPath): AclEntry | undefined {
    const entry = this.check(shapes.NetworkAclEntry, raw, file, path);
    if (!entry) return undefined;
    const hasV4 = entry.CidrBlock !== undefined;
    const hasV6 = entry.Ipv6CidrBlock !== undefined;
    if (hasV4 === hasV6) {
      this.problem('input-field', hasV4 ? 'aclBothCidrs' : 'aclNoCidr', { file, path });
      return undefined;
    }
    const family: Family = hasV4 ? 4 : 6;
    const cidrKey = hasV4 ? 'CidrBlock' : 'Ipv6CidrBlock';
    const block = this.cidrAt(file, entry[cidrKey], path, cidrKey, family);
    if (!block) return undefined;
    const action = entry.RuleAction.toLowerCase();
    if (action !== 'allow' && action !== 'deny') {
      this.problem('input-value', 'ruleAction', { file, path: [...path, 'RuleAction'] }, { actual: entry.RuleAction });
      return undefined;
    }
    const number = entry.RuleNumber;
    const isDefaultDeny = number === 32767 || number === 32768;
    if (!isDefaultDeny && (number < 1 || number > 32766)) {
      this.problem('input-value', 'ruleNumber', { file, path: [...path, 'RuleNumber'] }, { actual: number });
      return undefined;
    }
    const protocol = protocolNumber(entry.Protocol);
    if (protocol === undefined) {
      this.problem('input-value', 'protocol', { file, path: [...path, 'Protocol'] }, { actual: String(entry.Protocol) });
      return undefined;
    }
    let details: Span = ALL_DETAILS;
    if (protocol === TCP || protocol === UDP) {
      if (!entry.PortRange) {
        this.problem('input-field', 'aclNoPortRange', { file, path }, { protocol: protocol === TCP ? 'TCP (6)' : 'UDP (17)' });
        return undefined;
      }
      const { From, To } = entry.PortRange;
      if (!validPort(From) || !validPort(To) || From > To) {
        this.problem('input-value', 'portRange', { file, path: [...path, 'PortRange'] }, { from: From, to: To });
        return undefined;
      }
      details = [From, To];
    } else if (protocol === ICMP || (protocol === ICMPV6 && family === 6)) {
      if (!entry.IcmpTypeCode) {
        this.problem('input-field', 'aclNoIcmp', { file, path }, { protocol: protocol === ICMP ? 'ICMP (1)' : 'ICMPv6 (58)' });
        return undefined;
      }
      const { Type, Code } = entry.IcmpTypeCode;
      if (Type < -1 || Type > 255 || Code < -1 || Code > 255) {
        this.problem('input-value', 'icmp', { file, path: [...path, 'IcmpTypeCode'] }, { type: Type, code: Code });
        return undefined;
      }
      details = icmpSpan(Type, Code);
    }
    const box: TrafficBox = { protocols: protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol], details, addresses: [block.first, block.last] };
    return {
      aclId,
      ruleNumber: number,
      egress: entry.Egress,
      action,
      protocol,
      family,
      cidr: block,
      box,
      isDefaultDeny,
      at: { file, path },
      ...(entry.PortRange ? { portRange: { from: entry.PortRange.From, to: entry.PortRange.To } } : {}),
      ...(entry.IcmpTypeCode ? { icmp: { type: entry.IcmpTypeCode.Type, code: entry.IcmpTypeCode.Code } } : {}),
    };
  }

  private readSecurityGroup(file: string, value: Json, path: JsonPath): void {
    const group = this.check(ShallowSecurityGroup, value, file, path);
    if (!group) return;
    const at = { file, path: [...path, 'GroupId'] };
    if (!this.firstDefinition(group.GroupId, at, 'sg', value)) return;
    const result: SecurityGroup = {
      id: group.GroupId,
      ingress: [],
      egress: [],
      incomplete: false,
      at,
      ...(group.GroupName ? { name: group.GroupName } : {}),
      ...(group.VpcId ? { vpcId: group.VpcId } : {}),
    };
    for (const [key, egress] of [['IpPermissions', false], ['IpPermissionsEgress', true]] as const) {
      (group[key] ?? []).forEach((raw, index) => {
        const rules = this.readPermission(file, group.GroupId, egress, raw, [...path, key, index]);
        if (rules) (egress ? result.egress : result.ingress).push(...rules);
        else result.incomplete = true;
      });
    }
    this.resources.securityGroups.push(result);
  }

  private readPermission(file: string, groupId: string, egress: boolean, raw: unknown, path: JsonPath): SgRule[] | undefined {
    const permission = this.check(shapes.IpPermission, raw, file, path);
    if (!permission) return undefined;
    const protocol = protocolNumber(permission.IpProtocol);
    if (protocol === undefined) {
      this.problem('input-value', 'protocol', { file, path: [...path, 'IpProtocol'] }, { actual: String(permission.IpProtocol) });
      return undefined;
    }
    const from = permission.FromPort;
    const to = permission.ToPort;
    let details: Span = ALL_DETAILS;
    if (protocol === TCP || protocol === UDP) {
      if (from === undefined || to === undefined || !validPort(from) || !validPort(to) || from > to) {
        this.problem('input-value', 'sgPorts', { file, path: [...path, from === undefined ? 'FromPort' : 'ToPort'] }, { from: String(from), to: String(to) });
        return undefined;
      }
      details = [from, to];
    } else if (protocol === ICMP || protocol === ICMPV6) {
      if (from !== undefined && (from < -1 || from > 255 || (to !== undefined && (to < -1 || to > 255)))) {
        this.problem('input-value', 'icmp', { file, path: [...path, 'FromPort'] }, { type: from, code: String(to) });
        return undefined;
      }
      details = from === undefined ? ALL_DETAILS : icmpSpan(from, to ?? -1);
    }
    const protocols: Span = protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol];
    const rules: SgRule[] = [];
    let broken = false;
    const base = { groupId, egress, protocol, protocolText: String(permission.IpProtocol), ...(from !== undefined ? { fromPort: from } : {}), ...(to !== undefined ? { toPort: to } : {}) };
    const add = (peer: SgPeer, peerPath: JsonPath, addresses: TrafficBox['addresses']) =>
      rules.push({ ...base, peer, box: { protocols, details, addresses }, at: { file, path: peerPath } });
    (permission.IpRanges ?? []).forEach((range, index) => {
      const block = this.cidrAt(file, range.CidrIp, [...path, 'IpRanges', index], 'CidrIp', 4);
      if (block) add({ kind: 'cidr', cidr: block }, [...path, 'IpRanges', index, 'CidrIp'], [block.first, block.last]);
      else broken = true;
    });
    (permission.Ipv6Ranges ?? []).forEach((range, index) => {
      const block = this.cidrAt(file, range.CidrIpv6, [...path, 'Ipv6Ranges', index], 'CidrIpv6', 6);
      if (block) add({ kind: 'cidr', cidr: block }, [...path, 'Ipv6Ranges', index, 'CidrIpv6'], [block.first, block.last]);
      else broken = true;
    });
    (permission.PrefixListIds ?? []).forEach((entry, index) =>
      add({ kind: 'prefix-list', id: entry.PrefixListId }, [...path, 'PrefixListIds', index, 'PrefixListId'], [1n, 0n]),
    );
    (permission.UserIdGroupPairs ?? []).forEach((pair, index) => {
      if (pair.GroupId) add({ kind: 'group', groupId: pair.GroupId }, [...path, 'UserIdGroupPairs', index, 'GroupId'], [1n, 0n]);
    });
    return broken ? undefined : rules;
  }

  private readSubnet(file: string, value: Json, path: JsonPath): void {
    const subnet = this.check(shapes.Subnet, value, file, path);
    if (!subnet) return;
    const at = { file, path: [...path, 'SubnetId'] };
    if (!this.firstDefinition(subnet.SubnetId, at, 'subnet', value)) return;
    const cidrs: Cidr[] = [];
    if (subnet.CidrBlock !== undefined) {
      const block = this.cidrAt(file, subnet.CidrBlock, path, 'CidrBlock', 4);
      if (block) cidrs.push(block);
    }
    (subnet.Ipv6CidrBlockAssociationSet ?? []).forEach((association, index) => {
      const block = this.cidrAt(file, association.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', index], 'Ipv6CidrBlock', 6);
      if (block) cidrs.push(block);
    });
    const result: Subnet = { id: subnet.SubnetId, cidrs, at, ...(subnet.VpcId ? { vpcId: subnet.VpcId } : {}) };
    this.resources.subnets.push(result);
  }

  private readVpc(file: string, value: Json, path: JsonPath): void {
    const vpc = this.check(shapes.Vpc, value, file, path);
    if (!vpc) return;
    const at = { file, path: [...path, 'VpcId'] };
    if (!this.firstDefinition(vpc.VpcId, at, 'vpc', value)) return;
    const cidrs: Vpc['cidrs'] = [];
    const add = (text: string, parent: JsonPath, key: string, family: Family) => {
      const block = this.cidrAt(file, text, parent, key, family);
      if (block) cidrs.push({ cidr: block, at: { file, path: [...parent, key] } });
    };
    const associations = vpc.CidrBlockAssociationSet ?? [];
    if (associations.length === 0 && vpc.CidrBlock !== undefined) add(vpc.CidrBlock, path, 'CidrBlock', 4);
    associations.forEach((association, index) => add(association.CidrBlock, [...path, 'CidrBlockAssociationSet', index], 'CidrBlock', 4));
    (vpc.Ipv6CidrBlockAssociationSet ?? []).forEach((association, index) => add(association.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', index], 'Ipv6CidrBlock', 6));
    const result: Vpc = { id: vpc.VpcId, cidrs, at };
    this.resources.vpcs.push(result);
  }

  private readPrefixList(file: string, items: { raw: unknown; path: JsonPath }[], path: JsonPath, parent: Json): void {
    const explicit = typeof parent.PrefixListId === 'string' ? parent.PrefixListId : undefined;
    const id = explicit ?? /\bpl-[0-9a-f]{8,17}\b/.exec(file)?.[0];
    if (!id) {
      this.problem('input-document', 'prefixListId', { file, path });
      return;
    }
    const at = { file, path: explicit ? ['PrefixListId'] : path };
    if (!this.firstDefinition(id, at, 'pl', items.map((item) => item.raw))) return;
    const result: PrefixList = { id, entries: [], incomplete: false, at };
    for (const item of items) {
      const entry = this.check(shapes.PrefixListEntry, item.raw, file, item.path);
      const block = entry && this.cidrAt(file, entry.Cidr, item.path, 'Cidr');
      if (block) result.entries.push({ cidr: block, at: { file, path: [...item.path, 'Cidr'] } });
      else result.incomplete = true;
    }
    this.resources.prefixLists.push(result);
  }
}

const PROTOCOL_NAMES: Record<string, number> = { tcp: TCP, udp: UDP, icmp: ICMP, icmpv6: ICMPV6, all: -1 };

/** IANA number of a protocol as NACLs ("6") or security groups ("tcp") print it; -1 = all. */
export function protocolNumber(value: string | number): number | undefined {
  const text = String(value).trim().toLowerCase();
  // Own names only: `constructor` or `__proto__` would otherwise be found on Object.prototype.
  if (Object.hasOwn(PROTOCOL_NAMES, text)) return PROTOCOL_NAMES[text];
  if (!/^-?\d{1,3}$/.test(text)) return undefined;
  const number = Number(text);
  if (number === -1) return -1;
  return number >= 0 && number <= 255 ? number : undefined;
}

function validPort(port: number): boolean {
  return Number.isInteger(port) && port >= 0 && port <= 65535;
}

/** Names of JSON types in messages. */
const TYPE_NAMES = {
  string: { en: 'a string', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  int: { en: 'an integer', ja: '整数' },
  integer: { en: 'an integer', ja: '整数' },
  boolean: { en: 'a boolean', ja: '真偽値' },
  array: { en: 'an array', ja: '配列' },
  object: { en: 'an object', ja: 'オブジェクト' },
} satisfies Record<string, Localized>;

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Route origins whose routes come from a router elsewhere: VGW propagation and VPC Route Server. */
export const DYNAMIC_ORIGINS: ReadonlySet<string> = new Set(['EnableVgwRoutePropagation', 'Advertisement']);

/** Literal text queued between the values `canonicalJson` still has to write. */
class Punctuation {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/**
 * JSON text of a value with object keys sorted, so two copies of a resource compare equal
 * whatever order their keys were printed in. Iterative: pasted values can nest deeply.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Punctuation) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      out.push('[');
      stack.push(new Punctuation(']'));
      for (let index = item.length - 1; index >= 0; index--) {
        stack.push(item[index]);
        if (index > 0) stack.push(new Punctuation(','));
      }
    } else if (typeof item === 'object' && item !== null) {
      out.push('{');
      const keys = Object.keys(item).sort();
      stack.push(new Punctuation('}'));
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        stack.push((item as Record<string, unknown>)[key]);
        stack.push(new Punctuation(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`));
      }
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  }
  return out.join('');
}

/** The destination fields of a route, exactly one of which must be present. */
const DESTINATION_FIELDS = ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId'] as const;

/** Target fields other than GatewayId, in the order they are tried. */
const TARGET_FIELDS: readonly (readonly [string, RouteTarget['kind']])[] = [
  ['NatGatewayId', 'nat-gateway'],
  ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['CarrierGatewayId', 'carrier-gateway'],
  ['TransitGatewayId', 'transit-gateway'],
  ['VpcPeeringConnectionId', 'peering-connection'],
  ['LocalGatewayId', 'local-gateway'],
  ['CoreNetworkArn', 'core-network'],
  ['OdbNetworkArn', 'odb-network'],
  ['NetworkInterfaceId', 'network-interface'],
  ['InstanceId', 'instance'],
  ['VpcEndpointId', 'gateway-load-balancer-endpoint'],
];

/** Every field a route can name its next hop in, in the order they are read. */
export const ROUTE_TARGET_FIELDS: readonly string[] = ['GatewayId', ...TARGET_FIELDS.map(([field]) => field)];

/** The next hop of a route, from whichever target field it has. */
function routeTarget(route: Record<string, unknown>, prefixListDestination: boolean): RouteTarget | undefined {
  const gateway = route.GatewayId;
  if (typeof gateway === 'string') {
    if (gateway === 'local') return { kind: 'local', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('igw-')) return { kind: 'internet-gateway', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('vgw-')) return { kind: 'virtual-private-gateway', id: gateway, field: 'GatewayId' };
    if (gateway.startsWith('vpce-')) {
      return { kind: prefixListDestination ? 'gateway-endpoint' : 'gateway-load-balancer-endpoint', id: gateway, field: 'GatewayId' };
    }
    return { kind: 'unknown', id: gateway, field: 'GatewayId' };
  }
  for (const [field, kind] of TARGET_FIELDS) {
    const id = route[field];
    if (typeof id === 'string') return { kind, id, field };
  }
  return undefined;
}

/** Reads every document; problems come back as input-rule reports. */
export function readDocuments(documents: readonly InputDocument[]): { resources: Resources; problems: InputProblem[] } {
  const reader = new Reader();
  for (const document of documents) reader.read(document);
  return { resources: reader.resources, problems: reader.problems };
}

