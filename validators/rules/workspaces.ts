/**
 * The `ws-*` rules: what the WorkSpaces documents (describe-workspace-directories,
 * describe-workspaces, describe-network-interfaces) say about a closed design beyond the paths:
 * public addresses handed to WorkSpaces, streaming that falls back to the internet, WorkSpaces
 * outside their directory's subnets, interfaces with groups the directory does not name, and
 * directory groups the inputs do not hold.
 */
import { directoryGroups } from '../analysis/workspaces.ts';
import { groupNames } from '../analysis/describe.ts';
import type { Analysis } from '../analysis/analysis.ts';
import type { NetworkInterface, Workspace, WorkspaceDirectory } from '../model.ts';
import type { Localized } from '../types.ts';
import { defineRule, type RuleReport } from './rule.ts';

/** The directories a WorkSpace's interface belongs to: its WorkSpaces' directories, else those of its subnet. */
function directoriesOfInterface(analysis: Analysis, eni: NetworkInterface, carried: readonly Workspace[]): WorkspaceDirectory[] {
  const inputs = analysis.workspacesInputs;
  const ids = new Set(carried.flatMap((workspace) => (workspace.directoryId ? [workspace.directoryId] : [])));
  if (ids.size > 0) return inputs.directories.filter((directory) => ids.has(directory.id));
  return eni.subnetId ? (inputs.directoriesBySubnet.get(eni.subnetId) ?? []) : [];
}

/** The WorkSpaces an interface carries, by id, or "a WorkSpace" when only its description tells it. */
function workspacesOf(carried: readonly Workspace[]): Localized {
  const ids = carried.map((workspace) => workspace.id).join(', ');
  return ids ? { en: ids, ja: ids } : { en: 'a WorkSpace', ja: 'WorkSpace' };
}

const groupLabel = (analysis: Analysis, id: string) => groupNames([analysis.resources.securityGroups.find((group) => group.id === id) ?? { id }]);

export const wsInternetAccess = defineRule({
  id: 'ws-internet-access',
  category: 'ws',
  severity: 'error',
  title: { en: 'WorkSpaces get no public IP address', ja: 'WorkSpaces にパブリック IP アドレスが付かない' },
  description: {
    en: 'With EnableInternetAccess set on a directory, every WorkSpace it launches or rebuilds gets a public IPv4 address on its interface in the VPC. No packet reaches the internet without a route to an internet gateway, so the verdict does not change by itself, but a closed design has no use for a public address, and one route added later exposes every such WorkSpace. The rule also flags a WorkSpace’s interface that already has one.',
    ja: 'ディレクトリで EnableInternetAccess を有効にすると、そのディレクトリで起動・再構築するすべての WorkSpace の VPC 側のインターフェイスにパブリック IPv4 アドレスが付きます。インターネットゲートウェイへのルートがなければパケットはインターネットに届かないので、これだけで判定は変わりません。しかし閉域の構成にパブリックアドレスは不要で、後からルートが 1 本追加されるだけで該当する WorkSpace がすべて外部にさらされます。すでにパブリックアドレスが付いている WorkSpace のインターフェイスも指摘します。',
  },
  messages: {
    directory: {
      en: '{directory} has EnableInternetAccess set to true: every WorkSpace it launches or rebuilds gets a public IP address.',
      ja: '{directory} は EnableInternetAccess が true です。このディレクトリで起動・再構築する WorkSpace にはすべてパブリック IP アドレスが付きます。',
    },
    interface: {
      en: '{interface}, the interface of {workspace}, has the public IP address {address}.',
      ja: '{workspace} のインターフェイス {interface} にパブリック IP アドレス {address} が付いています。',
    },
  },
  sources: ['ws-api-creation-properties', 'cli-modify-workspace-creation-properties', 'ec2-network-interface'],
  check(analysis) {
    const reports: RuleReport<'directory' | 'interface'>[] = [];
    for (const directory of analysis.workspacesInputs.directories) {
      if (directory.enableInternetAccess?.value === true) reports.push({ messageId: 'directory', data: { directory: directory.id }, at: directory.enableInternetAccess.at });
    }
    for (const [eni, carried] of analysis.workspacesInputs.interfaces) {
      if (!eni.publicIp) continue;
      const workspace = workspacesOf(carried);
      reports.push({ messageId: 'interface', data: { interface: eni.id, address: eni.publicIp.address, workspace: workspace.en }, localizedData: { workspace }, at: eni.publicIp.at });
    }
    return reports;
  },
});

