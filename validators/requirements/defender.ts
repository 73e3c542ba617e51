/**
 * Microsoft Defender Antivirus security-intelligence updates without internet.
 */
import type { SourceId } from './sources.ts';

/** Tokens of `SignatureFallbackOrder` / the "order of sources" policy. */
export const FALLBACK_TOKENS = [
  { token: 'InternalDefinitionUpdateServer', needsInternet: false, meaning: { en: 'WSUS (updates must be approved)', ja: 'WSUS (更新の承認が必要)' } },
  { token: 'MicrosoftUpdateServer', needsInternet: true, meaning: { en: 'Microsoft Update', ja: 'Microsoft Update' } },
  { token: 'MMPC', needsInternet: true, meaning: { en: 'Security intelligence updates site (formerly MMPC); final fallback only', ja: 'セキュリティインテリジェンス更新サイト (旧 MMPC)。最後の手段としてのみ' } },
  { token: 'FileShares', needsInternet: false, meaning: { en: 'UNC paths in SignatureDefinitionUpdateFileSharesSources', ja: 'SignatureDefinitionUpdateFileSharesSources の UNC パス' } },
] as const;

export const DEFAULT_FALLBACK_ORDER = 'MicrosoftUpdateServer|MMPC';

/** Days without updates after which MMPC is tried (when it follows WSUS/MU). */
export const OUT_OF_DATE_DAYS = 7;

/**
 * `*SignatureAge` values seen when signatures were never updated (65535 and 0xFFFFFFFF). Samples
 * are consistent with this, Microsoft's reference does not state it: UNCONFIRMED.
 */
export const NEVER_UPDATED_AGES = [65535, 4294967295] as const;

/** Folders a staging host fills, under the share root that the policy names. */
export const STAGING_FOLDERS = ['x64', 'x86'] as const;

/** Files a staging download must produce. */
export const STAGING_FILES = ['mpam-d.exe', 'mpam-fe.exe', 'nis_full.exe'] as const;

/** WorkSpaces paths to exclude from antivirus scanning (archived list). */
export const WORKSPACES_AV_EXCLUSIONS = {
  paths: ['C:\\Program Files\\Amazon', 'C:\\Program Files (x86)\\Teradici', 'C:\\ProgramData\\Amazon', 'C:\\ProgramData\\Teradici'],
  sources: ['ws-service-components-archived'] as SourceId[],
} as const;

export const DEFENDER_SOURCES: SourceId[] = ['ms-defender-updates', 'ms-set-mppreference'];

/**
 * Parses a fallback order ("A | B", "{A|B}", "A|B"); returns the tokens and any unknown ones.
 */
export function parseFallbackOrder(text: string): { tokens: string[]; unknown: string[] } {
  const tokens = text
    .replace(/[{}"]/g, '')
    .split('|')
    .map((token) => token.trim())
    .filter(Boolean);
  const known = new Set<string>(FALLBACK_TOKENS.map((entry) => entry.token.toLowerCase()));
  return { tokens, unknown: tokens.filter((token) => !known.has(token.toLowerCase())) };
}
