/**
 * The network resources of a CloudFormation template, mapped onto the model the describe-*
 * readers fill (validators/model.ts), so every rule, the proof and the path analysis apply as they
 * are. Ids are logical ids. What AWS creates along with a resource is named after it:
 * `Vpc.MainRouteTable` (the VPC's main table: its local routes only, for subnets without an
 * association), `Vpc.DefaultNetworkAcl` (allow all, for subnets without an association),
 * `Vpc.DefaultSecurityGroup` (when something refers to it) and `Directory.WorkspaceSecurityGroupId`
 * (the `_workspacesMembers` group WorkSpaces puts on the WorkSpaces of a directory: all outbound IPv4
 * allowed).
 *
 * A value known only at deployment never becomes a guess: the route table, network ACL or security
 * group it belongs to is taken as not fully known (so what it decides is unverified), or the next
 * hop it names is of unknown kind, and an input-unresolved finding names the property and the
 * resource. CloudFormation keeps AWS's allow-all egress of a group without `SecurityGroupEgress`;
 * CDK's placeholder egress rule (255.255.255.255/32, ICMP 252/86) means the group has none.
 */
import { DEFAULT_ENDPOINT_POLICY } from '../../../analysis/endpoint-policy.ts';
import { ALL_DETAILS, ALL_PROTOCOLS } from '../../../net/traffic.ts';
import { isAddressError, parseCidr, type Cidr } from '../../../net/address.ts';
import type {
  AclEntry,
  BlockPublicAccessExclusion,
  BlockPublicAccessOptions,
  BpaMode,
  InternetGateway,
  NatGateway,
  ResourceCollection,
  NetworkAcl,
  NetworkInterface,
  PrefixList,
  Route,
  RouteTable,
  RouteTarget,
  SecurityGroup,
  SgPeer,
  Subnet,
  TransitGatewayAttachment,
  TransitGatewayVpcAttachment,
  Vpc,
  VpcEndpoint,
  Workspace,
  WorkspaceDirectory,
} from '../../../model.ts';
import type { Localized, Location } from '../../../types.ts';
import type { JsonPath } from '../../json-text.ts';
import { aclEntryKey, readAclEntry } from '../../kinds/network-acls.ts';
import { ROUTE_TARGET_FIELDS, routeTarget } from '../../kinds/route-tables.ts';
import { permissionRule, permissionTraffic } from '../../kinds/security-groups.ts';
import { isObject, type Json, type ReadContext } from '../../read-context.ts';
import { integerArgument } from './cidr.ts';
import { causeText, impliedId, Template, type Named, type TemplateResource, type Unknown, type Value } from './template.ts';

/** Transforms that add no network resource (serverless functions, secret rotation, the language extensions without Fn::ForEach). */
const QUIET_TRANSFORMS: ReadonlySet<string> = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions', 'AWS::SecretsManager-2020-07-23']);

/** Resource types that run code or stacks of their own: what they are handed, they may change. */
const isExternal = (type: string) => type === 'AWS::CloudFormation::Stack' || type === 'AWS::CloudFormation::CustomResource' || type === 'AWS::Serverless::Application' || (type.startsWith('Custom::') && type !== 'Custom::VpcRestrictDefaultSG');

/** What an unresolved value does to the analysis, as the end of a finding. */
const EFFECT = {
  table: (id: string): Localized => ({ en: `route table ${id} is taken as not fully known`, ja: `ルートテーブル ${id} は内容が確定しないものとして扱います` }),
  acl: (id: string): Localized => ({ en: `network ACL ${id} is taken as not fully known`, ja: `ネットワーク ACL ${id} は内容が確定しないものとして扱います` }),
  group: (id: string): Localized => ({ en: `security group ${id} is taken as not fully known`, ja: `セキュリティグループ ${id} は内容が確定しないものとして扱います` }),
  target: { en: 'what kind of next hop the route sends to is not known', ja: 'ルートの送り先がどの種類のネクストホップかわかりません' },
  targetIdentity: { en: 'the kind of next hop is known, which one it is is not', ja: 'ネクストホップの種類はわかりますが、どれなのかはわかりません' },
  localRoutes: (id: string): Localized => ({ en: `the local routes of ${id} are left out`, ja: `${id} の local ルートは含めません` }),
  families: (id: string): Localized => ({ en: `both address families of ${id} are analysed`, ja: `${id} は IPv4 と IPv6 の両方を解析します` }),
  leftOut: { en: 'it is left out, since what it belongs to is not in the inputs', ja: '所属先が入力にないため、読み込みません' },
  created: { en: 'it is read as created', ja: '作成されるものとして読みます' },
  peer: { en: 'the group or list the rule names is not in the inputs', ja: 'ルールが指すグループやリストが入力にありません' },
  connectivity: { en: 'whether the NAT gateway is public is not known', ja: 'NAT ゲートウェイがパブリックかどうかわかりません' },
  subnetTable: (id: string): Localized => ({ en: `the routes of ${id} are not known`, ja: `${id} のルートがわかりません` }),
  subnetAcl: (id: string): Localized => ({ en: `the network ACL of ${id} is not known`, ja: `${id} のネットワーク ACL がわかりません` }),
  mainTable: (id: string): Localized => ({ en: `${id} has no explicit route table, and its VPC's main table is not in the inputs`, ja: `${id} には明示的なルートテーブルがなく、VPC のメインルートテーブルも入力にありません` }),
  vpcAttachment: { en: 'which VPC the internet gateway is attached to is not known', ja: 'インターネットゲートウェイがどの VPC にアタッチされるかわかりません' },
  setting: { en: 'the setting is left out', ja: 'この設定は読み込みません' },
} as const;

/** A VPC the template creates, with what AWS creates along with it. */
interface VpcState {
  resource: TemplateResource;
  model: Vpc;
  /** An IPv6 block: none, one the template writes, or one AWS assigns at deployment. */
  ipv6: 'none' | 'known' | 'unknown';
  /** The primary IPv4 block (or a secondary one) is not known before deployment: no local route for it. */
  cidrUnknown: boolean;
  main: RouteTable;
  defaultAcl: NetworkAcl;
}

/** Where a model object came from, to tell a second copy of the same template from a conflicting one. */
interface Source {
  kind: string;
  at: Location;
}

/** A JSON-safe picture of a model object without its locations: two copies of one template give the same picture. */
function signature(value: unknown, depth = 0): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => signature(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== 'at' && key !== 'box') out[key] = signature(item, depth + 1);
  return out;
}

class NetworkReader {
  private readonly t: Template;
  private readonly ctx: ReadContext;
  private readonly file: string;
  private readonly vpcs = new Map<string, VpcState>();
  private readonly subnets = new Map<string, Subnet>();
  /** Subnets an association names that are known only at deployment. */
  private readonly standInSubnets = new Map<string, Subnet>();
  private readonly tables = new Map<string, RouteTable>();
  private readonly acls = new Map<string, NetworkAcl>();
  private readonly groups = new Map<string, SecurityGroup>();
  private readonly prefixLists = new Map<string, PrefixList>();
  private readonly internetGateways = new Map<string, InternetGateway>();
  private readonly sources = new Map<object, Source>();
  /** Entry keys per ACL (direction, family, rule number), with the resource that used each first. */
  private readonly entryKeys = new Map<NetworkAcl, Map<string, string>>();
  private readonly tableAssociated = new Set<string>();
  private readonly aclAssociated = new Set<string>();
  /** Default security groups CDK strips of their rules (Custom::VpcRestrictDefaultSG). */
  private readonly defaultGroupsRestricted = new Set<string>();
  private readonly rest = {
    natGateways: [] as NatGateway[],
    vpcEndpoints: [] as VpcEndpoint[],
    transitGatewayAttachments: [] as TransitGatewayAttachment[],
    transitGatewayVpcAttachments: [] as TransitGatewayVpcAttachment[],
    blockPublicAccessOptions: [] as BlockPublicAccessOptions[],
    blockPublicAccessExclusions: [] as BlockPublicAccessExclusion[],
    workspaceDirectories: [] as WorkspaceDirectory[],
    workspaces: [] as Workspace[],
    networkInterfaces: [] as NetworkInterface[],
  };

  constructor(template: Template) {
    this.t = template;
    this.ctx = template.ctx;
    this.file = template.file;
  }

  private at(path: JsonPath): Location {
    return { file: this.file, path };
  }

  private props(resource: TemplateResource, ...rest: (string | number)[]): JsonPath {
    return [...resource.at, 'Properties', ...rest];
  }

  private remember<T extends object>(object: T, kind: string, at: Location): T {
    this.sources.set(object, { kind, at });
    return object;
  }

