/**
 * Windows Time on the WorkSpace: which source wins and why, sources that cannot be reached
 * without internet, an unsynchronised clock, and a clock far from its source. Reads every
 * w32tm /query output of a document together (a paste usually holds several).
 */
import type { Analysis } from '../analysis/analysis.ts';
import { parseAddress } from '../net/address.ts';
import { AMAZON_TIME_SYNC_ADDRESSES, AMI_TIME_DEFAULTS, decodeNtpFlags, INTERNET_TIME_SERVERS, TIME_OFFSET } from '../requirements/time.ts';
import { defineRule, type RuleReport } from '../rules/rule.ts';
import type { Localized } from '../types.ts';
import type { ConfigOrigin, TimePeer, W32tmConfigurationOutput, W32tmOutput, W32tmPeer, W32tmStatusOutput } from './model.ts';
import { list, outputsOf, same, textAt } from './report.ts';
import type { Field } from './text.ts';
import { FREE_RUNNING_SOURCES } from './w32tm.ts';

/** Everything the w32tm outputs of one document say about its time source. */
interface TimePicture {
  file: string;
  type?: W32tmConfigurationOutput['type'];
  ntpServer?: W32tmConfigurationOutput['ntpServer'];
  specialPollInterval?: Field<number>;
  source?: Field<TimePeer>;
  peers: W32tmPeer[];
  status: W32tmStatusOutput[];
}

function pictures(analysis: Analysis): TimePicture[] {
  const byFile = new Map<string, TimePicture>();
  const outputs: W32tmOutput[] = [
    ...outputsOf(analysis, 'w32tm-configuration'),
    ...outputsOf(analysis, 'w32tm-status'),
    ...outputsOf(analysis, 'w32tm-source'),
    ...outputsOf(analysis, 'w32tm-peers'),
  ];
  for (const output of outputs) {
    const picture = byFile.get(output.file) ?? { file: output.file, peers: [], status: [] };
    byFile.set(output.file, picture);
    if (output.kind === 'w32tm-configuration') {
      if (output.type) picture.type ??= output.type;
      if (output.ntpServer) picture.ntpServer ??= output.ntpServer;
      if (output.specialPollInterval) picture.specialPollInterval ??= output.specialPollInterval;
    }
    if (output.kind === 'w32tm-status') {
      picture.status.push(output);
      if (output.source) picture.source ??= output.source;
    }
    if (output.kind === 'w32tm-source' && output.source) picture.source ??= output.source;
    if (output.kind === 'w32tm-peers') picture.peers.push(...output.peers);
  }
  return [...byFile.values()];
}

type SourceKind = 'amazon' | 'free-running' | 'other';

function sourceKind(peer: TimePeer): SourceKind {
  const host = peer.host.toLowerCase();
  if ((AMAZON_TIME_SYNC_ADDRESSES as readonly string[]).includes(host)) return 'amazon';
  if (FREE_RUNNING_SOURCES.some((name) => name.toLowerCase() === host)) return 'free-running';
  return 'other';
}

/** `169.254.169.123,0x9` → `169.254.169.123 (0x9 = SpecialInterval + Client)`. */
function peerText(peer: TimePeer): string {
  if (peer.flags === undefined) return peer.host;
  const names = decodeNtpFlags(peer.flags);
  return `${peer.host} (0x${peer.flags.toString(16)}${names.length > 0 ? ` = ${names.join(' + ')}` : ''})`;
}

const ORIGIN: Record<ConfigOrigin, Localized> = {
  policy: { en: ' (set by Group Policy)', ja: ' (グループ ポリシーで設定)' },
  local: { en: ' (set in the local registry)', ja: ' (ローカルのレジストリで設定)' },
  unknown: { en: '', ja: '' },
};