export const wsInternetFallback = defineRule({
  id: 'ws-internet-fallback',
  category: 'ws',
  severity: 'warning',
  title: { en: 'Streaming does not fall back to the internet', ja: 'ストリーミングがインターネットにフォールバックしない' },
  description: {
    en: 'A directory that streams through an interface VPC endpoint (AccessEndpointConfig) can let listed protocols fall back to the public internet when the endpoint cannot be used (InternetFallbackProtocols). Streaming goes through the WorkSpace’s management interface, not the VPC, so the verdict does not see it; a closed design keeps the list empty.',
    ja: 'インターフェイス VPC エンドポイント経由でストリーミングするディレクトリ (AccessEndpointConfig) では、エンドポイントが使えないときに、指定したプロトコルをパブリックなインターネット経由にフォールバックさせることができます (InternetFallbackProtocols)。ストリーミングは VPC ではなく WorkSpace の管理インターフェイスを通るため判定には表れません。閉域の構成ではこのリストを空にしておきます。',
  },
  messages: {
    fallback: {
      en: '{directory} lets {protocols} fall back to the public internet when the streaming VPC endpoint cannot be used.',
      ja: '{directory} は、ストリーミング用の VPC エンドポイントが使えないとき {protocols} をパブリックなインターネットにフォールバックさせます。',
    },
  },
  sources: ['ws-api-access-endpoint-config', 'ws-privatelink-streaming', 'cli-modify-workspace-access-properties'],
  check(analysis) {
    return analysis.workspacesInputs.directories.flatMap((directory) =>
      directory.internetFallbackProtocols.map((fallback) => ({ messageId: 'fallback' as const, data: { directory: directory.id, protocols: fallback.protocols.join(', ') }, at: fallback.at })),
    );
  },
});

export const wsWorkspaceSubnet = defineRule({
  id: 'ws-workspace-subnet',
  category: 'ws',
  severity: 'warning',
  title: { en: 'Each WorkSpace is in one of its directory’s subnets', ja: '各 WorkSpace がディレクトリのサブネットにある' },
  description: {
    en: 'WorkSpaces are launched in the subnets their directory lists. One in another subnet was launched before the directory’s subnets changed, or the documents come from different moments. Either way it is a WorkSpaces subnet: the verdict judges it with the directory’s subnets.',
    ja: 'WorkSpaces はディレクトリに登録したサブネットで起動されます。それ以外のサブネットにある WorkSpace は、ディレクトリのサブネットが変わる前に起動されたか、ドキュメントの取得時点が異なるかのどちらかです。いずれにせよそこは WorkSpaces のサブネットなので、ディレクトリのサブネットと合わせて判定します。',
  },
  messages: {
    outside: {
      en: '{workspace} is in {subnet}, which {directory} does not list ({subnets}); the verdict judges {subnet} as a WorkSpaces subnet too.',
      ja: '{workspace} は {subnet} にありますが、{directory} のサブネット ({subnets}) には含まれていません。{subnet} も WorkSpaces のサブネットとして判定します。',
    },
  },
  sources: ['ws-api-workspace', 'ws-api-directory'],
  check(analysis) {
    const reports: RuleReport<'outside'>[] = [];
    const inputs = analysis.workspacesInputs;
    for (const workspace of inputs.workspaces) {
      if (!workspace.subnetId || !workspace.directoryId) continue;
      const versions = inputs.directories.filter((directory) => directory.id === workspace.directoryId);
      if (versions.length === 0 || versions.some((directory) => directory.subnetIds.some((subnet) => subnet.id === workspace.subnetId))) continue;
      const listed = [...new Set(versions.flatMap((directory) => directory.subnetIds.map((subnet) => subnet.id)))];
      reports.push({
        messageId: 'outside',
        data: { workspace: workspace.id, subnet: workspace.subnetId, directory: workspace.directoryId, subnets: listed.join(', ') || '—' },
        at: workspace.subnetAt ?? workspace.at,
      });
    }
    return reports;
  },
});

