/**
 * The WorkSpace's own routing, from ipconfig /all and route print: which interface carries the
 * default route and the AWS link-local services, persistent routes that cannot work, and
 * routes through the primary interface that cover the management network.
 */
import { formatIPv4, parseIPv4 } from '../net/address.ts';
import { defineRule, type RuleReport } from '../rules/rule.ts';
import type { Localized } from '../types.ts';
import { bestRoute, managementServices, routeRole, routeText, windowsView, type InterfaceRole, type InterfaceView } from './interfaces.ts';
import type { Ipv4Route } from './model.ts';
import { list, textAt } from './report.ts';

/** `10.0.1.25 (Ethernet 3)`. */
function interfaceText(item: InterfaceView): string {
  return item.adapterName ? `${item.address} (${item.adapterName})` : item.address;
}

const networkText = (network: { first: bigint; prefix: number }) => `${formatIPv4(network.first)}/${network.prefix}`;

/** Routes that describe where traffic goes: no multicast, broadcast or loopback rows. */
const isForwarding = (route: Ipv4Route) => route.first < 0xe0000000n && !(route.first >= 0x7f000000n && route.last <= 0x7fffffffn);

export const winDefaultRoute = defineRule({
  id: 'win-default-route',
  category: 'win',
  severity: 'warning',
  title: { en: 'The default route leaves through the primary interface', ja: 'デフォルトルートがプライマリインターフェイスから出ている' },
  description: {
    en: 'Windows sends every packet that has no more specific route to the default gateway with the lowest metric. On a WorkSpace that is the VPC router of the primary interface: whether anything reaches the internet is then decided by the subnet’s route table, network ACL and security groups, not by Windows, so a default route here is normal in a closed VPC too. A default route through the management interface, or none at all, sends traffic for domain controllers in other subnets and for on-premises networks the wrong way.',
    ja: 'Windows は、より具体的なルートのないパケットを、メトリックが最も小さいデフォルトゲートウェイに送ります。WorkSpace ではそれがプライマリインターフェイス側の VPC ルーターです。インターネットに出られるかどうかはサブネットのルートテーブル・ネットワーク ACL・セキュリティグループが決めるもので、Windows ではありません。そのため、閉域の VPC でもここにデフォルトルートがあるのは正常です。デフォルトルートが管理インターフェイス側にある場合や、まったくない場合は、別のサブネットのドメインコントローラーやオンプレミス宛ての通信が正しく送られません。',
  },
  messages: {
    viaManagement: {
      en: 'The default route with the lowest metric, {route}, goes through the management interface {management}, not the primary interface {primary}: traffic to domain controllers in other subnets and to on-premises networks leaves through the AWS-managed network.',
      ja: 'メトリックが最も小さいデフォルトルート {route} が、プライマリインターフェイス {primary} ではなく管理インターフェイス {management} を通っています。別のサブネットのドメインコントローラーやオンプレミス宛ての通信が、AWS が管理するネットワークに出ていきます。',
    },
    none: {
      en: 'route print shows no active default route (0.0.0.0/0): only the connected networks{networks} and explicit routes are reachable, so domain controllers in other subnets cannot be reached.',
      ja: 'route print に有効なデフォルトルート (0.0.0.0/0) がありません。到達できるのは直結のネットワーク{networks}と個別のルートの宛先だけで、別のサブネットのドメインコントローラーには届きません。',
    },
  },
  sources: ['ms-route', 'ws-ports-network-interfaces'],
  check(analysis) {
    const reports: RuleReport<'none' | 'viaManagement'>[] = [];
    const view = windowsView(analysis);
    for (const output of view.routePrints) {
      if (output.active.length === 0) continue;
      const defaults = output.active.filter((route) => route.prefix === 0);
      const best = bestRoute(defaults, 0n);
      if (!best) {
        const networks = view.interfaces.flatMap((item) => (item.network ? [networkText(item.network)] : []));
        const text: Localized = networks.length > 0 ? { en: ` (${list(networks).en})`, ja: ` (${list(networks).ja})` } : { en: '', ja: '' };
        reports.push({ messageId: 'none', data: { networks: text.en }, localizedData: { networks: text }, at: textAt(output.file, (output.active[0] as Ipv4Route).span) });
        continue;
      }
      if (routeRole(view, best) === 'management' && view.management && view.primary) {
        reports.push({
          messageId: 'viaManagement',
          data: { route: routeText(best).en, management: interfaceText(view.management), primary: interfaceText(view.primary) },
          localizedData: { route: routeText(best) },
          at: textAt(output.file, best.span),
        });
      }
    }
    return reports;
  },
});

