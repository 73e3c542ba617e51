/**
 * Directory connectivity rules: a route to each directory controller, and for every port the
 * directory needs, the request and its stateless reply through the network ACLs on both sides,
 * and the request through the WorkSpaces' security groups.
 */
import type { Analysis, SubnetView } from '../analysis/analysis.ts';
import { entryText, routeDestination, targetText } from '../analysis/describe.ts';
import type { DirectoryIssue, DirectoryIssueKind } from '../analysis/directory.ts';
import { describeSpan, TCP, UDP } from '../net/traffic.ts';
import type { Localized } from '../types.ts';
import { allowBeforeFix, groupAllowControllersFix } from '../fix/plan.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { entryAt, groupEgressAt, routeAt, subnetList } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';

/** "TCP 88 (Kerberos), UDP 88 (Kerberos)" for the distinct flows of some issues, in flow order. */
function flowsText(issues: readonly DirectoryIssue[], withReplyPorts = false): Localized {
  const flows = [...new Set(issues.map((issue) => issue.flow))];
  const parts = flows.map((flow) => {
    const protocol = flow.protocol === 'tcp' ? TCP : UDP;
    const traffic = describeSpan([protocol, protocol], [flow.from, flow.to]);
    const [first, last] = flow.returnPorts;
    const reply = first === last ? `${first}` : `${first}–${last}`;
    return withReplyPorts
      ? { en: `${traffic.en} for ${flow.purpose.en} (replies to ${reply})`, ja: `${flow.purpose.ja}用の ${traffic.ja} (応答の宛先 ${reply})` }
      : { en: `${traffic.en} for ${flow.purpose.en}`, ja: `${flow.purpose.ja}用の ${traffic.ja}` };
  });
  return { en: parts.map((part) => part.en).join(', '), ja: parts.map((part) => part.ja).join('、') };
}

/**
 * Issues of the given kinds, grouped so that one finding covers every subnet and controller it
 * affects. Issues group together when their kind and both parts of their key are identical
 * (objects by identity), in the order the groups first appear.
 */
function grouped(analysis: Analysis, kinds: readonly DirectoryIssueKind[], key: (issue: DirectoryIssue) => readonly [unknown, unknown]): DirectoryIssue[][] {
  const groups: DirectoryIssue[][] = [];
  const index = new Map<DirectoryIssueKind, Map<unknown, Map<unknown, DirectoryIssue[]>>>();
  for (const issue of analysis.directory().issues) {
    if (!kinds.includes(issue.kind)) continue;
    const [outer, inner] = key(issue);
    let byOuter = index.get(issue.kind);
    if (!byOuter) index.set(issue.kind, (byOuter = new Map()));
    let byInner = byOuter.get(outer);
    if (!byInner) byOuter.set(outer, (byInner = new Map()));
    const group = byInner.get(inner);
    if (group) {
      group.push(issue);
    } else {
      const created = [issue];
      byInner.set(inner, created);
      groups.push(created);
    }
  }
  return groups;
}

const controllersOf = (issues: DirectoryIssue[]) => [...new Set(issues.map((issue) => issue.controller.text))].join(', ');
const subnetsOf = (issues: DirectoryIssue[]) => subnetList([...new Set(issues.flatMap((issue) => issue.subnets))]);

