/**
 * Reads pasted documents into the resource model. Every problem becomes a report for one of
 * the `input-*` rules, at the path of the offending value; nothing here throws on input.
 * A resource with a part that could not be read is kept but marked `incomplete`, so the
 * analysis never claims more than it saw.
 *
 * This file knows documents (JSON, YAML or Windows text, whole outputs, single objects, bare
 * arrays, whole-document kinds such as templates and plans, and collect bundles, which hold several
 * outputs: see `bundle.ts`); what each kind holds and how it is read is declared once per kind
 * in `kinds/`. Templates and plans are read by the readers registered in document-readers.ts.
 */
import { describeValue } from '../net/address.ts';
import type { Resources } from '../model.ts';
import type { InputDocument, JsonPath } from '../types.ts';
import { BUNDLE_VERSION, innerDocumentName, isBundle, openBundle, outputPath } from './bundle.ts';
import { looksLikeUtf16 } from './encoding.ts';
import { parseJson } from './json-text.ts';
import { documentReaders, startsTopLevelKey, type DocumentReaders } from './document-readers.ts';
import { DOCUMENT_KINDS, INPUT_KINDS, type DocumentKind, type InputKind } from './kinds/index.ts';
import { has, isObject, ReadContext, TYPE_NAMES, type InputProblem, type Json } from './read-context.ts';
import type { PathLocator } from './yaml-text.ts';
import { looksLikeJson, readWindowsText, UNDERSTOOD_COMMANDS } from '../windows/read.ts';

export type { InputProblem } from './read-context.ts';
export { ROUTE_TARGET_FIELDS } from './kinds/route-tables.ts';

/** Keys of the EC2 XML API (and of SDKs that mirror it) that the CLI prints differently. */
const XML_NAMES: Record<string, string> = {
  routeTableSet: 'RouteTables',
  routeSet: 'Routes',
  networkAclSet: 'NetworkAcls',
  entrySet: 'Entries',
  securityGroupInfo: 'SecurityGroups',
  ipPermissions: 'IpPermissions',
  ipPermissionsEgress: 'IpPermissionsEgress',
  subnetSet: 'Subnets',
  vpcSet: 'Vpcs',
  associationSet: 'Associations',
  routeTableId: 'RouteTableId',
  networkAclId: 'NetworkAclId',
  groupId: 'GroupId',
};

/** The top-level keys of every output and document the engine reads, for the message about a document that has none. */
const EXPECTED_KEYS = (() => {
  const keys = [...INPUT_KINDS.map((kind) => kind.collectionKey), ...DOCUMENT_KINDS.flatMap((kind) => kind.markerKeys)];
  return { en: keys.join(', '), ja: keys.join('、') };
})();

/** The kind a single resource object is, by its whole shape (see each kind's `detect`). */
function singleKind(value: Json): InputKind | undefined {
  return INPUT_KINDS.find((kind) => kind.detect(value));
}

/** Kinds by the key under which `create-*` commands print one resource (`{"NetworkAcl": {...}}`). */
const SINGULAR_WRAPPERS: ReadonlyMap<string, InputKind> = new Map(INPUT_KINDS.flatMap((kind) => (kind.singularKey ? [[kind.singularKey, kind] as const] : [])));

/** The one wrapped resource of a `create-*` output, when `value` is such an output. */
function singularWrapper(value: Json): { key: string; item: Json; kind: InputKind } | undefined {
  const key = Object.keys(value).find((name) => SINGULAR_WRAPPERS.has(name));
  if (key === undefined) return undefined;
  const kind = SINGULAR_WRAPPERS.get(key) as InputKind;
  const item = value[key];
  return isObject(item) && singleKind(item) === kind ? { key, item, kind } : undefined;
}

class Reader {
  readonly ctx = new ReadContext();
  /** How to locate paths in the documents that are not JSON text (YAML templates), by document name. */
  readonly locators = new Map<string, PathLocator>();

  get resources(): Resources {
    return this.ctx.resources;
  }

  read(document: InputDocument): void {
    const file = document.name;
    const kinds: string[] = [];
    const ctx = this.ctx;
    const entry = { name: file, kinds };
    ctx.resources.documents.push(entry);
    if (typeof document.text !== 'string' || document.text.trim() === '') {
      ctx.problem('input-json', 'empty', { file, path: [] });
      return;
    }
    if (looksLikeUtf16(document.text)) {
      ctx.problem('input-document', 'utf16', { file, path: [] });
      return;
    }
    if (!looksLikeJson(document.text)) {
      const yamlKind = DOCUMENT_KINDS.find((kind) => kind.yaml && startsTopLevelKey(document.text, kind.yaml.markerKeys));
      if (yamlKind) this.readYaml(file, document.text, yamlKind, kinds);
      else this.readWindows(file, document.text, kinds);
      return;
    }
    const parsed = parseJson(document.text);
    if (!parsed.ok) {
      ctx.problem('input-json', 'invalid', { file, path: [], offset: parsed.offset, length: parsed.length }, {}, { problem: parsed.message });
      return;
    }
    if (isBundle(parsed.value)) {
      const inner = this.readBundle(file, parsed.value);
      // The bundle is listed as the documents it holds (when it holds any).
      if (inner.length > 0) ctx.resources.documents.splice(ctx.resources.documents.indexOf(entry), 1, ...inner);
      return;
    }
    this.readValue(file, parsed.value, [], kinds);
  }

