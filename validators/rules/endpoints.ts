/**
 * VPC endpoints the WorkSpaces cannot use: HTTPS to a gateway endpoint's service ranges or to an
 * interface endpoint's subnets, stopped by a network ACL (request or stateless reply, on either
 * side) or by a security group (the WorkSpaces' egress, the endpoint's own ingress). A closed
 * design reaches AWS services only through its endpoints; a blocked one fails silently.
 */
import { blockListText, entryText, routeDestination } from '../analysis/describe.ts';
import { allowsEverything, dataServiceOf } from '../analysis/endpoint-policy.ts';
import { analyseEndpoints, REPLY_PORTS, type EndpointIssue, type EndpointIssueKind } from '../analysis/endpoints.ts';
import type { SecurityGroup } from '../model.ts';
import type { Localized } from '../types.ts';
import { entryAt, subnetList } from './evidence.ts';
import { defineRule, type RuleReport } from './rule.ts';

const groupNames = (groups: readonly SecurityGroup[]) => groups.map((group) => (group.name ? `${group.id} (${group.name})` : group.id)).join(', ');
const PORTS = `${REPLY_PORTS[0]}–${REPLY_PORTS[1]}`;

const issuesOf = (analysis: Parameters<typeof analyseEndpoints>[0], kinds: readonly EndpointIssueKind[]) => analyseEndpoints(analysis).issues.filter((issue) => kinds.includes(issue.kind));

/** Placeholders every endpoint finding fills. */
function common(issue: EndpointIssue): { data: Record<string, string>; localizedData: Record<string, Localized> } {
  const route = issue.use?.route;
  return {
    data: {
      endpoint: issue.endpointId,
      service: issue.service,
      table: issue.use?.table.id ?? '',
      destination: route ? routeDestination(route) : '',
      list: issue.use?.list.id ?? '',
      endpointSubnet: issue.endpointSubnet?.id ?? '',
      ports: PORTS,
    },
    localizedData: { subnets: subnetList(issue.subnets), ranges: blockListText(issue.family, issue.addresses) },
  };
}

type NaclMessage = 'gatewayRequest' | 'gatewayReply' | 'interfaceRequest' | 'interfaceReply' | 'interfaceEndpointRequest' | 'interfaceEndpointReply';

const NACL_MESSAGES: Record<Extract<EndpointIssueKind, `${string}-request` | `${string}-reply`>, NaclMessage> = {
  'gateway-request': 'gatewayRequest',
  'gateway-reply': 'gatewayReply',
  'interface-request': 'interfaceRequest',
  'interface-reply': 'interfaceReply',
  'interface-endpoint-request': 'interfaceEndpointRequest',
  'interface-endpoint-reply': 'interfaceEndpointReply',
};

