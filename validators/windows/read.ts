/**
 * Reads a pasted text document as Windows command output. A paste may hold several outputs:
 * they are split at prompt lines (`C:\>w32tm /query /peers`, `PS C:\> Get-MpPreference`), at
 * headings an output always starts with (`Windows IP Configuration`, `#Peers: 3`, `[Configuration]`)
 * and, where there is no prompt, at the first line only one command prints. Everything not
 * understood is skipped, never an error: the rules say what could not be read.
 */
import { KMS_DISCOVERY } from '../requirements/activation.ts';
import { DEFENDER_PREFERENCE_GRAMMAR, DEFENDER_STATUS_GRAMMAR } from './defender.ts';
import { IPCONFIG_GRAMMAR } from './ipconfig.ts';
import type { Grammar } from './labels.ts';
import type { EncodingProblem, UnreadSection, WindowsDocument, WindowsKind, WindowsOutput } from './model.ts';
import { NSLOOKUP_GRAMMAR } from './nslookup.ts';
import { OSPP_GRAMMAR } from './ospp.ts';
import { ROUTE_PRINT_GRAMMAR } from './route-print.ts';
import { SLMGR_GRAMMAR } from './slmgr.ts';
import { lineSpan, splitLines, type Field, type Line } from './text.ts';
import { W32TM_CONFIGURATION_GRAMMAR, W32TM_PEERS_GRAMMAR, W32TM_SOURCE_GRAMMAR, W32TM_STATUS_GRAMMAR } from './w32tm.ts';

/** Every grammar, in the order they are asked (more specific headings first). */
const GRAMMARS: readonly Grammar[] = [
  IPCONFIG_GRAMMAR,
  ROUTE_PRINT_GRAMMAR,
  W32TM_CONFIGURATION_GRAMMAR,
  W32TM_PEERS_GRAMMAR,
  W32TM_STATUS_GRAMMAR,
  W32TM_SOURCE_GRAMMAR,
  OSPP_GRAMMAR,
  SLMGR_GRAMMAR,
  DEFENDER_STATUS_GRAMMAR,
  DEFENDER_PREFERENCE_GRAMMAR,
  NSLOOKUP_GRAMMAR,
];

const BY_KIND = new Map(GRAMMARS.map((grammar) => [grammar.kind, grammar]));

/** The command each kind of output comes from, as messages name it. */
export const COMMAND_OF: Readonly<Record<WindowsKind, string>> = {
  slmgr: 'slmgr.vbs /dlv',
  ospp: 'ospp.vbs /dstatus',
  ipconfig: 'ipconfig /all',
  'route-print': 'route print',
  'w32tm-status': 'w32tm /query /status',
  'w32tm-peers': 'w32tm /query /peers',
  'w32tm-configuration': 'w32tm /query /configuration',
  'w32tm-source': 'w32tm /query /source',
  'defender-status': 'Get-MpComputerStatus',
  'defender-preference': 'Get-MpPreference',
  nslookup: `nslookup -type=srv ${KMS_DISCOVERY.srvRecord}`,
};

/** The commands whose output is understood, as shown in messages (slmgr /dli prints part of what /dlv does). */
export const UNDERSTOOD_COMMANDS: readonly string[] = ['slmgr.vbs /dli', ...Object.values(COMMAND_OF)];

/** `C:\Users\me>cmd`, `PS C:\> cmd`, `PS> cmd`, `\\server\share>cmd`: the command after the prompt. */
const PROMPT = /^\s*(?:PS\s*(?:[A-Za-z]:\\[^>]*|\\\\[^>]*)?|[A-Za-z]:\\[^>]*|\\\\[^>]+)>\s*(\S.*)$/;

/** A command written on its own line without a prompt (in a ticket, a runbook). Only known commands. */
const BARE_COMMAND =
  /^\s*(?:(?:cscript(?:\.exe)?\s+(?:\/\/nologo\s+)?)?"?[^"\s]*?(?:slmgr(?:\.vbs)?|ospp\.vbs)"?\s+[-/]\w+.*|ipconfig(?:\.exe)?(?:\s+[-/]all)?|route(?:\.exe)?\s+(?:-4\s+)?print.*|netstat\s+-\w*r\w*|w32tm(?:\.exe)?\s+[-/]query\s+.*|Get-Mp(?:ComputerStatus|Preference)\b.*|nslookup(?:\.exe)?\s+.*)$/i;

/** The cscript banner printed without //nologo (its copyright line is localised). */
const CSCRIPT_BANNER = /^microsoft \(r\) windows script host\b/i;

/** Which output a command prints; undefined for commands whose output is not read. */
export function commandKind(command: string): WindowsKind | undefined {
  const text = command.toLowerCase();
  if (/\bslmgr(?:\.vbs)?\b/.test(text)) return 'slmgr';
  if (/\bospp\.vbs\b/.test(text)) return 'ospp';
  if (/\bget-mpcomputerstatus\b/.test(text)) return 'defender-status';
  if (/\bget-mppreference\b/.test(text)) return 'defender-preference';
  if (/^\s*ipconfig(?:\.exe)?\b/.test(text)) return 'ipconfig';
  if (/^\s*route(?:\.exe)?\s+(?:-[46]\s+)?print\b/.test(text) || /^\s*netstat(?:\.exe)?\s+-\w*r/.test(text)) return 'route-print';
  if (/^\s*nslookup\b/.test(text)) return 'nslookup';
  if (/^\s*w32tm(?:\.exe)?\b/.test(text) && /[-/]query\b/.test(text)) {
    if (/[-/]source\b/.test(text)) return 'w32tm-source';
    if (/[-/]peers\b/.test(text)) return 'w32tm-peers';
    if (/[-/]configuration\b/.test(text)) return 'w32tm-configuration';
    if (/[-/]status\b/.test(text)) return 'w32tm-status';
  }
  return undefined;
}

