/**
 * Windows and Office activation seen from inside the WorkSpace: slmgr /dli, /dlv; ospp /dstatus;
 * nslookup -type=srv _vlmcs._tcp.
 */
import {
  ACTIVATION_EXPIRY,
  BYOL_OFFICE_KMS_HOST,
  KMS_DISCOVERY,
  KMS_PORT,
  KMS_TIMING,
  KMS_UNREACHABLE_ERROR,
  OFFICE_KMS_EXAMPLE,
  OFFICE_KMS_SUFFIX,
  officeKmsHost,
  WINDOWS_KMS_HOSTS,
} from '../requirements/activation.ts';
import { defineRule, type RuleReport } from '../rules/rule.ts';
import type { Localized } from '../types.ts';
import { windowsView } from './interfaces.ts';
import type { HostPort, KmsClientInfo, OsppLicense, SlmgrLicense } from './model.ts';
import { list, outputsOf, same, textAt } from './report.ts';
import type { Field } from './text.ts';

const AWS_KMS = WINDOWS_KMS_HOSTS.map((host) => `${host}:${KMS_PORT}`);

/** AWS's own example of the Office KMS computation. */
const OFFICE_EXAMPLE = `${OFFICE_KMS_EXAMPLE.managementIp} → ${OFFICE_KMS_EXAMPLE.host}`;

/** How slmgr and ospp label the host set on the client (`/skms`, `/sethst`). */
const REGISTERED_LABEL = {
  slmgr: { en: 'Registered KMS machine name', ja: '登録済みの KMS ホスト (Registered KMS machine name)' },
  ospp: { en: 'KMS machine registry override defined', ja: 'レジストリで指定された KMS ホスト (KMS machine registry override defined)' },
} as const satisfies Record<string, Localized>;

/** The host a KMS client uses: the registered one (it overrides DNS), else the one DNS found. */
function kmsHostOf(kms: KmsClientInfo, script: keyof typeof REGISTERED_LABEL): { field: Field<HostPort>; label: Localized } | undefined {
  if (kms.registered) return { field: kms.registered, label: REGISTERED_LABEL[script] };
  if (kms.discovered) return { field: kms.discovered, label: { en: 'KMS machine name from DNS', ja: 'DNS で見つかった KMS ホスト (KMS machine name from DNS)' } };
  return undefined;
}

const windowsProduct = (license: SlmgrLicense): Localized => same(license.name?.value ?? 'Windows');
const officeProduct = (license: OsppLicense): Localized => same(license.name?.value ?? 'Office');

