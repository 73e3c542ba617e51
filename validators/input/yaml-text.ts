/**
 * YAML text with locations, for the document kinds that may be written in YAML (CloudFormation
 * templates). The `yaml` package parses it with YAML 1.1 scalars, as CloudFormation reads them,
 * and without the features CloudFormation does not support (timestamps, binary, sets, ordered
 * maps, aliases, merge keys). A local tag (`!Ref x`) is read as the one-key object it abbreviates
 * (`{"Ref": "x"}`). The parsed tree is kept, so the engine locates findings' JSON paths over it
 * exactly as json-text.ts locates them in JSON text. Loaded with the template and plan readers
 * (iac/readers.ts registers `parseYaml`), never by the engine itself: see document-readers.ts.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Localized } from '../types.ts';
import { MAX_DEPTH, pathKey, type JsonPath, type Span } from './json-text.ts';

/** What a local tag (`!GetAtt`) stands for: the key of the one-key object it abbreviates (`Fn::GetAtt`), or undefined when it means nothing. */
export type ShortTags = (tag: string) => string | undefined;

/** Finds where each JSON path's value is, as json-text.ts `locatePaths` does for JSON. */
export type PathLocator = (paths: readonly JsonPath[]) => Map<string, Span>;

/** Result of reading a YAML document. */
export type ParsedYaml =
  | { ok: true; value: unknown; locate: PathLocator }
  | { ok: false; message: Localized; offset: number; length: number };

/** Tags of YAML 1.1 that CloudFormation does not support: left unresolved, so such a value reads as its text. */
const UNSUPPORTED_TAGS = /:(?:timestamp|binary|omap|pairs|set|merge)$/;

/** The yaml package's error codes, as clauses (the package's own English message is the fallback). */
const ERROR_TEXT: Partial<Record<string, Localized>> = {
  BAD_INDENT: { en: 'the indentation is wrong', ja: 'インデントが正しくありません' },
  TAB_AS_INDENT: { en: 'a tab is used for indentation', ja: 'インデントにタブが使われています' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a block value is used as a key (a missing colon or space?)', ja: 'ブロック値がキーになっています (コロンや空白の抜けの可能性があります)' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key spans several lines (a missing colon?)', ja: 'キーが複数行にまたがっています (コロンの抜けの可能性があります)' },
  MISSING_CHAR: { en: 'a closing character is missing', ja: '閉じる文字が足りません' },
  UNEXPECTED_TOKEN: { en: 'an unexpected character', ja: '予期しない文字があります' },
  BAD_DQ_ESCAPE: { en: 'an invalid escape in a double-quoted string', ja: 'ダブルクォート文字列のエスケープが不正です' },
  MULTIPLE_DOCS: { en: 'the text holds more than one YAML document', ja: 'テキストに YAML ドキュメントが複数あります' },
  DUPLICATE_KEY: { en: 'a key appears twice in one mapping', ja: '同じマッピングに同じキーが 2 回あります' },
  KEY_OVER_1024_CHARS: { en: 'an implicit key is longer than 1024 characters', ja: '暗黙のキーが 1024 文字を超えています' },
  RESOURCE_EXHAUSTION: { en: 'the document is nested too deeply', ja: '入れ子が深すぎます' },
};

/** A problem met while turning the tree into values. */
class TreeProblem {
  readonly message: Localized;
  readonly offset: number;
  constructor(message: Localized, offset: number) {
    this.message = message;
    this.offset = offset;
  }
}

/** The key of a mapping entry as text: a plain scalar as written (`Y` stays `Y`, not YAML 1.1's true), a quoted one as its value. */
function keyText(text: string, pair: Pair): string | TreeProblem {
  const key = pair.key;
  if (key === null || key === undefined) return '';
  if (!isScalar(key)) return new TreeProblem({ en: 'a key is not a plain scalar (a complex key)', ja: 'キーが単純なスカラーではありません (複合キー)' }, (key as Node).range?.[0] ?? 0);
  const scalar = key as Scalar;
  if (scalar.type === 'PLAIN' && scalar.range) return text.slice(scalar.range[0], scalar.range[1]).trim();
  return String(scalar.value);
}

/** The local tag of a node (`!Ref`), when it has one. */
function localTag(node: Node): string | undefined {
  const tag = node.tag;
  return tag !== undefined && tag.startsWith('!') && !tag.startsWith('!!') ? tag : undefined;
}

