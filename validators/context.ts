/**
 * The context: what the inputs cannot tell the engine. FIELD_SHAPES below is the one list of its
 * fields; the Context type, the zod schema (validators/context-schema.ts), the engine's
 * normalisation, the share-link cleaning, the workbench form, the CLI help and the API reference
 * table are all derived from it (a test checks each of them lists every field). Plain data, no
 * zod: the workbench page reads it, and zod there would cost every page ~95 KB of script.
 */
import type { Lang, Localized } from './types.ts';

/** How a field is entered in the form and read by the engine. */
export type ContextFieldKind = 'region' | 'list' | 'choice';

/** One field of the context: its name and how it is entered. */
export interface ContextFieldShape {
  name: string;
  kind: ContextFieldKind;
  /** The allowed values of a choice, in their canonical (lower-case) spelling. */
  values?: readonly string[];
}

/** What the form, the help and the reference say about a field. */
export interface ContextFieldDoc {
  /** Short label; the form shows it with the field name, as messages name the field. */
  label: Localized;
  /** One sentence: what the value is and what it changes. */
  description: Localized;
  /** A typical value, as typed in the form. */
  example: string;
  /** The rule that reads the field, when one rule does (its page is linked from the reference). */
  rule?: string;
}

/** A field with its docs. */
export type ContextField = ContextFieldShape & ContextFieldDoc;

const FIELD_SHAPES = [
  /** AWS Region code: selects the management interface ranges. */
  { name: 'region', kind: 'region' },
  /** Subnets the WorkSpaces use; default: every subnet in the inputs. */
  { name: 'workspacesSubnetIds', kind: 'list' },
  /** Security groups on the WorkSpaces' network interfaces. */
  { name: 'workspacesSecurityGroupIds', kind: 'list' },
  /** Directory controllers (DNS servers), as IPs or CIDRs. */
  { name: 'directoryControllers', kind: 'list' },
  /** On-premises or other internal ranges reached over TGW/VGW: not internet. */
  { name: 'internalCidrs', kind: 'list' },
  /** Next-hop ids known to have no internet egress downstream. */
  { name: 'closedTargets', kind: 'list' },
  /** Bundle licensing: decides the management ranges and KMS hosts. */
  { name: 'bundle', kind: 'choice', values: ['public', 'byol'] },
  /** BYOL: your own KMS hosts, as host or host:port. */
  { name: 'kmsHosts', kind: 'list' },
  /** Where domain members take time from; checked against pasted w32tm output. */
  { name: 'timeSource', kind: 'choice', values: ['domain-hierarchy', 'amazon-time-sync'] },
  /** Streaming protocol of the WorkSpaces: DCV also uses 10.0.0.0/8 for management. */
  { name: 'streamingProtocol', kind: 'choice', values: ['pcoip', 'dcv'] },
] as const satisfies readonly ContextFieldShape[];

type FieldSpec = (typeof FIELD_SHAPES)[number];
type ValueOf<F> = F extends { kind: 'list' } ? string[] : F extends { kind: 'choice'; values: readonly (infer V)[] } ? V : string;

/** What the inputs cannot tell: every field optional (design.md §4). */
export type Context = { [F in FieldSpec as F['name']]?: ValueOf<F> };
export type ContextFieldName = FieldSpec['name'];

