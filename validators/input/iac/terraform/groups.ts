/**
 * Security groups of a Terraform plan: `aws_security_group` (inline `ingress`/`egress`),
 * `aws_default_security_group`, `aws_security_group_rule`, and `aws_vpc_security_group_ingress_rule`
 * / `_egress_rule`. Terraform removes the allow-all egress rule AWS gives a new group, and empties
 * a default group it adopts: a group has exactly the rules the plan gives it.
 */
import { cidr } from '../../../net/address.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, type Span, type TrafficBox } from '../../../net/traffic.ts';
import type { SecurityGroup, SgPeer, SgRule } from '../../../model.ts';
import type { Localized, Location } from '../../../types.ts';
import { sgRuleDetails } from '../../kinds/security-groups.ts';
import { protocolNumber } from '../../read-context.ts';
import { directoryGroupId, type LinkKind } from './links.ts';
import { isUnknown, valueAt, type PlanResource } from './plan-index.ts';
import type { PlanRead } from './plan-read.ts';
import { cidrOf } from './vpcs.ts';

const groupRulesUnknown = (group: string): Localized => ({
  en: `the rules of ${group} are not all known, so what it allows stays unverified`,
  ja: `${group} のルールがすべてはわからないため、何を許可するかは未確認のままです`,
});

/** An integer attribute (a number, or a numeric string from a module's map(string) input). */
function integer(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,6}$/.test(value)) return Number(value);
  return undefined;
}

/** Where a rule's peers are written: list attributes (inline blocks, aws_security_group_rule) or single ones (aws_vpc_security_group_*_rule). */
interface RuleKeys {
  protocol: string;
  v4: string;
  v6: string;
  prefixLists: string;
  groups: string;
  /** True when the CIDRs and prefix list are single values, not lists. */
  single: boolean;
  /** True when the peer group is a single value, not a list. */
  singleGroup: boolean;
}
const INLINE: RuleKeys = { protocol: 'protocol', v4: 'cidr_blocks', v6: 'ipv6_cidr_blocks', prefixLists: 'prefix_list_ids', groups: 'security_groups', single: false, singleGroup: false };
const LEGACY_RULE: RuleKeys = { protocol: 'protocol', v4: 'cidr_blocks', v6: 'ipv6_cidr_blocks', prefixLists: 'prefix_list_ids', groups: 'source_security_group_id', single: false, singleGroup: true };
const VPC_RULE: RuleKeys = { protocol: 'ip_protocol', v4: 'cidr_ipv4', v6: 'cidr_ipv6', prefixLists: 'prefix_list_id', groups: 'referenced_security_group_id', single: true, singleGroup: true };

export class GroupReader {
  private readonly read: PlanRead;

  constructor(read: PlanRead) {
    this.read = read;
  }

  readAll(): void {
    const read = this.read;
    for (const resource of read.index.ofType('aws_security_group', 'aws_default_security_group')) {
      const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
      const name = read.text(resource, ['name']) ?? (resource.type === 'aws_default_security_group' ? 'default' : undefined);
      const group: SecurityGroup = { id: read.idOf(resource), ingress: [], egress: [], incomplete: false, at: read.where(resource), address: resource.address, ...(name ? { name } : {}), ...(vpc.kind === 'id' ? { vpcId: vpc.id } : {}) };
      read.securityGroups.set(group.id, group);
      this.inlineRules(resource, group, resource.type === 'aws_default_security_group');
    }
    const registered = read.index.ofType('aws_workspaces_directory').flatMap((resource) => this.directoryGroup(resource));
    for (const resource of read.index.ofType('aws_security_group_rule')) {
      const egress = read.text(resource, ['type']) === 'egress';
      this.standalone(resource, egress, LEGACY_RULE);
    }
    for (const resource of read.index.ofType('aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule')) {
      this.standalone(resource, resource.type === 'aws_vpc_security_group_egress_rule', VPC_RULE);
    }
    // AWS's default egress after the rules the plan adds (as describe-security-groups would list them).
    for (const { group, rule } of registered) group.egress.push(rule);
    read.ctx.resources.securityGroups.push(...read.securityGroups.values());
  }

