/**
 * `nslookup -type=srv _vlmcs._tcp` (the KMS discovery record). The reason in `*** … can't find
 * …: Non-existent domain` is English on a Japanese Windows too; only the frame is translated.
 */
import { LabelTable, LanguageTally, nextFilled, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { NslookupOutput, SrvRecord } from './model.ts';
import { indexOfCaseless, isSpace, labelled, lineSpan, parseInteger, valueField } from './text.ts';

const LABELS = new LabelTable({
  server: { en: ['Server'], ja: ['サーバー'] },
  defaultServer: { en: ['Default Server'], ja: ['既定のサーバー'] },
  address: { en: ['Address', 'Addresses'] },
  name: { en: ['Name'], ja: ['名前'] },
  aliases: { en: ['Aliases'] },
  nonAuthoritative: { en: ['Non-authoritative answer'], ja: ['権限のない回答'] },
});

/** What follows a colon as the reason: `\s*(.+)$` (an all-space remainder keeps its last character). */
function reasonAfter(rest: string): string | undefined {
  if (rest === '') return undefined;
  const trimmed = rest.trimStart();
  return trimmed === '' ? rest.slice(-1) : trimmed;
}

/** `*** dc01.example.local can't find _vlmcs._tcp: Non-existent domain`: the name and the reason. */
function failureEnglish(text: string): { name: string; reason: string } | undefined {
  const at = indexOfCaseless(text, "can't find ");
  if (at < 0) return undefined;
  const colon = text.indexOf(':', at + "can't find ".length + 1);
  const reason = colon < 0 ? undefined : reasonAfter(text.slice(colon + 1));
  return reason === undefined ? undefined : { name: text.slice(at + "can't find ".length, colon), reason };
}

const NOT_FOUND_JA = 'を見つけられません:';

/** `*** dc01.example.local が _vlmcs._tcp を見つけられません: Non-existent domain`: the name and the reason. */
function failureJapanese(text: string): { name: string; reason: string } | undefined {
  const particle = text.indexOf('が');
  if (particle < 0) return undefined;
  const start = particle + 1;
  let nameStart = start;
  while (isSpace(text[nameStart])) nameStart++;
  for (let phrase = text.indexOf(NOT_FOUND_JA, nameStart); phrase >= 0; phrase = text.indexOf(NOT_FOUND_JA, phrase + 1)) {
    // The name is at least one character: right after the particle's spaces, one of those spaces.
    const name = phrase > nameStart ? text.slice(nameStart, phrase).trimEnd() : nameStart > start ? (text[nameStart - 1] as string) : undefined;
    if (name === undefined) continue;
    const reason = reasonAfter(text.slice(phrase + NOT_FOUND_JA.length));
    return reason === undefined ? undefined : { name, reason };
  }
  return undefined;
}

/** The name and reason of a failure line, in the language it was written in; undefined for other lines. */
export function failureOf(text: string): { name: string; reason: string; language: 'en' | 'ja' } | undefined {
  const english = failureEnglish(text);
  if (english) return { ...english, language: 'en' };
  const japanese = failureJapanese(text);
  return japanese ? { ...japanese, language: 'ja' } : undefined;
}

/**
 * `name = value` with a value without spaces (`port = 1688`): the key before the first such `=`.
 * Scanned from the end instead of `^(.+?)\s*=\s*(\S+)$`, which is quadratic on long runs of spaces.
 */
export function assignmentOf(text: string): { key: string; value: string } | undefined {
  let valueStart = text.length;
  while (valueStart > 0 && !isSpace(text[valueStart - 1])) valueStart--;
  if (valueStart === text.length) return undefined;
  let spacesStart = valueStart;
  while (spacesStart > 0 && isSpace(text[spacesStart - 1])) spacesStart--;
  const equals = spacesStart > 1 && text[spacesStart - 1] === '=' ? spacesStart - 1 : text.indexOf('=', Math.max(valueStart, 1));
  if (equals < 1 || (equals >= valueStart && equals === text.length - 1)) return undefined;
  const key = text.slice(0, equals).trimEnd();
  return { key: key === '' ? (text[0] as string) : key, value: equals >= valueStart ? text.slice(equals + 1) : text.slice(valueStart) };
}
const SRV_HEADING = /^(\S+)\s+(?:SRV service location|SRV\b.*):$/i;
const SRV_ORDER = ['priority', 'weight', 'port', 'target'] as const;
const SRV_FIELDS: [RegExp, (typeof SRV_ORDER)[number]][] = [
  [/^priority$/, 'priority'],
  [/^weight$/, 'weight'],
  [/^port$/, 'port'],
  [/hostname/, 'target'],
];
const TIMEOUT = /^dns request timed out\.?$|timed-?out/i;

/** The queried name from a command line such as `nslookup -type=srv _vlmcs._tcp 10.0.0.2`. */
export function queryOfCommand(command: string): string | undefined {
  const args = command.trim().split(/\s+/).slice(1);
  return args.find((arg) => !arg.startsWith('-') && !arg.startsWith('/'));
}

export function parseNslookup(input: SectionInput): NslookupOutput {
  const tally = new LanguageTally();
  const output: NslookupOutput = {
    kind: 'nslookup',
    ...sectionBase(input),
    language: 'unknown',
    understood: 0,
    records: [],
  };
  const commandQuery = input.command ? queryOfCommand(input.command.value) : undefined;
  if (commandQuery) output.query = commandQuery;
  let record: SrvRecord | undefined;
  let srvIndex = 0;
  let soa = false;
  for (const line of input.lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (text.startsWith('***')) {
      const match = failureOf(text);
      const name = match?.name.trim() ?? output.query ?? '';
      const reason = (match?.reason ?? text.slice(text.lastIndexOf(':') + 1)).replace(/^\*+\s*/, '').trim();
      output.failure = { value: { name, reason, nonExistent: /non-existent domain/i.test(reason), noResponse: /no response|timed?.?out|server failed/i.test(reason) || TIMEOUT.test(text) }, span: lineSpan(line) };
      output.query ??= name;
      tally.note(failureJapanese(text) ? 'ja' : match?.language);
      continue;
    }
    if (TIMEOUT.test(text)) {
      output.failure ??= { value: { name: output.query ?? '', reason: text, nonExistent: false, noResponse: true }, span: lineSpan(line) };
      tally.note('en');
      continue;
    }
    const heading = SRV_HEADING.exec(text);
    if (heading) {
      record = { name: heading[1] as string, span: lineSpan(line) };
      srvIndex = 0;
      output.records.push(record);
      output.query ??= record.name;
      tally.note(/service location/i.test(text) ? 'en' : undefined);
      continue;
    }
    const assignment = assignmentOf(text);
    if (assignment) {
      const key = assignment.key.toLowerCase();
      const value = assignment.value;
      if (key.includes('primary name server')) soa = true;
      if (record) {
        // Labels are English in every capture; in another language, the order nslookup prints them in.
        const slot = SRV_FIELDS.find(([pattern]) => pattern.test(key))?.[1] ?? SRV_ORDER[srvIndex];
        srvIndex++;
        const number = parseInteger(value);
        if (slot === 'target') record.target = value;
        else if (slot && number !== undefined) record[slot] = number;
      }
      tally.note();
      continue;
    }
    const entry = labelled(line);
    const known = entry ? LABELS.find(entry.key) : undefined;
    if (!entry || !known) continue;
    tally.note(known.language);
    if (known.id === 'server' || known.id === 'defaultServer') output.server = valueField(entry, entry.value.trim());
    if (known.id === 'address' && output.server && !output.serverAddress && output.records.length === 0) output.serverAddress = valueField(entry, entry.value.trim());
  }
  if (soa && output.records.length === 0 && !output.failure) {
    const first = input.lines.find((line) => /primary name server/i.test(line.text));
    if (first) output.noData = lineSpan(first);
  }
  output.language = tally.language();
  output.understood = tally.understood;
  return output;
}

export const NSLOOKUP_GRAMMAR: Grammar = {
  kind: 'nslookup',
  opens(line, following) {
    const entry = labelled(line);
    if (!entry || entry.indent > 0) return false;
    const id = LABELS.find(entry.key)?.id;
    if (id !== 'server' && id !== 'defaultServer') return false;
    const next = nextFilled(following, 1)[0];
    const nextEntry = next && labelled(next);
    return Boolean(nextEntry && LABELS.find(nextEntry.key)?.id === 'address');
  },
  marks: (line) => line.text.trim().startsWith('***') && failureOf(line.text) !== undefined,
  owns(line) {
    const text = line.text.trim();
    if (text.startsWith('***') || TIMEOUT.test(text) || SRV_HEADING.test(text) || assignmentOf(text) !== undefined || /internet address|nameserver/i.test(text)) return true;
    const entry = labelled(line);
    return Boolean(entry && LABELS.has(entry.key));
  },
  parse: parseNslookup,
};
