/**
 * A CloudFormation template as CloudFormation reads it before deploying: its parameters (at their
 * defaults), mappings, conditions and resources, and the intrinsic functions that compute property
 * values (`Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::If`,
 * `Fn::FindInMap`, `Fn::Cidr`, `Fn::GetAZs`, `Fn::ImportValue`). A value known only at deployment
 * (a parameter without default, an SSM parameter, an import, a pseudo parameter, most attributes)
 * is an `unknown` that says why; the readers of resources decide what it leaves unverified.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import type { InputMessageIds, InputRuleId } from '../../../rules/input.ts';
import type { Localized, Severity } from '../../../types.ts';
import { MAX_DEPTH, pathKey, type JsonPath } from '../../json-text.ts';
import { canonicalJson, isObject, type Json, type ReadContext } from '../../read-context.ts';
import { cidrBlocks, integerArgument } from './cidr.ts';

/** Why a value is not known before deployment. */
export type Cause =
  | { why: 'parameter' | 'ssm' | 'import' | 'pseudo' | 'attribute' | 'function'; name: string }
  | { why: 'azs' }
  | { why: 'condition'; name: string; cause: Cause }
  /** The template is wrong there; an input-template finding says how. */
  | { why: 'invalid' };

/** A property value after its intrinsic functions are evaluated; `at` is where it is written. */
export type Value =
  | { kind: 'scalar'; value: string | number | boolean | null; at: JsonPath }
  | { kind: 'list'; items: Value[]; at: JsonPath }
  | { kind: 'object'; entries: Map<string, Value>; at: JsonPath }
  /** A resource of the template (its `Ref`, or an attribute that is its id), or one AWS creates with it (`VPC.DefaultNetworkAcl`). */
  | { kind: 'resource'; id: string; type: string; at: JsonPath }
  | { kind: 'unknown'; cause: Cause; at: JsonPath };

export type Unknown = Extract<Value, { kind: 'unknown' }>;

/** What a resource attribute (`Fn::GetAtt`) is, for the types the readers use. */
type Attribute = 'self' | { property: string; list?: boolean } | { implied: string; type: string };

/**
 * The attributes that are ids or template-known values; any other attribute is known only after
 * deployment. The resource types' "Return values" sections of the CloudFormation template reference.
 */
const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, Attribute>>>> = {
  'AWS::EC2::VPC': {
    VpcId: 'self',
    CidrBlock: { property: 'CidrBlock' },
    DefaultNetworkAcl: { implied: 'DefaultNetworkAcl', type: 'AWS::EC2::NetworkAcl' },
    DefaultSecurityGroup: { implied: 'DefaultSecurityGroup', type: 'AWS::EC2::SecurityGroup' },
  },
  'AWS::EC2::Subnet': { SubnetId: 'self', CidrBlock: { property: 'CidrBlock' }, VpcId: { property: 'VpcId' }, AvailabilityZone: { property: 'AvailabilityZone' }, Ipv6CidrBlocks: { property: 'Ipv6CidrBlock', list: true } },
  'AWS::EC2::SecurityGroup': { GroupId: 'self', VpcId: { property: 'VpcId' } },
  'AWS::EC2::RouteTable': { RouteTableId: 'self' },
  'AWS::EC2::NetworkAcl': { Id: 'self' },
  'AWS::EC2::InternetGateway': { InternetGatewayId: 'self' },
  'AWS::EC2::NatGateway': { NatGatewayId: 'self' },
  'AWS::EC2::EgressOnlyInternetGateway': { Id: 'self' },
  'AWS::EC2::VPCEndpoint': { Id: 'self' },
  'AWS::EC2::PrefixList': { PrefixListId: 'self' },
  'AWS::EC2::NetworkInterface': { Id: 'self' },
  'AWS::EC2::TransitGatewayAttachment': { Id: 'self' },
  'AWS::EC2::TransitGatewayVpcAttachment': { Id: 'self' },
  'AWS::WorkSpaces::Directory': { DirectoryId: 'self', WorkspaceSecurityGroupId: { implied: 'WorkspaceSecurityGroupId', type: 'AWS::EC2::SecurityGroup' } },
};

