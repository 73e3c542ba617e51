/**
 * What the Windows output parsers read: one object per command output found in a paste, each
 * value with the span it was read from. Only what the rules need is kept; everything else in
 * the output is tolerated and skipped.
 */
import type { Field, Span } from './text.ts';

export type { Field, Span } from './text.ts';

/** The command outputs the reader understands. */
export type WindowsKind =
  | 'slmgr'
  | 'ospp'
  | 'ipconfig'
  | 'route-print'
  | 'w32tm-peers'
  | 'w32tm-source'
  | 'w32tm-configuration'
  | 'w32tm-status'
  | 'defender-status'
  | 'defender-preference'
  | 'nslookup';

/** Display language the labels were recognised in (`unknown`: none of its labels were known). */
export type DisplayLanguage = 'en' | 'ja' | 'unknown';

interface OutputBase {
  file: string;
  /** The whole section of the paste this output was read from. */
  span: Span;
  /** The command on the prompt line that opened the section, when there was one. */
  command?: Field<string>;
  language: DisplayLanguage;
  /** How many lines the parser understood; 0 means the output could not be read at all. */
  understood: number;
  /** Non-blank lines of the output (the prompt line not counted). */
  lineCount: number;
}

export interface HostPort {
  host: string;
  port: number;
}

/** `License Status:` of slmgr, by the script's own status codes. */
export type WindowsLicenseStatus = 'licensed' | 'unlicensed' | 'initial-grace' | 'additional-grace' | 'non-genuine-grace' | 'notification' | 'extended-grace' | 'unknown';

/** An expiration line: which kind (`Volume activation expiration`, a grace `Time remaining`, …) and its length. */
export interface Expiration {
  kind: 'volume' | 'timebased' | 'avma' | 'remaining' | 'unlabelled';
  minutes: number;
  days: number;
}

/** The KMS client block of slmgr (`Key Management Service client information`) or ospp's KMS lines. */
export interface KmsClientInfo {
  /** `Registered KMS machine name:` (slmgr /skms) or ospp's `KMS machine registry override defined:`. */
  registered?: Field<HostPort>;
  /** `KMS machine name from DNS:`. */
  discovered?: Field<HostPort>;
  /** `DNS auto-discovery: KMS name not available`. */
  dnsUnavailable?: Span;
  /** `KMS machine IP address:` (slmgr only). */
  ipAddress?: Field<string>;
  activationIntervalMinutes?: Field<number>;
  renewalIntervalMinutes?: Field<number>;
}

export interface SlmgrLicense {
  /** The first line of the licence block. */
  span: Span;
  name?: Field<string>;
  description?: Field<string>;
  channel?: Field<string>;
  status?: Field<WindowsLicenseStatus>;
  /** The status as printed (`Notification`, `Initial grace period`, …). */
  statusText?: string;
  /** True when the status was not read but follows from the KMS block (printed only when licensed). */
  statusInferred: boolean;
  notificationReason?: Field<string>;
  expiration?: Field<Expiration>;
  kms: KmsClientInfo;
  /** `Please use slmgr.vbs /ato …`: printed instead of the KMS block when not licensed. */
  refreshHint?: Span;
}

export interface SlmgrOutput extends OutputBase {
  kind: 'slmgr';
  licenses: SlmgrLicense[];
  /** `Error: 0xC004F074 …` and other error codes printed by /ato. */
  errors: Field<string>[];
}

export type OfficeLicenseStatus = 'licensed' | 'unlicensed' | 'oob-grace' | 'oot-grace' | 'non-genuine-grace' | 'notifications' | 'extended-grace' | 'unknown';

export interface OsppLicense {
  span: Span;
  name?: Field<string>;
  description?: Field<string>;
  status?: Field<OfficeLicenseStatus>;
  /** `---LICENSED---` as printed. */
  statusText?: string;
  errorCode?: Field<string>;
  errorDescription?: Field<string>;
  remainingGrace?: Field<{ days: number; minutes?: number }>;
  kms: KmsClientInfo;
}

export interface OsppOutput extends OutputBase {
  kind: 'ospp';
  licenses: OsppLicense[];
}

export interface Ipv4Assignment {
  address: Field<string>;
  mask?: Field<string>;
  /** Prefix length from the mask, when it is a valid one. */
  prefix?: number;
}

export interface Adapter {
  /** The heading (`Ethernet adapter Ethernet 2:`), the adapter's name being `value`. */
  name: Field<string>;
  description?: Field<string>;
  disconnected: boolean;
  ipv4: Ipv4Assignment[];
  gateways: Field<string>[];
  dnsServers: Field<string>[];
  dhcpServer?: Field<string>;
  dnsSuffix?: Field<string>;
}