  read(value: Json): void {
    this.vpcsOf();
    this.vpcCidrBlocks();
    for (const state of this.vpcs.values()) state.main.routes.push(...this.localRoutes(state, state.main.id));
    this.subnetsOf();
    this.routeTablesOf();
    this.routes();
    this.routePropagations();
    this.endpoints();
    this.routeTableAssociations();
    this.networkAclsOf();
    this.aclEntries();
    this.aclAssociations();
    this.finishDefaultAcls();
    this.securityGroupsOf();
    this.workspacesOf();
    this.standaloneRules();
    this.gateways();
    this.prefixListsOf();
    this.transitGatewayAttachments();
    this.blockPublicAccess();
    this.networkInterfaces();
    this.finishDefaultGroups();
    this.subnetsWithoutTable();
    this.externalResources();
    this.transforms(value);
    this.defaults();
    this.publish();
  }

  // ---- reading property values -------------------------------------------------------------

  /** Reports a value known only at deployment (an `invalid` one was reported where it is written). */
  private unresolved(resource: TemplateResource, property: string, value: Unknown, effect: Localized): void {
    if (value.cause.why === 'invalid') return;
    this.t.problem('input-unresolved', 'value', this.props(resource, property), { property, resource: resource.id }, { cause: causeText(value.cause), effect });
  }

  /** Reports a resource whose condition is not known before deployment. */
  private conditional(resource: TemplateResource, effect: Localized): void {
    const exists = resource.exists;
    if (exists === true || exists === false || exists.cause.why === 'invalid') return;
    const cause = exists.cause.why === 'condition' ? exists.cause.cause : exists.cause;
    if (cause.why === 'invalid') return;
    this.t.problem('input-unresolved', 'condition', [...resource.at, 'Condition'], { resource: resource.id, condition: resource.condition ?? '?' }, { cause: causeText(cause), effect });
  }

  /** True when the resource's existence is not known (reported with `effect`). */
  private maybe(resource: TemplateResource, effect: Localized): boolean {
    if (resource.exists === true) return false;
    this.conditional(resource, effect);
    return true;
  }

  /** A scalar property as text; an Unknown when known only at deployment; undefined when absent or of another type (reported). */
  private text(resource: TemplateResource, name: string): string | Unknown | undefined {
    const value = this.t.property(resource, name);
    if (value === undefined) return undefined;
    if (value.kind === 'unknown') return value;
    if (value.kind === 'scalar' && value.value !== null && typeof value.value !== 'object') return String(value.value);
    this.wrongType(value.at, name, { en: 'a string', ja: '文字列' }, value);
    return { kind: 'unknown', cause: { why: 'invalid' }, at: value.at };
  }

  private wrongType(at: JsonPath, field: string, expected: Localized, value: Value): void {
    const actual: Localized = value.kind === 'list' ? { en: 'a list', ja: 'リスト' } : value.kind === 'object' ? { en: 'an object', ja: 'オブジェクト' } : value.kind === 'resource' ? { en: `the resource ${value.id}`, ja: `リソース ${value.id}` } : { en: 'null', ja: 'null' };
    this.t.problem('input-field', 'wrongType', at, { field }, { expected, actual });
  }

  /** The id a property names (a resource of the template, a literal id, or an unknown named by its source). */
  private named(resource: TemplateResource, name: string): Named | undefined {
    const value = this.t.property(resource, name);
    return value === undefined ? undefined : this.namedValue(value, name);
  }

  private namedValue(value: Value, field: string): Named | undefined {
    const named = this.t.named(value);
    if (!named) this.wrongType(value.at, field, { en: 'an id', ja: 'ID' }, value);
    return named;
  }

  /** The ids of a list property; an Unknown when the list itself is not known. */
  private namedList(resource: TemplateResource, name: string): { named: Named; at: JsonPath }[] | Unknown {
    const value = this.t.property(resource, name);
    if (value === undefined) return [];
    if (value.kind === 'unknown') return value;
    if (value.kind !== 'list') {
      this.wrongType(value.at, name, { en: 'a list', ja: 'リスト' }, value);
      return [];
    }
    return value.items.flatMap((item) => {
      const named = this.namedValue(item, name);
      return named ? [{ named, at: item.at }] : [];
    });
  }

  /** The ids of a list property, none when the list is known only at deployment. */
  private knownList(resource: TemplateResource, name: string): { named: Named; at: JsonPath }[] {
    const list = this.namedList(resource, name);
    return Array.isArray(list) ? list : [];
  }

  /** A named resource of one of the expected types, or undefined (reported when it is another resource). */
  private resourceOf(resource: TemplateResource, property: string, named: Named, types: readonly string[]): string | undefined {
    if (named.kind !== 'resource') return undefined;
    if (types.includes(named.type)) return named.id;
    this.t.problem('input-template', 'target', this.props(resource, property), { property, resource: resource.id, id: named.id, actual: named.type, expected: types.join(' or ') });
    return undefined;
  }

  /** Reports a property that names something the inputs do not hold (a literal id of an existing resource, or a value known at deployment). */
  private outside(resource: TemplateResource, property: string, named: Named, effect: Localized): void {
    if (named.kind === 'unknown') {
      if (named.cause.why !== 'invalid') this.t.problem('input-unresolved', 'value', this.props(resource, property), { property, resource: resource.id }, { cause: causeText(named.cause), effect });
    } else if (named.kind === 'literal') {
      this.t.problem('input-unresolved', 'external', this.props(resource, property), { property, resource: resource.id, id: named.id }, { effect });
    }
  }

  /**
   * Turns an evaluated value into plain JSON (ids for resources), or says which part is known only
   * at deployment: what the describe-* readers are handed.
   */
  private plain(value: Value): { json: unknown } | { unknown: Unknown } {
    switch (value.kind) {
      case 'scalar':
        return { json: value.value };
      case 'resource':
        return { json: value.id };
      case 'unknown':
        return { unknown: value };
      case 'list': {
        const items: unknown[] = [];
        for (const item of value.items) {
          const plain = this.plain(item);
          if ('unknown' in plain) return plain;
          items.push(plain.json);
        }
        return { json: items };
      }
      default: {
        const out: Record<string, unknown> = {};
        for (const [key, item] of value.entries) {
          const plain = this.plain(item);
          if ('unknown' in plain) return plain;
          out[key] = plain.json;
        }
        return { json: out };
      }
    }
  }

  private cidr(text: string, parent: JsonPath, key: string, family: 4 | 6): Cidr | undefined {
    return this.ctx.cidrAt(this.file, text, parent, key, family);
  }

  // ---- VPCs and subnets ---------------------------------------------------------------------

