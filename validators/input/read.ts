/**
 * Reads pasted documents into the resource model. Every problem becomes a report for one of
 * the `input-*` rules, at the path of the offending value; nothing here throws on input.
 * A resource with a part that could not be read is kept but marked `incomplete`, so the
 * analysis never claims more than it saw.
 *
 * This file knows documents (JSON or Windows text, whole outputs, single objects, bare arrays);
 * what each AWS output holds and how it is read is declared once per kind in `kinds/`.
 */
import { describeValue } from '../net/address.ts';
import type { Resources } from '../model.ts';
import type { InputDocument, JsonPath } from '../types.ts';
import { looksLikeUtf16 } from './encoding.ts';
import { parseJson } from './json-text.ts';
import { INPUT_KINDS, type InputKind } from './kinds/index.ts';
import { has, isObject, ReadContext, TYPE_NAMES, type InputProblem, type Json } from './read-context.ts';
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

/** The top-level keys of every output the engine reads, for the message about a document that has none. */
const EXPECTED_KEYS = { en: INPUT_KINDS.map((kind) => kind.collectionKey).join(', '), ja: INPUT_KINDS.map((kind) => kind.collectionKey).join('、') };

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

  get resources(): Resources {
    return this.ctx.resources;
  }

  read(document: InputDocument): void {
    const file = document.name;
    const kinds: string[] = [];
    const ctx = this.ctx;
    ctx.resources.documents.push({ name: file, kinds });
    if (typeof document.text !== 'string' || document.text.trim() === '') {
      ctx.problem('input-json', 'empty', { file, path: [] });
      return;
    }
    if (looksLikeUtf16(document.text)) {
      ctx.problem('input-document', 'utf16', { file, path: [] });
      return;
    }
    if (!looksLikeJson(document.text)) {
      this.readWindows(file, document.text, kinds);
      return;
    }
    const parsed = parseJson(document.text);
    if (!parsed.ok) {
      ctx.problem('input-json', 'invalid', { file, path: [], offset: parsed.offset, length: parsed.length }, {}, { problem: parsed.message });
      return;
    }
    const value = parsed.value;
    if (Array.isArray(value)) {
      this.readArray(file, value, kinds);
      return;
    }
    if (!isObject(value)) {
      ctx.problem('input-document', 'notObject', { file, path: [] }, {}, { actual: describeValue(value) });
      return;
    }
    const single = singleKind(value);
    if (single && !single.collectionFirst) {
      this.readSingle(file, value, [], kinds);
      return;
    }
    const wrapped = singularWrapper(value);
    if (wrapped) {
      this.readSingle(file, wrapped.item, [wrapped.key], kinds);
      return;
    }
    const found = INPUT_KINDS.filter((kind) => has(value, kind.collectionKey));
    if (found.length > 0) {
      for (const kind of found) {
        noteKind(kinds, kind);
        this.readCollection(file, kind, value[kind.collectionKey], [kind.collectionKey], value);
      }
      return;
    }
    this.readSingle(file, value, [], kinds);
  }

  /** A bare array: of one kind that only makes sense whole (prefix-list entries), or of resources of any kinds. */
  private readArray(file: string, value: unknown[], kinds: string[]): void {
    if (value.length === 0) {
      this.ctx.problem('input-document', 'emptyArray', { file, path: [] });
      return;
    }
    const whole = INPUT_KINDS.find((kind) => kind.readCollection && value.every((item) => isObject(item) && singleKind(item) === kind));
    if (whole?.readCollection) {
      noteKind(kinds, whole);
      whole.readCollection(this.ctx, file, value, [], {});
      return;
    }
    value.forEach((item, index) => this.readSingle(file, item, [index], kinds));
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
      if ('Resources' in value || 'AWSTemplateFormatVersion' in value) {
        this.ctx.problem('input-document', 'template', { file, path });
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
function noteKind(kinds: string[], kind: InputKind): void {
  if (!kinds.includes(kind.kind)) kinds.push(kind.kind);
}

/** Reads every document; problems come back as input-rule reports. */
export function readDocuments(documents: readonly InputDocument[]): { resources: Resources; problems: InputProblem[] } {
  const reader = new Reader();
  for (const document of documents) reader.read(document);
  return { resources: reader.resources, problems: reader.ctx.problems };
}
