/**
 * The readers of whole documents (templates, plans) and the YAML parser they need, registered
 * apart from the engine: they are over a quarter of what the engine weighs in a browser, and most
 * readers of the site paste describe-* JSON. The package entry (index.ts) and the CLI register
 * them eagerly (iac/readers.ts); the browser's validation worker loads them by `import()` only
 * when `needsDocumentReaders` says a document may need them. Without them the engine still reads
 * everything else and says, for a document that needs them, that it was not read.
 */
import type { DocumentKindName } from './kinds/index.ts';
import { DOCUMENT_KINDS } from './kinds/index.ts';
import type { Json, ReadContext } from './read-context.ts';
import type { ParsedYaml, ShortTags } from './yaml-text.ts';

/** What reads the documents of the whole-document kinds: one reader per kind, and the YAML parser templates may need. */
export interface DocumentReaders {
  /** Reads a whole document (its top-level object) of the kind, by kind name, into the model. */
  read: Record<DocumentKindName, (ctx: ReadContext, file: string, value: Json) => void>;
  /** Parses YAML text with locations, local tags read as `shortTags` says (yaml-text.ts). */
  parseYaml(text: string, shortTags: ShortTags): ParsedYaml;
}

let registered: DocumentReaders | undefined;

/** Makes the engine read templates and plans with `readers` from now on (registering again replaces them). */
export function registerDocumentReaders(readers: DocumentReaders): void {
  registered = readers;
}

/** The registered readers, or undefined when this build has not loaded them. */
export function documentReaders(): DocumentReaders | undefined {
  return registered;
}

/** Every key whose presence in a text may make it a document of a whole-document kind. */
const MARKER_KEYS: readonly string[] = [...new Set(DOCUMENT_KINDS.flatMap((kind) => [...kind.markerKeys, ...(kind.yaml?.markerKeys ?? [])]))];

/**
 * True when some of `texts` may be read as a whole document (a template or a plan), so the
 * readers must be registered before validating them. A superset of what the reader detects:
 * `detect` needs a marker key at the top level of the JSON, and YAML is tried only on a line that
 * starts with one, so a text holding no marker key is never one; a `\u` escape could spell a key
 * in JSON, so a text with one counts too. Linear: one substring search per key.
 */
export function needsDocumentReaders(texts: readonly unknown[]): boolean {
  return texts.some((text) => typeof text === 'string' && (text.includes('\\u') || MARKER_KEYS.some((key) => text.includes(key))));
}

/**
 * True when some line of `text` starts, at its first column, with one of `keys` followed by a
 * colon (`Resources:`), quoted or not: the mark of a YAML document of a kind. Linear: one pass
 * over the line starts.
 */
export function startsTopLevelKey(text: string, keys: readonly string[]): boolean {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    for (const key of keys) {
      for (const written of [key, `"${key}"`, `'${key}'`]) {
        if (text.startsWith(written, start) && lineEnd > start + written.length) {
          let at = start + written.length;
          while (text.charCodeAt(at) === 32) at++;
          if (text.charCodeAt(at) === 58 /* : */) return true;
        }
      }
    }
    if (end < 0) break;
    start = end + 1;
  }
  return false;
}