export interface IpconfigOutput extends OutputBase {
  kind: 'ipconfig';
  hostName?: Field<string>;
  adapters: Adapter[];
}

export interface Ipv4Route {
  destination: string;
  mask: string;
  prefix: number;
  first: bigint;
  last: bigint;
  /** Undefined when the route is on-link (`On-link` / `リンク上`). */
  gateway?: string;
  /** The address of the interface the route leaves through (route print's `Interface` column). */
  interfaceAddress?: string;
  metric?: number;
  span: Span;
}

export interface RoutePrintOutput extends OutputBase {
  kind: 'route-print';
  interfaces: { index: number; description: string; span: Span }[];
  active: Ipv4Route[];
  persistent: Ipv4Route[];
  /** IPv6 routes: only the default route matters here. */
  ipv6Active: { destination: string; gateway: string; interfaceIndex: number; span: Span }[];
}

/** A time source as w32tm names it: `host[,0xflags]`. */
export interface TimePeer {
  host: string;
  flags?: number;
}

export interface W32tmPeer {
  span: Span;
  peer: Field<TimePeer>;
  /** `Active`, `Pending`, … as printed. */
  state?: Field<string>;
  stratum?: Field<number>;
  /** `LastSyncErrorMsgId` or `LastSyncError` (verbose), when not 0x00000000. */
  lastSyncError?: Field<string>;
}

/** Where a /configuration value came from: `(Local)` registry or `(Policy)`. */
export type ConfigOrigin = 'local' | 'policy' | 'unknown';

export interface W32tmOutputBase extends OutputBase {
  /** `The following error occurred: The service has not been started. (0x80070426)`. */
  serviceStopped?: Span;
}

export interface W32tmPeersOutput extends W32tmOutputBase {
  kind: 'w32tm-peers';
  count?: Field<number>;
  peers: W32tmPeer[];
}

export interface W32tmSourceOutput extends W32tmOutputBase {
  kind: 'w32tm-source';
  source?: Field<TimePeer>;
}

export interface W32tmConfigurationOutput extends W32tmOutputBase {
  kind: 'w32tm-configuration';
  type?: Field<{ value: string; origin: ConfigOrigin }>;
  ntpServer?: Field<{ peers: TimePeer[]; origin: ConfigOrigin }>;
  specialPollInterval?: Field<number>;
}

export interface W32tmStatusOutput extends W32tmOutputBase {
  kind: 'w32tm-status';
  leapIndicator?: Field<number>;
  stratum?: Field<number>;
  source?: Field<TimePeer>;
  /** `unspecified` / `未指定` when the service never synchronised. */
  lastSuccessfulSync?: Field<string | 'unspecified'>;
  phaseOffsetSeconds?: Field<number>;
  secondsSinceLastGoodSync?: Field<number>;
}

export type W32tmOutput = W32tmPeersOutput | W32tmSourceOutput | W32tmConfigurationOutput | W32tmStatusOutput;

export interface DefenderStatusOutput extends OutputBase {
  kind: 'defender-status';
  /** Every `Name : value` pair (or table cell), by property name. */
  properties: ReadonlyMap<string, Field<string>>;
}

export interface DefenderPreferenceOutput extends OutputBase {
  kind: 'defender-preference';
  properties: ReadonlyMap<string, Field<string>>;
}

export interface SrvRecord {
  name: string;
  priority?: number;
  weight?: number;
  port?: number;
  target?: string;
  span: Span;
}

export interface NslookupOutput extends OutputBase {
  kind: 'nslookup';
  server?: Field<string>;
  serverAddress?: Field<string>;
  /** The name asked for, from the prompt line or the answer. */
  query?: string;
  records: SrvRecord[];
  /** `*** … can't find …: Non-existent domain` and the like. */
  failure?: Field<{ name: string; reason: string; nonExistent: boolean; noResponse: boolean }>;
  /** The name exists but holds no SRV record (only the zone's SOA was printed). */
  noData?: Span;
}

export type WindowsOutput =
  | SlmgrOutput
  | OsppOutput
  | IpconfigOutput
  | RoutePrintOutput
  | W32tmOutput
  | DefenderStatusOutput
  | DefenderPreferenceOutput
  | NslookupOutput;

/** A prompt whose command the reader does not understand (its output is skipped). */
export interface UnreadSection {
  file: string;
  command: Field<string>;
}

/** Text decoded with the wrong code page (Shift_JIS read as UTF-8), or UTF-16 read as bytes. */
export interface EncodingProblem {
  kind: 'replacement-characters' | 'nul-characters';
  span: Span;
}

/** One pasted text document, read as Windows command output. */
export interface WindowsDocument {
  name: string;
  outputs: WindowsOutput[];
  /** Prompts of commands whose output is not read. */
  unread: UnreadSection[];
  encoding?: EncodingProblem;
}
