/**
 * The words of the proof, the path diagram and the audit report, in every language. The
 * workbench, the report and the guides draw the same argument, so they take their words from here.
 */
import { formatMessage, type MessageData } from '../messages.ts';
import type { Lang, Localized, ProofBranch, ProofLayer, ProofStep, Verdict } from '../types.ts';

export const VERDICT_LABEL: Record<Verdict, Localized> = {
  closed: { en: 'Closed', ja: '閉じています' },
  open: { en: 'Open', ja: '開いています' },
  unverified: { en: 'Unverified', ja: '未確認' },
};

/** A closed verdict with error findings: closed to the internet, yet the WorkSpaces would not work. */
const CLOSED_WITH_ERRORS: Record<'one' | 'other', Localized> = {
  one: { en: 'Closed to the internet, but 1 error breaks what the WorkSpaces need', ja: 'インターネットには閉じていますが、WorkSpaces に必要な通信を妨げるエラーが 1 件あります' },
  other: { en: 'Closed to the internet, but {count} errors break what the WorkSpaces need', ja: 'インターネットには閉じていますが、WorkSpaces に必要な通信を妨げるエラーが {count} 件あります' },
};

/** How the banner states a verdict: `closed-errors` is a closed verdict that must not look like plain success; `healthy` is a Windows-only paste whose every check passes. */
export type VerdictTone = Verdict | 'closed-errors' | 'healthy';

export const WINDOWS_HEALTHY: Localized = { en: 'Healthy: every check of the Windows output passes', ja: '正常: Windows の出力の確認項目はすべて問題ありません' };

/** The banner's tone: closed with error findings is its own state. */
export function verdictTone(verdict: Verdict, errors: number): VerdictTone {
  return verdict === 'closed' && errors > 0 ? 'closed-errors' : verdict;
}

/** The banner's headline: the verdict, and for a closed verdict with errors, how many errors break the WorkSpaces. */
export function verdictHeadline(verdict: Verdict, errors: number, lang: Lang, locale: string = lang): string {
  if (verdictTone(verdict, errors) !== 'closed-errors') return VERDICT_LABEL[verdict][lang];
  return formatMessage(CLOSED_WITH_ERRORS[errors === 1 ? 'one' : 'other'][lang], { count: errors.toLocaleString(locale) });
}

export const LAYER_LABEL: Record<ProofLayer, Localized> = {
  route: { en: 'Route table', ja: 'ルートテーブル' },
  'block-public-access': { en: 'Block Public Access', ja: 'パブリックアクセスのブロック' },
  nacl: { en: 'Network ACL', ja: 'ネットワーク ACL' },
  'security-group': { en: 'Security group', ja: 'セキュリティグループ' },
  'next-hop': { en: 'Next hop', ja: 'ネクストホップ' },
  'transit-gateway': { en: 'Transit gateway', ja: 'Transit Gateway' },
  assumption: { en: 'Assumed', ja: '前提' },
};

/** The layer inside a sentence ("dropped at the network ACL"). */
const LAYER_IN_SENTENCE: Record<ProofLayer, Localized> = {
  route: { en: 'route table', ja: 'ルートテーブル' },
  'block-public-access': { en: 'VPC Block Public Access', ja: 'VPC のパブリックアクセスのブロック' },
  nacl: { en: 'network ACL', ja: 'ネットワーク ACL' },
  'security-group': { en: 'security group', ja: 'セキュリティグループ' },
  'next-hop': { en: 'next hop', ja: 'ネクストホップ' },
  'transit-gateway': { en: 'transit gateway route table', ja: 'Transit Gateway のルートテーブル' },
  assumption: { en: 'assumed default', ja: '前提とした既定値' },
};

/** "dropped at the network ACL". */
export function droppedAtText(layer: ProofLayer, lang: Lang): string {
  return reportText('droppedAt', lang, { layer: LAYER_IN_SENTENCE[layer][lang] });
}

export const EFFECT_LABEL: Record<ProofStep['effect'], Localized> = {
  allow: { en: 'allows', ja: '許可' },
  deny: { en: 'drops', ja: '破棄' },
  unknown: { en: 'cannot tell', ja: '判断できない' },
};

export const OUTCOME_LABEL: Record<ProofBranch['outcome'], Localized> = {
  open: { en: 'open', ja: '通過する' },
  dropped: { en: 'dropped', ja: '破棄される' },
  unverified: { en: 'unverified', ja: '未確認' },
};

const TEXT = {
  partEgress: { en: 'IPv{family} egress from {subnets}', ja: '{subnets} からの IPv{family} 送信' },
  partIngress: { en: 'IPv{family} ingress to {subnets}', ja: '{subnets} への IPv{family} 受信' },
  droppedAt: { en: 'dropped at the {layer}', ja: '{layer}で破棄される' },
  noRoute: { en: 'no route', ja: 'ルートなし' },
  via: { en: 'via {target}', ja: '{target} 経由' },
  more: { en: '{count} more blocks', ja: 'ほか {count} ブロック' },
  vpc: { en: '{id} ({cidrs}): {subnets}', ja: '{id} ({cidrs}): {subnets}' },
  vpcWorkspaces: { en: '{id} ({cidrs}), WorkSpaces VPC: {subnets}', ja: '{id} ({cidrs})、WorkSpaces の VPC: {subnets}' },
  noSubnets: { en: 'no subnet in the inputs', ja: '入力にサブネットなし' },
  proof: { en: 'Why: the proof', ja: '判定の根拠' },
  vpcs: { en: 'VPCs analysed', ja: '分析した VPC' },
  assumptions: { en: 'What was assumed', ja: '前提にしたこと' },
  diagram: { en: 'Path diagram', ja: '経路図' },
  diagramText: { en: 'The diagram as text', ja: '経路図の内容 (テキスト)' },
  subnetsColumn: { en: 'WorkSpaces subnets', ja: 'WorkSpaces のサブネット' },
  routeColumn: { en: 'Route', ja: 'ルート' },
  nextHopColumn: { en: 'Next hop and outcome', ja: 'ネクストホップと結果' },
  hopsColumn: { en: 'Further hops', ja: 'その先のホップ' },
  moreHops: { en: '{count} more hops', ja: 'ほか {count} ホップ' },
} satisfies Record<string, Localized>;

export type ReportTextKey = keyof typeof TEXT;

/** One of the proof's phrases in a language, placeholders filled. */
export function reportText(key: ReportTextKey, lang: Lang, data?: MessageData): string {
  return formatMessage(TEXT[key][lang], data);
}

/** The lines values were read from, by document, in the order met: `[["workspace-directories.json", [6, 7]]]`. */
export function linesByFile(values: readonly { file?: string; line?: number }[]): [file: string, lines: number[]][] {
  const byFile = new Map<string, number[]>();
  for (const { file, line } of values) {
    if (file === undefined) continue;
    const lines = byFile.get(file) ?? [];
    if (line !== undefined && !lines.includes(line)) lines.push(line);
    byFile.set(file, lines);
  }
  return [...byFile];
}