/** Why the configuration picks the source it does, in both languages. */
function whyText(picture: TimePicture): Localized | undefined {
  const type = picture.type?.value;
  if (!type) return undefined;
  const origin = ORIGIN[type.origin];
  const peers = picture.ntpServer?.value.peers ?? [];
  const spi = picture.specialPollInterval?.value;
  const special = peers.some((peer) => peer.flags !== undefined && decodeNtpFlags(peer.flags).includes('SpecialInterval')) && spi !== undefined;
  const poll: Localized = special ? { en: `, polled every ${spi} s (SpecialPollInterval)`, ja: `。${spi} 秒ごと (SpecialPollInterval) に問い合わせます` } : { en: '', ja: '' };
  const peerList = list(peers.map(peerText));
  switch (type.value.toUpperCase()) {
    case 'NT5DS':
      return { en: `Type is NT5DS${origin.en}: the member follows the domain hierarchy and syncs from a domain controller; NtpServer is not used`, ja: `Type は NT5DS${origin.ja} です。ドメイン階層に従ってドメインコントローラーと同期し、NtpServer は使われません` };
    case 'NTP':
      return peers.length > 0
        ? { en: `Type is NTP${origin.en}: the peers in NtpServer are used, ${peerList.en}${poll.en}`, ja: `Type は NTP${origin.ja} です。NtpServer のピア ${peerList.ja} が使われます${poll.ja}` }
        : { en: `Type is NTP${origin.en}: the peers in NtpServer are used`, ja: `Type は NTP${origin.ja} です。NtpServer のピアが使われます` };
    case 'ALLSYNC':
      return { en: `Type is AllSync${origin.en}: both the domain hierarchy and the NtpServer peers are used, and either may win`, ja: `Type は AllSync${origin.ja} です。ドメイン階層と NtpServer のピアの両方が使われ、どちらが選ばれるかは状況次第です` };
    default:
      return { en: `Type is ${type.value}${origin.en}`, ja: `Type は ${type.value}${origin.ja} です` };
  }
}