export const dirNoRoute = defineRule({
  id: 'dir-no-route',
  category: 'dir',
  severity: 'error',
  title: { en: 'The WorkSpaces subnets have a route to every directory controller', ja: 'WorkSpaces のサブネットからすべてのディレクトリコントローラーへのルートがある' },
  description: {
    en: 'A WorkSpace joins and talks to its directory over its primary interface, through the customer VPC. When the controllers are outside the VPC (on premises, in another VPC), the WorkSpaces subnets need a working route towards them; a missing or blackhole route breaks logon, Group Policy and Kerberos.',
    ja: 'WorkSpace はプライマリインターフェイスから、顧客の VPC を経由してディレクトリに参加し、通信します。コントローラーが VPC の外 (オンプレミスや別の VPC) にある場合、WorkSpaces のサブネットには有効なルートが必要です。ルートがない、あるいは blackhole だと、ログオン、グループポリシー、Kerberos が動きません。',
  },
  messages: {
    none: { en: 'No route in {table} leads to the directory controller {controller}: {subnets} cannot reach it.', ja: '{table} にはディレクトリコントローラー {controller} へのルートがありません。{subnets} からは届きません。' },
    blackhole: {
      en: 'The route to the directory controller {controller} is {destination} → {target} in {table}, a blackhole: {subnets} cannot reach it.',
      ja: 'ディレクトリコントローラー {controller} へのルートは {table} の {destination} → {target} で、blackhole です。{subnets} からは届きません。',
    },
  },
  sources: ['ws-ports-primary', 'vpc-route-tables'],
  check(analysis) {
    return grouped(analysis, ['no-route'], (issue) => [issue.subnets[0]?.routeTable, issue.controller.text]).map((issues): RuleReport<'none' | 'blackhole'> => {
      const first = issues[0] as DirectoryIssue;
      const table = first.subnets[0]?.routeTable;
      const data = { table: table?.id ?? '', controller: first.controller.text };
      if (first.route) {
        return { messageId: 'blackhole', data: { ...data, destination: routeDestination(first.route) }, localizedData: { target: targetText(first.route.target), subnets: subnetsOf(issues) }, at: routeAt(first.route) };
      }
      return { messageId: 'none', data, localizedData: { subnets: subnetsOf(issues) }, at: table?.at ?? (first.subnets[0] as SubnetView).at };
    });
  },
});

const REQUEST_KINDS = ['acl-request', 'controller-acl-request'] as const;
const REPLY_KINDS = ['acl-reply', 'controller-acl-reply'] as const;

const CONTROLLERS: Localized = { en: 'the directory controllers', ja: 'ディレクトリコントローラー' };
const WORKSPACES_SUBNETS: Localized = { en: 'the WorkSpaces subnets', ja: 'WorkSpaces のサブネット' };

/**
 * Allows the blocked traffic before the entry that denies it: on the WorkSpaces side to and from
 * the controllers, on the controllers' side to and from the WorkSpaces subnets.
 */
function aclFix(analysis: Analysis, issues: readonly DirectoryIssue[]) {
  const first = issues[0] as DirectoryIssue;
  if (!first.entry || !first.acl) return undefined;
  const family = first.family;
  const controllerSide = first.kind === 'controller-acl-request' || first.kind === 'controller-acl-reply';
  const blocks = controllerSide
    ? // Each subnet once: the issues of one entry (a flow each) list the same subnets over and over.
      [...new Set(issues.flatMap((issue) => issue.subnets))].flatMap((subnet) => subnet.cidrs.filter((cidr) => cidr.family === family))
    : issues.map((issue) => issue.controller.cidr).filter((cidr) => cidr.family === family);
  const addresses = IntervalSet.of(blocks.map((cidr): [bigint, bigint] => [cidr.first, cidr.last]));
  return allowBeforeFix(analysis, first.acl, first.entry, addresses, controllerSide ? WORKSPACES_SUBNETS : CONTROLLERS);
}

function aclReport<M extends string>(analysis: Analysis, issues: DirectoryIssue[], messageId: M, replies: boolean): RuleReport<M | `${M}Advisory`> {
  const first = issues[0] as DirectoryIssue;
  const entry = first.entry;
  const advisory = first.flow.level === 'advisory';
  const fix = aclFix(analysis, issues);
  return {
    messageId: advisory ? `${messageId}Advisory` : messageId,
    ...(advisory ? { severity: 'info' as const } : {}),
    data: { controllers: controllersOf(issues), controllerSubnet: first.controllerSubnet?.id ?? '' },
    localizedData: { flows: flowsText(issues, replies), subnets: subnetsOf(issues), entry: entry ? entryText(entry) : { en: '', ja: '' } },
    at: entry ? entryAt(entry) : (first.acl?.at ?? (first.subnets[0] as SubnetView).at),
    ...(fix ? { fix } : {}),
  };
}

/** One finding per deciding entry (an entry belongs to one ACL) and level: every flow it blocks, for every subnet and controller. */
const aclKey = (issue: DirectoryIssue) => [issue.entry ?? issue.acl, issue.flow.level] as const;

const ADVISORY_NOTE: Localized = {
  en: ' These are listed by AWS but rarely needed: Windows uses them only if its dynamic port range was changed, or for little-used UDP variants.',
  ja: ' これらは AWS が記載しているものの、必要になることはまれです。Windows が使うのは動的ポートの範囲を変えた場合か、ほとんど使われない UDP 版だけです。',
};

