/**
 * Cases of the win-* rules. Every document is a constructed example (no output captured inside
 * a WorkSpace was published), written from the labels real captures show; the file names say so.
 */
import type { RuleCases } from './case.ts';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** A `route print` IPv4 row, aligned as Windows prints it (on-link rows are shifted by one). */
function row(destination: string, mask: string, gateway: string | undefined, via: string, metric: number): string {
  return gateway === undefined
    ? `${destination.padStart(17)}${mask.padStart(17)}${'On-link'.padStart(16)}${via.padStart(18)}${String(metric).padStart(7)}`
    : `${destination.padStart(17)}${mask.padStart(17)}${gateway.padStart(17)}${via.padStart(17)}${String(metric).padStart(7)}`;
}

const MANAGEMENT = '198.19.22.34';
const PRIMARY = '10.0.1.25';
const ACTIVE = ['C:\\Users\\alice>route print -4', 'Active Routes:', 'Network Destination        Netmask          Gateway       Interface  Metric'];

/** Active routes of a WorkSpace: the default route, the link-local services and the connected networks. */
function routes(options: { defaultVia?: 'primary' | 'management'; kmsVia?: 'primary' | 'management'; extra?: string[]; persistent?: string[] } = {}): string {
  const rows = [
    ...(options.defaultVia === 'management' ? [row('0.0.0.0', '0.0.0.0', '198.19.0.1', MANAGEMENT, 10)] : []),
    row('0.0.0.0', '0.0.0.0', '10.0.1.1', PRIMARY, 25),
    row('10.0.1.0', '255.255.255.0', undefined, PRIMARY, 281),
    options.kmsVia === 'primary' ? row('169.254.169.250', '255.255.255.255', '10.0.1.1', PRIMARY, 26) : row('169.254.169.250', '255.255.255.255', '198.19.0.1', MANAGEMENT, 26),
    row('169.254.169.251', '255.255.255.255', '198.19.0.1', MANAGEMENT, 26),
    row('169.254.169.254', '255.255.255.255', '198.19.0.1', MANAGEMENT, 26),
    ...(options.extra ?? []),
    row('198.19.0.0', '255.255.0.0', undefined, MANAGEMENT, 271),
  ];
  const persistent = options.persistent ? ['Persistent Routes:', '  Network Address          Netmask  Gateway Address  Metric', ...options.persistent] : ['Persistent Routes:', '  None'];
  return lines(...ACTIVE, ...rows, '='.repeat(75), ...persistent);
}

const IPCONFIG = lines(
  'C:\\Users\\alice>ipconfig',
  '',
  'Windows IP Configuration',
  '',
  'Ethernet adapter Ethernet 2:',
  '',
  `   IPv4 Address. . . . . . . . . . . : ${MANAGEMENT}`,
  '   Subnet Mask . . . . . . . . . . . : 255.255.0.0',
  '   Default Gateway . . . . . . . . . :',
  '',
  'Ethernet adapter Ethernet 3:',
  '',
  `   IPv4 Address. . . . . . . . . . . : ${PRIMARY}`,
  '   Subnet Mask . . . . . . . . . . . : 255.255.255.0',
  '   Default Gateway . . . . . . . . . : 10.0.1.1',
);

function slmgr(options: { status?: string; expiration?: string; host?: string; dns?: boolean } = {}): string {
  const host = options.host ?? '169.254.169.250:1688';
  return lines(
    'C:\\Users\\alice>cscript //nologo %windir%\\system32\\slmgr.vbs /dli',
    '',
    'Name: Windows(R), ServerDatacenter edition',
    'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
    'Partial Product Key: 2JBTF',
    `License Status: ${options.status ?? 'Licensed'}`,
    `Volume activation expiration: ${options.expiration ?? '257863 minute(s) (180 day(s))'}`,
    '',
    'Key Management Service client information',
    '    Client Machine ID (CMID): 6c4f8a9d-3b7e-4f21-9c0d-1a2b3c4d5e6f',
    options.dns ? `    KMS machine name from DNS: ${host}` : `    Registered KMS machine name: ${host}`,
    `    KMS machine IP address: ${host.split(':')[0]}`,
    '    Activation interval: 120 minutes',
    '    Renewal interval: 10080 minutes',
  );
}