export const winTimeSource = defineRule({
  id: 'win-time-source',
  category: 'win',
  severity: 'warning',
  title: { en: 'Windows Time follows the time design you chose', ja: 'Windows の時刻同期が選んだ設計どおりのソースを使っている' },
  description: {
    en: `A domain-joined WorkSpace takes time either from the domain hierarchy (Type NT5DS, with the PDC emulator at the top) or straight from Amazon Time Sync (Type NTP with NtpServer ${AMI_TIME_DEFAULTS.ntpServer}, the EC2 Windows AMI default). Reads w32tm /query /source, /status, /configuration and /peers, and says which source wins and why. With timeSource in the context it reports a member that follows the other design; without it, the explanation is an info finding.`,
    ja: `ドメインに参加した WorkSpace は、ドメイン階層 (Type NT5DS、頂点は PDC エミュレーター) か、Amazon Time Sync (Type NTP、NtpServer ${AMI_TIME_DEFAULTS.ntpServer}。EC2 の Windows AMI の既定値) のどちらかから時刻を得ます。w32tm /query /source、/status、/configuration、/peers の出力を読み、どのソースがなぜ使われているかを示します。コンテキストに timeSource を指定すると、設計と異なるメンバーを報告します。指定しない場合は説明を情報として表示します。`,
  },
  messages: {
    explain: {
      en: 'Windows Time syncs from {source}{why}. Set timeSource in the context to check it against your design.',
      ja: 'Windows の時刻は {source} と同期しています{why}。設計どおりか確認するには、コンテキストに timeSource を指定してください。',
    },
    explainConfiguration: {
      en: '{why}. Set timeSource in the context to check it against your design.',
      ja: '{why}。設計どおりか確認するには、コンテキストに timeSource を指定してください。',
    },
    ignoresDomain: {
      en: 'The context says members take time from the domain hierarchy, but this one {evidence}: it does not follow the PDC emulator.',
      ja: 'コンテキストではメンバーがドメイン階層から時刻を得る設計ですが、このメンバーは {evidence}。PDC エミュレーターに従っていません。',
    },
    notAmazon: {
      en: 'The context says members take time from Amazon Time Sync ({address}), but this one {evidence}.',
      ja: 'コンテキストではメンバーが Amazon Time Sync ({address}) から時刻を得る設計ですが、このメンバーは {evidence}。',
    },
  },
  sources: ['ms-w32time-tools', 'ec2-ntp', 'ds-managed-ad-created'],
  check(analysis) {
    const reports: RuleReport<'explain' | 'explainConfiguration' | 'ignoresDomain' | 'notAmazon'>[] = [];
    const design = analysis.context.timeSource;
    const amazon = AMAZON_TIME_SYNC_ADDRESSES[0];
    for (const picture of pictures(analysis)) {
      const type = picture.type?.value.value.toUpperCase();
      const source = picture.source;
      const why = whyText(picture);
      if (!design) {
        if (source && sourceKind(source.value) !== 'free-running') {
          const text: Localized = why ? { en: ` — ${why.en}`, ja: `。${why.ja}` } : { en: '', ja: '' };
          reports.push({ messageId: 'explain', severity: 'info', data: { source: peerText(source.value), why: text.en }, localizedData: { why: text }, at: textAt(picture.file, source.span) });
        } else if (!source && why && picture.type) {
          reports.push({ messageId: 'explainConfiguration', severity: 'info', data: { why: why.en }, localizedData: { why }, at: textAt(picture.file, picture.type.span) });
        }
        continue;
      }
      const amazonPeer = picture.peers.find((peer) => sourceKind(peer.peer.value) === 'amazon');
      if (design === 'domain-hierarchy') {
        let evidence: { text: Localized; span: Field<unknown>['span'] } | undefined;
        if (type === 'NTP' && picture.type) evidence = { text: { en: `has Type NTP${ORIGIN[picture.type.value.origin].en}, so it uses NtpServer instead of the domain hierarchy`, ja: `Type が NTP${ORIGIN[picture.type.value.origin].ja} で、ドメイン階層ではなく NtpServer を使っています` }, span: picture.type.span };
        else if (source && sourceKind(source.value) === 'amazon') evidence = { text: { en: `syncs from ${peerText(source.value)}`, ja: `${peerText(source.value)} と同期しています` }, span: source.span };
        else if (amazonPeer) evidence = { text: { en: `also polls ${peerText(amazonPeer.peer.value)}, so either source may win`, ja: `${peerText(amazonPeer.peer.value)} にも問い合わせており、どちらのソースが選ばれるかわかりません` }, span: amazonPeer.peer.span };
        if (evidence) reports.push({ messageId: 'ignoresDomain', data: { evidence: evidence.text.en }, localizedData: { evidence: evidence.text }, at: textAt(picture.file, evidence.span) });
        continue;
      }
      let evidence: { text: Localized; span: Field<unknown>['span'] } | undefined;
      if (type === 'NT5DS' && picture.type) evidence = { text: { en: 'has Type NT5DS, so it follows the domain hierarchy', ja: 'Type が NT5DS で、ドメイン階層に従っています' }, span: picture.type.span };
      else if (source && sourceKind(source.value) === 'other') evidence = { text: { en: `syncs from ${peerText(source.value)}`, ja: `${peerText(source.value)} と同期しています` }, span: source.span };
      else if (!source && type === 'NTP' && picture.ntpServer && !picture.ntpServer.value.peers.some((peer) => sourceKind(peer) === 'amazon')) {
        const peers = list(picture.ntpServer.value.peers.map(peerText));
        evidence = { text: { en: `lists ${peers.en} in NtpServer, without ${amazon}`, ja: `NtpServer に ${amazon} がなく、${peers.ja} が指定されています` }, span: picture.ntpServer.span };
      }
      if (evidence) reports.push({ messageId: 'notAmazon', data: { address: amazon, evidence: evidence.text.en }, localizedData: { evidence: evidence.text }, at: textAt(picture.file, evidence.span) });
    }
    return reports;
  },
});