export const winLinkLocalRoute = defineRule({
  id: 'win-link-local-route',
  category: 'win',
  severity: 'warning',
  title: { en: 'Traffic to the AWS link-local services leaves through the management interface', ja: 'AWS のリンクローカルサービス宛ての通信が管理インターフェイスから出ている' },
  description: {
    en: `AWS lists ${list(managementServices(false).map((service) => service.address)).en} (instance metadata and the Windows KMS hosts) under the ports of a WorkSpace’s management interface. Windows takes the most specific active route, then the lowest metric; if that route leaves through the primary interface, activation and metadata requests go into your VPC instead. AWS asks not to change the routes inside a WorkSpace: rebuild it or contact AWS Support rather than adding routes by hand.`,
    ja: `AWS は ${list(managementServices(false).map((service) => service.address)).ja} (インスタンスメタデータと Windows の KMS ホスト) を WorkSpace の管理インターフェイスのポートとして記載しています。Windows は最も具体的な有効ルートを選び、同じならメトリックの小さいものを使います。そのルートがプライマリインターフェイスから出ていると、ライセンス認証やメタデータの要求がお客様の VPC 側に送られます。AWS は WorkSpace 内のルートを変更しないよう求めているため、手でルートを追加するのではなく、WorkSpace の再構築か AWS サポートへの問い合わせで対処してください。`,
  },
  messages: {
    viaPrimary: {
      en: 'Packets to {address} ({service}) take {route}, which leaves through the primary interface {primary} instead of the management interface {management}.',
      ja: '{address} ({service}) 宛てのパケットは {route} を通り、管理インターフェイス {management} ではなくプライマリインターフェイス {primary} から出ていきます。',
    },
    noRoute: {
      en: 'No active route covers {address} ({service}): Windows cannot send anything to it.',
      ja: '{address} ({service}) を含む有効なルートがなく、Windows はこの宛先に送信できません。',
    },
  },
  sources: ['ws-ports-management', 'ws-service-components-archived', 'ms-route'],
  check(analysis) {
    const reports: RuleReport<'viaPrimary' | 'noRoute'>[] = [];
    const view = windowsView(analysis);
    if (!view.management || !view.primary) return reports;
    for (const output of view.routePrints) {
      if (output.active.length === 0) continue;
      for (const service of managementServices(analysis.context.bundle === 'byol')) {
        const value = parseIPv4(service.address);
        if (value === undefined) continue;
        const best = bestRoute(output.active, value);
        const data = { address: service.address, service: service.service.en, management: interfaceText(view.management), primary: interfaceText(view.primary) };
        if (!best) {
          reports.push({ messageId: 'noRoute', data, localizedData: { service: service.service }, at: textAt(output.file, (output.active[0] as Ipv4Route).span) });
        } else if (routeRole(view, best) === 'primary') {
          reports.push({ messageId: 'viaPrimary', data: { ...data, route: routeText(best).en }, localizedData: { service: service.service, route: routeText(best) }, at: textAt(output.file, best.span) });
        }
      }
    }
    return reports;
  },
});

export const winPersistentRouteGateway = defineRule({
  id: 'win-persistent-route-gateway',
  category: 'win',
  severity: 'warning',
  title: { en: 'Every persistent route’s gateway is on a connected network', ja: 'すべての固定ルートのゲートウェイが直結のネットワーク上にある' },
  description: {
    en: 'A persistent route (route -p) is stored in the registry and added again at every start with the gateway it was saved with. When that gateway is on none of the WorkSpace’s networks — for example a route to 169.254.169.250 saved on an image built in another subnet — Windows cannot use the route and the traffic takes another one.',
    ja: '固定ルート (route -p) はレジストリに保存され、起動のたびに保存時のゲートウェイで追加されます。そのゲートウェイが WorkSpace のどのネットワーク上にもない場合 (たとえば別のサブネットで作ったイメージに保存された 169.254.169.250 へのルート)、Windows はそのルートを使えず、通信は別のルートを通ります。',
  },
  messages: {
    unreachable: {
      en: 'Persistent route {destination}/{prefix} via {gateway}: the gateway is on none of the connected networks ({networks}), so the route cannot be used.',
      ja: '固定ルート {destination}/{prefix} (ゲートウェイ {gateway}): ゲートウェイが直結のネットワーク ({networks}) のどれにも含まれないため、このルートは使われません。',
    },
  },
  sources: ['ms-route', 'taskcluster-stale-route'],
  check(analysis) {
    const reports: RuleReport<'unreachable'>[] = [];
    const view = windowsView(analysis);
    const networks = view.interfaces.flatMap((item) => (item.network ? [item.network] : []));
    if (networks.length === 0) return reports;
    const names = list([...new Set(networks.map(networkText))]);
    for (const output of view.routePrints) {
      for (const route of output.persistent) {
        const gateway = route.gateway === undefined ? undefined : parseIPv4(route.gateway);
        if (gateway === undefined || gateway === 0n) continue;
        if (networks.some((network) => gateway >= network.first && gateway <= network.last)) continue;
        reports.push({
          messageId: 'unreachable',
          data: { destination: route.destination, prefix: route.prefix, gateway: route.gateway ?? '', networks: names.en },
          localizedData: { networks: names },
          at: textAt(output.file, route.span),
        });
      }
    }
    return reports;
  },
});