const advisory = (message: Localized): Localized => ({ en: message.en + ADVISORY_NOTE.en, ja: message.ja + ADVISORY_NOTE.ja });

const REQUEST_MESSAGE: Localized = {
  en: 'Directory traffic from {subnets} to the controllers {controllers} is denied: {entry}. Blocked: {flows}.',
  ja: '{subnets} からディレクトリコントローラー {controllers} への通信が拒否されます: {entry}。拒否されるもの: {flows}。',
};
const CONTROLLER_REQUEST_MESSAGE: Localized = {
  en: 'Directory traffic from {subnets} is denied on its way into the controllers’ subnet {controllerSubnet} ({controllers}): {entry}. Blocked: {flows}.',
  ja: '{subnets} からのディレクトリ通信が、コントローラーのサブネット {controllerSubnet} ({controllers}) に入るところで拒否されます: {entry}。拒否されるもの: {flows}。',
};

export const naclDirectoryBlocked = defineRule({
  id: 'nacl-directory-blocked',
  category: 'nacl',
  severity: 'error',
  title: { en: 'The network ACLs let every directory request through', ja: 'ネットワーク ACL がディレクトリへの要求をすべて通す' },
  description: {
    en: 'Checks each port the directory needs (DNS, Kerberos, NTP, RPC, NetBIOS, LDAP, SMB, Kerberos password change, LDAPS, Global Catalog, dynamic RPC) from the WorkSpaces subnets to each directory controller, on the WorkSpaces subnet’s network ACL going out and, when the controllers’ subnet is in the inputs, on its ACL coming in. Traffic inside one subnet is not filtered by network ACLs and is not checked.',
    ja: 'ディレクトリが必要とする各ポート (DNS、Kerberos、NTP、RPC、NetBIOS、LDAP、SMB、Kerberos のパスワード変更、LDAPS、グローバルカタログ、RPC の動的ポート) について、WorkSpaces のサブネットから各ディレクトリコントローラーへの通信を確認します。WorkSpaces 側のネットワーク ACL の送信と、コントローラーのサブネットが入力にあればその ACL の受信を見ます。同じサブネット内の通信はネットワーク ACL の対象外なので確認しません。',
  },
  messages: {
    request: REQUEST_MESSAGE,
    requestAdvisory: advisory(REQUEST_MESSAGE),
    controllerRequest: CONTROLLER_REQUEST_MESSAGE,
    controllerRequestAdvisory: advisory(CONTROLLER_REQUEST_MESSAGE),
  },
  sources: ['ws-ports-primary', 'ws-best-practices-security', 'vpc-nacls'],
  check(analysis) {
    return grouped(analysis, REQUEST_KINDS, aclKey).map((issues) => aclReport(analysis, issues, issues[0]?.kind === 'acl-request' ? 'request' : 'controllerRequest', false));
  },
});

const REPLY_MESSAGE: Localized = {
  en: 'Replies from the directory controllers {controllers} back to {subnets} are denied: {entry}. Network ACLs are stateless, so replies need their own rule. Blocked replies: {flows}.',
  ja: 'ディレクトリコントローラー {controllers} から {subnets} へ戻る応答が拒否されます: {entry}。ネットワーク ACL はステートレスなので、応答にも専用のルールが必要です。拒否される応答: {flows}。',
};
const CONTROLLER_REPLY_MESSAGE: Localized = {
  en: 'Replies leaving the controllers’ subnet {controllerSubnet} for {subnets} are denied: {entry}. Network ACLs are stateless, so replies need their own rule. Blocked replies: {flows}.',
  ja: 'コントローラーのサブネット {controllerSubnet} から {subnets} へ出ていく応答が拒否されます: {entry}。ネットワーク ACL はステートレスなので、応答にも専用のルールが必要です。拒否される応答: {flows}。',
};