  private vpcsOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::VPC')) {
      this.maybe(resource, EFFECT.created);
      const id = resource.id;
      const model = this.remember<Vpc>({ id, cidrs: [], at: this.at(resource.at) }, 'vpc', this.at(resource.at));
      const state: VpcState = {
        resource,
        model,
        ipv6: 'none',
        cidrUnknown: false,
        main: this.remember<RouteTable>({ id: impliedId(id, 'MainRouteTable'), vpcId: id, main: true, subnets: [], routes: [], propagatingVgws: [], incomplete: false, at: this.at(resource.at) }, 'rtb', this.at(resource.at)),
        defaultAcl: this.remember<NetworkAcl>({ id: impliedId(id, 'DefaultNetworkAcl'), vpcId: id, isDefault: true, subnets: [], entries: [], incomplete: false, at: this.at(resource.at) }, 'acl', this.at(resource.at)),
      };
      this.vpcs.set(id, state);
      this.tables.set(state.main.id, state.main);
      this.acls.set(state.defaultAcl.id, state.defaultAcl);
      const cidr = this.text(resource, 'CidrBlock');
      if (typeof cidr === 'string') {
        const block = this.cidr(cidr, this.props(resource), 'CidrBlock', 4);
        if (block) model.cidrs.push({ cidr: block, at: this.at(this.props(resource, 'CidrBlock')) });
        else state.cidrUnknown = true;
      } else {
        state.cidrUnknown = true;
        const unknown: Unknown = cidr ?? { kind: 'unknown', cause: { why: 'attribute', name: `${id}.CidrBlock` }, at: this.props(resource) };
        this.unresolved(resource, cidr ? 'CidrBlock' : 'Ipv4IpamPoolId', unknown, EFFECT.localRoutes(id));
      }
    }
  }

  private vpcCidrBlocks(): void {
    for (const resource of this.t.ofType('AWS::EC2::VPCCidrBlock')) {
      const named = this.named(resource, 'VpcId');
      const vpcId = named && this.resourceOf(resource, 'VpcId', named, ['AWS::EC2::VPC']);
      const state = vpcId !== undefined ? this.vpcs.get(vpcId) : undefined;
      if (!state) {
        if (named) this.outside(resource, 'VpcId', named, EFFECT.leftOut);
        continue;
      }
      this.maybe(resource, EFFECT.created);
      const v4 = this.text(resource, 'CidrBlock');
      const v6 = this.text(resource, 'Ipv6CidrBlock');
      if (typeof v4 === 'string') {
        const block = this.cidr(v4, this.props(resource), 'CidrBlock', 4);
        if (block) state.model.cidrs.push({ cidr: block, at: this.at(this.props(resource, 'CidrBlock')) });
      } else if (v4) {
        state.cidrUnknown = true;
        this.unresolved(resource, 'CidrBlock', v4, EFFECT.localRoutes(state.model.id));
      } else if (this.t.property(resource, 'Ipv4IpamPoolId') !== undefined) {
        state.cidrUnknown = true;
        this.unresolved(resource, 'Ipv4IpamPoolId', { kind: 'unknown', cause: { why: 'attribute', name: `${resource.id}.CidrBlock` }, at: this.props(resource) }, EFFECT.localRoutes(state.model.id));
      }
      if (typeof v6 === 'string') {
        const block = this.cidr(v6, this.props(resource), 'Ipv6CidrBlock', 6);
        if (block) {
          state.model.cidrs.push({ cidr: block, at: this.at(this.props(resource, 'Ipv6CidrBlock')) });
          if (state.ipv6 === 'none') state.ipv6 = 'known';
        }
      } else if (v6 || this.t.property(resource, 'AmazonProvidedIpv6CidrBlock') !== undefined || this.t.property(resource, 'Ipv6IpamPoolId') !== undefined || this.t.property(resource, 'Ipv6Pool') !== undefined) {
        // An Amazon-provided (or pool) block: assigned at deployment. It is the VPC's own, not internet; its local route is left out.
        state.ipv6 = 'unknown';
      }
    }
  }

  /** The local route of each VPC block known before deployment, as AWS adds them to every table of the VPC. */
  private localRoutes(state: VpcState, tableId: string): Route[] {
    return state.model.cidrs.map(({ cidr, at }, index) => ({
      tableId,
      index,
      destination: { kind: 'cidr', cidr },
      target: { kind: 'local', id: 'local', field: 'GatewayId' },
      blackhole: false,
      filtered: false,
      origin: 'static',
      originText: 'CreateRouteTable',
      at,
    }));
  }

  /** The VPC a resource names: its id and, for a VPC of the template, its state. */
  private vpcOf(resource: TemplateResource, property = 'VpcId'): { id?: string; state?: VpcState } {
    const named = this.named(resource, property);
    if (!named) return {};
    if (named.kind === 'resource') {
      const id = this.resourceOf(resource, property, named, ['AWS::EC2::VPC']);
      return id === undefined ? {} : { id, ...(this.vpcs.has(id) ? { state: this.vpcs.get(id) as VpcState } : {}) };
    }
    return { id: named.id };
  }

  private subnetsOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::Subnet')) {
      this.maybe(resource, EFFECT.created);
      const vpc = this.vpcOf(resource);
      const model = this.remember<Subnet>({ id: resource.id, cidrs: [], at: this.at(resource.at), ...(vpc.id !== undefined ? { vpcId: vpc.id } : {}) }, 'subnet', this.at(resource.at));
      const ipv6Native = this.t.property(resource, 'Ipv6Native');
      const native = ipv6Native?.kind === 'scalar' && (ipv6Native.value === true || ipv6Native.value === 'true');
      for (const [property, family] of [['CidrBlock', 4], ['Ipv6CidrBlock', 6]] as const) {
        const text = this.text(resource, property);
        if (typeof text === 'string') {
          const block = this.cidr(text, this.props(resource), property, family);
          if (block) model.cidrs.push(block);
          else model.cidrsIncomplete = true;
        } else if (text) {
          model.cidrsIncomplete = true;
          this.unresolved(resource, property, text, EFFECT.families(resource.id));
        } else if (family === 4 && !native && this.t.property(resource, 'Ipv4IpamPoolId') !== undefined) {
          model.cidrsIncomplete = true;
          this.unresolved(resource, 'Ipv4IpamPoolId', { kind: 'unknown', cause: { why: 'attribute', name: `${resource.id}.CidrBlock` }, at: this.props(resource) }, EFFECT.families(resource.id));
        } else if (family === 6 && this.t.property(resource, 'Ipv6IpamPoolId') !== undefined) {
          model.cidrsIncomplete = true;
          this.unresolved(resource, 'Ipv6IpamPoolId', { kind: 'unknown', cause: { why: 'attribute', name: `${resource.id}.Ipv6CidrBlocks` }, at: this.props(resource) }, EFFECT.families(resource.id));
        }
      }
      const zone = this.text(resource, 'AvailabilityZone');
      if (typeof zone === 'string') model.availabilityZone = zone;
      const publicIp = this.t.property(resource, 'MapPublicIpOnLaunch');
      if (publicIp?.kind === 'scalar' && (typeof publicIp.value === 'boolean' || publicIp.value === 'true' || publicIp.value === 'false')) model.mapPublicIp = publicIp.value === true || publicIp.value === 'true';
      this.subnets.set(resource.id, model);
    }
  }

  // ---- route tables, routes and associations ------------------------------------------------

  private routeTablesOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::RouteTable')) {
      const vpc = this.vpcOf(resource);
      const table = this.remember<RouteTable>(
        { id: resource.id, main: false, subnets: [], routes: vpc.state ? this.localRoutes(vpc.state, resource.id) : [], propagatingVgws: [], incomplete: false, at: this.at(resource.at), ...(vpc.id !== undefined ? { vpcId: vpc.id } : {}) },
        'rtb',
        this.at(resource.at),
      );
      if (this.maybe(resource, EFFECT.table(resource.id))) table.incomplete = true;
      this.tables.set(resource.id, table);
    }
  }

  /** The route table a property names, when the template creates it. */
  private tableNamed(resource: TemplateResource, property: string, named: Named): RouteTable | undefined {
    const id = this.resourceOf(resource, property, named, ['AWS::EC2::RouteTable']);
    return id === undefined ? undefined : this.tables.get(id);
  }

  private routes(): void {
    for (const resource of this.t.ofType('AWS::EC2::Route')) {
      const named = this.named(resource, 'RouteTableId');
      const table = named && this.tableNamed(resource, 'RouteTableId', named);
      if (!table) {
        if (named) this.outside(resource, 'RouteTableId', named, EFFECT.leftOut);
        continue;
      }
      if (this.maybe(resource, EFFECT.table(table.id))) table.incomplete = true;
      const route = this.route(resource, table);
      if (route) table.routes.push(route);
      else table.incomplete = true;
    }
  }

  private route(resource: TemplateResource, table: RouteTable): Route | undefined {
    const properties = this.props(resource);
    const destination = this.routeDestination(resource, table);
    // The target is read even when the destination is not, so that every problem is said at once.
    const targets = ROUTE_TARGET_FIELDS.filter((field) => this.t.property(resource, field) !== undefined);
    const [field] = targets;
    if (targets.length !== 1 || field === undefined) {
      this.t.problem('input-field', 'routeNoTarget', properties);
      return undefined;
    }
    const target = this.routeTargetOf(resource, field);
    if (!destination || !target) return undefined;
    return { tableId: table.id, index: table.routes.length, destination, target, blackhole: false, filtered: false, origin: 'static', originText: 'CreateRoute', at: this.at(properties) };
  }

  private routeDestination(resource: TemplateResource, table: RouteTable): Route['destination'] | undefined {
    const properties = this.props(resource);
    const destinations = (['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId'] as const).filter((key) => this.t.property(resource, key) !== undefined);
    const [destinationKey] = destinations;
    if (destinations.length !== 1 || destinationKey === undefined) {
      this.t.problem('input-field', destinations.length === 0 ? 'routeNoDestination' : 'routeManyDestinations', properties, { fields: destinations.join(', ') });
      return undefined;
    }
    if (destinationKey === 'DestinationPrefixListId') {
      const named = this.named(resource, destinationKey);
      if (!named) return undefined;
      if (named.kind === 'unknown') {
        this.unresolved(resource, destinationKey, { kind: 'unknown', cause: named.cause, at: properties }, EFFECT.table(table.id));
        return undefined;
      }
      if (named.kind === 'resource' && this.resourceOf(resource, destinationKey, named, ['AWS::EC2::PrefixList']) === undefined) return undefined;
      return { kind: 'prefix-list', id: named.id };
    }
    const text = this.text(resource, destinationKey);
    if (typeof text !== 'string') {
      if (text) this.unresolved(resource, destinationKey, text, EFFECT.table(table.id));
      return undefined;
    }
    const block = this.cidr(text, properties, destinationKey, destinationKey === 'DestinationCidrBlock' ? 4 : 6);
    return block ? { kind: 'cidr', cidr: block } : undefined;
  }

  /** The next hop a route names: its kind from the resource it refers to (or from the field, or from the id as AWS prints it). */
  private routeTargetOf(resource: TemplateResource, field: string): RouteTarget | undefined {
    const named = this.named(resource, field);
    if (!named) return undefined;
    if (named.kind === 'resource' && field === 'GatewayId') {
      const kinds: Record<string, RouteTarget['kind']> = {
        'AWS::EC2::InternetGateway': 'internet-gateway',
        'AWS::EC2::VPNGateway': 'virtual-private-gateway',
        'AWS::EC2::VPCEndpoint': 'vpc-endpoint',
        'AWS::EC2::EgressOnlyInternetGateway': 'egress-only-internet-gateway',
        'AWS::EC2::CarrierGateway': 'carrier-gateway',
      };
      const kind = Object.hasOwn(kinds, named.type) ? kinds[named.type] : undefined;
      if (kind === undefined) {
        this.resourceOf(resource, field, named, Object.keys(kinds));
        return undefined;
      }
      return { kind, id: named.id, field };
    }
    if (named.kind === 'unknown' && field === 'GatewayId') {
      this.unresolved(resource, field, { kind: 'unknown', cause: named.cause, at: this.props(resource, field) }, EFFECT.target);
      return { kind: 'unknown', id: named.id, field };
    }
    const target = routeTarget({ [field]: named.id });
    if (named.kind === 'unknown') this.unresolved(resource, field, { kind: 'unknown', cause: named.cause, at: this.props(resource, field) }, EFFECT.targetIdentity);
    return target;
  }

  private routePropagations(): void {
    for (const resource of this.t.ofType('AWS::EC2::VPNGatewayRoutePropagation')) {
      const gateway = this.named(resource, 'VpnGatewayId');
      const tables = this.namedList(resource, 'RouteTableIds');
      if (!gateway || !Array.isArray(tables)) continue;
      for (const { named, at } of tables) {
        const table = this.tableNamed(resource, 'RouteTableIds', named);
        if (!table) continue;
        if (this.maybe(resource, EFFECT.table(table.id))) table.incomplete = true;
        table.propagatingVgws.push({ id: gateway.id, at: this.at(at) });
      }
    }
  }

  private endpoints(): void {
    for (const resource of this.t.ofType('AWS::EC2::VPCEndpoint')) {
      const vpc = this.vpcOf(resource);
      const typeText = this.text(resource, 'VpcEndpointType');
      // CloudFormation's default endpoint type is Gateway.
      const type = typeof typeText === 'string' ? typeText : typeText ? '?' : 'Gateway';
      const service = this.text(resource, 'ServiceName');
      const ids = (property: string) => this.knownList(resource, property);
      const policy = this.t.property(resource, 'PolicyDocument');
      const policyJson = policy ? this.plain(policy) : undefined;
      const endpoint = this.remember<VpcEndpoint>(
        {
          id: resource.id,
          type,
          routeTableIds: ids('RouteTableIds').map(({ named }) => named.id),
          subnetIds: ids('SubnetIds').map(({ named }) => named.id),
          groupIds: ids('SecurityGroupIds').map(({ named }) => this.groupId(named)),
          at: this.at(resource.at),
          ...(vpc.id !== undefined ? { vpcId: vpc.id } : {}),
          ...(typeof service === 'string' ? { serviceName: service } : {}),
          ...(policyJson && 'json' in policyJson
            ? { policy: typeof policyJson.json === 'string' ? policyJson.json : JSON.stringify(policyJson.json), policyAt: this.at([...resource.at, 'Properties', 'PolicyDocument']) }
            : // No PolicyDocument: AWS attaches its default policy (full access) to a gateway or interface endpoint.
              !policy && (type === 'Gateway' || type === 'Interface')
              ? { policy: DEFAULT_ENDPOINT_POLICY }
              : {}),
        },
        'vpce',
        this.at(resource.at),
      );
      this.rest.vpcEndpoints.push(endpoint);
      if (type !== 'Gateway') continue;
      // AWS adds a route to the service's prefix list in each table; its id is AWS's, named here by the service.
      const prefixList = typeof service === 'string' ? service : impliedId(resource.id, 'PrefixList');
      for (const { named, at } of ids('RouteTableIds')) {
        const table = named.kind === 'resource' ? this.tables.get(named.id) : undefined;
        if (!table) continue;
        table.routes.push({
          tableId: table.id,
          index: table.routes.length,
          destination: { kind: 'prefix-list', id: prefixList },
          target: { kind: 'gateway-endpoint', id: resource.id, field: 'GatewayId' },
          blackhole: false,
          filtered: false,
          origin: 'static',
          originText: 'CreateRoute',
          at: this.at(at),
        });
      }
    }
  }

  /** A route table or network ACL that stands for one the template does not create: nothing of it is known. */
  private standIn<T extends RouteTable | NetworkAcl>(map: Map<string, T>, make: () => T): T {
    const made = make();
    const existing = map.get(made.id);
    if (existing) return existing;
    map.set(made.id, made);
    return made;
  }

  /**
   * The subnet an association names: its id, and its VPC when known. A subnet known only at
   * deployment (a parameter, an import) stands in the model with no CIDR known, in the VPC of what
   * it is associated with.
   */
  private subnetNamed(resource: TemplateResource, vpcId: string | undefined): { id: string; vpcId?: string } | undefined {
    const named = this.named(resource, 'SubnetId');
    if (!named) return undefined;
    if (named.kind === 'resource' && this.resourceOf(resource, 'SubnetId', named, ['AWS::EC2::Subnet']) === undefined) return undefined;
    if (named.kind === 'unknown') {
      this.outside(resource, 'SubnetId', named, EFFECT.families(named.id));
      if (!this.standInSubnets.has(named.id)) {
        const at = this.at(this.props(resource, 'SubnetId'));
        this.standInSubnets.set(named.id, this.remember<Subnet>({ id: named.id, cidrs: [], cidrsIncomplete: true, at, ...(vpcId !== undefined ? { vpcId } : {}) }, 'subnet', at));
      }
    }
    const subnet = this.subnets.get(named.id) ?? this.standInSubnets.get(named.id);
    return { id: named.id, ...(subnet?.vpcId !== undefined ? { vpcId: subnet.vpcId } : {}) };
  }

  private routeTableAssociations(): void {
    for (const resource of this.t.ofType('AWS::EC2::SubnetRouteTableAssociation')) {
      const named = this.named(resource, 'RouteTableId');
      const subnet = this.subnetNamed(resource, named?.kind === 'resource' ? this.tables.get(named.id)?.vpcId : undefined);
      if (!subnet || !named) continue;
      let table = this.tableNamed(resource, 'RouteTableId', named);
      if (!table) {
        if (named.kind === 'resource') continue;
        this.outside(resource, 'RouteTableId', named, EFFECT.subnetTable(subnet.id));
        table = this.standIn(this.tables, () => this.remember<RouteTable>({ id: named.id, main: false, subnets: [], routes: [], propagatingVgws: [], incomplete: true, at: this.at(this.props(resource, 'RouteTableId')), ...(subnet.vpcId !== undefined ? { vpcId: subnet.vpcId } : {}) }, 'rtb', this.at(resource.at)));
      }
      if (this.maybe(resource, EFFECT.table(table.id))) table.incomplete = true;
      table.subnets.push({ id: subnet.id, at: this.at(this.props(resource, 'SubnetId')) });
      this.tableAssociated.add(subnet.id);
    }
  }

  // ---- network ACLs -------------------------------------------------------------------------

  private denyAll(acl: NetworkAcl, ipv6: boolean): void {
    for (const egress of [true, false]) {
      const entries = [{ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 }, ...(ipv6 ? [{ Ipv6CidrBlock: '::/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32768 }] : [])];
      for (const raw of entries) {
        const entry = readAclEntry(this.ctx, this.file, acl.id, raw, acl.at.path);
        if (entry) acl.entries.push(entry);
      }
    }
  }

  private networkAclsOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::NetworkAcl')) {
      const vpc = this.vpcOf(resource);
      const acl = this.remember<NetworkAcl>({ id: resource.id, isDefault: false, subnets: [], entries: [], incomplete: false, at: this.at(resource.at), ...(vpc.id !== undefined ? { vpcId: vpc.id } : {}) }, 'acl', this.at(resource.at));
      // The `*` rules: IPv6 ones only in a VPC with an IPv6 block (any VPC the template does not create may have one).
      this.denyAll(acl, vpc.state === undefined || vpc.state.ipv6 !== 'none');
      if (this.maybe(resource, EFFECT.acl(resource.id))) acl.incomplete = true;
      this.acls.set(resource.id, acl);
    }
  }

  /** The network ACL a property names, when the template creates it (the default ACL of a template VPC included). */
  private aclNamed(resource: TemplateResource, property: string, named: Named): NetworkAcl | undefined {
    const id = this.resourceOf(resource, property, named, ['AWS::EC2::NetworkAcl']);
    return id === undefined ? undefined : this.acls.get(id);
  }

  private aclEntries(): void {
    for (const resource of this.t.ofType('AWS::EC2::NetworkAclEntry')) {
      const named = this.named(resource, 'NetworkAclId');
      const acl = named && this.aclNamed(resource, 'NetworkAclId', named);
      if (!acl) {
        if (named) this.outside(resource, 'NetworkAclId', named, EFFECT.leftOut);
        continue;
      }
      if (this.maybe(resource, EFFECT.acl(acl.id))) acl.incomplete = true;
      const raw = this.aclEntryFields(resource, acl);
      const entry = raw && readAclEntry(this.ctx, this.file, acl.id, raw, this.props(resource));
      if (!entry) {
        acl.incomplete = true;
        continue;
      }
      this.addEntry(acl, entry, resource.id, this.props(resource, 'RuleNumber'));
    }
  }

  /** Adds an entry unless its rule number is taken in its direction and family (AWS refuses a second one). */
  private addEntry(acl: NetworkAcl, entry: AclEntry, source: string, numberAt: JsonPath): void {
    let keys = this.entryKeys.get(acl);
    if (!keys) {
      keys = new Map();
      this.entryKeys.set(acl, keys);
    }
    const key = aclEntryKey(entry);
    const first = keys.get(key);
    if (first !== undefined) {
      this.t.problem('input-value', 'duplicateRuleNumber', numberAt, { number: entry.ruleNumber, index: first });
      acl.incomplete = true;
      return;
    }
    keys.set(key, source);
    acl.entries.push(entry);
  }

  /** A NetworkAclEntry's properties in the shape describe-network-acls prints (the shared reader checks them), or undefined when some value is known only at deployment. */
  private aclEntryFields(resource: TemplateResource, acl: NetworkAcl): Json | undefined {
    const fields: Json = {};
    const names: [string, string][] = [['RuleNumber', 'RuleNumber'], ['Protocol', 'Protocol'], ['RuleAction', 'RuleAction'], ['Egress', 'Egress'], ['CidrBlock', 'CidrBlock'], ['Ipv6CidrBlock', 'Ipv6CidrBlock'], ['PortRange', 'PortRange'], ['Icmp', 'IcmpTypeCode']];
    for (const [property, field] of names) {
      const value = this.t.property(resource, property);
      if (value === undefined) continue;
      const plain = this.plain(value);
      if ('unknown' in plain) {
        this.unresolved(resource, property, plain.unknown, EFFECT.acl(acl.id));
        return undefined;
      }
      fields[field] = numeric(field, plain.json);
    }
    // CloudFormation's defaults: an ingress rule unless Egress is true.
    if (fields.Egress === undefined) fields.Egress = false;
    else if (fields.Egress === 'true' || fields.Egress === 'false') fields.Egress = fields.Egress === 'true';
    return fields;
  }

  private aclAssociations(): void {
    for (const resource of this.t.ofType('AWS::EC2::SubnetNetworkAclAssociation')) {
      const named = this.named(resource, 'NetworkAclId');
      const subnet = this.subnetNamed(resource, named?.kind === 'resource' ? this.acls.get(named.id)?.vpcId : undefined);
      if (!subnet || !named) continue;
      let acl = this.aclNamed(resource, 'NetworkAclId', named);
      if (!acl) {
        if (named.kind === 'resource') continue;
        this.outside(resource, 'NetworkAclId', named, EFFECT.subnetAcl(subnet.id));
        acl = this.standIn(this.acls, () => this.remember<NetworkAcl>({ id: named.id, isDefault: false, subnets: [], entries: [], incomplete: true, at: this.at(this.props(resource, 'NetworkAclId')), ...(subnet.vpcId !== undefined ? { vpcId: subnet.vpcId } : {}) }, 'acl', this.at(resource.at)));
      }
      if (this.maybe(resource, EFFECT.acl(acl.id))) acl.incomplete = true;
      acl.subnets.push({ id: subnet.id, at: this.at(this.props(resource, 'SubnetId')) });
      this.aclAssociated.add(subnet.id);
    }
  }

  /** The default ACL of each template VPC: allow all (IPv6 too when the VPC has a block), used by every subnet of the VPC that no association names. */
  private finishDefaultAcls(): void {
    for (const state of this.vpcs.values()) {
      const acl = state.defaultAcl;
      const ipv6 = state.ipv6 !== 'none';
      const allows = [
        ...[true, false].map((egress) => ({ CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 })),
        ...(ipv6 ? [true, false].map((egress) => ({ Ipv6CidrBlock: '::/0', Egress: egress, Protocol: '-1', RuleAction: 'allow', RuleNumber: 101 })) : []),
      ];
      for (const raw of allows) {
        const entry = readAclEntry(this.ctx, this.file, acl.id, raw, acl.at.path);
        if (entry) this.addEntry(acl, entry, state.resource.id, acl.at.path);
      }
      this.denyAll(acl, ipv6);
      for (const subnet of this.subnets.values()) {
        if (subnet.vpcId === state.model.id && !this.aclAssociated.has(subnet.id)) acl.subnets.push({ id: subnet.id, at: subnet.at });
      }
    }
    for (const acl of this.acls.values()) acl.entries.sort((a, b) => a.ruleNumber - b.ruleNumber);
  }

  // ---- security groups ----------------------------------------------------------------------

  /** The id of a group a property names; a group AWS makes (a VPC's default group, a directory's members group) is made here when something names it. */
  private groupId(named: Named): string {
    if (named.kind === 'resource' && named.type === 'AWS::EC2::SecurityGroup' && !this.t.resources.has(named.id)) this.impliedGroup(named.id);
    return named.id;
  }

  private securityGroupsOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::SecurityGroup')) {
      const vpc = this.vpcOf(resource);
      const name = this.text(resource, 'GroupName');
      const group = this.remember<SecurityGroup>(
        { id: resource.id, ingress: [], egress: [], incomplete: false, at: this.at(resource.at), ...(typeof name === 'string' ? { name } : {}), ...(vpc.id !== undefined ? { vpcId: vpc.id } : {}) },
        'sg',
        this.at(resource.at),
      );
      if (this.maybe(resource, EFFECT.group(resource.id))) group.incomplete = true;
      this.groups.set(resource.id, group);
      for (const [property, egress] of [['SecurityGroupIngress', false], ['SecurityGroupEgress', true]] as const) {
        const value = this.t.property(resource, property);
        if (value === undefined || (value.kind === 'list' && value.items.length === 0)) {
          // No SecurityGroupEgress: AWS's default egress rules stay (IPv4 and IPv6, all traffic).
          if (egress) this.allowAll(group, true, this.at(resource.at));
          continue;
        }
        if (value.kind === 'unknown') {
          this.unresolved(resource, property, value, EFFECT.group(group.id));
          group.incomplete = true;
          continue;
        }
        if (value.kind !== 'list') {
          this.wrongType(value.at, property, { en: 'a list', ja: 'リスト' }, value);
          group.incomplete = true;
          continue;
        }
        value.items.forEach((item, index) => {
          if (item.kind === 'unknown') {
            this.unresolved(resource, property, item, EFFECT.group(group.id));
            group.incomplete = true;
            return;
          }
          if (item.kind !== 'object') {
            this.wrongType(item.at, `${property}[${index}]`, { en: 'an object', ja: 'オブジェクト' }, item);
            group.incomplete = true;
            return;
          }
          this.sgRule(resource, group, egress, (key) => item.entries.get(key), item.at, `${property}[${index}]`);
        });
      }
    }
  }

  /** Rules allowing all traffic to all addresses of the families given (the defaults AWS gives). */
  private allowAll(group: SecurityGroup, egress: boolean, at: Location, cidrs: readonly string[] = ['0.0.0.0/0', '::/0']): void {
    for (const text of cidrs) {
      const block = parseCidr(text);
      if (isAddressError(block)) continue;
      const traffic = { protocol: -1, protocolText: '-1', protocols: ALL_PROTOCOLS, details: ALL_DETAILS };
      (egress ? group.egress : group.ingress).push(permissionRule(traffic, group.id, egress, { kind: 'cidr', cidr: block }, [block.first, block.last], at));
    }
  }

  /** CDK's rule that matches no traffic, written so that CloudFormation drops the default egress. */
  private static isPlaceholder(get: (key: string) => Value | undefined): boolean {
    const scalar = (key: string) => {
      const value = get(key);
      return value?.kind === 'scalar' ? String(value.value) : undefined;
    };
    return scalar('CidrIp') === '255.255.255.255/32' && scalar('IpProtocol') === 'icmp' && scalar('FromPort') === '252' && scalar('ToPort') === '86';
  }

  /** One security-group rule (inline, or a SecurityGroupIngress/Egress resource), towards its peer. */
  private sgRule(resource: TemplateResource, group: SecurityGroup, egress: boolean, get: (key: string) => Value | undefined, path: JsonPath, label: string): void {
    if (egress && NetworkReader.isPlaceholder(get)) return;
    const property = (key: string) => (label === '' ? key : `${label}.${key}`);
    const scalars: Record<string, string | number | undefined> = {};
    for (const key of ['IpProtocol', 'FromPort', 'ToPort']) {
      const value = get(key);
      if (value === undefined) continue;
      if (value.kind === 'unknown') {
        this.unresolvedAt(resource, property(key), value, EFFECT.group(group.id));
        group.incomplete = true;
        return;
      }
      if (value.kind !== 'scalar' || value.value === null || typeof value.value === 'boolean') {
        this.wrongType(value.at, property(key), { en: 'a number or string', ja: '数値か文字列' }, value);
        group.incomplete = true;
        return;
      }
      scalars[key] = key === 'IpProtocol' ? value.value : (integerArgument(value.value) ?? Number.NaN);
    }
    if (scalars.IpProtocol === undefined) {
      this.t.problem('input-field', 'missing', path, { field: property('IpProtocol') });
      group.incomplete = true;
      return;
    }
    const from = scalars.FromPort as number | undefined;
    const to = scalars.ToPort as number | undefined;
    const traffic = permissionTraffic(this.ctx, this.file, path, scalars.IpProtocol, from === undefined || Number.isNaN(from) ? undefined : from, to === undefined || Number.isNaN(to) ? undefined : to);
    if (!traffic) {
      group.incomplete = true;
      return;
    }
    const peers = egress
      ? (['CidrIp', 'CidrIpv6', 'DestinationPrefixListId', 'DestinationSecurityGroupId'] as const)
      : (['CidrIp', 'CidrIpv6', 'SourcePrefixListId', 'SourceSecurityGroupId', 'SourceSecurityGroupName'] as const);
    let found = 0;
    for (const key of peers) {
      const value = get(key);
      if (value === undefined) continue;
      found++;
      const at = this.at([...path, key]);
      const list = (egress ? group.egress : group.ingress);
      if (key === 'CidrIp' || key === 'CidrIpv6') {
        if (value.kind === 'unknown') {
          this.unresolvedAt(resource, property(key), value, EFFECT.group(group.id));
          group.incomplete = true;
          continue;
        }
        if (value.kind !== 'scalar' || typeof value.value !== 'string') {
          this.wrongType(value.at, property(key), { en: 'a CIDR string', ja: 'CIDR の文字列' }, value);
          group.incomplete = true;
          continue;
        }
        const block = this.cidr(value.value, path, key, key === 'CidrIp' ? 4 : 6);
        if (block) list.push(permissionRule(traffic, group.id, egress, { kind: 'cidr', cidr: block }, [block.first, block.last], at));
        else group.incomplete = true;
        continue;
      }
      const named = this.namedValue(value, property(key));
      if (!named) {
        group.incomplete = true;
        continue;
      }
      if (named.kind === 'unknown') this.unresolvedAt(resource, property(key), { kind: 'unknown', cause: named.cause, at: value.at }, EFFECT.peer);
      const peer: SgPeer = key.endsWith('PrefixListId') ? { kind: 'prefix-list', id: named.id } : { kind: 'group', groupId: this.groupId(named) };
      list.push(permissionRule(traffic, group.id, egress, peer, [1n, 0n], at));
    }
    if (found === 0) {
      this.t.problem('input-field', 'missing', path, { field: peers.join(', ') });
      group.incomplete = true;
    }
  }

  /** An unresolved value inside a nested property (`SecurityGroupIngress[0].CidrIp`), reported where it is written. */
  private unresolvedAt(resource: TemplateResource, property: string, value: Unknown, effect: Localized): void {
    if (value.cause.why === 'invalid') return;
    this.t.problem('input-unresolved', 'value', value.at, { property, resource: resource.id }, { cause: causeText(value.cause), effect });
  }

  /** The group a standalone rule or other resource names, when the template makes it (or AWS makes it along with a template resource). */
  private groupNamed(resource: TemplateResource, property: string, named: Named): SecurityGroup | undefined {
    const id = this.resourceOf(resource, property, named, ['AWS::EC2::SecurityGroup']);
    if (id === undefined) return undefined;
    return this.groups.get(id) ?? this.impliedGroup(id);
  }

  /**
   * A group AWS creates along with a template resource, made on first mention: a VPC's default group
   * (its rules are added at the end, unless CDK strips them) or a WorkSpaces directory's members group
   * (no inbound rule, all outbound IPv4 allowed: rules in the template only add to that).
   */
  private impliedGroup(id: string): SecurityGroup | undefined {
    const existing = this.groups.get(id);
    if (existing) return existing;
    const owner = [...this.vpcs.values()].find((state) => impliedId(state.model.id, 'DefaultSecurityGroup') === id);
    if (owner) {
      const group: SecurityGroup = { id, name: 'default', vpcId: owner.model.id, ingress: [], egress: [], incomplete: false, at: this.at(owner.resource.at) };
      this.groups.set(id, this.remember(group, 'sg', group.at));
      return group;
    }
    const directory = this.t.resources.get(id.slice(0, Math.max(id.lastIndexOf('.'), 0)));
    if (directory?.type === 'AWS::WorkSpaces::Directory' && id === impliedId(directory.id, 'WorkspaceSecurityGroupId')) return this.membersGroup(directory.id, this.at(directory.at));
    return undefined;
  }

  /**
   * The group WorkSpaces creates for a directory it registers (`<directory>_workspacesMembers`) and
   * puts on every WorkSpace: no inbound rule, all outbound IPv4 allowed; rules in the template only add
   * to that. Made for a WorkSpaces::Directory of the template, and for the directory of any WorkSpace
   * the template creates (registered elsewhere, but its group is on the WorkSpace all the same).
   */
  private membersGroup(directoryId: string, at: Location, vpcId?: string): SecurityGroup {
    const id = impliedId(directoryId, 'WorkspaceSecurityGroupId');
    const existing = this.groups.get(id);
    if (existing) return existing;
    const group: SecurityGroup = { id, name: `${directoryId}_workspacesMembers`, ingress: [], egress: [], incomplete: false, at, ...(vpcId !== undefined ? { vpcId } : {}) };
    this.allowAll(group, true, at, ['0.0.0.0/0']);
    this.groups.set(id, this.remember(group, 'sg', at));
    return group;
  }

  private standaloneRules(): void {
    for (const [type, egress] of [['AWS::EC2::SecurityGroupIngress', false], ['AWS::EC2::SecurityGroupEgress', true]] as const) {
      for (const resource of this.t.ofType(type)) {
        const named = this.named(resource, 'GroupId');
        const group = named && this.groupNamed(resource, 'GroupId', named);
        if (!group) {
          if (named) this.outside(resource, 'GroupId', named, EFFECT.leftOut);
          continue;
        }
        if (this.maybe(resource, EFFECT.group(group.id))) group.incomplete = true;
        this.sgRule(resource, group, egress, (key) => this.t.property(resource, key), this.props(resource), '');
      }
    }
  }

  /** The default groups something names: AWS's rules (all from the group itself in, all out), unless CDK's custom resource strips them. */
  private finishDefaultGroups(): void {
    for (const resource of this.t.ofType('Custom::VpcRestrictDefaultSG')) {
      const named = this.named(resource, 'DefaultSecurityGroupId');
      if (named?.kind !== 'resource') continue;
      this.defaultGroupsRestricted.add(named.id);
      this.groupNamed(resource, 'DefaultSecurityGroupId', named);
    }
    for (const state of this.vpcs.values()) {
      const id = impliedId(state.model.id, 'DefaultSecurityGroup');
      const group = this.groups.get(id);
      if (!group || this.defaultGroupsRestricted.has(id)) continue;
      const traffic = { protocol: -1, protocolText: '-1', protocols: ALL_PROTOCOLS, details: ALL_DETAILS };
      group.ingress.push(permissionRule(traffic, id, false, { kind: 'group', groupId: id }, [1n, 0n], group.at));
      const block = parseCidr('0.0.0.0/0');
      if (!isAddressError(block)) group.egress.push(permissionRule(traffic, id, true, { kind: 'cidr', cidr: block }, [block.first, block.last], group.at));
      const v6 = parseCidr('::/0');
      if (state.ipv6 !== 'none' && !isAddressError(v6)) group.egress.push(permissionRule(traffic, id, true, { kind: 'cidr', cidr: v6 }, [v6.first, v6.last], group.at));
    }
  }

  // ---- gateways, endpoints, lists, attachments ----------------------------------------------

  private gateways(): void {
    for (const resource of this.t.ofType('AWS::EC2::InternetGateway')) {
      this.maybe(resource, EFFECT.created);
      this.internetGateways.set(resource.id, this.remember<InternetGateway>({ id: resource.id, attachments: [], at: this.at(resource.at) }, 'igw', this.at(resource.at)));
    }
    for (const resource of this.t.ofType('AWS::EC2::VPCGatewayAttachment')) {
      const gatewayNamed = this.named(resource, 'InternetGatewayId');
      const gateway = gatewayNamed?.kind === 'resource' ? this.internetGateways.get(gatewayNamed.id) : undefined;
      if (!gateway) continue;
      this.maybe(resource, EFFECT.created);
      const vpc = this.vpcOf(resource);
      if (vpc.id === undefined) continue;
      const vpcNamed = this.named(resource, 'VpcId');
      if (vpcNamed?.kind === 'unknown') this.outside(resource, 'VpcId', vpcNamed, EFFECT.vpcAttachment);
      gateway.attachments.push({ vpcId: vpc.id, at: this.at(this.props(resource, 'VpcId')) });
    }
    for (const resource of this.t.ofType('AWS::EC2::NatGateway')) {
      this.maybe(resource, EFFECT.created);
      const subnetNamed = this.named(resource, 'SubnetId');
      const subnet = subnetNamed ? this.subnets.get(subnetNamed.id) : undefined;
      const connectivity = this.text(resource, 'ConnectivityType');
      if (connectivity !== undefined && typeof connectivity !== 'string') this.unresolved(resource, 'ConnectivityType', connectivity, EFFECT.connectivity);
      const privateIp = this.text(resource, 'PrivateIpAddress');
      const secondary = this.t.property(resource, 'SecondaryPrivateIpAddresses');
      const secondaryIps = secondary && 'json' in this.plain(secondary) ? (this.plain(secondary) as { json: unknown }).json : [];
      this.rest.natGateways.push(
        this.remember<NatGateway>(
          {
            id: resource.id,
            privateIps: [...(typeof privateIp === 'string' ? [privateIp] : []), ...(Array.isArray(secondaryIps) ? secondaryIps.filter((ip): ip is string => typeof ip === 'string') : [])],
            at: this.at(resource.at),
            ...(subnetNamed ? { subnetId: subnetNamed.id } : {}),
            ...(subnet?.vpcId !== undefined ? { vpcId: subnet.vpcId } : {}),
            // CloudFormation's default connectivity is public.
            ...(connectivity === undefined ? { connectivity: 'public' as const } : connectivity === 'public' || connectivity === 'private' ? { connectivity } : {}),
          },
          'nat',
          this.at(resource.at),
        ),
      );
    }
  }

  private prefixListsOf(): void {
    for (const resource of this.t.ofType('AWS::EC2::PrefixList')) {
      const name = this.text(resource, 'PrefixListName');
      const list = this.remember<PrefixList>({ id: resource.id, entries: [], incomplete: false, at: this.at(resource.at), ...(typeof name === 'string' ? { name } : {}) }, 'pl', this.at(resource.at));
      if (this.maybe(resource, EFFECT.created)) list.incomplete = true;
      const entries = this.t.property(resource, 'Entries');
      if (entries?.kind === 'unknown') {
        this.unresolved(resource, 'Entries', entries, { en: `prefix list ${resource.id} is taken as not fully known`, ja: `プレフィックスリスト ${resource.id} は内容が確定しないものとして扱います` });
        list.incomplete = true;
      } else if (entries?.kind === 'list') {
        entries.items.forEach((item) => {
          const cidr = item.kind === 'object' ? item.entries.get('Cidr') : undefined;
          if (cidr?.kind === 'scalar' && typeof cidr.value === 'string') {
            const block = this.ctx.cidrAt(this.file, cidr.value, item.at, 'Cidr');
            if (block) list.entries.push({ cidr: block, at: this.at([...item.at, 'Cidr']) });
            else list.incomplete = true;
          } else {
            if (cidr?.kind === 'unknown') this.unresolvedAt(resource, 'Entries.Cidr', cidr, { en: `prefix list ${resource.id} is taken as not fully known`, ja: `プレフィックスリスト ${resource.id} は内容が確定しないものとして扱います` });
            list.incomplete = true;
          }
        });
      }
      this.prefixLists.set(resource.id, list);
    }
  }

  private transitGatewayAttachments(): void {
    for (const type of ['AWS::EC2::TransitGatewayAttachment', 'AWS::EC2::TransitGatewayVpcAttachment']) {
      for (const resource of this.t.ofType(type)) {
        this.maybe(resource, EFFECT.created);
        const gateway = this.named(resource, 'TransitGatewayId');
        const vpc = this.vpcOf(resource);
        if (!gateway || vpc.id === undefined) continue;
        const subnets = [...this.knownList(resource, 'SubnetIds'), ...this.knownList(resource, 'AddSubnetIds')];
        const options = this.t.property(resource, 'Options');
        const appliance = options?.kind === 'object' ? options.entries.get('ApplianceModeSupport') : undefined;
        this.rest.transitGatewayVpcAttachments.push(
          this.remember<TransitGatewayVpcAttachment>(
            {
              id: resource.id,
              transitGatewayId: gateway.id,
              vpcId: vpc.id,
              subnetIds: subnets.map(({ named, at }) => ({ id: named.id, at: this.at(at) })),
              at: this.at(resource.at),
              ...(appliance?.kind === 'scalar' && typeof appliance.value === 'string' ? { applianceMode: appliance.value === 'enable' } : {}),
            },
            'tgw-vpc-attachment',
            this.at(resource.at),
          ),
        );
        this.rest.transitGatewayAttachments.push(this.remember<TransitGatewayAttachment>({ id: resource.id, transitGatewayId: gateway.id, resourceType: 'vpc', resourceId: vpc.id, at: this.at(resource.at) }, 'tgw-attachment', this.at(resource.at)));
      }
    }
  }

  private blockPublicAccess(): void {
    const modes: readonly BpaMode[] = ['off', 'block-bidirectional', 'block-ingress'];
    for (const resource of this.t.ofType('AWS::EC2::VPCBlockPublicAccessOptions')) {
      const mode = this.text(resource, 'InternetGatewayBlockMode');
      if (typeof mode !== 'string') {
        if (mode) this.unresolved(resource, 'InternetGatewayBlockMode', mode, EFFECT.setting);
        continue;
      }
      if (!modes.includes(mode as BpaMode)) {
        this.t.problem('input-field', 'wrongType', this.props(resource, 'InternetGatewayBlockMode'), { field: 'InternetGatewayBlockMode' }, { expected: { en: modes.join(', '), ja: modes.join('、') }, actual: { en: `"${mode}"`, ja: `"${mode}"` } });
        continue;
      }
      this.maybe(resource, EFFECT.created);
      this.rest.blockPublicAccessOptions.push(this.remember<BlockPublicAccessOptions>({ mode: mode as BpaMode, at: this.at(this.props(resource, 'InternetGatewayBlockMode')) }, 'bpa-options', this.at(resource.at)));
    }
    for (const resource of this.t.ofType('AWS::EC2::VPCBlockPublicAccessExclusion')) {
      const mode = this.text(resource, 'InternetGatewayExclusionMode');
      if (typeof mode !== 'string') {
        if (mode) this.unresolved(resource, 'InternetGatewayExclusionMode', mode, EFFECT.setting);
        continue;
      }
      const vpc = this.named(resource, 'VpcId');
      const subnet = this.named(resource, 'SubnetId');
      this.maybe(resource, EFFECT.created);
      this.rest.blockPublicAccessExclusions.push(
        this.remember<BlockPublicAccessExclusion>(
          { id: resource.id, mode, at: this.at(resource.at), ...(subnet ? { resourceId: subnet.id, resourceKind: 'subnet' as const } : vpc ? { resourceId: vpc.id, resourceKind: 'vpc' as const } : {}) },
          'bpa-exclusion',
          this.at(resource.at),
        ),
      );
    }
  }

  private workspacesOf(): void {
    for (const resource of this.t.ofType('AWS::WorkSpaces::Directory')) {
      this.maybe(resource, EFFECT.created);
      const subnets = this.namedList(resource, 'SubnetIds');
      const creation = this.t.property(resource, 'WorkspaceCreationProperties');
      const field = (key: string) => (creation?.kind === 'object' ? creation.entries.get(key) : undefined);
      const internet = field('EnableInternetAccess');
      const custom = field('CustomSecurityGroupId');
      const customNamed = custom && this.namedValue(custom, 'WorkspaceCreationProperties.CustomSecurityGroupId');
      const members = this.impliedGroup(impliedId(resource.id, 'WorkspaceSecurityGroupId'));
      const firstSubnet = Array.isArray(subnets) ? subnets.map(({ named }) => this.subnets.get(named.id)).find((subnet) => subnet?.vpcId !== undefined) : undefined;
      if (members && firstSubnet?.vpcId !== undefined) members.vpcId = firstSubnet.vpcId;
      if (internet?.kind === 'unknown') this.unresolvedAt(resource, 'WorkspaceCreationProperties.EnableInternetAccess', internet, EFFECT.setting);
      this.rest.workspaceDirectories.push(
        this.remember<WorkspaceDirectory>(
          {
            id: resource.id,
            subnetIds: Array.isArray(subnets) ? subnets.map(({ named, at }) => ({ id: named.id, at: this.at(at) })) : [],
            dnsAddresses: [],
            internetFallbackProtocols: [],
            at: this.at(resource.at),
            workspaceSecurityGroupId: { id: impliedId(resource.id, 'WorkspaceSecurityGroupId'), at: this.at(resource.at) },
            ...(customNamed ? { customSecurityGroupId: { id: this.groupId(customNamed), at: this.at(custom?.at ?? resource.at) } } : {}),
            ...(internet?.kind === 'scalar' && (typeof internet.value === 'boolean' || internet.value === 'true' || internet.value === 'false') ? { enableInternetAccess: { value: internet.value === true || internet.value === 'true', at: this.at(internet.at) } } : {}),
          },
          'ws-directory',
          this.at(resource.at),
        ),
      );
    }
    for (const resource of this.t.ofType('AWS::WorkSpaces::Workspace')) {
      const directory = this.named(resource, 'DirectoryId');
      this.rest.workspaces.push(this.remember<Workspace>({ id: resource.id, at: this.at(resource.at), ...(directory ? { directoryId: directory.id } : {}) }, 'workspace', this.at(resource.at)));
      if (!directory) continue;
      // The directory of a WorkSpace is registered, so its members group is on the WorkSpace.
      const service = directory.kind === 'resource' ? this.t.resources.get(directory.id) : undefined;
      const vpc = service && service.type !== 'AWS::WorkSpaces::Directory' ? this.directoryVpc(service) : undefined;
      this.membersGroup(directory.id, this.at(service?.at ?? this.props(resource, 'DirectoryId')), vpc);
    }
  }

  /** The VPC of a Directory Service directory (`VpcSettings.VpcId`), when the template says. */
  private directoryVpc(resource: TemplateResource): string | undefined {
    const settings = this.t.property(resource, 'VpcSettings');
    const vpc = settings?.kind === 'object' ? settings.entries.get('VpcId') : undefined;
    const named = vpc && this.t.named(vpc);
    return named?.kind === 'resource' ? named.id : named?.id;
  }

  private networkInterfaces(): void {
    for (const resource of this.t.ofType('AWS::EC2::NetworkInterface')) {
      const subnetNamed = this.named(resource, 'SubnetId');
      const subnet = subnetNamed ? this.subnets.get(subnetNamed.id) : undefined;
      const groups = this.namedList(resource, 'GroupSet');
      const address = this.text(resource, 'PrivateIpAddress');
      const description = this.text(resource, 'Description');
      this.rest.networkInterfaces.push(
        this.remember<NetworkInterface>(
          {
            id: resource.id,
            addresses: typeof address === 'string' ? [address] : [],
            groupIds: Array.isArray(groups) ? groups.map(({ named, at }) => ({ id: this.groupId(named), at: this.at(at) })) : [],
            interfaceType: 'interface',
            at: this.at(resource.at),
            ...(subnetNamed ? { subnetId: subnetNamed.id } : {}),
            ...(subnet?.vpcId !== undefined ? { vpcId: subnet.vpcId } : {}),
            ...(typeof description === 'string' ? { description } : {}),
          },
          'eni',
          this.at(resource.at),
        ),
      );
    }
  }

  // ---- what the template leaves to deployment -----------------------------------------------

  /** A template subnet with no association, in a VPC the template does not create: its table is not known (said on its VpcId). */
  private subnetsWithoutTable(): void {
    for (const resource of this.t.ofType('AWS::EC2::Subnet')) {
      if (this.tableAssociated.has(resource.id)) continue;
      const named = this.named(resource, 'VpcId');
      if (named && named.kind !== 'resource') this.outside(resource, 'VpcId', named, EFFECT.mainTable(resource.id));
    }
  }

  /** Nested stacks and custom resources handed a table, ACL, group or subnet of the template: those are taken as not fully known. */
  private externalResources(): void {
    for (const resource of this.t.resources.values()) {
      if (resource.exists === false || !isExternal(resource.type)) continue;
      const handed = new Set<string>();
      collectReferences(resource.properties, handed, 0);
      const touched: string[] = [];
      for (const id of [...handed].sort()) {
        const table = this.tables.get(id);
        const acl = this.acls.get(id);
        const group = this.groups.get(id);
        const subnet = this.subnets.get(id);
        if (table) table.incomplete = true;
        if (acl) acl.incomplete = true;
        if (group) group.incomplete = true;
        if (subnet) {
          for (const candidate of this.tables.values()) if (candidate.subnets.some((s) => s.id === id) || (!this.tableAssociated.has(id) && candidate.main && candidate.vpcId === subnet.vpcId)) candidate.incomplete = true;
          for (const candidate of this.acls.values()) if (candidate.subnets.some((s) => s.id === id)) candidate.incomplete = true;
        }
        if (table || acl || group || subnet) touched.push(id);
      }
      if (touched.length === 0) continue;
      this.t.problem('input-unresolved', 'handedTo', resource.at, { resource: resource.id, type: resource.type, targets: touched.join(', ') }, { effect: { en: 'what it is handed is taken as not fully known', ja: '渡されたものは内容が確定しないものとして扱います' } });
    }
  }

  /** A transform that may add resources (a macro, or Fn::ForEach): every table, ACL and group of the template is taken as not fully known. */
  private transforms(value: Json): void {
    const raw = value.Transform;
    const names = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((item) => (typeof item === 'string' ? item : isObject(item) && typeof item.Name === 'string' ? item.Name : '?'));
    const loud = names.filter((name) => !QUIET_TRANSFORMS.has(name));
    const resources = isObject(value.Resources) ? value.Resources : {};
    const forEach = Object.keys(resources).find((key) => key.startsWith('Fn::ForEach::'));
    if (forEach !== undefined) loud.push('Fn::ForEach');
    if (loud.length === 0) return;
    for (const item of [...this.tables.values(), ...this.acls.values(), ...this.groups.values()]) item.incomplete = true;
    this.t.problem('input-unresolved', 'transform', forEach !== undefined && loud.length === 1 ? ['Resources', forEach] : ['Transform'], { name: loud.join(', ') });
  }

  /** Parameters read at their default: said once each, where the default is written. */
  private defaults(): void {
    for (const [name, { value, at }] of this.t.defaultsUsed) this.t.problem('input-unresolved', 'defaulted', at, { name, value: JSON.stringify(value) ?? String(value) }, undefined, 'info');
  }

  // ---- into the model -----------------------------------------------------------------------

  private publish(): void {
    const push = (collection: ResourceCollection, items: Iterable<object>) => {
      for (const item of items) {
        const source = this.sources.get(item);
        const id = (item as { id?: string }).id ?? collection;
        if (source && !this.ctx.firstDefinition(id, source.at, source.kind, signature(item))) continue;
        (this.ctx.resources[collection] as object[]).push(item);
      }
    };
    push('vpcs', [...this.vpcs.values()].map((state) => state.model));
    push('subnets', [...this.subnets.values(), ...this.standInSubnets.values()]);
    push('routeTables', this.tables.values());
    push('networkAcls', this.acls.values());
    push('securityGroups', this.groups.values());
    push('prefixLists', this.prefixLists.values());
    push('internetGateways', this.internetGateways.values());
    for (const [collection, items] of Object.entries(this.rest)) push(collection as ResourceCollection, items);
  }
}

