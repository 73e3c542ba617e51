/**
 * JSON text with locations. Values come from the native JSON.parse (fast on multi-megabyte
 * pastes); locations are found afterwards, only for the paths that findings point at, by one
 * scan over the text that skips every subtree no finding needs.
 */
import { parse as parseLenient, type ParseError } from 'jsonc-parser';

import type { Localized } from '../types.ts';

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** 1-based line/column range (columns in UTF-16 code units, as editors and SARIF count them). */
export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Result of reading a JSON document. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; message: Localized; offset: number; length: number };

/** jsonc-parser's error codes, as clauses. */
const PARSE_ERROR_TEXT: Record<number, Localized> = {
  1: { en: 'an invalid symbol', ja: '不正な記号があります' },
  2: { en: 'an invalid number format', ja: '数値の形式が不正です' },
  3: { en: 'a property name is expected', ja: 'プロパティ名が必要です' },
  4: { en: 'a value is expected', ja: '値が必要です' },
  5: { en: 'a colon is expected', ja: 'コロンが必要です' },
  6: { en: 'a comma is expected', ja: 'カンマが必要です' },
  7: { en: 'a closing brace is expected', ja: '閉じ波括弧 } が必要です' },
  8: { en: 'a closing bracket is expected', ja: '閉じ角括弧 ] が必要です' },
  9: { en: 'the end of the input is expected (extra text after the JSON value)', ja: 'JSON の値の後に余分なテキストがあります' },
  10: { en: 'an invalid comment token', ja: 'コメントは使えません' },
  11: { en: 'an unexpected end of comment', ja: 'コメントが途中で終わっています' },
  12: { en: 'an unexpected end of string', ja: '文字列が途中で終わっています' },
  13: { en: 'an unexpected end of number', ja: '数値が途中で終わっています' },
  14: { en: 'an invalid unicode escape', ja: 'Unicode エスケープが不正です' },
  15: { en: 'an invalid escape character', ja: 'エスケープ文字が不正です' },
  16: { en: 'an invalid character', ja: '不正な文字があります' },
};

/** Invalid JSON nested deeper than this is not handed to the recursive error locator. */
export const MAX_DEPTH = 256;

/**
 * Parses JSON; on failure says what is wrong and where. Never throws. V8's JSON.parse does not
 * recurse, so any depth parses; only the error path (jsonc-parser, which recurses) is guarded.
 */
export function parseJson(text: string): ParsedJson {
  // A UTF-8 BOM handed over through the API (the CLI's decoder drops it) reads as a space: offsets stay.
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const depth = maxDepth(text);
    if (depth.depth > MAX_DEPTH) {
      return { ok: false, message: { en: `nesting is deeper than ${MAX_DEPTH} levels`, ja: `入れ子が ${MAX_DEPTH} 階層を超えています` }, offset: depth.offset, length: 1 };
    }
    return describeSyntaxError(text, error);
  }
}

function describeSyntaxError(text: string, error: unknown): ParsedJson {
  const errors: ParseError[] = [];
  try {
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses; the depth check above keeps it shallow, but never let it escape.
  }
  const first = errors[0];
  if (first) {
    const found = text.slice(first.offset, first.offset + Math.max(first.length, 1));
    const what = PARSE_ERROR_TEXT[first.error] ?? { en: 'invalid JSON', ja: 'JSON として不正です' };
    const atEnd = first.offset >= text.length;
    const shown = JSON.stringify(found.slice(0, 20));
    return {
      ok: false,
      message: atEnd
        ? { en: `${what.en} at the end of the input`, ja: `入力の末尾で${what.ja}` }
        : { en: `${what.en}, found ${shown}`, ja: `${what.ja} (${shown} の位置)` },
      offset: first.offset,
      length: Math.max(first.length, 1),
    };
  }
  // JSON.parse is stricter than jsonc-parser in a few corners (e.g. lone control characters).
  const position = /position (\d+)/.exec(String(error))?.[1];
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, message: { en: detail, ja: `JSON として読めません (${detail})` }, offset: position ? Number(position) : 0, length: 1 };
}

