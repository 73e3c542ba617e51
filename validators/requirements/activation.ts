/**
 * KMS activation of Windows and Office on WorkSpaces: where the hosts are and how long an
 * activation lasts.
 */
import { formatIPv4, parseIPv4 } from '../net/address.ts';
import type { SourceId } from './sources.ts';

export const KMS_PORT = 1688;

/** Windows KMS hosts for WorkSpaces from public bundles (over the management interface). */
export const WINDOWS_KMS_HOSTS = ['169.254.169.250', '169.254.169.251'] as const;

/** Office KMS host for BYOL WorkSpaces. */
export const BYOL_OFFICE_KMS_HOST = '54.239.236.220';

/** Office on public bundles: the management IP with its last two octets replaced by 64.250. */
export const OFFICE_KMS_SUFFIX = '64.250';

/** The example the WorkSpaces page gives for that rule (a unit test checks officeKmsHost against it). */
export const OFFICE_KMS_EXAMPLE = { managementIp: '192.168.3.5', host: '192.168.64.250' } as const;

export const ACTIVATION_SOURCES: SourceId[] = ['ws-ports-management'];

/** Validity and renewal of a KMS activation, and the host-side defaults slmgr reports. */
export const KMS_TIMING = {
  validityDays: 180,
  renewalDays: 7,
  retryHours: 2,
  /** Host defaults: `/sai` activation interval (minutes) and `/sri` renewal interval (minutes). */
  hostActivationIntervalMinutes: 120,
  hostRenewalIntervalMinutes: 10080,
  sources: ['ms-volume-activation-client', 'ms-slmgr'] as SourceId[],
} as const;

/**
 * When a KMS client's remaining activation is worth a finding. A client renews every
 * `renewalDays`, so a healthy one shows at least `validityDays - renewalDays` days left; fewer
 * means renewals fail. `urgentDays` is this project's line for "act now", not Microsoft's.
 */
export const ACTIVATION_EXPIRY = {
  /** Slack for rounding and the retries between renewals. */
  slackDays: 1,
  urgentDays: 30,
} as const;

/** The error slmgr /ato prints when no KMS host answered. */
export const KMS_UNREACHABLE_ERROR = '0xC004F074';

/** How a KMS client finds its host. */
export const KMS_DISCOVERY = {
  srvRecord: '_vlmcs._tcp',
  sources: ['ms-kms-dns'] as SourceId[],
} as const;

export type OfficeKmsResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'not-ipv4' };

/**
 * The Office KMS host of a public-bundle WorkSpace from its management interface address:
 * 198.19.12.34 → 198.19.64.250. Returns why not for anything that is not a dotted-quad IPv4.
 */
export function officeKmsHost(managementIp: string): OfficeKmsResult {
  const text = managementIp.trim();
  if (text.includes(':')) return { ok: false, reason: 'not-ipv4' };
  const value = parseIPv4(text);
  if (value === undefined) return { ok: false, reason: 'invalid' };
  const [first, second] = formatIPv4(value).split('.');
  return { ok: true, host: `${first}.${second}.${OFFICE_KMS_SUFFIX}` };
}