function ospp(options: { status?: string; host?: string } = {}): string {
  return lines(
    'C:\\Users\\alice>cscript //nologo "C:\\Program Files\\Microsoft Office\\Office16\\ospp.vbs" /dstatus',
    '---Processing--------------------------',
    '---------------------------------------',
    'LICENSE NAME: Office 16, Office16ProPlus2019VL_KMS_Client_AE edition',
    'LICENSE DESCRIPTION: Office 16, VOLUME_KMSCLIENT channel',
    `LICENSE STATUS:  ${options.status ?? '---LICENSED---'}`,
    ...(options.status && options.status !== '---LICENSED---' ? ['ERROR CODE: 0xC004F074'] : []),
    'Last 5 characters of installed product key: 6MWKP',
    '\tDNS auto-discovery: KMS name not available',
    `\tKMS machine registry override defined: ${options.host ?? '198.19.64.250:1688'}`,
    '---------------------------------------',
    '---Exiting-----------------------------',
  );
}

function w32tmStatus(options: { source?: string; offset?: string; leap?: string; lastSync?: string } = {}): string {
  return lines(
    'C:\\Users\\alice>w32tm /query /status /verbose',
    `Leap Indicator: ${options.leap ?? '0(no warning)'}`,
    'Stratum: 4 (secondary reference - syncd by (S)NTP)',
    `Last Successful Sync Time: ${options.lastSync ?? '11/20/2026 9:38:12 AM'}`,
    `Source: ${options.source ?? 'DC01.example.local'}`,
    'Poll Interval: 10 (1024s)',
    '',
    `Phase Offset: ${options.offset ?? '0.0004136s'}`,
  );
}

function w32tmConfiguration(type: string, ntpServer?: string): string {
  return lines(
    'C:\\Users\\alice>w32tm /query /configuration',
    '[TimeProviders]',
    '',
    'NtpClient (Local)',
    'Enabled: 1 (Local)',
    'SpecialPollInterval: 900 (Local)',
    `Type: ${type} (Local)`,
    ...(ntpServer ? [`NtpServer: ${ntpServer} (Local)`] : []),
  );
}

function w32tmPeers(...peers: [string, string][]): string {
  return lines('C:\\Users\\alice>w32tm /query /peers', `#Peers: ${peers.length}`, ...peers.flatMap(([peer, state]) => ['', `Peer: ${peer}`, `State: ${state}`, 'Mode: 3 (Client)']));
}

function defenderStatus(age: number, outOfDate = false): string {
  return lines(
    'PS C:\\Users\\alice> Get-MpComputerStatus | Format-List AntivirusSignature*, DefenderSignaturesOutOfDate',
    '',
    `AntivirusSignatureAge         : ${age}`,
    `AntivirusSignatureLastUpdated : ${age > 100 ? '7/18/2019 4:12:33 AM' : '11/20/2026 3:12:44 AM'}`,
    `AntivirusSignatureVersion     : ${age > 100 ? '1.299.1281.0' : '1.441.512.0'}`,
    `DefenderSignaturesOutOfDate   : ${outOfDate ? 'True' : 'False'}`,
  );
}

function defenderPreference(order: string, shares: string): string {
  return lines(
    'PS C:\\Users\\alice> Get-MpPreference | Format-List SignatureFallbackOrder, SignatureDefinitionUpdateFileSharesSources',
    '',
    `SignatureFallbackOrder                     : ${order}`,
    `SignatureDefinitionUpdateFileSharesSources : ${shares}`,
  );
}

