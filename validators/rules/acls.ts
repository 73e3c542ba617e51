/**
 * Network ACL rules about the ACLs themselves: what they allow to and from public space, entries
 * that can never match or change nothing, fields AWS ignores, and the entry quota.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { blockListText, coverageText, entryText, entryTraffic } from '../analysis/describe.ts';
import { analyseEndpoints, type GatewayServed } from '../analysis/endpoints.ts';
import { decidersWithAction, orderedEntries } from '../analysis/nacl.ts';
import { formatAddress, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { exampleBox, examplePacket, ICMP, ICMPV6, intersectBox, subtractFromAll, TCP, UDP, describeTraffic, type TrafficBox } from '../net/traffic.ts';
import { NACL_QUOTAS } from '../requirements/quotas.ts';
import type { AclEntry, NetworkAcl } from '../model.ts';
import type { Localized } from '../types.ts';
import { aclWithoutPublicFix, deleteEntryFix, withoutIgnoredFieldsFix } from '../fix/plan.ts';
import { entryAt } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';

const FAMILIES = [4, 6] as const;

/** The network ACLs of the WorkSpaces subnets, each once. */
export function workspacesAcls(analysis: Analysis): NetworkAcl[] {
  return [...new Set(analysis.path().subnets.flatMap((subnet) => subnet.acls))];
}

/** Every network ACL in the inputs (checks about an ACL's own consistency apply to all of them). */
const allAcls = (analysis: Analysis) => analysis.resources.networkAcls;

function publicAllowed(analysis: Analysis, egress: boolean): RuleReport<'allows' | 'gatewayEndpoint'>[] {
  const reports: RuleReport<'allows' | 'gatewayEndpoint'>[] = [];
  for (const acl of workspacesAcls(analysis)) {
    if (acl.incomplete) continue;
    for (const family of FAMILIES) {
      const space = analysis.publicSpaceOf(acl.vpcId)[family];
      // Public addresses that every WorkSpaces subnet using this ACL sends to a gateway endpoint.
      const served = analyseEndpoints(analysis).served(acl, family);
      const serving: { entry: AclEntry; addresses: IntervalSet }[] = [];
      const entries = orderedEntries(acl, egress, family);
      // What each allow entry decides (pieces follow the entries, not the holes of public
      // space), narrowed to its public part.
      const byEntry = new Map<AclEntry, TrafficBox[]>();
      entries.forEach((entry, index) => {
        if (entry.action !== 'allow') return;
        for (const box of effectiveRegion(entries, index)) {
          for (const range of space.intersect(IntervalSet.range(box.addresses[0], box.addresses[1])).ranges) {
            const piece = { ...box, addresses: range };
            const boxes = byEntry.get(entry);
            if (boxes) boxes.push(piece);
            else byEntry.set(entry, [piece]);
          }
        }
      });
      for (const [entry, boxes] of byEntry) {
        const addresses = IntervalSet.of(boxes.map((box) => box.addresses));
        if (!served.addresses.isEmpty() && served.addresses.covers(addresses)) {
          serving.push({ entry, addresses });
          continue;
        }
        const packet = examplePacket(exampleBox(boxes) as TrafficBox);
        const traffic = describeTraffic(packet.protocol, packet.detail);
        const address = formatAddress(family, packet.address);
        const example: Localized = egress
          ? { en: `${traffic.en} to ${address}`, ja: `${address} への ${traffic.ja}` }
          : { en: `${traffic.en} from ${address}`, ja: `${address} からの ${traffic.ja}` };
        reports.push({
          messageId: 'allows',
          data: { acl: acl.id },
          localizedData: { entry: entryText(entry), coverage: coverageText(family, addresses, space), example },
          at: entryAt(entry),
          ...withFix(aclWithoutPublicFix(analysis, acl, entry)),
        });
      }
      const first = serving[0];
      if (first) reports.push(gatewayEndpointReport(analysis, acl, family, egress, serving, served));
    }
  }
  return reports;
}

const withFix = <T>(fix: T | undefined): { fix?: T } => (fix ? { fix } : {});

