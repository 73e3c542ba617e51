/**
 * Fixes the rules attach to their findings, computed from the analysis with the user's ids and
 * values. Each one changes only what its finding is about and never lets more traffic reach public
 * space, cuts a directory flow or leaves a route table with no way to a controller: deleting a
 * route also deletes the internet exits that would take over its addresses (and gives up when an
 * unknown next hop would), narrowing a rule keeps the VPC, the internal ranges and the directory
 * controllers, and new entries take free rule numbers right where they must be evaluated. Where
 * the inputs do not settle what a change would do (a resource read in part, or in two versions),
 * there is no fix. tests/fix/ re-validates every fix on every rule case and on generated inputs.
 */
import type { Analysis, SubnetView } from '../analysis/analysis.ts';
import { targetText } from '../analysis/describe.ts';
import { orderedEntries } from '../analysis/nacl.ts';
import { EGRESS_INTERNET, PRIVATE_TARGETS } from '../analysis/path.ts';
import { partitionByRoute, unresolvedPrefixListRoutes } from '../analysis/routes.ts';
import { rangeToCidrs, type Cidr, type Family } from '../net/address.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { subtractFromAll, type TrafficBox } from '../net/traffic.ts';
import { protocolNumber } from '../input/read-context.ts';
import { NACL_QUOTAS } from '../requirements/quotas.ts';
import type { AclEntry, NetworkAcl, Route, RouteTable, SecurityGroup, SgRule } from '../model.ts';
import type { Localized } from '../types.ts';
import { isSafeId } from './command.ts';
import type { FixOperation, IpPermissionSpec, RouteDestination, RuleFix, WriteAclEntry } from './operations.ts';

const FAMILIES = [4, 6] as const;

/** At most this many CIDR blocks go into one fix: more would be a design change, not a fix. */
const MAX_BLOCKS = 8;

/**
 * A resource a fix may change: read whole, defined once, with an id that can go in a command or
 * declared at a Terraform address (its fix is then written as an edit of the configuration, fix/iac.ts).
 */
function settled(analysis: Analysis, kind: 'rtb' | 'acl' | 'sg', resource: { id: string; incomplete: boolean; address?: string }): boolean {
  return !resource.incomplete && !analysis.resources.conflicted.has(`${kind}:${resource.id}`) && (isSafeId(resource.id) || resource.address !== undefined);
}

const join = (items: readonly string[], lang: 'en' | 'ja') => items.join(lang === 'ja' ? '、' : ', ');

/** Subnets in the inputs that are not WorkSpaces subnets but use the resource a fix changes (`uses`). */
function otherUsers(analysis: Analysis, uses: (subnet: SubnetView) => boolean): string[] {
  return notWorkspaces(analysis).filter(uses).map((subnet) => subnet.id);
}

const NOT_WORKSPACES = new WeakMap<Analysis, SubnetView[]>();

/** The subnets in the inputs that are not WorkSpaces subnets, in input order (listed once per analysis: every fix asks). */
function notWorkspaces(analysis: Analysis): SubnetView[] {
  let subnets = NOT_WORKSPACES.get(analysis);
  if (!subnets) {
    const workspaces = new Set(analysis.workspacesSubnets);
    subnets = analysis.subnets.filter((subnet) => !workspaces.has(subnet));
    NOT_WORKSPACES.set(analysis, subnets);
  }
  return subnets;
}

/** Says in a fix's description that other subnets share the changed table or ACL, and change with it. */
function sharedWith(fix: RuleFix, resource: string, subnets: readonly string[]): RuleFix {
  if (subnets.length === 0) return fix;
  const shown = subnets.slice(0, 3);
  const more = subnets.length - shown.length;
  const list: Localized = { en: `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`, ja: `${shown.join('、')}${more > 0 ? ` ほか ${more} 件` : ''}` };
  return {
    operations: fix.operations,
    description: {
      en: `${fix.description.en} ${resource} is also used by ${list.en}, not a WorkSpaces subnet: ${subnets.length === 1 ? 'it changes' : 'they change'} too.`,
      ja: `${fix.description.ja}${resource} は WorkSpaces のサブネットではない ${list.ja} も使っているため、そちらも同じように変わります。`,
    },
  };
}

