/**
 * Network ACLs of a Terraform plan: `aws_network_acl` (inline `ingress`/`egress`, `subnet_ids`),
 * `aws_network_acl_rule`, `aws_network_acl_association`, `aws_default_network_acl` (its inline
 * rules replace all others) and the default ACL AWS creates with a VPC the plan creates (allow all,
 * IPv6 too when the VPC has an IPv6 block). A subnet no ACL names uses its VPC's default ACL.
 */
import { parseCidr, type Cidr, type Family } from '../../../net/address.ts';
import { ALL_DETAILS, ALL_PROTOCOLS } from '../../../net/traffic.ts';
import type { AclEntry, NetworkAcl } from '../../../model.ts';
import type { Localized, Location } from '../../../types.ts';
import { aclEntryDetails } from '../../kinds/network-acls.ts';
import { protocolNumber } from '../../read-context.ts';
import { settleAssociations, type Association } from './associations.ts';
import { isUnknown, valueAt, type PlanResource } from './plan-index.ts';
import type { PlanRead } from './plan-read.ts';
import { cidrOf } from './vpcs.ts';

const aclEntriesUnknown = (acl: string): Localized => ({
  en: `the rules of ${acl} are not all known, so the subnets that use it stay unverified`,
  ja: `${acl} のルールがすべてはわからないため、これを使うサブネットは未確認のままです`,
});

/** The names of an entry's attributes: inline blocks and aws_network_acl_rule name two of them differently. */
interface EntryKeys {
  ruleNumber: string;
  action: string;
}
const INLINE: EntryKeys = { ruleNumber: 'rule_no', action: 'action' };
const STANDALONE: EntryKeys = { ruleNumber: 'rule_number', action: 'rule_action' };

/** An integer attribute (Terraform prints numbers; a module's map(string) input may still hold "100"). */
function integer(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,6}$/.test(value)) return Number(value);
  return undefined;
}

const ANY: Record<Family, Cidr> = { 4: parseCidr('0.0.0.0/0') as Cidr, 6: parseCidr('::/0') as Cidr };

export class AclReader {
  private readonly read: PlanRead;

  constructor(read: PlanRead) {
    this.read = read;
  }

  private acl(id: string, resource: PlanResource | undefined, at: Location, extra: Partial<NetworkAcl> = {}): NetworkAcl {
    const existing = this.read.networkAcls.get(id);
    if (existing) return existing;
    const acl: NetworkAcl = { id, isDefault: false, subnets: [], entries: [], incomplete: false, at, ...(resource ? { address: resource.address } : {}), ...extra };
    this.read.networkAcls.set(id, acl);
    return acl;
  }

  readAll(vpcDefault: (vpcId: string) => { id: string; resource?: PlanResource; unsettled?: boolean } | undefined): void {
    const read = this.read;
    const associations: Association[] = [];
    for (const resource of read.index.ofType('aws_network_acl')) {
      const vpc = read.linker.link(resource, ['vpc_id'], 'vpc');
      const acl = this.acl(read.idOf(resource), resource, read.where(resource), vpc.kind === 'id' ? { vpcId: vpc.id } : {});
      this.inlineEntries(resource, acl, false);
      associations.push(...this.subnetIds(resource, acl));
    }
    for (const vpc of read.vpcs.values()) {
      const chosen = vpcDefault(vpc.id);
      if (!chosen) continue;
      if (chosen.resource) {
        const acl = this.acl(chosen.id, chosen.resource, read.where(chosen.resource), { vpcId: vpc.id, isDefault: true });
        this.inlineEntries(chosen.resource, acl, true);
        if (this.read.written(chosen.resource, ['subnet_ids'])) associations.push(...this.subnetIds(chosen.resource, acl));
      } else if (vpc.created) {
        // AWS's default ACL allows everything, and IPv6 too once the VPC has an IPv6 block.
        const acl = this.acl(chosen.id, undefined, read.where(vpc.resource), { vpcId: vpc.id, isDefault: true });
        const families: Family[] = vpc.cidrs.some((cidr) => cidr.family === 6) || vpc.pending.includes(6) ? [4, 6] : [4];
        for (const family of families) for (const egress of [false, true]) acl.entries.push(this.allowAll(acl, family, egress));
      }
    }
    for (const resource of read.index.ofType('aws_network_acl_rule')) this.standaloneEntry(resource);
    for (const resource of read.index.ofType('aws_network_acl_association')) {
      associations.push({ resource, subnet: read.linker.link(resource, ['subnet_id'], 'subnet'), target: read.linker.link(resource, ['network_acl_id'], 'acl') });
    }
    settleAssociations(read, associations, {
      attach: (subnetId, aclId, at, association) => {
        const acl = read.networkAcls.get(aclId) ?? this.outsideAcl(aclId, association);
        if (!acl.subnets.some((entry) => entry.id === subnetId)) acl.subnets.push({ id: subnetId, at });
      },
      unsettled: (subnetId, association, at) => {
        const acl = this.acl(`${association.resource.address}.network_acl_id`, association.resource, read.where(association.resource), { incomplete: true });
        if (!acl.subnets.some((entry) => entry.id === subnetId)) acl.subnets.push({ id: subnetId, at });
      },
      consequence: (subnets) => ({ en: `which network ACL ${subnets} uses is not known, so its verdict stays unverified`, ja: `${subnets} が使うネットワーク ACL がわからないため、判定は未確認のままです` }),
      subnetAttribute: 'subnet_id',
      targetAttribute: 'network_acl_id',
    });
    this.defaultMembers();
    for (const acl of read.networkAcls.values()) this.checkNumbers(acl);
    read.ctx.resources.networkAcls.push(...read.networkAcls.values());
  }