const doc = (name: string, content: string) => ({ name: `${name}.constructed.txt`, content });

export const winOutputRecognisedCases: RuleCases = {
  valid: [{ title: { en: 'The output of a command the validators read', ja: '検証ツールが読めるコマンドの出力' }, documents: [doc('w32tm-source', lines('C:\\Users\\alice>w32tm /query /source', 'DC01.example.local'))] }],
  invalid: [
    {
      title: { en: 'A prompt of a command whose output is not read', ja: '出力を読まないコマンドのプロンプト' },
      documents: [doc('w32tm', lines('C:\\Users\\alice>w32tm /resync', 'Sending resync command to local computer', 'The command completed successfully.', 'C:\\Users\\alice>w32tm /query /source', 'DC01.example.local'))],
      errors: [{ line: 1 }],
    },
    {
      title: { en: 'Japanese slmgr output without its KMS block: the status cannot be read', ja: 'KMS ブロックのない日本語の slmgr の出力: 状態を読み取れない' },
      documents: [doc('slmgr-dli.ja', lines('C:\\Users\\hanako>slmgr /dli', '', '名前: Windows(R), ServerDatacenter edition', '説明: Windows(R) Operating System, VOLUME_KMSCLIENT channel', 'ライセンスの状態: 通知'))],
      errors: [{ line: 1 }],
    },
    {
      title: { en: 'A paste with characters decoded from the wrong code page', ja: '誤ったコードページで読み込まれた文字を含む貼り付け' },
      documents: [doc('w32tm-status.ja', lines('C:\\Users\\hanako>w32tm /query /status', '閏インジケーター: 0 (警告なし)', '\uFFFD\uFFFD: 4 (\uFFFD\uFFFD)', 'ソース: DC01.example.local'))],
      errors: [{ line: 3 }],
    },
  ],
};

export const winWindowsLicensedCases: RuleCases = {
  valid: [{ title: { en: 'Licensed, with its KMS block', ja: 'ライセンス認証済みで KMS ブロックあり' }, documents: [doc('slmgr-dli', slmgr())] }],
  invalid: [
    {
      title: { en: 'Notification mode, and the error /ato printed', ja: '通知モードと、/ato が出力したエラー' },
      documents: [
        doc(
          'slmgr',
          lines(
            'C:\\Users\\alice>slmgr /dli',
            '',
            'Name: Windows(R), ServerDatacenter edition',
            'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
            'License Status: Notification',
            'Notification Reason: 0xC004F056.',
            'Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.',
            'C:\\Users\\alice>slmgr /ato',
            'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted.',
          ),
        ),
      ],
      errors: [{ line: 5 }, { line: 9 }],
    },
    {
      title: { en: 'Japanese labels: the /ato hint printed where the KMS block belongs', ja: '日本語のラベル: KMS ブロックの位置に /ato の案内が出ている' },
      documents: [doc('slmgr-dli.ja', lines('C:\\Users\\hanako>slmgr /dli', '', '名前: Windows(R), ServerDatacenter edition', '説明: Windows(R) Operating System, VOLUME_KMSCLIENT channel', 'slmgr.vbs /ato を使用してライセンス認証を行い、KMS クライアント情報を更新してください。'))],
      errors: [{ line: 5 }],
    },
  ],
};

