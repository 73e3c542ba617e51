/**
 * `cscript "%ProgramFiles%\Microsoft Office\Office16\ospp.vbs" /dstatus`.
 *
 * OSPP.VBS has no translations: its labels are the same English text on a Japanese Windows
 * (only the cscript banner and possibly `ERROR DESCRIPTION` text come from the system).
 */
import { LabelTable, LanguageTally, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { OfficeLicenseStatus, OsppLicense, OsppOutput } from './model.ts';
import { hexCode, isSpace, labelled, leadingCount, lineSpan, parseHostPort, parseInteger, valueField, type Line } from './text.ts';

const LABELS = new LabelTable({
  productId: { en: ['PRODUCT ID'] },
  skuId: { en: ['SKU ID'] },
  name: { en: ['LICENSE NAME'] },
  description: { en: ['LICENSE DESCRIPTION'] },
  betaExpiration: { en: ['BETA EXPIRATION'] },
  status: { en: ['LICENSE STATUS'] },
  errorCode: { en: ['ERROR CODE'] },
  errorDescription: { en: ['ERROR DESCRIPTION'] },
  remainingGrace: { en: ['REMAINING GRACE'] },
  partialKey: { en: ['Last 5 characters of installed product key'] },
  activationType: { en: ['Activation Type Configuration'] },
  dnsAutoDiscovery: { en: ['DNS auto-discovery'] },
  discovered: { en: ['KMS machine name from DNS'] },
  registered: { en: ['KMS machine registry override defined'] },
  activationInterval: { en: ['Activation Interval'] },
  renewalInterval: { en: ['Renewal Interval'] },
  hostCaching: { en: ['KMS host caching'] },
  lookupDomain: { en: ['KMS Lookup Domain'] },
  mostRecent: { en: ['Most recent successful activation client information'] },
  activationObject: { en: ['Activation Object name', 'AO DN', 'AO extended PID', 'AO activation ID'] },
});

const STATUS_VALUES: [string, OfficeLicenseStatus][] = [
  ['LICENSED', 'licensed'],
  ['UNLICENSED', 'unlicensed'],
  ['OOB_GRACE', 'oob-grace'],
  ['OOT_GRACE', 'oot-grace'],
  ['NON_GENUINE_GRACE', 'non-genuine-grace'],
  ['NOTIFICATIONS', 'notifications'],
  ['EXTENDED GRACE', 'extended-grace'],
  ['UNKNOWN', 'unknown'],
];

/** `---Processing---…`, `---Exiting---…` and the 39-dash separator between licences. */
const FRAME = /^-{3}(?:processing|exiting)-*$/i;
const SEPARATOR = /^-{10,}$/;
const PLAIN = /^<(?:no installed product keys detected|product activation successful)>$/i;
const STATUS_LETTER = /^[A-Za-z_ ]$/;

/**
 * The word between `---` markers, as in `---LICENSED---` or `--- OOB_GRACE ---`; undefined when there
 * is none. One pass over the value: the regex it replaces took 20 s on a 4 KB line of dashes and spaces.
 */
export function framedStatus(value: string): string | undefined {
  for (let open = value.indexOf('---'); open >= 0; open = value.indexOf('---', open + 1)) {
    let end = open + 3;
    while (end < value.length && (isSpace(value[end]) || STATUS_LETTER.test(value[end] as string))) end++;
    if (end === open + 3 || !value.startsWith('---', end)) continue;
    const between = value.slice(open + 3, end);
    const word = between.trim();
    if (word === '') {
      if (between.includes(' ')) return ' ';
      continue;
    }
    if ([...word].every((char) => STATUS_LETTER.test(char))) return word;
  }
  return undefined;
}

export function parseOspp(input: SectionInput): OsppOutput {
  const tally = new LanguageTally();
  const licenses: OsppLicense[] = [];
  let current: OsppLicense | undefined;
  const license = (line: Line): OsppLicense => {
    if (!current) {
      current = { span: lineSpan(line), kms: {} };
      licenses.push(current);
    }
    return current;
  };
  for (const line of input.lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (FRAME.test(text) || SEPARATOR.test(text)) {
      tally.note('en');
      current = undefined;
      continue;
    }
    if (PLAIN.test(text)) {
      tally.note('en');
      continue;
    }
    const entry = labelled(line);
    if (!entry || entry.leaders) continue;
    const known = LABELS.find(entry.key);
    if (!known) continue;
    tally.note(known.language);
    const value = entry.value.trim();
    switch (known.id) {
      case 'productId':
      case 'skuId':
        // A block opens with PRODUCT ID (current script) or SKU ID (2013 script).
        if (current && (current.name || (known.id === 'skuId' && current.status))) current = undefined;
        license(line);
        break;
      case 'name':
        if (current?.name) current = undefined;
        license(line).name = valueField(entry, value);
        break;
      case 'description':
        license(line).description = valueField(entry, value);
        break;
      case 'status': {
        const word = framedStatus(value)?.toUpperCase() ?? value.toUpperCase();
        const status = STATUS_VALUES.find(([name]) => name === word)?.[1];
        const target = license(line);
        target.statusText = value;
        if (status) target.status = valueField(entry, status);
        break;
      }
      case 'errorCode': {
        const code = /0x[0-9a-f]+/i.exec(value)?.[0];
        if (code) license(line).errorCode = valueField(entry, hexCode(code));
        break;
      }
      case 'errorDescription':
        license(line).errorDescription = valueField(entry, value);
        break;
      case 'remainingGrace': {
        const days = leadingCount(value);
        const minutes = parseInteger(/\(([\d,]+)/.exec(value)?.[1] ?? '');
        if (days !== undefined) license(line).remainingGrace = valueField(entry, { days, ...(minutes !== undefined ? { minutes } : {}) });
        break;
      }
      case 'registered':
      case 'discovered': {
        const hostPort = parseHostPort(value);
        if (hostPort) license(line).kms[known.id] = valueField(entry, hostPort);
        break;
      }
      case 'dnsAutoDiscovery':
        license(line).kms.dnsUnavailable = lineSpan(line);
        break;
      case 'activationInterval':
      case 'renewalInterval': {
        const minutes = leadingCount(value);
        if (minutes !== undefined) license(line).kms[known.id === 'activationInterval' ? 'activationIntervalMinutes' : 'renewalIntervalMinutes'] = valueField(entry, minutes);
        break;
      }
      default:
        break;
    }
  }
  return {
    kind: 'ospp',
    ...sectionBase(input),
    // ospp is English whatever the display language.
    language: tally.understood > 0 ? 'en' : 'unknown',
    understood: tally.understood,
    licenses: licenses.filter((item) => item.name || item.status || item.kms.registered || item.kms.discovered),
  };
}

/** Labels only ospp prints. */
const OSPP_ONLY = new Set(['productId', 'skuId', 'name', 'description', 'status', 'errorCode', 'remainingGrace', 'partialKey', 'registered']);

export const OSPP_GRAMMAR: Grammar = {
  kind: 'ospp',
  opens: (line) => /^-{3}processing-*$/i.test(line.text.trim()),
  marks(line) {
    const entry = labelled(line);
    if (!entry || entry.leaders) return false;
    const id = LABELS.find(entry.key)?.id;
    // slmgr prints `License Status: Licensed` too; ospp frames its status in dashes.
    if (id === 'status') return /-{3}/.test(entry.value);
    return id !== undefined && OSPP_ONLY.has(id);
  },
  owns(line) {
    const text = line.text.trim();
    if (FRAME.test(text) || SEPARATOR.test(text) || PLAIN.test(text)) return true;
    const entry = labelled(line);
    return Boolean(entry && !entry.leaders && LABELS.has(entry.key));
  },
  parse: parseOspp,
};
