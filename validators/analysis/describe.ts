/**
 * Readable, bilingual descriptions of routes, NACL entries and security-group rules for
 * messages and evidence. Every message names concrete values: rule numbers, CIDRs, ids, ports.
 */
import { describeSpan, describeTraffic, hasIcmp, hasPorts, protocolName, type Packet } from '../net/traffic.ts';
import { countCidrs, formatAddress, rangeToCidrs, type Family } from '../net/address.ts';
import type { IntervalSet } from '../net/interval-set.ts';
import type { AclEntry, Route, RouteTarget, SgRule } from '../model.ts';
import type { Localized } from '../types.ts';

/** "0.0.0.0/0", or "pl-0abc (prefix list)", or the winning entry of a prefix list. */
export function routeDestination(route: Route): string {
  return route.destination.kind === 'cidr' ? route.destination.cidr.canonical : route.destination.id;
}

const TARGET_NAMES: Record<RouteTarget['kind'], Localized> = {
  local: { en: 'the VPC (local)', ja: 'VPC 内 (local)' },
  'internet-gateway': { en: 'internet gateway', ja: 'インターネットゲートウェイ' },
  'nat-gateway': { en: 'NAT gateway', ja: 'NAT ゲートウェイ' },
  'egress-only-internet-gateway': { en: 'egress-only internet gateway', ja: 'Egress-Only インターネットゲートウェイ' },
  'carrier-gateway': { en: 'carrier gateway', ja: 'キャリアゲートウェイ' },
  'transit-gateway': { en: 'transit gateway', ja: 'Transit Gateway' },
  'virtual-private-gateway': { en: 'virtual private gateway', ja: '仮想プライベートゲートウェイ' },
  'peering-connection': { en: 'VPC peering connection', ja: 'VPC ピアリング接続' },
  'network-interface': { en: 'network interface', ja: 'ネットワークインターフェイス' },
  instance: { en: 'instance', ja: 'インスタンス' },
  'gateway-endpoint': { en: 'gateway endpoint', ja: 'ゲートウェイエンドポイント' },
  'gateway-load-balancer-endpoint': { en: 'Gateway Load Balancer endpoint', ja: 'Gateway Load Balancer エンドポイント' },
  'vpc-endpoint': { en: 'VPC endpoint', ja: 'VPC エンドポイント' },
  'local-gateway': { en: 'local gateway', ja: 'ローカルゲートウェイ' },
  'core-network': { en: 'Cloud WAN core network', ja: 'Cloud WAN コアネットワーク' },
  'odb-network': { en: 'ODB network', ja: 'ODB ネットワーク' },
  unknown: { en: 'next hop', ja: 'ネクストホップ' },
};

/** "internet gateway igw-0abc" / "インターネットゲートウェイ igw-0abc". */
export function targetText(target: RouteTarget): Localized {
  if (target.kind === 'local') return TARGET_NAMES.local;
  const name = TARGET_NAMES[target.kind];
  return { en: `${name.en} ${target.id}`, ja: `${name.ja} ${target.id}` };
}

/** "Route 0.0.0.0/0 → internet gateway igw-0abc in rtb-0123". */
export function routeText(route: Route): Localized {
  const target = targetText(route.target);
  const state = route.blackhole ? { en: ' (blackhole)', ja: ' (blackhole)' } : { en: '', ja: '' };
  const origin = route.origin === 'propagated' ? { en: ', propagated', ja: '、伝播ルート' } : { en: '', ja: '' };
  return {
    en: `Route ${routeDestination(route)} → ${target.en}${state.en} in ${route.tableId}${origin.en}`,
    ja: `${route.tableId} のルート ${routeDestination(route)} → ${target.ja}${state.ja}${origin.ja}`,
  };
}

/** "TCP 443", "all traffic", "ICMP type 3 code 4" of an entry's match. */
export function entryTraffic(entry: AclEntry): Localized {
  return describeSpan(entry.box.protocols, entry.box.details);
}

/** "Egress rule 100 of acl-0a1b allows TCP 443 to 0.0.0.0/0". */
export function entryText(entry: AclEntry): Localized {
  const number = entry.isDefaultDeny ? `* (${entry.ruleNumber})` : String(entry.ruleNumber);
  const traffic = entryTraffic(entry);
  const way = entry.egress ? { en: 'to', ja: '宛て' } : { en: 'from', ja: 'から' };
  const action = entry.action === 'allow' ? { en: 'allows', ja: '許可' } : { en: 'denies', ja: '拒否' };
  return {
    en: `${entry.egress ? 'Egress' : 'Ingress'} rule ${number} of ${entry.aclId} ${action.en} ${traffic.en} ${way.en} ${entry.cidr.canonical}`,
    ja: `${entry.aclId} の${entry.egress ? 'アウトバウンド' : 'インバウンド'}ルール ${number} が ${entry.cidr.canonical} ${way.ja}の ${traffic.ja} を${action.ja}しています`,
  };
}

