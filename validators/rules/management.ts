/**
 * `mgmt-range-conflict`: the VPC's address space and the WorkSpaces subnets' routes must leave
 * room for the WorkSpaces management interface (eth0). AWS picks a management range at directory
 * registration from the Region's candidates that the VPC CIDR and route tables do not overlap.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { routeDestination, targetText } from '../analysis/describe.ts';
import { cidr as knownCidr, type Cidr } from '../net/address.ts';
import { BROADEST_CLAIM_PREFIX } from '../requirements/management-lookup.ts';
import { BYOL_RANGES, MANAGEMENT_RANGES } from '../requirements/management-ranges.ts';
import type { Route } from '../model.ts';
import type { Localized, Location } from '../types.ts';
import { routeAt } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';
import { workspacesTables } from './routes.ts';

/** What uses addresses: a VPC CIDR, or a route of a WorkSpaces table (texts are built only for a conflict). */
type Claim = { block: Cidr; vpcId: string; at: Location } | { block: Cidr; route: Route };

/** Parsed once: the data tables are constant. */
const parsed = new Map<string, Cidr>();
const block = (text: string): Cidr => {
  let hit = parsed.get(text);
  if (!hit) {
    hit = knownCidr(text);
    parsed.set(text, hit);
  }
  return hit;
};

/** A claim's report fields: what it is, and where. */
function located(claim: Claim): { localizedData: { what: Localized }; at: Location } {
  if ('route' in claim) {
    const { route } = claim;
    const target = targetText(route.target);
    const what = { en: `route ${routeDestination(route)} → ${target.en} in ${route.tableId}`, ja: `${route.tableId} のルート ${routeDestination(route)} → ${target.ja}` };
    return { localizedData: { what }, at: routeAt(route) };
  }
  const { block, vpcId, at } = claim;
  return { localizedData: { what: { en: `VPC CIDR ${block.canonical} of ${vpcId}`, ja: `${vpcId} の VPC CIDR ${block.canonical}` } }, at };
}

const overlaps = (a: Cidr, b: Cidr) => a.family === b.family && a.first <= b.last && b.first <= a.last;

/** VPC CIDRs and the WorkSpaces tables' routes: what the registration check looks at. */
function claims(analysis: Analysis): Claim[] {
  const out: Claim[] = [];
  for (const vpc of analysis.resources.vpcs) {
    for (const { cidr: block, at } of vpc.cidrs) {
      if (block.family === 4) out.push({ block, vpcId: vpc.id, at });
    }
  }
  for (const { table } of workspacesTables(analysis)) {
    for (const route of table.routes) {
      if (route.destination.kind !== 'cidr' || route.destination.cidr.family !== 4) continue;
      // Local routes repeat the VPC CIDR; count them only when no describe-vpcs output says so.
      if (route.target.kind === 'local' && analysis.resources.vpcs.length > 0) continue;
      // A default route (or its halves) says nothing about wanting the management range: a
      // route claims addresses when it is at least as specific as a /8.
      if (route.destination.cidr.prefix < BROADEST_CLAIM_PREFIX) continue;
      out.push({ block: route.destination.cidr, route });
    }
  }
  return out;
}