/** Why a time server cannot be reached without internet, or undefined when it may be reachable. */
function internetReason(analysis: Analysis, host: string): Localized | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  const known = INTERNET_TIME_SERVERS.find((server) => server.name === name);
  if (known) return known.why;
  const address = parseAddress(name);
  if (address && analysis.publicSpaceOf(analysis.workspacesSubnets[0]?.vpcId)[address.family].has(address.value)) return { en: 'a public address', ja: 'パブリックなアドレス' };
  return undefined;
}

export const winTimeUnreachablePeer = defineRule({
  id: 'win-time-unreachable-peer',
  category: 'win',
  severity: 'warning',
  title: { en: 'Every time source can be reached without internet', ja: 'すべての時刻ソースにインターネットなしで到達できる' },
  description: {
    en: `A closed WorkSpace cannot reach time servers on the internet: ${list(INTERNET_TIME_SERVERS.map((server) => server.name)).en}, or any public address. Such a peer is polled and fails; when it is the only one, the clock runs free. Reads the peers of w32tm /query /peers (also flags a peer that is pending or reports a sync error) and the NtpServer list of /configuration.`,
    ja: `閉域の WorkSpace はインターネット上のタイムサーバー (${list(INTERNET_TIME_SERVERS.map((server) => server.name)).ja} やパブリックなアドレス) に到達できません。そうしたピアは問い合わせても失敗し、それが唯一のピアなら時計は同期されないまま進みます。w32tm /query /peers のピア (保留中のピアや同期エラーを報告しているピアも指摘します) と /configuration の NtpServer を読みます。`,
  },
  messages: {
    internetPeer: {
      en: '{peer} is {why}; a closed WorkSpace cannot reach it.',
      ja: '{peer} は {why} で、閉域の WorkSpace からは到達できません。',
    },
    internetPeerUnused: {
      en: 'NtpServer lists {peer}, {why}, but Type is {type}, so NtpServer is not used.',
      ja: 'NtpServer に {peer} ({why}) が指定されていますが、Type が {type} なので NtpServer は使われていません。',
    },
    notAnswering: {
      en: 'Peer {peer} is {state}{error}: Windows Time is not getting time from it.',
      ja: 'ピア {peer} の状態は {state}{error} で、Windows はこのピアから時刻を得られていません。',
    },
  },
  sources: ['ms-w32time-tools', 'aws-blog-ad-time-sync', 'ec2-ntp'],
  check(analysis) {
    const reports: RuleReport<'internetPeer' | 'internetPeerUnused' | 'notAnswering'>[] = [];
    for (const picture of pictures(analysis)) {
      const reported = new Set<string>();
      for (const peer of picture.peers) {
        const why = internetReason(analysis, peer.peer.value.host);
        if (why) {
          reported.add(peer.peer.value.host.toLowerCase());
          reports.push({ messageId: 'internetPeer', data: { peer: peerText(peer.peer.value), why: why.en }, localizedData: { why }, at: textAt(picture.file, peer.peer.span) });
          continue;
        }
        const pending = peer.state && /pending/i.test(peer.state.value);
        if (pending || peer.lastSyncError) {
          const field = peer.lastSyncError ?? peer.state;
          const error: Localized = peer.lastSyncError ? { en: `, last sync error ${peer.lastSyncError.value}`, ja: `、最後の同期エラーは ${peer.lastSyncError.value}` } : { en: '', ja: '' };
          reports.push({
            messageId: 'notAnswering',
            data: { peer: peerText(peer.peer.value), state: peer.state?.value ?? '?', error: error.en },
            localizedData: { error },
            at: textAt(picture.file, (field ?? peer.peer).span),
          });
        }
      }
      const type = picture.type?.value.value;
      for (const peer of picture.ntpServer?.value.peers ?? []) {
        const why = internetReason(analysis, peer.host);
        if (!why || reported.has(peer.host.toLowerCase()) || !picture.ntpServer) continue;
        const unused = type !== undefined && type.toUpperCase() === 'NT5DS';
        reports.push({
          messageId: unused ? 'internetPeerUnused' : 'internetPeer',
          ...(unused ? { severity: 'info' as const } : {}),
          data: { peer: peerText(peer), why: why.en, type: type ?? '' },
          localizedData: { why },
          at: textAt(picture.file, picture.ntpServer.span),
        });
      }
    }
    return reports;
  },
});