  /** A parsed document (or a bundle's output at `base`): a whole output, a single object, a `create-*` wrapper or a bare array. */
  private readValue(file: string, value: unknown, base: JsonPath, kinds: string[]): void {
    const ctx = this.ctx;
    if (Array.isArray(value)) {
      this.readArray(file, value, base, kinds);
      return;
    }
    if (!isObject(value)) {
      ctx.problem('input-document', 'notObject', { file, path: base }, {}, { actual: describeValue(value) });
      return;
    }
    // A template or a plan is a file of its own; inside a bundle only AWS CLI outputs are expected.
    const whole = base.length === 0 ? DOCUMENT_KINDS.find((kind) => kind.detect(value)) : undefined;
    if (whole) {
      const readers = this.readersFor(file, whole);
      if (!readers) return;
      noteKind(kinds, whole);
      readers.read[whole.kind](ctx, file, value);
      return;
    }
    const single = singleKind(value);
    if (single && !single.collectionFirst) {
      this.readSingle(file, value, base, kinds);
      return;
    }
    const wrapped = singularWrapper(value);
    if (wrapped) {
      this.readSingle(file, wrapped.item, [...base, wrapped.key], kinds);
      return;
    }
    const found = INPUT_KINDS.filter((kind) => has(value, kind.collectionKey));
    if (found.length > 0) {
      for (const kind of found) {
        noteKind(kinds, kind);
        this.readCollection(file, kind, value[kind.collectionKey], [...base, kind.collectionKey], value);
      }
      return;
    }
    this.readSingle(file, value, base, kinds);
  }

  /**
   * A collect bundle (input/bundle.ts): each output is read as its own document, in name order,
   * at its path inside the bundle, so findings name the bundle file and its real lines. Returns
   * the inner documents as `analysed.documents` lists them.
   */
  private readBundle(file: string, value: Json): { name: string; kinds: string[] }[] {
    const ctx = this.ctx;
    const bundle = openBundle(value);
    for (const issue of bundle.issues) {
      const at = { file, path: issue.path };
      if (issue.kind === 'version') ctx.problem('input-document', 'bundleVersion', at, { version: BUNDLE_VERSION }, { actual: describeValue(issue.actual) });
      else if (issue.kind === 'documents') ctx.problem('input-document', 'bundleDocuments', at, {}, { actual: describeValue(issue.actual) });
      else if (issue.kind === 'entry') ctx.problem('input-document', 'bundleEntry', at, { index: issue.index });
      else ctx.problem('input-field', 'wrongType', at, { field: 'region' }, { expected: TYPE_NAMES.string, actual: describeValue(issue.actual) });
    }
    if (bundle.region !== undefined) ctx.resources.collectedRegions.push({ region: bundle.region, at: { file, path: ['region'] } });
    return bundle.entries.map((entry) => {
      const kinds: string[] = [];
      if (entry.error !== undefined) {
        ctx.problem('input-partial', 'bundleCommand', { file, path: ['documents', entry.index, 'error'] }, { name: entry.name, command: entry.command ?? entry.name, error: entry.error });
      }
      if (entry.hasOutput) this.readValue(file, entry.output, outputPath(entry), kinds);
      return { name: innerDocumentName(file, entry), kinds };
    });
  }

  /** A bare array: of one kind that only makes sense whole (prefix-list entries), or of resources of any kinds. */
  private readArray(file: string, value: unknown[], base: JsonPath, kinds: string[]): void {
    if (value.length === 0) {
      this.ctx.problem('input-document', 'emptyArray', { file, path: base });
      return;
    }
    const whole = INPUT_KINDS.find((kind) => kind.readCollection && value.every((item) => isObject(item) && singleKind(item) === kind));
    if (whole?.readCollection) {
      noteKind(kinds, whole);
      whole.readCollection(this.ctx, file, value, base, {});
      return;
    }
    value.forEach((item, index) => this.readSingle(file, item, [...base, index], kinds));
  }