/** What the form, the help and the reference say about each field (the compiler checks that every field has its docs). */
const FIELD_DOCS: Record<ContextFieldName, ContextFieldDoc> = {
  region: {
      label: { en: 'Region', ja: 'リージョン' },
      description: { en: 'AWS Region code; selects the management interface ranges to check (read from the subnets’ Availability Zones when empty).', ja: 'AWS のリージョンコード。確認する管理インターフェイスのレンジが決まります (空ならサブネットのアベイラビリティーゾーンから読み取ります)。' },
      example: 'ap-northeast-1',
      rule: 'mgmt-range-conflict',
  },
  workspacesSubnetIds: {
      label: { en: 'WorkSpaces subnets', ja: 'WorkSpaces のサブネット' },
      description: { en: 'Subnets the WorkSpaces use; the verdict is about these (default: the subnets of the WorkSpaces directories pasted, else every subnet in the inputs).', ja: 'WorkSpaces が使うサブネット。判定はこのサブネットについて行います (既定: 貼り付けた WorkSpaces ディレクトリのサブネット、なければ入力にあるすべてのサブネット)。' },
      example: 'subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002',
  },
  workspacesSecurityGroupIds: {
      label: { en: 'WorkSpaces security groups', ja: 'WorkSpaces のセキュリティグループ' },
      description: { en: 'Security groups on the WorkSpaces’ network interfaces (default: those the pasted directories and WorkSpaces’ interfaces show, else the *_workspacesMembers groups, else every group given).', ja: 'WorkSpaces のネットワークインターフェイスに付くセキュリティグループ (既定: 貼り付けたディレクトリと WorkSpaces のインターフェイスからわかるグループ、なければ *_workspacesMembers グループ、それもなければ入力にあるすべてのグループ)。' },
      example: 'sg-0c1a5ed0c1a5ed001',
  },
  directoryControllers: {
      label: { en: 'Directory controllers', ja: 'ディレクトリコントローラー' },
      description: { en: 'Domain controllers (the directory’s DNS servers) as IP addresses or CIDRs; the directory flows are checked towards them (default: the DNS servers of the WorkSpaces directories pasted).', ja: 'ドメインコントローラー (ディレクトリの DNS サーバー) の IP アドレスまたは CIDR。ディレクトリとの通信をこの宛先で確認します (既定: 貼り付けた WorkSpaces ディレクトリの DNS サーバー)。' },
      example: '10.0.3.10, 10.0.4.10',
  },
  internalCidrs: {
      label: { en: 'Internal ranges', ja: '内部レンジ' },
      description: { en: 'On-premises or other internal ranges reached over a transit gateway or VPN: not counted as internet.', ja: 'Transit Gateway や VPN の先にあるオンプレミスなどの内部レンジ。インターネットとして扱いません。' },
      example: '192.168.0.0/16',
  },
  closedTargets: {
      label: { en: 'Closed next hops', ja: '閉じたネクストホップ' },
      description: { en: 'Next-hop ids (tgw-, vgw-, pcx-, eni-…) known to have no internet egress beyond them.', ja: 'その先にインターネットへの出口がないと分かっているネクストホップの ID (tgw-、vgw-、pcx-、eni- など)。' },
      example: 'tgw-0123456789abcdef0',
  },
  bundle: {
      label: { en: 'Bundle', ja: 'バンドル' },
      description: { en: '`public` (default) or `byol` (any letter case): decides which management ranges and KMS hosts apply.', ja: '`public` (既定) か `byol` (大文字小文字は問いません)。適用される管理レンジと KMS ホストが決まります。' },
      example: 'public',
  },
  kmsHosts: {
      label: { en: 'KMS hosts', ja: 'KMS ホスト' },
      description: { en: 'BYOL: your own KMS hosts for Windows activation, as `host` or `host:port` (port 1688 when omitted).', ja: 'BYOL の場合に Windows のライセンス認証に使う自社の KMS ホスト。`host` または `host:port` の形式です (ポート省略時は 1688)。' },
      example: 'kms01.corp.example.jp',
      rule: 'win-kms-host',
  },
  timeSource: {
      label: { en: 'Time source', ja: '時刻ソース' },
      description: { en: '`domain-hierarchy` (PDC emulator at the top) or `amazon-time-sync` on every member; checked against pasted w32tm output.', ja: '`domain-hierarchy` (PDC エミュレーターが最上位) か、全メンバーで `amazon-time-sync`。貼り付けた w32tm の出力と照合します。' },
      example: 'domain-hierarchy',
      rule: 'win-time-source',
  },
  streamingProtocol: {
      label: { en: 'Streaming protocol', ja: 'ストリーミングプロトコル' },
      description: { en: '`pcoip` or `dcv` (WSP). DCV WorkSpaces from public bundles also use 10.0.0.0/8 for management, so a route into it is an error.', ja: '`pcoip` か `dcv` (WSP)。パブリックバンドルの DCV WorkSpaces は管理通信に 10.0.0.0/8 も使うため、そこへのルートはエラーになります。' },
      example: 'dcv',
      rule: 'mgmt-range-conflict',
  },
};



/** Every field of the context with how it is entered, in the order the form and the reference show them (no docs: what the browser and the engine need). */
export const CONTEXT_FIELD_SHAPES: readonly (ContextFieldShape & { name: ContextFieldName })[] = FIELD_SHAPES;

/** Every field with its docs, for the form, the help and the reference (built at build time or in the CLI). */
export const CONTEXT_FIELDS: readonly (ContextField & { name: ContextFieldName })[] = /* @__PURE__ */ FIELD_SHAPES.map((shape) => ({ ...shape, ...FIELD_DOCS[shape.name] }));

/** Fields whose value is a list of strings. */
export type ListFieldName = Extract<FieldSpec, { kind: 'list' }>['name'];
export const CONTEXT_LIST_FIELDS: readonly ListFieldName[] = FIELD_SHAPES.filter((field): field is Extract<FieldSpec, { kind: 'list' }> => field.kind === 'list').map((field) => field.name);

/** The label of a field as the form and help show it: "Closed next hops (closedTargets)". */
export function fieldLabel(field: ContextField, lang: Lang): string {
  return `${field.label[lang]} (${field.name})`;
}

/** The value of a choice field in its canonical spelling (`BYOL` → `byol`), or undefined when it is none of the choices. */
export function canonicalChoice(field: ContextFieldShape, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toLowerCase();
  return field.values?.find((candidate) => candidate === wanted);
}

/** The context fields as the CLI's `--help` lists them: name, values, description. */
export function contextHelp(lang: Lang = 'en'): string {
  const width = Math.max(...CONTEXT_FIELDS.map((field) => field.name.length));
  return CONTEXT_FIELDS
    .map((field) => {
      const shape = field.kind === 'list' ? 'string[]' : field.values ? field.values.join(' | ') : lang === 'ja' ? '文字列' : 'string';
      return `  ${field.name.padEnd(width)}  ${shape}\n  ${' '.repeat(width)}  ${field.label[lang]}: ${field.description[lang].replaceAll('`', '')}`;
    })
    .join('\n');
}
