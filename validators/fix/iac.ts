/**
 * Fix operations written as edits of the input they were found in. A resource read from a
 * CloudFormation template has its logical id as id, one read from a Terraform plan its resource
 * address (or the id it already has): `aws ec2 …` with those would not work, and the template or
 * configuration is what the reader must change. So the same operations (plan.ts decides them,
 * apply.ts and tests/fix/ prove them) become edits here: the resource to delete, the property or
 * attribute to set, the resource or block to add, as a YAML or JSON snippet matching the template,
 * or HCL. Each edit also carries the change it makes to the document the engine read (the template,
 * or the plan's planned values), so a test can apply exactly what is shown and validate again.
 * Where an edit cannot be written soundly (a resource declared inside a Terraform module, a
 * resource AWS creates along with another, one instance of a resource with count or for_each whose
 * blocks all instances share), there is no edit and `refused` says why, in both languages.
 *
 * CloudFormation property names: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkaclentry.html
 * and the pages of AWS::EC2::Route, AWS::EC2::SecurityGroup, AWS::EC2::SecurityGroupEgress / Ingress.
 * Terraform: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl
 * and the pages of aws_network_acl_rule, aws_route, aws_security_group, aws_security_group_rule,
 * aws_vpc_security_group_egress_rule / ingress_rule.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { targetText } from '../analysis/describe.ts';
import { protocolNumber } from '../input/read-context.ts';
import { traversal } from '../input/iac/terraform/address.ts';
import type { AclEntry, NetworkAcl, Route, RouteTable, SecurityGroup, SgRule, Subnet } from '../model.ts';
import type { JsonPath, Localized } from '../types.ts';
import type { ChangeSecurityGroup, FixOperation, IpPermissionSpec, RuleFix, WriteAclEntry } from './operations.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A change to the document the engine read, by JSON path: what an edit does, for a test to apply. */
export type DocumentChange =
  /** Removes an object's key or an array's element (several removals from one array are all made against the array as it was). */
  | { op: 'remove'; path: JsonPath }
  /** Sets an object's key. */
  | { op: 'set'; path: JsonPath; value: Json }
  /** Appends to the array at the path (made when missing). */
  | { op: 'append'; path: JsonPath; value: Json };

/** One edit: what to change (both languages), what to write, and the change it makes to the document. */
export interface IacEdit {
  text: Localized;
  code?: string;
  changes: DocumentChange[];
}

export type IacLanguage = 'cloudformation' | 'terraform';

export interface IacFix {
  language: IacLanguage;
  /** The document the edits are made in. */
  file: string;
  edits: IacEdit[];
  /** Why no edit is given, when none can be written soundly. */
  refused?: Localized;
}

/** What the renderer needs to know about the documents besides the analysis. */
export interface IacDocuments {
  /** True when the template is written in YAML (snippets then are YAML). */
  isYaml(file: string): boolean;
}

const join = (items: readonly string[], lang: 'en' | 'ja') => items.join(lang === 'ja' ? '、' : ', ');
const both = (text: string): Localized => ({ en: text, ja: text });

/** Thrown inside the renderer only, caught in `iacFix`: an edit that cannot be written soundly. */
class Refusal {
  readonly why: Localized;
  constructor(why: Localized) {
    this.why = why;
  }
}
const refuse = (why: Localized): never => {
  throw new Refusal(why);
};

const NOT_WRITTEN: Localized = {
  en: 'This kind of change is not written as an edit of a template or plan: make it in the template or configuration by hand, then validate again.',
  ja: 'この種類の変更はテンプレートやプランの編集としては示していません。テンプレートまたは設定を手で変更し、もう一度検証してください。',
};

// ── Where a resource came from ──────────────────────────────────────────

type Resource = RouteTable | NetworkAcl | SecurityGroup;

/** The resource an operation changes, when exactly one object of the inputs is it. */
function resourceOf(analysis: Analysis, operation: FixOperation): Resource[] {
  const { resources } = analysis;
  if ('routeTableId' in operation) return resources.routeTables.filter((table) => table.id === operation.routeTableId);
  if ('networkAclId' in operation) return resources.networkAcls.filter((acl) => acl.id === operation.networkAclId);
  return resources.securityGroups.filter((group) => group.id === operation.groupId);
}

function languageOf(analysis: Analysis, file: string): IacLanguage | undefined {
  const kinds = analysis.resources.documents.find((document) => document.name === file)?.kinds ?? [];
  if (kinds.includes('CloudFormationTemplate')) return 'cloudformation';
  if (kinds.includes('TerraformPlan')) return 'terraform';
  return undefined;
}

/**
 * The fix as edits of the template or plan its resources come from; undefined when they come from
 * describe-* outputs (the fix is then AWS CLI commands).
 */
export function iacFix(analysis: Analysis, fix: RuleFix, documents: IacDocuments): IacFix | undefined {
  const found = fix.operations.map((operation) => resourceOf(analysis, operation));
  const files = new Set(found.flatMap((list) => list.map((resource) => resource.at.file)));
  const languages = new Set([...files].map((file) => languageOf(analysis, file)));
  if (!languages.has('cloudformation') && !languages.has('terraform')) return undefined;
  const [file] = files;
  const [language] = languages;
  if (files.size !== 1 || file === undefined || language === undefined) {
    return {
      language: languages.has('cloudformation') ? 'cloudformation' : 'terraform',
      file: file ?? '',
      edits: [],
      refused: { en: 'The change spans several documents: make it in each of them, then validate again.', ja: 'この変更は複数のドキュメントにまたがります。それぞれで変更してから、もう一度検証してください。' },
    };
  }
  try {
    if (found.some((list) => list.length !== 1)) refuse({ en: 'The resource is in the inputs more than once.', ja: 'このリソースは入力に複数回含まれています。' });
    const writer = language === 'cloudformation' ? new TemplateWriter(documents.isYaml(file)) : new PlanWriter(analysis.resources.subnets);
    const edits: IacEdit[] = [];
    fix.operations.forEach((operation, index) => edits.push(...writer.edits(operation, (found[index] as Resource[])[0] as Resource, fix.operations)));
    return { language, file, edits };
  } catch (error) {
    if (error instanceof Refusal) return { language, file, edits: [], refused: error.why };
    throw error;
  }
}

interface Writer {
  edits(operation: FixOperation, resource: Resource, all: readonly FixOperation[]): IacEdit[];
}

const destinationOf = (route: Route) => (route.destination.kind === 'prefix-list' ? route.destination.id : route.destination.cidr.canonical);

function routesOf(table: RouteTable, operation: Extract<FixOperation, { action: 'delete-route' }>): Route[] {
  const wanted = operation.destination.kind === 'prefix-list' ? operation.destination.id : operation.destination.cidr;
  const routes = table.routes.filter((route) => route.origin === 'static' && destinationOf(route) === wanted);
  return routes.length > 0 ? routes : refuse({ en: `${table.id} has no route to ${wanted} written in the input.`, ja: `${table.id} には入力に書かれた ${wanted} へのルートがありません。` });
}

