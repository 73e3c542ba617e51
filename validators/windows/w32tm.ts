/**
 * `w32tm /query /status`, `/peers`, `/configuration` and `/source` (with or without /verbose).
 *
 * The Japanese `/status` labels are known from real captures; the Japanese `/peers` and
 * `/configuration` labels were never seen, so those are read by shape: `#…: N` opens the peer
 * list, each blank-line-separated block names its peer on its first line, and /configuration
 * lines are registry value names (never translated) followed by `(Local)` or `(Policy)`.
 */
import { LabelTable, LanguageTally, nextFilled, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { ConfigOrigin, TimePeer, W32tmConfigurationOutput, W32tmOutputBase, W32tmPeer, W32tmPeersOutput, W32tmSourceOutput, W32tmStatusOutput } from './model.ts';
import { labelled, lineSpan, parseInteger, parseSeconds, spanOf, valueField, withoutParenthesis, type Line } from './text.ts';

const STATUS_LABELS = new LabelTable({
  leapIndicator: { en: ['Leap Indicator'], ja: ['閏インジケーター', '閏インジケータ'] },
  stratum: { en: ['Stratum'], ja: ['階層'] },
  precision: { en: ['Precision'], ja: ['精度'] },
  rootDelay: { en: ['Root Delay'], ja: ['ルート遅延'] },
  rootDispersion: { en: ['Root Dispersion'], ja: ['ルート分散'] },
  referenceId: { en: ['ReferenceId'], ja: ['参照 ID'] },
  lastSuccessfulSync: { en: ['Last Successful Sync Time'], ja: ['最終正常同期時刻'] },
  source: { en: ['Source'], ja: ['ソース'] },
  pollInterval: { en: ['Poll Interval'], ja: ['ポーリング間隔'] },
  phaseOffset: { en: ['Phase Offset'], ja: ['フェーズ オフセット'] },
  clockRate: { en: ['ClockRate'], ja: ['クロック レート'] },
  stateMachine: { en: ['State Machine'] },
  timeSourceFlags: { en: ['Time Source Flags'] },
  serverRole: { en: ['Server Role'] },
  lastSyncError: { en: ['Last Sync Error'], ja: ['最終同期エラー'] },
  sinceLastGoodSync: { en: ['Time since Last Good Sync Time'], ja: ['最終正常同期時刻からの時間'] },
});

const PEER_LABELS = new LabelTable({
  peer: { en: ['Peer'] },
  state: { en: ['State'] },
  timeRemaining: { en: ['Time Remaining'] },
  mode: { en: ['Mode'] },
  stratum: { en: ['Stratum'] },
  peerPoll: { en: ['PeerPoll Interval'] },
  hostPoll: { en: ['HostPoll Interval'] },
  lastSyncTime: { en: ['Last Successful Sync Time'] },
  lastSyncError: { en: ['LastSyncError', 'LastSyncErrorMsgId'] },
  authType: { en: ['AuthTypeMsgId'] },
  resolveAttempts: { en: ['Resolve Attempts'] },
  validData: { en: ['ValidDataCounter'] },
  reachability: { en: ['Reachability'] },
});

/** Registry value names /configuration prints (they are not translated). */
const CONFIGURATION_NAMES = new Set(
  [
    'EventLogFlags', 'AnnounceFlags', 'TimeJumpAuditOffset', 'MinPollInterval', 'MaxPollInterval', 'MaxNegPhaseCorrection', 'MaxPosPhaseCorrection',
    'MaxAllowedPhaseOffset', 'FrequencyCorrectRate', 'PollAdjustFactor', 'LargePhaseOffset', 'SpikeWatchPeriod', 'LocalClockDispersion', 'HoldPeriod',
    'PhaseCorrectRate', 'UpdateInterval', 'UtilizeSslTimeData', 'ClockAdjustmentAuditLimit', 'RodcClockAdjustmentAuditLimit', 'ChainEntryTimeout',
    'ChainMaxEntries', 'ChainMaxHostEntries', 'ChainDisable', 'ChainLoggingRate', 'RequireSecureTimeSyncRequests', 'DllName', 'Enabled', 'InputProvider',
    'CrossSiteSyncFlags', 'AllowNonstandardModeCombinations', 'ResolvePeerBackoffMinutes', 'ResolvePeerBackoffMaxTimes', 'CompatibilityFlags',
    'LargeSampleSkew', 'SpecialPollInterval', 'Type', 'NtpServer',
  ].map((name) => name.toLowerCase()),
);

/** Sources that mean the clock is not synchronised from anywhere. */
export const FREE_RUNNING_SOURCES = ['Local CMOS Clock', 'Free-running System Clock'] as const;

/** Other fixed source names w32tm prints (`/source` or `Source:`). */
const NAMED_SOURCES = [...FREE_RUNNING_SOURCES, 'VM IC Time Synchronization Provider'];

const UNSPECIFIED = /^(?:unspecified|未指定)$/i;

/** The error w32tm prints when the Windows Time service is stopped (any language). */
const SERVICE_STOPPED = /0x80070426/i;

/** `time.windows.com,0x9`, `10.30.0.3,8`, `Local CMOS Clock`, `DC01.example.local`. */
export function parseTimePeer(text: string): TimePeer | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const named = NAMED_SOURCES.find((name) => name.toLowerCase() === value.toLowerCase());
  if (named) return { host: named };
  const match = /^([^\s,]+)(?:,(0x[0-9a-f]+|\d+))?$/i.exec(value);
  if (!match) return undefined;
  const flags = match[2] === undefined ? undefined : match[2].toLowerCase().startsWith('0x') ? parseInt(match[2].slice(2), 16) : Number(match[2]);
  return { host: match[1] as string, ...(flags !== undefined && Number.isFinite(flags) ? { flags } : {}) };
}