export const winWindowsLicensed = defineRule({
  id: 'win-windows-licensed',
  category: 'win',
  severity: 'error',
  title: { en: 'Windows reports License Status: Licensed', ja: 'Windows のライセンスの状態が Licensed (ライセンス認証済み) である' },
  description: {
    en: 'Reads slmgr /dli or /dlv. Any status other than Licensed means Windows is not activated: it runs on a grace period that counts down, or in notification mode. On a closed WorkSpace the usual cause is that the KMS host cannot be reached.',
    ja: 'slmgr /dli または /dlv の出力を読みます。Licensed 以外の状態は Windows がライセンス認証されていないことを示し、残りが減っていく猶予期間か、通知モードで動いています。閉域の WorkSpace では、KMS ホストに到達できないことがほとんどの原因です。',
  },
  messages: {
    notLicensed: {
      en: '{product}: License Status is "{status}"{reason}, not Licensed; Windows is not activated.',
      ja: '{product}: License Status が "{status}"{reason} で、Licensed ではありません。Windows はライセンス認証されていません。',
    },
    refreshHint: {
      en: '{product}: slmgr printed the hint to run slmgr.vbs /ato where the KMS client information belongs; it does so only when the product is not licensed.',
      ja: '{product}: KMS クライアント情報が出るはずの位置に、slmgr.vbs /ato の実行を促す行が出ています。slmgr がこの行を出すのは、製品がライセンス認証されていないときだけです。',
    },
    activationError: {
      en: 'slmgr reported error {code}: {meaning}.',
      ja: 'slmgr がエラー {code} を報告しています: {meaning}。',
    },
  },
  sources: ['ms-slmgr', 'ms-kms-dns', 'ws-ports-management'],
  check(analysis) {
    const reports: RuleReport<'notLicensed' | 'refreshHint' | 'activationError'>[] = [];
    for (const output of outputsOf(analysis, 'slmgr')) {
      for (const license of output.licenses) {
        const product = windowsProduct(license);
        if (license.status && license.status.value !== 'licensed') {
          const reason = license.notificationReason ? ` (Notification Reason ${license.notificationReason.value})` : '';
          reports.push({
            messageId: 'notLicensed',
            data: { product: product.en, status: license.statusText ?? license.status.value, reason },
            localizedData: { product, reason: { en: reason, ja: reason.replace('Notification Reason', '通知の理由') } },
            at: textAt(output.file, license.status.span),
          });
        } else if (!license.status && license.refreshHint) {
          reports.push({ messageId: 'refreshHint', data: { product: product.en }, localizedData: { product }, at: textAt(output.file, license.refreshHint) });
        }
      }
      for (const error of output.errors) {
        const meaning: Localized =
          error.value.toUpperCase() === KMS_UNREACHABLE_ERROR.toUpperCase()
            ? { en: 'no Key Management Service (KMS) host could be contacted', ja: 'キー管理サービス (KMS) のホストに接続できませんでした' }
            : { en: 'see the Application event log for its description', ja: '内容はアプリケーション イベント ログで確認してください' };
        reports.push({ messageId: 'activationError', data: { code: error.value, meaning: meaning.en }, localizedData: { meaning }, at: textAt(output.file, error.span) });
      }
    }
    return reports;
  },
});