const entryOf = (acl: NetworkAcl, egress: boolean, ruleNumber: number): AclEntry | undefined => acl.entries.find((entry) => entry.egress === egress && entry.ruleNumber === ruleNumber);

/** The CIDR peers a security-group operation names, each with its family. */
function peersOf(permission: IpPermissionSpec): { cidr: string; family: 4 | 6 }[] {
  return [...(permission.IpRanges ?? []).map((range) => ({ cidr: range.CidrIp, family: 4 as const })), ...(permission.Ipv6Ranges ?? []).map((range) => ({ cidr: range.CidrIpv6, family: 6 as const }))];
}

/** The rules of a group a revoke removes: same direction, protocol, ports and CIDR. */
function revokedRules(group: SecurityGroup, operation: ChangeSecurityGroup): SgRule[] {
  const egress = operation.action.endsWith('egress');
  const out: SgRule[] = [];
  for (const permission of operation.permissions) {
    if ((permission.PrefixListIds ?? []).length > 0 || (permission.UserIdGroupPairs ?? []).length > 0) refuse(NOT_WRITTEN);
    const protocol = protocolNumber(permission.IpProtocol);
    for (const { cidr } of peersOf(permission)) {
      const rules = (egress ? group.egress : group.ingress).filter(
        (rule) =>
          rule.peer.kind === 'cidr' &&
          rule.peer.cidr.canonical === cidr &&
          rule.protocol === protocol &&
          (rule.protocol < 0 || ((rule.fromPort ?? -1) === (permission.FromPort ?? -1) && (rule.toPort ?? -1) === (permission.ToPort ?? -1))),
      );
      if (rules.length === 0) refuse({ en: `${group.id} has no rule for ${cidr} written in the input.`, ja: `${group.id} には入力に書かれた ${cidr} のルールがありません。` });
      out.push(...rules);
    }
  }
  return out;
}

/** "TCP 443", "all traffic", "protocol 50": a rule's traffic, for edit texts. */
function trafficText(protocolText: string, from: number | undefined, to: number | undefined): Localized {
  const protocol = protocolNumber(protocolText);
  if (protocol === undefined || protocol < 0) return { en: 'all traffic', ja: 'すべての通信' };
  const name = protocol === 6 ? 'TCP' : protocol === 17 ? 'UDP' : protocol === 1 ? 'ICMP' : protocol === 58 ? 'ICMPv6' : `protocol ${protocol}`;
  const ports = (protocol === 6 || protocol === 17) && from !== undefined && to !== undefined ? ` ${from === to ? from : `${from}–${to}`}` : '';
  return { en: `${name}${ports}`, ja: `${name.replace('protocol', 'プロトコル')}${ports}` };
}

const DIRECTION_WORDS: Record<'egress' | 'ingress', Localized> = { egress: { en: 'outbound', ja: 'アウトバウンド' }, ingress: { en: 'inbound', ja: 'インバウンド' } };

/** "outbound rule 110" in both languages. */
const entryName = (egress: boolean, ruleNumber: number): Localized => {
  const words = DIRECTION_WORDS[egress ? 'egress' : 'ingress'];
  return { en: `${words.en} rule ${ruleNumber}`, ja: `${words.ja}ルール ${ruleNumber}` };
};

/** A name for a new resource: letters and digits of the parts, joined (`WorkspacesAclEgress120`). */
function newName(parts: readonly (string | number)[], separator: '' | '_'): string {
  const words = parts.map((part) => String(part).replace(/[^A-Za-z0-9]+/g, separator === '' ? '' : '_').replace(/^_+|_+$/g, ''));
  return words.filter((word) => word !== '').join(separator);
}

// ── CloudFormation ──────────────────────────────────────────────────────

/** `Ref` in the long form; the YAML writer prints it as `!Ref`. */
const ref = (logicalId: string): Json => ({ Ref: logicalId });
const getAtt = (logicalId: string, attribute: string): Json => ({ 'Fn::GetAtt': [logicalId, attribute] });

/** Words YAML 1.1 reads as something other than a string. */
const YAML_WORDS: ReadonlySet<string> = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/** A string as YAML: plain when it is a name YAML reads as that string (`AWS::EC2::Route`, `allow`), else quoted as JSON (YAML reads JSON strings alike). */
function yamlString(text: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9_.:-]*$/.test(text) && !YAML_WORDS.has(text.toLowerCase()) && !text.includes(': ');
  return plain ? text : JSON.stringify(text);
}

/** A value as YAML, with `Ref` and `Fn::GetAtt` in their short forms. */
function yaml(value: Json, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const scalar = (item: Json): string | undefined => {
    if (typeof item === 'string') return yamlString(item);
    if (item === null || typeof item !== 'object') return JSON.stringify(item);
    if (!Array.isArray(item)) {
      const keys = Object.keys(item);
      if (keys.length === 1 && keys[0] === 'Ref' && typeof item.Ref === 'string') return `!Ref ${item.Ref}`;
      const att = item['Fn::GetAtt'];
      if (keys.length === 1 && Array.isArray(att) && att.every((part) => typeof part === 'string')) return `!GetAtt ${att.join('.')}`;
    }
    return undefined;
  };
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const short = scalar(item);
      if (short !== undefined) lines.push(`${pad}- ${short}`);
      else {
        const [first, ...rest] = yaml(item, indent + 2);
        lines.push(`${pad}- ${(first ?? '').trimStart()}`, ...rest);
      }
    }
    return lines;
  }
  if (value === null || typeof value !== 'object') return [`${pad}${typeof value === 'string' ? yamlString(value) : JSON.stringify(value)}`];
  for (const [key, item] of Object.entries(value)) {
    const short = scalar(item);
    lines.push(short !== undefined ? `${pad}${key}: ${short}` : `${pad}${key}:`);
    if (short === undefined) lines.push(...yaml(item, indent + 2));
  }
  return lines;
}

/** How a template value is shown in an edit text: `CidrBlock: 10.0.0.0/16`. */
function propertyText(name: string, value: Json, isYaml: boolean): string {
  if (isYaml) {
    const lines = yaml({ [name]: value }, 0);
    return lines.length === 1 ? (lines[0] as string) : `${name}: ${JSON.stringify(value)}`;
  }
  return `"${name}": ${JSON.stringify(value)}`;
}

/** The logical id a model location is in (`Resources.<id>…`). */
function logicalIdAt(path: JsonPath): string | undefined {
  return path[0] === 'Resources' && typeof path[1] === 'string' ? path[1] : undefined;
}

const IMPLIED: Localized = {
  en: 'AWS creates it along with another resource (its id has a dot): the template cannot change it directly.',
  ja: 'AWS が別のリソースと一緒に作るもの (ID にドットを含むもの) なので、テンプレートでは直接変更できません。',
};

