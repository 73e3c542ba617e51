/**
 * The `path-*` rules: the whole-path verdict as findings. An open path names the packet and the
 * route, NACL entry and security-group rule that let it through; an unverified one says which
 * layer or next hop the inputs do not show.
 */
import type { Analysis, SubnetView } from '../analysis/analysis.ts';
import { routeDestination, targetText } from '../analysis/describe.ts';
import type { HopProof } from '../analysis/hops.ts';
import type { OpenFlow, UncertainReason, UnverifiedFlow } from '../analysis/path.ts';
import { coverageText } from '../analysis/describe.ts';
import type { Route } from '../model.ts';
import type { Localized, Location } from '../types.ts';
import { deleteRoutesFix } from '../fix/plan.ts';
import { packetEvidence, routeAt, subnetList } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';

/** Groups flows that share a route (or, without one, a subnet) and a direction. */
function groupFlows<T extends OpenFlow | UnverifiedFlow>(flows: readonly T[], key: (flow: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const flow of flows) {
    const k = key(flow);
    const list = groups.get(k);
    if (list) list.push(flow);
    else groups.set(k, [flow]);
  }
  return [...groups.values()];
}

/** ", and 41 more routes to it" when several routes of the table lead to the same next hop. */
function moreRoutes(flows: readonly (OpenFlow | UnverifiedFlow)[]): Localized {
  const first = flows[0]?.route;
  const others = new Set<unknown>();
  for (const flow of flows) {
    if (flow.route && flow.route !== first) others.add(flow.route);
    for (const route of flow.otherRoutes) if (route !== first) others.add(route);
  }
  return others.size === 0 ? { en: '', ja: '' } : { en: ` and ${others.size} more to it`, ja: ` ほか、同じ宛先へのルート ${others.size} 本` };
}

const subnetsOf = (flows: readonly { subnet: SubnetView }[]): SubnetView[] => [...new Set(flows.map((flow) => flow.subnet))];

/** True when a flow was followed past its route into other subnets or gateways worth naming as a chain. */
const chained = (flow: OpenFlow | UnverifiedFlow) => (flow.hops ?? []).some((hop) => hop.kind !== 'internet-gateway' && hop.kind !== 'egress-only-internet-gateway' && hop.kind !== 'carrier-gateway');

/** "route 0.0.0.0/0 in rtb-0a → tgw-0b → tgw-rtb-0c → tgw-attach-0d (vpc-0e) → subnet-0f → nat-01 → subnet-02 → igw-03". */
export function chainText(route: { tableId: string; target: { id: string } } & Parameters<typeof routeDestination>[0], hops: readonly HopProof[]): Localized {
  const labels = hops.map((hop) => (hop.kind === 'transit-gateway-attachment' && hop.vpcId ? `${hop.id} (${hop.vpcId})` : hop.id));
  const head = hops[0]?.id === route.target.id ? labels : [route.target.id, ...labels];
  return {
    en: `route ${routeDestination(route)} in ${route.tableId} → ${head.join(' → ')}`,
    ja: `${route.tableId} のルート ${routeDestination(route)} → ${head.join(' → ')}`,
  };
}

function evidenceOf(analysis: Analysis, flow: OpenFlow | UnverifiedFlow) {
  const evidence = basicEvidence(analysis, flow);
  for (const item of flow.evidence ?? []) evidence.chain.push({ layer: item.layer, text: item.text, ...(item.at ? { at: item.at } : {}) });
  return evidence;
}

function basicEvidence(analysis: Analysis, flow: OpenFlow | UnverifiedFlow) {
  return packetEvidence({
    packet: flow.packet,
    family: flow.family,
    direction: flow.direction,
    subnet: flow.subnet,
    groups: analysis.resources.securityGroups,
    aclGiven: flow.subnet.acl !== undefined,
    ...(flow.route ? { route: flow.route } : {}),
    ...(flow.aclEntry ? { aclEntry: flow.aclEntry } : {}),
    ...(flow.sgRule ? { sgRule: flow.sgRule } : {}),
  });
}