/** One info finding for the entries of an ACL that allow only what its WorkSpaces subnets send to gateway endpoints. */
function gatewayEndpointReport(analysis: Analysis, acl: NetworkAcl, family: Family, egress: boolean, serving: { entry: AclEntry; addresses: IntervalSet }[], served: GatewayServed): RuleReport<'gatewayEndpoint'> {
  const numbers = serving.map(({ entry }) => String(entry.ruleNumber));
  const addresses = serving.reduce((all, { addresses: part }) => all.union(part), IntervalSet.EMPTY);
  const services = served.routes
    .filter((use) => use.addresses.overlaps(addresses))
    .map(({ table, route }) => {
      const listId = route.destination.kind === 'prefix-list' ? route.destination.id : '';
      const name = analysis.prefixLists.get(listId)?.name;
      const list = name ? `${name} (${listId})` : listId;
      return { en: `${list} through gateway endpoint ${route.target.id} of ${table.id}`, ja: `${list} (${table.id} のゲートウェイエンドポイント ${route.target.id} 経由)` };
    });
  const entries: Localized =
    numbers.length === 1
      ? { en: `${egress ? 'Egress' : 'Ingress'} rule ${numbers[0]} of ${acl.id} ${egress ? 'allows' : 'lets'}`, ja: `${acl.id} の${egress ? 'アウトバウンド' : 'インバウンド'}ルール ${numbers[0]} は` }
      : { en: `${egress ? 'Egress' : 'Ingress'} rules ${numbers.join(', ')} of ${acl.id} ${egress ? 'allow' : 'let'}`, ja: `${acl.id} の${egress ? 'アウトバウンド' : 'インバウンド'}ルール ${numbers.join(', ')} は` };
  return {
    messageId: 'gatewayEndpoint',
    severity: 'info',
    data: { acl: acl.id },
    localizedData: {
      entries,
      ranges: blockListText(family, addresses),
      services: { en: services.map((service) => service.en).join(', '), ja: services.map((service) => service.ja).join('、') },
    },
    at: entryAt((serving[0] as { entry: AclEntry }).entry),
  };
}

const PUBLIC_SOURCES = ['vpc-nacls', 'ws-best-practices-security', 'vpc-gateway-endpoints', 'vpc-prefix-list-references'] as const;

export const naclEgressPublic = defineRule({
  id: 'nacl-egress-public',
  category: 'nacl',
  severity: 'warning',
  title: { en: 'The WorkSpaces subnets’ network ACL denies outbound traffic to public addresses', ja: 'WorkSpaces サブネットのネットワーク ACL がパブリックなアドレスへの送信を拒否する' },
  description: {
    en: 'In a closed VPC the route table already has no way out, so this is defense in depth: a network ACL that only allows the VPC and your internal ranges keeps the subnet closed the day someone adds a route. Each finding names the entry that decides, the traffic it lets out and the public addresses it covers, taking rule order and earlier deny rules into account. A network ACL cannot name a prefix list, so a design with an S3 or DynamoDB gateway endpoint must allow the service’s CIDRs: entries that allow only addresses the WorkSpaces subnets send to a gateway endpoint are reported once, as information.',
    ja: '閉域の VPC ではルートテーブルに出口がないので、これは多層防御です。VPC 内と社内のレンジだけを許可するネットワーク ACL があれば、誰かがルートを追加した日もサブネットは閉じたままです。指摘では、ルールの順序と前にある拒否ルールを考慮したうえで、判定を決めるエントリ、通してしまう通信、対象のパブリックなアドレスを示します。ネットワーク ACL にはプレフィックスリストを書けないため、S3 や DynamoDB のゲートウェイエンドポイントを使う構成ではサービスの CIDR を許可する必要があります。WorkSpaces のサブネットがゲートウェイエンドポイントに送るアドレスだけを許可するエントリは、まとめて 1 件の情報として示します。',
  },
  messages: {
    allows: {
      en: '{entry}, so the network ACL of the WorkSpaces subnets lets traffic out to {coverage} (for example {example}).',
      ja: '{entry}。そのため WorkSpaces サブネットのネットワーク ACL は、{coverage}への送信を通します (例: {example})。',
    },
    gatewayEndpoint: {
      en: '{entries} traffic out only to {ranges}, the ranges of {services}: every WorkSpaces subnet using {acl} sends them to the gateway endpoint, so these entries serve the endpoint and open no way to the internet.',
      ja: '{entries}、{ranges} への送信だけを許可しています。これは {services} のアドレス範囲で、{acl} を使う WorkSpaces のサブネットはいずれもこの範囲をゲートウェイエンドポイントに送るため、これらのエントリはエンドポイントのためのもので、インターネットへの経路は開きません。',
    },
  },
  sources: [...PUBLIC_SOURCES],
  check: (analysis) => publicAllowed(analysis, true),
});

