/**
 * The `rt-*` rules: what the route tables of the WorkSpaces subnets do with public addresses,
 * on their own (defense in depth: a closed VPC should not rely on NACLs and security groups to
 * stop what its routes would send out), and the route-table settings that change over time.
 */
import type { Analysis, SubnetView } from '../analysis/analysis.ts';
import { coverageText, routeDestination, targetText } from '../analysis/describe.ts';
import { isPrivateNat } from '../analysis/gateways.ts';
import { EGRESS_INTERNET, PRIVATE_TARGETS } from '../analysis/path.ts';
import type { Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import type { Route, RouteTable } from '../model.ts';
import { deleteRoutesFix, explicitAssociationFix, propagationToStaticFix } from '../fix/plan.ts';
import { routeAt, subnetList } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';

/** The route tables the WorkSpaces subnets may use (every candidate), each once per VPC, with the subnets that use it. */
export function workspacesTables(analysis: Analysis): { table: RouteTable; vpcId: string | undefined; space: Record<Family, IntervalSet>; subnets: SubnetView[] }[] {
  const byTable = new Map<RouteTable, Map<string | undefined, SubnetView[]>>();
  for (const subnet of analysis.path().subnets) {
    for (const table of subnet.routeTables) {
      const byVpc = byTable.get(table) ?? new Map<string | undefined, SubnetView[]>();
      byTable.set(table, byVpc);
      byVpc.set(subnet.vpcId, [...(byVpc.get(subnet.vpcId) ?? []), subnet]);
    }
  }
  return [...byTable].flatMap(([table, byVpc]) => [...byVpc].map(([vpcId, subnets]) => ({ table, vpcId, space: analysis.publicSpaceOf(vpcId, table), subnets })));
}

/** Public addresses each route of a table wins, per family, for subnets of `vpcId`. */
function publicRegions(analysis: Analysis, table: RouteTable, family: Family, vpcId: string | undefined): { route: Route; addresses: IntervalSet }[] {
  const partition = analysis.publicPartition(table, family, vpcId);
  const byRoute = new Map<Route, IntervalSet>();
  for (const region of partition.regions) {
    if (!region.route) continue;
    byRoute.set(region.route, (byRoute.get(region.route) ?? IntervalSet.EMPTY).union(region.addresses));
  }
  return [...byRoute].map(([route, addresses]) => ({ route, addresses }));
}

const FAMILIES = [4, 6] as const;

/** A route to 0.0.0.0/0 or ::/0. */
const isDefaultDestination = (route: Route) => route.destination.kind === 'cidr' && route.destination.cidr.prefix === 0;

export const rtInternetRoute = defineRule({
  id: 'rt-internet-route',
  category: 'rt',
  severity: 'error',
  title: { en: 'No route of a WorkSpaces subnet sends public addresses to an internet exit', ja: 'WorkSpaces サブネットのルートがパブリックなアドレスをインターネットの出口に送らない' },
  description: {
    en: 'Finds every route of the WorkSpaces subnets’ route tables that carries public addresses to an internet gateway, NAT gateway, egress-only internet gateway or carrier gateway: a default route, a default route split into pieces, or a partial range, in IPv4 and IPv6. It judges the route table alone, whatever the network ACLs and security groups do.',
    ja: 'WorkSpaces のサブネットが使うルートテーブルから、パブリックなアドレスをインターネットゲートウェイ、NAT ゲートウェイ、Egress-Only インターネットゲートウェイ、キャリアゲートウェイに運ぶルートをすべて探します。デフォルトルート、分割したデフォルトルート、部分的なレンジのいずれも、IPv4 と IPv6 の両方で対象です。ネットワーク ACL やセキュリティグループの設定に関係なく、ルートテーブルだけで判定します。',
  },
  messages: {
    default: {
      en: 'Route {destination} → {target} in {table} is a default route: it sends {coverage} to the internet (used by {subnets}).',
      ja: '{table} のルート {destination} → {target} はデフォルトルートで、{coverage}をインターネットに送ります (使っているサブネット: {subnets})。',
    },
    split: {
      en: 'Route {destination} → {target} in {table} is one of {count} routes that together send {coverage} to the internet, a default route split into pieces (used by {subnets}).',
      ja: '{table} のルート {destination} → {target} は、合わせて{coverage}をインターネットに送る {count} 本のルートの 1 つで、分割されたデフォルトルートです (使っているサブネット: {subnets})。',
    },
    partial: {
      en: 'Route {destination} → {target} in {table} sends {coverage} to the internet (used by {subnets}).',
      ja: '{table} のルート {destination} → {target} は{coverage}をインターネットに送ります (使っているサブネット: {subnets})。',
    },
  },
  sources: ['vpc-route-priority', 'vpc-route-tables', 'ws-internet-access-archived'],
  check(analysis) {
    const reports: RuleReport<'default' | 'split' | 'partial'>[] = [];
    for (const { table, vpcId, space, subnets } of workspacesTables(analysis)) {
      for (const family of FAMILIES) {
        // A NAT gateway the inputs describe as private has no way to the internet (its traffic an internet gateway drops).
        const exits = publicRegions(analysis, table, family, vpcId).filter(({ route }) => !route.blackhole && EGRESS_INTERNET.has(route.target.kind) && !(route.target.kind === 'nat-gateway' && isPrivateNat(analysis.resources, route.target.id)));
        const everything = space[family];
        const union = exits.reduce((all, exit) => all.union(exit.addresses), IntervalSet.EMPTY);
        // A /0 next to more specific exits is still the default route; only routes without one are a default split into pieces.
        const hasDefault = exits.some(({ route }) => isDefaultDestination(route));
        for (const { route, addresses } of exits) {
          const alone = addresses.covers(everything) || isDefaultDestination(route);
          const together = !alone && !hasDefault && union.covers(everything);
          const coverage = coverageText(family, together ? union : addresses, everything);
          const fix = deleteRoutesFix(analysis, table, [route]);
          reports.push({
            messageId: alone ? 'default' : together ? 'split' : 'partial',
            data: { destination: routeDestination(route), table: table.id, count: exits.length },
            localizedData: { target: targetText(route.target), coverage, subnets: subnetList(subnets) },
            at: routeAt(route),
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
    return reports;
  },
});

export const rtUnknownNextHop = defineRule({
  id: 'rt-unknown-next-hop',
  category: 'rt',
  severity: 'warning',
  title: { en: 'Public addresses are not routed to next hops whose far side is unknown', ja: 'パブリックなアドレスを、先がわからないネクストホップにルーティングしない' },
  description: {
    en: 'A route that sends public addresses to a transit gateway, virtual private gateway, peering connection, network interface, instance, Gateway Load Balancer endpoint, local gateway or core network leaves the VPC towards something the inputs do not show. If that is an egress VPC or an on-premises internet breakout, the WorkSpaces reach the internet. A route from a prefix list to a `vpce-…` is private only when describe-vpc-endpoints shows a gateway endpoint: AWS does not rule out a Gateway Load Balancer endpoint there.',
    ja: 'パブリックなアドレスを Transit Gateway、仮想プライベートゲートウェイ、ピアリング接続、ネットワークインターフェイス、インスタンス、Gateway Load Balancer エンドポイント、ローカルゲートウェイ、コアネットワークに送るルートは、入力からは見えない先へ VPC を出ていきます。その先が出口用 VPC やオンプレミスのインターネット出口なら、WorkSpaces はインターネットに出られます。プレフィックスリストから `vpce-…` へのルートがプライベートだと言えるのは、describe-vpc-endpoints でゲートウェイエンドポイントだとわかる場合だけです。AWS はそこに Gateway Load Balancer エンドポイントを置くことを禁じていません。',
  },
  messages: {
    unknown: {
      en: 'Route {destination} → {target} in {table} sends {coverage} to a next hop whose path onward is not in the inputs (used by {subnets}).',
      ja: '{table} のルート {destination} → {target} は、{coverage}を先の経路が入力にないネクストホップに送ります (使っているサブネット: {subnets})。',
    },
    endpointType: {
      en: 'Route {destination} → {id} in {table}: a route to a prefix list can lead to a gateway endpoint (the traffic stays in AWS) or to a Gateway Load Balancer endpoint (an appliance whose way onward is not in the inputs), and no describe-vpc-endpoints output lists {id}; what this route carries stays unverified until one does (used by {subnets}).',
      ja: '{table} のルート {destination} → {id}: プレフィックスリスト宛てのルートの先は、ゲートウェイエンドポイント (通信は AWS の中にとどまる) のことも、Gateway Load Balancer エンドポイント (その先のアプライアンスの経路は入力からわからない) のこともありますが、{id} が載った describe-vpc-endpoints の出力がありません。それが加わるまで、このルートが運ぶ通信は未確認のままです (使っているサブネット: {subnets})。',
    },
  },
  sources: ['vpc-route-tables', 'vpc-route-priority', 'ec2-create-route', 'vpc-prefix-list-references'],
  check(analysis) {
    const reports: RuleReport<'unknown' | 'endpointType'>[] = [];
    const listed = new Set(analysis.resources.vpcEndpoints.map((endpoint) => endpoint.id));
    // A prefix-list route to a `vpce-…` that no input describes: said once per route, when its
    // CIDRs are not known or some of them are public.
    const untold = (route: Route) => route.target.kind === 'vpc-endpoint' && !listed.has(route.target.id) && !route.blackhole && !analysis.context.closedTargets.has(route.target.id);
    const told = new Set<Route>();
    for (const { table, vpcId, space, subnets } of workspacesTables(analysis)) {
      const carriesPublic = new Set<Route>();
      for (const family of FAMILIES) {
        for (const { route, addresses } of publicRegions(analysis, table, family, vpcId)) {
          const kind = route.target.kind;
          if (untold(route)) carriesPublic.add(route);
          if (route.blackhole || PRIVATE_TARGETS.has(kind) || EGRESS_INTERNET.has(kind) || analysis.context.closedTargets.has(route.target.id) || untold(route)) continue;
          // With transit gateway documents the path is followed past the gateway (path-* say where it ends).
          if (kind === 'transit-gateway' && analysis.transit().given) continue;
          reports.push({
            messageId: 'unknown',
            data: { destination: routeDestination(route), table: table.id },
            localizedData: { target: targetText(route.target), coverage: coverageText(family, addresses, space[family]), subnets: subnetList(subnets) },
            at: routeAt(route),
          });
        }
      }
      for (const route of table.routes) {
        if (!untold(route) || told.has(route)) continue;
        const listKnown = route.destination.kind === 'prefix-list' && analysis.prefixLists.has(route.destination.id);
        if (listKnown && !carriesPublic.has(route)) continue;
        told.add(route);
        reports.push({ messageId: 'endpointType', data: { destination: routeDestination(route), id: route.target.id, table: table.id }, localizedData: { subnets: subnetList(subnets) }, at: routeAt(route) });
      }
    }
    return reports;
  },
});

export const rtPropagation = defineRule({
  id: 'rt-propagation',
  category: 'rt',
  severity: 'warning',
  title: { en: 'The WorkSpaces route tables do not take propagated routes', ja: 'WorkSpaces のルートテーブルが伝播ルートを受け取らない' },
  description: {
    en: 'With route propagation enabled, routes learned over Site-to-Site VPN or Direct Connect (or advertised by VPC Route Server) appear in the table without anyone editing it, a default route among them when the other side advertises one. A closed design should not depend on what a router elsewhere announces.',
    ja: 'ルート伝播を有効にすると、Site-to-Site VPN や Direct Connect で学習したルート (や VPC Route Server が広報するルート) が、誰もテーブルを編集しないまま追加されます。相手がデフォルトルートを広報すればそれも入ります。閉域の設計は、どこか別のルーターが何を広報するかに依存すべきではありません。',
  },
  messages: {
    enabled: {
      en: 'Route propagation from {gateway} is enabled on {table}: routes it learns, including a default route, appear here without any change to the table.',
      ja: '{table} で {gateway} からのルート伝播が有効です。学習したルートは、デフォルトルートも含め、テーブルを変更しなくてもここに現れます。',
    },
    propagated: {
      en: 'Route {destination} → {target} in {table} was learned (Origin {origin}), not configured in the table.',
      ja: '{table} のルート {destination} → {target} は学習したルート (Origin が {origin}) で、テーブルに設定したものではありません。',
    },
    filtered: {
      en: 'Route {destination} → {target} in {table} is in state "filtered" (VPC Route Server). AWS does not document what that state does to forwarding, so it is taken as forwarding.',
      ja: '{table} のルート {destination} → {target} の状態は "filtered" (VPC Route Server) です。この状態で転送がどうなるかを AWS は文書化していないため、転送するものとして扱いました。',
    },
  },
  sources: ['vpc-route-priority', 'ec2-route'],
  check(analysis) {
    const reports: RuleReport<'propagated' | 'enabled' | 'filtered'>[] = [];
    for (const table of new Set(workspacesTables(analysis).map((use) => use.table))) {
      for (const vgw of table.propagatingVgws) {
        const fix = propagationToStaticFix(analysis, table, vgw.id);
        reports.push({ messageId: 'enabled', data: { gateway: vgw.id, table: table.id }, at: vgw.at, ...(fix ? { fix } : {}) });
      }
      for (const route of table.routes) {
        const data = { destination: routeDestination(route), table: table.id, origin: route.originText ?? '' };
        if (route.origin === 'propagated') {
          // Routes of VPC Route Server (Origin Advertisement) name no gateway to stop: no fix.
          const fix = route.originText === 'EnableVgwRoutePropagation' ? propagationToStaticFix(analysis, table, route.target.id) : undefined;
          reports.push({ messageId: 'propagated', data, localizedData: { target: targetText(route.target) }, at: routeAt(route), ...(fix ? { fix } : {}) });
        }
        if (route.filtered) reports.push({ messageId: 'filtered', data, localizedData: { target: targetText(route.target) }, at: { file: route.at.file, path: [...route.at.path, 'State'] } });
      }
    }
    return reports;
  },
});

export const rtBlackholeInternet = defineRule({
  id: 'rt-blackhole-internet',
  category: 'rt',
  severity: 'warning',
  title: { en: 'No dormant route waits to carry public addresses out', ja: 'パブリックなアドレスを運び出そうと待っている休眠ルートがない' },
  description: {
    en: 'A blackhole route forwards nothing today because its target is gone (a detached gateway, a deleted NAT gateway or attachment, a stopped appliance). It comes back to life when a target with the same id returns, for example when the internet gateway is attached to the VPC again, and then carries public addresses out with no change to the route table.',
    ja: 'blackhole 状態のルートは、ターゲットがない (デタッチしたゲートウェイ、削除した NAT ゲートウェイやアタッチメント、停止したアプライアンス) ため、今は何も転送しません。しかし同じ ID のターゲットが戻ると (たとえばインターネットゲートウェイを VPC に再アタッチすると) 有効に戻り、ルートテーブルを変えないままパブリックなアドレスを運び出します。',
  },
  messages: {
    dormant: {
      en: 'Route {destination} → {target} in {table} is a blackhole now, but it would send {coverage} out again if {id} returns.',
      ja: '{table} のルート {destination} → {target} は現在 blackhole ですが、{id} が戻れば{coverage}を再び外へ送ります。',
    },
  },
  sources: ['ec2-route', 'vpc-route-tables'],
  check(analysis) {
    const reports: RuleReport<'dormant'>[] = [];
    for (const { table, vpcId, space } of workspacesTables(analysis)) {
      for (const family of FAMILIES) {
        for (const { route, addresses } of publicRegions(analysis, table, family, vpcId)) {
          if (!route.blackhole || PRIVATE_TARGETS.has(route.target.kind) || analysis.context.closedTargets.has(route.target.id)) continue;
          const fix = deleteRoutesFix(analysis, table, [route]);
          reports.push({
            messageId: 'dormant',
            data: { destination: routeDestination(route), table: table.id, id: route.target.id },
            localizedData: { target: targetText(route.target), coverage: coverageText(family, addresses, space[family]) },
            at: { file: route.at.file, path: [...route.at.path, 'State'] },
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
    return reports;
  },
});

export const rtMainTableImplicit = defineRule({
  id: 'rt-main-table-implicit',
  category: 'rt',
  severity: 'info',
  title: { en: 'WorkSpaces subnets are associated with their route table explicitly', ja: 'WorkSpaces のサブネットがルートテーブルに明示的に関連付けられている' },
  description: {
    en: 'A subnet with no explicit association uses the VPC’s main route table. Then any change to the main table, or marking another table as main, changes the routes of the WorkSpaces too, often made by someone thinking of other subnets.',
    ja: '明示的な関連付けがないサブネットは VPC のメインルートテーブルを使います。するとメインルートテーブルへの変更や、別のテーブルをメインにする操作が、WorkSpaces のルートも変えてしまいます。たいていは別のサブネットのつもりで行われる変更です。',
  },
  messages: {
    implicit: {
      en: '{subnet} has no explicit route table association, so it uses the main table {table}: a change to the main table changes its routes.',
      ja: '{subnet} には明示的なルートテーブルの関連付けがないため、メインルートテーブル {table} を使います。メインルートテーブルを変更すると、このサブネットのルートも変わります。',
    },
  },
  sources: ['vpc-route-tables'],
  check(analysis) {
    return analysis
      .path()
      .subnets.filter((subnet) => subnet.implicitRouteTable && subnet.routeTable)
      .map((subnet) => {
        // With several candidate main tables (conflicting inputs) the one to name is not known.
        const fix = subnet.routeTable && subnet.routeTables.length === 1 && !subnet.standIn ? explicitAssociationFix(analysis, subnet.id, subnet.routeTable) : undefined;
        return { messageId: 'implicit' as const, data: { subnet: subnet.id, table: subnet.routeTable?.id ?? '' }, at: subnet.at, ...(fix ? { fix } : {}) };
      });
  },
});

export const ROUTE_RULES = [rtInternetRoute, rtUnknownNextHop, rtPropagation, rtBlackholeInternet, rtMainTableImplicit];