export const naclEndpointBlocked = defineRule({
  id: 'nacl-endpoint-blocked',
  category: 'nacl',
  severity: 'warning',
  title: { en: 'The WorkSpaces subnets’ network ACLs let HTTPS through to their VPC endpoints', ja: 'WorkSpaces のサブネットのネットワーク ACL が VPC エンドポイントへの HTTPS を通す' },
  description: {
    en: 'A closed design reaches AWS services only through its VPC endpoints. A network ACL cannot name a prefix list, so a gateway endpoint’s service (the CIDRs of the S3 or DynamoDB prefix list) must be allowed by CIDR: HTTPS (TCP 443) out, and the replies in to the ephemeral ports 49152–65535, because network ACLs are stateless. An interface endpoint is an address in a subnet of the VPC: the WorkSpaces subnet’s ACL must let the request out and the reply in, and the endpoint subnet’s ACL the request in and the reply out (nothing is filtered inside one subnet). Checked where the inputs settle it: the endpoint in describe-vpc-endpoints, the prefix list’s CIDRs, the endpoint subnets in describe-subnets.',
    ja: '閉域の構成が AWS のサービスに届くのは VPC エンドポイント経由だけです。ネットワーク ACL にはプレフィックスリストを書けないため、ゲートウェイエンドポイントのサービス (S3 や DynamoDB のプレフィックスリストの CIDR) は CIDR で許可する必要があります。ネットワーク ACL はステートレスなので、送信する HTTPS (TCP 443) と、エフェメラルポート 49152–65535 に戻る応答の受信の両方が必要です。インターフェイスエンドポイントは VPC 内のサブネットにあるアドレスで、WorkSpaces 側のサブネットの ACL ではリクエストの送信と応答の受信を、エンドポイントのサブネットの ACL ではリクエストの受信と応答の送信を通す必要があります (同じサブネット内の通信は対象外です)。describe-vpc-endpoints のエンドポイント、プレフィックスリストの CIDR、describe-subnets のエンドポイントのサブネットがそろっている範囲で確認します。',
  },
  messages: {
    gatewayRequest: {
      en: '{entry}, so HTTPS from {subnets} to {ranges} ({service}) is dropped on its way out: gateway endpoint {endpoint} of route {destination} in {table} cannot be used.',
      ja: '{entry}。そのため {subnets} から {ranges} ({service}) への HTTPS は送信で破棄され、{table} のルート {destination} のゲートウェイエンドポイント {endpoint} を使えません。',
    },
    gatewayReply: {
      en: '{entry}, so the replies from {ranges} ({service}) to ports {ports} of {subnets} are dropped on their way in (network ACLs are stateless): gateway endpoint {endpoint} of route {destination} in {table} cannot be used.',
      ja: '{entry}。そのため {ranges} ({service}) から {subnets} のポート {ports} に戻る応答は受信で破棄され (ネットワーク ACL はステートレスです)、{table} のルート {destination} のゲートウェイエンドポイント {endpoint} を使えません。',
    },
    interfaceRequest: {
      en: '{entry}, so HTTPS from {subnets} to {ranges} in {endpointSubnet}, where interface endpoint {endpoint} ({service}) is, is dropped on its way out.',
      ja: '{entry}。そのため {subnets} から、インターフェイスエンドポイント {endpoint} ({service}) のある {endpointSubnet} の {ranges} への HTTPS は送信で破棄されます。',
    },
    interfaceReply: {
      en: '{entry}, so the replies of interface endpoint {endpoint} ({service}) from {ranges} in {endpointSubnet} to ports {ports} of {subnets} are dropped on their way in (network ACLs are stateless).',
      ja: '{entry}。そのため {endpointSubnet} の {ranges} にあるインターフェイスエンドポイント {endpoint} ({service}) から {subnets} のポート {ports} に戻る応答は受信で破棄されます (ネットワーク ACL はステートレスです)。',
    },
    interfaceEndpointRequest: {
      en: '{entry}, so HTTPS from {subnets} is dropped on its way into {endpointSubnet}, where interface endpoint {endpoint} ({service}) is.',
      ja: '{entry}。そのため {subnets} からの HTTPS は、インターフェイスエンドポイント {endpoint} ({service}) のある {endpointSubnet} に入るところで破棄されます。',
    },
    interfaceEndpointReply: {
      en: '{entry}, so the replies of interface endpoint {endpoint} ({service}) to ports {ports} of {subnets} are dropped on their way out of {endpointSubnet} (network ACLs are stateless).',
      ja: '{entry}。そのため インターフェイスエンドポイント {endpoint} ({service}) から {subnets} のポート {ports} に戻る応答は、{endpointSubnet} から出るところで破棄されます (ネットワーク ACL はステートレスです)。',
    },
  },
  sources: ['vpc-nacls', 'vpc-prefix-list-references', 'vpc-gateway-endpoints', 'vpc-interface-endpoints', 'ws-ports-client'],
  check(analysis) {
    return issuesOf(analysis, Object.keys(NACL_MESSAGES) as EndpointIssueKind[]).map((issue): RuleReport<NaclMessage> => {
      const { data, localizedData } = common(issue);
      const entry = issue.entry;
      return {
        messageId: NACL_MESSAGES[issue.kind as keyof typeof NACL_MESSAGES],
        data,
        localizedData: { ...localizedData, entry: entry ? entryText(entry) : { en: '', ja: '' } },
        at: entry ? entryAt(entry) : (issue.acl?.at ?? (issue.subnets[0] as EndpointIssue['subnets'][number]).at),
      };
    });
  },
});

type SgMessage = 'gatewayEgress' | 'interfaceEgress' | 'interfaceIngress';

