/**
 * Where the documents are edited. The workbench starts on a plain <textarea> (it works before
 * Monaco has loaded, and if it never does) and hands the documents to Monaco once its chunk is in.
 * Both implement one interface, so the rest of the workbench never asks which one it has.
 */
import type { Severity } from '../../validators/index.ts';

/** A finding as an editor shows it: a range, a severity, and the rule it came from. */
export interface EditorFinding {
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  ruleTitle: string;
  /** Absolute URL of the rule page. */
  ruleUrl: string;
}

export interface EditorEvents {
  /** The text of a document changed (typing, paste, undo). */
  onEdit(id: string): void;
  /** The cursor moved in the shown document (1-based line and UTF-16 column). */
  onCursor(line: number, column: number): void;
}

export interface EditorSurface {
  readonly kind: 'plain' | 'monaco';
  add(id: string, name: string, text: string): void;
  remove(id: string): void;
  /** Shows this document for editing. */
  show(id: string): void;
  rename(id: string, name: string): void;
  text(id: string): string;
  /** The text as pieces that concatenate to it: the worker joins them, so a large document is never copied into one string on the main thread. */
  chunks(id: string): string[];
  /** Length of the text in UTF-16 code units, without copying it. */
  length(id: string): number;
  /** Changes on every edit of the document. */
  version(id: string): number;
  replace(id: string, text: string): void;
  /** The findings of one document, drawn as markers where the editor can. */
  setFindings(id: string, findings: EditorFinding[]): void;
  /** What the engine detected the document to be (e.g. `RouteTables`), for schema diagnostics. */
  setKinds(id: string, kinds: readonly string[]): void;
  /** Selects the range, scrolls it into view and focuses the editor. */
  reveal(id: string, line: number, column: number, endLine?: number, endColumn?: number): void;
  focus(): void;
  hasFocus(): boolean;
  cursor(): { line: number; column: number };
  dispose(): void;
}

/** 0-based offset of a 1-based line and column in the text (columns in UTF-16 code units). */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + Math.max(column - 1, 0), end);
}

/** 1-based line and column of a 0-based offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let next = text.indexOf('\n'); next >= 0 && next < offset; next = text.indexOf('\n', next + 1)) {
    line++;
    start = next + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Above this size the plain editor stops tracking the cursor: each lookup copies the whole text. */
const CURSOR_TRACKING_LIMIT = 2_000_000;

interface PlainDocument {
  name: string;
  text: string;
  version: number;
}

/** The <textarea> editor: one textarea, the shown document's text swapped in and out. */
export class PlainSurface implements EditorSurface {
  readonly kind = 'plain' as const;
  private readonly documents = new Map<string, PlainDocument>();
  private shown: string | undefined;
  /** The textarea holds edits not yet copied into `documents`. */
  private dirty = false;
  private cursorFrame = 0;
  private readonly textarea: HTMLTextAreaElement;
  private readonly events: EditorEvents;
  private readonly labelFor: (name: string) => string;
  private readonly listeners: [string, EventListener][] = [];

  constructor(textarea: HTMLTextAreaElement, events: EditorEvents, labelFor: (name: string) => string) {
    this.textarea = textarea;
    this.events = events;
    this.labelFor = labelFor;
    const listen = (type: string, listener: EventListener) => {
      textarea.addEventListener(type, listener);
      this.listeners.push([type, listener]);
    };
    listen('input', () => {
      if (this.shown === undefined) return;
      const document = this.documents.get(this.shown);
      if (!document) return;
      this.dirty = true;
      document.version++;
      this.events.onEdit(this.shown);
      this.scheduleCursor();
    });
    for (const type of ['keyup', 'click', 'select', 'focus']) listen(type, () => this.scheduleCursor());
  }

  add(id: string, name: string, text: string): void {
    this.documents.set(id, { name, text, version: 1 });
  }

  remove(id: string): void {
    if (this.shown === id) {
      this.shown = undefined;
      this.dirty = false;
    }
    this.documents.delete(id);
  }

  show(id: string): void {
    const document = this.documents.get(id);
    if (!document || this.shown === id) return;
    this.flush();
    this.shown = id;
    this.textarea.value = document.text;
    this.textarea.setAttribute('aria-label', this.labelFor(document.name));
    this.textarea.scrollTop = 0;
  }

  rename(id: string, name: string): void {
    const document = this.documents.get(id);
    if (!document) return;
    document.name = name;
    if (this.shown === id) this.textarea.setAttribute('aria-label', this.labelFor(name));
  }

  text(id: string): string {
    if (id === this.shown) this.flush();
    return this.documents.get(id)?.text ?? '';
  }

  chunks(id: string): string[] {
    return [this.text(id)];
  }

  length(id: string): number {
    if (id === this.shown && this.dirty) return this.textarea.textLength;
    return this.documents.get(id)?.text.length ?? 0;
  }

  version(id: string): number {
    return this.documents.get(id)?.version ?? 0;
  }

  replace(id: string, text: string): void {
    const document = this.documents.get(id);
    if (!document) return;
    document.text = text;
    document.version++;
    if (this.shown === id) {
      this.textarea.value = text;
      this.dirty = false;
    }
    this.events.onEdit(id);
  }

  setFindings(): void {
    // The findings list beside the editor is the plain editor's only display of findings.
  }

  setKinds(): void {
    // No schema diagnostics without Monaco; the engine's input-* findings still apply.
  }

  reveal(id: string, line: number, column: number, endLine = line, endColumn = column + 1): void {
    this.show(id);
    const text = this.text(id);
    const start = offsetAt(text, line, column);
    const end = Math.max(start, offsetAt(text, endLine, endColumn));
    this.textarea.focus();
    // Backward: the caret sits on the finding's first line, where the status shows it.
    this.textarea.setSelectionRange(start, end, 'backward');
    // Browsers do not scroll a textarea to a selection set by script; put the line a third of the way down.
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    this.textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - this.textarea.clientHeight / 3);
    this.events.onCursor(line, column);
  }

  focus(): void {
    this.textarea.focus();
  }

  hasFocus(): boolean {
    return document.activeElement === this.textarea;
  }

  cursor(): { line: number; column: number } {
    if (this.shown === undefined || this.length(this.shown) > CURSOR_TRACKING_LIMIT) return { line: 1, column: 1 };
    return positionAt(this.textarea.value, this.textarea.selectionStart);
  }

  dispose(): void {
    cancelAnimationFrame(this.cursorFrame);
    for (const [type, listener] of this.listeners) this.textarea.removeEventListener(type, listener);
  }

  private flush(): void {
    if (!this.dirty || this.shown === undefined) return;
    const document = this.documents.get(this.shown);
    if (document) document.text = this.textarea.value;
    this.dirty = false;
  }

  private scheduleCursor(): void {
    cancelAnimationFrame(this.cursorFrame);
    this.cursorFrame = requestAnimationFrame(() => {
      if (this.shown === undefined || this.length(this.shown) > CURSOR_TRACKING_LIMIT) return;
      const { line, column } = this.cursor();
      this.events.onCursor(line, column);
    });
  }
}