/** Pseudo parameters: `AWS::NoValue` removes the property; the others are known only at deployment. */
const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

/** One resource of the template, as declared. */
export interface TemplateResource {
  id: string;
  type: string;
  /** `Properties` as written (an empty object when absent). */
  properties: Json;
  /** `['Resources', id]`. */
  at: JsonPath;
  /** Whether its `Condition` holds: true (or no condition), false (it is not created), or not known. */
  exists: true | false | Unknown;
  /** The condition's name, when it has one. */
  condition?: string;
}

/** The id of something a property names, with what it is when the template says. */
export type Named =
  | { kind: 'resource'; id: string; type: string }
  | { kind: 'literal'; id: string }
  /** Not known before deployment: named by the parameter or import it comes from (`SubnetIdParameter`, `ImportValue:Network-Subnet`). */
  | { kind: 'unknown'; id: string; cause: Cause };

const isFunctionKey = (key: string) => key === 'Ref' || key.startsWith('Fn::');

/** The text a scalar stands for in a string (CloudFormation's `Fn::Join` and `Fn::Sub` write numbers and booleans as text). */
const scalarText = (value: string | number | boolean | null): string => (value === null ? '' : String(value));

export class Template {
  readonly ctx: ReadContext;
  readonly file: string;
  readonly resources = new Map<string, TemplateResource>();
  private readonly parameters: Json;
  private readonly mappings: Json;
  private readonly conditions: Json;
  private readonly conditionValues = new Map<string, boolean | Unknown>();
  private readonly evaluating = new Set<string>();
  private readonly reported = new Set<string>();
  /** Parameters read at their default, with where the default is written (reported once each). */
  readonly defaultsUsed = new Map<string, { value: unknown; at: JsonPath }>();

  constructor(ctx: ReadContext, file: string, template: Json) {
    this.ctx = ctx;
    this.file = file;
    this.parameters = this.section(template, 'Parameters');
    this.mappings = this.section(template, 'Mappings');
    this.conditions = this.section(template, 'Conditions');
    const resources = this.section(template, 'Resources');
    for (const [id, raw] of Object.entries(resources)) {
      const at = ['Resources', id];
      if (id.startsWith('Fn::')) continue;
      if (!isObject(raw) || typeof raw.Type !== 'string') {
        this.problem('input-template', 'resource', at, { resource: id });
        continue;
      }
      const properties = raw.Properties === undefined ? {} : raw.Properties;
      if (!isObject(properties)) {
        this.problem('input-template', 'resource', [...at, 'Properties'], { resource: id });
        continue;
      }
      const resource: TemplateResource = { id, type: raw.Type, properties, at, exists: true };
      if (raw.Condition !== undefined) {
        if (typeof raw.Condition === 'string') {
          resource.condition = raw.Condition;
          resource.exists = this.condition(raw.Condition, [...at, 'Condition']);
        } else {
          this.problem('input-template', 'function', [...at, 'Condition'], { function: 'Condition' }, { problem: { en: 'it should name a condition', ja: '条件の名前を書く必要があります' } });
          resource.exists = { kind: 'unknown', cause: { why: 'invalid' }, at: [...at, 'Condition'] };
        }
      }
      this.resources.set(id, resource);
    }
  }

  /** A top-level section: an object, or empty (a section of another type is reported). */
  private section(template: Json, name: string): Json {
    const value = template[name];
    if (value === undefined || value === null) return {};
    if (isObject(value)) return value;
    this.problem('input-field', 'wrongType', [name], { field: name }, { expected: { en: 'an object', ja: 'オブジェクト' }, actual: { en: typeof value, ja: typeof value } });
    return {};
  }