export const wsInterfaceGroups = defineRule({
  id: 'ws-interface-groups',
  category: 'ws',
  severity: 'info',
  title: { en: 'The WorkSpaces’ interfaces carry their directory’s groups', ja: 'WorkSpaces のインターフェイスにディレクトリのグループが付いている' },
  description: {
    en: 'A directory gives every WorkSpace it launches its WorkspaceSecurityGroupId and, when set, its CustomSecurityGroupId. An interface with another group was created under an earlier custom group or changed by hand: its rules add up with the others. The verdict weighs the groups each interface really has; this note says where they differ from the directory’s.',
    ja: 'ディレクトリは、起動するすべての WorkSpace に WorkspaceSecurityGroupId と、設定されていれば CustomSecurityGroupId を付けます。それ以外のグループが付いたインターフェイスは、以前のカスタムグループのもとで作られたか、手で変更されたものです。そのルールもほかのグループと合算されます。判定は各インターフェイスに実際に付いているグループで行います。この指摘は、それがディレクトリのグループと違う箇所を示します。',
  },
  messages: {
    extra: {
      en: '{interface} ({workspace}) carries {group}, which {directory} does not name (its groups: {expected}).',
      ja: '{interface} ({workspace}) には {group} が付いていますが、{directory} のグループ ({expected}) ではありません。',
    },
  },
  sources: ['ws-security-groups-archived', 'ws-api-creation-properties', 'cli-describe-network-interfaces'],
  check(analysis) {
    const reports: RuleReport<'extra'>[] = [];
    for (const [eni, carried] of analysis.workspacesInputs.interfaces) {
      const directories = directoriesOfInterface(analysis, eni, carried).filter((directory) => directory.workspaceSecurityGroupId);
      if (directories.length === 0) continue;
      const expected = new Set(directories.flatMap((directory) => directoryGroups(directory).map((group) => group.id)));
      const workspace = workspacesOf(carried);
      for (const group of eni.groupIds) {
        if (expected.has(group.id)) continue;
        reports.push({
          messageId: 'extra',
          data: { interface: eni.id, workspace: workspace.en, group: groupLabel(analysis, group.id), directory: [...new Set(directories.map((directory) => directory.id))].join(', '), expected: [...expected].join(', ') },
          localizedData: { workspace },
          at: group.at,
        });
      }
    }
    return reports;
  },
});

export const wsGroupMissing = defineRule({
  id: 'ws-group-missing',
  category: 'ws',
  severity: 'warning',
  title: { en: 'Every group on the WorkSpaces is in the inputs', ja: 'WorkSpaces に付くグループがすべて入力にある' },
  description: {
    en: 'The groups a directory names, and those on the WorkSpaces’ interfaces, are the WorkSpaces’ security groups. One that describe-security-groups did not print may allow anything, so the parts of the verdict it could decide are unverified until it is added.',
    ja: 'ディレクトリが指定するグループと、WorkSpaces のインターフェイスに付いているグループが、WorkSpaces のセキュリティグループです。describe-security-groups の出力にないグループは何を許可しているかわからないため、それが左右しうる判定の部分は、追加されるまで未確認になります。',
  },
  messages: {
    directory: {
      en: '{group}, the {field} of {directory}, is not in the inputs; add the output of aws ec2 describe-security-groups --group-ids {group}.',
      ja: '{directory} の {field} である {group} が入力にありません。aws ec2 describe-security-groups --group-ids {group} の出力を加えてください。',
    },
    interface: {
      en: '{group}, attached to {interface} ({workspace}), is not in the inputs; add the output of aws ec2 describe-security-groups --group-ids {group}.',
      ja: '{interface} ({workspace}) に付いている {group} が入力にありません。aws ec2 describe-security-groups --group-ids {group} の出力を加えてください。',
    },
  },
  sources: ['cli-describe-security-groups', 'ws-api-directory'],
  check(analysis) {
    // Typed groups replace what the documents say: then input-context and path-unverified speak of them.
    if (analysis.context.workspacesSecurityGroupIds) return [];
    const given = new Set(analysis.resources.securityGroups.map((group) => group.id));
    const reports: RuleReport<'directory' | 'interface'>[] = [];
    for (const directory of analysis.workspacesInputs.directories) {
      for (const group of directoryGroups(directory)) {
        if (!given.has(group.id)) reports.push({ messageId: 'directory', data: { group: group.id, field: group.field, directory: directory.id }, at: group.at });
      }
    }
    for (const [eni, carried] of analysis.workspacesInputs.interfaces) {
      const workspace = workspacesOf(carried);
      for (const group of eni.groupIds) if (!given.has(group.id)) reports.push({ messageId: 'interface', data: { group: group.id, interface: eni.id, workspace: workspace.en }, localizedData: { workspace }, at: group.at });
    }
    return reports;
  },
});

export const WORKSPACES_RULES = [wsInternetAccess, wsInternetFallback, wsWorkspaceSubnet, wsInterfaceGroups, wsGroupMissing];
