/**
 * `nslookup -type=srv _vlmcs._tcp` (the KMS discovery record). The reason in `*** … can't find
 * …: Non-existent domain` is English on a Japanese Windows too; only the frame is translated.
 */
import { LabelTable, LanguageTally, nextFilled, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { NslookupOutput, SrvRecord } from './model.ts';
import { labelled, lineSpan, parseInteger, valueField } from './text.ts';

const LABELS = new LabelTable({
  server: { en: ['Server'], ja: ['サーバー'] },
  defaultServer: { en: ['Default Server'], ja: ['既定のサーバー'] },
  address: { en: ['Address', 'Addresses'] },
  name: { en: ['Name'], ja: ['名前'] },
  aliases: { en: ['Aliases'] },
  nonAuthoritative: { en: ['Non-authoritative answer'], ja: ['権限のない回答'] },
});

const FAILURE_EN = /can't find (.+?):\s*(.+)$/i;
const FAILURE_JA = /が\s*(.+?)\s*を見つけられません:\s*(.+)$/;
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
      const match = FAILURE_EN.exec(text) ?? FAILURE_JA.exec(text);
      const name = match?.[1]?.trim() ?? output.query ?? '';
      const reason = (match?.[2] ?? text.slice(text.lastIndexOf(':') + 1)).replace(/^\*+\s*/, '').trim();
      output.failure = { value: { name, reason, nonExistent: /non-existent domain/i.test(reason), noResponse: /no response|timed?.?out|server failed/i.test(reason) || TIMEOUT.test(text) }, span: lineSpan(line) };
      output.query ??= name;
      tally.note(FAILURE_JA.test(text) ? 'ja' : FAILURE_EN.test(text) ? 'en' : undefined);
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
    const assignment = /^(.+?)\s*=\s*(\S+)$/.exec(text);
    if (assignment) {
      const key = (assignment[1] as string).toLowerCase();
      const value = assignment[2] as string;
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
  marks: (line) => line.text.trim().startsWith('***') && (FAILURE_EN.test(line.text) || FAILURE_JA.test(line.text)),
  owns(line) {
    const text = line.text.trim();
    if (text.startsWith('***') || TIMEOUT.test(text) || SRV_HEADING.test(text) || /^.+?\s*=\s*\S+$/.test(text) || /internet address|nameserver/i.test(text)) return true;
    const entry = labelled(line);
    return Boolean(entry && LABELS.has(entry.key));
  },
  parse: parseNslookup,
};