  /** Reports a problem once per rule, message and place. */
  problem<R extends InputRuleId>(ruleId: R, messageId: InputMessageIds[R], path: JsonPath, data?: Record<string, string | number>, localizedData?: Record<string, Localized>, severity?: Severity): void {
    const key = `${ruleId}|${messageId}|${pathKey(path)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.ctx.problem(ruleId, messageId, { file: this.file, path }, data, localizedData, severity);
  }

  /** The resources of a type that exist or may exist, in template order. */
  ofType(type: string): TemplateResource[] {
    return [...this.resources.values()].filter((resource) => resource.type === type && resource.exists !== false);
  }

  /** A property of a resource, evaluated; undefined when absent (or removed by `AWS::NoValue`). */
  property(resource: TemplateResource, name: string): Value | undefined {
    if (!Object.hasOwn(resource.properties, name)) return undefined;
    return this.evaluate(resource.properties[name], [...resource.at, 'Properties', name]);
  }

  /** Evaluates a value as written; undefined means absent (`AWS::NoValue`). */
  evaluate(node: unknown, at: JsonPath, depth = 0): Value | undefined {
    if (depth > MAX_DEPTH) return this.invalid(at, 'Fn::*', { en: `the value is nested more than ${MAX_DEPTH} levels deep`, ja: `値の入れ子が ${MAX_DEPTH} 階層を超えています` });
    if (Array.isArray(node)) {
      const items: Value[] = [];
      node.forEach((item, index) => {
        const value = this.evaluate(item, [...at, index], depth + 1);
        if (value) items.push(value);
      });
      return { kind: 'list', items, at };
    }
    if (isObject(node)) {
      const keys = Object.keys(node);
      const only = keys.length === 1 ? (keys[0] as string) : undefined;
      if (only !== undefined && isFunctionKey(only)) return this.call(only, node[only], [...at, only], depth + 1);
      const entries = new Map<string, Value>();
      for (const key of keys) {
        const value = this.evaluate(node[key], [...at, key], depth + 1);
        if (value) entries.set(key, value);
      }
      return { kind: 'object', entries, at };
    }
    if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return { kind: 'scalar', value: node, at };
    return { kind: 'scalar', value: null, at };
  }

  private invalid(at: JsonPath, fn: string, problem: Localized): Unknown {
    this.problem('input-template', 'function', at, { function: fn }, { problem });
    return { kind: 'unknown', cause: { why: 'invalid' }, at };
  }

  private call(fn: string, argument: unknown, at: JsonPath, depth: number): Value | undefined {
    switch (fn) {
      case 'Ref':
        return typeof argument === 'string' ? this.ref(argument, at) : this.invalid(at, fn, { en: 'it takes the name of a parameter or resource', ja: 'パラメーターかリソースの名前を取ります' });
      case 'Fn::GetAtt':
        return this.getAtt(argument, at, depth);
      case 'Fn::Sub':
        return this.sub(argument, at, depth);
      case 'Fn::Join':
        return this.join(argument, at, depth);
      case 'Fn::Select':
        return this.select(argument, at, depth);
      case 'Fn::Split':
        return this.split(argument, at, depth);
      case 'Fn::If':
        return this.ifThen(argument, at, depth);
      case 'Fn::FindInMap':
        return this.findInMap(argument, at, depth);
      case 'Fn::Cidr':
        return this.cidr(argument, at, depth);
      case 'Fn::GetAZs':
        return { kind: 'unknown', cause: { why: 'azs' }, at };
      case 'Fn::ImportValue': {
        const name = this.evaluate(argument, at, depth);
        return { kind: 'unknown', cause: { why: 'import', name: name?.kind === 'scalar' ? scalarText(name.value) : '?' }, at };
      }
      case 'Fn::Base64':
      case 'Fn::Transform':
      case 'Fn::Length':
      case 'Fn::ToJsonString':
      case 'Fn::GetStackOutput':
        return { kind: 'unknown', cause: { why: 'function', name: fn }, at };
      default:
        return this.invalid(at, fn, { en: 'it is not an intrinsic function CloudFormation knows here', ja: 'ここで CloudFormation が知っている組み込み関数ではありません' });
    }
  }

  /** `Ref`: a parameter (at its default), a pseudo parameter, or a resource. */
  ref(name: string, at: JsonPath): Value | undefined {
    if (PSEUDO_PARAMETERS.has(name)) return name === 'AWS::NoValue' ? undefined : { kind: 'unknown', cause: { why: 'pseudo', name }, at };
    if (Object.hasOwn(this.parameters, name)) return this.parameter(name, at);
    const resource = this.resources.get(name);
    if (resource) return { kind: 'resource', id: resource.id, type: resource.type, at };
    this.problem('input-template', 'reference', at, { name });
    return { kind: 'unknown', cause: { why: 'invalid' }, at };
  }

  private parameter(name: string, at: JsonPath): Value {
    const declaration = this.parameters[name];
    const type = isObject(declaration) && typeof declaration.Type === 'string' ? declaration.Type : 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value<')) return { kind: 'unknown', cause: { why: 'ssm', name }, at };
    if (!isObject(declaration) || !Object.hasOwn(declaration, 'Default')) return { kind: 'unknown', cause: { why: 'parameter', name }, at };
    const value = declaration.Default;
    const defaultAt = ['Parameters', name, 'Default'];
    if (!this.defaultsUsed.has(name)) this.defaultsUsed.set(name, { value, at: defaultAt });
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
      // CloudFormation splits a list parameter at commas and trims each member.
      const members = Array.isArray(value) ? value.map((item) => scalarText(typeof item === 'object' ? null : (item as string | number | boolean))) : scalarText(typeof value === 'object' ? null : (value as string | number | boolean)).split(',');
      return { kind: 'list', items: members.map((member) => ({ kind: 'scalar', value: member.trim(), at: defaultAt })), at: defaultAt };
    }
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'scalar', value, at: defaultAt };
    return this.invalid(defaultAt, 'Default', { en: 'a parameter default is a string', ja: 'パラメーターの既定値は文字列です' });
  }

  /** `Fn::GetAtt [resource, attribute]` or `"resource.attribute"`. */
  private getAtt(argument: unknown, at: JsonPath, depth: number): Value {
    let resourceId: unknown;
    let attributeNode: unknown;
    if (typeof argument === 'string') {
      const dot = argument.indexOf('.');
      resourceId = dot < 0 ? argument : argument.slice(0, dot);
      attributeNode = dot < 0 ? undefined : argument.slice(dot + 1);
    } else if (Array.isArray(argument) && argument.length === 2) {
      [resourceId, attributeNode] = argument;
    }
    const attributeValue = typeof attributeNode === 'string' ? attributeNode : this.evaluate(attributeNode, [...at, 1], depth);
    const attribute = typeof attributeValue === 'string' ? attributeValue : attributeValue?.kind === 'scalar' && typeof attributeValue.value === 'string' ? attributeValue.value : undefined;
    if (typeof resourceId !== 'string' || attribute === undefined) {
      if (attributeValue !== undefined && typeof attributeValue !== 'string' && attributeValue.kind === 'unknown') return attributeValue;
      return this.invalid(at, 'Fn::GetAtt', { en: 'it takes a resource and an attribute name', ja: 'リソースと属性名を取ります' });
    }
    return this.attribute(resourceId, attribute, at);
  }

  /** A resource's attribute: its id, a property the template gives, a resource AWS creates with it, or a value known only after deployment. */
  attribute(resourceId: string, attribute: string, at: JsonPath): Value {
    const resource = this.resources.get(resourceId);
    if (!resource) {
      this.problem('input-template', 'reference', at, { name: resourceId });
      return { kind: 'unknown', cause: { why: 'invalid' }, at };
    }
    const meaning = Object.hasOwn(ATTRIBUTES, resource.type) ? (ATTRIBUTES[resource.type] as Record<string, Attribute>)[attribute] : undefined;
    if (meaning === undefined || !Object.hasOwn(ATTRIBUTES[resource.type] as object, attribute)) return { kind: 'unknown', cause: { why: 'attribute', name: `${resourceId}.${attribute}` }, at };
    if (meaning === 'self') return { kind: 'resource', id: resource.id, type: resource.type, at };
    if ('implied' in meaning) return { kind: 'resource', id: impliedId(resource.id, meaning.implied), type: meaning.type, at };
    const key = `${resourceId}.${attribute}`;
    if (this.evaluating.has(key)) {
      this.problem('input-template', 'cycle', at, { name: key });
      return { kind: 'unknown', cause: { why: 'invalid' }, at };
    }
    this.evaluating.add(key);
    try {
      const value = this.property(resource, meaning.property);
      if (value === undefined) return meaning.list ? { kind: 'list', items: [], at } : { kind: 'unknown', cause: { why: 'attribute', name: key }, at };
      return meaning.list ? { kind: 'list', items: [value], at } : value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** `Fn::Sub`: `${Name}` and `${Resource.Attribute}` replaced, `${!Literal}` kept as `${Literal}`. Linear in the string's length. */
  private sub(argument: unknown, at: JsonPath, depth: number): Value {
    let text: unknown = argument;
    const variables = new Map<string, Value | undefined>();
    if (Array.isArray(argument)) {
      [text] = argument;
      const map = argument[1];
      if (argument.length !== 2 || !isObject(map)) return this.invalid(at, 'Fn::Sub', { en: 'it takes a string, or a string and a map of variables', ja: '文字列、または文字列と変数のマップを取ります' });
      for (const [name, node] of Object.entries(map)) variables.set(name, this.evaluate(node, [...at, 1, name], depth));
    }
    if (typeof text !== 'string') return this.invalid(at, 'Fn::Sub', { en: 'its template is not a string', ja: 'テンプレートが文字列ではありません' });
    const textAt = Array.isArray(argument) ? [...at, 0] : at;
    const parts: Value[] = [];
    let literal = '';
    let index = 0;
    while (index < text.length) {
      const open = text.indexOf('${', index);
      if (open < 0) break;
      const close = text.indexOf('}', open + 2);
      if (close < 0) break;
      literal += text.slice(index, open);
      const name = text.slice(open + 2, close);
      if (name.startsWith('!')) {
        literal += `\${${name.slice(1)}}`;
      } else {
        if (literal !== '') parts.push({ kind: 'scalar', value: literal, at: textAt });
        literal = '';
        const dot = name.indexOf('.');
        const value = variables.has(name) ? variables.get(name) : dot > 0 && !PSEUDO_PARAMETERS.has(name) && !Object.hasOwn(this.parameters, name) ? this.attribute(name.slice(0, dot), name.slice(dot + 1), textAt) : this.ref(name, textAt);
        if (value) parts.push(value);
      }
      index = close + 1;
    }
    literal += text.slice(index);
    if (literal !== '') parts.push({ kind: 'scalar', value: literal, at: textAt });
    // `!Sub '${Vpc}'` is the VPC itself.
    if (parts.length === 1 && parts[0]?.kind === 'resource') return parts[0];
    return this.concatenate(parts, '', at, 'Fn::Sub');
  }

  /** Joins scalar parts into one string; unknown if any part is. */
  private concatenate(parts: readonly Value[], delimiter: string, at: JsonPath, fn: string): Value {
    const texts: string[] = [];
    for (const part of parts) {
      if (part.kind === 'unknown') return { ...part, at };
      if (part.kind === 'resource') return { kind: 'unknown', cause: { why: 'attribute', name: `${part.id}.Ref` }, at };
      if (part.kind !== 'scalar') return this.invalid(at, fn, { en: 'a part is a list or an object, not a string', ja: '要素のどれかが文字列ではなくリストかオブジェクトです' });
      texts.push(scalarText(part.value));
    }
    return { kind: 'scalar', value: texts.join(delimiter), at };
  }

  private join(argument: unknown, at: JsonPath, depth: number): Value {
    if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string') return this.invalid(at, 'Fn::Join', { en: 'it takes a delimiter and a list', ja: '区切り文字とリストを取ります' });
    const list = this.evaluate(argument[1], [...at, 1], depth);
    if (!list) return { kind: 'scalar', value: '', at };
    if (list.kind === 'unknown') return { ...list, at };
    if (list.kind !== 'list') return this.invalid(at, 'Fn::Join', { en: 'its second argument is not a list', ja: '2 つ目の引数がリストではありません' });
    return this.concatenate(list.items, argument[0], at, 'Fn::Join');
  }

  private select(argument: unknown, at: JsonPath, depth: number): Value {
    if (!Array.isArray(argument) || argument.length !== 2) return this.invalid(at, 'Fn::Select', { en: 'it takes an index and a list', ja: 'インデックスとリストを取ります' });
    const indexValue = this.evaluate(argument[0], [...at, 0], depth);
    if (indexValue?.kind === 'unknown') return { ...indexValue, at };
    const index = indexValue?.kind === 'scalar' ? integerArgument(indexValue.value) : undefined;
    if (index === undefined || index < 0) return this.invalid(at, 'Fn::Select', { en: 'its index is not a whole number', ja: 'インデックスが 0 以上の整数ではありません' });
    const list = this.evaluate(argument[1], [...at, 1], depth);
    if (list?.kind === 'unknown') return { ...list, at };
    if (list?.kind !== 'list') return this.invalid(at, 'Fn::Select', { en: 'its second argument is not a list', ja: '2 つ目の引数がリストではありません' });
    const item = list.items[index];
    if (!item) return this.invalid(at, 'Fn::Select', { en: `index ${index} is past the end of a list of ${list.items.length}`, ja: `インデックス ${index} が要素数 ${list.items.length} のリストの範囲外です` });
    return item;
  }

  private split(argument: unknown, at: JsonPath, depth: number): Value {
    if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string' || argument[0] === '') return this.invalid(at, 'Fn::Split', { en: 'it takes a delimiter and a string', ja: '区切り文字と文字列を取ります' });
    const text = this.evaluate(argument[1], [...at, 1], depth);
    if (text?.kind === 'unknown') return { ...text, at };
    if (text?.kind !== 'scalar') return this.invalid(at, 'Fn::Split', { en: 'its second argument is not a string', ja: '2 つ目の引数が文字列ではありません' });
    return { kind: 'list', items: scalarText(text.value).split(argument[0]).map((part) => ({ kind: 'scalar', value: part, at })), at };
  }

  /** `Fn::If`: the branch of the condition; when the condition is not known, both branches if they agree, else unknown. */
  private ifThen(argument: unknown, at: JsonPath, depth: number): Value | undefined {
    if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') return this.invalid(at, 'Fn::If', { en: 'it takes a condition name and two values', ja: '条件名と 2 つの値を取ります' });
    const holds = this.condition(argument[0], [...at, 0]);
    if (holds === true) return this.evaluate(argument[1], [...at, 1], depth);
    if (holds === false) return this.evaluate(argument[2], [...at, 2], depth);
    const whenTrue = this.evaluate(argument[1], [...at, 1], depth);
    const whenFalse = this.evaluate(argument[2], [...at, 2], depth);
    if (whenTrue && whenFalse && sameValue(whenTrue, whenFalse)) return whenTrue;
    // The condition's own unknown already says which condition and why.
    return { kind: 'unknown', cause: holds.cause, at };
  }

  private findInMap(argument: unknown, at: JsonPath, depth: number): Value {
    if (!Array.isArray(argument) || argument.length < 3 || argument.length > 4) return this.invalid(at, 'Fn::FindInMap', { en: 'it takes a map name and two keys', ja: 'マップ名と 2 つのキーを取ります' });
    const keys: string[] = [];
    for (let index = 0; index < 3; index++) {
      const key = this.evaluate(argument[index], [...at, index], depth);
      if (key?.kind === 'unknown') return { ...key, at };
      if (key?.kind !== 'scalar') return this.invalid(at, 'Fn::FindInMap', { en: 'a key is not a string', ja: 'キーが文字列ではありません' });
      keys.push(scalarText(key.value));
    }
    const [map, top, second] = keys as [string, string, string];
    const level1 = Object.hasOwn(this.mappings, map) ? this.mappings[map] : undefined;
    const level2 = isObject(level1) && Object.hasOwn(level1, top) ? level1[top] : undefined;
    if (isObject(level2) && Object.hasOwn(level2, second)) return this.evaluate(level2[second], ['Mappings', map, top, second], depth) ?? { kind: 'scalar', value: null, at };
    // AWS::LanguageExtensions: a fourth argument `{ "DefaultValue": … }` is used when the keys are not found.
    const fallback = argument[3];
    if (isObject(fallback) && Object.hasOwn(fallback, 'DefaultValue')) return this.evaluate(fallback.DefaultValue, [...at, 3, 'DefaultValue'], depth) ?? { kind: 'scalar', value: null, at };
    this.problem('input-template', 'mapping', at, { path: `${map} → ${top} → ${second}` });
    return { kind: 'unknown', cause: { why: 'invalid' }, at };
  }

  private cidr(argument: unknown, at: JsonPath, depth: number): Value {
    if (!Array.isArray(argument) || argument.length !== 3) return this.invalid(at, 'Fn::Cidr', { en: 'it takes an ipBlock, a count and cidrBits', ja: 'ipBlock、count、cidrBits を取ります' });
    const scalars: (string | number | boolean | null)[] = [];
    for (let index = 0; index < 3; index++) {
      const value = this.evaluate(argument[index], [...at, index], depth);
      if (value?.kind === 'unknown') return { ...value, at };
      if (value?.kind !== 'scalar') return this.invalid(at, 'Fn::Cidr', { en: 'an argument is not a single value', ja: '引数のどれかが単一の値ではありません' });
      scalars.push(value.value);
    }
    const result = cidrBlocks(scalars[0], scalars[1], scalars[2]);
    if (!result.ok) return this.invalid(at, 'Fn::Cidr', result.problem);
    return { kind: 'list', items: result.blocks.map((block) => ({ kind: 'scalar', value: block, at })), at };
  }

  /** Whether a condition holds: true, false, or not known before deployment (with why). */
  condition(name: string, at: JsonPath): boolean | Unknown {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (!Object.hasOwn(this.conditions, name)) {
      this.problem('input-template', 'condition', at, { name });
      return { kind: 'unknown', cause: { why: 'invalid' }, at };
    }
    const key = `condition:${name}`;
    if (this.evaluating.has(key)) {
      this.problem('input-template', 'cycle', at, { name });
      return { kind: 'unknown', cause: { why: 'invalid' }, at };
    }
    this.evaluating.add(key);
    let value: boolean | Unknown;
    try {
      value = this.conditionExpression(this.conditions[name], ['Conditions', name], 0);
    } finally {
      this.evaluating.delete(key);
    }
    const result: boolean | Unknown = typeof value === 'boolean' ? value : { kind: 'unknown', cause: { why: 'condition', name, cause: value.cause }, at: value.at };
    this.conditionValues.set(name, result);
    return result;
  }

  private conditionExpression(node: unknown, at: JsonPath, depth: number): boolean | Unknown {
    const keys = isObject(node) ? Object.keys(node) : [];
    const fn = keys.length === 1 ? (keys[0] as string) : '';
    const argument = isObject(node) ? node[fn] : undefined;
    const fnAt = [...at, fn];
    if (depth > MAX_DEPTH) return this.invalid(at, fn || 'Conditions', { en: `the condition is nested more than ${MAX_DEPTH} levels deep`, ja: `条件の入れ子が ${MAX_DEPTH} 階層を超えています` });
    switch (fn) {
      case 'Condition':
        return typeof argument === 'string' ? this.condition(argument, fnAt) : this.invalid(fnAt, fn, { en: 'it takes a condition name', ja: '条件名を取ります' });
      case 'Fn::Equals': {
        if (!Array.isArray(argument) || argument.length !== 2) return this.invalid(fnAt, fn, { en: 'it takes two values', ja: '2 つの値を取ります' });
        const [a, b] = [this.evaluate(argument[0], [...fnAt, 0], depth + 1), this.evaluate(argument[1], [...fnAt, 1], depth + 1)];
        if (a?.kind === 'unknown') return a;
        if (b?.kind === 'unknown') return b;
        return comparable(a) === comparable(b);
      }
      case 'Fn::Not': {
        if (!Array.isArray(argument) || argument.length !== 1) return this.invalid(fnAt, fn, { en: 'it takes one condition', ja: '条件を 1 つ取ります' });
        const inner = this.conditionExpression(argument[0], [...fnAt, 0], depth + 1);
        return typeof inner === 'boolean' ? !inner : inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(argument) || argument.length < 2 || argument.length > 10) return this.invalid(fnAt, fn, { en: 'it takes 2 to 10 conditions', ja: '2–10 個の条件を取ります' });
        const decisive = fn === 'Fn::Or';
        let unknown: Unknown | undefined;
        for (let index = 0; index < argument.length; index++) {
          const value = this.conditionExpression(argument[index], [...fnAt, index], depth + 1);
          if (value === decisive) return decisive;
          if (typeof value !== 'boolean') unknown ??= value;
        }
        return unknown ?? !decisive;
      }
      default:
        return this.invalid(at, fn || 'Conditions', { en: 'a condition is Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition', ja: '条件は Fn::Equals、Fn::And、Fn::Or、Fn::Not、Condition のいずれかです' });
    }
  }

  /** The id a property names: a resource of the template, a literal id, or a value known only at deployment (named by where it comes from). */
  named(value: Value): Named | undefined {
    if (value.kind === 'resource') return { kind: 'resource', id: value.id, type: value.type };
    if (value.kind === 'scalar' && typeof value.value === 'string' && value.value !== '') return { kind: 'literal', id: value.value };
    if (value.kind === 'unknown') return { kind: 'unknown', id: unknownId(value.cause), cause: value.cause };
    return undefined;
  }
}

/** The id of an implied resource AWS creates with a template resource: `VPC.DefaultNetworkAcl`, `VPC.MainRouteTable`. */
export function impliedId(resourceId: string, what: string): string {
  return `${resourceId}.${what}`;
}

/** How an unknown id is named: by the parameter, import or attribute it comes from. */
export function unknownId(cause: Cause): string {
  switch (cause.why) {
    case 'parameter':
    case 'ssm':
    case 'pseudo':
    case 'attribute':
    case 'function':
      return cause.name;
    case 'import':
      return `ImportValue:${cause.name}`;
    case 'condition':
      return unknownId(cause.cause);
    case 'azs':
      return 'Fn::GetAZs';
    default:
      return '?';
  }
}

/** A value as Fn::Equals compares it: scalars by their text, lists and objects by their content. */
function comparable(value: Value | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'scalar':
      return JSON.stringify(scalarText(value.value));
    case 'list':
      return `[${value.items.map(comparable).join(',')}]`;
    case 'object':
      return `{${[...value.entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => `${JSON.stringify(key)}:${comparable(item)}`).join(',')}}`;
    case 'resource':
      return `resource:${value.id}`;
    default:
      return `unknown:${canonicalJson(value.cause)}`;
  }
}

/** Two evaluated values that stand for the same thing. */
function sameValue(a: Value, b: Value): boolean {
  return a.kind !== 'unknown' && b.kind !== 'unknown' && comparable(a) === comparable(b);
}

/** What a cause is, as the end of a sentence ("depends on …"). */
export function causeText(cause: Cause, depth = 0): Localized {
  switch (cause.why) {
    case 'parameter':
      return { en: `parameter ${cause.name}, which has no default`, ja: `既定値のないパラメーター ${cause.name}` };
    case 'ssm':
      return { en: `parameter ${cause.name}, read from Systems Manager Parameter Store at deployment`, ja: `デプロイ時に Systems Manager パラメータストアから読むパラメーター ${cause.name}` };
    case 'import':
      return { en: `a value imported from another stack (Fn::ImportValue ${cause.name})`, ja: `別のスタックからインポートする値 (Fn::ImportValue ${cause.name})` };
    case 'pseudo':
      return { en: `the pseudo parameter ${cause.name}, known at deployment`, ja: `デプロイ時に決まる疑似パラメーター ${cause.name}` };
    case 'attribute':
      return { en: `${cause.name}, known only after deployment`, ja: `デプロイ後にしかわからない ${cause.name}` };
    case 'function':
      return { en: `${cause.name}, which the validators do not evaluate`, ja: `検証ツールが評価しない ${cause.name}` };
    case 'azs':
      return { en: 'the Availability Zones of the Region (Fn::GetAZs)', ja: 'リージョンのアベイラビリティーゾーン (Fn::GetAZs)' };
    case 'condition': {
      const inner = depth < 4 ? causeText(cause.cause, depth + 1) : { en: '…', ja: '…' };
      return { en: `condition ${cause.name}, which depends on ${inner.en}`, ja: `${inner.ja}に左右される条件 ${cause.name}` };
    }
    default:
      return { en: 'a value that could not be read (see the input-template finding)', ja: '読み取れなかった値 (input-template の指摘を参照)' };
  }
}
