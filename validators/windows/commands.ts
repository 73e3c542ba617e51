/**
 * The commands to run inside a WorkSpace, what each output is checked for, and how sure the
 * label vocabulary is in each display language. The "Verify from inside the WorkSpace" guide
 * renders this table, and a test checks that every win-* rule is reachable from it.
 */
import { KMS_DISCOVERY } from '../requirements/activation.ts';
import type { Localized } from '../types.ts';
import type { WindowsKind } from './model.ts';

/** How well the labels of an output are known in a display language. */
export type LabelKnowledge = 'captured' | 'by-shape' | 'english';

export interface CommandGuide {
  /** Anchor-friendly id. */
  id: string;
  kinds: WindowsKind[];
  /** Exactly what to type. */
  command: string;
  shell: 'cmd' | 'PowerShell';
  what: Localized;
  rules: string[];
  labels: { en: LabelKnowledge; ja: LabelKnowledge };
}

export const COMMAND_GUIDE: readonly CommandGuide[] = [
  {
    id: 'slmgr',
    kinds: ['slmgr'],
    command: 'cscript //nologo %windir%\\system32\\slmgr.vbs /dlv',
    shell: 'cmd',
    what: { en: 'Windows licence status, KMS host, activation expiry', ja: 'Windows のライセンスの状態、KMS ホスト、ライセンス認証の期限' },
    rules: ['win-windows-licensed', 'win-kms-host', 'win-activation-expiry'],
    labels: { en: 'captured', ja: 'by-shape' },
  },
  {
    id: 'nslookup',
    kinds: ['nslookup'],
    command: `nslookup -type=srv ${KMS_DISCOVERY.srvRecord}`,
    shell: 'cmd',
    what: { en: 'Whether DNS publishes a KMS host', ja: 'DNS に KMS ホストが公開されているか' },
    rules: ['win-kms-srv-record'],
    labels: { en: 'captured', ja: 'captured' },
  },
  {
    id: 'ospp',
    kinds: ['ospp'],
    command: 'cscript //nologo "%ProgramFiles%\\Microsoft Office\\Office16\\ospp.vbs" /dstatus',
    shell: 'cmd',
    what: { en: 'Office licence status and KMS host', ja: 'Office のライセンスの状態と KMS ホスト' },
    rules: ['win-office-licensed', 'win-office-kms-host'],
    labels: { en: 'captured', ja: 'english' },
  },
  {
    id: 'ipconfig',
    kinds: ['ipconfig'],
    command: 'ipconfig /all',
    shell: 'cmd',
    what: { en: 'The management and primary interfaces and their addresses', ja: '管理インターフェイスとプライマリインターフェイス、そのアドレス' },
    rules: ['win-office-kms-host', 'win-route-management-overlap', 'win-persistent-route-gateway'],
    labels: { en: 'captured', ja: 'captured' },
  },
  {
    id: 'route-print',
    kinds: ['route-print'],
    command: 'route print -4',
    shell: 'cmd',
    what: { en: 'Default route, routes to the link-local services, persistent routes', ja: 'デフォルトルート、リンクローカルサービスへのルート、固定ルート' },
    rules: ['win-default-route', 'win-link-local-route', 'win-persistent-route-gateway', 'win-route-management-overlap'],
    labels: { en: 'captured', ja: 'captured' },
  },
  {
    id: 'w32tm-status',
    kinds: ['w32tm-status'],
    command: 'w32tm /query /status /verbose',
    shell: 'cmd',
    what: { en: 'Current source, last sync, offset', ja: '現在のソース、最終同期、ずれ' },
    rules: ['win-time-source', 'win-time-unsynchronised', 'win-time-offset'],
    labels: { en: 'captured', ja: 'captured' },
  },
  {
    id: 'w32tm-configuration',
    kinds: ['w32tm-configuration'],
    command: 'w32tm /query /configuration',
    shell: 'cmd',
    what: { en: 'Type, NtpServer and where they were set', ja: 'Type、NtpServer と、それぞれの設定元' },
    rules: ['win-time-source', 'win-time-unreachable-peer', 'win-time-unsynchronised'],
    labels: { en: 'captured', ja: 'by-shape' },
  },
  {
    id: 'w32tm-source',
    kinds: ['w32tm-source'],
    command: 'w32tm /query /source',
    shell: 'cmd',
    what: { en: 'The source in use', ja: '使用中のソース' },
    rules: ['win-time-source', 'win-time-unsynchronised'],
    labels: { en: 'captured', ja: 'captured' },
  },
  {
    id: 'w32tm-peers',
    kinds: ['w32tm-peers'],
    command: 'w32tm /query /peers',
    shell: 'cmd',
    what: { en: 'Every time source polled, and its state', ja: '問い合わせているすべての時刻ソースと状態' },
    rules: ['win-time-unreachable-peer', 'win-time-source'],
    labels: { en: 'captured', ja: 'by-shape' },
  },
  {
    id: 'defender-status',
    kinds: ['defender-status'],
    command: 'Get-MpComputerStatus | Format-List',
    shell: 'PowerShell',
    what: { en: 'Security intelligence versions and ages', ja: 'セキュリティ インテリジェンスのバージョンと経過日数' },
    rules: ['win-defender-signature-age'],
    labels: { en: 'captured', ja: 'english' },
  },
  {
    id: 'defender-preference',
    kinds: ['defender-preference'],
    command: 'Get-MpPreference | Format-List SignatureFallbackOrder, SignatureDefinitionUpdateFileSharesSources',
    shell: 'PowerShell',
    what: { en: 'Update sources and file shares', ja: '更新元とファイル共有' },
    rules: ['win-defender-fallback-order', 'win-defender-share-path'],
    labels: { en: 'captured', ja: 'english' },
  },
];