function cidrsOf(family: Family, addresses: IntervalSet): string[] {
  return addresses.ranges.flatMap(([first, last]) => rangeToCidrs(family, first, last));
}

/** The CIDR blocks of `addresses` for a fix, or undefined when there are more than MAX_BLOCKS (the listing stops there). */
function fixBlocks(family: Family, addresses: IntervalSet): string[] | undefined {
  const blocks: string[] = [];
  for (const [first, last] of addresses.ranges) {
    blocks.push(...rangeToCidrs(family, first, last, MAX_BLOCKS + 1 - blocks.length));
    if (blocks.length > MAX_BLOCKS) return undefined;
  }
  return blocks;
}

// ── Routes ──────────────────────────────────────────────────────────────

function routeDestinationOf(route: Route): RouteDestination {
  return route.destination.kind === 'prefix-list' ? { kind: 'prefix-list', id: route.destination.id } : { kind: 'cidr', family: route.destination.cidr.family, cidr: route.destination.cidr.canonical };
}

const destinationText = (route: Route) => (route.destination.kind === 'prefix-list' ? route.destination.id : route.destination.cidr.canonical);

/** A route `delete-route` can remove: configured in the table (not propagated, not the local route). */
function deletable(route: Route): boolean {
  return route.origin === 'static' && route.target.kind !== 'local' && route.originText !== 'CreateRouteTable' && (isSafeId(route.target.id) || route.address !== undefined);
}

/**
 * The routes to delete so that the public addresses `start` carries reach no internet exit
 * through this table, or undefined when that cannot be done soundly: a route that takes over
 * those addresses goes to a next hop whose far side is not known, cannot be deleted, or a
 * directory controller is reached through one of them.
 */
function routesToDelete(analysis: Analysis, table: RouteTable, start: readonly Route[]): Route[] | undefined {
  if (!settled(analysis, 'rtb', table)) return undefined;
  // A prefix list whose entries were not given may take over any address: fine when it leads somewhere private (an S3 or DynamoDB endpoint).
  const closed = (route: Route) => PRIVATE_TARGETS.has(route.target.kind) || analysis.context.closedTargets.has(route.target.id);
  if (unresolvedPrefixListRoutes(table, analysis.prefixLists).some((route) => !route.blackhole && !closed(route))) return undefined;
  const vpcs = [...new Set(analysis.path().subnets.filter((subnet) => subnet.routeTables.includes(table)).map((subnet) => subnet.vpcId))];
  const removed = new Set(start);
  for (;;) {
    if ([...removed].some((route) => !deletable(route))) return undefined;
    // A new table object: the route rankings are cached per table.
    const remaining: RouteTable = { ...table, routes: table.routes.filter((route) => !removed.has(route)) };
    let grew = false;
    for (const vpcId of vpcs.length > 0 ? vpcs : [table.vpcId]) {
      for (const family of FAMILIES) {
        const carried = IntervalSet.of(analysis.publicPartition(table, family, vpcId).regions.filter((region) => region.route && removed.has(region.route)).flatMap((region) => region.addresses.ranges));
        if (carried.isEmpty()) continue;
        for (const { route } of partitionByRoute(remaining, family, carried, analysis.prefixLists).regions) {
          if (!route || closed(route)) continue;
          // An internet exit (or a dormant route to any next hop) that would take over goes too.
          if (EGRESS_INTERNET.has(route.target.kind) || route.blackhole) {
            removed.add(route);
            grew = true;
            continue;
          }
          return undefined;
        }
      }
    }
    if (grew) continue;
    for (const controller of analysis.context.controllers) {
      const { family, first, last } = controller.cidr;
      if (partitionByRoute(table, family, IntervalSet.range(first, last), analysis.prefixLists).regions.some((region) => region.route && removed.has(region.route))) return undefined;
    }
    return table.routes.filter((route) => removed.has(route));
  }
}

const TAKEN_OVER: Localized = { en: ', which would otherwise carry those addresses', ja: ' (削除しないとそのアドレスを運ぶルート)' };