export const mgmtRangeConflict = defineRule({
  id: 'mgmt-range-conflict',
  category: 'mgmt',
  severity: 'error',
  title: { en: 'The VPC leaves a WorkSpaces management range free', ja: 'VPC が WorkSpaces の管理用レンジを空けている' },
  description: {
    en: 'The management interface of each WorkSpace takes an address from a range AWS manages. At directory registration WorkSpaces tests the VPC CIDR and the VPC’s route tables against the Region’s ranges and refuses when all of them conflict; routes added later can collide with the range in use. Routes broader than a /8 (a default route and its halves) are not counted as claims. Needs the Region in the context (or bundle: byol).',
    ja: '各 WorkSpace の管理インターフェイスは、AWS が管理するレンジからアドレスを受け取ります。ディレクトリ登録時に WorkSpaces は VPC の CIDR とルートテーブルをリージョンのレンジと照合し、すべてと重なる場合は登録できません。後から追加したルートが使用中のレンジと衝突することもあります。/8 より広いルート (デフォルトルートやその半分) は数えません。コンテキストにリージョン (または bundle: byol) が必要です。',
  },
  messages: {
    allConflict: {
      en: '{what} overlaps {range}, and every management range of {region} for public bundles ({ranges}) is taken: WorkSpaces has no range left for the management interface, so registering the directory fails.',
      ja: '{what} が {range} と重なり、{region} のパブリックバンドル用管理レンジ ({ranges}) がすべて使われています。管理インターフェイスに使えるレンジが残らないため、ディレクトリの登録に失敗します。',
    },
    someConflict: {
      en: '{what} overlaps the management range {range} of {region}; WorkSpaces can still choose another range ({free}), but if {range} is the one in use, the WorkSpaces become unreachable.',
      ja: '{what} が {region} の管理レンジ {range} と重なっています。WorkSpaces は別のレンジ ({free}) を選べますが、{range} が使用中のレンジなら WorkSpaces に接続できなくなります。',
    },
    dcv: {
      en: '{what} overlaps {range}, which DCV (WSP) WorkSpaces from public bundles also use for management traffic in every Region.',
      ja: '{what} が {range} と重なっています。このレンジは、パブリックバンドルの DCV (WSP) WorkSpaces がすべてのリージョンで管理通信にも使います。',
    },
    dcvInUse: {
      en: '{what} overlaps {range}, which DCV (WSP) WorkSpaces from public bundles use for management traffic in every Region; with streamingProtocol dcv, traffic to that range follows this route instead and the WorkSpaces become unreachable.',
      ja: '{what} が {range} と重なっています。パブリックバンドルの DCV (WSP) WorkSpaces はすべてのリージョンでこのレンジを管理通信に使います。streamingProtocol が dcv なので、このレンジ宛ての通信がこのルートに流れ、WorkSpaces に接続できなくなります。',
    },
    unconfirmed: {
      en: '{what} overlaps {range}, which the WorkSpaces page lists for {region} exactly so (possibly a typo for 192.168.0.0/16; unconfirmed).',
      ja: '{what} が {range} と重なっています。WorkSpaces のページは {region} にこのレンジをこのとおり記載しています (192.168.0.0/16 の誤記かもしれませんが未確認です)。',
    },
    byol: {
      en: '{what} overlaps {range}, the management range of BYOL WorkSpaces in every Region.',
      ja: '{what} が、BYOL の WorkSpaces がすべてのリージョンで使う管理レンジ {range} と重なっています。',
    },
    unknownRegion: {
      en: 'Region "{region}" is not in the WorkSpaces management range table, so the management ranges cannot be checked.',
      ja: 'リージョン "{region}" は WorkSpaces の管理レンジの表にないため、管理レンジを確認できません。',
    },
  },
  sources: ['ws-ports-management-ranges', 'ws-ports-network-interfaces', 'ws-byol'],
  check(analysis) {
    const reports: RuleReport<'byol' | 'unconfirmed' | 'allConflict' | 'someConflict' | 'dcv' | 'dcvInUse' | 'unknownRegion'>[] = [];
    const { region, bundle } = analysis.context;
    const list = claims(analysis);
    if (bundle === 'byol') {
      for (const range of [...BYOL_RANGES.ranges, ...BYOL_RANGES.dcvRanges]) {
        const candidate = block(range);
        const dcv = (BYOL_RANGES.dcvRanges as readonly string[]).includes(range);
        for (const claim of list.filter((c) => overlaps(c.block, candidate))) {
          reports.push({ messageId: dcv ? 'dcv' : 'byol', ...(dcv ? { severity: 'info' as const } : {}), data: { range }, ...located(claim) });
        }
      }
      return reports;
    }
    if (!region) return reports;
    const row = MANAGEMENT_RANGES.find((candidate) => candidate.region === region);
    if (!row) return [{ messageId: 'unknownRegion', severity: 'warning', data: { region }, at: analysis.context.regionAt ?? { file: '<context>', path: ['region'] } }];
    const taken = row.ranges.filter((range) => list.some((claim) => overlaps(claim.block, block(range))));
    const free = row.ranges.filter((range) => !taken.includes(range));
    for (const range of row.ranges) {
      const candidate = block(range);
      for (const claim of list.filter((c) => overlaps(c.block, candidate))) {
        if (free.length === 0) {
          reports.push({ messageId: 'allConflict', data: { range, region, ranges: row.ranges.join(', ') }, ...located(claim) });
        } else {
          reports.push({ messageId: 'someConflict', severity: 'warning', data: { range, region, free: free.join(', ') }, ...located(claim) });
        }
      }
    }
    // The DCV-only range matters for DCV WorkSpaces: an error when the context says DCV, a note when it does not say, nothing for PCoIP.
    const protocol = analysis.context.streamingProtocol;
    for (const range of protocol === 'pcoip' ? [] : row.dcvRanges) {
      for (const claim of list.filter((c) => overlaps(c.block, block(range)))) {
        const routed = 'route' in claim && claim.route.target.kind !== 'local';
        if (protocol === 'dcv' && routed) reports.push({ messageId: 'dcvInUse', data: { range }, ...located(claim) });
        else reports.push({ messageId: 'dcv', severity: 'info', data: { range }, ...located(claim) });
      }
    }
    for (const range of row.unconfirmedRanges ?? []) {
      for (const claim of list.filter((c) => overlaps(c.block, block(range)))) reports.push({ messageId: 'unconfirmed', severity: 'info', data: { range, region }, ...located(claim) });
    }
    return reports;
  },
});

export const MANAGEMENT_RULES = [mgmtRangeConflict];
