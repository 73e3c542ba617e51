/**
 * The Monaco editor, loaded by `import()` only on pages that show a workbench. One editor, one
 * model per document; JSON models get schema diagnostics from the zod shapes (no schema is ever
 * fetched), the engine's findings become markers with the rule title and a link to its page, and
 * a severity icon in the glyph margin. Text that does not start with `{` or `[` (Windows command
 * output) is shown as plain text and still validated.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import type { Severity } from '../../validators/index.ts';
import { SEVERITY_ORDER } from '../../validators/types.ts';
import type { EditorEvents, EditorFinding, EditorSurface } from './editor-surface.ts';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/**
 * Above this size a document is edited as plain text without folding or bracket matching: schema
 * checks, tokens and indentation folding over hundreds of thousands of lines run on the main
 * thread and cost more than they help (measured: 70–100 ms tasks on a 6.6 MB paste).
 */
export const LARGE_DOCUMENT = 3_000_000;

const MARKER_OWNER = 'closed-workspaces';
const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};
const GLYPH: Record<Severity, string> = { error: 'codicon-error', warning: 'codicon-warning', info: 'codicon-info' };

export interface MonacoSurfaceOptions {
  host: HTMLElement;
  events: EditorEvents;
  /** Accessible name of the editor showing a document. */
  labelFor(name: string): string;
  /** Shown in an empty document. */
  placeholder: string;
  /** Severity names for the glyph hover. */
  severityLabel: Record<Severity, string>;
  /** JSON Schema of each document kind the engine detects (`RouteTables`, …). */
  schemas: Record<string, unknown>;
}

interface MonacoDocument {
  name: string;
  /** Fixed per document: the schema mapping follows it across renames. */
  slot: number;
  model: monaco.editor.ITextModel;
  listener: monaco.IDisposable;
  viewState: monaco.editor.ICodeEditorViewState | null;
  glyphs: string[];
  kinds: readonly string[];
}

/** `json` when the text starts like JSON, else `plaintext` (Windows command output). */
function languageOf(model: monaco.editor.ITextModel): 'json' | 'plaintext' {
  if (model.getValueLength() > LARGE_DOCUMENT) return 'plaintext';
  const lines = Math.min(model.getLineCount(), 200);
  for (let line = 1; line <= lines; line++) {
    const first = model.getLineContent(line).trimStart()[0];
    if (first !== undefined) return first === '{' || first === '[' ? 'json' : 'plaintext';
  }
  return 'json';
}

function themeOf(root: HTMLElement): string {
  return root.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}

/**
 * The folder of a model's URI, which the schema patterns select it by. Monaco's JSON service turns
 * the pattern `doc-1/**` into a regular expression that also matches `doc-10/…`, so the slot is
 * closed with a dash: `doc-1-` is no prefix of `doc-10-`. (Slot 1's schema once checked the
 * transit gateway documents in slots 10 to 12.)
 */
function slotFolder(slot: number): string {
  return `doc-${slot}-`;
}

export class MonacoSurface implements EditorSurface {
  readonly kind = 'monaco' as const;
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly documents = new Map<string, MonacoDocument>();
  private readonly options: MonacoSurfaceOptions;
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly themeObserver: MutationObserver;
  private shown: string | undefined;
  private shownLarge = false;
  private nextModel = 1;
  private schemaKey = '';
  /** The line a finding click last highlighted, cleared after a moment. */
  private revealed: monaco.editor.IEditorDecorationsCollection | undefined;
  private revealTimer = 0;