/** Deletes routes so that the public addresses `start` carries no longer reach an internet exit through `table`. */
export function deleteRoutesFix(analysis: Analysis, table: RouteTable, start: readonly Route[]): RuleFix | undefined {
  const routes = routesToDelete(analysis, table, start);
  if (!routes) return undefined;
  const name = (route: Route, lang: 'en' | 'ja') => `${destinationText(route)} → ${targetText(route.target)[lang]}`;
  const own = routes.filter((route) => start.includes(route));
  const others = routes.filter((route) => !start.includes(route));
  const named = (lang: 'en' | 'ja') =>
    `${join(own.map((route) => name(route, lang)), lang)}${others.length > 0 ? `${lang === 'en' ? ' and ' : '、'}${join(others.map((route) => name(route, lang)), lang)}${TAKEN_OVER[lang]}` : ''}`;
  const fix: RuleFix = {
    operations: routes.map((route): FixOperation => ({ action: 'delete-route', routeTableId: table.id, destination: routeDestinationOf(route) })),
    description: {
      en: `Deletes the ${routes.length === 1 ? 'route' : 'routes'} ${named('en')} from ${table.id}: the public addresses ${routes.length === 1 ? 'it carries' : 'they carry'} then reach no internet exit through this table.`,
      ja: `${table.id} からルート ${named('ja')} を削除します。運んでいたパブリックなアドレスは、このテーブルではインターネットの出口に届かなくなります。`,
    },
  };
  return sharedWith(fix, table.id, otherUsers(analysis, (subnet) => subnet.routeTables.includes(table)));
}

/** Turns the routes a virtual private gateway propagates into static routes, then stops the propagation. */
export function propagationToStaticFix(analysis: Analysis, table: RouteTable, gatewayId: string): RuleFix | undefined {
  if (!settled(analysis, 'rtb', table) || !isSafeId(gatewayId) || !table.propagatingVgws.some((vgw) => vgw.id === gatewayId)) return undefined;
  const learned = table.routes.filter((route) => route.originText === 'EnableVgwRoutePropagation' && route.target.id === gatewayId);
  // A dormant propagated route cannot be made static, and deleting it would hand its addresses to a broader route.
  if (learned.some((route) => route.blackhole)) return undefined;
  const staticDestinations = new Set(table.routes.filter((route) => route.origin === 'static').map(destinationText));
  const kept = learned.filter((route) => !staticDestinations.has(destinationText(route)));
  const operations: FixOperation[] = [
    { action: 'disable-vgw-route-propagation', routeTableId: table.id, gatewayId },
    ...kept.map((route): FixOperation => ({ action: 'create-route', routeTableId: table.id, destination: routeDestinationOf(route), target: { option: 'gateway-id', id: gatewayId } })),
  ];
  const destinations = kept.map(destinationText);
  return {
    operations,
    description:
      destinations.length === 0
        ? { en: `Stops route propagation from ${gatewayId} into ${table.id}; no route learned from it is in use.`, ja: `${table.id} への ${gatewayId} からのルート伝播を止めます。学習したルートで使われているものはありません。` }
        : {
            en: `Stops route propagation from ${gatewayId} into ${table.id} and adds the ${destinations.length === 1 ? 'route' : 'routes'} it learned (${join(destinations, 'en')}) as static routes: the table routes as it does now, and a route announced later no longer appears by itself.`,
            ja: `${table.id} への ${gatewayId} からのルート伝播を止め、学習したルート (${join(destinations, 'ja')}) を静的ルートとして追加します。今のルーティングは変わらず、後から広報されたルートが勝手に加わることはなくなります。`,
          },
  };
}

/** Associates a subnet explicitly with the main table it already uses. */
export function explicitAssociationFix(analysis: Analysis, subnetId: string, table: RouteTable): RuleFix | undefined {
  const declared = analysis.resources.subnets.some((subnet) => subnet.id === subnetId && subnet.address !== undefined);
  if (!settled(analysis, 'rtb', table) || !(isSafeId(subnetId) || declared) || !table.main) return undefined;
  return {
    operations: [{ action: 'associate-route-table', routeTableId: table.id, subnetId }],
    description: {
      en: `Associates ${subnetId} explicitly with ${table.id}, the main table it already uses: its routes stay the same, and making another table the main one no longer changes them. To keep its routes apart from later changes to this table too, associate it with a table of its own instead.`,
      ja: `${subnetId} を、今も使っているメインルートテーブル ${table.id} に明示的に関連付けます。ルートは変わらず、別のテーブルをメインにしてもこのサブネットのルートは変わらなくなります。このテーブルへの今後の変更からも切り離すには、代わりに専用のテーブルを関連付けてください。`,
    },
  };
}

