/**
 * Lines of pasted console text, tolerant of how Windows output travels: CRLF or LF, a BOM,
 * trailing spaces, tabs, full-width punctuation typed through an IME. Every line keeps the
 * offset of its first character in the original text, so a finding points at the exact line.
 */

/** Where something is in the pasted text: the engine maps it to line and column. */
export interface Span {
  offset: number;
  length: number;
}

/** A value read from the text, with where it was written. */
export interface Field<T> {
  value: T;
  span: Span;
}

export interface Line {
  /** 0-based position among the document's lines. */
  index: number;
  /** Offset of the line's first character in the document. */
  offset: number;
  /**
   * The line with ASCII stand-ins for full-width characters, tabs, NBSP and BOM (one character
   * for one, so columns still match the original) and without trailing spaces or `\r`.
   */
  text: string;
}

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space map one-to-one onto ASCII. */
function toAscii(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0x00a0 || code === 0xfeff || code === 0x200b || code === 0x09) out += ' ';
    else out += text[index];
  }
  return out;
}

/** Splits text into lines; `\r\n`, `\n` and trailing `\r`s (as some redirects write) all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ index, offset: start, text: toAscii(text.slice(start, end)).trimEnd() });
    index++;
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** True for one character that `\s` matches and `trim()` removes (spaces, tabs, line terminators). */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && char.trim() === '';
}

/** Where ASCII `needle` (written in lower case) first occurs in `text` at or after `from`, letters in any case; -1 if nowhere. */
export function indexOfCaseless(text: string, needle: string, from = 0): number {
  outer: for (let at = Math.max(from, 0); at + needle.length <= text.length; at++) {
    for (let k = 0; k < needle.length; k++) {
      const code = text.charCodeAt(at + k);
      const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      if (lower !== needle.charCodeAt(k)) continue outer;
    }
    return at;
  }
  return -1;
}

/**
 * Where the run of spaces and dots that ends `text` starts, and how many dots it holds: the
 * dot leaders of `Label . . . :`, found by one backward scan (a regex here backtracks quadratically).
 */
function trailingLeaders(text: string): { start: number; dots: number } {
  let start = text.length;
  let dots = 0;
  for (; start > 0; start--) {
    const char = text[start - 1];
    if (char === '.') dots++;
    else if (!isSpace(char)) break;
  }
  return { start, dots };
}

/** The span of a whole line (without its trailing spaces). */
export function lineSpan(line: Line): Span {
  return { offset: line.offset, length: Math.max(line.text.length, 1) };
}

/** The span of `part`, found in the line at or after `from` (falls back to the whole line). */
export function spanOf(line: Line, part: string, from = 0): Span {
  const at = part === '' ? -1 : line.text.indexOf(part, from);
  return at < 0 ? lineSpan(line) : { offset: line.offset + at, length: part.length };
}

/** Matching key of a label: case, spaces and dot leaders do not count (`参照 ID` = `参照ID`). */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[\s.]+/g, '');
}

/** A `Label: value` line split at its first colon. */
export interface LabelledLine {
  line: Line;
  /** The label as written, trimmed. */
  label: string;
  key: string;
  value: string;
  /** Offset of the value in the document (the end of the line when the value is empty). */
  valueOffset: number;
  /** Leading spaces before the label (slmgr indents its KMS block, ospp tabs its own). */
  indent: number;
  /** The label was followed by ipconfig-style dot leaders (`. . . :`). */
  leaders: boolean;
}

/** Splits `Label: value` (also `Name : value` and ipconfig's `Label . . . : value`); undefined for other lines. */
export function labelled(line: Line): LabelledLine | undefined {
  const colon = line.text.indexOf(':');
  if (colon <= 0) return undefined;
  const head = line.text.slice(0, colon);
  const indent = head.length - head.trimStart().length;
  const trailing = trailingLeaders(head);
  const leaders = trailing.dots >= 2;
  const label = head.slice(0, trailing.start).trim();
  if (label === '') return undefined;
  let valueStart = colon + 1;
  while (valueStart < line.text.length && line.text[valueStart] === ' ') valueStart++;
  return { line, label, key: labelKey(label), value: line.text.slice(valueStart), valueOffset: line.offset + valueStart, indent, leaders };
}

/**
 * `value (note)` split at the parentheses that end the text (`10.0.0.5(Preferred)`, `NT5DS (Local)`),
 * the note without parentheses inside; without such an ending, the whole text and no note.
 */
export function withoutParenthesis(text: string): { rest: string; note?: string } {
  const close = text.trimEnd().length - 1;
  if (close < 0 || text[close] !== ')') return { rest: text };
  const open = text.lastIndexOf('(', close);
  if (open < 0 || text.indexOf(')', open) !== close) return { rest: text };
  return { rest: text.slice(0, open), note: text.slice(open + 1, close) };
}

/** A field for a labelled line's value. */
export function valueField<T>(entry: LabelledLine, value: T): Field<T> {
  return { value, span: { offset: entry.valueOffset, length: Math.max(entry.value.length, 1) } };
}

/** `host:port` (also `[v6]:port`); the port must be 1–65535. */
export function parseHostPort(text: string): { host: string; port: number } | undefined {
  const match = /^\[?([^\s[\]]+?)\]?:(\d{1,5})$/.exec(text.trim());
  if (!match) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: match[1] as string, port };
}

/** An integer written with optional thousands separators (`10,080`); undefined otherwise. */
export function parseInteger(text: string): number | undefined {
  const match = /^[-+]?\d{1,3}(?:,\d{3})+$|^[-+]?\d+$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(text.trim().replace(/,/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The count a value starts with, thousands separators allowed (`10,080 minutes` → 10080). */
export function leadingCount(text: string): number | undefined {
  return parseInteger(/^[\d,]+/.exec(text)?.[0] ?? '');
}

/** An error code as `0x` and upper-case digits (`0xc004f074` → `0xC004F074`). */
export function hexCode(code: string): string {
  return `0x${code.slice(2).toUpperCase()}`;
}

/** Seconds as w32tm prints them: `0.0062216s`, `-0.0001234s`, `1024s`. */
export function parseSeconds(text: string): number | undefined {
  const match = /^([-+]?\d+(?:[.,]\d+)?)\s*s\b/.exec(text.trim());
  return match ? Number((match[1] as string).replace(',', '.')) : undefined;
}

/** True when the text has characters of the Japanese scripts (a hint of the display language). */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
}
