/**
 * What an input kind is: one AWS CLI output (or whole document, such as a CloudFormation template)
 * the engine reads, declared once. Detection, the editor's JSON schemas, the "printed by"
 * commands, tab names, the input-document messages, the CLI help and the reference table all
 * derive from these declarations (kinds/index.ts lists them).
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
import type { JsonPath, Localized } from '../../types.ts';
import type { Json, ReadContext } from '../read-context.ts';

/** What every kind declares, however its documents are read. */
interface KindBase<K extends string> {
  /** Name in reports (`analysed.documents[].kinds`) and in the editor's schema table; never renamed once published. */
  kind: K;
  /** The exact command that prints it, with the filters users need; `<vpc-id>`-style placeholders are the reader's to fill. */
  command: string;
  /** The name a workbench tab gets when it holds this kind (`route-tables.json`). */
  fileName: string;
  /** What one document of this kind is called in prose: "describe-route-tables output". */
  label: Localized;
  /** Site page (relative to the site root, without language prefix) that tells what to run and what is checked. */
  page: string;
  /** What a reader must know to paste it, shown in the reference table (e.g. that a list id must be added). */
  note?: Localized;
}

export interface InputKindDefinition<K extends string = string> extends KindBase<K> {
  /** Top-level key of the whole output (`RouteTables`). */
  collectionKey: string;
  /**
   * True when the whole output holds one item under `collectionKey`, not a list: the account's
   * Block Public Access options are one object per Region (`{"VpcBlockPublicAccessOptions": {…}}`).
   */
  singleItem?: boolean;
  /** Key under which a `create-*` command prints one item (`{"NetworkAcl": {...}}`), when there is such a command. */
  singularKey?: string;
  /** One item of the collection, as the CLI prints it. Loose objects: AWS adds fields. */
  itemShape: ZodType;
  /** A typical item exactly as the CLI prints it: tests read it in every form (whole output, single object, bare array, create-* wrapper). */
  example: Json;
  /** Extra top-level fields of the whole output besides the collection (`NextToken` is always allowed). */
  outputFields?: Record<string, ZodType>;
  /** True when `value`, a single object, is one item of this kind: judged by its whole shape, not one key. */
  detect(value: Json): boolean;
  /** Reads one item at `path` into the model. */
  read(ctx: ReadContext, file: string, item: Json, path: JsonPath): void;
  /**
   * Reads a whole collection at once, when its items only make sense together (prefix-list
   * entries form one list). `parent` is the object holding the collection (`{}` for a bare array);
   * `path` is the collection's own path, so the parent's fields sit at `path` without its last key.
   */
  readCollection?(ctx: ReadContext, file: string, items: readonly unknown[], path: JsonPath, parent: Json): void;
  /**
   * True when a top-level object that `detect` accepts is still read as a whole output first
   * (a single prefix-list entry `{"Cidr": …}` is detected by a field the wrapper shares).
   */
  collectionFirst?: boolean;
}

/** A declared kind, with the schema of its whole output derived from the item shape. */
export interface InputKind<K extends string = string> extends InputKindDefinition<K> {
  /** The whole output: `{ [collectionKey]: item[] (or one item), NextToken? , ...outputFields }`. */
  outputShape: ZodType;
}

/**
 * A kind whose documents are read whole (a CloudFormation template, a Terraform plan): its
 * top-level object is recognised by `detect` and handed to the kind's reader as one piece, never
 * split into items. Listed in `DOCUMENT_KINDS` (kinds/index.ts), after the AWS CLI outputs. This
 * declaration is light; the reader (and the YAML parser) is registered apart
 * (input/document-readers.ts), so the browser loads it only for a document that needs it.
 */
export interface DocumentKindDefinition<K extends string = string> extends KindBase<K> {
  /**
   * Top-level keys that mark it, named in the reference table and in the message about an
   * unrecognised document. `detect` accepts no object without one of them: `needsDocumentReaders`
   * relies on it to tell, from the text alone, that a document may be of this kind.
   */
  markerKeys: readonly string[];
  /** The whole document's shape, for the editor's diagnostics. Loose: only what marks the kind is typed. */
  documentShape: ZodType;
  /** A small document of this kind, as it is written: tests read it, and no other kind may claim it. */
  example: Json;
  /**
   * When documents of this kind may be YAML: the top-level keys that mark YAML text as one (a line
   * that starts with `Resources:`), and what the local tags stand for (`!Ref x` is `{"Ref": "x"}`).
   * YAML is tried only on text that is not JSON, before the Windows reader.
   */
  yaml?: { markerKeys: readonly string[]; shortTags: (tag: string) => string | undefined };
  /** True when `value`, a document's top-level object, is of this kind. */
  detect(value: Json): boolean;
}

/** Declares a whole-document kind (type-checked literal). */
export function defineDocumentKind<const K extends string>(definition: DocumentKindDefinition<K>): DocumentKindDefinition<K> {
  return definition;
}

/** The whole output of a kind holding `items`, as the CLI prints it (for tests and examples). */
export function wholeOutput(kind: Pick<InputKindDefinition, 'collectionKey' | 'singleItem'>, items: readonly unknown[]): Json {
  return { [kind.collectionKey]: kind.singleItem ? items[0] : [...items] };
}

/** Declares an input kind (type-checked literal, derived output shape). */
export function defineInputKind<const K extends string>(definition: InputKindDefinition<K>): InputKind<K> {
  const outputShape = z.looseObject({
    ...(definition.outputFields ?? {}),
    [definition.collectionKey]: definition.singleItem ? definition.itemShape : z.array(definition.itemShape),
    NextToken: z.string().optional(),
  });
  return { ...definition, outputShape };
}