export const naclIngressPublic = defineRule({
  id: 'nacl-ingress-public',
  category: 'nacl',
  severity: 'warning',
  title: { en: 'The WorkSpaces subnets’ network ACL denies inbound traffic from public addresses', ja: 'WorkSpaces サブネットのネットワーク ACL がパブリックなアドレスからの受信を拒否する' },
  description: {
    en: 'A rule that lets public addresses in (often "allow 1024–65535 from 0.0.0.0/0" for the replies of outbound traffic) has no purpose in a closed VPC, where no reply comes from the internet. Each finding names the entry that decides and the public addresses it covers. Entries that let in only the replies of a service the WorkSpaces subnets reach through a gateway endpoint (its CIDRs, which a network ACL cannot name as a prefix list) are reported once, as information.',
    ja: 'パブリックなアドレスからの受信を許可するルール (送信の応答のための「0.0.0.0/0 から 1024–65535 を許可」がよくある例) は、インターネットから応答が来ることのない閉域の VPC では意味がありません。指摘では、判定を決めるエントリと対象のパブリックなアドレスを示します。WorkSpaces のサブネットがゲートウェイエンドポイント経由で使うサービスからの応答だけを受け入れるエントリ (ネットワーク ACL はプレフィックスリストを書けないため、サービスの CIDR を書いたもの) は、まとめて 1 件の情報として示します。',
  },
  messages: {
    allows: {
      en: '{entry}, so the network ACL of the WorkSpaces subnets lets traffic in from {coverage} (for example {example}).',
      ja: '{entry}。そのため WorkSpaces サブネットのネットワーク ACL は、{coverage}からの受信を通します (例: {example})。',
    },
    gatewayEndpoint: {
      en: '{entries} traffic in only from {ranges}, the ranges of {services}: every WorkSpaces subnet using {acl} sends its traffic for them to the gateway endpoint, so these entries let the service’s replies back through the endpoint and open no way in from the internet.',
      ja: '{entries}、{ranges} からの受信だけを許可しています。これは {services} のアドレス範囲で、{acl} を使う WorkSpaces のサブネットはいずれもこの範囲への通信をゲートウェイエンドポイントに送るため、これらのエントリはエンドポイント経由で戻るサービスの応答のためのもので、インターネットからの経路は開きません。',
    },
  },
  sources: [...PUBLIC_SOURCES],
  check: (analysis) => publicAllowed(analysis, false),
});

/** Ordered entries of every direction and family of an ACL. */
function* sections(acl: NetworkAcl): Generator<{ egress: boolean; family: Family; entries: AclEntry[] }> {
  for (const egress of [true, false]) for (const family of FAMILIES) yield { egress, family, entries: orderedEntries(acl, egress, family) };
}

/** "rule 100" / "rules 100, 110" (Japanese needs no plural). */
function ruleNumbers(numbers: string[]): Localized {
  return { en: `${numbers.length === 1 ? 'rule' : 'rules'} ${numbers.join(', ')}`, ja: numbers.join(', ') };
}

const EFFECTIVE = new WeakMap<AclEntry[], (TrafficBox[] | undefined)[]>();

/**
 * What entry `index` of a section decides: its match minus the matches of every earlier entry,
 * computed once per entry and only when asked (the default deny's region, the most fragmented,
 * is never needed). Subtracting only the earlier matches that overlap keeps the pieces few.
 */
