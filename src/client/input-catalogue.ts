/**
 * What the page knows of each AWS input kind: the command that prints it and the name a tab
 * holding it gets. Rendered into the page at build time from the engine's input-kind registry
 * (validators/input/kinds/), so the page carries no zod and no second list of kinds.
 */

/** One kind, as the page needs it. */
export interface KindEntry {
  /** Name in reports (`RouteTables`). */
  kind: string;
  /** The AWS CLI command that prints it. */
  command: string;
  /** Tab name for a document holding only this kind (`route-tables.json`). */
  fileName: string;
}

/** The kinds, in the registry's order, with lookups by name. */
export class InputCatalogue {
  readonly entries: readonly KindEntry[];
  private readonly byKind: ReadonlyMap<string, KindEntry>;

  constructor(entries: readonly KindEntry[]) {
    this.entries = entries;
    this.byKind = new Map(entries.map((entry) => [entry.kind, entry]));
  }

  /** The command for a detected kind, if it is one the engine reads. */
  commandFor(kind: string): string | undefined {
    return this.byKind.get(kind)?.command;
  }

  /** The tab name for a detected kind, if it is one the engine reads. */
  fileNameFor(kind: string): string | undefined {
    return this.byKind.get(kind)?.fileName;
  }
}
