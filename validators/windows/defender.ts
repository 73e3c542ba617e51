/**
 * `Get-MpComputerStatus` and `Get-MpPreference`, as a list (`Name : value`, PowerShell's default
 * for these objects, padded to the longest name of the object) or, when a few properties were
 * selected, as a table. Property names are never translated; values wrap at the console width.
 */
import { LanguageTally, nextFilled, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import type { DefenderPreferenceOutput, DefenderStatusOutput, WindowsKind } from './model.ts';
import { labelled, valueField, type Field, type Line } from './text.ts';

/** Properties only Get-MpComputerStatus prints (enough of them to recognise it). */
const STATUS_PROPERTIES = new Set(
  [
    'AMEngineVersion', 'AMProductVersion', 'AMRunningMode', 'AMServiceEnabled', 'AMServiceVersion', 'AntispywareEnabled', 'AntispywareSignatureAge',
    'AntispywareSignatureLastUpdated', 'AntispywareSignatureVersion', 'AntivirusEnabled', 'AntivirusSignatureAge', 'AntivirusSignatureLastUpdated',
    'AntivirusSignatureVersion', 'BehaviorMonitorEnabled', 'ComputerState', 'DefenderSignaturesOutOfDate', 'FullScanAge', 'IoavProtectionEnabled',
    'IsTamperProtected', 'NISEnabled', 'NISEngineVersion', 'NISSignatureAge', 'NISSignatureLastUpdated', 'NISSignatureVersion', 'OnAccessProtectionEnabled',
    'QuickScanAge', 'RealTimeProtectionEnabled', 'RealTimeScanDirection', 'InitializationProgress',
  ].map((name) => name.toLowerCase()),
);

/** Properties only Get-MpPreference prints. */
const PREFERENCE_PROPERTIES = new Set(
  [
    'SignatureFallbackOrder', 'SignatureDefinitionUpdateFileSharesSources', 'SharedSignaturesPath', 'SignatureBlobFileSharesSources', 'SignatureUpdateInterval',
    'SignatureScheduleDay', 'SignatureScheduleTime', 'SignatureAuGracePeriod', 'SignatureFirstAuGracePeriod', 'SignatureUpdateCatchupInterval',
    'SignatureDisableUpdateOnStartupWithoutEngine', 'DisableRealtimeMonitoring', 'ExclusionPath', 'MAPSReporting', 'SubmitSamplesConsent',
    'CheckForSignaturesBeforeRunningScan', 'DisableAutoExclusions', 'PUAProtection', 'ScanScheduleDay', 'EnableNetworkProtection',
  ].map((name) => name.toLowerCase()),
);

const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function kindOfProperty(name: string): 'defender-status' | 'defender-preference' | undefined {
  const key = name.toLowerCase();
  if (STATUS_PROPERTIES.has(key)) return 'defender-status';
  if (PREFERENCE_PROPERTIES.has(key)) return 'defender-preference';
  return undefined;
}

/** A table header (`SignatureFallbackOrder  SignatureDefinitionUpdateFileSharesSources`) followed by dashes. */
function tableColumns(header: Line, dashes: Line | undefined): { name: string; start: number; end: number }[] | undefined {
  if (!dashes || !/^[\s-]+$/.test(dashes.text) || !dashes.text.includes('-')) return undefined;
  const columns: { name: string; start: number; end: number }[] = [];
  for (const match of dashes.text.matchAll(/-+/g)) columns.push({ name: '', start: match.index, end: match.index + match[0].length });
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index] as { name: string; start: number; end: number };
    const next = columns[index + 1];
    column.name = header.text.slice(column.start, next ? next.start : undefined).trim();
    if (!PROPERTY_NAME.test(column.name)) return undefined;
  }
  return columns;
}

function readProperties(input: SectionInput, tally: LanguageTally): Map<string, Field<string>> {
  const properties = new Map<string, Field<string>>();
  let last: { key: string; field: Field<string> } | undefined;
  const lines = input.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.text.trim() === '') {
      last = undefined;
      continue;
    }
    const columns = /^\s*[A-Za-z]/.test(line.text) && !line.text.includes(' : ') ? tableColumns(line, lines[index + 1]) : undefined;
    if (columns && columns.some((column) => kindOfProperty(column.name))) {
      // One row per object; Get-MpComputerStatus and Get-MpPreference return one object.
      const row = lines[index + 2];
      index += 2;
      last = undefined;
      if (!row) continue;
      columns.forEach((column, position) => {
        const next = columns[position + 1];
        const raw = row.text.slice(column.start, next ? next.start : undefined);
        const value = raw.trim();
        const offset = row.offset + column.start + (raw.length - raw.trimStart().length);
        properties.set(column.name.toLowerCase(), { value, span: { offset, length: Math.max(value.length, 1) } });
        tally.note('en');
      });
      continue;
    }
    const entry = labelled(line);
    if (entry && entry.indent === 0 && PROPERTY_NAME.test(entry.label)) {
      const field = valueField(entry, entry.value.trim());
      properties.set(entry.key, field);
      last = { key: entry.key, field };
      if (kindOfProperty(entry.label)) tally.note('en');
      continue;
    }
    if (last && /^\s+\S/.test(line.text)) {
      // PowerShell wrapped a long value onto the next line.
      last.field.value += line.text.trim();
      continue;
    }
    last = undefined;
  }
  return properties;
}

export function parseDefender(kind: 'defender-status' | 'defender-preference') {
  return (input: SectionInput): DefenderStatusOutput | DefenderPreferenceOutput => {
    const tally = new LanguageTally();
    const properties = readProperties(input, tally);
    return {
      kind,
      ...sectionBase(input),
      language: tally.understood > 0 ? 'en' : 'unknown',
      understood: tally.understood,
      properties,
    } as DefenderStatusOutput | DefenderPreferenceOutput;
  };
}

function lineKind(line: Line, following: readonly Line[]): WindowsKind | undefined {
  const entry = labelled(line);
  if (entry && entry.indent === 0 && PROPERTY_NAME.test(entry.label)) return kindOfProperty(entry.label);
  const dashes = nextFilled(following, 1)[0];
  const columns = dashes ? tableColumns(line, dashes) : undefined;
  return columns?.map((column) => kindOfProperty(column.name)).find(Boolean);
}

function grammar(kind: 'defender-status' | 'defender-preference'): Grammar {
  return {
    kind,
    opens: () => false,
    marks: (line, following) => lineKind(line, following) === kind,
    owns(line) {
      const entry = labelled(line);
      return Boolean(entry && entry.indent === 0 && PROPERTY_NAME.test(entry.label) && kindOfProperty(entry.label) !== (kind === 'defender-status' ? 'defender-preference' : 'defender-status'));
    },
    parse: parseDefender(kind),
  };
}

export const DEFENDER_STATUS_GRAMMAR = grammar('defender-status');
export const DEFENDER_PREFERENCE_GRAMMAR = grammar('defender-preference');

/** A property of a Defender output (names are case-insensitive in PowerShell). */
export function property(output: DefenderStatusOutput | DefenderPreferenceOutput, name: string): Field<string> | undefined {
  return output.properties.get(name.toLowerCase());
}