function effectiveRegion(entries: AclEntry[], index: number): TrafficBox[] {
  let regions = EFFECTIVE.get(entries);
  if (!regions) {
    regions = [];
    EFFECTIVE.set(entries, regions);
  }
  let region = regions[index];
  if (!region) {
    region = [(entries[index] as AclEntry).box];
    for (let earlier = 0; earlier < index && region.length > 0; earlier++) region = subtractFromAll(region, (entries[earlier] as AclEntry).box);
    regions[index] = region;
  }
  return region;
}

/** Earlier entries that decide some of the entry's traffic (overlapping ones that never match themselves decide none of it). */
function decidingEarlier(entries: AclEntry[], index: number): AclEntry[] {
  const entry = entries[index] as AclEntry;
  return entries.slice(0, index).filter((_, earlier) => effectiveRegion(entries, earlier).some((box) => intersectBox(box, entry.box)));
}

const NEVER_MATCHES: Localized = {
  en: 'no packet ever reaches it, so no decision changes. If it was meant to apply, create it again with a number below the rules that decide its traffic.',
  ja: 'このルールに届くパケットはないので、判定は何も変わりません。適用するつもりだったなら、その通信を判定しているルールより小さい番号で作り直してください。',
};

const DECIDED_LATER: Localized = {
  en: 'the later rules decide its traffic the same way, so no decision changes.',
  ja: 'その通信は後続のルールで同じように判定されるので、判定は何も変わりません。',
};

export const naclShadowedEntry = defineRule({
  id: 'nacl-shadowed-entry',
  category: 'nacl',
  severity: 'warning',
  title: { en: 'Every network ACL entry can match some traffic', ja: 'ネットワーク ACL のどのエントリにも一致しうる通信がある' },
  description: {
    en: 'Entries are evaluated from the lowest rule number and the first match decides. An entry whose traffic is all decided by earlier entries never applies: usually a deny that was meant to come before a broad allow, or a leftover. The default `*` rules (32767, 32768) are never reported.',
    ja: 'エントリはルール番号の小さい順に評価され、最初に一致したものが判定を決めます。対象の通信がすべて前のエントリで決まってしまうエントリは、決して適用されません。たいていは広い許可より前に置くはずだった拒否ルールか、消し忘れです。既定の `*` ルール (32767、32768) は対象外です。',
  },
  messages: {
    shadowed: {
      en: '{entry}, but it can never match: {earlier} {decides} all of its traffic first.',
      ja: '{entry}。しかしこのルールは一致することがありません。ルール {earlier} が先にその通信をすべて判定します。',
    },
  },
  sources: ['vpc-nacls', 'vpc-nacls-archived'],
  check(analysis) {
    const reports: RuleReport<'shadowed'>[] = [];
    for (const acl of allAcls(analysis)) {
      for (const { entries } of sections(acl)) {
        entries.forEach((entry, index) => {
          if (entry.isDefaultDeny || effectiveRegion(entries, index).length > 0) return;
          const earlier = decidingEarlier(entries, index).map((e) => (e.isDefaultDeny ? '*' : String(e.ruleNumber)));
          const decides: Localized = { en: earlier.length === 1 ? 'decides' : 'decide', ja: '' };
          const fix = deleteEntryFix(analysis, acl, entry, NEVER_MATCHES);
          reports.push({ messageId: 'shadowed', localizedData: { entry: entryText(entry), earlier: ruleNumbers(earlier), decides }, at: entryAt(entry), ...withFix(fix) });
        });
      }
    }
    return reports;
  },
});

