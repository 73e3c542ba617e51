/**
 * The context: what the inputs cannot tell the engine. This schema is the one list of its
 * fields; the engine's normalisation, the share-link cleaning, the workbench form, the CLI help
 * and the API reference table are all derived from it (a test checks each of them lists every field).
 */
import { z } from 'zod';
import type { Lang, Localized } from './types.ts';

/** How a field is entered in the form and read by the engine. */
export type ContextFieldKind = 'region' | 'list' | 'choice';

/** What the form, the help text and the reference table say about a field. */
export interface ContextFieldDoc {
  kind: ContextFieldKind;
  /** Short label; the form shows it with the field name, as messages name the field. */
  label: Localized;
  /** One sentence: what the value is and what it changes. */
  description: Localized;
  /** A typical value, as typed in the form. */
  example: string;
  /** The rule that reads the field, when one rule does (its page is linked from the reference). */
  rule?: string;
}

/** The docs of each context field, keyed by the field's schema. */
export const contextDocs = z.registry<ContextFieldDoc>();

const list = (doc: Omit<ContextFieldDoc, 'kind'>) => z.array(z.string()).optional().register(contextDocs, { kind: 'list', ...doc });
const choice = <const T extends readonly [string, ...string[]]>(values: T, doc: Omit<ContextFieldDoc, 'kind'>) =>
  z.enum(values).optional().register(contextDocs, { kind: 'choice', ...doc });

export const contextSchema = z.object({
  /** AWS Region code: selects the management interface ranges. */
  region: z
    .string()
    .optional()
    .register(contextDocs, {
      kind: 'region',
      label: { en: 'Region', ja: 'リージョン' },
      description: { en: 'AWS Region code; selects the management interface ranges to check (read from the subnets’ Availability Zones when empty).', ja: 'AWS のリージョンコード。確認する管理インターフェイスのレンジが決まります (空ならサブネットのアベイラビリティーゾーンから読み取ります)。' },
      example: 'ap-northeast-1',
      rule: 'mgmt-range-conflict',
    }),
  /** Subnets the WorkSpaces use; default: every subnet in the inputs. */
  workspacesSubnetIds: list({
    label: { en: 'WorkSpaces subnets', ja: 'WorkSpaces のサブネット' },
    description: { en: 'Subnets the WorkSpaces use; the verdict is about these (default: every subnet in the inputs).', ja: 'WorkSpaces が使うサブネット。判定はこのサブネットについて行います (既定: 入力にあるすべてのサブネット)。' },
    example: 'subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002',
  }),
  /** Security groups on the WorkSpaces' network interfaces. */
  workspacesSecurityGroupIds: list({
    label: { en: 'WorkSpaces security groups', ja: 'WorkSpaces のセキュリティグループ' },
    description: { en: 'Security groups on the WorkSpaces’ network interfaces (default: the *_workspacesMembers groups, else every group given).', ja: 'WorkSpaces のネットワークインターフェイスに付くセキュリティグループ (既定: *_workspacesMembers グループ、なければ入力にあるすべてのグループ)。' },
    example: 'sg-0c1a5ed0c1a5ed001',
  }),
  /** Directory controllers (DNS servers), as IPs or CIDRs. */
  directoryControllers: list({
    label: { en: 'Directory controllers', ja: 'ディレクトリコントローラー' },
    description: { en: 'Domain controllers (the directory’s DNS servers) as IP addresses or CIDRs; the directory flows are checked towards them.', ja: 'ドメインコントローラー (ディレクトリの DNS サーバー) の IP アドレスまたは CIDR。ディレクトリとの通信をこの宛先で確認します。' },
    example: '10.0.3.10, 10.0.4.10',
  }),
  /** On-premises or other internal ranges reached over TGW/VGW: not internet. */
  internalCidrs: list({
    label: { en: 'Internal ranges', ja: '内部レンジ' },
    description: { en: 'On-premises or other internal ranges reached over a transit gateway or VPN: not counted as internet.', ja: 'Transit Gateway や VPN の先にあるオンプレミスなどの内部レンジ。インターネットとして扱いません。' },
    example: '192.168.0.0/16',
  }),
  /** Next-hop ids known to have no internet egress downstream. */
  closedTargets: list({
    label: { en: 'Closed next hops', ja: '閉じたネクストホップ' },
    description: { en: 'Next-hop ids (tgw-, vgw-, pcx-, eni-…) known to have no internet egress beyond them.', ja: 'その先にインターネットへの出口がないと分かっているネクストホップの ID (tgw-、vgw-、pcx-、eni- など)。' },
    example: 'tgw-0123456789abcdef0',
  }),
  /** Bundle licensing: decides the management ranges and KMS hosts. */
  bundle: choice(['public', 'byol'], {
    label: { en: 'Bundle', ja: 'バンドル' },
    description: { en: '`public` (default) or `byol` (any letter case): decides which management ranges and KMS hosts apply.', ja: '`public` (既定) か `byol` (大文字小文字は問いません)。適用される管理レンジと KMS ホストが決まります。' },
    example: 'public',
  }),
  /** BYOL: your own KMS hosts, as host or host:port. */
  kmsHosts: list({
    label: { en: 'KMS hosts', ja: 'KMS ホスト' },
    description: { en: 'BYOL: your own KMS hosts for Windows activation, as `host` or `host:port` (port 1688 when omitted).', ja: 'BYOL の場合に Windows のライセンス認証に使う自社の KMS ホスト。`host` または `host:port` の形式です (ポート省略時は 1688)。' },
    example: 'kms01.corp.example.jp',
    rule: 'win-kms-host',
  }),
  /** Where domain members take time from; checked against pasted w32tm output. */
  timeSource: choice(['domain-hierarchy', 'amazon-time-sync'], {
    label: { en: 'Time source', ja: '時刻ソース' },
    description: { en: '`domain-hierarchy` (PDC emulator at the top) or `amazon-time-sync` on every member; checked against pasted w32tm output.', ja: '`domain-hierarchy` (PDC エミュレーターが最上位) か、全メンバーで `amazon-time-sync`。貼り付けた w32tm の出力と照合します。' },
    example: 'domain-hierarchy',
    rule: 'win-time-source',
  }),
  /** Streaming protocol of the WorkSpaces: DCV also uses 10.0.0.0/8 for management. */
  streamingProtocol: choice(['pcoip', 'dcv'], {
    label: { en: 'Streaming protocol', ja: 'ストリーミングプロトコル' },
    description: { en: '`pcoip` or `dcv` (WSP). DCV WorkSpaces from public bundles also use 10.0.0.0/8 for management, so a route into it is an error.', ja: '`pcoip` か `dcv` (WSP)。パブリックバンドルの DCV WorkSpaces は管理通信に 10.0.0.0/8 も使うため、そこへのルートはエラーになります。' },
    example: 'dcv',
    rule: 'mgmt-range-conflict',
  }),
});