export const winKmsHost = defineRule({
  id: 'win-kms-host',
  category: 'win',
  severity: 'error',
  title: { en: 'Windows activates against the KMS host of its bundle', ja: 'Windows がバンドルに合った KMS ホストでライセンス認証している' },
  description: {
    en: `WorkSpaces from public bundles activate Windows against the AWS KMS hosts ${list(AWS_KMS).en}, over the management interface. BYOL WorkSpaces activate against your own KMS hosts: give them as kmsHosts in the context to check them. Reads the KMS client block of slmgr /dlv (the registered host overrides the one DNS finds).`,
    ja: `パブリックバンドルの WorkSpaces は、管理インターフェイス経由で AWS の KMS ホスト ${list(AWS_KMS).ja} に対して Windows のライセンス認証を行います。BYOL の WorkSpaces はお客様自身の KMS ホストを使います。コンテキストの kmsHosts に指定すると照合できます。slmgr /dlv の KMS クライアント情報を読みます (登録済みのホストは DNS で見つかったホストより優先されます)。`,
  },
  messages: {
    wrongHost: {
      en: '{label} is {host}:{port}, not one of the AWS KMS hosts for public bundles ({expected}).',
      ja: '{label}が {host}:{port} で、パブリックバンドル用の AWS の KMS ホスト ({expected}) ではありません。',
    },
    wrongPort: {
      en: '{label} is {host}:{port}; the AWS KMS hosts listen on TCP {kmsPort}.',
      ja: '{label}が {host}:{port} です。AWS の KMS ホストは TCP {kmsPort} で待ち受けています。',
    },
    awsHostOnByol: {
      en: '{label} is {host}:{port}, an AWS KMS host for public bundles; a BYOL WorkSpace activates Windows against your own KMS hosts.',
      ja: '{label}が {host}:{port} で、パブリックバンドル用の AWS の KMS ホストです。BYOL の WorkSpace はお客様自身の KMS ホストでライセンス認証します。',
    },
    notListed: {
      en: '{label} is {host}:{port}, which is not among the KMS hosts in the context ({expected}).',
      ja: '{label}が {host}:{port} で、コンテキストの KMS ホスト ({expected}) に含まれていません。',
    },
    unchecked: {
      en: '{label} is {host}:{port}; add your KMS hosts as kmsHosts in the context to check it.',
      ja: '{label}は {host}:{port} です。照合するには、お客様の KMS ホストをコンテキストの kmsHosts に指定してください。',
    },
    noHost: {
      en: 'No KMS host is set and DNS auto-discovery found none ("KMS name not available"): Windows cannot renew its activation.{hint}',
      ja: 'KMS ホストが設定されておらず、DNS の自動検出でも見つかっていません ("KMS name not available")。Windows はライセンス認証を更新できません。{hint}',
    },
  },
  sources: ['ws-ports-management', 'ms-slmgr', 'ms-kms-dns'],
  check(analysis) {
    const reports: RuleReport<'wrongHost' | 'wrongPort' | 'awsHostOnByol' | 'notListed' | 'unchecked' | 'noHost'>[] = [];
    const byol = analysis.context.bundle === 'byol';
    const listed = analysis.context.kmsHosts;
    for (const output of outputsOf(analysis, 'slmgr')) {
      for (const license of output.licenses) {
        const used = kmsHostOf(license.kms, 'slmgr');
        if (!used) {
          if (license.kms.dnsUnavailable && license.status?.value === 'licensed') {
            const hint: Localized = byol
              ? { en: ' Set your KMS host with slmgr.vbs /skms <host>:<port>, or publish a _vlmcs._tcp record.', ja: ' slmgr.vbs /skms <ホスト>:<ポート> で KMS ホストを設定するか、_vlmcs._tcp レコードを公開してください。' }
              : { en: ` WorkSpaces from public bundles use ${list(AWS_KMS).en}.`, ja: ` パブリックバンドルの WorkSpaces は ${list(AWS_KMS).ja} を使います。` };
            reports.push({ messageId: 'noHost', data: { hint: hint.en }, localizedData: { hint }, at: textAt(output.file, license.kms.dnsUnavailable) });
          }
          continue;
        }
        const { host, port } = used.field.value;
        const names = [host.toLowerCase(), ...(license.kms.ipAddress ? [license.kms.ipAddress.value] : [])];
        const isAws = names.some((name) => (WINDOWS_KMS_HOSTS as readonly string[]).includes(name));
        const data = { label: used.label.en, host, port, kmsPort: KMS_PORT, expected: list(AWS_KMS).en };
        const at = textAt(output.file, used.field.span);
        if (!byol) {
          if (!isAws) reports.push({ messageId: 'wrongHost', data, localizedData: { label: used.label, expected: list(AWS_KMS) }, at });
          else if (port !== KMS_PORT) reports.push({ messageId: 'wrongPort', data, localizedData: { label: used.label }, at });
          continue;
        }
        if (isAws) {
          reports.push({ messageId: 'awsHostOnByol', data, localizedData: { label: used.label }, at });
        } else if (listed.length === 0) {
          reports.push({ messageId: 'unchecked', severity: 'info', data, localizedData: { label: used.label }, at });
        } else if (!listed.some((entry) => names.includes(entry.host) && entry.port === port)) {
          const expected = list(listed.map((entry) => `${entry.host}:${entry.port}`));
          reports.push({ messageId: 'notListed', data: { ...data, expected: expected.en }, localizedData: { label: used.label, expected }, at });
        }
      }
    }
    return reports;
  },
});