export const sgEndpointBlocked = defineRule({
  id: 'sg-endpoint-blocked',
  category: 'sg',
  severity: 'warning',
  title: { en: 'The security groups let the WorkSpaces use their VPC endpoints over HTTPS', ja: 'セキュリティグループが WorkSpaces から VPC エンドポイントへの HTTPS を通す' },
  description: {
    en: 'Security groups are stateful, so only the request needs a rule: the WorkSpaces’ groups must allow HTTPS (TCP 443) out to the gateway endpoint’s service (a rule for its prefix list does it) and to the interface endpoint’s subnets or its security group, and the interface endpoint’s own groups must allow HTTPS in from the WorkSpaces’ subnets or groups. A group that keeps its egress to the VPC, as many closed designs do, silently cuts the WorkSpaces off the S3 gateway endpoint. Checked where the inputs give the groups, the endpoint and the addresses.',
    ja: 'セキュリティグループはステートフルなので、ルールが必要なのはリクエストの方向だけです。WorkSpaces のグループでは、ゲートウェイエンドポイントのサービス (そのプレフィックスリストを宛先にしたルールで足ります) と、インターフェイスエンドポイントのサブネットまたはそのセキュリティグループへの HTTPS (TCP 443) の送信を、インターフェイスエンドポイント自身のグループでは、WorkSpaces のサブネットまたはグループからの HTTPS の受信を許可する必要があります。閉域の構成でよくある、アウトバウンドを VPC 内に絞ったグループでは、WorkSpaces は S3 のゲートウェイエンドポイントを使えなくなりますが、何も表示されません。グループ、エンドポイント、アドレスが入力にそろっている範囲で確認します。',
  },
  messages: {
    gatewayEgress: {
      en: 'The WorkSpaces’ security groups {groups} allow no HTTPS to {ranges} ({service}): {subnets} cannot use gateway endpoint {endpoint} of route {destination} in {table}. An egress rule for TCP 443 to prefix list {list} lets it through.',
      ja: 'WorkSpaces のセキュリティグループ {groups} は {ranges} ({service}) への HTTPS を許可していません。{subnets} は {table} のルート {destination} のゲートウェイエンドポイント {endpoint} を使えません。プレフィックスリスト {list} 宛ての TCP 443 を許可するアウトバウンドルールがあれば通ります。',
    },
    interfaceEgress: {
      en: 'The WorkSpaces’ security groups {groups} allow no HTTPS to {ranges}, where interface endpoint {endpoint} ({service}) is: {subnets} cannot use it.',
      ja: 'WorkSpaces のセキュリティグループ {groups} は、インターフェイスエンドポイント {endpoint} ({service}) のある {ranges} への HTTPS を許可していません。{subnets} からは使えません。',
    },
    interfaceIngress: {
      en: 'The security groups of interface endpoint {endpoint} ({service}), {groups}, allow no HTTPS in from {ranges}: {subnets} cannot use it.',
      ja: 'インターフェイスエンドポイント {endpoint} ({service}) のセキュリティグループ {groups} は、{ranges} からの HTTPS の受信を許可していません。{subnets} からは使えません。',
    },
  },
  sources: ['ec2-ip-permission', 'vpc-prefix-list-references', 'vpc-gateway-endpoints', 'vpc-interface-endpoints', 'ws-best-practices-security'],
  check(analysis) {
    const messages: Partial<Record<EndpointIssueKind, SgMessage>> = { 'gateway-egress': 'gatewayEgress', 'interface-egress': 'interfaceEgress', 'interface-ingress': 'interfaceIngress' };
    return issuesOf(analysis, Object.keys(messages) as EndpointIssueKind[]).map((issue): RuleReport<SgMessage> => {
      const { data, localizedData } = common(issue);
      const groups = issue.groups ?? [];
      const first = groups[0];
      const field = issue.kind === 'interface-ingress' ? 'IpPermissions' : 'IpPermissionsEgress';
      return {
        messageId: messages[issue.kind] as SgMessage,
        data: { ...data, groups: groupNames(groups) },
        localizedData,
        at: first ? { file: first.at.file, path: [...first.at.path.slice(0, -1), field] } : (issue.subnets[0] as EndpointIssue['subnets'][number]).at,
      };
    });
  },
});