/** Deepest bracket nesting outside strings, and where it is first reached. */
export function maxDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) {
      index = endOfString(text, index);
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        at = index;
        if (max > MAX_DEPTH) break;
      }
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      depth--;
    }
  }
  return { depth: max, offset: at };
}

/** Index of the closing quote of the string opening at `start` (or the text's end). */
function endOfString(text: string, start: number): number {
  let index = start + 1;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote < 0) return text.length - 1;
    let backslashes = 0;
    for (let back = quote - 1; back > start && text.charCodeAt(back) === 92; back--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    index = quote + 1;
  }
}

function skipWhitespace(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break;
    index++;
  }
  return index;
}

/** Index just past the value starting at `start`. */
function endOfValue(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === 34) return endOfString(text, start) + 1;
  if (code === 123 || code === 91) {
    let depth = 0;
    for (let index = start; index < text.length; index++) {
      const c = text.charCodeAt(index);
      if (c === 34) index = endOfString(text, index);
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return index + 1;
      }
    }
    return text.length;
  }
  let index = start;
  while (index < text.length) {
    const c = text.charCodeAt(index);
    if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) break;
    index++;
  }
  return index;
}

interface PathTrie {
  /** Requested: record where this node's value is. */
  wanted: boolean;
  children: Map<string, PathTrie>;
}

/** Offsets of a located value: `[start, end)`, plus its key when it is an object member. */
export interface Span {
  start: number;
  end: number;
  keyStart?: number;
}

const keyOf = (segment: string | number) => String(segment);

/**
 * Finds where each path's value is. A path whose end does not exist resolves to its nearest
 * existing ancestor, so a finding about a missing key points at the object that lacks it.
 * Duplicate keys resolve to the last occurrence, as JSON.parse keeps the last value.
 */
export function locatePaths(text: string, paths: readonly JsonPath[]): Map<string, Span> {
  const root: PathTrie = { wanted: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = keyOf(segment);
      let child = node.children.get(key);
      if (!child) {
        child = { wanted: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.wanted = true;
  }
  const found = new Map<PathTrie, Span>();
  const start = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (start < text.length) walk(text, start, root, found, undefined);
  const result = new Map<string, Span>();
  for (const path of paths) {
    let node = root;
    let best = found.get(root) ?? { start: 0, end: text.length };
    for (const segment of path) {
      const child = node.children.get(keyOf(segment));
      const span = child && found.get(child);
      if (!child || !span) break;
      best = span;
      node = child;
    }
    result.set(pathKey(path), best);
  }
  return result;
}

function walk(text: string, start: number, node: PathTrie, found: Map<PathTrie, Span>, keyStart: number | undefined): number {
  const end = node.children.size === 0 ? endOfValue(text, start) : descend(text, start, node, found);
  found.set(node, keyStart === undefined ? { start, end } : { start, end, keyStart });
  return end;
}

/** Walks a container, recursing only into members that some path goes through. */
function descend(text: string, start: number, node: PathTrie, found: Map<PathTrie, Span>): number {
  const open = text.charCodeAt(start);
  if (open !== 123 && open !== 91) return endOfValue(text, start);
  const isObject = open === 123;
  let index = skipWhitespace(text, start + 1);
  let position = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 125 || code === 93) return index + 1;
    if (code === 44) {
      index = skipWhitespace(text, index + 1);
      continue;
    }
    let key: string;
    let keyStart: number | undefined;
    if (isObject) {
      if (code !== 34) return endOfValue(text, start);
      keyStart = index;
      const keyEnd = endOfString(text, index);
      const raw = text.slice(index + 1, keyEnd);
      key = raw.includes('\\') ? safeDecode(raw) : raw;
      index = skipWhitespace(text, keyEnd + 1);
      if (text.charCodeAt(index) !== 58 /* : */) return endOfValue(text, start);
      index = skipWhitespace(text, index + 1);
    } else {
      key = String(position);
    }
    position++;
    const child = node.children.get(key);
    index = child ? walk(text, index, child, found, keyStart) : endOfValue(text, index);
    index = skipWhitespace(text, index);
  }
  return text.length;
}