export const winKmsHostCases: RuleCases = {
  valid: [
    { title: { en: 'A public bundle activating against 169.254.169.250', ja: '169.254.169.250 でライセンス認証するパブリックバンドル' }, documents: [doc('slmgr-dli', slmgr())] },
    { title: { en: 'A BYOL WorkSpace using a KMS host listed in the context', ja: 'コンテキストに記載した KMS ホストを使う BYOL の WorkSpace' }, documents: [doc('slmgr-dli', slmgr({ host: 'kms01.example.local:1688' }))], context: { bundle: 'byol', kmsHosts: ['kms01.example.local'] } },
  ],
  invalid: [
    { title: { en: 'A public bundle using a KMS host found through DNS', ja: 'DNS で見つかった KMS ホストを使うパブリックバンドル' }, documents: [doc('slmgr-dli', slmgr({ host: 'kms01.example.local:1688', dns: true }))], errors: [{ line: 11 }] },
    { title: { en: 'A BYOL WorkSpace pointed at the AWS KMS host', ja: 'AWS の KMS ホストを向いている BYOL の WorkSpace' }, documents: [doc('slmgr-dli', slmgr())], context: { bundle: 'byol' }, errors: [{ line: 11 }] },
    { title: { en: 'The AWS KMS host on the wrong port', ja: 'ポートが違う AWS の KMS ホスト' }, documents: [doc('slmgr-dli', slmgr({ host: '169.254.169.251:1689' }))], errors: [{ line: 11 }] },
  ],
};

export const winActivationExpiryCases: RuleCases = {
  valid: [{ title: { en: 'Renewed a day ago: 179 days left', ja: '1 日前に更新済み: 残り 179 日' }, documents: [doc('slmgr-dli', slmgr({ expiration: '257760 minute(s) (179 day(s))' }))] }],
  invalid: [
    { title: { en: '121 days left: renewals have failed for weeks', ja: '残り 121 日: 何週間も更新に失敗している' }, documents: [doc('slmgr-dli', slmgr({ expiration: '174240 minute(s) (121 day(s))' }))], errors: [{ line: 7 }] },
    { title: { en: '20 days left: an error', ja: '残り 20 日: エラー' }, documents: [doc('slmgr-dli', slmgr({ expiration: '28800 minute(s) (20 day(s))' }))], errors: [{ line: 7 }] },
  ],
};

const NSLOOKUP_NO_RECORD = lines('C:\\Users\\alice>nslookup -type=srv _vlmcs._tcp', 'Server:  UnKnown', 'Address:  10.0.10.10', '', "*** UnKnown can't find _vlmcs._tcp: Non-existent domain");

export const winKmsSrvRecordCases: RuleCases = {
  valid: [
    {
      title: { en: 'The record exists and names the KMS host', ja: 'レコードがあり KMS ホストを示している' },
      documents: [
        doc(
          'nslookup',
          lines('C:\\Users\\alice>nslookup -type=srv _vlmcs._tcp', 'Server:  dc01.example.local', 'Address:  10.0.10.10', '', '_vlmcs._tcp.example.local       SRV service location:', '          priority       = 0', '          weight         = 0', '          port           = 1688', '          svr hostname   = kms01.example.local'),
        ),
      ],
    },
  ],
  invalid: [
    { title: { en: 'No record on a public bundle: expected, explained', ja: 'パブリックバンドルでレコードなし: 想定どおりであることの説明' }, documents: [doc('nslookup', NSLOOKUP_NO_RECORD)], errors: [{ line: 5 }] },
    { title: { en: 'No record and no registered host on BYOL: a warning', ja: 'BYOL でレコードも登録済みホストもない: 警告' }, documents: [doc('nslookup', NSLOOKUP_NO_RECORD)], context: { bundle: 'byol' }, errors: [{ line: 5 }] },
    {
      title: { en: 'In Japanese, with the DNS server not answering', ja: '日本語で、DNS サーバーが応答しない' },
      documents: [doc('nslookup.ja', lines('C:\\Users\\hanako>nslookup -type=srv _vlmcs._tcp', 'サーバー:  UnKnown', 'Address:  10.0.10.10', '', '*** UnKnown が _vlmcs._tcp を見つけられません: No response from server'))],
      errors: [{ line: 5 }],
    },
  ],
};