// ── Network ACLs ────────────────────────────────────────────────────────

const DIRECTION: Record<'egress' | 'ingress', Localized> = { egress: { en: 'outbound', ja: 'アウトバウンド' }, ingress: { en: 'inbound', ja: 'インバウンド' } };
const directionOf = (egress: boolean) => DIRECTION[egress ? 'egress' : 'ingress'];

/** True when no other entry of the direction (of either family) has this entry's number: then a command naming the number names this entry. */
function numberNamesEntry(acl: NetworkAcl, entry: AclEntry): boolean {
  return acl.entries.filter((other) => other.egress === entry.egress && other.ruleNumber === entry.ruleNumber).length === 1;
}

/** Free rule numbers strictly between `low` and `high` in one direction (numbers are shared by IPv4 and IPv6 entries), round ones first. */
function freeNumbers(acl: NetworkAcl, egress: boolean, low: number, high: number, count: number): number[] | undefined {
  const used = new Set(acl.entries.filter((entry) => entry.egress === egress).map((entry) => entry.ruleNumber));
  const top = Math.min(high, 32767);
  const round: number[] = [];
  for (let number = (Math.floor(low / 10) + 1) * 10; number < top && round.length < count; number += 10) if (!used.has(number)) round.push(number);
  if (round.length === count) return round;
  const any: number[] = [];
  for (let number = low + 1; number < top && any.length < count; number++) if (!used.has(number)) any.push(number);
  return any.length === count ? any : undefined;
}

/** True when `added` more entries keep the direction and family within the quota (or within the count it already has, when that is higher). */
function withinQuota(acl: NetworkAcl, egress: boolean, family: Family, added: number): boolean {
  const printed = acl.entries.filter((entry) => entry.egress === egress && entry.family === family);
  const count = printed.some((entry) => entry.isDefaultDeny) ? printed.length : printed.length + 1;
  return count + added <= Math.max(NACL_QUOTAS.rulesPerDirection, count);
}

/** The entry as `replace-network-acl-entry` writes it, with another CIDR. */
function entryWrite(action: WriteAclEntry['action'], entry: AclEntry, cidr: string, ruleNumber = entry.ruleNumber, fields: { ports: boolean; icmp: boolean } = { ports: true, icmp: true }): WriteAclEntry {
  return {
    action,
    networkAclId: entry.aclId,
    egress: entry.egress,
    ruleNumber,
    protocol: String(entry.protocol),
    ruleAction: entry.action,
    family: entry.family,
    cidr,
    ...(entry.portRange && fields.ports ? { portRange: entry.portRange } : {}),
    ...(entry.icmp && fields.icmp ? { icmpTypeCode: entry.icmp } : {}),
  };
}

/**
 * What a fix that closes a rule to public space must keep: the VPC's own addresses, the
 * context's internal ranges and directory controllers, and, when controllers are named, the
 * WorkSpaces subnets (the controllers' side of the directory flows).
 */
function keptAddresses(analysis: Analysis, vpcId: string | undefined, family: Family): IntervalSet {
  const own = analysis.ownSpaceOf(vpcId)[family];
  const controllers = analysis.context.controllers.filter((controller) => controller.cidr.family === family);
  const subnets = controllers.length === 0 ? [] : analysis.path().subnets.flatMap((subnet) => subnet.cidrs.filter((cidr) => cidr.family === family));
  const blocks = [...controllers.map((controller) => controller.cidr), ...subnets].map((cidr): [bigint, bigint] => [cidr.first, cidr.last]);
  return own.union(analysis.context.internal[family]).union(IntervalSet.of(blocks));
}