  /** `subnet_ids` of an ACL: certain associations, and the candidates of elements that are not settled. */
  private subnetIds(resource: PlanResource, acl: NetworkAcl): Association[] {
    const read = this.read;
    const { ids, open } = read.idSet(resource, 'subnet_ids', 'subnet');
    const out: Association[] = ids.map(({ id }) => ({ resource, subnet: { kind: 'id', id, resolved: true }, target: { kind: 'id', id: acl.id, resolved: true } }));
    if (open) {
      read.unresolved(resource, ['subnet_ids'], open, { en: `which subnets use ${acl.id} is not known, so their verdict stays unverified`, ja: `${acl.id} を使うサブネットがわからないため、それらの判定は未確認のままです` });
      // Each candidate may or may not be in the list: its ACL is not settled.
      const stand = this.acl(`${resource.address}.subnet_ids`, resource, read.attributeAt(resource, ['subnet_ids']), { incomplete: true, ...(acl.vpcId ? { vpcId: acl.vpcId } : {}) });
      for (const candidate of open.candidates) if (read.subnets.has(candidate)) stand.subnets.push({ id: candidate, at: read.attributeAt(resource, ['subnet_ids']) });
    }
    return out;
  }



  /** The inline rules of one direction; see RouteReader.inlineRoutes for what a set known only after apply means. */
  private inlineEntries(resource: PlanResource, acl: NetworkAcl, adopted: boolean): void {
    const read = this.read;
    for (const direction of ['ingress', 'egress'] as const) {
      const value = valueAt(resource, [direction]);
      const configured = this.read.written(resource, [direction]);
      if (!Array.isArray(value)) {
        if (!isUnknown(resource, [direction])) continue;
        if (this.read.noBlocks(resource, direction, adopted)) continue;
        acl.incomplete = true;
        read.unknown(resource, [direction], aclEntriesUnknown(acl.id));
        continue;
      }
      const claimed = configured === false && !adopted ? this.standaloneNumbers(acl.id) : new Set<string>();
      value.forEach((_block, index) => {
        const entry = this.entry(resource, [direction, index], INLINE, acl, direction === 'egress');
        if (entry === 'incomplete') acl.incomplete = true;
        else if (entry && !claimed.has(`${entry.egress}:${entry.ruleNumber}`)) acl.entries.push(entry);
      });
    }
  }

  /** Rule numbers (per direction) of standalone rules of an ACL, planned or being destroyed: not inline rules of it. */
  private standaloneNumbers(aclId: string): Set<string> {
    const read = this.read;
    const out = new Set<string>();
    for (const resource of read.index.ofType('aws_network_acl_rule')) {
      const link = read.linker.link(resource, ['network_acl_id'], 'acl');
      if (link.kind === 'id' && link.id === aclId) out.add(`${valueAt(resource, ['egress']) === true}:${integer(valueAt(resource, ['rule_number']))}`);
    }
    for (const gone of read.index.deleted) {
      if (gone.type === 'aws_network_acl_rule' && gone.before.network_acl_id === aclId) out.add(`${gone.before.egress === true}:${integer(gone.before.rule_number)}`);
    }
    return out;
  }

  private allowAll(acl: NetworkAcl, family: Family, egress: boolean): AclEntry {
    const cidr = ANY[family];
    return { aclId: acl.id, ruleNumber: family === 4 ? 100 : 101, egress, action: 'allow', protocol: -1, family, cidr, box: { protocols: ALL_PROTOCOLS, details: ALL_DETAILS, addresses: [cidr.first, cidr.last] }, isDefaultDeny: false, at: acl.at };
  }