  /** The registered document readers; when this build has none, says that the document (of `kind`) was not read. */
  private readersFor(file: string, kind: DocumentKind): DocumentReaders | undefined {
    const readers = documentReaders();
    if (!readers) this.ctx.problem('input-document', 'readerNotLoaded', { file, path: [] }, {}, { kind: kind.label });
    return readers;
  }

  /** YAML text that a whole-document kind marks as its own (a CloudFormation template): read like its JSON form, located over the YAML tree. */
  private readYaml(file: string, text: string, kind: DocumentKind, kinds: string[]): void {
    const readers = this.readersFor(file, kind);
    if (!readers) return;
    const parsed = readers.parseYaml(text, kind.yaml?.shortTags ?? (() => undefined));
    if (!parsed.ok) {
      this.ctx.problem('input-json', 'invalidYaml', { file, path: [], offset: parsed.offset, length: parsed.length }, {}, { problem: parsed.message });
      return;
    }
    this.locators.set(file, parsed.locate);
    const value = parsed.value;
    if (!isObject(value) || !kind.detect(value)) {
      this.ctx.problem('input-document', 'unknown', { file, path: [] }, {}, { actual: describeValue(value), expected: EXPECTED_KEYS });
      return;
    }
    noteKind(kinds, kind);
    readers.read[kind.kind](this.ctx, file, value);
  }

  /** Text that is not JSON: Windows command output pasted from inside a WorkSpace. */
  private readWindows(file: string, text: string, kinds: string[]): void {
    const windows = readWindowsText(file, text);
    if (windows.outputs.length === 0) {
      const messageId = windows.encoding ? 'garbledText' : 'unrecognisedText';
      this.ctx.problem('input-document', messageId, { file, path: [], ...(windows.encoding?.span ?? {}) }, {}, { commands: { en: UNDERSTOOD_COMMANDS.join(', '), ja: UNDERSTOOD_COMMANDS.join('、') } });
      return;
    }
    for (const output of windows.outputs) if (!kinds.includes(output.kind)) kinds.push(output.kind);
    this.resources.windows.push(windows);
  }

  private readSingle(file: string, value: unknown, path: JsonPath, kinds: string[]): void {
    const kind = isObject(value) ? singleKind(value) : undefined;
    if (!kind || !isObject(value)) {
      this.unrecognised(file, value, path);
      return;
    }
    noteKind(kinds, kind);
    kind.read(this.ctx, file, value, path);
  }

  private unrecognised(file: string, value: unknown, path: JsonPath): void {
    if (isObject(value)) {
      const xml = Object.keys(value).find((key) => Object.hasOwn(XML_NAMES, key));
      if (xml) {
        this.ctx.problem('input-document', 'xmlNames', { file, path: [...path, xml] }, { key: xml, cliKey: XML_NAMES[xml] ?? xml });
        return;
      }
    }
    this.ctx.problem('input-document', 'unknown', { file, path }, {}, { actual: describeValue(value), expected: EXPECTED_KEYS });
  }

  private readCollection(file: string, kind: InputKind, items: unknown, path: JsonPath, parent: Json): void {
    if (kind.singleItem) {
      // One object, not a list (describe-vpc-block-public-access-options).
      if (isObject(items)) kind.read(this.ctx, file, items, path);
      else this.ctx.problem('input-field', 'wrongType', { file, path }, { field: kind.collectionKey }, { expected: TYPE_NAMES.object, actual: describeValue(items) });
      return;
    }
    if (!Array.isArray(items)) {
      this.ctx.problem('input-field', 'wrongType', { file, path }, { field: kind.collectionKey }, { expected: TYPE_NAMES.array, actual: describeValue(items) });
      return;
    }
    if (kind.readCollection) {
      kind.readCollection(this.ctx, file, items, path, parent);
      return;
    }
    items.forEach((item, index) => {
      if (!isObject(item)) {
        this.ctx.problem('input-field', 'wrongType', { file, path: [...path, index] }, { field: `${kind.collectionKey}[${index}]` }, { expected: TYPE_NAMES.object, actual: describeValue(item) });
        return;
      }
      kind.read(this.ctx, file, item, [...path, index]);
    });
  }
}

/** Records that a document holds a kind (once, in the order met). */
function noteKind(kinds: string[], kind: InputKind | DocumentKind): void {
  if (!kinds.includes(kind.kind)) kinds.push(kind.kind);
}

/** Reads every document; problems come back as input-rule reports, with how to locate paths in documents that are not JSON. */
export function readDocuments(documents: readonly InputDocument[]): { resources: Resources; problems: InputProblem[]; locators: ReadonlyMap<string, PathLocator> } {
  const reader = new Reader();
  for (const document of documents) reader.read(document);
  return { resources: reader.resources, problems: reader.ctx.problems, locators: reader.locators };
}
