/**
 * The `input-*` rules: problems met while reading the pasted documents and the context. The
 * reader finds them (it knows the exact path); these rules give them an id, a severity, words
 * in both languages and a page.
 */
import type { Analysis } from '../analysis/analysis.ts';
import type { InputProblem } from '../input/read.ts';
import { defineRule, type MessageIdOf, type Rule, type RuleReport } from './rule.ts';
import type { Localized } from '../types.ts';

/** What the reader may report, by input rule: each rule's message ids (the reader's `problem()` calls are checked against them). */
export interface InputMessageIds {
  'input-json': MessageIdOf<typeof inputJson>;
  'input-document': MessageIdOf<typeof inputDocument>;
  'input-field': MessageIdOf<typeof inputField>;
  'input-cidr': MessageIdOf<typeof inputCidr>;
  'input-cidr-host-bits': MessageIdOf<typeof inputCidrHostBits>;
  'input-value': MessageIdOf<typeof inputValue>;
  'input-duplicate': MessageIdOf<typeof inputDuplicate>;
  'input-conflict': MessageIdOf<typeof inputConflict>;
  'input-partial': MessageIdOf<typeof inputPartial>;
  'input-context': MessageIdOf<typeof inputContext>;
  'input-template': MessageIdOf<typeof inputTemplate>;
  'input-unresolved': MessageIdOf<typeof inputUnresolved>;
}

export type InputRuleId = keyof InputMessageIds;

const reportsOf =
  <R extends InputRuleId>(id: R) =>
  (analysis: Analysis): RuleReport<InputMessageIds[R]>[] =>
    analysis.problems.filter((problem): problem is Extract<InputProblem, { ruleId: R }> => problem.ruleId === id).map((problem) => problem.report as RuleReport<InputMessageIds[R]>);

// Each input rule is annotated with its message ids (the keys of `messages` are checked against them), so InputMessageIds names them without a cycle.
export const inputJson: Rule<'invalid' | 'invalidYaml' | 'empty'> = defineRule({
  id: 'input-json',
  category: 'input',
  severity: 'error',
  title: { en: 'Each document is valid JSON', ja: '各ドキュメントが正しい JSON である' },
  description: {
    en: 'The validators read the JSON the AWS CLI prints (its default output format), and CloudFormation templates in JSON or YAML. Text or table output, a truncated copy, or a document nested hundreds of levels deep cannot be analysed.',
    ja: '検証ツールは AWS CLI が既定で出力する JSON と、JSON または YAML の CloudFormation テンプレートを読みます。text 形式や table 形式の出力、途中で切れたコピー、数百階層も入れ子になったドキュメントは解析できません。',
  },
  messages: {
    invalid: { en: 'This document is not valid JSON: {problem}.', ja: 'このドキュメントは正しい JSON ではありません。{problem}。' },
    invalidYaml: { en: 'This YAML template cannot be read: {problem}.', ja: 'この YAML テンプレートは読み取れません。{problem}。' },
    empty: { en: 'This document is empty; paste the output of an aws ec2 describe-* command.', ja: 'ドキュメントが空です。aws ec2 describe-* コマンドの出力を貼り付けてください。' },
  },
  sources: ['cli-output-format'],
  check: reportsOf('input-json'),
});