export const winOfficeLicensedCases: RuleCases = {
  valid: [{ title: { en: 'Office licensed', ja: 'ライセンス認証済みの Office' }, documents: [doc('ospp', ospp())] }],
  invalid: [{ title: { en: 'Office in notification mode after failing to reach its KMS host', ja: 'KMS ホストに届かず通知モードになった Office' }, documents: [doc('ospp', ospp({ status: '---NOTIFICATIONS---' }))], errors: [{ line: 6 }] }],
};

export const winOfficeKmsHostCases: RuleCases = {
  valid: [{ title: { en: 'Management IP 198.19.22.34, Office KMS host 198.19.64.250', ja: '管理 IP 198.19.22.34、Office の KMS ホスト 198.19.64.250' }, documents: [doc('ospp', ospp()), doc('ipconfig', IPCONFIG)] }],
  invalid: [
    {
      title: { en: 'The BYOL Office host on a public-bundle WorkSpace', ja: 'パブリックバンドルの WorkSpace に BYOL 用の Office ホスト' },
      documents: [doc('ospp', ospp({ host: '54.239.236.220:1688' })), doc('ipconfig', IPCONFIG)],
      errors: [{ file: 'ospp.constructed.txt', line: 9 }],
    },
    { title: { en: 'Without ipconfig: the host can only be checked for its shape', ja: 'ipconfig なし: ホストは形しか確認できない' }, documents: [doc('ospp', ospp({ host: '10.0.20.15:1688' }))], errors: [{ line: 9 }] },
  ],
};

export const winDefaultRouteCases: RuleCases = {
  valid: [{ title: { en: 'The default route through the primary interface', ja: 'プライマリインターフェイス経由のデフォルトルート' }, documents: [doc('route-print', routes())] }],
  invalid: [{ title: { en: 'A default route through the management interface wins on metric', ja: '管理インターフェイス経由のデフォルトルートがメトリックで優先される' }, documents: [doc('route-print', routes({ defaultVia: 'management' }))], errors: [{ line: 4 }] }],
};

export const winLinkLocalRouteCases: RuleCases = {
  valid: [{ title: { en: 'Host routes to the link-local services through the management interface', ja: 'リンクローカルサービスへのホストルートが管理インターフェイス経由' }, documents: [doc('route-print', routes())] }],
  invalid: [{ title: { en: 'The route to 169.254.169.250 leaves through the primary interface', ja: '169.254.169.250 へのルートがプライマリインターフェイスから出ている' }, documents: [doc('route-print', routes({ kmsVia: 'primary' }))], errors: [{ line: 6 }] }],
};

export const winPersistentRouteGatewayCases: RuleCases = {
  valid: [{ title: { en: 'Persistent routes through the management gateway', ja: '管理側ゲートウェイ経由の固定ルート' }, documents: [doc('route-print', routes({ persistent: ['  169.254.169.250  255.255.255.255       198.19.0.1       1'] }))] }],
  invalid: [
    {
      title: { en: 'A persistent route left by an image built in another subnet', ja: '別のサブネットで作ったイメージに残った固定ルート' },
      documents: [doc('route-print', routes({ persistent: ['  169.254.169.250  255.255.255.255       198.19.0.1       1', '  169.254.169.251  255.255.255.255      172.31.48.1       1'] }))],
      errors: [{ line: 14 }],
    },
  ],
};

export const winRouteManagementOverlapCases: RuleCases = {
  valid: [{ title: { en: 'An on-premises route that does not touch the management network', ja: '管理ネットワークに重ならないオンプレミス向けルート' }, documents: [doc('route-print', routes({ extra: [row('172.16.0.0', '255.240.0.0', '10.0.1.1', PRIMARY, 26)] }))] }],
  invalid: [
    {
      title: { en: 'An on-premises route more specific than the management network', ja: '管理ネットワークより具体的なオンプレミス向けルート' },
      documents: [doc('route-print', routes({ extra: [row('198.19.128.0', '255.255.128.0', '10.0.1.1', PRIMARY, 26)] }))],
      errors: [{ line: 9 }],
    },
  ],
};