export const winActivationExpiry = defineRule({
  id: 'win-activation-expiry',
  category: 'win',
  severity: 'warning',
  title: { en: 'The volume activation is renewed on time', ja: 'ボリューム ライセンス認証が期限どおりに更新されている' },
  description: {
    en: `A KMS activation is valid for ${KMS_TIMING.validityDays} days and the client renews it every ${KMS_TIMING.renewalDays} days (the renewal interval slmgr shows), so a healthy client shows at least ${KMS_TIMING.validityDays - KMS_TIMING.renewalDays - ACTIVATION_EXPIRY.slackDays} days left. Fewer means renewals have been failing; at ${ACTIVATION_EXPIRY.urgentDays} days or fewer the finding is an error.`,
    ja: `KMS によるライセンス認証の有効期間は ${KMS_TIMING.validityDays} 日で、クライアントは ${KMS_TIMING.renewalDays} 日ごと (slmgr が表示する更新間隔) に更新します。正常なクライアントなら残りは ${KMS_TIMING.validityDays - KMS_TIMING.renewalDays - ACTIVATION_EXPIRY.slackDays} 日以上あります。それより少なければ更新に失敗し続けています。残り ${ACTIVATION_EXPIRY.urgentDays} 日以下ならエラーとして報告します。`,
  },
  messages: {
    overdue: {
      en: '{product}: volume activation expires in {days} days ({minutes} minutes); a client that renews every {renewalDays} days shows at least {expectedDays}, so renewals have been failing for about {overdueDays} days.',
      ja: '{product}: ボリューム ライセンス認証の期限まで残り {days} 日 ({minutes} 分) です。{renewalDays} 日ごとに更新しているクライアントなら {expectedDays} 日以上残っているはずなので、約 {overdueDays} 日間更新に失敗しています。',
    },
    urgent: {
      en: '{product}: volume activation expires in {days} days ({minutes} minutes); renewals have been failing for about {overdueDays} days, and Windows loses its activation when the count reaches zero.',
      ja: '{product}: ボリューム ライセンス認証の期限まで残り {days} 日 ({minutes} 分) です。約 {overdueDays} 日間更新に失敗しており、残りが 0 になると Windows はライセンス認証されていない状態になります。',
    },
  },
  sources: ['ms-volume-activation-client', 'ms-slmgr'],
  check(analysis) {
    const reports: RuleReport<'overdue' | 'urgent'>[] = [];
    for (const output of outputsOf(analysis, 'slmgr')) {
      for (const license of output.licenses) {
        const expiration = license.expiration;
        if (!expiration) continue;
        // An unlabelled expiration (another display language) is the volume one when the KMS block is there.
        const volume = expiration.value.kind === 'volume' || (expiration.value.kind === 'unlabelled' && license.statusInferred);
        if (!volume) continue;
        const renewalMinutes = license.kms.renewalIntervalMinutes?.value;
        const renewalDays = renewalMinutes !== undefined && renewalMinutes > 0 ? Math.ceil(renewalMinutes / 1440) : KMS_TIMING.renewalDays;
        const expectedDays = KMS_TIMING.validityDays - renewalDays - ACTIVATION_EXPIRY.slackDays;
        const { days, minutes } = expiration.value;
        if (days >= expectedDays) continue;
        const product = windowsProduct(license);
        const overdueDays = KMS_TIMING.validityDays - renewalDays - days;
        const urgent = days <= ACTIVATION_EXPIRY.urgentDays;
        reports.push({
          messageId: urgent ? 'urgent' : 'overdue',
          ...(urgent ? { severity: 'error' as const } : {}),
          data: { product: product.en, days, minutes, renewalDays, expectedDays, overdueDays },
          localizedData: { product },
          at: textAt(output.file, expiration.span),
        });
      }
    }
    return reports;
  },
});

