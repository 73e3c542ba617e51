/**
 * What an input kind is: one AWS CLI output the engine reads, declared once. Detection, the
 * editor's JSON schemas, the "printed by" commands, tab names, the input-document messages, the
 * CLI help and the reference table all derive from these declarations (kinds/index.ts lists them).
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
import type { JsonPath, Localized } from '../../types.ts';
import type { Json, ReadContext } from '../read-context.ts';

export interface InputKindDefinition<K extends string = string> {
  /** Name in reports (`analysed.documents[].kinds`) and in the editor's schema table; never renamed once published. */
  kind: K;
  /** The exact AWS CLI command that prints it, with the filters users need; `<vpc-id>`-style placeholders are the reader's to fill. */
  command: string;
  /** Top-level key of the whole output (`RouteTables`). */
  collectionKey: string;
  /**
   * True when the whole output holds one item under `collectionKey`, not a list: the account's
   * Block Public Access options are one object per Region (`{"VpcBlockPublicAccessOptions": {…}}`).
   */
  singleItem?: boolean;
  /** Key under which a `create-*` command prints one item (`{"NetworkAcl": {...}}`), when there is such a command. */
  singularKey?: string;
  /** The name a workbench tab gets when it holds this kind (`route-tables.json`). */
  fileName: string;
  /** What one document of this kind is called in prose: "describe-route-tables output". */
  label: Localized;
  /** Site page (relative to the site root, without language prefix) that tells what to run and what is checked. */
  page: string;
  /** What a reader must know to paste it, shown in the reference table (e.g. that a list id must be added). */
  note?: Localized;
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

/** A declared kind, with the schema of its whole output derived from the item shape. */
export interface InputKind<K extends string = string> extends InputKindDefinition<K> {
  /** The whole output: `{ [collectionKey]: item[] (or one item), NextToken? , ...outputFields }`. */
  outputShape: ZodType;
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
