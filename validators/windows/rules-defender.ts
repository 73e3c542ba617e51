/**
 * Microsoft Defender Antivirus without internet: how old its security intelligence is, whether
 * any update source in the fallback order can work in a closed network, and whether file-share
 * sources name the share root. Reads Get-MpComputerStatus and Get-MpPreference.
 */
import { DEFAULT_FALLBACK_ORDER, FALLBACK_TOKENS, NEVER_UPDATED_AGES, OUT_OF_DATE_DAYS, parseFallbackOrder, STAGING_FOLDERS } from '../requirements/defender.ts';
import { defineRule, type RuleReport } from '../rules/rule.ts';
import { property } from './defender.ts';
import type { DefenderPreferenceOutput } from './model.ts';
import { list, outputsOf, textAt } from './report.ts';
import { parseInteger } from './text.ts';

const AGE_PROPERTIES = [
  { age: 'AntivirusSignatureAge', version: 'AntivirusSignatureVersion', updated: 'AntivirusSignatureLastUpdated' },
  { age: 'AntispywareSignatureAge', version: 'AntispywareSignatureVersion', updated: 'AntispywareSignatureLastUpdated' },
  { age: 'NISSignatureAge', version: 'NISSignatureVersion', updated: 'NISSignatureLastUpdated' },
] as const;

const INTERNET_TOKENS = FALLBACK_TOKENS.filter((entry) => entry.needsInternet).map((entry) => entry.token);
const OFFLINE_TOKENS = FALLBACK_TOKENS.filter((entry) => !entry.needsInternet).map((entry) => entry.token);
const KNOWN_TOKENS = list(FALLBACK_TOKENS.map((entry) => entry.token));

export const winDefenderSignatureAge = defineRule({
  id: 'win-defender-signature-age',
  category: 'win',
  severity: 'error',
  title: { en: `Defender security intelligence is less than ${OUT_OF_DATE_DAYS} days old`, ja: `Defender のセキュリティ インテリジェンスが ${OUT_OF_DATE_DAYS} 日以内に更新されている` },
  description: {
    en: `Defender treats protection as out of date after ${OUT_OF_DATE_DAYS} days without security intelligence updates. A closed WorkSpace gets none from Microsoft Update: without WSUS, Configuration Manager or a file share it stays at the version of its image. Reads the *SignatureAge values and DefenderSignaturesOutOfDate of Get-MpComputerStatus (that the ages count days, and that ${list(NEVER_UPDATED_AGES.map(String)).en} mean “never”, is what samples show; Microsoft’s reference does not say).`,
    ja: `Defender は、セキュリティ インテリジェンスが ${OUT_OF_DATE_DAYS} 日間更新されないと保護が古いとみなします。閉域の WorkSpace には Microsoft Update から更新が届かないため、WSUS、Configuration Manager、ファイル共有のいずれかがなければイメージ作成時のバージョンのままです。Get-MpComputerStatus の *SignatureAge と DefenderSignaturesOutOfDate を読みます (値の単位が日であること、${list(NEVER_UPDATED_AGES.map(String)).ja} が「一度も更新されていない」を意味することは、サンプルから読み取れる内容で、Microsoft のリファレンスには明記されていません)。`,
  },
  messages: {
    old: {
      en: '{property} is {age} days (version {version}, last updated {updated}): Defender considers protection out of date after {limit} days.',
      ja: '{property} が {age} 日です (バージョン {version}、最終更新 {updated})。Defender は {limit} 日を過ぎると保護が古いとみなします。',
    },
    never: {
      en: '{property} is {age}, the value shown when security intelligence was never updated (version {version}).',
      ja: '{property} が {age} で、セキュリティ インテリジェンスが一度も更新されていないときの値です (バージョン {version})。',
    },
    flagged: {
      en: 'DefenderSignaturesOutOfDate is True: Defender itself reports its security intelligence as out of date.',
      ja: 'DefenderSignaturesOutOfDate が True で、Defender 自身がセキュリティ インテリジェンスを古いと報告しています。',
    },
  },
  sources: ['ms-defender-updates', 'ms-get-mpcomputerstatus'],
  check(analysis) {
    const reports: RuleReport<'never' | 'old' | 'flagged'>[] = [];
    for (const output of outputsOf(analysis, 'defender-status')) {
      let reported = false;
      for (const names of AGE_PROPERTIES) {
        const field = property(output, names.age);
        const age = field ? parseInteger(field.value) : undefined;
        if (!field || age === undefined || age < OUT_OF_DATE_DAYS) continue;
        const version = property(output, names.version)?.value || '?';
        const never = (NEVER_UPDATED_AGES as readonly number[]).includes(age);
        reports.push({
          messageId: never ? 'never' : 'old',
          data: { property: names.age, age, version, updated: property(output, names.updated)?.value || '?', limit: OUT_OF_DATE_DAYS },
          at: textAt(output.file, field.span),
        });
        // One finding per output: the three ages move together.
        reported = true;
        break;
      }
      const flag = property(output, 'DefenderSignaturesOutOfDate');
      if (!reported && flag && /^true$/i.test(flag.value)) reports.push({ messageId: 'flagged', at: textAt(output.file, flag.span) });
    }
    return reports;
  },
});