export const naclRedundantEntry = defineRule({
  id: 'nacl-redundant-entry',
  category: 'nacl',
  severity: 'info',
  title: { en: 'Every network ACL entry changes a decision', ja: 'ネットワーク ACL のどのエントリも判定を変えている' },
  description: {
    en: 'An entry is redundant when removing it would leave every packet with the same decision, because what it decides would fall to later entries with the same action (a deny before the default deny, an allow inside a later broader allow). Redundant entries cost nothing at run time but count towards the quota and mislead readers.',
    ja: 'エントリを消しても、そのエントリが判定していた通信が後ろの同じアクションのエントリで同じ判定になる場合、そのエントリは冗長です (既定の拒否の前にある拒否、後ろのもっと広い許可に含まれる許可など)。実行時の害はありませんが、クォータを消費し、読む人を惑わせます。',
  },
  messages: {
    redundant: {
      en: '{entry}; without it the same traffic would still be {action} by {later}.',
      ja: '{entry}。このルールがなくても、同じ通信はルール {later} によって同じく{action}されます。',
    },
  },
  sources: ['vpc-nacls'],
  check(analysis) {
    const reports: RuleReport<'redundant'>[] = [];
    for (const acl of allAcls(analysis)) {
      for (const { entries } of sections(acl)) {
        entries.forEach((entry, index) => {
          if (entry.isDefaultDeny) return;
          const region = effectiveRegion(entries, index);
          if (region.length === 0) return;
          // Earlier entries never match what this one decides; only later ones would take it over.
          const deciders = decidersWithAction(entries, index + 1, region, entry.action);
          if (!deciders) return;
          const later = deciders.map((decider) => (decider.isDefaultDeny ? '*' : String(decider.ruleNumber)));
          const action: Localized = entry.action === 'allow' ? { en: 'allowed', ja: '許可' } : { en: 'denied', ja: '拒否' };
          const fix = deleteEntryFix(analysis, acl, entry, DECIDED_LATER, deciders);
          reports.push({ messageId: 'redundant', localizedData: { entry: entryText(entry), action, later: ruleNumbers(later) }, at: entryAt(entry), ...withFix(fix) });
        });
      }
    }
    return reports;
  },
});

export const naclIgnoredPorts = defineRule({
  id: 'nacl-ignored-ports',
  category: 'nacl',
  severity: 'warning',
  title: { en: 'No network ACL entry gives ports or ICMP types that AWS ignores', ja: 'AWS が無視するポートや ICMP タイプを指定したネットワーク ACL のエントリがない' },
  description: {
    en: 'Ports only apply to TCP (6) and UDP (17), ICMP type and code only to ICMP (1) and to ICMPv6 (58) on an IPv6 entry. With protocol -1 or any other protocol, AWS ignores a port range or ICMP type given and the entry matches every packet of the protocol: "allow 443 for all protocols" allows everything.',
    ja: 'ポートが意味を持つのは TCP (6) と UDP (17) だけ、ICMP のタイプとコードは ICMP (1) と、IPv6 エントリの ICMPv6 (58) だけです。プロトコル -1 やそれ以外のプロトコルでは、AWS は指定したポート範囲や ICMP タイプを無視し、そのプロトコルのすべてのパケットに一致させます。「全プロトコルで 443 を許可」はすべてを許可します。',
  },
  messages: {
    ports: {
      en: 'Rule {number} of {acl} gives ports {ports}, but AWS ignores ports for {protocol}: the entry matches {matches}.',
      ja: '{acl} のルール {number} はポート {ports} を指定していますが、{protocol} ではポートは無視されます。このエントリは {matches} に一致します。',
    },
    icmp: {
      en: 'Rule {number} of {acl} gives ICMP type {type} code {code}, but AWS ignores them for {protocol}: the entry matches {matches}.',
      ja: '{acl} のルール {number} は ICMP タイプ {type} コード {code} を指定していますが、{protocol} では無視されます。このエントリは {matches} に一致します。',
    },
  },
  sources: ['cdk-acl-traffic', 'ec2-create-nacl-entry'],
  check(analysis) {
    const reports: RuleReport<'icmp' | 'ports'>[] = [];
    for (const acl of allAcls(analysis)) {
      for (const entry of acl.entries) {
        const range = entry.portRange && (entry.portRange.from === entry.portRange.to ? `${entry.portRange.from}` : `${entry.portRange.from}–${entry.portRange.to}`);
        const portsIgnored = entry.protocol !== TCP && entry.protocol !== UDP;
        const icmpApplies = entry.protocol === ICMP || (entry.protocol === ICMPV6 && entry.family === 6);
        // Most entries give nothing AWS ignores: build the texts and the fix only for those that do.
        if (!(range && portsIgnored) && !(entry.icmp && !icmpApplies)) continue;
        const protocol: Localized =
          entry.protocol < 0
            ? { en: 'all protocols (-1)', ja: 'すべてのプロトコル (-1)' }
            : entry.protocol === ICMPV6 && entry.family === 4
              ? { en: 'ICMPv6 on an IPv4 entry', ja: 'IPv4 エントリの ICMPv6' }
              : { en: `protocol ${entry.protocol}`, ja: `プロトコル ${entry.protocol}` };
        const data = { number: entry.ruleNumber, acl: acl.id };
        const localizedData = { protocol, matches: entryTraffic(entry) };
        const fix = withFix(withoutIgnoredFieldsFix(analysis, acl, entry));
        if (range && portsIgnored) {
          reports.push({ messageId: 'ports', data: { ...data, ports: range }, localizedData, at: { file: entry.at.file, path: [...entry.at.path, 'PortRange'] }, ...fix });
        }
        if (entry.icmp && !icmpApplies) {
          reports.push({ messageId: 'icmp', data: { ...data, type: entry.icmp.type, code: entry.icmp.code }, localizedData, at: { file: entry.at.file, path: [...entry.at.path, 'IcmpTypeCode'] }, ...fix });
        }
      }
    }
    return reports;
  },
});