class TemplateWriter implements Writer {
  private readonly isYaml: boolean;

  constructor(isYaml: boolean) {
    this.isYaml = isYaml;
  }

  edits(operation: FixOperation, resource: Resource, all: readonly FixOperation[]): IacEdit[] {
    if (resource.id.includes('.') || logicalIdAt(resource.at.path) !== resource.id) refuse(IMPLIED);
    switch (operation.action) {
      case 'delete-route':
        return routesOf(resource as RouteTable, operation).map((route) => this.deleteRoute(route));
      case 'delete-network-acl-entry':
        return [this.deleteResource(this.entryResource(resource as NetworkAcl, operation.egress, operation.ruleNumber), 'AWS::EC2::NetworkAclEntry', entryName(operation.egress, operation.ruleNumber))];
      case 'replace-network-acl-entry':
        return [this.replaceEntry(resource as NetworkAcl, operation)];
      case 'create-network-acl-entry':
        return [this.createEntry(resource as NetworkAcl, operation)];
      case 'revoke-security-group-egress':
      case 'revoke-security-group-ingress':
        return this.revoke(resource as SecurityGroup, operation, all);
      case 'authorize-security-group-egress':
      case 'authorize-security-group-ingress':
        return this.authorize(resource as SecurityGroup, operation, all);
      default:
        return refuse(NOT_WRITTEN);
    }
  }

  private snippet(value: Json): string {
    return this.isYaml ? yaml(value, 0).join('\n') : JSON.stringify(value, null, 2);
  }

  private deleteResource(logicalId: string, type: string, what: Localized): IacEdit {
    return {
      text: {
        en: `Delete the resource \`${logicalId}\` (${type}, ${what.en}) from the template, and take \`${logicalId}\` out of any \`DependsOn\` that names it.`,
        ja: `テンプレートからリソース \`${logicalId}\` (${type}、${what.ja}) を削除します。\`DependsOn\` で \`${logicalId}\` を指定しているリソースがあれば、そこからも外してください。`,
      },
      changes: [{ op: 'remove', path: ['Resources', logicalId] }],
    };
  }

  private deleteRoute(route: Route): IacEdit {
    const logicalId = logicalIdAt(route.at.path);
    // A gateway endpoint's route is written in the endpoint's RouteTableIds, not as a resource.
    if (logicalId === undefined || logicalId === route.tableId || route.at.path[2] !== 'Properties' || route.at.path.length !== 3) refuse(NOT_WRITTEN);
    const target = targetText(route.target);
    return this.deleteResource(logicalId as string, 'AWS::EC2::Route', { en: `${destinationOf(route)} → ${target.en}`, ja: `${destinationOf(route)} → ${target.ja}` });
  }

  private entryResource(acl: NetworkAcl, egress: boolean, ruleNumber: number): string {
    const entry = entryOf(acl, egress, ruleNumber);
    const logicalId = entry && logicalIdAt(entry.at.path);
    if (!entry || logicalId === undefined || logicalId === acl.id) return refuse(IMPLIED);
    return logicalId;
  }

  /** The properties of an AWS::EC2::NetworkAclEntry that say what it matches. */
  private entryProperties(operation: WriteAclEntry): Record<string, Json> {
    return {
      Protocol: Number(operation.protocol),
      RuleAction: operation.ruleAction,
      ...(operation.family === 4 ? { CidrBlock: operation.cidr } : { Ipv6CidrBlock: operation.cidr }),
      ...(operation.portRange ? { PortRange: { From: operation.portRange.from, To: operation.portRange.to } } : {}),
      ...(operation.icmpTypeCode ? { Icmp: { Code: operation.icmpTypeCode.code, Type: operation.icmpTypeCode.type } } : {}),
    };
  }