export const inputDocument: Rule<'unknown' | 'emptyArray' | 'notObject' | 'garbledText' | 'unrecognisedText' | 'xmlNames' | 'prefixListId' | 'managedPrefixList' | 'notDocument' | 'unnamed' | 'utf16' | 'bundleVersion' | 'bundleDocuments' | 'bundleEntry' | 'transitGatewayRouteTableId' | 'planVersion' | 'planErrored' | 'readerNotLoaded'> = defineRule({
  id: 'input-document',
  category: 'input',
  severity: 'error',
  title: { en: 'Each document is a recognised AWS CLI output, template or Windows command output', ja: '各ドキュメントが認識できる AWS CLI の出力、テンプレート、Windows コマンドの出力である' },
  description: {
    en: 'A JSON document must hold one of the AWS CLI outputs the validators read (the API reference lists them, with the command that prints each): the whole output, one resource, or an array of resources; a CloudFormation template (JSON or YAML); or a bundle the collect scripts wrote, which holds several outputs. A text document must hold the output of one of the Windows commands the validators read inside a WorkSpace.',
    ja: 'JSON のドキュメントには、検証ツールが読める AWS CLI の出力 (一覧と出力するコマンドは API リファレンスにあります) の全体、リソース 1 件、またはリソースの配列か、CloudFormation テンプレート (JSON または YAML)、あるいは収集スクリプトが書き出した、複数の出力をまとめたバンドルが入っている必要があります。テキストのドキュメントには、WorkSpace の中で実行する Windows コマンドのうち、検証ツールが読めるものの出力が入っている必要があります。',
  },
  messages: {
    unknown: {
      en: 'Not a recognised AWS CLI output, template or Terraform plan ({actual}): the documents the validators read have the top-level keys {expected}.',
      ja: '認識できる AWS CLI の出力、テンプレート、Terraform のプランのいずれでもありません ({actual})。検証ツールが読めるドキュメントの最上位のキーは {expected} です。',
    },
    notObject: { en: 'Expected a JSON object or array, got {actual}.', ja: 'JSON のオブジェクトか配列が必要ですが、{actual} でした。' },
    notDocument: {
      en: 'Document {index} of those passed to validate() is {actual}, not an object with a name and a text; it was left out.',
      ja: 'validate() に渡された {index} 番目のドキュメントが name と text を持つオブジェクトではなく {actual} だったため、除外しました。',
    },
    unnamed: {
      en: 'Document {index} of those passed to validate() has a name that is {actual}, not a string; its findings call it {name}.',
      ja: 'validate() に渡された {index} 番目のドキュメントの name が文字列ではなく {actual} だったため、指摘では {name} と呼びます。',
    },
    emptyArray: { en: 'The array is empty: there is nothing to analyse.', ja: '配列が空で、解析するものがありません。' },
    xmlNames: {
      en: '"{key}" is an EC2 XML API name; paste the JSON the AWS CLI prints (it says "{cliKey}").',
      ja: '"{key}" は EC2 の XML API の名前です。AWS CLI が出力する JSON (こちらでは "{cliKey}") を貼り付けてください。',
    },
    planVersion: {
      en: 'This Terraform plan has format_version "{version}"; the validators read version 1 of the JSON plan format (Terraform 0.12 and later print 0.x or 1.x). A new major version may change what the fields mean, so nothing in it was read.',
      ja: 'この Terraform プランの format_version は "{version}" です。検証ツールが読めるのは JSON プラン形式のバージョン 1 です (Terraform 0.12 以降は 0.x か 1.x を出力します)。メジャーバージョンが変わるとフィールドの意味が変わりうるため、何も読み取っていません。',
    },
    readerNotLoaded: {
      en: 'This looks like a {kind}, but the {kind} reader is not loaded in this build of the validators, so nothing in it was read and the verdict leaves it out. Check it with the closed-workspaces package or command line, which read templates and plans.',
      ja: 'このドキュメントは {kind}のようですが、この検証ツールでは {kind}の読み取り処理が読み込まれていないため、中身を読み取っておらず、判定にも含めていません。テンプレートやプランも読める closed-workspaces パッケージまたはコマンドラインで検証してください。',
    },
    planErrored: {
      en: 'Terraform stopped planning with errors (errored: true): this plan cannot be applied and may leave out resources; plan again without errors and check that plan.',
      ja: 'Terraform はエラーでプランを中断しています (errored: true)。このプランは apply できず、リソースが欠けている可能性があります。エラーのない状態でプランし直し、そのプランを検証してください。',
    },
    prefixListId: {
      en: 'Prefix-list entries without their id: add "PrefixListId": "pl-…" next to "Entries", or name the document after the list (pl-….json).',
      ja: 'プレフィックスリストの ID がありません。"Entries" と同じ階層に "PrefixListId": "pl-…" を加えるか、ドキュメント名をリスト ID (pl-….json) にしてください。',
    },
    managedPrefixList: {
      en: '{id} is printed by describe-managed-prefix-lists, which gives a list’s size and owner but not its CIDRs; paste the output of aws ec2 get-managed-prefix-list-entries --prefix-list-id {id} instead.',
      ja: '{id} は describe-managed-prefix-lists の出力で、リストのサイズや所有者はわかりますが CIDR は含まれません。代わりに aws ec2 get-managed-prefix-list-entries --prefix-list-id {id} の出力を貼り付けてください。',
    },
    transitGatewayRouteTableId: {
      en: 'Transit gateway routes without their route table: print them with the --query of the command shown for search-transit-gateway-routes (it adds "TransitGatewayRouteTableId" next to "Routes"), or name the document after the table (tgw-rtb-….json).',
      ja: 'Transit Gateway のルートに、どのルートテーブルのものかがありません。search-transit-gateway-routes のコマンド例にある --query 付きで出力する ("Routes" の隣に "TransitGatewayRouteTableId" が入ります) か、ドキュメント名をテーブル ID (tgw-rtb-….json) にしてください。',
    },
    unrecognisedText: {
      en: 'This text is neither JSON nor a Windows command output the validators read. For AWS resources paste what aws ec2 describe-* prints with --output json; inside a WorkSpace, the output of: {commands}.',
      ja: 'このテキストは JSON でも、検証ツールが読める Windows コマンドの出力でもありません。AWS のリソースは aws ec2 describe-* を --output json で実行した出力を、WorkSpace の中では次のコマンドの出力を貼り付けてください: {commands}。',
    },
    utf16: {
      en: 'This text looks like UTF-16 read as UTF-8: every other character is NUL. Save it again as UTF-8 (Notepad: Save As, Encoding UTF-8; PowerShell: Get-Content file.txt | Set-Content -Encoding utf8 file-utf8.txt) or copy the text from the console window.',
      ja: 'このテキストは UTF-16 のファイルを UTF-8 として読んだもののようです (1 文字おきに NUL があります)。UTF-8 で保存し直すか (メモ帳: 名前を付けて保存で文字コードに UTF-8 を選択、PowerShell: Get-Content file.txt | Set-Content -Encoding utf8 file-utf8.txt)、コンソール画面からテキストをコピーしてください。',
    },
    bundleVersion: {
      en: 'This collect bundle is version {actual}; this version of the validators reads version {version}. Collect again with the script from this site, or update closed-workspaces.',
      ja: 'この収集バンドルのバージョンは {actual} ですが、この検証ツールが読めるのはバージョン {version} です。このサイトのスクリプトで収集し直すか、closed-workspaces を更新してください。',
    },
    bundleDocuments: {
      en: 'This collect bundle has no "documents" array (it has {actual}), so there is nothing in it to read.',
      ja: 'この収集バンドルには "documents" の配列がないため ({actual} でした)、読めるものがありません。',
    },
    bundleEntry: {
      en: 'Entry {index} of the bundle\'s documents is not an object with a "name" and an "output" (or an "error"); it was left out.',
      ja: 'バンドルの documents の {index} 番目が、"name" と "output" (または "error") を持つオブジェクトではないため、除外しました。',
    },
    garbledText: {
      en: 'This text contains characters that were decoded with the wrong encoding (� or NUL), so nothing in it could be read. Output redirected to a file on a Japanese Windows is Shift_JIS (code page 932) and Windows PowerShell 5.1 writes UTF-16: copy the text from the console window instead, or save it as UTF-8. Understood commands: {commands}.',
      ja: 'このテキストには、誤った文字コードで読み込まれた文字 (� や NUL) が含まれているため、何も読み取れませんでした。日本語版 Windows でファイルにリダイレクトした出力は Shift_JIS (コードページ 932)、Windows PowerShell 5.1 のリダイレクトは UTF-16 です。コンソール画面からコピーするか、UTF-8 で保存してください。読めるコマンド: {commands}。',
    },
  },
  sources: ['cli-describe-route-tables', 'ec2-network-acl', 'ms-slmgr', 'ms-w32time-tools'],
  check: reportsOf('input-document'),
});