function safeDecode(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Stable key of a path for maps. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** 1-based line and column of a text offset. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The line breaks of a text met in order, as editors count them: `\r\n`, `\n` and a lone `\r`;
 * CRs right before a `\n` (`\r\r\n`, as some Windows redirects write) end the line with it, as the
 * Windows reader reads them. Asked for breaks at increasing offsets it reads the text once: the next
 * `\r`, the next `\n` and the end of a run of CRs are each searched again only once passed.
 */
class LineBreaks {
  private readonly text: string;
  private nextCr = -2;
  private nextLf = -2;
  /** The end of the last run of CRs scanned, and whether a `\n` follows it. */
  private crRunEnd = -1;
  private crRunEndsLine = false;

  constructor(text: string) {
    this.text = text;
  }

  /** The first line break at or after `from` (never less than the last call's): where it starts and its length; undefined if none. */
  next(from: number): { at: number; length: number } | undefined {
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = this.text.indexOf('\r', from);
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = this.text.indexOf('\n', from);
    const cr = this.nextCr;
    const lf = this.nextLf;
    if (cr < 0 && lf < 0) return undefined;
    if (cr < 0 || (lf >= 0 && lf < cr)) return { at: lf, length: 1 };
    if (cr >= this.crRunEnd) {
      let end = cr;
      while (this.text.charCodeAt(end) === 13) end++;
      this.crRunEnd = end;
      this.crRunEndsLine = this.text.charCodeAt(end) === 10;
    }
    return this.crRunEndsLine ? { at: cr, length: this.crRunEnd + 1 - cr } : { at: cr, length: 1 };
  }
}

/**
 * Line and column of each offset, in one sweep over the text's line breaks up to the last offset
 * asked for: no table of every line start (half a million entries in a large paste).
 */
export function positionsOf(text: string, offsets: Iterable<number>): Map<number, Position> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const positions = new Map<number, Position>();
  const breaks = new LineBreaks(text);
  let line = 1;
  let lineStart = 0;
  let next = breaks.next(0);
  for (const offset of sorted) {
    // A line break (both characters of `\r\n`) belongs to the line it ends.
    while (next && next.at + next.length <= offset) {
      line++;
      lineStart = next.at + next.length;
      next = breaks.next(lineStart);
    }
    positions.set(offset, { line, column: offset - lineStart + 1 });
  }
  return positions;
}

/** Offsets a span is shown between: from its key (or start) to its end, cut at the first line's end. */
export interface Bounds {
  from: number;
  to: number;
}

/** The bounds of many spans in one sweep over the text's line breaks (the first break after each start). */
export function spanBounds(text: string, spans: readonly Span[]): Bounds[] {
  const order = spans.map((_, index) => index).sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start);
  const bounds: Bounds[] = new Array(spans.length);
  const breaks = new LineBreaks(text);
  for (const index of order) {
    const span = spans[index] as Span;
    let to = Math.max(span.end, span.start + 1);
    const lineEnd = breaks.next(span.start);
    if (lineEnd && lineEnd.at < to) to = lineEnd.at;
    bounds[index] = { from: span.keyStart ?? span.start, to: Math.min(to, text.length) };
  }
  return bounds;
}

/** The range between two positions; an empty or inverted one on a line still covers a character. */
export function rangeBetween(from: Position, to: Position): TextRange {
  return { line: from.line, column: from.column, endLine: to.line, endColumn: Math.max(to.column, from.line === to.line ? from.column + 1 : to.column) };
}