/** Sets an own property, `__proto__` included (JSON.parse does the same; a plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The value of a node, as JSON.parse would give it for the equivalent JSON. */
function toValue(text: string, node: unknown, shortTags: ShortTags, depth: number): unknown {
  if (node === null || node === undefined) return null;
  if (depth > MAX_DEPTH) throw new TreeProblem({ en: `nesting is deeper than ${MAX_DEPTH} levels`, ja: `入れ子が ${MAX_DEPTH} 階層を超えています` }, (node as Node).range?.[0] ?? 0);
  if (isAlias(node)) throw new TreeProblem({ en: 'an alias (*name): CloudFormation does not accept YAML aliases', ja: 'エイリアス (*name) があります。CloudFormation は YAML のエイリアスを受け付けません' }, node.range?.[0] ?? 0);
  let value: unknown;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = keyText(text, pair);
      if (key instanceof TreeProblem) throw key;
      setOwn(out, key, toValue(text, pair.value, shortTags, depth + 1));
    }
    value = out;
  } else if (isSeq(node)) {
    value = node.items.map((item) => toValue(text, item, shortTags, depth + 1));
  } else if (isScalar(node)) {
    value = node.value;
  } else {
    value = null;
  }
  const tag = localTag(node as Node);
  const long = tag !== undefined ? shortTags(tag) : undefined;
  if (long === undefined) return value;
  const wrapped: Record<string, unknown> = {};
  setOwn(wrapped, long, value);
  return wrapped;
}

/** Entries of a mapping by key text (the last of equal keys, as with JSON), built once per mapping. */
class MapIndex {
  private readonly text: string;
  private readonly byMap = new WeakMap<YAMLMap, Map<string, Pair>>();
  constructor(text: string) {
    this.text = text;
  }
  pair(map: YAMLMap, key: string): Pair | undefined {
    let index = this.byMap.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const name = keyText(this.text, pair);
        if (typeof name === 'string') index.set(name, pair);
      }
      this.byMap.set(map, index);
    }
    return index.get(key);
  }
}

function spanOf(node: unknown, keyNode?: unknown): Span | undefined {
  const range = (node as Node | null)?.range;
  const keyRange = (keyNode as Node | null)?.range;
  if (range) return keyRange ? { start: range[0], end: range[1], keyStart: keyRange[0] } : { start: range[0], end: range[1] };
  // `Key:` with nothing after it: the key itself.
  if (keyRange) return { start: keyRange[0], end: keyRange[1], keyStart: keyRange[0] };
  return undefined;
}

/** Locates JSON paths over the tree; a path whose end does not exist resolves to its nearest existing ancestor. */
function locatorOf(text: string, root: unknown, shortTags: ShortTags): PathLocator {
  const index = new MapIndex(text);
  const whole: Span = { start: 0, end: text.length };
  return (paths) => {
    const result = new Map<string, Span>();
    for (const path of paths) {
      let node: unknown = root;
      let best = spanOf(root) ?? whole;
      // A tagged node stands for a one-key object: the tag's key leads to the node itself.
      let tagPending = node !== null && typeof node === 'object' && localTag(node as Node) !== undefined;
      for (const segment of path) {
        if (node === null || node === undefined) break;
        const tag = tagPending ? localTag(node as Node) : undefined;
        if (tag !== undefined) {
          if (shortTags(tag) !== String(segment)) break;
          tagPending = false;
          continue;
        }
        let next: unknown;
        let keyNode: unknown;
        if (isMap(node)) {
          const pair = index.pair(node, String(segment));
          if (!pair) break;
          next = pair.value;
          keyNode = pair.key;
        } else if (isSeq(node)) {
          const position = typeof segment === 'number' ? segment : /^\d{1,9}$/.test(segment) ? Number(segment) : -1;
          next = position >= 0 ? node.items[position] : undefined;
          if (next === undefined) break;
        } else {
          break;
        }
        const span = spanOf(next, keyNode);
        if (!span) break;
        best = span;
        node = next;
        tagPending = node !== null && typeof node === 'object' && localTag(node as Node) !== undefined;
      }
      result.set(pathKey(path), best);
    }
    return result;
  };
}

/** Parses YAML; on failure says what is wrong and where. Never throws. */
export function parseYaml(text: string, shortTags: ShortTags): ParsedYaml {
  try {
    const document = parseDocument(text, {
      version: '1.1',
      // Duplicate keys are found by a linear scan of our own if ever needed: the package's check is quadratic.
      uniqueKeys: false,
      merge: false,
      prettyErrors: false,
      customTags: (tags) => tags.filter((tag) => (typeof tag === 'string' ? !UNSUPPORTED_TAGS.test(`:${tag}`) : !UNSUPPORTED_TAGS.test(tag.tag))),
    });
    const error = document.errors[0];
    if (error) {
      const what = ERROR_TEXT[error.code] ?? { en: error.message, ja: `YAML として読めません (${error.message})` };
      return { ok: false, message: what, offset: error.pos[0], length: Math.max(error.pos[1] - error.pos[0], 1) };
    }
    const value = toValue(text, document.contents, shortTags, 0);
    return { ok: true, value, locate: locatorOf(text, document.contents, shortTags) };
  } catch (error) {
    if (error instanceof TreeProblem) return { ok: false, message: error.message, offset: error.offset, length: 1 };
    // The package recurses on nesting; a stack overflow on absurd input is a problem with the text, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { en: `the YAML could not be read (${detail})`, ja: `YAML として読めません (${detail})` }, offset: 0, length: 1 };
  }
}