export const inputField: Rule<'wrongType' | 'missing' | 'routeNoDestination' | 'routeManyDestinations' | 'routeNoTarget' | 'aclBothCidrs' | 'aclNoCidr' | 'aclNoPortRange' | 'aclNoIcmp'> = defineRule({
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

export const inputCidr: Rule<'invalid'> = defineRule({
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

export const inputCidrHostBits: Rule<'hostBits'> = defineRule({
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

export const inputValue: Rule<'protocol' | 'ruleAction' | 'ruleNumber' | 'portRange' | 'icmp' | 'sgPorts' | 'duplicateRuleNumber' | 'infiniteNumber' | 'unsafeInteger' | 'address' | 'natConnectivity' | 'bpaMode' | 'exclusionMode' | 'exclusionArn'> = defineRule({
  id: 'input-value',
  category: 'input',
  severity: 'error',
  title: { en: 'Protocols, ports and rule numbers are values AWS accepts', ja: 'プロトコル・ポート・ルール番号が AWS の受け付ける値である' },
  description: {
    en: 'Protocols are IANA numbers 0–255 or -1 (security groups also print tcp, udp, icmp, icmpv6), ports are 0–65535, ICMP types and codes -1–255, NACL rule numbers 1–32766 (32767 and 32768 are the default deny), actions allow or deny. Addresses (a directory’s DNS servers, a WorkSpace’s, an interface’s or a NAT gateway’s IP) are IPv4 or IPv6 addresses of the family the field holds, a NAT gateway is public or private, a Block Public Access mode is off, block-bidirectional or block-ingress, and an exclusion allows both directions or egress for a VPC or subnet named by its ARN. A value that cannot be read is never taken in the direction that would close a path.',
    ja: 'プロトコルは IANA 番号 0–255 または -1 (セキュリティグループでは tcp、udp、icmp、icmpv6 も)、ポートは 0–65535、ICMP のタイプとコードは -1–255、NACL のルール番号は 1–32766 (32767 と 32768 は既定の拒否ルール)、アクションは allow か deny です。アドレス (ディレクトリの DNS サーバー、WorkSpace・ネットワークインターフェイス・NAT ゲートウェイの IP) はそのフィールドのアドレスファミリーの IPv4 または IPv6 アドレス、NAT ゲートウェイは public か private、ブロックパブリックアクセスのモードは off・block-bidirectional・block-ingress のいずれか、除外は ARN で指定した VPC かサブネットについて双方向か送信だけを許可するものです。読めない値を、経路を閉じる側に解釈することはありません。',
  },
  messages: {
    protocol: { en: 'Protocol "{actual}" is not an IANA protocol number (0–255), -1, tcp, udp, icmp or icmpv6.', ja: 'プロトコル "{actual}" は IANA のプロトコル番号 (0–255)、-1、tcp、udp、icmp、icmpv6 のいずれでもありません。' },
    portRange: { en: 'Port range {from}–{to} is not within 0–65535 in ascending order.', ja: 'ポート範囲 {from}–{to} が 0–65535 の昇順になっていません。' },
    sgPorts: { en: 'TCP/UDP rules need FromPort and ToPort within 0–65535 (got {from}–{to}).', ja: 'TCP/UDP のルールには 0–65535 の FromPort と ToPort が必要です ({from}–{to} でした)。' },
    icmp: { en: 'ICMP type {type} / code {code} is outside -1–255.', ja: 'ICMP タイプ {type} / コード {code} が -1–255 の範囲外です。' },
    ruleNumber: { en: 'Rule number {actual} is outside 1–32766 (32767 and 32768 are the default deny rules).', ja: 'ルール番号 {actual} は 1–32766 の範囲外です (32767 と 32768 は既定の拒否ルール)。' },
    infiniteNumber: {
      en: '{field} is a number too large to read (it reads as {actual}); write the value AWS printed.',
      ja: '{field} の数値が大きすぎて読めません ({actual} になります)。AWS が出力した値を書いてください。',
    },
    unsafeInteger: {
      en: '{field} is above 9007199254740991 (2^53 − 1), where JSON numbers are no longer exact (it reads as {actual}); write the value AWS printed.',
      ja: '{field} が 9007199254740991 (2^53 − 1) を超えていて、JSON の数値として正確に読めません ({actual} になります)。AWS が出力した値を書いてください。',
    },
    ruleAction: { en: 'RuleAction "{actual}" is neither allow nor deny.', ja: 'RuleAction "{actual}" は allow でも deny でもありません。' },
    duplicateRuleNumber: { en: 'Rule number {number} appears twice in the same direction (first at entry {index}); AWS allows it once.', ja: 'ルール番号 {number} が同じ方向に 2 回あります (最初はエントリ {index})。AWS では 1 回だけです。' },
    address: { en: '{field}: "{actual}" is not an IPv{family} address; it is left out.', ja: '{field} の "{actual}" は IPv{family} アドレスではないため、読み飛ばします。' },
    natConnectivity: {
      en: 'ConnectivityType "{actual}" is neither public nor private; the NAT gateway is taken as possibly public.',
      ja: 'ConnectivityType の "{actual}" は public でも private でもありません。この NAT ゲートウェイはパブリックの可能性があるものとして扱います。',
    },
    bpaMode: {
      en: '{field} "{actual}" is not a Block Public Access mode (off, block-bidirectional, block-ingress); nothing is taken as blocked by it.',
      ja: '{field} の "{actual}" はブロックパブリックアクセスのモード (off、block-bidirectional、block-ingress) ではありません。これによって遮断されるものはないとみなします。',
    },
    exclusionMode: {
      en: 'InternetGatewayExclusionMode "{actual}" is neither allow-bidirectional nor allow-egress; the exclusion is taken as allowing both directions.',
      ja: 'InternetGatewayExclusionMode の "{actual}" は allow-bidirectional でも allow-egress でもありません。この除外は双方向を許可するものとして扱います。',
    },
    exclusionArn: {
      en: 'ResourceArn "{actual}" names neither a VPC nor a subnet (arn:aws:ec2:<region>:<account>:vpc/vpc-… or …:subnet/subnet-…); the exclusion is taken as possibly covering any of them.',
      ja: 'ResourceArn の "{actual}" は VPC もサブネットも指していません (arn:aws:ec2:<リージョン>:<アカウント>:vpc/vpc-… または …:subnet/subnet-…)。この除外はどの VPC・サブネットにも当てはまりうるものとして扱います。',
    },
  },
  sources: ['ec2-create-nacl-entry', 'ec2-ip-permission', 'vpc-nat-gateways', 'ec2-bpa-states', 'vpc-bpa'],
  check: reportsOf('input-value'),
});

export const inputDuplicate: Rule<'duplicate'> = defineRule({
  id: 'input-duplicate',
  category: 'input',
  severity: 'warning',
  title: { en: 'Each resource appears once', ja: '各リソースが 1 回だけ現れる' },
  description: {
    en: 'The same route table, network ACL, security group, subnet, VPC or prefix list pasted twice, with the same content, is analysed once. (Two copies with different content are a conflict: see input-conflict.)',
    ja: '同じルートテーブル・ネットワーク ACL・セキュリティグループ・サブネット・VPC・プレフィックスリストが同じ内容で 2 回貼り付けられている場合は、1 回だけ解析します (内容が違う場合は矛盾として扱います。input-conflict を参照してください)。',
  },
  messages: {
    duplicate: { en: '{id} was already read, with the same content, from {file}; this copy is ignored.', ja: '{id} は同じ内容で {file} から読み込み済みのため、こちらは無視します。' },
  },
  sources: ['cli-describe-route-tables'],
  check: reportsOf('input-duplicate'),
});

export const inputContext: Rule<'badBundle' | 'notString' | 'badTimeSource' | 'badCidr' | 'badKmsHost' | 'badChoice'> = defineRule({
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

export const inputConflict: Rule<'definition' | 'routeTableAssociation' | 'aclAssociation' | 'mainTable' | 'defaultAcl' | 'bundleRegion' | 'endpointType' | 'gatewayEndpointCidr'> = defineRule({
  id: 'input-conflict',
  category: 'input',
  severity: 'error',
  title: { en: 'The inputs agree with each other', ja: '入力どうしが矛盾しない' },
  description: {
    en: 'A resource defined twice with different content, a subnet associated with two route tables or two network ACLs, two main route tables (or default ACLs) in one VPC, or a route to an endpoint that describe-vpc-endpoints says AWS cannot route to, cannot all be true at once. Every version is weighed: the verdict is open if any of them opens a path, unverified if they disagree, and never depends on which document came first.',
    ja: '同じリソースが内容を変えて 2 回定義されている、1 つのサブネットが 2 つのルートテーブルや 2 つのネットワーク ACL に関連付けられている、1 つの VPC にメインルートテーブル (既定の ACL) が 2 つある、describe-vpc-endpoints によれば AWS がルーティングできないエンドポイントにルートが向いている、といった入力は同時には成り立ちません。すべての版を考慮し、どれか 1 つでも経路を開くなら「開いている」、版によって結果が違うなら「未確認」とします。どのドキュメントが先にあるかで判定は変わりません。',
  },
  messages: {
    definition: {
      en: '{id} is also defined in {file} with different content; both versions are weighed. Paste the outputs of one moment only.',
      ja: '{id} は {file} にも別の内容で定義されています。両方の版を考慮して判定します。同じ時点の出力だけを貼り付けてください。',
    },
    routeTableAssociation: {
      en: '{subnet} is associated with {id} here and with {others} elsewhere, but a subnet has one route table at a time; every candidate is weighed.',
      ja: '{subnet} はここでは {id} に、別の場所では {others} に関連付けられていますが、サブネットのルートテーブルは一度に 1 つだけです。すべての候補を考慮して判定します。',
    },
    aclAssociation: {
      en: '{subnet} is associated with network ACL {id} here and with {others} elsewhere, but a subnet has one network ACL at a time; every candidate is weighed.',
      ja: '{subnet} はここではネットワーク ACL {id} に、別の場所では {others} に関連付けられていますが、サブネットのネットワーク ACL は一度に 1 つだけです。すべての候補を考慮して判定します。',
    },
    mainTable: {
      en: '{id} is marked as the main route table of {vpc}, and so is {others}; a VPC has one main table, so both are weighed for the subnets without an explicit association.',
      ja: '{id} は {vpc} のメインルートテーブルになっていますが、{others} もそうなっています。VPC のメインルートテーブルは 1 つなので、明示的な関連付けのないサブネットには両方を考慮して判定します。',
    },
    defaultAcl: {
      en: '{id} is marked as the default network ACL of {vpc}, and so is {others}; a VPC has one default ACL, so both are weighed.',
      ja: '{id} は {vpc} の既定のネットワーク ACL になっていますが、{others} もそうなっています。VPC の既定の ACL は 1 つなので、両方を考慮して判定します。',
    },
    bundleRegion: {
      en: 'This bundle was collected in {region}, but {file} in {others}; the management ranges are checked for no Region until the context names one.',
      ja: 'このバンドルは {region} で収集されていますが、{file} は {others} で収集されています。コンテキストでリージョンを指定するまで、管理レンジはどのリージョンについても確認しません。',
    },
    endpointType: {
      en: 'Route {destination} in {table} names {id} as its target, but describe-vpc-endpoints gives {id} the type {type}; AWS routes only to gateway and Gateway Load Balancer endpoints, so where this route sends traffic is not known.',
      ja: '{table} のルート {destination} は {id} をターゲットにしていますが、describe-vpc-endpoints によれば {id} の種類は {type} です。AWS がルーティングできるのはゲートウェイエンドポイントと Gateway Load Balancer エンドポイントだけなので、このルートが通信をどこへ送るのかはわかりません。',
    },
    gatewayEndpointCidr: {
      en: 'Route {destination} in {table} names {id}, which describe-vpc-endpoints says is a gateway endpoint; AWS gives a gateway endpoint only routes to its service’s prefix list, never to a CIDR, so where this route sends traffic is not known.',
      ja: '{table} のルート {destination} は {id} をターゲットにしていますが、describe-vpc-endpoints によれば {id} はゲートウェイエンドポイントです。AWS がゲートウェイエンドポイントに作るルートの宛先はサービスのプレフィックスリストだけで、CIDR になることはないため、このルートが通信をどこへ送るのかはわかりません。',
    },
  },
  sources: ['vpc-route-tables', 'vpc-nacls', 'ec2-create-route', 'vpc-gateway-endpoints'],
  check: reportsOf('input-conflict'),
});

export const inputPartial: Rule<'aclAssociation' | 'subnet' | 'bundleCommand'> = defineRule({
  id: 'input-partial',
  category: 'input',
  severity: 'warning',
  title: { en: 'Every document covers what it should', ja: '各ドキュメントに含まれるべきものがそろっている' },
  description: {
    en: 'describe-network-acls lists the association of every subnet of a VPC, the default ACL’s included, and describe-subnets lists every subnet. A subnet missing from a given output means the paste is partial (filtered, or cut off): what that output would have said is not assumed, and the parts it decides stay unverified. A command that failed while the collect script ran is recorded in its bundle and named here: the check goes on as if its output had not been given.',
    ja: 'describe-network-acls は VPC のすべてのサブネットの関連付けを (既定の ACL のものも) 出力し、describe-subnets はすべてのサブネットを出力します。与えられた出力にサブネットがない場合は、貼り付けが一部だけ (絞り込みや途中切れ) ということです。その出力に書かれていたはずのことは推測せず、それで決まる部分は未確認のままにします。収集スクリプトの実行中に失敗したコマンドはバンドルに記録され、ここで示します。その出力は与えられなかったものとして確認を続けます。',
  },
  messages: {
    aclAssociation: {
      en: '{subnet} is in {vpc}, whose network ACLs are given, but none of them lists an association for it; add the full output of describe-network-acls for that VPC (or the template that associates the subnet).',
      ja: '{subnet} は {vpc} のサブネットで、その VPC のネットワーク ACL は入力にありますが、どの ACL にもこのサブネットの関連付けがありません。その VPC の describe-network-acls の出力を全部 (またはサブネットを関連付けるテンプレートを) 加えてください。',
    },
    subnet: {
      en: '{subnet} is not in the describe-subnets output given for {vpc}, so its CIDRs are not known; add the full output of describe-subnets.',
      ja: '{subnet} は {vpc} について与えられた describe-subnets の出力にないため、CIDR がわかりません。describe-subnets の出力を全部加えてください。',
    },
    bundleCommand: {
      en: 'The collect script could not run {command}: {error}. {name} is missing from the bundle, so the check goes on as if it had not been given; grant the permission it needs (see the collect page) and collect again, or add its output.',
      ja: '収集スクリプトは {command} を実行できませんでした: {error}。{name} がバンドルにないため、与えられなかったものとして確認を続けます。必要な権限 (収集ページを参照) を付けて収集し直すか、その出力を加えてください。',
    },
  },
  sources: ['cli-describe-network-acls', 'vpc-nacls'],
  check: reportsOf('input-partial'),
});

export const inputTemplate: Rule<'resource' | 'reference' | 'function' | 'mapping' | 'condition' | 'cycle' | 'target'> = defineRule({
  id: 'input-template',
  category: 'input',
  severity: 'error',
  title: { en: 'A template is written as CloudFormation reads it', ja: 'テンプレートが CloudFormation の読める形で書かれている' },
  description: {
    en: 'Every resource has a Type, every Ref and Fn::GetAtt names a parameter or resource of the template, intrinsic functions get the arguments CloudFormation expects, and every property names a resource of the right type. CloudFormation rejects a template that breaks these rules; the value is left out, and what it would decide is unverified.',
    ja: 'すべてのリソースに Type があり、Ref と Fn::GetAtt はテンプレートのパラメーターかリソースを指し、組み込み関数には CloudFormation の求める引数があり、各プロパティは正しい種類のリソースを指している必要があります。これを守らないテンプレートは CloudFormation に拒否されます。その値は読み込まず、値によって決まる部分は未確認とします。',
  },
  messages: {
    resource: { en: 'Resource {resource} is not an object with a Type and Properties; it is left out.', ja: 'リソース {resource} が Type と Properties を持つオブジェクトではないため、読み込みません。' },
    reference: { en: '{name} is not a parameter, resource or pseudo parameter of this template.', ja: '{name} はこのテンプレートのパラメーター・リソース・疑似パラメーターのいずれでもありません。' },
    function: { en: '{function} is not written as CloudFormation expects: {problem}.', ja: '{function} の書き方が CloudFormation の求める形ではありません。{problem}。' },
    mapping: { en: 'Fn::FindInMap: {path} is not in the Mappings section.', ja: 'Fn::FindInMap: {path} が Mappings セクションにありません。' },
    condition: { en: 'Condition {name} is not defined in the Conditions section.', ja: '条件 {name} が Conditions セクションに定義されていません。' },
    cycle: { en: '{name} depends on itself; CloudFormation rejects circular references.', ja: '{name} が自分自身に依存しています。CloudFormation は循環参照を受け付けません。' },
    target: {
      en: '{property} of {resource} names {id}, a {actual}, where {expected} is expected; it is left out.',
      ja: '{resource} の {property} が {expected} ではなく {actual} の {id} を指しているため、読み込みません。',
    },
  },
  sources: ['cfn-template-anatomy', 'cfn-intrinsic-functions'],
  check: reportsOf('input-template'),
});

export const inputUnresolved: Rule<'value' | 'condition' | 'external' | 'handedTo' | 'transform' | 'defaulted' | 'afterApply' | 'afterApplyAmong' | 'afterApplyHidden' | 'notInPlan' | 'partialPlan'> = defineRule({
  id: 'input-unresolved',
  category: 'input',
  severity: 'warning',
  title: { en: 'Every value the verdict depends on is known before deployment', ja: '判定を左右する値がデプロイ前にわかる' },
  description: {
    en: 'A template or a plan can leave values to deployment. A template: a parameter without a default, an SSM parameter, a value imported from another stack, a pseudo parameter, an attribute AWS assigns, a resource of another stack, a condition on any of these; parameters with a default are read at their default. A Terraform plan: the ids of the resources it creates and address blocks IPAM or AWS assigns, which the plan’s configuration usually still ties to the one resource they must be. Where such a value decides a route, rule or association and is not settled, the part it decides is unverified, never guessed.',
    ja: 'テンプレートやプランでは、値をデプロイ時まで決めないことができます。テンプレートでは、既定値のないパラメーター、SSM パラメーター、別スタックからのインポート、疑似パラメーター、AWS が割り当てる属性、別スタックのリソース、そしてそれらに左右される条件です (既定値のあるパラメーターは既定値で読みます)。Terraform のプランでは、作成するリソースの ID や IPAM・AWS が割り当てるアドレスブロックで、多くはプランの configuration から該当するリソースを 1 つに特定できます。そうした値がルート・ルール・関連付けを左右し、特定できない場合は、その部分を推測せずに未確認とします。',
  },
  messages: {
    value: { en: '{property} of {resource} depends on {cause}: {effect}.', ja: '{resource} の {property} は、{cause} に左右されます。{effect}。' },
    condition: {
      en: '{resource} is created only when condition {condition} holds, and that depends on {cause}: {effect}.',
      ja: '{resource} は条件 {condition} が成り立つときだけ作られ、その条件は {cause} に左右されます。{effect}。',
    },
    external: { en: '{property} of {resource} names {id}, which this template does not create: {effect}.', ja: '{resource} の {property} が、このテンプレートでは作られない {id} を指しています。{effect}。' },
    handedTo: {
      en: '{resource} ({type}) is handed {targets}, which it may change at deployment in ways the template does not show: {effect}.',
      ja: '{resource} ({type}) には {targets} が渡されており、テンプレートに現れない形でデプロイ時に変更される可能性があります。{effect}。',
    },
    transform: {
      en: 'The template is processed by {name} at deployment, which can add or change resources: every route table, network ACL and security group of the template is taken as not fully known.',
      ja: 'このテンプレートはデプロイ時に {name} で処理され、リソースが追加・変更される可能性があります。テンプレートのルートテーブル・ネットワーク ACL・セキュリティグループはすべて内容が確定しないものとして扱います。',
    },
    defaulted: {
      en: 'Parameter {name} is read at its default, {value}; a stack deployed with another value is not what was checked.',
      ja: 'パラメーター {name} は既定値 {value} で読みました。別の値でデプロイしたスタックは、ここで確認した内容とは異なります。',
    },
    afterApply: { en: '{property} of {resource} is known only after apply; {effect}.', ja: '{resource} の {property} は apply するまでわかりません。{effect}。' },
    afterApplyAmong: {
      en: '{property} of {resource} is known only after apply, and the plan does not settle which of {candidates} it names; {effect}.',
      ja: '{resource} の {property} は apply するまでわからず、{candidates} のどれを指すかはプランから決まりません。{effect}。',
    },
    afterApplyHidden: {
      en: '{property} of {resource} is known only after apply, and its expression goes through something the plan does not show (a local value, a dynamic block, or a resource that hands out values made outside Terraform); {effect}.',
      ja: '{resource} の {property} は apply するまでわからず、その式がプランに現れないもの (local 値、dynamic ブロック、Terraform の外で作られた値を渡すリソース) を経由しています。{effect}。',
    },
    notInPlan: { en: '{subject} is not in the plan ({reason}); {effect}.', ja: '{subject} はプランに含まれていません ({reason})。{effect}。' },
    partialPlan: {
      en: 'Terraform marked this plan as incomplete (complete: false): some changes are deferred to a later plan, so resources they create are missing here; what they decide stays unverified.',
      ja: 'Terraform はこのプランを不完全 (complete: false) としています。一部の変更が後のプランに持ち越されているため、それらが作るリソースはここにありません。それで決まる部分は未確認のままにします。',
    },
  },
  sources: ['cfn-parameters', 'cfn-intrinsic-functions', 'tf-json-format', 'tf-show', 'ws-best-practices-security'],
  check: reportsOf('input-unresolved'),
});

/** Where a VPC is named first (its describe-vpcs entry, else any resource of it). */
function vpcLocation(analysis: Analysis, vpcId: string): RuleReport['at'] | undefined {
  const { vpcs, subnets, routeTables, networkAcls } = analysis.resources;
  const found = vpcs.find((vpc) => vpc.id === vpcId) ?? subnets.find((s) => s.vpcId === vpcId) ?? routeTables.find((t) => t.vpcId === vpcId) ?? networkAcls.find((a) => a.vpcId === vpcId);
  return found?.at;
}

export const inputVpcs = defineRule({
  id: 'input-vpcs',
  category: 'input',
  severity: 'info',
  title: { en: 'The inputs say which VPC each subnet is in', ja: '各サブネットがどの VPC にあるか入力からわかる' },
  description: {
    en: 'An unfiltered describe-* output holds every VPC of the Region. Each subnet is judged with its own VPC’s main route table, default network ACL and CIDRs; another VPC’s CIDR is an ordinary destination. This finding lists the VPCs and which hold the WorkSpaces subnets.',
    ja: 'describe-* を絞り込まずに出力すると、リージョン内のすべての VPC が含まれます。各サブネットは、自分の VPC のメインルートテーブル、既定のネットワーク ACL、CIDR で判定します。別の VPC の CIDR は普通の宛先として扱います。この指摘は、入力にある VPC と、WorkSpaces のサブネットがどの VPC にあるかを示します。',
  },
  messages: {
    several: {
      en: 'The inputs hold {count} VPCs ({vpcs}); the WorkSpaces subnets are in {workspaces}. Each subnet is judged with its own VPC’s route tables, network ACLs and CIDRs.',
      ja: '入力には {count} 個の VPC ({vpcs}) があり、WorkSpaces のサブネットは {workspaces} にあります。各サブネットは、自分の VPC のルートテーブル、ネットワーク ACL、CIDR で判定します。',
    },
  },
  sources: ['vpc-route-tables'],
  check(analysis) {
    if (analysis.vpcIds.length < 2) return [];
    const first = analysis.vpcIds[0] as string;
    const at = vpcLocation(analysis, first);
    if (!at) return [];
    const subnets = analysis.path().subnets;
    const holding = [...new Set(subnets.flatMap((subnet) => (subnet.vpcId ? [subnet.vpcId] : [])))].sort();
    // A subnet whose VPC the inputs leave untold is said so, not shown as a VPC id.
    const untold = subnets.filter((subnet) => !subnet.vpcId).map((subnet) => subnet.id);
    const workspaces: Localized = {
      en: [...holding, ...(untold.length > 0 ? [`an untold VPC (${untold.join(', ')})`] : [])].join(', '),
      ja: [...holding, ...(untold.length > 0 ? [`入力からわからない VPC (${untold.join('、')})`] : [])].join('、'),
    };
    return [{ messageId: 'several', data: { count: analysis.vpcIds.length, vpcs: analysis.vpcIds.join(', ') }, localizedData: { workspaces }, at }];
  },
});

export const INPUT_RULES = [inputJson, inputDocument, inputField, inputCidr, inputCidrHostBits, inputValue, inputDuplicate, inputConflict, inputPartial, inputVpcs, inputContext, inputTemplate, inputUnresolved];