export const winKmsSrvRecord = defineRule({
  id: 'win-kms-srv-record',
  category: 'win',
  severity: 'info',
  title: { en: 'Windows finds its KMS host without a _vlmcs._tcp record, or the record exists', ja: 'Windows が _vlmcs._tcp レコードなしで KMS ホストを見つけられるか、レコードが存在する' },
  description: {
    en: 'KMS clients look up the SRV record _vlmcs._tcp in their DNS domain unless a host is set explicitly. A closed WorkSpace from a public bundle has no such record and needs none: its KMS hosts are set explicitly. A BYOL WorkSpace needs either the record or a host set with slmgr /skms. Reads nslookup -type=srv _vlmcs._tcp.',
    ja: 'KMS クライアントは、ホストが明示的に設定されていなければ、自身の DNS ドメインで SRV レコード _vlmcs._tcp を検索します。パブリックバンドルの閉域 WorkSpace にはこのレコードがありませんが、KMS ホストが明示的に設定されているので必要ありません。BYOL の WorkSpace では、このレコードか slmgr /skms によるホストの設定のどちらかが必要です。nslookup -type=srv _vlmcs._tcp の出力を読みます。',
  },
  messages: {
    noRecord: {
      en: 'No SRV record for {name} ({reason}): Windows cannot discover a KMS host through DNS. On a WorkSpace from a public bundle this is expected, because its KMS hosts ({hosts}) are set explicitly; slmgr /dlv shows them as "Registered KMS machine name".',
      ja: '{name} の SRV レコードがありません ({reason})。Windows は DNS で KMS ホストを見つけられません。パブリックバンドルの WorkSpace では KMS ホスト ({hosts}) が明示的に設定されているため、これは想定どおりです。slmgr /dlv の "Registered KMS machine name" で確認できます。',
    },
    noRecordHostSet: {
      en: 'No SRV record for {name} ({reason}); the registered KMS host {host} (shown by slmgr /dlv) is used instead, so none is needed.',
      ja: '{name} の SRV レコードがありません ({reason})。代わりに登録済みの KMS ホスト {host} (slmgr /dlv に表示) が使われるため、レコードは不要です。',
    },
    noRecordByol: {
      en: 'No SRV record for {name} ({reason}), and no pasted slmgr /dlv shows a registered KMS host: a BYOL WorkSpace then cannot find your KMS host. Publish the record in the directory DNS, or set the host with slmgr.vbs /skms <host>:<port>.',
      ja: '{name} の SRV レコードがなく ({reason})、貼り付けられた slmgr /dlv にも登録済みの KMS ホストがありません。これでは BYOL の WorkSpace はお客様の KMS ホストを見つけられません。ディレクトリの DNS にレコードを公開するか、slmgr.vbs /skms <ホスト>:<ポート> でホストを設定してください。',
    },
    noAnswer: {
      en: 'The DNS server {server} did not answer the _vlmcs._tcp lookup ({reason}); a WorkSpace whose DNS server does not answer also fails to find its domain controllers.',
      ja: 'DNS サーバー {server} が _vlmcs._tcp の問い合わせに応答しませんでした ({reason})。DNS サーバーが応答しない WorkSpace は、ドメインコントローラーも見つけられません。',
    },
  },
  sources: ['ms-kms-dns', 'ms-nslookup', 'ws-ports-management'],
  check(analysis) {
    const reports: RuleReport<'noRecord' | 'noRecordHostSet' | 'noRecordByol' | 'noAnswer'>[] = [];
    const registered = outputsOf(analysis, 'slmgr')
      .flatMap((output) => output.licenses)
      .map((license) => license.kms.registered?.value)
      .find((value) => value !== undefined);
    for (const output of outputsOf(analysis, 'nslookup')) {
      const names = [output.query ?? '', output.failure?.value.name ?? '', ...output.records.map((record) => record.name)];
      if (!names.some((name) => name.toLowerCase().includes(KMS_DISCOVERY.srvRecord))) continue;
      if (output.records.length > 0) continue;
      const name = output.failure?.value.name || output.query || KMS_DISCOVERY.srvRecord;
      const reason = output.failure?.value.reason ?? 'no SRV data';
      if (output.failure?.value.noResponse) {
        // `UnKnown` is nslookup's name for a server without a PTR record: its address says more.
        const server = output.server && !/^unknown$/i.test(output.server.value) ? output.server.value : (output.serverAddress?.value ?? output.server?.value ?? '?');
        reports.push({ messageId: 'noAnswer', severity: 'warning', data: { server, reason }, at: textAt(output.file, output.failure.span) });
        continue;
      }
      const span = output.failure?.span ?? output.noData;
      if (!span) continue;
      const at = textAt(output.file, span);
      if (registered) {
        reports.push({ messageId: 'noRecordHostSet', data: { name, reason, host: `${registered.host}:${registered.port}` }, at });
      } else if (analysis.context.bundle === 'byol') {
        reports.push({ messageId: 'noRecordByol', severity: 'warning', data: { name, reason }, at });
      } else {
        reports.push({ messageId: 'noRecord', data: { name, reason, hosts: list(AWS_KMS).en }, localizedData: { hosts: list(AWS_KMS) }, at });
      }
    }
    return reports;
  },
});

