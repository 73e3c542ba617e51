/**
 * Label tables of the command outputs in the two display languages, and the grammar each
 * output parser offers the section splitter. Labels come from docs/shared windows-outputs.md
 * (what real captures print); a label that was never seen in a capture is not guessed here.
 */
import type { DisplayLanguage, Field, WindowsKind, WindowsOutput } from './model.ts';
import { labelKey, type Line, type Span } from './text.ts';

export type LabelLanguage = 'en' | 'ja';

/** Labels by meaning, in each language (matched without case, spaces or dot leaders). */
export class LabelTable<Id extends string> {
  private readonly byKey = new Map<string, { id: Id; language: LabelLanguage }>();

  constructor(entries: Record<Id, { en?: readonly string[]; ja?: readonly string[] }>) {
    for (const [id, labels] of Object.entries(entries) as [Id, { en?: readonly string[]; ja?: readonly string[] }][]) {
      for (const label of labels.en ?? []) this.byKey.set(labelKey(label), { id, language: 'en' });
      for (const label of labels.ja ?? []) this.byKey.set(labelKey(label), { id, language: 'ja' });
    }
  }

  /** The meaning of a label key (see `labelKey`). */
  find(key: string): { id: Id; language: LabelLanguage } | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }
}

/** Counts which language the recognised labels were in. */
export class LanguageTally {
  private en = 0;
  private ja = 0;
  understood = 0;

  /** One understood line, in a language when its label told. */
  note(language?: LabelLanguage): void {
    this.understood++;
    if (language === 'en') this.en++;
    if (language === 'ja') this.ja++;
  }

  language(): DisplayLanguage {
    if (this.ja > 0 && this.ja >= this.en) return 'ja';
    if (this.en > 0) return 'en';
    return 'unknown';
  }
}

/** One section of a paste handed to a parser. */
export interface SectionInput {
  file: string;
  lines: readonly Line[];
  span: Span;
  command?: Field<string>;
  /** Non-blank lines, the prompt line not counted. */
  lineCount: number;
}

/** The fields every output takes from its section. */
export function sectionBase(input: SectionInput): { file: string; span: Span; lineCount: number; command?: Field<string> } {
  return { file: input.file, span: input.span, lineCount: input.lineCount, ...(input.command ? { command: input.command } : {}) };
}

/** How the section splitter recognises an output, and how it is read. */
export interface Grammar {
  kind: WindowsKind;
  /** A heading that always begins a new output of this kind (`Windows IP Configuration`). */
  opens(line: Line, following: readonly Line[]): boolean;
  /** A line only this output prints: it begins the output when the current section is not a command's. */
  marks(line: Line, following: readonly Line[]): boolean;
  /** A line this output prints, so it stays in the current section. */
  owns(line: Line): boolean;
  parse(input: SectionInput): WindowsOutput;
}

/** The next `count` lines that are not blank. */
export function nextFilled(following: readonly Line[], count: number): Line[] {
  const out: Line[] = [];
  for (const line of following) {
    if (line.text.trim() === '') continue;
    out.push(line);
    if (out.length === count) break;
  }
  return out;
}