export const winTimeUnsynchronised = defineRule({
  id: 'win-time-unsynchronised',
  category: 'win',
  severity: 'error',
  title: { en: 'Windows Time is synchronised from a time source', ja: 'Windows の時刻がいずれかの時刻ソースと同期している' },
  description: {
    en: `${list([...FREE_RUNNING_SOURCES]).en} as the source, “unspecified” as the last successful sync, leap indicator 3, Type NoSync, no peers or a stopped Windows Time service all mean the clock runs on its own. Domain logons fail once it is more than the Kerberos tolerance (${TIME_OFFSET.kerberosToleranceMinutes} minutes by default) away from the domain controllers.`,
    ja: `ソースが ${list([...FREE_RUNNING_SOURCES]).ja}、最終正常同期時刻が「未指定」、閏インジケーターが 3、Type が NoSync、ピアがない、Windows Time サービスが停止している、のいずれも時計が同期されずに進んでいることを示します。ドメインコントローラーとの差が Kerberos の許容範囲 (既定で ${TIME_OFFSET.kerberosToleranceMinutes} 分) を超えると、ドメインへのログオンに失敗します。`,
  },
  messages: {
    freeRunning: { en: 'The time source is {source}: the clock is not synchronised from anywhere.', ja: '時刻ソースが {source} で、時計はどこからも同期されていません。' },
    neverSynced: { en: 'Last Successful Sync Time is unspecified: Windows Time has not synchronised since it started.', ja: '最終正常同期時刻が未指定で、Windows Time は起動してから一度も同期していません。' },
    leapUnsynchronised: { en: 'Leap Indicator is 3 (not synchronized).', ja: '閏インジケーターが 3 (未同期) です。' },
    noSync: { en: 'Type is NoSync: Windows Time is configured not to synchronise.', ja: 'Type が NoSync で、Windows Time は同期しない設定です。' },
    noPeers: { en: 'w32tm lists no peers: Windows Time has no source to synchronise from.', ja: 'w32tm のピアが 0 件で、Windows Time には同期するソースがありません。' },
    stopped: { en: 'The Windows Time service is not running (0x80070426): start it with net start w32time.', ja: 'Windows Time サービスが実行されていません (0x80070426)。net start w32time で開始してください。' },
  },
  sources: ['ms-w32time-tools', 'ms-kerberos-clock-tolerance'],
  check(analysis) {
    const reports: RuleReport<'freeRunning' | 'neverSynced' | 'leapUnsynchronised' | 'noSync' | 'noPeers' | 'stopped'>[] = [];
    const seen = new Set<string>();
    const push = (file: string, messageId: (typeof reports)[number]['messageId'], span: Field<unknown>['span'], data: Record<string, string> = {}) => {
      const key = `${file}#${messageId}`;
      if (seen.has(key)) return;
      seen.add(key);
      reports.push({ messageId, data, at: textAt(file, span) });
    };
    const outputs: W32tmOutput[] = [...outputsOf(analysis, 'w32tm-status'), ...outputsOf(analysis, 'w32tm-source'), ...outputsOf(analysis, 'w32tm-configuration'), ...outputsOf(analysis, 'w32tm-peers')];
    for (const output of outputs) {
      if (output.serviceStopped) {
        push(output.file, 'stopped', output.serviceStopped);
        continue;
      }
      if (output.kind === 'w32tm-status' || output.kind === 'w32tm-source') {
        if (output.source && sourceKind(output.source.value) === 'free-running') {
          push(output.file, 'freeRunning', output.source.span, { source: output.source.value.host });
          continue;
        }
      }
      if (output.kind === 'w32tm-status') {
        if (output.lastSuccessfulSync?.value === 'unspecified') push(output.file, 'neverSynced', output.lastSuccessfulSync.span);
        else if (output.leapIndicator?.value === 3) push(output.file, 'leapUnsynchronised', output.leapIndicator.span);
      }
      if (output.kind === 'w32tm-configuration' && output.type && output.type.value.value.toUpperCase() === 'NOSYNC') push(output.file, 'noSync', output.type.span);
      if (output.kind === 'w32tm-peers' && output.count?.value === 0) push(output.file, 'noPeers', output.count.span);
    }
    return reports;
  },
});

