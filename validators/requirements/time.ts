/**
 * Windows Time on a domain-joined WorkSpace: the possible sources, the W32Time settings that
 * decide between them, and what AWS images set by default.
 */
import type { FactStatus, SourceId } from './sources.ts';

/** Flags that may follow a peer in `NtpServer` (`name,0x9`). */
export const NTP_SERVER_FLAGS = [
  { value: 0x1, name: 'SpecialInterval', meaning: { en: 'Poll at SpecialPollInterval instead of the automatic interval', ja: '自動間隔ではなく SpecialPollInterval の間隔で問い合わせる' } },
  { value: 0x2, name: 'UseAsFallbackOnly', meaning: { en: 'Use this peer only when the others fail', ja: '他のピアが使えないときだけ使う' } },
  { value: 0x4, name: 'SymmetricActive', meaning: { en: 'Symmetric active mode', ja: '対称アクティブモード' } },
  { value: 0x8, name: 'Client', meaning: { en: 'Client mode (mode 3) requests', ja: 'クライアントモード (モード 3) で問い合わせる' } },
] as const;

/** Values of `W32Time\Parameters\Type`. */
export const W32TIME_TYPES = [
  { value: 'NoSync', meaning: { en: 'Does not synchronise', ja: '同期しない' } },
  { value: 'NTP', meaning: { en: 'Uses the peers listed in NtpServer', ja: 'NtpServer に書いたピアを使う' } },
  { value: 'NT5DS', meaning: { en: 'Follows the domain hierarchy (default on domain members)', ja: 'ドメイン階層に従う (ドメインメンバーの既定値)' } },
  { value: 'AllSync', meaning: { en: 'Uses every available mechanism', ja: '使える仕組みをすべて使う' } },
] as const;

export const W32TIME_SOURCES: SourceId[] = ['ms-w32time-tools'];

/** Decodes an NtpServer flag value into flag names (unknown bits are kept as hex). */
export function decodeNtpFlags(value: number): string[] {
  const names: string[] = NTP_SERVER_FLAGS.filter((flag) => (value & flag.value) !== 0).map((flag) => flag.name);
  const unknown = value & ~0xf;
  if (unknown) names.push(`0x${unknown.toString(16)}`);
  return names;
}

/** Amazon Time Sync as w32tm names it (IPv4 and the Nitro-only IPv6 endpoint). */
export const AMAZON_TIME_SYNC_ADDRESSES = ['169.254.169.123', 'fd00:ec2::123'] as const;

const [TIME_SYNC_IPV4] = AMAZON_TIME_SYNC_ADDRESSES;

/** `NtpServer` on EC2 Windows AMIs: Amazon Time Sync with SpecialInterval + Client. */
const AMI_NTP_SERVER = `${TIME_SYNC_IPV4},0x9`;

export interface TimeSource {
  id: string;
  name: string;
  how: { en: string; ja: string };
  status: FactStatus;
  sources: SourceId[];
}

/** The three sources a hands-on report saw `w32tm` list on a domain-joined WorkSpace. */
export const TIME_SOURCES: readonly TimeSource[] = [
  {
    id: 'amazon-time-sync',
    name: TIME_SYNC_IPV4,
    how: { en: `Amazon Time Sync; the EC2 Windows AMI default NtpServer is ${AMI_NTP_SERVER} with Type=NTP`, ja: `Amazon Time Sync。EC2 の Windows AMI は既定で NtpServer=${AMI_NTP_SERVER}、Type=NTP` },
    status: 'observed',
    sources: ['ec2-ntp', 'serverworks-closed-workspaces'],
  },
  {
    id: 'pdc-emulator',
    name: 'PDC emulator / domain controller',
    how: { en: 'Domain hierarchy (NT5DS); the forest-root PDC emulator syncs from an external source', ja: 'ドメイン階層 (NT5DS)。フォレストルートの PDC エミュレーターが外部ソースと同期する' },
    status: 'confirmed',
    sources: ['ms-w32time-tools'],
  },
  {
    id: 'time-windows-com',
    name: 'time.windows.com',
    how: { en: 'Windows default for stand-alone machines (time.windows.com,0x9 in the policy defaults); unreachable with no internet', ja: 'ワークグループ機の Windows 既定 (ポリシー既定値は time.windows.com,0x9)。インターネットなしでは届かない' },
    status: 'confirmed',
    sources: ['ms-w32time-tools'],
  },
];

/** Time servers that are on the internet, so a closed WorkSpace never reaches them. */
export const INTERNET_TIME_SERVERS = [
  { name: 'time.windows.com', why: { en: 'the Windows default time server', ja: 'Windows 既定のタイムサーバー' }, sources: ['ms-w32time-tools'] as SourceId[] },
  { name: 'time.aws.com', why: { en: 'the public Amazon Time Sync endpoint, meant for use outside AWS', ja: 'AWS の外から使うための Amazon Time Sync の公開エンドポイント' }, sources: ['aws-blog-ad-time-sync'] as SourceId[] },
] as const;

/**
 * How far the clock may be from its source. `warningSeconds` is this project's line (a synced
 * member is normally well within it); Kerberos refuses logons beyond its tolerance, 5 minutes by default.
 */
export const TIME_OFFSET = {
  warningSeconds: 1,
  kerberosToleranceMinutes: 5,
  sources: ['ms-kerberos-clock-tolerance'] as SourceId[],
} as const;

/** Registry defaults of EC2 Windows AMIs (since August 2018). */
export const AMI_TIME_DEFAULTS = {
  ntpServer: AMI_NTP_SERVER,
  type: 'NTP',
  specialPollIntervalSeconds: { '2016-2022': 900, '2025': 1024 },
  sources: ['ec2-ntp'] as SourceId[],
} as const;

/** What is not known for WorkSpaces specifically. */
export const TIME_UNCONFIRMED = [
  { en: `Whether a WorkSpace reaches ${TIME_SYNC_IPV4}, and over which interface`, ja: `WorkSpace が ${TIME_SYNC_IPV4} に届くか、どのインターフェイス経由か` },
  { en: `Which Type a WorkSpaces Windows bundle has after domain join (NTP with ${TIME_SYNC_IPV4}, or NT5DS)`, ja: `ドメイン参加後の WorkSpaces Windows バンドルの Type (${TIME_SYNC_IPV4} 付きの NTP か NT5DS か)` },
  { en: 'Whether joining a domain rewrites an explicitly set Type=NTP', ja: 'ドメイン参加で明示的な Type=NTP が書き換わるか' },
] as const;