/** The shares of SignatureDefinitionUpdateFileSharesSources (`\\a\b|\\c\d`, also `{\\a\b, \\c\d}`). */
export function fileShares(value: string): string[] {
  return value
    .replace(/^\{|\}$/g, '')
    .split(/[|,]/)
    .map((item) => item.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
}

function shareSources(output: DefenderPreferenceOutput) {
  const field = property(output, 'SignatureDefinitionUpdateFileSharesSources');
  return { field, shares: field ? fileShares(field.value) : [] };
}

export const winDefenderFallbackOrder = defineRule({
  id: 'win-defender-fallback-order',
  category: 'win',
  severity: 'error',
  title: { en: 'The update sources include one that works without internet', ja: '更新元にインターネットなしで使えるものが含まれている' },
  description: {
    en: `SignatureFallbackOrder is where Defender looks for security intelligence, in order. ${list(INTERNET_TOKENS).en} need the internet, so a closed WorkSpace needs ${list(OFFLINE_TOKENS).en} in the order (FileShares with the shares set in SignatureDefinitionUpdateFileSharesSources). The default, ${DEFAULT_FALLBACK_ORDER}, never succeeds there.`,
    ja: `SignatureFallbackOrder は、Defender がセキュリティ インテリジェンスを探す場所とその順序です。${list(INTERNET_TOKENS).ja} はインターネットが必要なので、閉域の WorkSpace では ${list(OFFLINE_TOKENS).ja} のいずれかを含める必要があります (FileShares の場合は SignatureDefinitionUpdateFileSharesSources に共有を設定)。既定値の ${DEFAULT_FALLBACK_ORDER} では、閉域では一度も更新できません。`,
  },
  messages: {
    internetOnly: {
      en: 'SignatureFallbackOrder is {order}: every source in it ({tokens}) needs the internet, so Defender on a closed WorkSpace never finds an update.',
      ja: 'SignatureFallbackOrder が {order} です。含まれる更新元 ({tokens}) はどれもインターネットが必要なため、閉域の WorkSpace の Defender は更新を一度も取得できません。',
    },
    fileSharesWithoutPaths: {
      en: 'SignatureFallbackOrder includes FileShares, but SignatureDefinitionUpdateFileSharesSources is empty: the file-share source is skipped.',
      ja: 'SignatureFallbackOrder に FileShares がありますが、SignatureDefinitionUpdateFileSharesSources が空なので、ファイル共有からの更新は行われません。',
    },
    pathsWithoutFileShares: {
      en: 'SignatureDefinitionUpdateFileSharesSources lists {shares}, but SignatureFallbackOrder ({order}) does not include FileShares, so the shares are never used.',
      ja: 'SignatureDefinitionUpdateFileSharesSources に {shares} が設定されていますが、SignatureFallbackOrder ({order}) に FileShares がないため、この共有は使われません。',
    },
    unknownToken: {
      en: 'SignatureFallbackOrder contains {tokens}, not one of the sources Defender knows ({known}).',
      ja: 'SignatureFallbackOrder に、Defender が認識する更新元 ({known}) ではない {tokens} が含まれています。',
    },
  },
  sources: ['ms-defender-updates', 'ms-set-mppreference', 'ms-get-mppreference'],
  check(analysis) {
    const reports: RuleReport<'internetOnly' | 'fileSharesWithoutPaths' | 'pathsWithoutFileShares' | 'unknownToken'>[] = [];
    for (const output of outputsOf(analysis, 'defender-preference')) {
      const orderField = property(output, 'SignatureFallbackOrder');
      if (!orderField) continue;
      const { tokens, unknown } = parseFallbackOrder(orderField.value);
      const at = textAt(output.file, orderField.span);
      const lower = tokens.map((token) => token.toLowerCase());
      const { field: sharesField, shares } = shareSources(output);
      if (unknown.length > 0) reports.push({ messageId: 'unknownToken', severity: 'warning', data: { tokens: list(unknown).en, known: KNOWN_TOKENS.en }, localizedData: { tokens: list(unknown), known: KNOWN_TOKENS }, at });
      const offline = tokens.filter((token) => OFFLINE_TOKENS.some((candidate) => candidate.toLowerCase() === token.toLowerCase()));
      if (tokens.length > 0 && offline.length === 0) {
        const known = tokens.filter((token) => !unknown.includes(token));
        reports.push({ messageId: 'internetOnly', data: { order: orderField.value, tokens: list(known).en }, localizedData: { tokens: list(known) }, at });
      }
      // An internet-only order has no FileShares either, so it falls to the second branch.
      if (lower.includes('fileshares') && sharesField && shares.length === 0) {
        reports.push({ messageId: 'fileSharesWithoutPaths', at: textAt(output.file, sharesField.span) });
      } else if (!lower.includes('fileshares') && shares.length > 0 && sharesField) {
        reports.push({ messageId: 'pathsWithoutFileShares', data: { shares: list(shares).en, order: orderField.value }, localizedData: { shares: list(shares) }, at: textAt(output.file, sharesField.span) });
      }
    }
    return reports;
  },
});

/** The path without the slashes and backslashes that end it (a loop: `/[\\/]+$/` is quadratic on a run of them). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === '\\' || path[end - 1] === '/')) end--;
  return path.slice(0, end);
}

/** `\\server\share\x64` → `x64`. */
function platformFolder(path: string): string | undefined {
  const last = withoutTrailingSlashes(path).split(/[\\/]/).pop()?.toLowerCase();
  return (STAGING_FOLDERS as readonly string[]).find((folder) => folder === last);
}

export const winDefenderSharePath = defineRule({
  id: 'win-defender-share-path',
  category: 'win',
  severity: 'error',
  title: { en: 'File-share update sources name the share root, not its x64 or x86 folder', ja: 'ファイル共有の更新元が共有のルートを指し、x64 や x86 のフォルダーを指していない' },
  description: {
    en: `A staging server downloads security intelligence into ${list(STAGING_FOLDERS.map((folder) => `\\${folder}`)).en} folders under one share, and Defender appends the folder of its own platform to the path it is given: a path that already ends in ${list([...STAGING_FOLDERS]).en} is looked up one folder too deep and never found. Every path must be a UNC path (\\\\server\\share).`,
    ja: `ステージング用のサーバーは 1 つの共有の下の ${list(STAGING_FOLDERS.map((folder) => `\\${folder}`)).ja} フォルダーにセキュリティ インテリジェンスをダウンロードし、Defender は指定されたパスに自分のプラットフォームのフォルダーを付け足します。パスが ${list([...STAGING_FOLDERS]).ja} で終わっていると 1 階層深い場所を探すことになり、更新が見つかりません。パスはすべて UNC パス (\\\\サーバー\\共有) である必要があります。`,
  },
  messages: {
    platformFolder: {
      en: '{path} ends in the {folder} folder; Defender adds {folder} itself, so give {root}.',
      ja: '{path} は {folder} フォルダーで終わっています。{folder} は Defender が自分で付け足すので、{root} を指定してください。',
    },
    notUnc: {
      en: '{path} is not a UNC path (\\\\server\\share).',
      ja: '{path} は UNC パス (\\\\サーバー\\共有) ではありません。',
    },
  },
  sources: ['ms-defender-updates', 'ms-set-mppreference'],
  check(analysis) {
    const reports: RuleReport<'platformFolder' | 'notUnc'>[] = [];
    for (const output of outputsOf(analysis, 'defender-preference')) {
      const { field, shares } = shareSources(output);
      if (!field) continue;
      const at = textAt(output.file, field.span);
      for (const path of shares) {
        const folder = platformFolder(path);
        if (folder) {
          const root = withoutTrailingSlashes(path).replace(/[\\/][^\\/]+$/, '');
          reports.push({ messageId: 'platformFolder', data: { path, folder, root }, at });
        } else if (!/^\\\\[^\\]+\\[^\\]+/.test(path)) {
          reports.push({ messageId: 'notUnc', severity: 'warning', data: { path }, at });
        }
      }
    }
    return reports;
  },
});

export const DEFENDER_RULES = [winDefenderSignatureAge, winDefenderFallbackOrder, winDefenderSharePath];