export const pathInternetReachable = defineRule({
  id: 'path-internet-reachable',
  category: 'path',
  severity: 'error',
  title: { en: 'No packet passes between the WorkSpaces subnets and the internet', ja: 'WorkSpaces のサブネットとインターネットの間を通るパケットがない' },
  description: {
    en: 'Combines the route table, the network ACL and the security groups of each WorkSpaces subnet. A packet that every layer lets through, in either direction, makes the verdict "open"; the finding shows one such packet and the route, NACL entry and security-group rule that pass it.',
    ja: '各 WorkSpaces サブネットのルートテーブル、ネットワーク ACL、セキュリティグループを組み合わせて評価します。どの層にも止められずに通るパケットがどちらかの方向に 1 つでもあれば判定は「開いている」になり、そのパケットの例と、通してしまったルート・NACL エントリ・セキュリティグループのルールを示します。',
  },
  messages: {
    egress: {
      en: '{subnets}: {packet} reaches the internet through {target} (route {destination} in {table}{more}); no network ACL entry or security-group rule stops it.',
      ja: '{subnets}: {packet} が {target} ({table} のルート {destination}{more}) を通ってインターネットに出られます。ネットワーク ACL にもセキュリティグループにも止めるルールがありません。',
    },
    ingress: {
      en: '{subnets}: {packet} can arrive from the internet through {target} (route {destination} in {table}{more}) and passes the network ACL and security groups.',
      ja: '{subnets}: {packet} が {target} ({table} のルート {destination}{more}) を通ってインターネットから届き、ネットワーク ACL とセキュリティグループも通過します。',
    },
    egressChain: {
      en: '{subnets}: {packet} reaches the internet along {chain}; no network ACL entry, security-group rule or route on the way stops it.',
      ja: '{subnets}: {packet} が {chain} を通ってインターネットに出られます。途中のネットワーク ACL、セキュリティグループ、ルートのどれにも止めるものがありません。',
    },
  },
  sources: ['vpc-route-priority', 'vpc-nacls', 'ws-best-practices-security'],
  check(analysis) {
    const reports: RuleReport<'egress' | 'ingress' | 'egressChain'>[] = [];
    for (const flows of groupFlows(analysis.path().open, (flow) => `${flow.route.tableId}#${flow.route.target.id}#${flow.direction}`)) {
      const first = flows[0] as OpenFlow;
      const target = targetText(first.route.target);
      const evidence = evidenceOf(analysis, first);
      const subnets = subnetList(subnetsOf(flows));
      // The exit goes when every route of the table to it that lets a packet through goes.
      const routes = new Set<Route>(flows.flatMap((flow) => [flow.route, ...flow.otherRoutes]));
      const table = analysis.resources.routeTables.find((candidate) => candidate.routes.includes(first.route));
      const fix = table && deleteRoutesFix(analysis, table, [...routes]);
      if (chained(first)) {
        reports.push({
          messageId: 'egressChain',
          data: { subnets: subnets.en, packet: evidence.packet?.text.en ?? '', destination: routeDestination(first.route), table: first.route.tableId },
          localizedData: { subnets, packet: evidence.packet?.text ?? { en: '', ja: '' }, chain: chainText(first.route, first.hops ?? []) },
          at: routeAt(first.route),
          evidence,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      reports.push({
        messageId: first.direction,
        data: { subnets: subnets.en, packet: evidence.packet?.text.en ?? '', target: target.en, destination: routeDestination(first.route), table: first.route.tableId },
        localizedData: { subnets, packet: evidence.packet?.text ?? { en: '', ja: '' }, target, more: moreRoutes(flows) },
        at: routeAt(first.route),
        evidence,
        ...(fix ? { fix } : {}),
      });
    }
    return reports;
  },
});

/** "sg-0abc (corp-custom)". */
function groupLabel(analysis: Analysis, groupId: string): string {
  const name = analysis.resources.securityGroups.find((group) => group.id === groupId)?.name;
  return name ? `${groupId} (${name})` : groupId;
}

const NONE_KNOWN: Localized = { en: 'none of them is known', ja: '特定できるものはありません' };

const ACL_UNKNOWN_WHY: Record<NonNullable<SubnetView['aclUnknown']>, Localized> = {
  'association-missing': {
    en: 'the describe-network-acls output given lists no association for it, while AWS lists every subnet’s: the paste is partial',
    ja: '入力の describe-network-acls の出力にこのサブネットの関連付けがありません。AWS はすべてのサブネットの関連付けを出力するので、貼り付けが一部だけです',
  },
  'vpc-unknown': { en: 'which VPC the subnet is in cannot be told', ja: 'サブネットの VPC がわかりません' },
  ambiguous: { en: 'the inputs name no subnet and hold several network ACLs', ja: '入力にサブネットがなく、ネットワーク ACL が複数あります' },
};

const UNVERIFIED_MESSAGES: Record<UnverifiedFlow['reason'], Localized> = {
  'no-route-table': {
    en: '{subnets}: no route table for this subnet was given, so it cannot be told whether {packet} leaves the VPC; the network ACL and security groups would let it through.',
    ja: '{subnets}: このサブネットのルートテーブルが入力にないため、{packet} が VPC の外に出るかどうか判断できません。ネットワーク ACL とセキュリティグループは通してしまいます。',
  },
  'route-table-incomplete': {
    en: '{subnets}: part of {table} could not be read, so where {packet} goes is not known; fix the input problems reported on that table.',
    ja: '{subnets}: {table} の一部が読み取れなかったため、{packet} の行き先がわかりません。このテーブルについて報告された入力の問題を直してください。',
  },
  'prefix-list-unresolved': {
    en: '{subnets}: {table} routes prefix list {destination} to {target}, and the list’s entries were not given; add the output of get-managed-prefix-list-entries (or describe-prefix-lists, for an AWS service’s list) to know whether {packet} takes that route.',
    ja: '{subnets}: {table} はプレフィックスリスト {destination} を {target} にルーティングしていますが、リストの中身が入力にありません。get-managed-prefix-list-entries (AWS のサービスのリストなら describe-prefix-lists) の出力を加えれば、{packet} がこのルートを通るか判定できます。',
  },
  'next-hop': {
    en: '{subnets}: {packet} is sent to {target} (route {destination} in {table}{more}), and what lies beyond it is not in the inputs. List it in closedTargets if it has no way to the internet, or the range in internalCidrs if it is internal.',
    ja: '{subnets}: {packet} は {target} ({table} のルート {destination}{more}) に送られますが、その先は入力からわかりません。インターネットへの出口がないなら closedTargets に、社内のレンジなら internalCidrs に加えてください。',
  },
  'vpc-unknown': {
    en: '{subnets}: which VPC the subnet is in cannot be told from the inputs (they hold {vpcs}; no describe-subnets output names it, or two versions of it name different VPCs), so its main route table is not known and where {packet} goes cannot be decided; add the describe-subnets output of one moment or associate the subnet with a table explicitly.',
    ja: '{subnets}: このサブネットがどの VPC のものか入力からわからないため (入力にある VPC: {vpcs}。describe-subnets の出力に載っていないか、2 つの版が別々の VPC を指しています)、メインルートテーブルが決まらず、{packet} の行き先を判定できません。同じ時点の describe-subnets の出力を加えるか、サブネットをルートテーブルに明示的に関連付けてください。',
  },
  'acl-unknown': {
    en: '{subnets}: the subnet’s network ACL is not known ({why}), so it cannot be shown to drop {packet}.',
    ja: '{subnets}: サブネットのネットワーク ACL がわからないため ({why})、{packet} を止めることを示せません。',
  },
  'security-group-possible': {
    en: '{subnets}: {packet} is dropped by the groups known to be on the WorkSpaces ({certain}) but allowed by {group}, which may be on them too (AWS attaches the directory’s custom security group next to _workspacesMembers, and the rules add up). Name the WorkSpaces’ groups in workspacesSecurityGroupIds to settle it.',
    ja: '{subnets}: {packet} は WorkSpaces に付いているとわかっているグループ ({certain}) では止まりますが、WorkSpaces に付いている可能性がある {group} が許可しています (AWS はディレクトリのカスタムセキュリティグループを _workspacesMembers と並べて付け、ルールは合算されます)。workspacesSecurityGroupIds で WorkSpaces のグループを指定すれば判定できます。',
  },
  'acl-incomplete': {
    en: '{subnets}: part of the subnet’s network ACL could not be read, so it cannot be shown to drop {packet}.',
    ja: '{subnets}: サブネットのネットワーク ACL の一部が読み取れなかったため、{packet} を止めることを示せません。',
  },
  'no-security-group': {
    en: '{subnets}: {packet} passes the route table and network ACL, and no security group was given to show it is dropped (the AWS default groups allow no inbound from outside, but the WorkSpaces’ own groups are not in the inputs).',
    ja: '{subnets}: {packet} はルートテーブルとネットワーク ACL を通過し、止めることを示すセキュリティグループが入力にありません (AWS 既定のグループは外部からのインバウンドを許可しませんが、WorkSpaces 自身のグループが入力にありません)。',
  },
  'security-group-incomplete': {
    en: '{subnets}: part of a WorkSpaces security group could not be read, so it cannot be shown to drop {packet}.',
    ja: '{subnets}: WorkSpaces のセキュリティグループの一部が読み取れなかったため、{packet} を止めることを示せません。',
  },
  'downstream-next-hop': {
    en: '{subnets}: {packet} goes along {chain} and reaches {hop}, and what lies beyond it is not in the inputs. List {hopId} in closedTargets if it has no way to the internet.',
    ja: '{subnets}: {packet} は {chain} を通って {hop} に届きますが、その先は入力からわかりません。インターネットへの出口がないなら {hopId} を closedTargets に加えてください。',
  },
  'downstream-propagation': {
    en: '{subnets}: {packet} goes along {chain}, and {propagationTable} takes the routes that {hop} propagates ({prefixes} today). The router behind it may advertise any prefix at any time, one holding this address included, and the transit gateway would then send the packet there. List {hopId} in closedTargets if nothing beyond it reaches the internet, or stop propagating it into {propagationTable} and use static routes.',
    ja: '{subnets}: {packet} は {chain} を通ります。{propagationTable} には {hop} から伝播したルート (現在は {prefixes}) が入っており、その先のルーターはどんなプレフィックスでもいつでも広報できます。このアドレスを含むプレフィックスが広報されれば、Transit Gateway はパケットをそちらへ送ります。その先にインターネットへの出口がないなら {hopId} を closedTargets に加えてください。あるいは {propagationTable} への伝播をやめて静的ルートにしてください。',
  },
  'downstream-attached': {
    en: '{subnets}: {packet} goes along {chain}, and {hop} is attached to the same transit gateway without propagating any route into {propagationTable} today. Whether its propagation into {propagationTable} is enabled is not in the inputs: if it is, the router behind it may advertise a prefix holding this address at any time, and the transit gateway would send the packet there. List {hopId} in closedTargets if nothing beyond it reaches the internet, or if its propagation into {propagationTable} is disabled.',
    ja: '{subnets}: {packet} は {chain} を通ります。{hop} は同じ Transit Gateway にアタッチされていて、現在は {propagationTable} にルートを伝播していません。{propagationTable} への伝播が有効かどうかは入力からわかりません。有効なら、その先のルーターがこのアドレスを含むプレフィックスをいつ広報しても、Transit Gateway はパケットをそちらへ送ります。その先にインターネットへの出口がない場合や、{propagationTable} への伝播が無効な場合は、{hopId} を closedTargets に加えてください。',
  },
  'downstream-input': {
    en: '{subnets}: {packet} goes along {chain}, and {missing}; add it to follow the path to its end.',
    ja: '{subnets}: {packet} は {chain} を通りますが、{missing}。これを加えれば経路を最後まで追えます。',
  },
  'security-group-peer-unresolved': {
    en: '{subnets}: {packet} is allowed by a security-group rule whose peer (a prefix list or group) is not in the inputs; add it to know whether the rule covers this address.',
    ja: '{subnets}: {packet} は、相手先 (プレフィックスリストやグループ) が入力にないセキュリティグループのルールで許可されています。それを加えれば、このアドレスが含まれるか判定できます。',
  },
};

/** The first prefix-list route of a table whose list is not given (as the path analysis finds it: not to a gateway endpoint). */
function unresolvedListRoute(analysis: Analysis, tableId: string | undefined): Route | undefined {
  const table = analysis.resources.routeTables.find((candidate) => candidate.id === tableId);
  return table?.routes.find((route) => route.destination.kind === 'prefix-list' && !analysis.prefixLists.has(route.destination.id) && route.target.kind !== 'gateway-endpoint');
}

export const pathUnverified = defineRule({
  id: 'path-unverified',
  category: 'path',
  severity: 'warning',
  title: { en: 'Every path to the internet is decided by the inputs', ja: 'インターネットへの経路がすべて入力だけで判定できる' },
  description: {
    en: 'When a packet to or from public space passes every layer that was given, but its fate depends on a next hop (transit gateway, VPN, peering, appliance) or on a layer the inputs do not show, the verdict is "unverified". The finding says what is missing.',
    ja: 'パブリックなアドレスとの間のパケットが与えられたすべての層を通り、その先がネクストホップ (Transit Gateway、VPN、ピアリング、アプライアンス) や入力にない層に左右される場合、判定は「未確認」になります。何が足りないかを示します。',
  },
  messages: UNVERIFIED_MESSAGES,
  sources: ['vpc-route-priority', 'vpc-route-tables', 'tgw-how-it-works', 'vpn-routing-options'],
  check(analysis) {
    const reports: RuleReport<UncertainReason>[] = [];
    const key = (flow: UnverifiedFlow) => `${flow.reason}#${flow.route ? `${flow.route.tableId}#${flow.route.target.id}` : flow.subnet.id}#${flow.direction}#${flow.hop?.id ?? flow.missing?.en ?? ''}`;
    for (const flows of groupFlows(analysis.path().unverified, key)) {
      const first = flows[0] as UnverifiedFlow;
      const evidence = evidenceOf(analysis, first);
      const subnets = subnetList(subnetsOf(flows));
      // The flow's own route may be another one of the table: name the prefix-list route whose entries are missing.
      const named = first.reason === 'prefix-list-unresolved' ? (unresolvedListRoute(analysis, first.route?.tableId) ?? first.route) : first.route;
      const target = named ? targetText(named.target) : { en: '', ja: '' };
      const downstream = first.reason === 'downstream-next-hop' || first.reason === 'downstream-input' || first.reason === 'downstream-propagation' || first.reason === 'downstream-attached';
      const lastHopAt = [...(first.hops ?? [])].reverse().find((hop) => hop.at)?.at;
      const at: Location =
        downstream && lastHopAt
          ? lastHopAt
          : first.reason === 'security-group-possible' && first.sgRule
          ? first.sgRule.at
          : named
            ? routeAt(named)
            : first.reason === 'acl-incomplete' && first.subnet.acl
              ? first.subnet.acl.at
              : first.subnet.at;
      const certain = analysis.groupsFor(first.subnet.vpcId).certain.map((group) => group.id).join(', ');
      const group = first.sgRule ? groupLabel(analysis, first.sgRule.groupId) : '';
      reports.push({
        messageId: first.reason,
        data: {
          subnets: subnets.en,
          packet: evidence.packet?.text.en ?? '',
          target: target.en,
          destination: named ? routeDestination(named) : '',
          table: first.route?.tableId ?? first.subnet.routeTable?.id ?? '',
          vpcs: analysis.vpcIds.join(', '),
          group,
          ...(first.hop ? { hopId: first.hop.id } : {}),
          ...(first.propagation ? { propagationTable: first.propagation.tableId, prefixes: first.propagation.prefixes } : {}),
        },
        localizedData: {
          subnets,
          packet: evidence.packet?.text ?? { en: '', ja: '' },
          target,
          more: moreRoutes(flows),
          why: ACL_UNKNOWN_WHY[first.subnet.aclUnknown ?? 'association-missing'],
          certain: certain === '' ? NONE_KNOWN : { en: certain, ja: certain },
          ...(downstream && first.route ? { chain: chainText(first.route, (first.hops ?? []).filter((hop, index, hops) => !(index === hops.length - 1 && hop.id === first.hop?.id))) } : {}),
          ...(first.hop ? { hop: first.hop.text } : {}),
          ...(first.missing ? { missing: first.missing } : {}),
        },
        at,
        evidence,
      });
    }
    return reports;
  },
});

export const pathRoutingLoop = defineRule({
  id: 'path-routing-loop',
  category: 'path',
  severity: 'warning',
  title: { en: 'No route sends packets back to a route table they already passed', ja: 'パケットを通過済みのルートテーブルへ送り返すルートがない' },
  description: {
    en: 'Following a WorkSpaces subnet’s packets through NAT gateways, transit gateways and other VPCs, a route that sends them back to a table they already went through makes a loop: they circle until their time to live runs out and are dropped. The verdict counts them as dropped; the loop is usually a routing mistake that breaks something else.',
    ja: 'WorkSpaces のサブネットのパケットを NAT ゲートウェイ、Transit Gateway、ほかの VPC の先まで追ったとき、通過済みのテーブルへパケットを送り返すルートがあるとループになります。パケットは TTL が尽きるまで回り続けて破棄されます。判定上は破棄として扱いますが、たいていは別の通信も壊しているルーティングの誤りです。',
  },
  messages: {
    loop: {
      en: '{subnets}: {direction} packets to {addresses} go along {chain} and come back to {table}: a routing loop, so they are dropped when their time to live runs out.',
      ja: '{subnets}: {addresses} への{direction}パケットは {chain} を通って {table} に戻ってきます。ルーティングループのため、TTL が尽きたところで破棄されます。',
    },
  },
  sources: ['tgw-how-it-works', 'vpc-route-tables'],
  check(analysis) {
    const reports: RuleReport<'loop'>[] = [];
    const seen = new Set<string>();
    for (const loop of analysis.path().loops) {
      const key = `${loop.subnet.id}|${loop.direction}|${loop.family}|${loop.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const first = loop.hops[0];
      const chain = { en: loop.hops.map((hop) => hop.id).join(' → '), ja: loop.hops.map((hop) => hop.id).join(' → ') };
      const space = analysis.publicSpaceOf(loop.subnet.vpcId)[loop.family];
      reports.push({
        messageId: 'loop',
        data: { table: loop.id },
        localizedData: {
          subnets: subnetList([loop.subnet]),
          addresses: coverageText(loop.family, loop.addresses, space),
          chain,
          direction: loop.direction === 'egress' ? { en: 'outbound', ja: '送信' } : { en: 'inbound', ja: '受信' },
        },
        at: loop.at ?? first?.at ?? loop.subnet.at,
      });
    }
    return reports;
  },
});

export const PATH_RULES = [pathInternetReachable, pathUnverified, pathRoutingLoop];