/** `NT5DS (Local)` → the value and where it came from. */
function withOrigin(value: string): { value: string; origin: ConfigOrigin } {
  const { rest, note } = withoutParenthesis(value);
  if (note === undefined) return { value: value.trim(), origin: 'unknown' };
  const origin = note.toLowerCase();
  return { value: rest.trim(), origin: /policy|ポリシー/.test(origin) ? 'policy' : /local|ローカル/.test(origin) ? 'local' : 'unknown' };
}

function base<K extends string>(kind: K, input: SectionInput) {
  return { kind, ...sectionBase(input) };
}

/** Notes a stopped service (its error line counts as understood) and the language the labels were in. */
function finish<T extends W32tmOutputBase>(output: T, input: SectionInput, tally: LanguageTally): T {
  const stopped = stoppedLine(input.lines);
  if (stopped) output.serviceStopped = lineSpan(stopped);
  output.language = tally.language();
  output.understood = tally.understood + (stopped ? 1 : 0);
  return output;
}

function stoppedLine(lines: readonly Line[]): Line | undefined {
  return lines.find((line) => SERVICE_STOPPED.test(line.text));
}

export function parseW32tmStatus(input: SectionInput): W32tmStatusOutput {
  const tally = new LanguageTally();
  const output: W32tmStatusOutput = { ...base('w32tm-status', input), language: 'unknown', understood: 0 };
  for (const line of input.lines) {
    const entry = labelled(line);
    if (!entry) continue;
    const known = STATUS_LABELS.find(entry.key);
    if (!known) continue;
    tally.note(known.language);
    const value = entry.value.trim();
    const leadingInteger = parseInteger(/^-?\d+/.exec(value)?.[0] ?? '');
    switch (known.id) {
      case 'leapIndicator':
        if (leadingInteger !== undefined) output.leapIndicator = valueField(entry, leadingInteger);
        break;
      case 'stratum':
        if (leadingInteger !== undefined) output.stratum = valueField(entry, leadingInteger);
        break;
      case 'source': {
        const peer = parseTimePeer(value);
        if (peer) output.source = valueField(entry, peer);
        break;
      }
      case 'lastSuccessfulSync':
        output.lastSuccessfulSync = valueField(entry, UNSPECIFIED.test(value) ? 'unspecified' : value);
        break;
      case 'phaseOffset': {
        const seconds = parseSeconds(value);
        if (seconds !== undefined) output.phaseOffsetSeconds = valueField(entry, seconds);
        break;
      }
      case 'sinceLastGoodSync': {
        const seconds = parseSeconds(value);
        if (seconds !== undefined) output.secondsSinceLastGoodSync = valueField(entry, seconds);
        break;
      }
      default:
        break;
    }
  }
  return finish(output, input, tally);
}

