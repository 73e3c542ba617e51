/**
 * The `input-*` rules: problems met while reading the pasted documents and the context. The
 * reader finds them (it knows the exact path); these rules give them an id, a severity, words
 * in both languages and a page.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { defineRule, type RuleReport } from './rule.ts';

const reportsOf = (id: string) => (analysis: Analysis): RuleReport[] =>
  analysis.problems.filter((problem) => problem.ruleId === id).map((problem) => problem.report);

export const inputJson = defineRule({
  id: 'input-json',
  category: 'input',
  severity: 'error',
  title: { en: 'Each document is valid JSON', ja: '各ドキュメントが正しい JSON である' },
  description: {
    en: 'The validators read the JSON the AWS CLI prints (its default output format). Text or table output, a truncated copy, or a document nested hundreds of levels deep cannot be analysed.',
    ja: '検証ツールは AWS CLI が既定で出力する JSON を読みます。text 形式や table 形式の出力、途中で切れたコピー、数百階層も入れ子になったドキュメントは解析できません。',
  },
  messages: {
    invalid: { en: 'This document is not valid JSON: {problem}.', ja: 'このドキュメントは正しい JSON ではありません。{problem}。' },
    empty: { en: 'This document is empty; paste the output of an aws ec2 describe-* command.', ja: 'ドキュメントが空です。aws ec2 describe-* コマンドの出力を貼り付けてください。' },
  },
  sources: ['cli-output-format'],
  check: reportsOf('input-json'),
});

export const inputDocument = defineRule({
  id: 'input-document',
  category: 'input',
  severity: 'error',
  title: { en: 'Each document is a recognised AWS CLI or Windows command output', ja: '各ドキュメントが認識できる AWS CLI または Windows コマンドの出力である' },
  description: {
    en: 'A JSON document must hold what describe-route-tables, describe-network-acls, describe-security-groups, describe-subnets, describe-vpcs or get-managed-prefix-list-entries print: the whole output, one resource, or an array of resources. A text document must hold the output of one of the Windows commands the validators read inside a WorkSpace.',
    ja: 'JSON のドキュメントには describe-route-tables、describe-network-acls、describe-security-groups、describe-subnets、describe-vpcs、get-managed-prefix-list-entries の出力 (全体、リソース 1 件、またはリソースの配列) が入っている必要があります。テキストのドキュメントには、WorkSpace の中で実行する Windows コマンドのうち、検証ツールが読めるものの出力が入っている必要があります。',
  },
  messages: {
    unknown: {
      en: 'Not a recognised AWS CLI output ({actual}): expected RouteTables, NetworkAcls, SecurityGroups, Subnets, Vpcs or prefix-list Entries.',
      ja: '認識できる AWS CLI の出力ではありません ({actual})。RouteTables、NetworkAcls、SecurityGroups、Subnets、Vpcs、またはプレフィックスリストの Entries が必要です。',
    },
    notObject: { en: 'Expected a JSON object or array, got {actual}.', ja: 'JSON のオブジェクトか配列が必要ですが、{actual} でした。' },
    emptyArray: { en: 'The array is empty: there is nothing to analyse.', ja: '配列が空で、解析するものがありません。' },
    xmlNames: {
      en: '"{key}" is an EC2 XML API name; paste the JSON the AWS CLI prints (it says "{cliKey}").',
      ja: '"{key}" は EC2 の XML API の名前です。AWS CLI が出力する JSON (こちらでは "{cliKey}") を貼り付けてください。',
    },
    template: {
      en: 'This looks like a CloudFormation template; the validators read what aws ec2 describe-* prints about deployed resources.',
      ja: 'CloudFormation テンプレートのようです。検証ツールが読むのは、デプロイ済みリソースについて aws ec2 describe-* が出力する内容です。',
    },
    prefixListId: {
      en: 'Prefix-list entries without their id: add "PrefixListId": "pl-…" next to "Entries", or name the document after the list (pl-….json).',
      ja: 'プレフィックスリストの ID がありません。"Entries" と同じ階層に "PrefixListId": "pl-…" を加えるか、ドキュメント名をリスト ID (pl-….json) にしてください。',
    },
    unrecognisedText: {
      en: 'This text is neither JSON nor a Windows command output the validators read. For AWS resources paste what aws ec2 describe-* prints with --output json; inside a WorkSpace, the output of: {commands}.',
      ja: 'このテキストは JSON でも、検証ツールが読める Windows コマンドの出力でもありません。AWS のリソースは aws ec2 describe-* を --output json で実行した出力を、WorkSpace の中では次のコマンドの出力を貼り付けてください: {commands}。',
    },
    garbledText: {
      en: 'This text contains characters that were decoded with the wrong encoding (� or NUL), so nothing in it could be read. Output redirected to a file on a Japanese Windows is Shift_JIS (code page 932) and Windows PowerShell 5.1 writes UTF-16: copy the text from the console window instead, or save it as UTF-8. Understood commands: {commands}.',
      ja: 'このテキストには、誤った文字コードで読み込まれた文字 (� や NUL) が含まれているため、何も読み取れませんでした。日本語版 Windows でファイルにリダイレクトした出力は Shift_JIS (コードページ 932)、Windows PowerShell 5.1 のリダイレクトは UTF-16 です。コンソール画面からコピーするか、UTF-8 で保存してください。読めるコマンド: {commands}。',
    },
  },
  sources: ['cli-describe-route-tables', 'ec2-network-acl', 'ms-slmgr', 'ms-w32time-tools'],
  check: reportsOf('input-document'),
});

export const inputField = defineRule({
  id: 'input-field',
  category: 'input',
  severity: 'error',
  title: { en: 'Every field has the type the AWS CLI prints', ja: 'すべてのフィールドが AWS CLI の出力どおりの型である' },
  description: {
    en: 'A field of the wrong type, or a required field that is missing, makes the item unreadable. The item is skipped and the resource it belongs to counts as incomplete, so the verdict cannot be "closed" on its strength.',
    ja: '型の違うフィールドや必須フィールドの欠落があると、その項目は読めません。項目は読み飛ばされ、所属するリソースは不完全として扱われるため、それを根拠に「閉じている」とは判定しません。',
  },
  messages: {
    wrongType: { en: '{field} should be {expected}, but is {actual}.', ja: '{field} は {expected} である必要がありますが、{actual} です。' },
    missing: { en: '{field} is missing.', ja: '{field} がありません。' },
    routeNoDestination: { en: 'This route has no destination (DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId).', ja: 'このルートには宛先 (DestinationCidrBlock、DestinationIpv6CidrBlock、DestinationPrefixListId) がありません。' },
    routeManyDestinations: { en: 'This route has more than one destination ({fields}).', ja: 'このルートには宛先が複数あります ({fields})。' },
    routeNoTarget: { en: 'This route has no target (GatewayId, NatGatewayId, TransitGatewayId, …).', ja: 'このルートにはターゲット (GatewayId、NatGatewayId、TransitGatewayId など) がありません。' },
    aclBothCidrs: { en: 'This entry has both CidrBlock and Ipv6CidrBlock; AWS prints exactly one.', ja: 'このエントリには CidrBlock と Ipv6CidrBlock の両方があります。AWS はどちらか一方だけを出力します。' },
    aclNoCidr: { en: 'This entry has neither CidrBlock nor Ipv6CidrBlock.', ja: 'このエントリには CidrBlock も Ipv6CidrBlock もありません。' },
    aclNoPortRange: { en: 'This {protocol} entry has no PortRange; AWS requires one for TCP and UDP.', ja: 'この {protocol} のエントリには PortRange がありません。TCP と UDP では必須です。' },
    aclNoIcmp: { en: 'This {protocol} entry has no IcmpTypeCode; AWS requires one.', ja: 'この {protocol} のエントリには IcmpTypeCode がありません。必須です。' },
  },
  sources: ['ec2-nacl-entry', 'ec2-route', 'ec2-ip-permission'],
  check: reportsOf('input-field'),
});

export const inputCidr = defineRule({
  id: 'input-cidr',
  category: 'input',
  severity: 'error',
  title: { en: 'Every CIDR is a valid address block', ja: 'すべての CIDR が正しいアドレスブロックである' },
  description: {
    en: 'A CIDR must be an IPv4 or IPv6 address, a slash and a prefix length in range, of the family the field expects (CidrBlock is IPv4, Ipv6CidrBlock is IPv6).',
    ja: 'CIDR は IPv4 または IPv6 アドレス、スラッシュ、範囲内のプレフィックス長からなり、フィールドが想定するアドレスファミリー (CidrBlock は IPv4、Ipv6CidrBlock は IPv6) でなければなりません。',
  },
  messages: {
    invalid: { en: 'Not a valid CIDR: {problem}.', ja: '正しい CIDR ではありません: {problem}。' },
  },
  sources: ['ec2-create-nacl-entry'],
  check: reportsOf('input-cidr'),
});

export const inputCidrHostBits = defineRule({
  id: 'input-cidr-host-bits',
  category: 'input',
  severity: 'warning',
  title: { en: 'CIDRs are written as AWS stores them (no host bits set)', ja: 'CIDR が AWS の保存形式どおり (ホスト部が 0) である' },
  description: {
    en: 'AWS clears host bits when it stores a CIDR (100.68.0.18/18 becomes 100.68.0.0/18), so describe output never has them. Host bits in a paste mean the text was edited by hand or comes from somewhere else; the validators analyse the canonical block.',
    ja: 'AWS は CIDR を保存するときにホスト部を 0 にします (100.68.0.18/18 は 100.68.0.0/18 になる) ので、describe の出力にホスト部が残ることはありません。残っている場合は手で編集されたか別の出どころのテキストです。検証ツールは正規化したブロックで解析します。',
  },
  messages: {
    hostBits: { en: '{cidr} has host bits set; AWS stores it as {canonical}, which is what is analysed.', ja: '{cidr} はホスト部が 0 ではありません。AWS は {canonical} として保存するので、そちらで解析します。' },
  },
  sources: ['ec2-create-nacl-entry'],
  check: reportsOf('input-cidr-host-bits'),
});

export const inputValue = defineRule({
  id: 'input-value',
  category: 'input',
  severity: 'error',
  title: { en: 'Protocols, ports and rule numbers are values AWS accepts', ja: 'プロトコル・ポート・ルール番号が AWS の受け付ける値である' },
  description: {
    en: 'Protocols are IANA numbers 0–255 or -1 (security groups also print tcp, udp, icmp, icmpv6), ports are 0–65535, ICMP types and codes -1–255, NACL rule numbers 1–32766 (32767 and 32768 are the default deny), actions allow or deny.',
    ja: 'プロトコルは IANA 番号 0–255 または -1 (セキュリティグループでは tcp、udp、icmp、icmpv6 も)、ポートは 0–65535、ICMP のタイプとコードは -1–255、NACL のルール番号は 1–32766 (32767 と 32768 は既定の拒否ルール)、アクションは allow か deny です。',
  },
  messages: {
    protocol: { en: 'Protocol "{actual}" is not an IANA protocol number (0–255), -1, tcp, udp, icmp or icmpv6.', ja: 'プロトコル "{actual}" は IANA のプロトコル番号 (0–255)、-1、tcp、udp、icmp、icmpv6 のいずれでもありません。' },
    portRange: { en: 'Port range {from}–{to} is not within 0–65535 in ascending order.', ja: 'ポート範囲 {from}–{to} が 0–65535 の昇順になっていません。' },
    sgPorts: { en: 'TCP/UDP rules need FromPort and ToPort within 0–65535 (got {from}–{to}).', ja: 'TCP/UDP のルールには 0–65535 の FromPort と ToPort が必要です ({from}–{to} でした)。' },
    icmp: { en: 'ICMP type {type} / code {code} is outside -1–255.', ja: 'ICMP タイプ {type} / コード {code} が -1–255 の範囲外です。' },
    ruleNumber: { en: 'Rule number {actual} is outside 1–32766 (32767 and 32768 are the default deny rules).', ja: 'ルール番号 {actual} は 1–32766 の範囲外です (32767 と 32768 は既定の拒否ルール)。' },
    ruleAction: { en: 'RuleAction "{actual}" is neither allow nor deny.', ja: 'RuleAction "{actual}" は allow でも deny でもありません。' },
    duplicateRuleNumber: { en: 'Rule number {number} appears twice in the same direction (first at entry {index}); AWS allows it once.', ja: 'ルール番号 {number} が同じ方向に 2 回あります (最初はエントリ {index})。AWS では 1 回だけです。' },
  },
  sources: ['ec2-create-nacl-entry', 'ec2-ip-permission'],
  check: reportsOf('input-value'),
});

export const inputDuplicate = defineRule({
  id: 'input-duplicate',
  category: 'input',
  severity: 'warning',
  title: { en: 'Each resource appears once', ja: '各リソースが 1 回だけ現れる' },
  description: {
    en: 'The same route table, network ACL, security group, subnet, VPC or prefix list pasted twice (perhaps from two different moments) is analysed once, from its first copy.',
    ja: '同じルートテーブル・ネットワーク ACL・セキュリティグループ・サブネット・VPC・プレフィックスリストが 2 回貼り付けられている場合 (別の時点の出力かもしれません)、最初のものだけを解析します。',
  },
  messages: {
    duplicate: { en: '{id} was already read from {file}; this copy is ignored.', ja: '{id} は {file} で読み込み済みのため、こちらは無視します。' },
  },
  sources: ['cli-describe-route-tables'],
  check: reportsOf('input-duplicate'),
});

export const inputContext = defineRule({
  id: 'input-context',
  category: 'input',
  severity: 'error',
  title: { en: 'The context holds valid values', ja: 'コンテキストの値が正しい' },
  description: {
    en: 'Directory controllers and internal ranges are IP addresses or CIDRs, ids are strings, the bundle is public or byol, KMS hosts are host names or addresses with an optional port, the time source is domain-hierarchy or amazon-time-sync, and the streaming protocol is pcoip or dcv.',
    ja: 'ディレクトリコントローラーと内部レンジは IP アドレスまたは CIDR、各 ID は文字列、バンドルは public か byol、KMS ホストはホスト名またはアドレス (ポート番号は任意)、時刻ソースは domain-hierarchy か amazon-time-sync、ストリーミングプロトコルは pcoip か dcv です。',
  },
  messages: {
    badCidr: { en: '{field}: {problem}.', ja: '{field} の値が正しくありません: {problem}。' },
    notString: { en: '{field} should be a string, got {actual}.', ja: '{field} は文字列である必要がありますが、{actual} でした。' },
    badBundle: { en: 'bundle must be "public" or "byol", got "{actual}".', ja: 'bundle は "public" か "byol" である必要がありますが、"{actual}" でした。' },
    badKmsHost: { en: 'kmsHosts: "{actual}" is not a host name or address with an optional :port.', ja: 'kmsHosts の "{actual}" は、ホスト名またはアドレス (必要なら :ポート番号付き) ではありません。' },
    badChoice: { en: '{field} must be one of {allowed}, got "{actual}".', ja: '{field} は {allowed} のいずれかである必要がありますが、"{actual}" でした。' },
    badTimeSource: {
      en: 'timeSource must be "domain-hierarchy" or "amazon-time-sync", got "{actual}".',
      ja: 'timeSource は "domain-hierarchy" か "amazon-time-sync" である必要がありますが、"{actual}" でした。',
    },
  },
  sources: ['ws-ports'],
  check: reportsOf('input-context'),
});

export const INPUT_RULES = [inputJson, inputDocument, inputField, inputCidr, inputCidrHostBits, inputValue, inputDuplicate, inputContext];