export const winRouteManagementOverlap = defineRule({
  id: 'win-route-management-overlap',
  category: 'win',
  severity: 'warning',
  title: { en: 'No route through the primary interface takes traffic meant for the management network', ja: 'プライマリインターフェイス経由のルートが管理ネットワーク宛ての通信を奪っていない' },
  description: {
    en: 'The management interface’s own network must be reached through the management interface. A route through the primary interface that is at least as specific as the management network’s route — typically an on-premises route such as 192.168.0.0/16 added inside Windows — takes streaming and management traffic away from it. AWS checks the VPC’s route tables against the management ranges when a directory is registered, but never sees routes added inside Windows.',
    ja: '管理インターフェイス自身のネットワークへは、管理インターフェイスから到達する必要があります。プライマリインターフェイス経由のルートが管理ネットワークのルートと同じかそれより具体的だと (Windows 内で追加した 192.168.0.0/16 などのオンプレミス向けルートが典型)、ストリーミングや管理の通信がそちらに奪われます。AWS はディレクトリ登録時に VPC のルートテーブルを管理用レンジと照合しますが、Windows 内で追加したルートは確認しません。',
  },
  messages: {
    steals: {
      en: '{route} through the primary interface {primary} is at least as specific as {managementRoute} of the management interface {management}, so packets to {overlap} leave through the primary interface.',
      ja: 'プライマリインターフェイス {primary} 経由の {route} が、管理インターフェイス {management} の {managementRoute} と同じかそれより具体的なため、{overlap} 宛てのパケットがプライマリインターフェイスから出ていきます。',
    },
    sameNetwork: {
      en: 'The primary interface network {primaryNetwork} overlaps the management interface network {managementNetwork}.',
      ja: 'プライマリインターフェイスのネットワーク {primaryNetwork} が、管理インターフェイスのネットワーク {managementNetwork} と重なっています。',
    },
  },
  sources: ['ws-ports-network-interfaces', 'ws-ports-management-ranges', 'ms-route'],
  check(analysis) {
    const reports: RuleReport<'steals' | 'sameNetwork'>[] = [];
    const view = windowsView(analysis);
    const { management, primary } = view;
    if (!management || !primary) return reports;
    let fromRoutes = false;
    for (const output of view.routePrints) {
      const networkRoutesVia = (role: InterfaceRole) => output.active.filter((route) => routeRole(view, route) === role && route.prefix > 0 && route.prefix < 32 && isForwarding(route));
      const managementRoutes = networkRoutesVia('management');
      const primaryRoutes = networkRoutesVia('primary');
      for (const route of primaryRoutes) {
        const taken = managementRoutes.find(
          (other) => route.first <= other.last && other.first <= route.last && (route.prefix > other.prefix || (route.prefix === other.prefix && (route.metric ?? Infinity) <= (other.metric ?? Infinity))),
        );
        if (!taken) continue;
        fromRoutes = true;
        const overlap = { first: route.first > taken.first ? route.first : taken.first, prefix: Math.max(route.prefix, taken.prefix) };
        reports.push({
          messageId: 'steals',
          data: { route: routeText(route).en, managementRoute: routeText(taken).en, primary: interfaceText(primary), management: interfaceText(management), overlap: networkText(overlap) },
          localizedData: { route: routeText(route), managementRoute: routeText(taken) },
          at: textAt(output.file, route.span),
        });
      }
    }
    const a = primary.network;
    const b = management.network;
    if (!fromRoutes && a && b && a.first <= b.last && b.first <= a.last) {
      reports.push({ messageId: 'sameNetwork', data: { primaryNetwork: networkText(a), managementNetwork: networkText(b) }, at: textAt(primary.file, primary.span) });
    }
    return reports;
  },
});

export const NETWORK_RULES = [winDefaultRoute, winLinkLocalRoute, winPersistentRouteGateway, winRouteManagementOverlap];