export const winOfficeLicensed = defineRule({
  id: 'win-office-licensed',
  category: 'win',
  severity: 'error',
  title: { en: 'Office reports LICENSE STATUS: ---LICENSED---', ja: 'Office の LICENSE STATUS が ---LICENSED--- である' },
  description: {
    en: 'Reads ospp.vbs /dstatus, which prints one block per installed Office licence. Any status other than ---LICENSED--- (a grace period, ---NOTIFICATIONS---, ---UNLICENSED---) means Office is not activated; on a closed WorkSpace usually because its KMS host is not reachable.',
    ja: 'ospp.vbs /dstatus の出力を読みます (インストールされた Office ライセンスごとにブロックが出力されます)。---LICENSED--- 以外の状態 (猶予期間、---NOTIFICATIONS---、---UNLICENSED---) は Office がライセンス認証されていないことを示します。閉域の WorkSpace では、KMS ホストに到達できないことがほとんどの原因です。',
  },
  messages: {
    notLicensed: {
      en: '{product}: LICENSE STATUS is {status}{error}; Office is not activated.',
      ja: '{product}: LICENSE STATUS が {status}{error} です。Office はライセンス認証されていません。',
    },
  },
  sources: ['ws-ports-management', 'ms-kms-dns'],
  check(analysis) {
    const reports: RuleReport<'notLicensed'>[] = [];
    for (const output of outputsOf(analysis, 'ospp')) {
      for (const license of output.licenses) {
        if (!license.status || license.status.value === 'licensed') continue;
        const code = license.errorCode?.value;
        const description = license.errorDescription?.value;
        const error = code ? ` (ERROR CODE ${code}${description ? `: ${description}` : ''})` : '';
        const product = officeProduct(license);
        reports.push({
          messageId: 'notLicensed',
          data: { product: product.en, status: license.statusText ?? license.status.value, error },
          localizedData: { product },
          at: textAt(output.file, license.status.span),
        });
      }
    }
    return reports;
  },
});

/** `a.b.64.250`: the shape of an Office KMS host of a public bundle. */
const hasOfficeSuffix = (host: string) => host.endsWith(`.${OFFICE_KMS_SUFFIX}`) && host.split('.').length === 4;