export type Context = z.infer<typeof contextSchema>;
export type ContextFieldName = keyof Context;

/** One field of the context with its docs and, for a choice, its values. */
export interface ContextField extends ContextFieldDoc {
  name: ContextFieldName;
  values?: readonly string[];
}

/** Every field of the context, in the schema's order. */
export const CONTEXT_FIELDS: readonly ContextField[] = Object.entries(contextSchema.shape).map(([name, schema]) => {
  const doc = contextDocs.get(schema);
  if (!doc) throw new Error(`context: field ${name} has no docs`);
  const inner = schema.unwrap();
  return { name: name as ContextFieldName, ...doc, ...(inner instanceof z.ZodEnum ? { values: inner.options as readonly string[] } : {}) };
});

/** Fields whose value is a list of strings. */
export const CONTEXT_LIST_FIELDS = CONTEXT_FIELDS.filter((field) => field.kind === 'list').map((field) => field.name) as readonly ListFieldName[];
export type ListFieldName = { [K in ContextFieldName]-?: NonNullable<Context[K]> extends string[] ? K : never }[ContextFieldName];

/** The label of a field as the form and help show it: "Closed next hops (closedTargets)". */
export function fieldLabel(field: ContextField, lang: Lang): string {
  return `${field.label[lang]} (${field.name})`;
}

/** The value of a choice field in its canonical spelling (`BYOL` → `byol`), or undefined when it is none of the choices. */
export function canonicalChoice(field: ContextField, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toLowerCase();
  return field.values?.find((candidate) => candidate === wanted);
}

/** The context fields as the CLI's `--help` lists them: name, values, description. */
export function contextHelp(lang: Lang = 'en'): string {
  const width = Math.max(...CONTEXT_FIELDS.map((field) => field.name.length));
  return CONTEXT_FIELDS.map((field) => {
    const shape = field.kind === 'list' ? 'string[]' : field.values ? field.values.join(' | ') : lang === 'ja' ? '文字列' : 'string';
    return `  ${field.name.padEnd(width)}  ${shape}\n  ${' '.repeat(width)}  ${field.label[lang]}: ${field.description[lang].replaceAll('`', '')}`;
  }).join('\n');
}

/** The field of a name, if the context has it. */
export function contextField(name: string): ContextField | undefined {
  return CONTEXT_FIELDS.find((field) => field.name === name);
}