/** What to keep of `block` when closing it to public space, or undefined when that would keep public addresses or the VPC's own addresses are not known. */
function keptPart(analysis: Analysis, vpcId: string | undefined, block: Cidr): IntervalSet | undefined {
  const family = block.family;
  const addresses = IntervalSet.range(block.first, block.last);
  const space = analysis.publicSpaceOf(vpcId)[family];
  const kept = addresses.intersect(keptAddresses(analysis, vpcId, family));
  if (!kept.intersect(space).isEmpty()) return undefined;
  const own = analysis.ownSpaceOf(vpcId);
  // Not knowing the VPC's addresses, narrowing could cut the VPC's own traffic; deleting is sound only when everything covered is public.
  if (own[4].isEmpty() && own[6].isEmpty() && !addresses.subtract(space).isEmpty()) return undefined;
  return kept;
}

/**
 * Deletes an entry (shadowed or redundant: no decision changes). Not an allow whose traffic a later
 * allow to public space takes over: fixing that later entry (nacl-*-public) would then cut it.
 */
export function deleteEntryFix(analysis: Analysis, acl: NetworkAcl, entry: AclEntry, why: Localized, deciders: readonly AclEntry[] = []): RuleFix | undefined {
  if (!settled(analysis, 'acl', acl) || entry.isDefaultDeny || !numberNamesEntry(acl, entry)) return undefined;
  const space = analysis.publicSpaceOf(acl.vpcId)[entry.family];
  if (entry.action === 'allow' && deciders.some((decider) => decider.action === 'allow' && space.overlapsRange(decider.cidr.first, decider.cidr.last))) return undefined;
  // A deny that blocks directory traffic is fixed by letting that traffic through first; deleting it would only move the error to the next deny.
  if (analysis.directory().issues.some((issue) => issue.entry === entry)) return undefined;
  const direction = directionOf(entry.egress);
  return {
    operations: [{ action: 'delete-network-acl-entry', networkAclId: acl.id, egress: entry.egress, ruleNumber: entry.ruleNumber }],
    description: { en: `Deletes ${direction.en} rule ${entry.ruleNumber} of ${acl.id}: ${why.en}`, ja: `${acl.id} の${direction.ja}ルール ${entry.ruleNumber} を削除します。${why.ja}` },
  };
}

/** Rewrites an entry without the port range or ICMP type AWS ignores for its protocol: the same traffic matches. */
export function withoutIgnoredFieldsFix(analysis: Analysis, acl: NetworkAcl, entry: AclEntry): RuleFix | undefined {
  if (!settled(analysis, 'acl', acl) || entry.isDefaultDeny || !numberNamesEntry(acl, entry)) return undefined;
  const ports = entry.protocol === 6 || entry.protocol === 17;
  const icmp = entry.protocol === 1 || (entry.protocol === 58 && entry.family === 6);
  const direction = directionOf(entry.egress);
  return {
    operations: [entryWrite('replace-network-acl-entry', entry, entry.cidr.canonical, entry.ruleNumber, { ports, icmp })],
    description: {
      en: `Rewrites ${direction.en} rule ${entry.ruleNumber} of ${acl.id} without the values AWS ignores: it matches the same traffic as before. If the rule was meant for one protocol and port, give that protocol instead.`,
      ja: `${acl.id} の${direction.ja}ルール ${entry.ruleNumber} を、AWS が無視する値を除いて書き直します。一致する通信は今と変わりません。特定のプロトコルとポートのためのルールだったなら、代わりにそのプロトコルを指定してください。`,
    },
  };
}

/**
 * Closes an allow entry to public space: narrows it to the VPC, internal ranges and directory
 * controllers it still decides traffic for (those earlier entries decide need no rule), or deletes
 * it when there are none.
 */