export const winOfficeKmsHost = defineRule({
  id: 'win-office-kms-host',
  category: 'win',
  severity: 'error',
  title: { en: 'Office activates against the KMS host computed for this WorkSpace', ja: 'Office がこの WorkSpace 用に決まる KMS ホストでライセンス認証している' },
  description: {
    en: `Office on a WorkSpace from a public bundle activates against a host of its own: the management interface address with its last two octets replaced by ${OFFICE_KMS_SUFFIX} (management IP ${OFFICE_EXAMPLE}). On BYOL WorkSpaces it is ${BYOL_OFFICE_KMS_HOST}. Reads ospp.vbs /dstatus, and takes the management address from ipconfig /all or route print pasted with it.`,
    ja: `パブリックバンドルの WorkSpace の Office は、WorkSpace ごとに決まるホストでライセンス認証します。管理インターフェイスのアドレスの下位 2 オクテットを ${OFFICE_KMS_SUFFIX} に置き換えたアドレスです (管理 IP ${OFFICE_EXAMPLE})。BYOL の WorkSpaces では ${BYOL_OFFICE_KMS_HOST} です。ospp.vbs /dstatus の出力を読み、管理インターフェイスのアドレスは一緒に貼り付けた ipconfig /all または route print から求めます。`,
  },
  messages: {
    wrongHost: {
      en: '{product}: {label} is {host}:{port}; with management interface {managementIp}, the Office KMS host of this WorkSpace is {expected}:{kmsPort}.',
      ja: '{product}: {label}が {host}:{port} です。管理インターフェイスが {managementIp} なので、この WorkSpace の Office の KMS ホストは {expected}:{kmsPort} です。',
    },
    wrongPort: {
      en: '{product}: {label} is {host}:{port}; the Office KMS host listens on TCP {kmsPort}.',
      ja: '{product}: {label}が {host}:{port} です。Office の KMS ホストは TCP {kmsPort} で待ち受けています。',
    },
    byolHost: {
      en: '{product}: {label} is {host}:{port}; Office on BYOL WorkSpaces activates against {expected}:{kmsPort}.',
      ja: '{product}: {label}が {host}:{port} です。BYOL の WorkSpaces の Office は {expected}:{kmsPort} でライセンス認証します。',
    },
    noManagementIp: {
      en: '{product}: {label} is {host}:{port}. To check it against this WorkSpace’s management interface address, paste ipconfig /all (or route print) together with the ospp output.',
      ja: '{product}: {label}は {host}:{port} です。この WorkSpace の管理インターフェイスのアドレスと照合するには、ospp の出力と一緒に ipconfig /all (または route print) を貼り付けてください。',
    },
    notOfficeShape: {
      en: '{product}: {label} is {host}:{port}, which does not end in .{suffix} like the Office KMS hosts of public bundles do.',
      ja: '{product}: {label}が {host}:{port} で、パブリックバンドルの Office の KMS ホストのように .{suffix} で終わっていません。',
    },
    noHost: {
      en: '{product}: no KMS host is set and DNS auto-discovery found none ("KMS name not available"): Office cannot activate. Set the host with ospp.vbs /sethst:<host>.',
      ja: '{product}: KMS ホストが設定されておらず、DNS の自動検出でも見つかっていません ("KMS name not available")。Office はライセンス認証できません。ospp.vbs /sethst:<ホスト> でホストを設定してください。',
    },
  },
  sources: ['ws-ports-management'],
  check(analysis) {
    const reports: RuleReport<'wrongHost' | 'wrongPort' | 'noHost' | 'byolHost' | 'noManagementIp' | 'notOfficeShape'>[] = [];
    const byol = analysis.context.bundle === 'byol';
    const management = windowsView(analysis).management;
    for (const output of outputsOf(analysis, 'ospp')) {
      for (const license of output.licenses) {
        const product = officeProduct(license);
        const used = kmsHostOf(license.kms, 'ospp');
        if (!used) {
          const isKmsClient = /kms/i.test(`${license.name?.value ?? ''} ${license.description?.value ?? ''}`);
          if (license.kms.dnsUnavailable && isKmsClient) reports.push({ messageId: 'noHost', data: { product: product.en }, localizedData: { product }, at: textAt(output.file, license.kms.dnsUnavailable) });
          continue;
        }
        const { host, port } = used.field.value;
        const at = textAt(output.file, used.field.span);
        const base = { product: product.en, label: used.label.en, host, port, kmsPort: KMS_PORT };
        const localizedData = { product, label: used.label };
        if (byol) {
          if (host !== BYOL_OFFICE_KMS_HOST) reports.push({ messageId: 'byolHost', data: { ...base, expected: BYOL_OFFICE_KMS_HOST }, localizedData, at });
          else if (port !== KMS_PORT) reports.push({ messageId: 'wrongPort', data: base, localizedData, at });
          continue;
        }
        const expected = management ? officeKmsHost(management.address) : undefined;
        if (expected?.ok && management) {
          if (host !== expected.host) reports.push({ messageId: 'wrongHost', data: { ...base, managementIp: management.address, expected: expected.host }, localizedData, at });
          else if (port !== KMS_PORT) reports.push({ messageId: 'wrongPort', data: base, localizedData, at });
        } else if (!hasOfficeSuffix(host)) {
          reports.push({ messageId: 'notOfficeShape', severity: 'warning', data: { ...base, suffix: OFFICE_KMS_SUFFIX }, localizedData, at });
        } else {
          reports.push({ messageId: 'noManagementIp', severity: 'info', data: base, localizedData, at });
        }
      }
    }
    return reports;
  },
});

export const ACTIVATION_RULES = [winWindowsLicensed, winKmsHost, winActivationExpiry, winKmsSrvRecord, winOfficeLicensed, winOfficeKmsHost];
