/**
 * What an input kind is: one output the engine reads, declared once. Detection, the editor's JSON
 * schemas, the "printed by" commands, tab names, the input-document messages, the CLI help and the
 * reference table all derive from these declarations (kinds/index.ts lists them).
 *
 * Two shapes of kind: a *collection* kind is an AWS CLI output, a list of items under one
 * top-level key, read item by item (`defineInputKind`); a *document* kind is a whole document read
 * at once, such as a Terraform plan or a CloudFormation template (`defineDocumentKind`).
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
import type { JsonPath, Localized } from '../../types.ts';
import type { Json, ReadContext } from '../read-context.ts';

/** What every kind declares, whatever its shape. */
interface KindCommon<K extends string> {
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

export interface InputKindDefinition<K extends string = string> extends KindCommon<K> {
  /** Top-level key of the whole output (`RouteTables`). */
  collectionKey: string;
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
   * entries form one list). `parent` is the object holding the collection (`{}` for a bare array).
   */
  readCollection?(ctx: ReadContext, file: string, items: readonly unknown[], path: JsonPath, parent: Json): void;
  /**
   * True when a top-level object that `detect` accepts is still read as a whole output first
   * (a single prefix-list entry `{"Cidr": …}` is detected by a field the wrapper shares).
   */
  collectionFirst?: boolean;
}

/** A declared collection kind, with the schema of its whole output derived from the item shape. */
export interface CollectionKind<K extends string = string> extends InputKindDefinition<K> {
  /** The whole output: `{ [collectionKey]: item[], NextToken? , ...outputFields }`. */
  outputShape: ZodType;
}

/** Declares a collection kind (type-checked literal, derived output shape). */
export function defineInputKind<const K extends string>(definition: InputKindDefinition<K>): CollectionKind<K> {
  const outputShape = z.looseObject({
    ...(definition.outputFields ?? {}),
    [definition.collectionKey]: z.array(definition.itemShape),
    NextToken: z.string().optional(),
  });
  return { ...definition, outputShape };
}

/**
 * A kind read as one whole document (a Terraform plan, a CloudFormation template): `detect`
 * judges the top-level object and `readDocument` reads all of it into the model.
 */
export interface DocumentKindDefinition<K extends string = string> extends KindCommon<K> {
  /** The top-level keys that mark such a document, as the reference table and the unrecognised-document message name them. */
  documentKeys: readonly string[];
  /** The document's top level for the editor's schema diagnostics (loose: the reader checks the rest, with a finding at each path). */
  documentShape: ZodType;
  /** A small but complete document of this kind: tests read it and check that no other kind claims it. */
  example: Json;
  /** True when `value`, the top-level object of a document, is one of this kind. */
  detect(value: Json): boolean;
  /** Reads the whole document into the model; never throws. */
  readDocument(ctx: ReadContext, file: string, value: Json): void;
}

/** A declared document kind. */
export type DocumentKind<K extends string = string> = DocumentKindDefinition<K>;

/** Declares a document kind (identity: keeps the literal type-checked). */
export function defineDocumentKind<const K extends string>(definition: DocumentKindDefinition<K>): DocumentKind<K> {
  return definition;
}

/** Any declared kind. */
export type InputKind<K extends string = string> = CollectionKind<K> | DocumentKind<K>;

/** True for a kind read as a whole document. */
export function isDocumentKind(kind: InputKind): kind is DocumentKind {
  return 'readDocument' in kind;
}

/** True for a kind read as a collection of items (an AWS CLI output). */
export function isCollectionKind(kind: InputKind): kind is CollectionKind {
  return !isDocumentKind(kind);
}