export function parseW32tmPeers(input: SectionInput): W32tmPeersOutput {
  const tally = new LanguageTally();
  const output: W32tmPeersOutput = { ...base('w32tm-peers', input), language: 'unknown', understood: 0, peers: [] };
  let current: W32tmPeer | undefined;
  let blockStart = false;
  for (const line of input.lines) {
    if (line.text.trim() === '') {
      blockStart = true;
      current = undefined;
      continue;
    }
    const count = /^#[^:]{1,30}:\s*(\d+)$/.exec(line.text.trim());
    if (count) {
      output.count = { value: Number(count[1]), span: lineSpan(line) };
      tally.note(/^#peers:/i.test(line.text.trim()) ? 'en' : undefined);
      blockStart = true;
      continue;
    }
    const entry = labelled(line);
    if (!entry) continue;
    const known = PEER_LABELS.find(entry.key);
    const value = entry.value.trim();
    if (known?.id === 'peer' || (!known && blockStart && !current)) {
      blockStart = false;
      const peer = parseTimePeer(value);
      if (!peer) continue;
      current = { span: lineSpan(line), peer: valueField(entry, peer) };
      output.peers.push(current);
      tally.note(known?.language);
      continue;
    }
    blockStart = false;
    if (!known || !current) continue;
    tally.note(known.language);
    if (known.id === 'state' && value) current.state = valueField(entry, value);
    if (known.id === 'stratum') {
      const stratum = parseInteger(/^\d+/.exec(value)?.[0] ?? '');
      if (stratum !== undefined) current.stratum = valueField(entry, stratum);
    }
    if (known.id === 'lastSyncError' && /^0x/i.test(value) && !/^0x0+\b/i.test(value)) current.lastSyncError = valueField(entry, value);
  }
  return finish(output, input, tally);
}

export function parseW32tmConfiguration(input: SectionInput): W32tmConfigurationOutput {
  const tally = new LanguageTally();
  const output: W32tmConfigurationOutput = { ...base('w32tm-configuration', input), language: 'unknown', understood: 0 };
  for (const line of input.lines) {
    const text = line.text.trim();
    if (/^\[[^\]]+\]$/.test(text)) {
      tally.note(/^\[(?:configuration|timeproviders)\]$/i.test(text) ? 'en' : undefined);
      continue;
    }
    const entry = labelled(line);
    if (!entry || !CONFIGURATION_NAMES.has(entry.key)) continue;
    tally.note();
    const { value, origin } = withOrigin(entry.value);
    const name = entry.key;
    if (name === 'type') output.type = valueField(entry, { value, origin });
    if (name === 'ntpserver') {
      const peers = value.split(/\s+/).map(parseTimePeer).filter((peer): peer is TimePeer => peer !== undefined);
      output.ntpServer = { value: { peers, origin }, span: spanOf(line, value, entry.valueOffset - line.offset) };
    }
    if (name === 'specialpollinterval') {
      const seconds = parseInteger(value);
      if (seconds !== undefined) output.specialPollInterval = valueField(entry, seconds);
    }
  }
  return finish(output, input, tally);
}

export function parseW32tmSource(input: SectionInput): W32tmSourceOutput {
  const output: W32tmSourceOutput = { ...base('w32tm-source', input), language: 'unknown', understood: 0 };
  const stopped = stoppedLine(input.lines);
  if (stopped) {
    output.serviceStopped = lineSpan(stopped);
    output.understood = 1;
    return output;
  }
  for (const line of input.lines) {
    const peer = line.text.includes(':') && !line.text.includes(',') && !/^[0-9a-f:]+$/i.test(line.text.trim()) ? undefined : parseTimePeer(line.text);
    if (!peer) continue;
    output.source = { value: peer, span: spanOf(line, line.text.trim()) };
    output.understood = 1;
    output.language = NAMED_SOURCES.includes(peer.host) ? 'en' : 'unknown';
    break;
  }
  return output;
}

const isBracketHeading = (line: Line) => /^\[[^\]]+\]$/.test(line.text.trim());
const isConfigurationLine = (line: Line) => {
  const entry = labelled(line);
  return Boolean(entry && CONFIGURATION_NAMES.has(entry.key));
};

export const W32TM_STATUS_GRAMMAR: Grammar = {
  kind: 'w32tm-status',
  opens(line) {
    const entry = labelled(line);
    return Boolean(entry && entry.indent === 0 && STATUS_LABELS.find(entry.key)?.id === 'leapIndicator');
  },
  marks(line) {
    const entry = labelled(line);
    const id = entry && entry.indent === 0 ? STATUS_LABELS.find(entry.key)?.id : undefined;
    return id === 'referenceId' || id === 'rootDispersion' || id === 'rootDelay' || id === 'lastSuccessfulSync';
  },
  owns(line) {
    const entry = labelled(line);
    return Boolean(entry && STATUS_LABELS.has(entry.key)) || SERVICE_STOPPED.test(line.text);
  },
  parse: parseW32tmStatus,
};

export const W32TM_PEERS_GRAMMAR: Grammar = {
  kind: 'w32tm-peers',
  opens: (line) => /^#[^:]{1,30}:\s*\d+$/.test(line.text.trim()),
  marks(line) {
    const entry = labelled(line);
    const id = entry ? PEER_LABELS.find(entry.key)?.id : undefined;
    return id === 'peerPoll' || id === 'hostPoll';
  },
  owns(line) {
    const entry = labelled(line);
    return Boolean(entry && PEER_LABELS.has(entry.key)) || SERVICE_STOPPED.test(line.text);
  },
  parse: parseW32tmPeers,
};

export const W32TM_CONFIGURATION_GRAMMAR: Grammar = {
  kind: 'w32tm-configuration',
  opens: (line) => /^\[configuration\]$/i.test(line.text.trim()),
  marks(line, following) {
    if (!isBracketHeading(line)) return false;
    return nextFilled(following, 3).some(isConfigurationLine);
  },
  owns: (line) => isBracketHeading(line) || isConfigurationLine(line) || /^\S+ \([^()]+\)$/.test(line.text.trim()) || SERVICE_STOPPED.test(line.text),
  parse: parseW32tmConfiguration,
};

export const W32TM_SOURCE_GRAMMAR: Grammar = {
  kind: 'w32tm-source',
  opens: () => false,
  marks: (line) => NAMED_SOURCES.some((name) => name.toLowerCase() === line.text.trim().toLowerCase()),
  owns: () => false,
  parse: parseW32tmSource,
};