export const winTimeSourceCases: RuleCases = {
  valid: [{ title: { en: 'A member following the domain hierarchy, as the context says', ja: 'コンテキストどおりドメイン階層に従うメンバー' }, documents: [doc('w32tm', w32tmStatus() + '\n' + w32tmConfiguration('NT5DS'))], context: { timeSource: 'domain-hierarchy' } }],
  invalid: [
    {
      title: { en: 'Type NTP on a member that should follow the domain hierarchy', ja: 'ドメイン階層に従うべきメンバーで Type が NTP' },
      documents: [doc('w32tm', w32tmStatus({ source: '169.254.169.123,0x9' }) + '\n' + w32tmConfiguration('NTP', '169.254.169.123,0x9'))],
      context: { timeSource: 'domain-hierarchy' },
      errors: [{ line: 16 }],
    },
    { title: { en: 'No design in the context: which source wins, and why', ja: 'コンテキストに設計なし: どのソースがなぜ使われるか' }, documents: [doc('w32tm', w32tmStatus() + '\n' + w32tmConfiguration('NT5DS'))], errors: [{ line: 5 }] },
    { title: { en: 'Type NT5DS where Amazon Time Sync is the design', ja: 'Amazon Time Sync の設計なのに Type が NT5DS' }, documents: [doc('w32tm', w32tmConfiguration('NT5DS'))], context: { timeSource: 'amazon-time-sync' }, errors: [{ line: 7 }] },
  ],
};

export const winTimeUnreachablePeerCases: RuleCases = {
  valid: [{ title: { en: 'Amazon Time Sync and a domain controller', ja: 'Amazon Time Sync とドメインコントローラー' }, documents: [doc('w32tm-peers', w32tmPeers(['169.254.169.123,0x9', 'Active'], ['DC01.example.local', 'Active']))] }],
  invalid: [
    { title: { en: 'time.windows.com left in the peer list', ja: 'ピアに残った time.windows.com' }, documents: [doc('w32tm-peers', w32tmPeers(['169.254.169.123,0x9', 'Active'], ['time.windows.com,0x9', 'Pending']))], errors: [{ line: 8 }] },
    { title: { en: 'A peer that never answered', ja: '一度も応答していないピア' }, documents: [doc('w32tm-peers', w32tmPeers(['ntp01.example.local,0x8', 'Pending']))], errors: [{ line: 5 }] },
    { title: { en: 'A public NTP address in NtpServer', ja: 'NtpServer に指定したパブリックな NTP アドレス' }, documents: [doc('w32tm', w32tmConfiguration('NTP', '169.254.169.123,0x9 129.6.15.28,0x9'))], errors: [{ line: 8 }] },
  ],
};

export const winTimeUnsynchronisedCases: RuleCases = {
  valid: [{ title: { en: 'Synchronised from a domain controller', ja: 'ドメインコントローラーと同期済み' }, documents: [doc('w32tm-status', w32tmStatus())] }],
  invalid: [
    {
      title: { en: 'Local CMOS Clock, in Japanese', ja: '日本語で、Local CMOS Clock' },
      documents: [doc('w32tm-status.ja', lines('C:\\Users\\hanako>w32tm /query /status', '閏インジケーター: 3 (未同期)', '階層: 0 (未指定)', '最終正常同期時刻: 未指定', 'ソース: Local CMOS Clock'))],
      errors: [{ line: 5 }],
    },
    { title: { en: 'The Windows Time service is stopped', ja: 'Windows Time サービスが停止している' }, documents: [doc('w32tm-status', lines('PS C:\\Users\\alice> w32tm /query /status', 'The following error occurred: The service has not been started. (0x80070426)'))], errors: [{ line: 2 }] },
    { title: { en: 'Never synchronised since the service started', ja: 'サービス開始以来一度も同期していない' }, documents: [doc('w32tm-status', w32tmStatus({ lastSync: 'unspecified', source: 'DC01.example.local', leap: '3(not synchronized)' }))], errors: [{ line: 4 }] },
  ],
};