/** "TCP 443", "all traffic" for a security group rule. */
export function sgTraffic(rule: SgRule): Localized {
  if (rule.protocol < 0) return { en: 'all traffic', ja: 'すべての通信' };
  if (hasPorts(rule.protocol) || hasIcmp(rule.protocol)) return describeSpan(rule.box.protocols, rule.box.details);
  return protocolName(rule.protocol);
}

/** "the peer 0.0.0.0/0", "prefix list pl-0abc", "members of sg-0abc". */
export function sgPeerText(rule: SgRule): Localized {
  const peer = rule.peer;
  if (peer.kind === 'cidr') return { en: peer.cidr.canonical, ja: peer.cidr.canonical };
  if (peer.kind === 'prefix-list') return { en: `prefix list ${peer.id}`, ja: `プレフィックスリスト ${peer.id}` };
  return { en: `members of ${peer.groupId}`, ja: `${peer.groupId} のメンバー` };
}

/** "Egress rule of sg-0abc allows TCP 443 to 0.0.0.0/0". */
export function sgRuleText(rule: SgRule, groupName?: string): Localized {
  const group = groupName ? `${rule.groupId} (${groupName})` : rule.groupId;
  const peer = sgPeerText(rule);
  const traffic = sgTraffic(rule);
  return rule.egress
    ? { en: `Egress rule of ${group} allows ${traffic.en} to ${peer.en}`, ja: `${group} のアウトバウンドルールが ${peer.ja} 宛ての ${traffic.ja} を許可しています` }
    : { en: `Ingress rule of ${group} allows ${traffic.en} from ${peer.en}`, ja: `${group} のインバウンドルールが ${peer.ja} からの ${traffic.ja} を許可しています` };
}

/** "TCP 443 from subnet-0a (10.0.1.0/24) to 1.0.0.1" for an example packet. */
export function packetText(packet: Packet, family: Family, egress: boolean, local: string): Localized {
  const traffic = describeTraffic(packet.protocol, packet.detail);
  const remote = formatAddress(family, packet.address);
  return egress
    ? { en: `${traffic.en} from ${local} to ${remote}`, ja: `${local} から ${remote} への ${traffic.ja}` }
    : { en: `${traffic.en} from ${remote} to ${local}`, ja: `${remote} から ${local} への ${traffic.ja}` };
}

const BLOCKS = new WeakMap<IntervalSet, { blocks: string[]; count: number; listed: number }>();

/** The first `listed` CIDR blocks of a set and how many it has in all (remembered per set: route regions are shared). */
export function blocksOf(family: Family, addresses: IntervalSet, listed: number): { blocks: string[]; count: number } {
  const known = BLOCKS.get(addresses);
  if (known && known.listed >= listed) return { blocks: known.blocks.slice(0, listed), count: known.count };
  const blocks: string[] = [];
  let count = 0;
  for (const [first, last] of addresses.ranges) {
    if (blocks.length < listed) blocks.push(...rangeToCidrs(family, first, last, listed - blocks.length));
    count += countCidrs(family, first, last);
  }
  BLOCKS.set(addresses, { blocks, count, listed });
  return { blocks, count };
}

/** "52.219.0.0/20, 52.219.16.0/22, 3.5.152.0/21 and 4 more blocks": the first `listed` CIDR blocks of a set, then how many more. */
export function blockListText(family: Family, addresses: IntervalSet, listed = 3): Localized {
  const { blocks, count } = blocksOf(family, addresses, listed);
  const shown = blocks.join(', ');
  const more = count - blocks.length;
  if (more <= 0) return { en: shown, ja: shown };
  return { en: `${shown} and ${more} more ${more === 1 ? 'block' : 'blocks'}`, ja: `${shown} ほか ${more} ブロック` };
}

/** "every public IPv4 address", or "public IPv4 addresses in 52.0.0.0/8" (up to two blocks, then a count). */
export function coverageText(family: Family, addresses: IntervalSet, publicSpace: IntervalSet): Localized {
  const name = `IPv${family}`;
  if (addresses.covers(publicSpace)) return { en: `every public ${name} address`, ja: `すべてのパブリック ${name} アドレス` };
  const { blocks, count } = blocksOf(family, addresses, 2);
  const shown = blocks.join(', ');
  const more = count - 2;
  return more > 0
    ? { en: `public ${name} addresses in ${shown} and ${more} more blocks`, ja: `${shown} ほか ${more} ブロックのパブリック ${name} アドレス` }
    : { en: `public ${name} addresses in ${shown}`, ja: `${shown} のパブリック ${name} アドレス` };
}

/** Groups as the proof and messages name them: "sg-0a1b (d-…_workspacesMembers), sg-0c2d". */
export function groupNames(groups: readonly { id: string; name?: string }[]): string {
  return groups.map((group) => (group.name ? `${group.id} (${group.name})` : group.id)).join(', ');
}