/** Integer fields of a NACL entry as CloudFormation accepts them: numbers or strings of digits. */
function numeric(field: string, value: unknown): unknown {
  if (field === 'RuleNumber' || field === 'Protocol') return integerArgument(value) ?? value;
  if ((field === 'PortRange' || field === 'IcmpTypeCode') && isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, integerArgument(item) ?? item]));
  }
  return value;
}

/** The logical ids a value refers to (`Ref`, `Fn::GetAtt`, `${Id}` in `Fn::Sub`), without evaluating it. */
function collectReferences(node: unknown, into: Set<string>, depth: number): void {
  if (depth > 64) return;
  if (Array.isArray(node)) {
    for (const item of node) collectReferences(item, into, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Ref' && typeof value === 'string') into.add(value);
    else if (key === 'Fn::GetAtt') {
      const first = Array.isArray(value) ? value[0] : typeof value === 'string' ? value.split('.', 1)[0] : undefined;
      const attribute = Array.isArray(value) ? value[1] : typeof value === 'string' ? value.slice(value.indexOf('.') + 1) : undefined;
      if (typeof first === 'string') into.add(typeof attribute === 'string' && /^Default(?:NetworkAcl|SecurityGroup)$/.test(attribute) ? impliedId(first, attribute) : first);
    } else if (key === 'Fn::Sub') {
      const text = Array.isArray(value) ? value[0] : value;
      if (typeof text === 'string') {
        let index = text.indexOf('${');
        while (index >= 0) {
          const close = text.indexOf('}', index);
          if (close < 0) break;
          into.add(text.slice(index + 2, close).split('.', 1)[0] as string);
          index = text.indexOf('${', close);
        }
      }
      collectReferences(value, into, depth + 1);
    } else {
      collectReferences(value, into, depth + 1);
    }
  }
}

/** Reads a template into the model (the CloudFormation reader that iac/readers.ts registers). */
export function readTemplate(ctx: ReadContext, file: string, value: Json): void {
  new NetworkReader(new Template(ctx, file, value)).read(value);
}