export function aclWithoutPublicFix(analysis: Analysis, acl: NetworkAcl, entry: AclEntry): RuleFix | undefined {
  if (!settled(analysis, 'acl', acl) || entry.isDefaultDeny || entry.action !== 'allow' || !numberNamesEntry(acl, entry)) return undefined;
  const ordered = orderedEntries(acl, entry.egress, entry.family);
  const index = ordered.indexOf(entry);
  let region: TrafficBox[] = [entry.box];
  for (const earlier of ordered.slice(0, index)) region = subtractFromAll(region, earlier.box);
  const decided = IntervalSet.of(region.map((box) => box.addresses));
  const kept = keptPart(analysis, acl.vpcId, entry.cidr)?.intersect(decided);
  if (!kept) return undefined;
  const direction = directionOf(entry.egress);
  const toOrFrom: Localized = entry.egress ? { en: 'to', ja: '宛て' } : { en: 'from', ja: 'から' };
  const others = otherUsers(analysis, (subnet) => subnet.acls.includes(acl));
  if (kept.isEmpty()) {
    return sharedWith({
      operations: [{ action: 'delete-network-acl-entry', networkAclId: acl.id, egress: entry.egress, ruleNumber: entry.ruleNumber }],
      description: {
        en: `Deletes ${direction.en} rule ${entry.ruleNumber} of ${acl.id} (${entry.cidr.canonical}): it decides no traffic ${toOrFrom.en} the VPC, an internal range or a directory controller, and the traffic ${toOrFrom.en} public addresses it allowed then meets the later rules of the ACL.`,
        ja: `${acl.id} の${direction.ja}ルール ${entry.ruleNumber} (${entry.cidr.canonical}) を削除します。このルールが判定している通信に VPC、内部レンジ、ディレクトリコントローラー${toOrFrom.ja}のものはなく、許可していたパブリックなアドレス${toOrFrom.ja}の通信は、ACL の後続のルールで判定されるようになります。`,
      },
    }, acl.id, others);
  }
  const blocks = fixBlocks(entry.family, kept);
  if (!blocks) return undefined;
  const low = ordered[index - 1]?.ruleNumber ?? 0;
  const high = ordered[index + 1]?.ruleNumber ?? 32767;
  // Right after the narrowed entry if there is room, else right before it: the new entries must not pass another entry.
  const numbers = freeNumbers(acl, entry.egress, entry.ruleNumber, high, blocks.length - 1) ?? freeNumbers(acl, entry.egress, low, entry.ruleNumber, blocks.length - 1);
  if (!numbers || !withinQuota(acl, entry.egress, entry.family, blocks.length - 1)) return undefined;
  const [first, ...rest] = blocks as [string, ...string[]];
  return sharedWith({
    operations: [entryWrite('replace-network-acl-entry', entry, first), ...rest.map((cidr, position) => entryWrite('create-network-acl-entry', entry, cidr, numbers[position]))],
    description: {
      en: `Narrows ${direction.en} rule ${entry.ruleNumber} of ${acl.id} from ${entry.cidr.canonical} to ${join(blocks, 'en')}, the VPC, internal ranges and directory controllers it decides traffic for${rest.length > 0 ? ` (with ${rest.length === 1 ? 'a new rule' : 'new rules'} ${join(numbers.map(String), 'en')} next to it)` : ''}: traffic ${toOrFrom.en} public addresses then meets the later rules. If the WorkSpaces reach another on-premises range through this rule, list it in internalCidrs first.`,
      ja: `${acl.id} の${direction.ja}ルール ${entry.ruleNumber} の対象を ${entry.cidr.canonical} から、このルールが判定している VPC、内部レンジ、ディレクトリコントローラー (${join(blocks, 'ja')}) に絞ります${rest.length > 0 ? `。隣に新しいルール ${join(numbers.map(String), 'ja')} を加えます` : ''}。パブリックなアドレス${toOrFrom.ja}の通信は後続のルールで判定されるようになります。WorkSpaces がこのルールを通して使っている他のオンプレミスのレンジがあれば、先に internalCidrs に加えてください。`,
    },
  }, acl.id, others);
}