  constructor(options: MonacoSurfaceOptions) {
    this.options = options;
    const root = document.documentElement;
    this.editor = monaco.editor.create(options.host, {
      model: null,
      theme: themeOf(root),
      automaticLayout: true,
      minimap: { enabled: false },
      glyphMargin: true,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      // Keyboard users must be able to leave the editor with Tab (Ctrl+M switches Tab back to indenting).
      tabFocusMode: true,
      fontSize: 13,
      links: false,
      stickyScroll: { enabled: false },
      placeholder: options.placeholder,
      unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true, nonBasicASCII: false },
    });
    this.themeObserver = new MutationObserver(() => monaco.editor.setTheme(themeOf(root)));
    this.themeObserver.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    this.disposables.push(this.editor.onDidChangeCursorPosition((event) => options.events.onCursor(event.position.lineNumber, event.position.column)));
    this.applySchemas();
  }

  add(id: string, name: string, text: string): void {
    const slot = this.nextModel++;
    const model = this.createModel(slot, name, text);
    this.documents.set(id, { name, slot, model, listener: this.watch(id, model), viewState: null, glyphs: [], kinds: [] });
  }

  /** A model whose file name is the document's name, so Monaco's own widgets (problems, hovers) show it. */
  private createModel(slot: number, name: string, text: string): monaco.editor.ITextModel {
    const model = monaco.editor.createModel(text, 'json', monaco.Uri.from({ scheme: 'inmemory', authority: 'closed-workspaces', path: `/${slotFolder(slot)}/${name}` }));
    monaco.editor.setModelLanguage(model, languageOf(model));
    return model;
  }

  private watch(id: string, model: monaco.editor.ITextModel): monaco.IDisposable {
    return model.onDidChangeContent(() => {
      const language = languageOf(model);
      if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
      if (this.shown === id) this.fitOptions(model);
      this.options.events.onEdit(id);
    });
  }

  remove(id: string): void {
    const entry = this.documents.get(id);
    if (!entry) return;
    if (this.shown === id) {
      this.editor.setModel(null);
      this.shown = undefined;
    }
    entry.listener.dispose();
    entry.model.dispose();
    this.documents.delete(id);
    this.applySchemas();
  }

  show(id: string): void {
    const entry = this.documents.get(id);
    if (!entry || this.shown === id) return;
    const previous = this.shown === undefined ? undefined : this.documents.get(this.shown);
    if (previous) previous.viewState = this.editor.saveViewState();
    this.shown = id;
    this.fitOptions(entry.model);
    this.editor.setModel(entry.model);
    if (entry.viewState) this.editor.restoreViewState(entry.viewState);
    this.editor.updateOptions({ ariaLabel: this.options.labelFor(entry.name) });
  }

  /** A model's URI cannot change: a renamed document gets a new model with the same text (its undo history starts afresh). */
  rename(id: string, name: string): void {
    const entry = this.documents.get(id);
    if (!entry || entry.name === name) return;
    const shown = this.shown === id;
    const viewState = shown ? this.editor.saveViewState() : entry.viewState;
    const model = this.createModel(entry.slot, name, entry.model.getValue());
    entry.listener.dispose();
    const old = entry.model;
    Object.assign(entry, { name, model, listener: this.watch(id, model), viewState, glyphs: [] });
    if (shown) {
      this.editor.setModel(model);
      if (viewState) this.editor.restoreViewState(viewState);
      this.editor.updateOptions({ ariaLabel: this.options.labelFor(name) });
    }
    old.dispose();
  }

  text(id: string): string {
    return this.documents.get(id)?.model.getValue() ?? '';
  }

  chunks(id: string): string[] {
    const model = this.documents.get(id)?.model;
    if (!model) return [];
    const snapshot = model.createSnapshot();
    const chunks: string[] = [];
    for (let chunk = snapshot.read(); chunk !== null; chunk = snapshot.read()) chunks.push(chunk);
    return chunks;
  }

  length(id: string): number {
    return this.documents.get(id)?.model.getValueLength() ?? 0;
  }

  version(id: string): number {
    return this.documents.get(id)?.model.getAlternativeVersionId() ?? 0;
  }

  replace(id: string, text: string): void {
    const entry = this.documents.get(id);
    if (!entry) return;
    // An edit, not setValue: the reader can undo a loaded file or example with Ctrl+Z.
    entry.model.pushEditOperations([], [{ range: entry.model.getFullModelRange(), text }], () => null);
  }

  setFindings(id: string, findings: EditorFinding[]): void {
    const entry = this.documents.get(id);
    if (!entry) return;
    monaco.editor.setModelMarkers(
      entry.model,
      MARKER_OWNER,
      findings.map((finding) => ({
        severity: SEVERITY[finding.severity],
        message: finding.message,
        startLineNumber: finding.line,
        startColumn: finding.column,
        endLineNumber: finding.endLine,
        endColumn: finding.endColumn,
        source: finding.ruleTitle,
        code: { value: finding.ruleId, target: monaco.Uri.parse(finding.ruleUrl) },
      })),
    );
    // One icon per line, the most severe finding's.
    const worst = new Map<number, EditorFinding>();
    for (const finding of findings) {
      const current = worst.get(finding.line);
      if (!current || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[current.severity]) worst.set(finding.line, finding);
    }
    entry.glyphs = entry.model.deltaDecorations(
      entry.glyphs,
      [...worst.values()].map((finding) => ({
        range: new monaco.Range(finding.line, 1, finding.line, 1),
        options: {
          glyphMarginClassName: `codicon ${GLYPH[finding.severity]} workbench-glyph workbench-glyph-${finding.severity}`,
          glyphMarginHoverMessage: { value: `${this.options.severityLabel[finding.severity]}: ${finding.ruleTitle} (${finding.ruleId})` },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      })),
    );
  }

  setKinds(id: string, kinds: readonly string[]): void {
    const entry = this.documents.get(id);
    if (!entry) return;
    entry.kinds = kinds;
    this.applySchemas();
  }

  reveal(id: string, line: number, column: number, endLine = line, endColumn = column): void {
    this.show(id);
    // Selection from the end back to the start: the cursor lands on the finding's first line.
    const selection = new monaco.Selection(endLine, endColumn, line, column);
    this.editor.setSelection(selection);
    this.editor.revealLineInCenter(line, monaco.editor.ScrollType.Immediate);
    this.revealed?.clear();
    clearTimeout(this.revealTimer);
    this.revealed = this.editor.createDecorationsCollection([{ range: new monaco.Range(line, 1, Math.max(line, endLine), 1), options: { isWholeLine: true, className: 'wb-revealed-line' } }]);
    this.revealTimer = window.setTimeout(() => this.revealed?.clear(), 2500);
    // The editor itself may sit below the fold of the page.
    this.options.host.scrollIntoView({ block: 'nearest' });
    this.editor.focus();
  }

  focus(): void {
    this.editor.focus();
  }

  hasFocus(): boolean {
    return this.editor.hasTextFocus();
  }

  cursor(): { line: number; column: number } {
    const position = this.editor.getPosition();
    return { line: position?.lineNumber ?? 1, column: position?.column ?? 1 };
  }

  dispose(): void {
    this.themeObserver.disconnect();
    for (const disposable of this.disposables) disposable.dispose();
    for (const entry of this.documents.values()) {
      entry.listener.dispose();
      entry.model.dispose();
    }
    this.documents.clear();
    this.editor.dispose();
  }

  /** Switches the features that scan the whole document off for a large one, and back on. */
  private fitOptions(model: monaco.editor.ITextModel): void {
    const large = model.getValueLength() > LARGE_DOCUMENT;
    if (large === this.shownLarge) return;
    this.shownLarge = large;
    this.editor.updateOptions({ folding: !large, matchBrackets: large ? 'never' : 'always', occurrencesHighlight: large ? 'off' : 'singleFile' });
  }

  /** Each model gets the schema of the kind the engine detected in it; no other schema, none fetched. */
  private applySchemas(): void {
    const byKind = new Map<string, string[]>();
    for (const entry of this.documents.values()) {
      if (entry.kinds.length !== 1) continue;
      const kind = entry.kinds[0] as string;
      if (!(kind in this.options.schemas)) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), `${slotFolder(entry.slot)}/**`]);
    }
    const schemas = [...byKind].map(([kind, files]) => ({
      uri: `inmemory://closed-workspaces/schemas/${kind}.json`,
      fileMatch: files,
      schema: this.options.schemas[kind] as never,
    }));
    const key = JSON.stringify(schemas.map((schema) => [schema.uri, schema.fileMatch]));
    if (key === this.schemaKey) return;
    this.schemaKey = key;
    jsonDefaults.setDiagnosticsOptions({
      validate: true,
      allowComments: false,
      trailingCommas: 'error',
      enableSchemaRequest: false,
      schemaValidation: 'warning',
      schemas,
    });
  }
}