export const naclReturnBlocked = defineRule({
  id: 'nacl-return-blocked',
  category: 'nacl',
  severity: 'error',
  title: { en: 'The network ACLs let the replies of directory traffic back', ja: 'ネットワーク ACL がディレクトリ通信の応答を戻す' },
  description: {
    en: 'Network ACLs are stateless: the reply of each directory request is a separate packet that needs its own allow rule, inbound on the WorkSpaces subnet and outbound on the controllers’ subnet. Replies go to the WorkSpace’s ephemeral ports (49152–65535 on Windows), except NTP, whose Windows client sends from UDP 123 and gets its reply there.',
    ja: 'ネットワーク ACL はステートレスです。ディレクトリへの要求の応答は別のパケットで、WorkSpaces 側のサブネットでは受信、コントローラー側のサブネットでは送信に、それぞれ許可ルールが必要です。応答の宛先は WorkSpace のエフェメラルポート (Windows では 49152–65535) です。ただし NTP は Windows のクライアントが UDP 123 から送信するため、応答も 123 に戻ります。',
  },
  messages: {
    reply: REPLY_MESSAGE,
    replyAdvisory: advisory(REPLY_MESSAGE),
    controllerReply: CONTROLLER_REPLY_MESSAGE,
    controllerReplyAdvisory: advisory(CONTROLLER_REPLY_MESSAGE),
  },
  sources: ['vpc-nacls', 'vpc-nacls-archived', 'ws-ports-client', 'ms-w32time-tools'],
  check(analysis) {
    return grouped(analysis, REPLY_KINDS, aclKey).map((issues) => aclReport(analysis, issues, issues[0]?.kind === 'acl-reply' ? 'reply' : 'controllerReply', true));
  },
});

const SG_MISSING: Localized = {
  en: 'No egress rule of {groups} allows this directory traffic to the controllers {controllers}: {flows}.',
  ja: '{groups} のアウトバウンドルールには、ディレクトリコントローラー {controllers} への次の通信を許可するものがありません: {flows}。',
};

export const sgDirectoryEgress = defineRule({
  id: 'sg-directory-egress',
  category: 'sg',
  severity: 'error',
  title: { en: 'The WorkSpaces security groups let every directory request out', ja: 'WorkSpaces のセキュリティグループがディレクトリへの要求をすべて送り出す' },
  description: {
    en: 'A restricted egress on the WorkSpaces’ security groups (instead of the default allow-all) must still allow the directory ports to the controllers. Security groups are stateful, so replies need no rule.',
    ja: 'WorkSpaces のセキュリティグループのアウトバウンドを (既定の全許可から) 絞る場合も、コントローラーへのディレクトリのポートは許可し続ける必要があります。セキュリティグループはステートフルなので、応答のためのルールは不要です。',
  },
  messages: {
    missing: SG_MISSING,
    missingAdvisory: advisory(SG_MISSING),
    unresolved: {
      en: 'Directory traffic to the controllers {controllers} is allowed only by a rule that references a group or prefix list not in the inputs; make sure the controllers are in it. Concerned: {flows}.',
      ja: 'ディレクトリコントローラー {controllers} への通信を許可しているのは、入力にないグループかプレフィックスリストを参照するルールだけです。コントローラーがそこに含まれることを確認してください。対象: {flows}。',
    },
  },
  sources: ['ws-best-practices-security', 'ws-ports-primary', 'ds-managed-ad-created'],
  check(analysis) {
    const groups = analysis.workspacesGroups;
    const names = groups.map((group) => (group.name ? `${group.id} (${group.name})` : group.id)).join(', ');
    return grouped(analysis, ['sg-egress', 'sg-egress-unresolved'], (issue) => [issue.kind === 'sg-egress-unresolved' ? 'unresolved' : issue.flow.level, undefined]).map((issues): RuleReport<'missing' | 'missingAdvisory' | 'unresolved'> => {
      const first = issues[0] as DirectoryIssue;
      const advisoryFlow = first.flow.level === 'advisory';
      const unresolved = first.kind === 'sg-egress-unresolved';
      const group = groups[0];
      // Whether the unresolved peer holds the controllers is for the reader to check: no fix for it.
      const fix = !unresolved && group ? groupAllowControllersFix(analysis, group, [...new Set(issues.map((issue) => issue.controller.cidr))]) : undefined;
      return {
        messageId: unresolved ? 'unresolved' : advisoryFlow ? 'missingAdvisory' : 'missing',
        ...(unresolved || advisoryFlow ? { severity: 'info' as const } : {}),
        data: { groups: names, controllers: controllersOf(issues) },
        localizedData: { flows: flowsText(issues) },
        at: groups[0] ? groupEgressAt(groups[0]) : (first.subnets[0] as SubnetView).at,
        ...(fix ? { fix } : {}),
      };
    });
  },
});

export const DIRECTORY_RULES = [dirNoRoute, naclDirectoryBlocked, naclReturnBlocked, sgDirectoryEgress];
