/**
 * `cscript //nologo %windir%\system32\slmgr.vbs /dli` and `/dlv` (also /ato errors and /xpr).
 *
 * slmgr.vbs prints English unless `slmgr\<LCID>\slmgr.ini` next to it translates its strings;
 * the Japanese translations of most labels were never seen in a capture, so for a Japanese
 * paste the parser falls back on what needs no words: a `host:port` value on a line whose label
 * mentions KMS, an expiration written as `<minutes> … (<days> …)`, and the fact that the script
 * prints the KMS block only for a licensed product.
 */
import { LabelTable, LanguageTally, nextFilled, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { Expiration, KmsClientInfo, SlmgrLicense, SlmgrOutput, WindowsLicenseStatus } from './model.ts';
import { hexCode, labelled, leadingCount, lineSpan, parseHostPort, parseInteger, valueField, type LabelledLine, type Line } from './text.ts';

const LABELS = new LabelTable({
  version: { en: ['Software licensing service version'] },
  name: { en: ['Name'] },
  description: { en: ['Description'], ja: ['説明'] },
  activationId: { en: ['Activation ID'] },
  applicationId: { en: ['Application ID'] },
  extendedPid: { en: ['Extended PID'] },
  channel: { en: ['Product Key Channel'] },
  installationId: { en: ['Installation ID'] },
  licenseUrl: { en: ['Use License URL', 'Validation URL'] },
  partialKey: { en: ['Partial Product Key'] },
  status: { en: ['License Status'] },
  notificationReason: { en: ['Notification Reason'] },
  volumeExpiration: { en: ['Volume activation expiration'] },
  timebasedExpiration: { en: ['Timebased activation expiration'] },
  avmaExpiration: { en: ['Automatic VM activation expiration'] },
  timeRemaining: { en: ['Time remaining'] },
  evaluationEnd: { en: ['Evaluation End Date'] },
  windowsRearm: { en: ['Remaining Windows rearm count'], ja: ['残りのWindows猶予期限リセット可能回数'] },
  skuRearm: { en: ['Remaining SKU rearm count'] },
  trustedTime: { en: ['Trusted time'] },
  activationType: { en: ['Configured Activation Type'] },
  mostRecent: { en: ['Most recent activation information'] },
  cmid: { en: ['Client Machine ID (CMID)'] },
  lookupDomain: { en: ['Registered KMS SRV record lookup domain'] },
  registered: { en: ['Registered KMS machine name'] },
  discovered: { en: ['KMS machine name from DNS'], ja: ['DNS の KMS コンピューター名'] },
  dnsAutoDiscovery: { en: ['DNS auto-discovery'] },
  ipAddress: { en: ['KMS machine IP address'] },
  kmsPid: { en: ['KMS machine extended PID'] },
  activationInterval: { en: ['Activation interval'] },
  renewalInterval: { en: ['Renewal interval'] },
  error: { en: ['Error'], ja: ['エラー'] },
});

/** Lines without a colon that slmgr prints. */
const PLAIN_LINES: { pattern: RegExp; id: 'kmsBlock' | 'hostCaching' | 'xpr' }[] = [
  { pattern: /^key management service client information$/i, id: 'kmsBlock' },
  { pattern: /^kms host caching is (?:enabled|disabled)$/i, id: 'hostCaching' },
  { pattern: /^(?:(?:volume|timebased) activation will expire\b|the machine is permanently activated\b|windows is activated for the lifespan)/i, id: 'xpr' },
];

const STATUS_VALUES: [RegExp, WindowsLicenseStatus][] = [
  [/^licensed\b/i, 'licensed'],
  [/^unlicensed\b/i, 'unlicensed'],
  [/^initial grace period\b/i, 'initial-grace'],
  [/^additional grace period\b/i, 'additional-grace'],
  [/^non-genuine grace period\b/i, 'non-genuine-grace'],
  [/^notification\b/i, 'notification'],
  [/^extended grace period\b/i, 'extended-grace'],
  [/^unknown\b/i, 'unknown'],
];

/** `251100 minute(s) (174 day(s))`, in any language: two integers, the second about the first / 1440. */
export function parseExpirationValue(value: string): { minutes: number; days: number } | undefined {
  const match = /^(\d[\d,]*)\D{1,20}?\((\d[\d,]*)\D{0,20}\)\.?$/.exec(value.trim());
  if (!match) return undefined;
  const minutes = parseInteger(match[1] as string);
  const days = parseInteger(match[2] as string);
  if (minutes === undefined || days === undefined) return undefined;
  // The script prints whole days of the minutes; anything else is not an expiration.
  if (days < Math.floor(minutes / 1440) - 1 || days > Math.ceil(minutes / 1440) + 1) return undefined;
  return { minutes, days };
}

const ERROR_CODE = /\b0x[0-9a-f]{8}\b/i;

/** `slmgr.vbs … /ato` printed in a line (the hint slmgr prints instead of the KMS block). */
const REFRESH_HINT = /slmgr(?:\.vbs)?\s+[/-]ato\b/i;

function emptyLicense(line: Line): SlmgrLicense {
  return { span: lineSpan(line), statusInferred: false, kms: {} };
}

function hasContent(license: SlmgrLicense): boolean {
  return Boolean(license.name || license.description || license.status || license.expiration || license.channel || license.refreshHint || Object.keys(license.kms).length > 0);
}

export function parseSlmgr(input: SectionInput): SlmgrOutput {
  const tally = new LanguageTally();
  const licenses: SlmgrLicense[] = [];
  const errors: SlmgrOutput['errors'] = [];
  let current: SlmgrLicense | undefined;
  const license = (line: Line): SlmgrLicense => {
    if (!current) {
      current = emptyLicense(line);
      licenses.push(current);
    }
    return current;
  };
  const kms = (line: Line): KmsClientInfo => license(line).kms;

  for (const line of input.lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const plain = PLAIN_LINES.find((candidate) => candidate.pattern.test(text));
    if (plain) {
      tally.note('en');
      continue;
    }
    if (REFRESH_HINT.test(text) && !text.includes(':')) {
      license(line).refreshHint = lineSpan(line);
      tally.note();
      continue;
    }
    const entry = labelled(line);
    if (!entry || entry.leaders || isOsppValue(entry.value)) continue;
    const known = LABELS.find(entry.key);
    if (!known) {
      if (readUnlabelled(entry, line, license, kms)) tally.note();
      continue;
    }
    tally.note(known.language);
    const value = entry.value.trim();
    switch (known.id) {
      case 'name':
        if (current && hasContent(current)) current = undefined;
        license(line).name = valueField(entry, value);
        break;
      case 'description':
        license(line).description = valueField(entry, value);
        break;
      case 'channel':
        license(line).channel = valueField(entry, value);
        break;
      case 'status': {
        const status = STATUS_VALUES.find(([pattern]) => pattern.test(value))?.[1];
        const target = license(line);
        target.statusText = value;
        if (status) target.status = valueField(entry, status);
        break;
      }
      case 'notificationReason': {
        const code = ERROR_CODE.exec(value)?.[0];
        if (code) license(line).notificationReason = valueField(entry, hexCode(code));
        break;
      }
      case 'volumeExpiration':
      case 'timebasedExpiration':
      case 'avmaExpiration':
      case 'timeRemaining': {
        const parsed = parseExpirationValue(value);
        const kind: Expiration['kind'] = known.id === 'volumeExpiration' ? 'volume' : known.id === 'timebasedExpiration' ? 'timebased' : known.id === 'avmaExpiration' ? 'avma' : 'remaining';
        if (parsed) license(line).expiration = valueField(entry, { kind, ...parsed });
        break;
      }
      case 'registered':
      case 'discovered': {
        const hostPort = parseHostPort(value);
        if (hostPort) kms(line)[known.id] = valueField(entry, hostPort);
        break;
      }
      case 'dnsAutoDiscovery':
        kms(line).dnsUnavailable = lineSpan(line);
        break;
      case 'ipAddress':
        // `KMS machine IP address: not available` carries no address.
        if (/^[0-9a-f.:]+$/i.test(value) && /\d/.test(value)) kms(line).ipAddress = valueField(entry, value);
        break;
      case 'activationInterval':
      case 'renewalInterval': {
        const minutes = leadingCount(value);
        if (minutes !== undefined) kms(line)[known.id === 'activationInterval' ? 'activationIntervalMinutes' : 'renewalIntervalMinutes'] = valueField(entry, minutes);
        break;
      }
      case 'error': {
        const code = ERROR_CODE.exec(value)?.[0];
        if (code) errors.push(valueField(entry, hexCode(code)));
        break;
      }
      default:
        break;
    }
  }

  for (const item of licenses) {
    const kmsBlock = item.kms.registered ?? item.kms.discovered ?? item.kms.ipAddress ?? item.kms.renewalIntervalMinutes;
    // slmgr prints the KMS client block only for a licensed product (`ElseIf ls <> 1` in the script).
    if (!item.status && kmsBlock) {
      item.status = { value: 'licensed', span: kmsBlock.span };
      item.statusInferred = true;
    }
  }
  return {
    kind: 'slmgr',
    ...sectionBase(input),
    language: tally.language(),
    understood: tally.understood,
    licenses: licenses.filter(hasContent),
    errors,
  };
}

/** Lines whose label is not known (another display language): read what their values show. */
function readUnlabelled(entry: LabelledLine, line: Line, license: (line: Line) => SlmgrLicense, kms: (line: Line) => KmsClientInfo): boolean {
  const value = entry.value.trim();
  const hostPort = parseHostPort(value);
  if (hostPort && /kms/i.test(entry.label) && !/\bip\b/i.test(entry.label)) {
    kms(line)[/dns/i.test(entry.label) ? 'discovered' : 'registered'] = valueField(entry, hostPort);
    return true;
  }
  const expiration = parseExpirationValue(value);
  if (expiration) {
    const target = license(line);
    if (!target.expiration) target.expiration = valueField(entry, { kind: 'unlabelled', ...expiration });
    return true;
  }
  return false;
}

/** Labels only slmgr prints (not ospp, which shares its KMS lines). */
const SLMGR_ONLY = new Set(['version', 'channel', 'partialKey', 'status', 'notificationReason', 'volumeExpiration', 'timebasedExpiration', 'avmaExpiration', 'registered', 'cmid', 'activationType', 'windowsRearm', 'skuRearm']);

/** ospp prints `LICENSE STATUS:  ---LICENSED---`; slmgr never frames a value in dashes. */
const isOsppValue = (value: string) => /-{3}/.test(value);

function slmgrLabel(line: Line): string | undefined {
  const entry = labelled(line);
  if (!entry || entry.leaders || isOsppValue(entry.value)) return undefined;
  return LABELS.find(entry.key)?.id;
}

export const SLMGR_GRAMMAR: Grammar = {
  kind: 'slmgr',
  opens: (line) => slmgrLabel(line) === 'version',
  marks(line, following) {
    const id = slmgrLabel(line);
    if (id && SLMGR_ONLY.has(id)) return true;
    if (/^key management service client information$/i.test(line.text.trim())) return true;
    if (/^\s*(?:error|エラー):\s*0xC004/i.test(line.text)) return true;
    // `/dli` begins `Name: …` / `Description: …`: a label followed by the description label.
    const entry = labelled(line);
    if (entry && !entry.leaders && entry.indent === 0) {
      const next = nextFilled(following, 1)[0];
      const nextEntry = next && labelled(next);
      return Boolean(nextEntry && !nextEntry.leaders && LABELS.find(nextEntry.key)?.id === 'description' && /windows|office/i.test(entry.value));
    }
    return false;
  },
  owns(line) {
    const text = line.text.trim();
    if (PLAIN_LINES.some((candidate) => candidate.pattern.test(text)) || REFRESH_HINT.test(text)) return true;
    const entry = labelled(line);
    if (!entry || entry.leaders || isOsppValue(entry.value)) return false;
    return LABELS.has(entry.key) || (/kms/i.test(entry.label) && parseHostPort(entry.value) !== undefined) || parseExpirationValue(entry.value) !== undefined;
  },
  parse: parseSlmgr,
};