/** Allows all traffic between the WorkSpaces and `addresses` (controllers or WorkSpaces subnets) with new entries just before the deny entry that blocks it. */
export function allowBeforeFix(analysis: Analysis, acl: NetworkAcl, deny: AclEntry, addresses: IntervalSet, peer: Localized): RuleFix | undefined {
  if (!settled(analysis, 'acl', acl) || addresses.isEmpty() || (!deny.isDefaultDeny && !numberNamesEntry(acl, deny))) return undefined;
  const family = deny.family;
  if (!addresses.intersect(analysis.publicSpaceOf(acl.vpcId)[family]).isEmpty()) return undefined;
  const blocks = fixBlocks(family, addresses);
  if (!blocks) return undefined;
  const ordered = orderedEntries(acl, deny.egress, family);
  const low = ordered[ordered.indexOf(deny) - 1]?.ruleNumber ?? 0;
  const numbers = freeNumbers(acl, deny.egress, low, deny.ruleNumber, blocks.length);
  if (!numbers || !withinQuota(acl, deny.egress, family, blocks.length)) return undefined;
  const direction = directionOf(deny.egress);
  const denyName = deny.isDefaultDeny ? '*' : String(deny.ruleNumber);
  return {
    operations: blocks.map((cidr, position): FixOperation => ({
      action: 'create-network-acl-entry',
      networkAclId: acl.id,
      egress: deny.egress,
      ruleNumber: numbers[position] as number,
      protocol: '-1',
      ruleAction: 'allow',
      family,
      cidr,
    })),
    description: {
      en: `Adds ${direction.en} ${blocks.length === 1 ? 'rule' : 'rules'} ${join(numbers.map(String), 'en')} to ${acl.id}, allowing all traffic ${deny.egress ? 'to' : 'from'} ${join(blocks, 'en')} (${peer.en}) before rule ${denyName} denies it. No public address is allowed.`,
      ja: `${acl.id} に${direction.ja}ルール ${join(numbers.map(String), 'ja')} を追加し、ルール ${denyName} で拒否される前に ${join(blocks, 'ja')} (${peer.ja}) ${deny.egress ? 'への' : 'からの'}すべての通信を許可します。パブリックなアドレスは許可しません。`,
    },
  };
}

// ── Security groups ─────────────────────────────────────────────────────

/** A rule's protocol and ports as `--ip-permissions` names them. */
function permissionOf(rule: SgRule, cidrs: readonly string[], family: Family): IpPermissionSpec {
  return {
    IpProtocol: rule.protocolText,
    ...(rule.fromPort !== undefined ? { FromPort: rule.fromPort } : {}),
    ...(rule.toPort !== undefined ? { ToPort: rule.toPort } : {}),
    ...(family === 4 ? { IpRanges: cidrs.map((cidr) => ({ CidrIp: cidr })) } : { Ipv6Ranges: cidrs.map((cidr) => ({ CidrIpv6: cidr })) }),
  };
}

/** True when two rules match the same protocols and ports (a protocol named or numbered alike). */
function sameTraffic(a: SgRule, b: SgRule): boolean {
  if (a.protocol !== b.protocol) return false;
  return a.protocol < 0 || ((a.fromPort ?? -1) === (b.fromPort ?? -1) && (a.toPort ?? -1) === (b.toPort ?? -1));
}