  /**
   * The group AWS creates when the plan registers a directory with WorkSpaces
   * (`<directory>_workspacesMembers`, on every WorkSpace of the directory): not a resource of the
   * plan, so it has AWS's default rules (egress to 0.0.0.0/0, no inbound), plus the rules the plan
   * adds to it through `workspace_security_group_id`. A registered directory's group is a real id:
   * the plan or describe-security-groups shows it.
   */
  private directoryGroup(resource: PlanResource): { group: SecurityGroup; rule: SgRule }[] {
    const read = this.read;
    if (!isUnknown(resource, ['workspace_security_group_id'])) return [];
    const id = directoryGroupId(resource);
    if (read.securityGroups.has(id)) return [];
    const directory = read.linker.link(resource, ['directory_id'], 'directory');
    // Its VPC: the one of the directory's subnets (known ones, and those its configuration may name).
    const listed = valueAt(resource, ['subnet_ids']);
    const known = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string' && id !== '') : [];
    const pending = !Array.isArray(listed) || known.length < listed.length ? read.linker.resolve(resource, ['subnet_ids'], 'subnet') : undefined;
    const subnetIds = [...known, ...(pending === undefined ? [] : pending.kind === 'id' ? [pending.id] : pending.candidates)];
    const vpcIds = new Set(subnetIds.map((subnetId) => read.subnets.get(subnetId)?.vpcId ?? ''));
    const vpcId = vpcIds.size === 1 && (pending === undefined || pending.kind === 'id' || pending.closed) ? [...vpcIds][0] || undefined : undefined;
    const at = read.attributeAt(resource, ['workspace_security_group_id']);
    const anywhere = cidr('0.0.0.0/0');
    const group: SecurityGroup = {
      id,
      name: `${directory.kind === 'id' ? directory.id : resource.address}_workspacesMembers`,
      ingress: [],
      egress: [],
      incomplete: false,
      at,
      address: resource.address,
      ...(vpcId ? { vpcId } : {}),
    };
    read.securityGroups.set(id, group);
    read.unknown(resource, ['workspace_security_group_id'], { en: `the group AWS creates when it registers the directory is taken with its default rules (egress to 0.0.0.0/0, no inbound) and the rules this plan adds to it`, ja: `ディレクトリの登録時に AWS が作るグループは、既定のルール (0.0.0.0/0 へのアウトバウンド、インバウンドなし) に、このプランが加えるルールを足したものとみなします` }, 'info');
    const rule: SgRule = { groupId: id, egress: true, protocol: -1, protocolText: '-1', peer: { kind: 'cidr', cidr: anywhere }, box: { protocols: ALL_PROTOCOLS, details: ALL_DETAILS, addresses: [anywhere.first, anywhere.last] }, at, address: resource.address };
    return [{ group, rule }];
  }

  /**
   * Inline rules. A set known only after apply is empty when the configuration writes none and the
   * plan creates (or adopts) the group: Terraform manages no inline rule then, and the group
   * starts with none (AWS's allow-all egress is removed). Otherwise the group is not fully known.
   */
  private inlineRules(resource: PlanResource, group: SecurityGroup, adopted: boolean): void {
    const read = this.read;
    for (const direction of ['ingress', 'egress'] as const) {
      const value = valueAt(resource, [direction]);
      if (!Array.isArray(value)) {
        if (!isUnknown(resource, [direction])) continue;
        if (read.noBlocks(resource, direction, adopted)) continue;
        group.incomplete = true;
        read.unknown(resource, [direction], groupRulesUnknown(group.id));
        continue;
      }
      value.forEach((_block, index) => {
        const rules = this.rules(resource, [direction, index], INLINE, group.id, direction === 'egress');
        if (rules === 'incomplete') group.incomplete = true;
        else (direction === 'egress' ? group.egress : group.ingress).push(...rules);
      });
    }
  }

  private standalone(resource: PlanResource, egress: boolean, keys: RuleKeys): void {
    const read = this.read;
    const link = read.linker.link(resource, ['security_group_id'], 'security-group');
    if (link.kind === 'unset') return;
    if (link.kind === 'open') {
      read.unresolved(resource, ['security_group_id'], link, { en: 'the group that gets this rule is not known, so no candidate group is fully known', ja: 'このルールが入るグループがわからないため、候補のグループはどれもすべてのルールがわかりません' });
      for (const id of link.candidates) {
        const group = read.securityGroups.get(id);
        if (group) group.incomplete = true;
      }
      return;
    }
    const group = read.securityGroups.get(link.id);
    if (!group) {
      read.outside(read.attributeAt(resource, ['security_group_id']), link.id, { en: 'a security group this plan does not declare', ja: 'このプランが宣言していないセキュリティグループ' }, { en: `${resource.address} is not judged with it`, ja: `${resource.address} はこのグループと合わせて判定できません` }, 'info');
      return;
    }
    const rules = this.rules(resource, [], keys, group.id, egress);
    if (rules === 'incomplete') group.incomplete = true;
    else (egress ? group.egress : group.ingress).push(...rules);
  }

