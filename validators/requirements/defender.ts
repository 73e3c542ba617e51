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

/**
 * WorkSpaces service folders antivirus must leave alone (the 2022 copy, the last public one). The
 * NICE folders belong to DCV; the PCoIP agent moved from `Program Files (x86)\Teradici` to
 * `Program Files\Teradici` on 29 March 2021, and AWS asks to keep both paths.
 */
export const WORKSPACES_AV_EXCLUSIONS = {
  paths: [
    'C:\\Program Files\\Amazon',
    'C:\\Program Files\\NICE',
    'C:\\Program Files\\Teradici',
    'C:\\Program Files (x86)\\Teradici',
    'C:\\ProgramData\\Amazon',
    'C:\\ProgramData\\NICE',
    'C:\\ProgramData\\Teradici',
  ],
  /** The day the 32-bit PCoIP agent began to be replaced by the 64-bit one. */
  pcoipAgentMoved: '2021-03-29',
  sources: ['ws-service-components-archived'] as SourceId[],
} as const;

/** Since this day every security intelligence update is SHA-2 signed only (engine and platform are not named). */
export const SECURITY_INTELLIGENCE_SHA2_ONLY_SINCE = '2019-10-21';

/** The VDI feature: VMs read unpacked security intelligence from one share instead of each downloading it. */
export const SHARED_SECURITY_INTELLIGENCE = {
  preference: 'SharedSignaturesPath',
  /** Folder name Microsoft's example uses under the share. */
  exampleFolder: 'wdav-update',
  sources: ['ms-defender-vdi', 'ms-set-mppreference'] as SourceId[],
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