export const naclEntryQuota = defineRule({
  id: 'nacl-entry-quota',
  category: 'nacl',
  severity: 'info',
  title: { en: 'Network ACLs stay within the default entry quota', ja: 'ネットワーク ACL が既定のエントリ数のクォータに収まる' },
  description: {
    en: 'The default quota is 20 rules per network ACL per direction, counted separately for IPv4 and IPv6 and including the default deny rule; it can be raised to 40. More rules than that means the quota was raised in this account; the same design fails to deploy in an account or Region where it was not.',
    ja: '既定のクォータは、ネットワーク ACL 1 つにつき方向ごとに 20 ルールで、IPv4 と IPv6 で別々に数え、既定の拒否ルールも含みます。40 まで引き上げられます。それを超えているのは、このアカウントでクォータを引き上げたということです。引き上げていないアカウントやリージョンでは、同じ設計をデプロイできません。',
  },
  messages: {
    over: {
      en: '{acl} has {count} {direction} IPv{family} rules including the default deny; the default quota is {quota} (adjustable up to {max}).',
      ja: '{acl} の{direction} IPv{family} ルールは既定の拒否を含めて {count} 個です。既定のクォータは {quota} です (最大 {max} まで引き上げ可能)。',
    },
  },
  sources: ['vpc-quotas-archived'],
  check(analysis) {
    const reports: RuleReport<'over'>[] = [];
    for (const acl of allAcls(analysis)) {
      for (const { egress, family, entries } of sections(acl)) {
        const printed = acl.entries.filter((entry) => entry.egress === egress && entry.family === family);
        const count = printed.some((entry) => entry.isDefaultDeny) ? printed.length : printed.length + 1;
        if (printed.length === 0 || count <= NACL_QUOTAS.rulesPerDirection) continue;
        const last = entries[NACL_QUOTAS.rulesPerDirection] ?? entries[entries.length - 1];
        reports.push({
          messageId: 'over',
          data: { acl: acl.id, count, family, quota: NACL_QUOTAS.rulesPerDirection, max: NACL_QUOTAS.rulesPerDirectionMax },
          localizedData: { direction: egress ? { en: 'outbound', ja: 'アウトバウンド' } : { en: 'inbound', ja: 'インバウンド' } },
          at: last ? entryAt(last) : acl.at,
        });
      }
    }
    return reports;
  },
});

export const ACL_RULES = [naclEgressPublic, naclIngressPublic, naclShadowedEntry, naclRedundantEntry, naclIgnoredPorts, naclEntryQuota];