  private replaceEntry(acl: NetworkAcl, operation: WriteAclEntry): IacEdit {
    const logicalId = this.entryResource(acl, operation.egress, operation.ruleNumber);
    const entry = entryOf(acl, operation.egress, operation.ruleNumber) as AclEntry;
    const wanted = this.entryProperties(operation);
    const before: Record<string, Json> = {
      Protocol: entry.protocol,
      RuleAction: entry.action,
      ...(entry.family === 4 ? { CidrBlock: entry.cidr.canonical } : { Ipv6CidrBlock: entry.cidr.canonical }),
      ...(entry.portRange ? { PortRange: { From: entry.portRange.from, To: entry.portRange.to } } : {}),
      ...(entry.icmp ? { Icmp: { Code: entry.icmp.code, Type: entry.icmp.type } } : {}),
    };
    const set = Object.entries(wanted).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value) || key === 'CidrBlock' || key === 'Ipv6CidrBlock');
    const removed = Object.keys(before).filter((key) => !(key in wanted));
    const properties = ['Resources', logicalId, 'Properties'];
    const setText = set.map(([key, value]) => `\`${propertyText(key, value, this.isYaml)}\``);
    const removedText = removed.map((key) => `\`${key}\``);
    return {
      text: {
        en: `In \`${logicalId}\` (AWS::EC2::NetworkAclEntry, ${DIRECTION_WORDS[operation.egress ? 'egress' : 'ingress'].en} rule ${operation.ruleNumber} of \`${acl.id}\`), set ${join(setText, 'en')}${removed.length > 0 ? ` and remove ${join(removedText, 'en')}` : ''}.`,
        ja: `\`${logicalId}\` (AWS::EC2::NetworkAclEntry、\`${acl.id}\` の${DIRECTION_WORDS[operation.egress ? 'egress' : 'ingress'].ja}ルール ${operation.ruleNumber}) で ${join(setText, 'ja')} を設定${removed.length > 0 ? `し、${join(removedText, 'ja')} を削除` : ''}します。`,
      },
      changes: [...set.map(([key, value]): DocumentChange => ({ op: 'set', path: [...properties, key], value })), ...removed.map((key): DocumentChange => ({ op: 'remove', path: [...properties, key] }))],
    };
  }

  private createEntry(acl: NetworkAcl, operation: WriteAclEntry): IacEdit {
    const logicalId = newName([acl.id, operation.egress ? 'Egress' : 'Ingress', operation.ruleNumber], '');
    const resource: Json = {
      Type: 'AWS::EC2::NetworkAclEntry',
      Properties: { NetworkAclId: ref(acl.id), RuleNumber: operation.ruleNumber, Egress: operation.egress, ...this.entryProperties(operation) },
    };
    return {
      text: {
        en: `Add an AWS::EC2::NetworkAclEntry to \`${acl.id}\`, ${DIRECTION_WORDS[operation.egress ? 'egress' : 'ingress'].en} rule ${operation.ruleNumber} (any unused logical id will do):`,
        ja: `\`${acl.id}\` に AWS::EC2::NetworkAclEntry を追加します (${DIRECTION_WORDS[operation.egress ? 'egress' : 'ingress'].ja}ルール ${operation.ruleNumber}。論理 ID は使われていないものなら何でも構いません)。`,
      },
      code: this.snippet({ [logicalId]: resource }),
      changes: [{ op: 'set', path: ['Resources', logicalId], value: resource }],
    };
  }

  /** Where a rule is written: an item of the group's inline list, or a resource of its own; refused for AWS's default rules. */
  private ruleSite(group: SecurityGroup, rule: SgRule): { kind: 'inline'; list: string; index: number } | { kind: 'resource'; logicalId: string } {
    const path = rule.at.path;
    const logicalId = logicalIdAt(path);
    if (logicalId === group.id && (path[3] === 'SecurityGroupEgress' || path[3] === 'SecurityGroupIngress') && typeof path[4] === 'number') return { kind: 'inline', list: path[3], index: path[4] };
    if (logicalId !== undefined && logicalId !== group.id && path[2] === 'Properties') return { kind: 'resource', logicalId };
    return refuse({
      en: `The rule is AWS's default outbound rule of \`${group.id}\`, which a group without \`SecurityGroupEgress\` keeps: give \`${group.id}\` a \`SecurityGroupEgress\` list with only the rules the WorkSpaces need.`,
      ja: `このルールは、\`SecurityGroupEgress\` のないグループに残る AWS の既定のアウトバウンドルールです。\`${group.id}\` に、WorkSpaces に必要なルールだけを並べた \`SecurityGroupEgress\` を書いてください。`,
    });
  }

  private ruleFields(permission: IpPermissionSpec, cidr: string, family: 4 | 6): Record<string, Json> {
    return {
      IpProtocol: permission.IpProtocol,
      ...(permission.FromPort !== undefined ? { FromPort: permission.FromPort } : {}),
      ...(permission.ToPort !== undefined ? { ToPort: permission.ToPort } : {}),
      ...(family === 4 ? { CidrIp: cidr } : { CidrIpv6: cidr }),
    };
  }

  private revoke(group: SecurityGroup, operation: ChangeSecurityGroup, all: readonly FixOperation[]): IacEdit[] {
    const egress = operation.action.endsWith('egress');
    const list = egress ? 'SecurityGroupEgress' : 'SecurityGroupIngress';
    const rules = revokedRules(group, operation);
    const edits: IacEdit[] = [];
    const inline: number[] = [];
    for (const rule of rules) {
      const site = this.ruleSite(group, rule);
      const what = trafficText(rule.protocolText, rule.fromPort, rule.toPort);
      const cidr = (rule.peer as { cidr: { canonical: string } }).cidr.canonical;
      if (site.kind === 'resource') {
        edits.push(this.deleteResource(site.logicalId, egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress', { en: `${what.en} ${egress ? 'to' : 'from'} ${cidr}`, ja: `${cidr} ${egress ? 'への' : 'からの'} ${what.ja}` }));
        continue;
      }
      inline.push(site.index);
      const shown = this.ruleFields({ IpProtocol: rule.protocolText, ...(rule.fromPort !== undefined ? { FromPort: rule.fromPort } : {}), ...(rule.toPort !== undefined ? { ToPort: rule.toPort } : {}) }, cidr, rule.peer.kind === 'cidr' ? rule.peer.cidr.family : 4);
      const fields = Object.entries(shown).map(([key, value]) => `\`${propertyText(key, value, this.isYaml)}\``);
      edits.push({
        text: {
          en: `In \`${group.id}\` (AWS::EC2::SecurityGroup), remove the \`${site.list}\` entry with ${join(fields, 'en')}.`,
          ja: `\`${group.id}\` (AWS::EC2::SecurityGroup) の \`${site.list}\` から、${join(fields, 'ja')} のエントリを削除します。`,
        },
        changes: [{ op: 'remove', path: ['Resources', group.id, 'Properties', site.list, site.index] }],
      });
    }
    // An empty SecurityGroupEgress gives the group AWS's allow-all egress back: keep CDK's placeholder, which allows nothing.
    const inlineLeft = (egress ? group.egress : group.ingress).filter((rule) => {
      const path = rule.at.path;
      return path[3] === list && typeof path[4] === 'number' && !inline.includes(path[4]);
    }).length;
    const added = all.some((other) => other.action === `authorize-security-group-${egress ? 'egress' : 'ingress'}` && 'groupId' in other && other.groupId === group.id);
    if (egress && inline.length > 0 && inlineLeft === 0 && !added) {
      const placeholder: Json = { IpProtocol: 'icmp', FromPort: 252, ToPort: 86, CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic' };
      edits.push({
        text: {
          en: `Then add this entry to the \`SecurityGroupEgress\` of \`${group.id}\`: it matches no packet, and an empty \`SecurityGroupEgress\` would give the group AWS's default rule that allows all outbound traffic (the AWS CDK writes the same entry).`,
          ja: `続けて、\`${group.id}\` の \`SecurityGroupEgress\` にこのエントリを加えます。どのパケットにも一致しないエントリです。\`SecurityGroupEgress\` が空だと、すべてのアウトバウンド通信を許可する AWS の既定のルールが付くためです (AWS CDK も同じエントリを書きます)。`,
        },
        code: this.snippet([placeholder]),
        changes: [{ op: 'append', path: ['Resources', group.id, 'Properties', 'SecurityGroupEgress'], value: placeholder }],
      });
    }
    return edits;
  }

  private authorize(group: SecurityGroup, operation: ChangeSecurityGroup, all: readonly FixOperation[]): IacEdit[] {
    const egress = operation.action.endsWith('egress');
    const list = egress ? 'SecurityGroupEgress' : 'SecurityGroupIngress';
    // A group with AWS's default egress loses it once a SecurityGroupEgress is written: refused (ruleSite says why).
    const defaultRule = group.egress.find((rule) => logicalIdAt(rule.at.path) === group.id && rule.at.path.length === 2);
    if (egress && defaultRule) this.ruleSite(group, defaultRule);
    // Rules go where the group's rules of that direction are written: inline, unless they are all resources of their own.
    const revoked = all.filter((other): other is ChangeSecurityGroup => other.action === `revoke-security-group-${egress ? 'egress' : 'ingress'}` && 'groupId' in other && other.groupId === group.id);
    const sites = [...revoked.flatMap((other) => revokedRules(group, other)), ...(egress ? group.egress : group.ingress)].map((rule) => rule.at.path);
    const inline = sites.length === 0 || sites.some((path) => logicalIdAt(path) === group.id && path[3] === list) || !sites.some((path) => logicalIdAt(path) !== group.id);
    const items = operation.permissions.flatMap((permission) => {
      if ((permission.PrefixListIds ?? []).length > 0 || (permission.UserIdGroupPairs ?? []).length > 0) refuse(NOT_WRITTEN);
      return peersOf(permission).map(({ cidr, family }) => this.ruleFields(permission, cidr, family));
    });
    if (inline) {
      return [
        {
          text: {
            en: `In \`${group.id}\` (AWS::EC2::SecurityGroup), add ${items.length === 1 ? 'this entry' : 'these entries'} to \`${list}\`:`,
            ja: `\`${group.id}\` (AWS::EC2::SecurityGroup) の \`${list}\` に次のエントリを追加します。`,
          },
          code: this.snippet(items),
          changes: items.map((item): DocumentChange => ({ op: 'append', path: ['Resources', group.id, 'Properties', list], value: item })),
        },
      ];
    }
    const type = egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress';
    const resources: Record<string, Json> = {};
    for (const item of items) {
      resources[newName([group.id, egress ? 'Egress' : 'Ingress', String(item.CidrIp ?? item.CidrIpv6)], '')] = { Type: type, Properties: { GroupId: getAtt(group.id, 'GroupId'), ...item } };
    }
    return [
      {
        text: {
          en: `Add ${items.length === 1 ? 'a' : items.length} ${type} ${items.length === 1 ? 'resource' : 'resources'} for \`${group.id}\` (any unused logical ids will do):`,
          ja: `\`${group.id}\` に ${type} のリソースを ${items.length} つ追加します (論理 ID は使われていないものなら何でも構いません)。`,
        },
        code: this.snippet(resources),
        changes: Object.entries(resources).map(([logicalId, value]): DocumentChange => ({ op: 'set', path: ['Resources', logicalId], value })),
      },
    ];
  }
}

// ── Terraform ───────────────────────────────────────────────────────────

/** A resource address read: its type, name and instance key; refused inside a module (the configuration there is the module's). */
interface PlanAddress {
  type: string;
  name: string;
  key?: string | number;
}

const CREATED_BY_AWS: Localized = { en: 'AWS creates it along with another resource: the configuration cannot change it directly.', ja: 'AWS が別のリソースと一緒に作るものなので、設定では直接変更できません。' };

function planAddress(address: string | undefined): PlanAddress {
  const steps = address === undefined ? undefined : traversal(address);
  if (!address || !steps) return refuse(CREATED_BY_AWS);
  const [first, second, third] = steps;
  if (first && 'name' in first && first.name === 'module') {
    const module = address.slice(0, address.lastIndexOf('.', address.lastIndexOf('.') - 1));
    return refuse({
      en: `\`${address}\` is declared inside \`${module}\`: the change cannot be written in this configuration. Change the module's inputs (or its version) so that the plan makes it, or manage the resource outside the module, then validate the new plan.`,
      ja: `\`${address}\` は \`${module}\` の中で宣言されているため、この設定では変更を書けません。プランがこの変更になるようにモジュールの入力 (またはバージョン) を変えるか、リソースをモジュールの外で管理してから、新しいプランを検証してください。`,
    });
  }
  if (!first || !('name' in first) || !second || !('name' in second) || steps.length > 3 || (third && !('key' in third))) return refuse(NOT_WRITTEN);
  return { type: first.name, name: second.name, ...(third && 'key' in third ? { key: third.key } : {}) };
}

/** The path of a resource's `values` in the plan, from the path of one of its attributes. */
function valuesPathOf(path: JsonPath): JsonPath {
  const index = path.lastIndexOf('values');
  return index < 0 ? refuse(NOT_WRITTEN) : path.slice(0, index + 1);
}

/** An HCL value: a string quoted, numbers and booleans as they are, a reference (`{ ref }`) as written, lists in brackets. */
type Hcl = string | number | boolean | { ref: string } | Hcl[];

function hclValue(value: Hcl): string {
  if (Array.isArray(value)) return `[${value.map(hclValue).join(', ')}]`;
  if (typeof value === 'object') return value.ref;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function hclBlock(header: string, attributes: readonly [string, Hcl][], indent = 0): string {
  const pad = ' '.repeat(indent);
  const width = Math.max(0, ...attributes.map(([key]) => key.length));
  return [`${pad}${header} {`, ...attributes.map(([key, value]) => `${pad}  ${key.padEnd(width)} = ${hclValue(value)}`), `${pad}}`].join('\n');
}

/** What Terraform writes an address with an instance key as (`aws_route.x[0]`), and the sentence about count/for_each. */
const INSTANCE: Localized = {
  en: ' It is one instance of a resource with `count` or `for_each`: take it out of the count or the collection (the others stay).',
  ja: '`count` または `for_each` を持つリソースのインスタンスの 1 つなので、count やコレクションから外してください (他のインスタンスは残ります)。',
};

/** Resources that are one route or rule each: removing one removes just that. */
const REMOVABLE: ReadonlySet<string> = new Set(['aws_route', 'aws_network_acl_rule', 'aws_security_group_rule', 'aws_vpc_security_group_egress_rule', 'aws_vpc_security_group_ingress_rule']);

/** Refuses a block edit of one instance of a resource with count or for_each: its blocks are written once for every instance. */
function notShared(address: string | undefined): void {
  if (planAddress(address).key === undefined) return;
  refuse({
    en: `\`${address}\` is one instance of a resource with \`count\` or \`for_each\`, whose blocks every instance shares: the change cannot be written for this instance alone.`,
    ja: `\`${address}\` は \`count\` または \`for_each\` を持つリソースのインスタンスで、ブロックはすべてのインスタンスに共通のため、このインスタンスだけの変更は書けません。`,
  });
}

class PlanWriter implements Writer {
  private readonly subnets: readonly Subnet[];

  constructor(subnets: readonly Subnet[]) {
    this.subnets = subnets;
  }

  edits(operation: FixOperation, resource: Resource, all: readonly FixOperation[]): IacEdit[] {
    switch (operation.action) {
      case 'delete-route':
        return routesOf(resource as RouteTable, operation).map((route) => this.deleteRoute(route));
      case 'delete-network-acl-entry':
        return [this.deleteEntry(resource as NetworkAcl, operation.egress, operation.ruleNumber)];
      case 'replace-network-acl-entry':
      case 'create-network-acl-entry':
        return [this.writeEntry(resource as NetworkAcl, operation)];
      case 'revoke-security-group-egress':
      case 'revoke-security-group-ingress':
        return this.revoke(resource as SecurityGroup, operation);
      case 'authorize-security-group-egress':
      case 'authorize-security-group-ingress':
        return [this.authorize(resource as SecurityGroup, operation, all)];
      case 'associate-route-table':
        return [this.associate(resource as RouteTable, operation.subnetId)];
      default:
        return refuse(NOT_WRITTEN);
    }
  }

  /** A resource the new one links to: a reference when the configuration declares it (its id may be known only after apply), else the id it has. */
  private link(id: string, address: string | undefined, types: readonly string[]): { hcl: Hcl; plan: string | { references: string[] } } {
    if (address !== undefined && types.includes(planAddress(address).type)) return { hcl: { ref: `${address}.id` }, plan: id === address ? { references: [`${address}.id`, address] } : id };
    return address === undefined && !id.includes('.') ? { hcl: id, plan: id } : refuse(CREATED_BY_AWS);
  }

  /** Associates a subnet explicitly with the main table it uses: an aws_route_table_association. */
  private associate(table: RouteTable, subnetId: string): IacEdit {
    const subnet = this.subnets.find((candidate) => candidate.id === subnetId);
    const subnetLink = this.link(subnetId, subnet?.address, ['aws_subnet']);
    const tableLink = this.link(table.id, table.address, ['aws_default_route_table', 'aws_route_table']);
    const name = newName([subnet?.address === undefined ? subnetId : planAddress(subnet.address).name, 'main'], '_');
    return this.newResource('aws_route_table_association', name, [['subnet_id', subnetLink.hcl], ['route_table_id', tableLink.hcl]], { subnet_id: subnetLink.plan, route_table_id: tableLink.plan }, {
      en: `Associate \`${subnet?.address ?? subnetId}\` explicitly with \`${table.address ?? table.id}\`, the main route table it uses now:`,
      ja: `\`${subnet?.address ?? subnetId}\` を、今使っているメインルートテーブル \`${table.address ?? table.id}\` に明示的に関連付けます。`,
    });
  }

  /** Removes a whole resource instance (a route or rule of its own, nothing else): its planned values go (the test drops its change too). */
  private removeResource(address: string, path: JsonPath, what: Localized): IacEdit {
    const parsed = planAddress(address);
    if (!REMOVABLE.has(parsed.type)) refuse(CREATED_BY_AWS);
    const valuesPath = valuesPathOf(path);
    const block = `resource "${parsed.type}" "${parsed.name}"`;
    return {
      text: {
        en: `Remove \`${address}\` (${what.en}): delete its \`${block}\` block.${parsed.key !== undefined ? INSTANCE.en : ''}`,
        ja: `\`${address}\` (${what.ja}) を削除します。\`${block}\` ブロックを削除してください。${parsed.key !== undefined ? INSTANCE.ja : ''}`,
      },
      changes: [{ op: 'remove', path: valuesPath.slice(0, -1) }],
    };
  }

  /** An inline block of a resource (`route`, `egress`, `ingress`): its attribute name and index, from a location inside it. */
  private inlineBlock(resourceAddress: string | undefined, path: JsonPath, names: readonly string[]): { name: string; index: number; path: JsonPath } | undefined {
    const valuesPath = valuesPathOf(path);
    const name = path[valuesPath.length];
    const index = path[valuesPath.length + 1];
    if (typeof name !== 'string' || !names.includes(name) || typeof index !== 'number') return undefined;
    notShared(resourceAddress);
    return { name, index, path: [...valuesPath, name, index] };
  }

  private deleteRoute(route: Route): IacEdit {
    const target = targetText(route.target);
    const destination = destinationOf(route);
    const inline = this.inlineBlock(route.address, route.at.path, ['route']);
    if (!inline) return this.removeResource(route.address ?? '', route.at.path, { en: `${destination} → ${target.en}`, ja: `${destination} → ${target.ja}` });
    const key = route.destination.kind === 'prefix-list' ? 'destination_prefix_list_id' : route.destination.cidr.family === 4 ? 'cidr_block' : 'ipv6_cidr_block';
    return {
      text: {
        en: `In \`${route.address}\`, remove the \`route\` block with \`${key} = "${destination}"\` (→ ${target.en}).`,
        ja: `\`${route.address}\` から、\`${key} = "${destination}"\` の \`route\` ブロック (→ ${target.ja}) を削除します。`,
      },
      changes: [{ op: 'remove', path: inline.path }],
    };
  }

  private entry(acl: NetworkAcl, egress: boolean, ruleNumber: number): AclEntry {
    const entry = entryOf(acl, egress, ruleNumber);
    return entry ?? refuse({ en: `Rule ${ruleNumber} of ${acl.id} is not written in the plan.`, ja: `${acl.id} のルール ${ruleNumber} はプランに書かれていません。` });
  }

  private deleteEntry(acl: NetworkAcl, egress: boolean, ruleNumber: number): IacEdit {
    const entry = this.entry(acl, egress, ruleNumber);
    if (entry.address === undefined) return refuse(CREATED_BY_AWS);
    const direction = egress ? 'egress' : 'ingress';
    const inline = this.inlineBlock(entry.address, entry.at.path, ['egress', 'ingress']);
    if (!inline) return this.removeResource(entry.address, entry.at.path, { en: `${DIRECTION_WORDS[direction].en} rule ${ruleNumber} of ${acl.address ?? acl.id}`, ja: `${acl.address ?? acl.id} の${DIRECTION_WORDS[direction].ja}ルール ${ruleNumber}` });
    return {
      text: { en: `In \`${entry.address}\`, remove the \`${direction}\` block with \`rule_no = ${ruleNumber}\`.`, ja: `\`${entry.address}\` から、\`rule_no = ${ruleNumber}\` の \`${direction}\` ブロックを削除します。` },
      changes: [{ op: 'remove', path: inline.path }],
    };
  }

  /** The attributes of an entry, as an inline block (`rule_no`, `action`) or an aws_network_acl_rule (`rule_number`, `rule_action`) writes them. */
  private entryAttributes(operation: WriteAclEntry, inline: boolean): [string, Hcl][] {
    const ports = operation.portRange ?? { from: 0, to: 0 };
    return [
      [inline ? 'rule_no' : 'rule_number', operation.ruleNumber],
      [inline ? 'action' : 'rule_action', operation.ruleAction],
      ['protocol', operation.protocol],
      [operation.family === 4 ? 'cidr_block' : 'ipv6_cidr_block', operation.cidr],
      ...(inline || operation.portRange ? ([['from_port', ports.from], ['to_port', ports.to]] as [string, Hcl][]) : []),
      ...(operation.icmpTypeCode ? ([['icmp_type', operation.icmpTypeCode.type], ['icmp_code', operation.icmpTypeCode.code]] as [string, Hcl][]) : []),
    ];
  }

  /** The planned values of an inline block as the provider prints them (every attribute, empty when unset). */
  private inlineValues(operation: WriteAclEntry): Json {
    return {
      rule_no: operation.ruleNumber,
      action: operation.ruleAction,
      protocol: operation.protocol,
      cidr_block: operation.family === 4 ? operation.cidr : '',
      ipv6_cidr_block: operation.family === 6 ? operation.cidr : '',
      from_port: operation.portRange?.from ?? 0,
      to_port: operation.portRange?.to ?? 0,
      icmp_type: operation.icmpTypeCode?.type ?? 0,
      icmp_code: operation.icmpTypeCode?.code ?? 0,
    };
  }

  private writeEntry(acl: NetworkAcl, operation: WriteAclEntry): IacEdit {
    const direction = operation.egress ? 'egress' : 'ingress';
    const existing = operation.action === 'replace-network-acl-entry' ? this.entry(acl, operation.egress, operation.ruleNumber) : undefined;
    // Where the ACL's entries are written: inline blocks of the ACL, or aws_network_acl_rule resources.
    const sample = existing ?? acl.entries.find((entry) => entry.egress === operation.egress && entry.address !== undefined) ?? acl.entries.find((entry) => entry.address !== undefined);
    const aclAddress = acl.address ?? refuse(CREATED_BY_AWS);
    const aclParsed = planAddress(aclAddress);
    const inline = sample ? sample.address === aclAddress : aclParsed.type === 'aws_network_acl' || aclParsed.type === 'aws_default_network_acl';
    if (inline) {
      notShared(aclAddress);
      // An ACL with no entry yet is located at its `address`, next to its `values`.
      const valuesPath = sample ? valuesPathOf(sample.at.path) : acl.at.path[acl.at.path.length - 1] === 'address' ? [...acl.at.path.slice(0, -1), 'values'] : refuse(NOT_WRITTEN);
      const code = hclBlock(direction, this.entryAttributes(operation, true));
      if (existing) {
        const block = this.inlineBlock(existing.address, existing.at.path, [direction]) ?? refuse(NOT_WRITTEN);
        return {
          text: { en: `In \`${aclAddress}\`, change the \`${direction}\` block with \`rule_no = ${operation.ruleNumber}\` to:`, ja: `\`${aclAddress}\` の \`rule_no = ${operation.ruleNumber}\` の \`${direction}\` ブロックを次のように変更します。` },
          code,
          changes: [{ op: 'set', path: block.path, value: this.inlineValues(operation) }],
        };
      }
      return {
        text: { en: `In \`${aclAddress}\`, add an \`${direction}\` block:`, ja: `\`${aclAddress}\` に \`${direction}\` ブロックを追加します。` },
        code,
        changes: [{ op: 'append', path: [...valuesPath, direction], value: this.inlineValues(operation) }],
      };
    }
    if (existing) {
      if (existing.address === undefined) return refuse(CREATED_BY_AWS);
      const parsed = planAddress(existing.address);
      const valuesPath = valuesPathOf(existing.at.path);
      const attributes = this.entryAttributes(operation, false);
      const values: Record<string, Json> = { cidr_block: '', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_type: 0, icmp_code: 0 };
      for (const [key, value] of attributes) values[key] = value as Json;
      return {
        text: {
          en: `In \`${existing.address}\`, set these attributes and remove the others that say what it matches (\`cidr_block\`, \`ipv6_cidr_block\`, \`from_port\`, \`to_port\`, \`icmp_type\`, \`icmp_code\`):${parsed.key !== undefined ? INSTANCE.en : ''}`,
          ja: `\`${existing.address}\` に次の属性を設定し、一致条件を表す他の属性 (\`cidr_block\`、\`ipv6_cidr_block\`、\`from_port\`、\`to_port\`、\`icmp_type\`、\`icmp_code\`) は削除します。${parsed.key !== undefined ? INSTANCE.ja : ''}`,
        },
        code: attributes.map(([key, value]) => `${key} = ${hclValue(value)}`).join('\n'),
        changes: Object.entries(values).map(([key, value]): DocumentChange => ({ op: 'set', path: [...valuesPath, key], value })),
      };
    }
    const name = newName([aclParsed.name, direction, operation.ruleNumber], '_');
    const reference = `${aclAddress}.id`;
    const attributes: [string, Hcl][] = [['network_acl_id', { ref: reference }], ['egress', operation.egress], ...this.entryAttributes(operation, false)];
    return this.newResource('aws_network_acl_rule', name, attributes, { network_acl_id: acl.id === aclAddress ? { references: [reference, aclAddress] } : acl.id }, {
      en: `Add an aws_network_acl_rule to \`${aclAddress}\`, ${DIRECTION_WORDS[direction].en} rule ${operation.ruleNumber}:`,
      ja: `\`${aclAddress}\` に aws_network_acl_rule を追加します (${DIRECTION_WORDS[direction].ja}ルール ${operation.ruleNumber})。`,
    });
  }

  /**
   * A new resource of the root module: the HCL to write, and the planned values, configuration and
   * change the plan would then hold. A link to a resource whose id is known only after apply is a
   * reference in the configuration (`{ references }`); a known id is a planned value.
   */
  private newResource(type: string, name: string, attributes: readonly [string, Hcl][], links: Record<string, string | { references: string[] }>, text: Localized): IacEdit {
    const address = `${type}.${name}`;
    const values: Record<string, Json> = {};
    const expressions: Record<string, Json> = {};
    const unknown: Record<string, Json> = {};
    for (const [key, value] of attributes) {
      const link = links[key];
      if (link !== undefined) {
        if (typeof link === 'string') values[key] = link;
        else {
          expressions[key] = { references: link.references };
          unknown[key] = true;
        }
        continue;
      }
      values[key] = value as Json;
      expressions[key] = { constant_value: value as Json };
    }
    return {
      text,
      code: hclBlock(`resource "${type}" "${name}"`, attributes),
      changes: [
        { op: 'append', path: ['planned_values', 'root_module', 'resources'], value: { address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', values } },
        { op: 'append', path: ['resource_changes'], value: { address, mode: 'managed', type, name, change: { actions: ['create'], after_unknown: unknown } } },
        { op: 'append', path: ['configuration', 'root_module', 'resources'], value: { address, mode: 'managed', type, name, expressions } },
      ],
    };
  }

  /** How a rule's resource writes its peers: the resource type decides the attribute names. */
  private revoke(group: SecurityGroup, operation: ChangeSecurityGroup): IacEdit[] {
    const egress = operation.action.endsWith('egress');
    const direction = egress ? 'egress' : 'ingress';
    return revokedRules(group, operation).map((rule) => {
      if (rule.address === undefined) return refuse(CREATED_BY_AWS);
      const parsed = planAddress(rule.address);
      const cidr = (rule.peer as { cidr: { canonical: string } }).cidr.canonical;
      const what = trafficText(rule.protocolText, rule.fromPort, rule.toPort);
      const ruleText: Localized = { en: `${what.en} ${egress ? 'to' : 'from'} ${cidr}`, ja: `${cidr} ${egress ? 'への' : 'からの'} ${what.ja}` };
      const path = rule.at.path;
      const valuesPath = valuesPathOf(path);
      const inline = this.inlineBlock(rule.address, path, ['egress', 'ingress']);
      // The list of CIDRs the rule is one element of (`cidr_blocks`), within the resource or its block.
      const listAt = inline ? valuesPath.length + 2 : valuesPath.length;
      const list = path[listAt];
      const element = path[listAt + 1];
      if (typeof list === 'string' && typeof element === 'number' && (list === 'cidr_blocks' || list === 'ipv6_cidr_blocks')) {
        const siblings = [...group.egress, ...group.ingress].filter((other) => other.address === rule.address && other !== rule && (inline ? other.at.path[valuesPath.length + 1] === inline.index && other.at.path[valuesPath.length] === inline.name : true));
        if (siblings.length > 0) {
          const where = inline ? `the \`${inline.name}\` block of \`${rule.address}\` for ${what.en}` : `\`${rule.address}\``;
          const whereJa = inline ? `\`${rule.address}\` の ${what.ja} の \`${inline.name}\` ブロック` : `\`${rule.address}\``;
          return {
            text: { en: `In ${where}, remove "${cidr}" from \`${list}\`.`, ja: `${whereJa}で、\`${list}\` から "${cidr}" を削除します。` },
            changes: [{ op: 'remove', path: path.slice(0, listAt + 2) }],
          };
        }
      }
      if (inline) {
        return {
          text: {
            en: `In \`${rule.address}\`, remove the \`${inline.name}\` block for ${ruleText.en}.`,
            ja: `\`${rule.address}\` から、${ruleText.ja}の \`${inline.name}\` ブロックを削除します。`,
          },
          changes: [{ op: 'remove', path: inline.path }],
        };
      }
      if (parsed.type === 'aws_security_group' || parsed.type === 'aws_default_security_group') return refuse(NOT_WRITTEN);
      return { ...this.removeResource(rule.address, path, { en: `${DIRECTION_WORDS[direction].en} rule of ${group.address ?? group.id}, ${ruleText.en}`, ja: `${group.address ?? group.id} の${DIRECTION_WORDS[direction].ja}ルール、${ruleText.ja}` }) };
    });
  }

  private authorize(group: SecurityGroup, operation: ChangeSecurityGroup, all: readonly FixOperation[]): IacEdit {
    const egress = operation.action.endsWith('egress');
    const direction = egress ? 'egress' : 'ingress';
    const groupAddress = group.address ?? refuse(CREATED_BY_AWS);
    const groupParsed = planAddress(groupAddress);
    const revoked = all.filter((other): other is ChangeSecurityGroup => other.action === `revoke-security-group-${direction}` && 'groupId' in other && other.groupId === group.id).flatMap((other) => revokedRules(group, other));
    // New rules are written the way the rules they replace (or the group's others) are.
    const model = revoked[0] ?? (egress ? group.egress : group.ingress).find((rule) => rule.address !== undefined);
    // A group the configuration declares is referred to; one AWS creates (a directory's members group) only by the id it already has.
    const declared = groupParsed.type === 'aws_security_group' || groupParsed.type === 'aws_default_security_group';
    if (!declared && !group.id.startsWith('sg-')) refuse(CREATED_BY_AWS);
    const style = model?.address === undefined ? 'aws_vpc_security_group_rule' : model.address === groupAddress ? (declared ? 'inline' : 'aws_vpc_security_group_rule') : planAddress(model.address).type === 'aws_security_group_rule' ? 'aws_security_group_rule' : 'aws_vpc_security_group_rule';
    const reference = `${groupAddress}.id`;
    const groupRef: Hcl = declared ? { ref: reference } : group.id;
    const groupLink = declared && group.id === groupAddress ? { references: [reference, groupAddress] } : group.id;
    const permissions = operation.permissions.map((permission) => {
      if ((permission.PrefixListIds ?? []).length > 0 || (permission.UserIdGroupPairs ?? []).length > 0) refuse(NOT_WRITTEN);
      const protocol = protocolNumber(permission.IpProtocol);
      const ports: [string, Hcl][] = protocol !== undefined && protocol >= 0 ? [['from_port', permission.FromPort ?? 0], ['to_port', permission.ToPort ?? 0]] : [['from_port', 0], ['to_port', 0]];
      return { permission, protocol: permission.IpProtocol, ports, v4: (permission.IpRanges ?? []).map((range) => range.CidrIp), v6: (permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6) };
    });
    if (style === 'inline') {
      notShared(groupAddress);
      const valuesPath = valuesPathOf((model as SgRule).at.path);
      const blocks = permissions.map(({ protocol, ports, v4, v6 }) => ({
        hcl: hclBlock(direction, [['protocol', protocol], ...ports, ...(v4.length > 0 ? ([['cidr_blocks', v4]] as [string, Hcl][]) : []), ...(v6.length > 0 ? ([['ipv6_cidr_blocks', v6]] as [string, Hcl][]) : [])]),
        value: { protocol, from_port: ports[0]?.[1] as number, to_port: ports[1]?.[1] as number, cidr_blocks: v4, ipv6_cidr_blocks: v6, prefix_list_ids: [], security_groups: [], self: false, description: '' } as Json,
      }));
      return {
        text: { en: `In \`${groupAddress}\`, add ${blocks.length === 1 ? `an \`${direction}\` block` : `these \`${direction}\` blocks`}:`, ja: `\`${groupAddress}\` に \`${direction}\` ブロックを追加します。` },
        code: blocks.map((block) => block.hcl).join('\n'),
        changes: blocks.map((block): DocumentChange => ({ op: 'append', path: [...valuesPath, direction], value: block.value })),
      };
    }
    const edits: IacEdit[] = [];
    for (const { protocol, ports, v4, v6 } of permissions) {
      if (style === 'aws_security_group_rule') {
        const name = newName([groupParsed.name, direction, protocol === '-1' ? 'all' : protocol, ...v4.slice(0, 1), ...v6.slice(0, 1)], '_');
        const attributes: [string, Hcl][] = [['type', direction], ['security_group_id', groupRef], ['protocol', protocol], ...ports, ...(v4.length > 0 ? ([['cidr_blocks', v4]] as [string, Hcl][]) : []), ...(v6.length > 0 ? ([['ipv6_cidr_blocks', v6]] as [string, Hcl][]) : [])];
        edits.push(this.newResource('aws_security_group_rule', name, attributes, { security_group_id: groupLink }, both('')));
        continue;
      }
      const type = `aws_vpc_security_group_${direction}_rule`;
      for (const [cidr, family] of [...v4.map((cidr) => [cidr, 4] as const), ...v6.map((cidr) => [cidr, 6] as const)]) {
        const name = newName([groupParsed.name, direction, cidr], '_');
        const attributes: [string, Hcl][] = [['security_group_id', groupRef], ['ip_protocol', protocol], ...(protocol === '-1' ? [] : ports), [family === 4 ? 'cidr_ipv4' : 'cidr_ipv6', cidr]];
        edits.push(this.newResource(type, name, attributes, { security_group_id: groupLink }, both('')));
      }
    }
    const type = style === 'aws_security_group_rule' ? 'aws_security_group_rule' : `aws_vpc_security_group_${direction}_rule`;
    return {
      text: {
        en: `Add ${edits.length === 1 ? `this ${type}` : `these ${edits.length} ${type} resources`} to \`${groupAddress}\`:`,
        ja: `\`${groupAddress}\` に ${type} を${edits.length === 1 ? '' : ` ${edits.length} つ`}追加します。`,
      },
      code: edits.map((edit) => edit.code).join('\n\n'),
      changes: edits.flatMap((edit) => edit.changes),
    };
  }
}