/** The command of a prompt line (or of a known command written alone), with its span. */
export function promptCommand(line: Line): Field<string> | undefined {
  const prompt = PROMPT.exec(line.text);
  // A bare command is plain ASCII: a translated hint such as `slmgr.vbs /ato を使用して…` is output, not a command.
  const command = prompt ? (prompt[1] as string).trim() : /^[\x20-\x7e]+$/.test(line.text) && BARE_COMMAND.test(line.text) ? line.text.trim() : undefined;
  if (!command) return undefined;
  return { value: command, span: { offset: line.offset + line.text.indexOf(command), length: command.length } };
}

/** JSON starts with `{` or `[`; so does w32tm's `[Configuration]`, which is not JSON. */
export function looksLikeJson(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return true;
  if (!trimmed.startsWith('[')) return false;
  const firstLine = trimmed.split('\n', 1)[0]?.trim() ?? '';
  return !/^\[[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^"{}[\],:]*\]$/.test(firstLine) || /^\[\s*(?:true|false|null)\s*\]$/.test(firstLine);
}


interface Section {
  kind: WindowsKind | 'cscript' | undefined;
  viaPrompt: boolean;
  command?: Field<string>;
  opener: Line;
  lines: Line[];
  /** A line other than blanks, separators and the opener has been added. */
  hasContent: boolean;
}

const isSeparator = (line: Line) => /^[\s=-]*$/.test(line.text);

function encodingProblem(text: string, lines: readonly Line[]): EncodingProblem | undefined {
  const replacement = text.indexOf('\uFFFD');
  const nul = text.indexOf('\u0000');
  const at = replacement >= 0 ? replacement : nul;
  if (at < 0) return undefined;
  const line = [...lines].reverse().find((candidate) => candidate.offset <= at) ?? lines[0];
  return { kind: replacement >= 0 ? 'replacement-characters' : 'nul-characters', span: line ? lineSpan(line) : { offset: 0, length: 1 } };
}

/** Splits the text into outputs and parses each. */
export function readWindowsText(file: string, text: string): WindowsDocument {
  const lines = splitLines(text);
  const sections: Section[] = [];
  let current: Section | undefined;
  const open = (section: Omit<Section, 'lines' | 'hasContent'>) => {
    current = { ...section, lines: [section.opener], hasContent: false };
    sections.push(current);
  };
  const add = (line: Line) => {
    if (!current) return;
    current.lines.push(line);
    if (!isSeparator(line)) current.hasContent = true;
  };
  /** Continues the current section as `kind` when it is that command's output or still waiting for one, else opens one. */
  const begin = (kind: WindowsKind, line: Line) => {
    const waiting =
      current &&
      ((current.kind === 'cscript' && (kind === 'slmgr' || kind === 'ospp')) ||
        (current.viaPrompt && current.kind === kind) ||
        (!current.hasContent && (current.kind === kind || (current.kind === undefined && current.viaPrompt))));
    if (current && waiting) {
      current.kind = kind;
      add(line);
    } else open({ kind, viaPrompt: false, opener: line });
  };

  let bannerLine = false;
  lines.forEach((line, index) => {
    const command = promptCommand(line);
    if (command) bannerLine = false;
    if (command) {
      open({ kind: commandKind(command.value), viaPrompt: true, command, opener: line });
      return;
    }
    if (line.text.trim() === '') {
      current?.lines.push(line);
      return;
    }
    if (CSCRIPT_BANNER.test(line.text.trim())) {
      if (current && (current.kind === 'slmgr' || current.kind === 'ospp') && current.viaPrompt && !current.hasContent) current.lines.push(line);
      else open({ kind: 'cscript', viaPrompt: false, opener: line });
      bannerLine = true;
      return;
    }
    if (bannerLine) {
      // The banner's copyright line (localised, so matched by position).
      bannerLine = false;
      current?.lines.push(line);
      return;
    }
    const following = lines.slice(index + 1, index + 8);
    const opener = GRAMMARS.find((grammar) => grammar.opens(line, following));
    if (opener) {
      begin(opener.kind, line);
      return;
    }
    const grammar = current?.kind && current.kind !== 'cscript' ? BY_KIND.get(current.kind) : undefined;
    if (current && grammar?.owns(line)) {
      add(line);
      return;
    }
    // Inside a command's own output, only a heading (above) starts another output.
    const marker = current?.viaPrompt && current.kind !== undefined ? undefined : GRAMMARS.find((candidate) => candidate.marks(line, following));
    if (marker) {
      if (current && current.kind === marker.kind) add(line);
      else begin(marker.kind, line);
      return;
    }
    add(line);
  });

  const outputs: WindowsOutput[] = [];
  const unread: UnreadSection[] = [];
  for (const section of sections) {
    if (section.kind === 'cscript') continue;
    if (section.kind === undefined) {
      if (section.command) unread.push({ file, command: section.command });
      continue;
    }
    const body = section.command ? section.lines.slice(1) : section.lines;
    const filled = section.lines.filter((line) => line.text.trim() !== '');
    const last = filled[filled.length - 1] ?? section.opener;
    const span = { offset: section.opener.offset, length: Math.max(last.offset + last.text.length - section.opener.offset, 1) };
    const grammar = BY_KIND.get(section.kind) as Grammar;
    outputs.push(grammar.parse({ file, lines: body, span, lineCount: body.filter((line) => line.text.trim() !== '').length, ...(section.command ? { command: section.command } : {}) }));
  }
  const encoding = encodingProblem(text, lines);
  return { name: file, outputs, unread, ...(encoding ? { encoding } : {}) };
}
