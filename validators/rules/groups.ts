/**
 * Security-group rules: the WorkSpaces' groups should not rely on routes alone to keep public
 * addresses out, in either direction.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { coverageText, sgRuleText } from '../analysis/describe.ts';
import { IntervalSet } from '../net/interval-set.ts';
import { groupWithoutPublicFix } from '../fix/plan.ts';
import { defineRule, type RuleReport } from './rule.ts';

function publicRules(analysis: Analysis, egress: boolean): RuleReport<'allows'>[] {
  const reports: RuleReport<'allows'>[] = [];
  for (const group of analysis.workspacesGroups) {
    for (const rule of egress ? group.egress : group.ingress) {
      if (rule.peer.kind !== 'cidr') continue;
      const family = rule.peer.cidr.family;
      const space = analysis.publicSpaceOf(group.vpcId)[family];
      const reached = space.intersect(IntervalSet.range(rule.peer.cidr.first, rule.peer.cidr.last));
      if (reached.isEmpty()) continue;
      const fix = groupWithoutPublicFix(analysis, group, rule);
      reports.push({
        messageId: 'allows',
        data: { group: group.id },
        localizedData: { rule: sgRuleText(rule, group.name), coverage: coverageText(family, reached, space) },
        at: rule.at,
        ...(fix ? { fix } : {}),
      });
    }
  }
  return reports;
}

const SELECTION_NOTE = {
  en: 'The WorkSpaces’ groups are those in workspacesSecurityGroupIds, else those the WorkSpaces directory and the WorkSpaces’ interfaces show, else the groups named *_workspacesMembers, else every group given.',
  ja: 'WorkSpaces のグループとは、workspacesSecurityGroupIds に書いたもの、なければ WorkSpaces のディレクトリと WorkSpaces のインターフェイスからわかるもの、それもなければ *_workspacesMembers という名前のグループ、それもなければ入力のすべてのグループです。',
};

export const sgIngressPublic = defineRule({
  id: 'sg-ingress-public',
  category: 'sg',
  severity: 'warning',
  title: { en: 'The WorkSpaces’ security groups allow nothing in from public addresses', ja: 'WorkSpaces のセキュリティグループがパブリックなアドレスからの受信を許可しない' },
  description: {
    en: `WorkSpaces need no inbound rule on their primary interface for streaming: that uses the management interface. An inbound rule from public addresses (a troubleshooting RDP rule left behind is typical) is one route or Elastic IP away from exposure. ${SELECTION_NOTE.en}`,
    ja: `WorkSpaces のストリーミングは管理インターフェイスを使うので、プライマリインターフェイスにインバウンドルールは不要です。パブリックなアドレスからのインバウンドルール (トラブルシューティング用の RDP ルールの消し忘れが典型例) は、ルートか Elastic IP が 1 つ加わるだけで露出につながります。${SELECTION_NOTE.ja}`,
  },
  messages: {
    allows: { en: '{rule}: it lets in {coverage}.', ja: '{rule}。{coverage}からの受信を通します。' },
  },
  sources: ['ws-best-practices-security', 'ws-security-groups-archived', 'ec2-ip-permission'],
  check: (analysis) => publicRules(analysis, false),
});

export const sgEgressPublic = defineRule({
  id: 'sg-egress-public',
  category: 'sg',
  severity: 'warning',
  title: { en: 'The WorkSpaces’ security groups do not send to public addresses', ja: 'WorkSpaces のセキュリティグループがパブリックなアドレスへの送信を許可しない' },
  description: {
    en: `_workspacesMembers comes with egress to 0.0.0.0/0. In a closed VPC only the route table then stands between the WorkSpaces and the internet; limiting egress to the VPC and internal ranges (keeping the directory ports) makes the design hold even if a route is added. ${SELECTION_NOTE.en}`,
    ja: `_workspacesMembers は 0.0.0.0/0 へのアウトバウンドが許可された状態で作られます。閉域の VPC では、WorkSpaces とインターネットの間を隔てるのがルートテーブルだけになります。アウトバウンドを VPC と社内のレンジに絞れば (ディレクトリのポートは残したうえで)、ルートが追加されても設計が崩れません。${SELECTION_NOTE.ja}`,
  },
  messages: {
    allows: { en: '{rule}: it lets out traffic to {coverage}.', ja: '{rule}。{coverage}への送信を通します。' },
  },
  sources: ['ws-best-practices-security', 'ws-security-groups-archived', 'ec2-ip-permission'],
  check: (analysis) => publicRules(analysis, true),
});

export const GROUP_RULES = [sgIngressPublic, sgEgressPublic];