  /** One rule: an inline block at `path`, or an aws_network_acl_rule (`path` = []). */
  private entry(resource: PlanResource, path: (string | number)[], keys: EntryKeys, acl: NetworkAcl, egress: boolean): AclEntry | 'incomplete' | undefined {
    const read = this.read;
    const at = (key: string) => [...path, key];
    const fields = ['protocol', keys.ruleNumber, keys.action, 'cidr_block', 'ipv6_cidr_block', 'from_port', 'to_port', 'icmp_type', 'icmp_code'];
    const unknownField = fields.find((key) => isUnknown(resource, at(key)));
    if (unknownField) {
      read.unknown(resource, at(unknownField), aclEntriesUnknown(acl.id));
      return 'incomplete';
    }
    const location = (key: string): Location => read.attributeAt(resource, at(key));
    const v4 = read.text(resource, at('cidr_block'));
    const v6 = read.text(resource, at('ipv6_cidr_block'));
    const entryPath = read.attributePath(resource, path);
    if ((v4 === undefined) === (v6 === undefined)) {
      read.ctx.problem('input-field', v4 === undefined ? 'aclNoCidr' : 'aclBothCidrs', { file: read.file, path: entryPath });
      return 'incomplete';
    }
    const family: Family = v4 !== undefined ? 4 : 6;
    const cidr = cidrOf(read, resource, at(family === 4 ? 'cidr_block' : 'ipv6_cidr_block'), family);
    if (!cidr) return 'incomplete';
    const actionText = read.text(resource, at(keys.action)) ?? '';
    const action = actionText.toLowerCase();
    if (action !== 'allow' && action !== 'deny') {
      read.ctx.problem('input-value', 'ruleAction', location(keys.action), { actual: actionText });
      return 'incomplete';
    }
    const number = integer(valueAt(resource, at(keys.ruleNumber)));
    if (number === undefined || number < 1 || number > 32766) {
      read.ctx.problem('input-value', 'ruleNumber', location(keys.ruleNumber), { actual: String(valueAt(resource, at(keys.ruleNumber)) ?? '') });
      return 'incomplete';
    }
    const protocolText = valueAt(resource, at('protocol'));
    const protocol = typeof protocolText === 'string' || typeof protocolText === 'number' ? protocolNumber(protocolText) : undefined;
    if (protocol === undefined) {
      read.ctx.problem('input-value', 'protocol', location('protocol'), { actual: String(protocolText ?? '') });
      return 'incomplete';
    }
    const from = integer(valueAt(resource, at('from_port')));
    const to = integer(valueAt(resource, at('to_port')));
    const type = integer(valueAt(resource, at('icmp_type')));
    const code = integer(valueAt(resource, at('icmp_code')));
    const ports = from !== undefined && to !== undefined ? { from, to } : undefined;
    const icmp = type !== undefined && code !== undefined ? { type, code } : undefined;
    const details = aclEntryDetails(protocol, family, ports, icmp);
    if (typeof details === 'string') {
      if (details === 'noPorts') read.ctx.problem('input-field', 'aclNoPortRange', { file: read.file, path: entryPath }, { protocol: protocol === 6 ? 'TCP (6)' : 'UDP (17)' });
      else if (details === 'noIcmp') read.ctx.problem('input-field', 'aclNoIcmp', { file: read.file, path: entryPath }, { protocol: protocol === 1 ? 'ICMP (1)' : 'ICMPv6 (58)' });
      else if (details === 'ports') read.ctx.problem('input-value', 'portRange', location('from_port'), { from: from ?? '', to: to ?? '' });
      else read.ctx.problem('input-value', 'icmp', location('icmp_type'), { type: type ?? '', code: code ?? '' });
      return 'incomplete';
    }
    return {
      aclId: acl.id,
      ruleNumber: number,
      egress,
      action,
      protocol,
      family,
      cidr,
      box: { protocols: protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol], details, addresses: [cidr.first, cidr.last] },
      isDefaultDeny: false,
      at: location(keys.ruleNumber),
      address: resource.address,
      // Terraform writes 0 where a port or an ICMP field does not apply: only other values were meant.
      ...(ports && (protocol === 6 || protocol === 17 || ports.from !== 0 || ports.to !== 0) ? { portRange: ports } : {}),
      ...(icmp && (protocol === 1 || (protocol === 58 && family === 6) || icmp.type !== 0 || icmp.code !== 0) ? { icmp } : {}),
    };
  }

  private standaloneEntry(resource: PlanResource): void {
    const read = this.read;
    const link = read.linker.link(resource, ['network_acl_id'], 'acl');
    if (link.kind === 'unset') return;
    if (link.kind === 'open') {
      read.unresolved(resource, ['network_acl_id'], link, { en: 'the ACL that gets this rule is not known, so no candidate ACL is fully known', ja: 'このルールが入る ACL がわからないため、候補の ACL はどれもすべてのルールがわかりません' });
      for (const id of link.candidates) {
        const acl = read.networkAcls.get(id);
        if (acl) acl.incomplete = true;
      }
      return;
    }
    const acl = read.networkAcls.get(link.id);
    if (!acl) {
      read.outside(read.attributeAt(resource, ['network_acl_id']), link.id, { en: 'a network ACL this plan does not declare', ja: 'このプランが宣言していないネットワーク ACL' }, { en: `${resource.address} is not judged with it`, ja: `${resource.address} はこの ACL と合わせて判定できません` }, 'info');
      return;
    }
    const entry = this.entry(resource, [], STANDALONE, acl, valueAt(resource, ['egress']) === true);
    if (entry === 'incomplete') acl.incomplete = true;
    else if (entry) acl.entries.push(entry);
  }

  /** An ACL an association names that the plan does not declare: a stand-in that is not fully known. */
  private outsideAcl(id: string, association: PlanResource): NetworkAcl {
    const read = this.read;
    read.outside(read.attributeAt(association, ['network_acl_id']), id, { en: 'a network ACL this plan does not declare', ja: 'このプランが宣言していないネットワーク ACL' }, { en: 'its rules are not known, so the subnet that uses it stays unverified', ja: 'ルールがわからないため、これを使うサブネットは未確認のままです' });
    return this.acl(id, undefined, read.attributeAt(association, ['network_acl_id']), { incomplete: true });
  }

  /** Subnets no ACL names use their VPC's default ACL; one the plan does not know gets a stand-in. */
  private defaultMembers(): void {
    const read = this.read;
    const associated = new Set([...read.networkAcls.values()].flatMap((acl) => acl.subnets.map((entry) => entry.id)));
    const reported = new Set<string>();
    for (const subnet of read.subnets.values()) {
      if (associated.has(subnet.id) || !subnet.vpcId) continue;
      const vpcId = subnet.vpcId;
      let acl = [...read.networkAcls.values()].find((candidate) => candidate.isDefault && candidate.vpcId === vpcId);
      if (!acl) {
        const vpc = read.vpcs.get(vpcId);
        const id = (vpc ? read.text(vpc.resource, ['default_network_acl_id']) : undefined) ?? `${vpc?.resource.address ?? vpcId}.default_network_acl_id`;
        acl = this.acl(id, undefined, vpc ? read.where(vpc.resource) : subnet.at, { vpcId, isDefault: true, incomplete: true });
        if (!reported.has(vpcId)) {
          reported.add(vpcId);
          read.outside(
            acl.at,
            id,
            { en: `the default network ACL of ${vpcId}, which existed before this plan and is not managed by an aws_default_network_acl`, ja: `${vpcId} の既定のネットワーク ACL で、このプランより前からあり、aws_default_network_acl で管理されていません` },
            { en: `${subnet.address ?? subnet.id} and the other subnets no ACL names use it, so their verdict stays unverified`, ja: `${subnet.address ?? subnet.id} など、どの ACL にも関連付けられていないサブネットがこれを使うため、判定は未確認のままです` },
          );
        }
      }
      acl.subnets.push({ id: subnet.id, at: subnet.at });
    }
  }

  /** Rule numbers are unique per direction and family; a repeated one is reported (AWS refuses it) and the ACL is not fully known. */
  private checkNumbers(acl: NetworkAcl): void {
    const seen = new Map<string, AclEntry>();
    const kept: AclEntry[] = [];
    for (const entry of acl.entries) {
      const key = `${entry.egress}:${entry.family}:${entry.ruleNumber}`;
      const earlier = seen.get(key);
      if (earlier) {
        this.read.ctx.problem('input-value', 'duplicateRuleNumber', entry.at, { number: entry.ruleNumber, index: earlier.address ?? earlier.aclId });
        acl.incomplete = true;
        continue;
      }
      seen.set(key, entry);
      kept.push(entry);
    }
    acl.entries = kept.sort((a, b) => a.ruleNumber - b.ruleNumber);
  }
}