export const winTimeOffset = defineRule({
  id: 'win-time-offset',
  category: 'win',
  severity: 'warning',
  title: { en: `The clock is within ${TIME_OFFSET.warningSeconds} s of its time source`, ja: `時計と時刻ソースの差が ${TIME_OFFSET.warningSeconds} 秒以内である` },
  description: {
    en: `Phase Offset in w32tm /query /status /verbose is how far the local clock is from its source. More than ${TIME_OFFSET.warningSeconds} s (this site’s threshold) means something keeps the clock from following; at ${TIME_OFFSET.kerberosToleranceMinutes} minutes Kerberos refuses logons by default, and the finding is an error.`,
    ja: `w32tm /query /status /verbose のフェーズ オフセット (Phase Offset) は、ローカルの時計と時刻ソースの差です。${TIME_OFFSET.warningSeconds} 秒 (このサイトのしきい値) を超えるなら、時計がソースに追従できない原因があります。${TIME_OFFSET.kerberosToleranceMinutes} 分に達すると既定の Kerberos はログオンを拒否するため、エラーとして報告します。`,
  },
  messages: {
    drift: {
      en: 'Phase Offset is {offset} s: the clock is more than {limit} s away from {source}.',
      ja: 'フェーズ オフセットが {offset} 秒で、時計が {source} から {limit} 秒以上ずれています。',
    },
    kerberos: {
      en: 'Phase Offset is {offset} s, beyond the Kerberos tolerance of {minutes} minutes: domain logons fail with this clock.',
      ja: 'フェーズ オフセットが {offset} 秒で、Kerberos の許容範囲 ({minutes} 分) を超えています。この時計ではドメインへのログオンに失敗します。',
    },
  },
  sources: ['ms-w32time-tools', 'ms-kerberos-clock-tolerance'],
  check(analysis) {
    const reports: RuleReport<'drift' | 'kerberos'>[] = [];
    for (const output of outputsOf(analysis, 'w32tm-status')) {
      const offset = output.phaseOffsetSeconds;
      if (!offset) continue;
      const size = Math.abs(offset.value);
      if (size <= TIME_OFFSET.warningSeconds) continue;
      const source: Localized = output.source ? same(output.source.value.host) : { en: 'its source', ja: '時刻ソース' };
      if (size >= TIME_OFFSET.kerberosToleranceMinutes * 60) {
        reports.push({ messageId: 'kerberos', severity: 'error', data: { offset: offset.value, minutes: TIME_OFFSET.kerberosToleranceMinutes }, at: textAt(output.file, offset.span) });
      } else {
        reports.push({ messageId: 'drift', data: { offset: offset.value, limit: TIME_OFFSET.warningSeconds, source: source.en }, localizedData: { source }, at: textAt(output.file, offset.span) });
      }
    }
    return reports;
  },
});

export const TIME_RULES = [winTimeSource, winTimeUnreachablePeer, winTimeUnsynchronised, winTimeOffset];