  /** The rules of one block or resource at `path`: one per peer. */
  private rules(resource: PlanResource, path: (string | number)[], keys: RuleKeys, groupId: string, egress: boolean): SgRule[] | 'incomplete' {
    const read = this.read;
    const at = (key: string | number, ...rest: (string | number)[]) => [...path, key, ...rest];
    for (const key of [keys.protocol, 'from_port', 'to_port']) {
      if (isUnknown(resource, at(key))) {
        read.unknown(resource, at(key), groupRulesUnknown(groupId));
        return 'incomplete';
      }
    }
    const protocolValue = valueAt(resource, at(keys.protocol));
    const protocol = typeof protocolValue === 'string' || typeof protocolValue === 'number' ? protocolNumber(protocolValue) : undefined;
    if (protocol === undefined) {
      read.ctx.problem('input-value', 'protocol', read.attributeAt(resource, at(keys.protocol)), { actual: String(protocolValue ?? '') });
      return 'incomplete';
    }
    const from = integer(valueAt(resource, at('from_port')));
    const to = integer(valueAt(resource, at('to_port')));
    const details = sgRuleDetails(protocol, from, to);
    if (details === 'ports') {
      read.ctx.problem('input-value', 'sgPorts', read.attributeAt(resource, at(from === undefined ? 'from_port' : 'to_port')), { from: String(from), to: String(to) });
      return 'incomplete';
    }
    if (details === 'icmp') {
      read.ctx.problem('input-value', 'icmp', read.attributeAt(resource, at('from_port')), { type: from ?? '', code: String(to) });
      return 'incomplete';
    }
    const protocols: Span = protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol];
    const base = { groupId, egress, protocol, protocolText: String(protocolValue), address: resource.address, ...(from !== undefined ? { fromPort: from } : {}), ...(to !== undefined ? { toPort: to } : {}) };
    const rules: SgRule[] = [];
    const add = (peer: SgPeer, peerAt: Location, addresses: TrafficBox['addresses']) => rules.push({ ...base, peer, box: { protocols, details, addresses }, at: peerAt });
    let broken = false;
    // Addresses: a CIDR list (or one CIDR) per family.
    for (const [key, family] of [[keys.v4, 4], [keys.v6, 6]] as const) {
      const paths = this.peerPaths(resource, at(key), keys.single);
      if (paths === 'unknown') {
        read.unknown(resource, at(key), groupRulesUnknown(groupId));
        return 'incomplete';
      }
      for (const peerPath of paths) {
        const cidr = cidrOf(read, resource, peerPath, family);
        if (cidr) add({ kind: 'cidr', cidr }, read.attributeAt(resource, peerPath), [cidr.first, cidr.last]);
        else if (typeof valueAt(resource, peerPath) === 'string' && valueAt(resource, peerPath) !== '') broken = true;
      }
    }
    // Prefix lists and groups: ids, which may be known only after apply.
    for (const [key, want, single] of [[keys.prefixLists, 'prefix-list', keys.single], [keys.groups, 'security-group', keys.singleGroup]] as const) {
      for (const { id, at: peerAt } of this.peerIds(resource, at(key), single, want, groupId)) {
        add(want === 'prefix-list' ? { kind: 'prefix-list', id } : { kind: 'group', groupId: id }, peerAt, [1n, 0n]);
      }
    }
    if (valueAt(resource, at('self')) === true) add({ kind: 'group', groupId }, read.attributeAt(resource, at('self')), [1n, 0n]);
    return broken ? 'incomplete' : rules;
  }

  /** The paths of the peer values of a list attribute (or of a single one); 'unknown' when the whole list is known only after apply. */
  private peerPaths(resource: PlanResource, path: (string | number)[], single: boolean): (string | number)[][] | 'unknown' {
    const value = valueAt(resource, path);
    if (single) return typeof value === 'string' && value !== '' ? [path] : isUnknown(resource, path) ? 'unknown' : [];
    if (!Array.isArray(value)) return isUnknown(resource, path) ? 'unknown' : [];
    const out: (string | number)[][] = [];
    for (let index = 0; index < value.length; index++) {
      if (isUnknown(resource, [...path, index])) return 'unknown';
      out.push([...path, index]);
    }
    return out;
  }

  /** Group or prefix-list ids a rule names; ids known only after apply that the configuration does not settle become one named placeholder (it matches nothing known, so the analysis cannot rely on it). */
  private peerIds(resource: PlanResource, path: (string | number)[], single: boolean, want: LinkKind, groupId: string): { id: string; at: Location }[] {
    const read = this.read;
    // Known only after apply but not written in the configuration: computed by the provider (source_security_group_id of a `self` rule), not a peer.
    if (isUnknown(resource, path) && read.written(resource, path) === false) return [];
    const placeholder = { id: `${resource.address}.${read.attributeName(path)}`, at: read.attributeAt(resource, path) };
    const consequence: Localized = {
      en: `which ${want === 'prefix-list' ? 'prefix list' : 'group'} the rule of ${groupId} names is not known, so what it allows stays unverified`,
      ja: `${groupId} のルールが指す${want === 'prefix-list' ? 'プレフィックスリスト' : 'グループ'}がわからないため、何を許可するかは未確認のままです`,
    };
    if (single) {
      const link = read.linker.link(resource, path, want);
      if (link.kind === 'unset') return [];
      if (link.kind === 'id') return [{ id: link.id, at: read.attributeAt(resource, path) }];
      read.unresolved(resource, path, link, consequence);
      return [placeholder];
    }
    const { ids, open } = read.idSet(resource, path, want);
    if (!open) return ids;
    read.unresolved(resource, path, open, consequence);
    return [...ids, placeholder];
  }
}