/** States in which an endpoint carries nothing. */
const GONE = new Set(['deleting', 'deleted', 'rejected', 'failed', 'expired']);

export const pathEndpointPolicyOpen = defineRule({
  id: 'path-endpoint-policy-open',
  category: 'path',
  severity: 'warning',
  title: { en: 'The WorkSpaces’ S3 and DynamoDB endpoints do not let data out to any account', ja: 'WorkSpaces が使う S3・DynamoDB のエンドポイントが、任意のアカウントへのデータ持ち出しを許さない' },
  description: {
    en: 'A closed design has no internet path, but a VPC endpoint of a data store is a way out of the VPC all the same: with AWS’s default endpoint policy (any principal, every action, every resource) the WorkSpaces can write to any S3 bucket or DynamoDB table in the Region, including one in another account, using any credentials a user brings. The rule reports a gateway endpoint on a WorkSpaces subnet’s route table, or an interface endpoint in a WorkSpaces VPC, whose policy (as describe-vpc-endpoints prints it, as a template writes it, or AWS’s default when a template leaves it out) allows everything. A policy with conditions or Deny statements is not judged.',
    ja: '閉域の構成にはインターネットへの経路がありませんが、データストアの VPC エンドポイントも VPC の外への出口です。AWS 既定のエンドポイントポリシー (すべてのプリンシパル、すべてのアクション、すべてのリソース) のままだと、WorkSpaces から、利用者が持ち込んだ認証情報を使って、リージョン内のどの S3 バケットや DynamoDB テーブルにも書き込めます。別のアカウントのものも含みます。この規則は、WorkSpaces のサブネットのルートテーブルにあるゲートウェイエンドポイントと、WorkSpaces の VPC にあるインターフェイスエンドポイントのうち、ポリシー (describe-vpc-endpoints の出力、テンプレートの記述、テンプレートで省略したときの AWS の既定) がすべてを許可しているものを報告します。条件や Deny ステートメントのあるポリシーは判定しません。',
  },
  messages: {
    open: {
      en: 'The policy of {endpoint} ({service}) allows any principal every action on every resource (AWS’s default): {subnets} can reach any {what} in the Region through it, another account’s included. Allow only your own {whats} (e.g. a condition on aws:ResourceAccount).',
      ja: '{endpoint} ({service}) のポリシーは、すべてのプリンシパルにすべてのリソースへのすべてのアクションを許可しています (AWS の既定)。{subnets} からこのエンドポイントを通して、別のアカウントのものも含め、リージョン内のどの{what}にも届きます。自分の{what}だけを許可してください (例: aws:ResourceAccount の条件)。',
    },
  },
  sources: ['vpc-endpoint-policies', 'vpc-gateway-endpoints', 'vpc-interface-endpoints'],
  check(analysis) {
    const reports: RuleReport<'open'>[] = [];
    for (const endpoint of analysis.resources.vpcEndpoints) {
      const service = dataServiceOf(endpoint);
      if (!service || endpoint.policy === undefined || (endpoint.state !== undefined && GONE.has(endpoint.state.toLowerCase()))) continue;
      const type = endpoint.type.toLowerCase();
      const subnets = analysis.workspacesSubnets.filter((subnet) =>
        type === 'gateway' ? subnet.routeTables.some((table) => endpoint.routeTableIds.includes(table.id)) : type === 'interface' ? subnet.vpcId !== undefined && subnet.vpcId === endpoint.vpcId : false,
      );
      if (subnets.length === 0 || !allowsEverything(endpoint.policy, service)) continue;
      const what: Localized = service === 's3' ? { en: 'bucket', ja: 'バケット' } : { en: 'table', ja: 'テーブル' };
      reports.push({
        messageId: 'open',
        data: { endpoint: endpoint.address ?? endpoint.id, service: endpoint.serviceName ?? service },
        localizedData: { subnets: subnetList(subnets), what, whats: { en: `${what.en}s`, ja: what.ja } },
        at: endpoint.policyAt ?? endpoint.at,
      });
    }
    return reports;
  },
});

export const ENDPOINT_RULES = [naclEndpointBlocked, sgEndpointBlocked, pathEndpointPolicyOpen];