export const winTimeOffsetCases: RuleCases = {
  valid: [{ title: { en: 'Less than a millisecond from the source', ja: 'ソースとの差が 1 ミリ秒未満' }, documents: [doc('w32tm-status', w32tmStatus())] }],
  invalid: [
    { title: { en: 'Two and a half seconds off', ja: '2.5 秒のずれ' }, documents: [doc('w32tm-status', w32tmStatus({ offset: '2.4812337s' }))], errors: [{ line: 8 }] },
    { title: { en: 'Beyond the Kerberos tolerance: an error', ja: 'Kerberos の許容範囲を超えている: エラー' }, documents: [doc('w32tm-status', w32tmStatus({ offset: '-412.0081220s' }))], errors: [{ line: 8 }] },
  ],
};

export const winDefenderSignatureAgeCases: RuleCases = {
  valid: [{ title: { en: 'Updated today from the file share', ja: '今日ファイル共有から更新済み' }, documents: [doc('defender', defenderStatus(0))] }],
  invalid: [
    { title: { en: 'Still at the image’s 2019 signatures', ja: 'イメージ作成時 (2019 年) のシグネチャのまま' }, documents: [doc('defender', defenderStatus(2686, true))], errors: [{ line: 3 }] },
    { title: { en: 'Defender flags itself out of date', ja: 'Defender 自身が古いと報告' }, documents: [doc('defender', defenderStatus(3, true))], errors: [{ line: 6 }] },
  ],
};

export const winDefenderFallbackOrderCases: RuleCases = {
  valid: [{ title: { en: 'File shares first, WSUS next', ja: 'ファイル共有を最初に、次に WSUS' }, documents: [doc('defender', defenderPreference('FileShares|InternalDefinitionUpdateServer', '\\\\fs01.example.local\\DefenderUpdates'))] }],
  invalid: [
    { title: { en: 'The default order, which needs the internet', ja: 'インターネットが必要な既定の順序' }, documents: [doc('defender', defenderPreference('MicrosoftUpdateServer|MMPC', ''))], errors: [{ line: 3 }] },
    { title: { en: 'FileShares without any share', ja: '共有が設定されていない FileShares' }, documents: [doc('defender', defenderPreference('FileShares|MMPC', ''))], errors: [{ line: 4 }] },
    { title: { en: 'Shares set but FileShares missing from the order', ja: '共有を設定したのに順序に FileShares がない' }, documents: [doc('defender', defenderPreference('InternalDefinitionUpdateServer|MMPC', '\\\\fs01.example.local\\DefenderUpdates'))], errors: [{ line: 4 }] },
    { title: { en: 'Shares set but only internet sources in the order', ja: '共有を設定したのに順序がインターネットの更新元だけ' }, documents: [doc('defender', defenderPreference('MicrosoftUpdateServer|MMPC', '\\\\fs01.example.local\\DefenderUpdates'))], errors: [{ line: 3 }, { line: 4 }] },
  ],
};

export const winDefenderSharePathCases: RuleCases = {
  valid: [{ title: { en: 'The share root', ja: '共有のルート' }, documents: [doc('defender', defenderPreference('FileShares', '\\\\fs01.example.local\\DefenderUpdates'))] }],
  invalid: [
    { title: { en: 'The x64 folder instead of the share root', ja: '共有のルートではなく x64 フォルダー' }, documents: [doc('defender', defenderPreference('FileShares', '\\\\fs01.example.local\\DefenderUpdates\\x64'))], errors: [{ line: 4 }] },
    { title: { en: 'A local folder instead of a UNC path', ja: 'UNC パスではなくローカルのフォルダー' }, documents: [doc('defender', defenderPreference('FileShares', 'C:\\DefenderUpdates'))], errors: [{ line: 4 }] },
  ],
};