/** Replaces a security-group rule to public addresses by the same rule to what must be kept of its CIDR (nothing, when all of it is public). */
export function groupWithoutPublicFix(analysis: Analysis, group: SecurityGroup, rule: SgRule): RuleFix | undefined {
  if (!settled(analysis, 'sg', group) || rule.peer.kind !== 'cidr' || rule.peer.cidr.hostBitsSet || protocolNumber(rule.protocolText) === undefined) return undefined;
  const block = rule.peer.cidr;
  const kept = keptPart(analysis, group.vpcId, block);
  if (!kept) return undefined;
  const family = block.family;
  // A block another rule with the same traffic already covers needs no new rule (and AWS refuses an exact duplicate).
  const covered = IntervalSet.of(
    (rule.egress ? group.egress : group.ingress).flatMap((other): [bigint, bigint][] =>
      // A copy of the rule itself (the same CIDR) goes with the revoke.
      other.peer.kind === 'cidr' && other.peer.cidr.family === block.family && other.peer.cidr.canonical !== block.canonical && sameTraffic(other, rule) ? [[other.peer.cidr.first, other.peer.cidr.last]] : [],
    ),
  );
  const added = fixBlocks(family, kept.subtract(covered));
  if (!added) return undefined;
  const direction = rule.egress ? ('egress' as const) : ('ingress' as const);
  const operations: FixOperation[] = [{ action: `revoke-security-group-${direction}`, groupId: group.id, permissions: [permissionOf(rule, [block.canonical], family)] }];
  if (added.length > 0) operations.push({ action: `authorize-security-group-${direction}`, groupId: group.id, permissions: [permissionOf(rule, added, family)] });
  const words = DIRECTION[direction];
  const keptText = cidrsOf(family, kept);
  const note: Localized = {
    en: ' If the WorkSpaces reach another on-premises range through this rule, list it in internalCidrs first.',
    ja: 'WorkSpaces がこのルールを通して使っている他のオンプレミスのレンジがあれば、先に internalCidrs に加えてください。',
  };
  let description: Localized;
  if (keptText.length === 0) {
    description = {
      en: `Revokes the ${words.en} rule of ${group.id} for ${block.canonical}: it covers no VPC, internal range or directory controller.${note.en}`,
      ja: `${group.id} の ${block.canonical} に対する${words.ja}ルールを取り消します。対象に VPC、内部レンジ、ディレクトリコントローラーは含まれません。${note.ja}`,
    };
  } else if (added.length === 0) {
    description = {
      en: `Revokes the ${words.en} rule of ${group.id} for ${block.canonical}: the VPC, internal ranges and directory controllers it covers (${join(keptText, 'en')}) stay allowed by another rule with the same protocol and ports.${note.en}`,
      ja: `${group.id} の ${block.canonical} に対する${words.ja}ルールを取り消します。対象に含まれる VPC、内部レンジ、ディレクトリコントローラー (${join(keptText, 'ja')}) は、プロトコルとポートが同じ別のルールで引き続き許可されます。${note.ja}`,
    };
  } else {
    description = {
      en: `Replaces the ${words.en} rule of ${group.id} for ${block.canonical} by the same rule for ${join(added, 'en')}, the VPC, internal ranges and directory controllers it covers${added.length < keptText.length ? ' that no other rule allows yet' : ''}.${note.en}`,
      ja: `${group.id} の ${block.canonical} に対する${words.ja}ルールを、対象に含まれる VPC、内部レンジ、ディレクトリコントローラー${added.length < keptText.length ? 'のうち他のルールでまだ許可されていないもの' : ''} (${join(added, 'ja')}) に対する同じルールに置き換えます。${note.ja}`,
    };
  }
  return { operations, description };
}

/** Allows all traffic from the WorkSpaces' group to the directory controllers. */
export function groupAllowControllersFix(analysis: Analysis, group: SecurityGroup, controllers: readonly Cidr[]): RuleFix | undefined {
  if (!settled(analysis, 'sg', group) || controllers.length === 0) return undefined;
  const permissions: IpPermissionSpec[] = [];
  for (const family of FAMILIES) {
    const addresses = IntervalSet.of(controllers.filter((cidr) => cidr.family === family).map((cidr): [bigint, bigint] => [cidr.first, cidr.last]));
    if (addresses.isEmpty()) continue;
    if (!addresses.intersect(analysis.publicSpaceOf(group.vpcId)[family]).isEmpty()) return undefined;
    const blocks = fixBlocks(family, addresses);
    if (!blocks) return undefined;
    permissions.push(family === 4 ? { IpProtocol: '-1', IpRanges: blocks.map((cidr) => ({ CidrIp: cidr })) } : { IpProtocol: '-1', Ipv6Ranges: blocks.map((cidr) => ({ CidrIpv6: cidr })) });
  }
  const blocks = permissions.flatMap((permission) => [...(permission.IpRanges ?? []).map((range) => range.CidrIp), ...(permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6)]);
  return {
    operations: [{ action: 'authorize-security-group-egress', groupId: group.id, permissions }],
    description: {
      en: `Allows all outbound traffic from ${group.id} to the directory controllers (${join(blocks, 'en')}); no public address is allowed by it.`,
      ja: `${group.id} からディレクトリコントローラー (${join(blocks, 'ja')}) へのすべてのアウトバウンド通信を許可します。パブリックなアドレスは許可しません。`,
    },
  };
}
