/**
 * The validator workbench in the page: documents in tabs, a context form, a verdict and the
 * findings, validated in a worker on every edit. It starts on the plain <textarea> the page was
 * rendered with and moves to Monaco once that chunk has loaded (eagerly on /validate/, when the
 * workbench comes near the viewport elsewhere). Nothing the reader pastes leaves the browser.
 */
import type { Acceptance, Context, Finding, Lang, Report } from '../../validators/index.ts';
import { bundleTabs, headOf, mayBeBundle } from './bundle-tabs.ts';
import { ContextForm } from './context-form.ts';
import { isPlaceholderName, nameForKinds } from './document-names.ts';
import { InputCatalogue, type KindEntry } from './input-catalogue.ts';
import { PlainSurface, type EditorEvents, type EditorFinding, type EditorSurface } from './editor-surface.ts';
import type { Replacement } from './redact.ts';
import { icon, ResultsView, type RevealTarget } from './results-view.ts';
import { fetchSampleDocuments, fetchSampleIndex, type LoadedDocument, type Sample } from './samples.ts';
import { ShareClient } from './share-client.ts';
import { fragmentPayload, loadSession, MAX_URL_LENGTH, saveSession, type ShareError, type WorkbenchState } from './share-state.ts';
import type { ResultMessage } from './validation-protocol.ts';
import type { AuditRequest, AuditResult } from './audit-job.ts';
import { ValidationRunner } from './validation-runner.ts';
import { format } from './format.ts';
import { formatSize, type WorkbenchKey, type WorkbenchStrings } from './workbench-strings.ts';

/** What the component renders into the page for the script. */
interface InitialData {
  documents: LoadedDocument[];
  context: Context;
  /** Rule id → title in the page language (marker hovers). */
  ruleTitles: Record<string, string>;
  /** Document kind → JSON Schema (editor diagnostics). */
  schemas: Record<string, unknown>;
  /** Every AWS input kind the engine reads: its command and tab name. */
  kinds: KindEntry[];
}

interface WorkbenchDocument {
  id: string;
  name: string;
  /** The command that printed it, when known (examples); otherwise derived from what it holds. */
  command?: string;
  kinds: readonly string[];
  findings: Finding[];
  /** The reader, a file, an example or a link named it; otherwise it is named after what it holds. */
  named: boolean;
}

/** Wait after the last keystroke before validating. */
const DEBOUNCE_MS = 200;
/** Show progress only for runs that take longer than this, so fast runs do not flicker. */
const PROGRESS_DELAY_MS = 150;
/** Inputs larger than this are not kept in session storage (its quota is a few MB). */
const SESSION_LIMIT = 1_000_000;
/** Query parameter of a link that opens the workbench on one of the examples (`?example=closed-design`). */
const EXAMPLE_PARAMETER = 'example';

function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`workbench: missing part "${name}"`);
  return found;
}

/** This tab's session storage, or undefined where the browser denies it (some privacy settings throw on access). */
function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function readJson<T>(root: HTMLElement, name: string): T {
  return JSON.parse(part(root, name).textContent ?? 'null') as T;
}

export class Workbench {
  private readonly root: HTMLElement;
  private readonly lang: Lang;
  private readonly strings: WorkbenchStrings;
  private readonly initial: InitialData;
  private readonly catalogue: InputCatalogue;
  private readonly uid: string;
  private readonly base: string;
  private readonly validateUrl: string;
  private readonly samplesUrl: string;
  private readonly sessionKey: string;
  private readonly runner: ValidationRunner;
  private readonly share: ShareClient;
  private readonly form: ContextForm;
  private readonly results: ResultsView;
  private surface: EditorSurface;
  private documents: WorkbenchDocument[] = [];
  private activeId = '';
  private nextId = 1;
  private readonly textCache = new Map<string, { version: number; text: string }>();
  private readonly chunkCache = new Map<string, { version: number; chunks: string[] }>();
  private debounce = 0;
  private progressTimer = 0;
  private runSequence = 0;
  private runs = 0;
  private userCancelled = false;
  private lastReport: Report | undefined;
  /** Accepted findings of the loaded baseline file, if any. */
  private baseline: Acceptance[] = [];
  private editorLoading: Promise<void> | undefined;
  /** A tab's name is being edited: redrawing the tabs would throw the input away. */
  private renaming = false;
  private samples: Promise<Sample[]> | undefined;
  private undoState: { documents: LoadedDocument[]; context: Context } | undefined;
  private readonly parts: {
    tabs: HTMLElement;
    panel: HTMLElement;
    command: HTMLElement;
    editor: HTMLElement;
    cursor: HTMLElement;
    docInfo: HTMLElement;
    editorState: HTMLElement;
    progress: HTMLElement;
    cancel: HTMLButtonElement;
    rerun: HTMLButtonElement;
    notice: HTMLElement;
    announcer: HTMLElement;
    context: HTMLDetailsElement;
    contextSummary: HTMLElement;
    regionDetected: HTMLElement;
    examples: HTMLDetailsElement;
    examplesList: HTMLElement;
    file: HTMLInputElement;
    baselineFile: HTMLInputElement;
    baseline: HTMLElement;
    baselineStatus: HTMLElement;
    redact: HTMLInputElement;
    sharePanel: HTMLElement;
    shareLink: HTMLInputElement;
    shareStatus: HTMLElement;
    shareReplaced: HTMLElement;
  };

  constructor(root: HTMLElement) {
    this.root = root;
    this.lang = root.dataset.lang === 'ja' ? 'ja' : 'en';
    this.uid = root.id;
    this.base = root.dataset.base ?? '/';
    this.validateUrl = new URL(root.dataset.validateUrl ?? `${this.base}validate/`, location.href).href;
    this.samplesUrl = root.dataset.samplesUrl ?? `${this.base}samples/`;
    this.sessionKey = `closed-workspaces:workbench:${location.pathname}`;
    this.strings = readJson<WorkbenchStrings>(root, 'strings');
    this.initial = readJson<InitialData>(root, 'initial');
    this.catalogue = new InputCatalogue(this.initial.kinds);
    this.parts = {
      tabs: part(root, 'tabs'),
      panel: part(root, 'panel'),
      command: part(root, 'command'),
      editor: part(root, 'editor'),
      cursor: part(root, 'cursor'),
      docInfo: part(root, 'doc-info'),
      editorState: part(root, 'editor-state'),
      progress: part(root, 'progress'),
      cancel: part<HTMLButtonElement>(root, 'cancel'),
      rerun: part<HTMLButtonElement>(root, 'rerun'),
      notice: part(root, 'notice'),
      announcer: part(root, 'announcer'),
      context: part<HTMLDetailsElement>(root, 'context'),
      contextSummary: part(root, 'context-summary'),
      regionDetected: part(root, 'region-detected'),
      examples: part<HTMLDetailsElement>(root, 'examples'),
      examplesList: part(root, 'examples-list'),
      file: part<HTMLInputElement>(root, 'file'),
      baselineFile: part<HTMLInputElement>(root, 'baseline-file'),
      baseline: part(root, 'baseline'),
      baselineStatus: part(root, 'baseline-status'),
      redact: part<HTMLInputElement>(root, 'redact'),
      sharePanel: part(root, 'share-panel'),
      shareLink: part<HTMLInputElement>(root, 'share-link'),
      shareStatus: part(root, 'share-status'),
      shareReplaced: part(root, 'share-replaced'),
    };
    this.runner = new ValidationRunner(() => new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' }));
    this.share = new ShareClient(() => new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' }));
    this.form = new ContextForm(part(root, 'context-fields'));
    this.results = new ResultsView({
      verdict: part(root, 'verdict'),
      proof: part(root, 'proof'),
      counts: part(root, 'counts'),
      findings: part(root, 'findings'),
      strings: this.strings,
      lang: this.lang,
      locale: this.lang,
      groupHeadingLevel: Number(root.dataset.headingLevel ?? 3) + 1,
      ruleHref: (finding) => this.ruleHref(finding),
      copyButton: (text) => this.copyButton(text),
      onReveal: (target) => this.reveal(target),
    });
    this.surface = new PlainSurface(part<HTMLTextAreaElement>(root, 'textarea'), this.editorEvents(), (name) => this.t('workbench.editor.label', { name }));
  }

  private t(key: WorkbenchKey, values?: Record<string, string | number>): string {
    return format(this.strings[key], values, this.lang);
  }

  /** The engine gives each finding its rule page relative to the site (in the page language); this puts it under the base path. */
  private ruleHref(finding: Finding): string {
    return `${this.base}${finding.docUrl}`;
  }

  private editorEvents(): EditorEvents {
    return {
      onEdit: (id) => {
        if (id === this.activeId) this.renderDocInfo();
        this.schedule();
      },
      onCursor: (line, column) => {
        this.parts.cursor.textContent = this.t('workbench.editor.position', { line, column });
      },
    };
  }

  /** Wires the page and shows the first state: a shared link, else this tab's session, else what the page was rendered with. */
  async start(): Promise<void> {
    this.bindToolbar();
    this.bindTabs();
    this.bindDrop();
    this.form.onChange(() => {
      this.renderContextSummary();
      this.schedule();
    });
    this.form.write(this.initial.context);
    this.setDocuments(this.initial.documents.length > 0 ? this.initial.documents : [{ name: this.newName(), text: '' }]);
    this.renderContextSummary();
    this.root.dataset.ready = 'true';
    this.scheduleEditor();

    if (fragmentPayload(location.hash) !== undefined) await this.openLink(location.hash);
    else {
      const storage = tabStorage();
      const saved = storage ? await loadSession(storage, this.sessionKey).catch(() => undefined) : undefined;
      if (saved) this.apply(saved.documents, saved.context);
      // After the session, so that Undo brings back what this tab held before the link was followed.
      const exampleId = new URLSearchParams(location.search).get(EXAMPLE_PARAMETER);
      if (exampleId !== null) await this.openExampleLink(exampleId);
    }
    this.validateNow();
    window.addEventListener('hashchange', () => {
      if (fragmentPayload(location.hash) !== undefined) void this.openLink(location.hash).then(() => this.validateNow());
    });
  }

  // ── documents ──────────────────────────────────────────────────────────

  private newName(): string {
    let index = this.documents.length + 1;
    while (this.documents.some((document) => document.name === `document-${index}.json`)) index++;
    return `document-${index}.json`;
  }

  /** The name, or the name with " (2)", " (3)"… before its extension if another document has it. */
  private uniqueName(wanted: string, exceptId?: string): string {
    const taken = (name: string) => this.documents.some((document) => document.id !== exceptId && document.name === name);
    if (!taken(wanted)) return wanted;
    const dot = wanted.lastIndexOf('.');
    const stem = dot > 0 ? wanted.slice(0, dot) : wanted;
    const extension = dot > 0 ? wanted.slice(dot) : '';
    for (let index = 2; ; index++) {
      const candidate = `${stem} (${index})${extension}`;
      if (!taken(candidate)) return candidate;
    }
  }

  private addDocument(loaded: LoadedDocument): WorkbenchDocument {
    const name = this.uniqueName(loaded.name.trim() || this.newName());
    const document: WorkbenchDocument = { id: `${this.uid}-doc-${this.nextId++}`, name, kinds: [], findings: [], named: !isPlaceholderName(name) };
    if (loaded.command) document.command = loaded.command;
    this.documents.push(document);
    this.surface.add(document.id, document.name, loaded.text);
    return document;
  }

  /** Replaces every document (an example, a link, a session). */
  private setDocuments(documents: LoadedDocument[]): void {
    for (const document of this.documents) this.surface.remove(document.id);
    this.documents = [];
    this.textCache.clear();
    this.chunkCache.clear();
    for (const loaded of documents) this.addDocument(loaded);
    if (this.documents.length === 0) this.addDocument({ name: this.newName(), text: '' });
    this.activate((this.documents[0] as WorkbenchDocument).id);
  }

  private apply(documents: LoadedDocument[], context: Context): void {
    this.form.write(context);
    this.renderContextSummary();
    this.setDocuments(documents);
  }

  private snapshot(): { documents: LoadedDocument[]; context: Context } {
    return {
      documents: this.documents.map((document) => ({ name: document.name, text: this.textOf(document.id), ...(document.command ? { command: document.command } : {}) })),
      context: this.form.read(),
    };
  }

  private state(): WorkbenchState {
    return { documents: this.documents.map((document) => ({ name: document.name, text: this.textOf(document.id) })), context: this.form.read() };
  }

  private removeDocument(id: string): void {
    const index = this.documents.findIndex((document) => document.id === id);
    if (index < 0) return;
    this.surface.remove(id);
    this.textCache.delete(id);
    this.chunkCache.delete(id);
    this.documents.splice(index, 1);
    if (this.documents.length === 0) this.addDocument({ name: this.newName(), text: '' });
    const next = this.documents[Math.min(index, this.documents.length - 1)] as WorkbenchDocument;
    this.activeId = '';
    this.activate(next.id, true);
    this.schedule(0);
  }

  private activate(id: string, focusTab = false): void {
    if (!this.documents.some((document) => document.id === id)) return;
    this.activeId = id;
    this.surface.show(id);
    this.renderTabs();
    this.renderCommand();
    this.renderDocInfo();
    const { line, column } = this.surface.cursor();
    this.parts.cursor.textContent = this.t('workbench.editor.position', { line, column });
    if (focusTab) this.parts.tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }

  private active(): WorkbenchDocument | undefined {
    return this.documents.find((document) => document.id === this.activeId);
  }

  private textOf(id: string): string {
    const version = this.surface.version(id);
    const cached = this.textCache.get(id);
    if (cached && cached.version === version) return cached.text;
    const text = this.surface.text(id);
    this.textCache.set(id, { version, text });
    return text;
  }

  private chunksOf(id: string): string[] {
    const version = this.surface.version(id);
    const cached = this.chunkCache.get(id);
    if (cached && cached.version === version) return cached.chunks;
    const chunks = this.surface.chunks(id);
    this.chunkCache.set(id, { version, chunks });
    return chunks;
  }

  /** True when the document holds more than white space (a regex scan: no copy of the text). */
  private hasContent(id: string): boolean {
    return this.surface.length(id) > 0 && this.chunksOf(id).some((chunk) => /\S/.test(chunk));
  }

  private isEmpty(): boolean {
    return !this.documents.some((document) => this.hasContent(document.id));
  }

  // ── rendering ──────────────────────────────────────────────────────────

  private renderTabs(): void {
    if (this.renaming) return;
    const tabs = this.documents.map((document) => {
      const tab = globalThis.document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = `${document.id}-tab`;
      tab.className = 'wb-tab';
      tab.dataset.documentId = document.id;
      const selected = document.id === this.activeId;
      tab.setAttribute('aria-selected', String(selected));
      tab.setAttribute('aria-controls', this.parts.panel.id);
      tab.tabIndex = selected ? 0 : -1;
      const name = globalThis.document.createElement('span');
      name.className = 'wb-tab-name';
      name.textContent = document.name;
      tab.append(name);
      const worst = (['error', 'warning', 'info'] as const).find((severity) => document.findings.some((finding) => finding.severity === severity));
      if (worst) {
        const badge = globalThis.document.createElement('span');
        badge.className = 'wb-tab-badge';
        badge.dataset.severity = worst;
        const count = document.findings.filter((finding) => finding.severity === worst).length;
        badge.append(icon(worst));
        const label = globalThis.document.createElement('span');
        label.textContent = String(count);
        label.setAttribute('aria-hidden', 'true');
        const spoken = globalThis.document.createElement('span');
        spoken.className = 'sr-only';
        spoken.textContent = ` (${this.t(`workbench.count.${worst}`, { count })})`;
        badge.append(label, spoken);
        tab.append(badge);
      }
      return tab;
    });
    const hadFocus = this.parts.tabs.contains(globalThis.document.activeElement);
    this.parts.tabs.replaceChildren(...tabs);
    this.parts.panel.setAttribute('aria-labelledby', `${this.activeId}-tab`);
    if (hadFocus) this.parts.tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }

  private renderCommand(): void {
    const document = this.active();
    const command = document?.command ?? (document?.kinds.length === 1 ? this.catalogue.commandFor(document.kinds[0] as string) : undefined);
    const box = this.parts.command;
    if (command) {
      const label = globalThis.document.createElement('span');
      label.className = 'wb-label';
      label.textContent = `${this.t('workbench.command.label')}: `;
      const code = globalThis.document.createElement('code');
      code.textContent = command;
      box.replaceChildren(label, code, this.copyButton(command));
      return;
    }
    const details = globalThis.document.createElement('details');
    details.className = 'wb-commands';
    const summary = globalThis.document.createElement('summary');
    summary.textContent = this.t('workbench.command.unknown');
    const list = globalThis.document.createElement('ul');
    for (const { command } of this.catalogue.entries) {
      const item = globalThis.document.createElement('li');
      const code = globalThis.document.createElement('code');
      code.textContent = command;
      item.append(code, this.copyButton(command));
      list.append(item);
    }
    details.append(summary, list);
    box.replaceChildren(details);
  }

  private copyButton(text: string): HTMLButtonElement {
    const button = globalThis.document.createElement('button');
    button.type = 'button';
    button.className = 'wb-copy';
    button.textContent = this.t('workbench.copy');
    button.addEventListener('click', async () => {
      const copied = await navigator.clipboard?.writeText(text).then(
        () => true,
        () => false,
      );
      button.textContent = this.t(copied ? 'workbench.copied' : 'workbench.copyFailed');
      setTimeout(() => (button.textContent = this.t('workbench.copy')), 2000);
    });
    return button;
  }

  private renderDocInfo(): void {
    const document = this.active();
    if (!document) return;
    const length = this.surface.length(document.id);
    const kinds = document.kinds.length > 0 ? document.kinds.join(', ') : this.t(length === 0 ? 'workbench.editor.empty' : 'workbench.editor.unknownKind');
    this.parts.docInfo.textContent = `${formatSize(length, this.lang)} · ${kinds}`;
  }

  private renderContextSummary(): void {
    const context = this.form.shown();
    const region = context.region ?? this.t('workbench.context.region.auto');
    // No subnet named means every subnet in the inputs is analysed, not none.
    const subnets = context.workspacesSubnetIds?.length ? this.t('workbench.context.count.workspacesSubnetIds', { count: context.workspacesSubnetIds.length }) : this.t('workbench.context.count.allSubnets');
    const lists = [subnets, this.t('workbench.context.count.directoryControllers', { count: context.directoryControllers?.length ?? 0 })];
    this.parts.contextSummary.textContent = [region, this.t(`workbench.context.bundle.${context.bundle ?? 'public'}`), ...lists].join(' · ');
  }

  private announce(text: string): void {
    this.parts.announcer.textContent = text;
  }

  private notice(text: string, undo = false): void {
    const paragraph = this.parts.notice;
    paragraph.replaceChildren(text);
    paragraph.hidden = false;
    if (undo && this.undoState) {
      const button = globalThis.document.createElement('button');
      button.type = 'button';
      button.textContent = this.t('workbench.undo');
      button.addEventListener('click', () => {
        const state = this.undoState;
        if (!state) return;
        this.undoState = undefined;
        this.apply(state.documents, state.context);
        paragraph.hidden = true;
        this.validateNow();
        this.surface.focus();
      });
      paragraph.append(' ', button);
    }
    this.announce(text);
  }

  // ── validation ─────────────────────────────────────────────────────────

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.debounce);
    // A run still in the worker is about older text now: its result must not be shown as current.
    this.runSequence++;
    this.root.dataset.state = 'pending';
    this.debounce = window.setTimeout(() => this.validateNow(), delay);
  }

  /** A collect bundle pasted or opened becomes its documents' tabs (bundle-tabs.ts); its Region fills an empty Region field. */
  private openBundles(): void {
    for (const document of [...this.documents]) {
      if (!mayBeBundle(headOf(this.chunksOf(document.id)))) continue;
      const opened = bundleTabs(this.textOf(document.id));
      if (!opened) continue;
      const at = this.documents.indexOf(document);
      this.surface.remove(document.id);
      this.textCache.delete(document.id);
      this.chunkCache.delete(document.id);
      this.documents.splice(at, 1);
      const added = opened.tabs.map((tab) => this.addDocument(tab));
      this.documents.splice(this.documents.length - added.length, added.length);
      this.documents.splice(at, 0, ...added);
      const context = this.form.read();
      const region = opened.region !== undefined && !context.region ? opened.region : undefined;
      if (region) {
        this.form.write({ ...context, region });
        this.renderContextSummary();
      }
      this.activate((added[0] as WorkbenchDocument).id);
      this.notice(
        [
          this.t('workbench.bundle.opened', { name: document.name, count: opened.outputs }),
          ...(opened.failed.length > 0 ? [this.t('workbench.bundle.failed', { count: opened.failed.length, names: opened.failed.join(', ') })] : []),
          ...(region ? [this.t('workbench.bundle.region', { region })] : []),
        ].join(' '),
      );
    }
  }

  /** Validates all documents now; a run still in the worker is cancelled. */
  validateNow(): void {
    clearTimeout(this.debounce);
    this.openBundles();
    clearTimeout(this.progressTimer);
    this.parts.rerun.hidden = true;
    if (this.isEmpty()) {
      this.runner.cancel();
      this.showReport(undefined);
      this.results.showIdle(this.t('workbench.idle'));
      this.setProgress('');
      this.root.dataset.state = 'idle';
      return;
    }
    // A tab just added and not yet filled is not an input: it must not show as invalid JSON.
    const documents = this.documents.filter((document) => this.hasContent(document.id)).map((document) => ({ name: document.name, chunks: this.chunksOf(document.id) }));
    const size = this.documents.reduce((total, document) => total + this.surface.length(document.id), 0);
    const sequence = ++this.runSequence;
    const started = performance.now();
    this.userCancelled = false;
    this.root.dataset.state = 'running';
    this.progressTimer = window.setTimeout(() => {
      this.setProgress(this.t('workbench.progress.sending', { size: formatSize(size, this.lang) }));
      this.parts.cancel.hidden = false;
    }, PROGRESS_DELAY_MS);
    void this.runner
      .run(documents, this.form.read(), this.lang, {
        onValidating: () => {
          if (sequence !== this.runSequence) return;
          if (performance.now() - started > PROGRESS_DELAY_MS) this.setProgress(this.t('workbench.progress.validating', { size: formatSize(size, this.lang) }));
          else {
            clearTimeout(this.progressTimer);
            this.progressTimer = window.setTimeout(() => {
              this.setProgress(this.t('workbench.progress.validating', { size: formatSize(size, this.lang) }));
              this.parts.cancel.hidden = false;
            }, PROGRESS_DELAY_MS);
          }
        },
      }, this.baseline)
      .then((outcome) => {
        if (sequence !== this.runSequence) return;
        clearTimeout(this.progressTimer);
        this.parts.cancel.hidden = true;
        if (outcome.status === 'cancelled') {
          if (!this.userCancelled) return;
          this.root.dataset.state = 'cancelled';
          this.setProgress(this.t('workbench.progress.cancelled'));
          this.parts.rerun.hidden = false;
          return;
        }
        if (outcome.status === 'failed') {
          this.root.dataset.state = 'failed';
          this.setProgress(this.t('workbench.progress.failed', { message: outcome.message }));
          this.parts.rerun.hidden = false;
          return;
        }
        const drawing = performance.now();
        this.setProgress(this.t('workbench.progress.drawing', { count: outcome.result.report.findings.length }));
        this.showResult(outcome.result);
        const done = performance.now();
        this.setProgress(
          this.t('workbench.progress.done', {
            size: formatSize(size, this.lang),
            engine: Math.round(outcome.result.elapsedMs),
            total: Math.round(done - started),
            drawing: Math.round(done - drawing),
          }),
        );
        this.runs++;
        this.root.dataset.engineMs = String(Math.round(outcome.result.elapsedMs));
        this.root.dataset.runs = String(this.runs);
        this.root.dataset.state = 'done';
        const storage = tabStorage();
        if (storage && size <= SESSION_LIMIT) void saveSession(storage, this.sessionKey, this.state()).catch(() => undefined);
        else storage?.removeItem(this.sessionKey);
      });
  }

  private setProgress(text: string): void {
    this.parts.progress.textContent = text;
  }

  private showResult(result: ResultMessage): void {
    const report = result.report;
    const rename = this.nameByKind(report);
    for (const summary of result.windows) summary.file = rename(summary.file);
    this.parts.regionDetected.textContent = result.detectedRegion ? this.t('workbench.context.region.detected', { region: result.detectedRegion }) : '';
    this.form.showRead(report.analysed.context, (key, values) => this.t(key, values));
    this.renderContextSummary();
    this.showReport(report);
    const previous = this.lastReport;
    this.lastReport = report;
    this.results.render(report, result.totals, result.accepted, result.windows);
    if (previous?.verdict !== report.verdict || previous.findings.length !== report.findings.length) {
      const counts = (['error', 'warning', 'info'] as const).map((severity) => this.t(`workbench.count.${severity}`, { count: result.totals[severity] }));
      this.announce(`${this.t(`workbench.verdict.${report.verdict}`)}. ${counts.join(', ')}.`);
    }
  }

  /** Gives each document its kinds and findings, and the editor its markers. */
  private showReport(report: Report | undefined): void {
    const kinds = new Map(report?.analysed.documents.map((document) => [document.name, document.kinds]) ?? []);
    const byFile = new Map<string, Finding[]>();
    for (const finding of report?.findings ?? []) {
      const list = byFile.get(finding.file);
      if (list) list.push(finding);
      else byFile.set(finding.file, [finding]);
    }
    for (const document of this.documents) {
      document.kinds = kinds.get(document.name) ?? [];
      document.findings = byFile.get(document.name) ?? [];
      this.surface.setKinds(document.id, document.kinds);
      this.surface.setFindings(document.id, document.findings.map((finding) => this.editorFinding(finding)));
    }
    this.renderTabs();
    this.renderCommand();
    this.renderDocInfo();
  }

  /** Names each tab the reader has not named after what it holds, and the report's places with it (no second run). */
  private nameByKind(report: Report): (file: string) => string {
    const same = (file: string) => file;
    if (this.renaming) return same;
    const kinds = new Map(report.analysed.documents.map((document) => [document.name, document.kinds]));
    const renamed = new Map<string, string>();
    for (const document of this.documents) {
      const wanted = document.named ? undefined : nameForKinds(kinds.get(document.name) ?? [], this.catalogue);
      if (!wanted) continue;
      const name = this.uniqueName(wanted, document.id);
      if (name === document.name) continue;
      renamed.set(document.name, name);
      document.name = name;
      this.surface.rename(document.id, name);
    }
    if (renamed.size === 0) return same;
    const rename = (file: string) => renamed.get(file) ?? file;
    for (const document of report.analysed.documents) document.name = rename(document.name);
    for (const finding of report.findings) {
      finding.file = rename(finding.file);
      for (const step of finding.evidence?.chain ?? []) if (step.file !== undefined) step.file = rename(step.file);
    }
    for (const part of report.proof?.parts ?? []) for (const branch of part.branches) for (const step of branch.steps) if (step.file !== undefined) step.file = rename(step.file);
    for (const step of report.proof?.assumptions ?? []) if (step.file !== undefined) step.file = rename(step.file);
    for (const origin of Object.values(report.analysed.context ?? {})) for (const value of origin.values) if (value.file !== undefined) value.file = rename(value.file);
    return rename;
  }

  private editorFinding(finding: Finding): EditorFinding {
    return {
      severity: finding.severity,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      ruleId: finding.ruleId,
      ruleTitle: this.initial.ruleTitles[finding.ruleId] ?? finding.ruleId,
      ruleUrl: new URL(this.ruleHref(finding), location.href).href,
    };
  }

  private reveal(target: RevealTarget): void {
    if (target.file === '<context>') {
      this.parts.context.open = true;
      this.form.field(String(target.path[0] ?? 'region'))?.focus();
      return;
    }
    const document = this.documents.find((candidate) => candidate.name === target.file);
    if (!document) return;
    this.activate(document.id);
    this.surface.reveal(document.id, target.line, target.column, target.endLine, target.endColumn);
  }

  // ── the editor ─────────────────────────────────────────────────────────

  private scheduleEditor(): void {
    if (this.root.dataset.load === 'eager') {
      void this.loadEditor();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void this.loadEditor();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(this.root);
    const early = () => void this.loadEditor();
    this.root.addEventListener('focusin', early, { once: true });
    this.root.addEventListener('pointerenter', early, { once: true });
  }

  /** Loads Monaco and moves the documents into it; the plain editor stays if it cannot load. */
  loadEditor(): Promise<void> {
    this.editorLoading ??= (async () => {
      this.root.dataset.editor = 'loading';
      this.parts.editorState.textContent = this.t('workbench.editor.loading');
      try {
        // Monaco's own UI (find, problems, context menu) in Japanese: its message table must be set before the editor's modules run.
        if (this.lang === 'ja') await import('monaco-editor/nls/lang/ja');
        const { MonacoSurface } = await import('./monaco-surface.ts');
        const host = globalThis.document.createElement('div');
        host.className = 'wb-monaco';
        this.parts.editor.append(host);
        const monacoSurface = new MonacoSurface({
          host,
          events: this.editorEvents(),
          labelFor: (name) => this.t('workbench.editor.label', { name }),
          placeholder: this.t('workbench.editor.placeholder'),
          severityLabel: { error: this.t('workbench.severity.error'), warning: this.t('workbench.severity.warning'), info: this.t('workbench.severity.info') },
          schemas: this.initial.schemas,
        });
        const plain = this.surface;
        const hadFocus = plain.hasFocus();
        const cursor = plain.cursor();
        for (const document of this.documents) {
          monacoSurface.add(document.id, document.name, plain.text(document.id));
          monacoSurface.setKinds(document.id, document.kinds);
          monacoSurface.setFindings(document.id, document.findings.map((finding) => this.editorFinding(finding)));
        }
        plain.dispose();
        this.surface = monacoSurface;
        this.textCache.clear();
        this.chunkCache.clear();
        monacoSurface.show(this.activeId);
        part(this.root, 'textarea').remove();
        this.root.dataset.editor = 'monaco';
        this.parts.editorState.textContent = this.t('workbench.editor.tabHint');
        if (hadFocus) monacoSurface.reveal(this.activeId, cursor.line, cursor.column);
      } catch (error) {
        this.root.dataset.editor = 'plain';
        this.parts.editorState.textContent = this.t('workbench.editor.failed');
        console.warn('workbench: the editor could not be loaded; the plain editor stays', error);
      }
    })();
    return this.editorLoading;
  }

  // ── toolbar, tabs, files ───────────────────────────────────────────────

  private bindToolbar(): void {
    part(this.root, 'add').addEventListener('click', () => {
      const document = this.addDocument({ name: this.newName(), text: '' });
      this.activate(document.id);
      this.surface.focus();
    });
    part(this.root, 'open').addEventListener('click', () => this.parts.file.click());
    this.parts.file.addEventListener('change', () => {
      const files = [...(this.parts.file.files ?? [])];
      this.parts.file.value = '';
      void this.addFiles(files);
    });
    part(this.root, 'open-baseline').addEventListener('click', () => this.parts.baselineFile.click());
    this.parts.baselineFile.addEventListener('change', () => {
      const file = this.parts.baselineFile.files?.[0];
      this.parts.baselineFile.value = '';
      if (file) void this.loadBaseline(file);
    });
    part(this.root, 'remove-baseline').addEventListener('click', () => {
      this.baseline = [];
      this.parts.baseline.hidden = true;
      this.validateNow();
    });
    part(this.root, 'rename').addEventListener('click', () => this.startRename());
    part(this.root, 'remove').addEventListener('click', () => this.removeDocument(this.activeId));
    this.parts.cancel.addEventListener('click', () => {
      this.userCancelled = true;
      this.runner.cancel();
    });
    this.parts.rerun.addEventListener('click', () => this.validateNow());
    this.parts.examples.addEventListener('toggle', () => {
      if (this.parts.examples.open) void this.showExamples();
    });
    // The examples list is a popover: a click elsewhere or Escape closes it.
    document.addEventListener('click', (event) => {
      if (this.parts.examples.open && !this.parts.examples.contains(event.target as Node)) this.parts.examples.open = false;
    });
    this.parts.examples.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.parts.examples.open) return;
      this.parts.examples.open = false;
      this.parts.examples.querySelector('summary')?.focus();
    });
    part(this.root, 'share').addEventListener('click', () => void this.createLink());
    part(this.root, 'report-download').addEventListener('click', () => void this.report('download'));
    part(this.root, 'report-print').addEventListener('click', () => void this.report('print'));
    part(this.root, 'clear').addEventListener('click', () => this.clear());
    part(this.root, 'share-copy').addEventListener('click', () => void this.copyLink());
  }

  private bindTabs(): void {
    this.parts.tabs.addEventListener('click', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
      if (tab?.dataset.documentId) this.activate(tab.dataset.documentId, true);
    });
    this.parts.tabs.addEventListener('keydown', (event) => {
      const index = this.documents.findIndex((document) => document.id === this.activeId);
      const last = this.documents.length - 1;
      const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
      if (target === undefined) {
        if (event.key === 'F2') {
          event.preventDefault();
          this.startRename();
        }
        return;
      }
      event.preventDefault();
      const next = this.documents[(target + this.documents.length) % this.documents.length];
      if (next) this.activate(next.id, true);
    });
  }

  /** Puts an input over the active tab's name; Enter or leaving it renames, Escape keeps the name. */
  private startRename(): void {
    const document = this.active();
    const tab = this.parts.tabs.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!document || !tab) return;
    const input = globalThis.document.createElement('input');
    input.type = 'text';
    input.className = 'wb-rename';
    input.value = document.name;
    input.spellcheck = false;
    input.setAttribute('aria-label', this.t('workbench.rename.label', { name: document.name }));
    let done = false;
    const finish = (commit: boolean) => {
      if (done) return;
      done = true;
      this.renaming = false;
      const wanted = input.value.trim();
      input.remove();
      if (commit && wanted !== '' && wanted !== document.name) {
        const name = this.uniqueName(wanted, document.id);
        if (name !== wanted) this.notice(this.t('workbench.rename.taken', { wanted, name }));
        document.name = name;
        document.named = true;
        this.surface.rename(document.id, name);
        this.schedule(0);
      }
      this.renderTabs();
      this.parts.tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        finish(false);
      }
    });
    input.addEventListener('blur', () => finish(true));
    this.renaming = true;
    tab.after(input);
    tab.hidden = true;
    input.focus();
    input.select();
  }

  private bindDrop(): void {
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    // Capture phase: Monaco handles drops of text itself and must not swallow files.
    this.root.addEventListener(
      'dragover',
      (event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        this.root.dataset.dropping = 'true';
      },
      true,
    );
    this.root.addEventListener('dragleave', (event) => {
      if (!this.root.contains(event.relatedTarget as Node | null)) delete this.root.dataset.dropping;
    });
    this.root.addEventListener(
      'drop',
      (event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        delete this.root.dataset.dropping;
        void this.addFiles([...(event.dataTransfer?.files ?? [])]);
      },
      true,
    );
  }

  /** Reads a baseline file (what `closed-workspaces check --write-baseline` writes); its accepted findings are shown apart. */
  private async loadBaseline(file: File): Promise<void> {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (error) {
      this.notice(this.t('workbench.baseline.invalid', { name: file.name, problem: error instanceof Error ? error.message : String(error) }));
      return;
    }
    // The baseline reader loads with the first baseline file: most readers never open one.
    const { readBaseline } = await import('../../validators/baseline.ts');
    const read = readBaseline(value);
    if ('error' in read) {
      this.notice(this.t('workbench.baseline.invalid', { name: file.name, problem: read.error }));
      return;
    }
    this.baseline = [...read.accepted.values()];
    this.parts.baselineStatus.textContent = this.t('workbench.baseline.loaded', { name: file.name, count: this.baseline.length });
    this.parts.baseline.hidden = false;
    this.validateNow();
  }

  /** Each file becomes a document; the first one fills the shown document if that is empty. */
  private async addFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const loaded = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    let first: WorkbenchDocument | undefined;
    for (const [index, file] of loaded.entries()) {
      const active = this.active();
      if (index === 0 && active && this.surface.length(active.id) === 0) {
        active.name = this.uniqueName(file.name, active.id);
        active.named = true;
        this.surface.rename(active.id, active.name);
        this.surface.replace(active.id, file.text);
        first = active;
      } else {
        const document = this.addDocument(file);
        first ??= document;
      }
    }
    if (first) this.activate(first.id);
    this.notice(this.t('workbench.files.added', { count: files.length }));
    this.validateNow();
  }

  // ── examples ───────────────────────────────────────────────────────────

  /** The examples of public/samples/index.json, fetched once (again after a failure). */
  private sampleList(): Promise<Sample[]> {
    this.samples ??= fetchSampleIndex(this.samplesUrl).then(
      (index) => index.samples,
      (error: unknown) => {
        this.samples = undefined;
        throw error;
      },
    );
    return this.samples;
  }

  private async showExamples(): Promise<void> {
    const list = this.parts.examplesList;
    let samples: Sample[];
    try {
      samples = await this.sampleList();
    } catch (error) {
      list.replaceChildren(this.t('workbench.examples.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const items = samples.map((sample) => {
      const item = globalThis.document.createElement('li');
      const button = globalThis.document.createElement('button');
      button.type = 'button';
      button.className = 'wb-example';
      button.dataset.sampleId = sample.id;
      const title = globalThis.document.createElement('strong');
      title.textContent = sample.title[this.lang];
      const description = globalThis.document.createElement('span');
      description.textContent = sample.description[this.lang];
      button.append(title, description);
      button.addEventListener('click', () => void this.loadExample(sample));
      item.append(button);
      return item;
    });
    const ul = globalThis.document.createElement('ul');
    ul.append(...items);
    list.replaceChildren(ul);
  }

  /** Puts an example's documents and context in place of what the workbench holds (Undo brings that back); false if it could not be fetched. */
  private async applyExample(sample: Sample): Promise<boolean> {
    let documents: LoadedDocument[];
    try {
      documents = await fetchSampleDocuments(this.samplesUrl, sample);
    } catch (error) {
      this.notice(this.t('workbench.examples.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return false;
    }
    this.undoState = this.isEmpty() ? undefined : this.snapshot();
    this.parts.examples.open = false;
    this.apply(documents, sample.context);
    this.notice(this.t('workbench.examples.loaded', { title: sample.title[this.lang] }), true);
    return true;
  }

  private async loadExample(sample: Sample): Promise<void> {
    if (!(await this.applyExample(sample))) return;
    this.validateNow();
    this.parts.tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }

  /**
   * Opens the example a link names (`validate/?example=closed-design`, linked from the landing
   * page), without taking the focus. The address then forgets it, as it does a shared link: a
   * reload keeps the reader's edits instead of loading the example again.
   */
  private async openExampleLink(id: string): Promise<void> {
    let samples: Sample[];
    try {
      samples = await this.sampleList();
    } catch (error) {
      this.notice(this.t('workbench.examples.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const sample = samples.find((candidate) => candidate.id === id);
    if (!sample) {
      this.notice(this.t('workbench.examples.unknown', { id }));
      return;
    }
    if (!(await this.applyExample(sample))) return;
    const address = new URL(location.href);
    address.searchParams.delete(EXAMPLE_PARAMETER);
    history.replaceState(history.state, '', `${address.pathname}${address.search}${address.hash}`);
  }

  // ── the audit report ───────────────────────────────────────────────────

  /** Builds the audit report in a worker started for it (its code loads only now), then downloads or prints it. */
  private async report(action: 'download' | 'print'): Promise<void> {
    const status = part(this.root, 'report-status');
    if (this.isEmpty()) {
      status.textContent = this.t('workbench.report.empty');
      return;
    }
    const format = action === 'print' ? 'html' : part<HTMLSelectElement>(this.root, 'report-format').value === 'markdown' ? 'markdown' : 'html';
    status.textContent = this.t('workbench.report.creating');
    const request: AuditRequest = {
      state: this.state(),
      redact: this.parts.redact.checked,
      lang: this.lang,
      format,
      generatedAt: new Date().toISOString(),
      engineVersion: this.root.dataset.engineVersion ?? '',
      siteUrl: new URL(this.base, location.href).href,
    };
    const worker = new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' });
    let result: AuditResult;
    try {
      result = await new Promise<AuditResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<{ ok: true; result: AuditResult } | { ok: false; message: string }>) => (event.data.ok ? resolve(event.data.result) : reject(new Error(event.data.message)));
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(event.message || 'audit worker error'));
        };
        worker.postMessage(request);
      });
    } catch (error) {
      status.textContent = this.t('workbench.report.failed', { reason: error instanceof Error ? error.message : String(error) });
      return;
    } finally {
      worker.terminate();
    }
    if (action === 'download') {
      const url = URL.createObjectURL(new Blob([result.text], { type: result.mediaType }));
      const link = globalThis.document.createElement('a');
      link.href = url;
      link.download = result.fileName;
      link.hidden = true;
      this.root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = this.t('workbench.report.ready', { name: result.fileName, size: formatSize(result.text.length, this.lang) });
      return;
    }
    // An iframe of the report itself: the print dialog shows the report, not the workbench.
    const frame = globalThis.document.createElement('iframe');
    frame.className = 'wb-print-frame';
    frame.title = result.fileName;
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.addEventListener('load', () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    }, { once: true });
    frame.srcdoc = result.text;
    this.root.append(frame);
    status.textContent = this.t('workbench.report.printing');
  }

  /** Forgets what was pasted: the documents, the context and this tab's saved session. */
  private clear(): void {
    this.undoState = undefined;
    this.apply([{ name: this.newName(), text: '' }], {});
    tabStorage()?.removeItem(this.sessionKey);
    this.validateNow();
    this.notice(this.t('workbench.clear.done'));
  }

  // ── share links ────────────────────────────────────────────────────────

  private async openLink(hash: string): Promise<void> {
    let result;
    try {
      result = await this.share.open(hash);
    } catch {
      result = { ok: false as const, error: 'json' as ShareError };
    }
    if (!result) return;
    // The link has done its job; edits from here on belong to this tab's session, not to the address bar.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!result.ok) {
      this.notice(this.t('workbench.link.failed', { reason: this.t(`workbench.link.error.${result.error}`) }));
      return;
    }
    this.undoState = undefined;
    this.apply(result.state.documents, result.state.context);
    this.notice(this.t('workbench.link.opened', { count: result.state.documents.length }));
  }

  private async createLink(): Promise<void> {
    const panel = this.parts.sharePanel;
    panel.hidden = false;
    this.parts.shareStatus.textContent = this.t('workbench.share.creating');
    this.parts.shareLink.value = '';
    this.parts.shareReplaced.replaceChildren();
    const redact = this.parts.redact.checked;
    let link: string;
    let replacements: Replacement[];
    try {
      ({ link, replacements } = await this.share.link(this.state(), redact, this.validateUrl));
    } catch (error) {
      this.parts.shareStatus.textContent = this.t('workbench.share.failed', { reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.parts.shareLink.value = link;
    panel.dataset.redacted = String(redact);
    const status = [
      link.length > MAX_URL_LENGTH
        ? this.t('workbench.share.tooLong', { length: link.length, max: MAX_URL_LENGTH })
        : this.t('workbench.share.ready', { length: link.length }),
    ];
    if (redact) status.push(this.replacedSummary(replacements));
    this.parts.shareStatus.textContent = status.join(' ');
    if (redact && replacements.length > 0) this.parts.shareReplaced.replaceChildren(this.replacedTable(replacements));
    this.parts.shareLink.focus();
    this.parts.shareLink.select();
  }

  private replacedSummary(replacements: Replacement[]): string {
    const count = (kind: Replacement['kind']) => replacements.filter((replacement) => replacement.kind === kind).length;
    if (replacements.length === 0) return this.t('workbench.share.replacedNone');
    return this.t('workbench.share.replaced', { accounts: count('account'), resources: count('resource'), arns: count('arn') });
  }

  private replacedTable(replacements: Replacement[]): HTMLDetailsElement {
    const details = globalThis.document.createElement('details');
    const summary = globalThis.document.createElement('summary');
    summary.textContent = this.t('workbench.share.replacedList', { count: replacements.length });
    const table = globalThis.document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const key of ['workbench.share.original', 'workbench.share.placeholder', 'workbench.share.occurrences'] as const) {
      const th = globalThis.document.createElement('th');
      th.scope = 'col';
      th.textContent = this.t(key);
      head.append(th);
    }
    const body = table.createTBody();
    for (const replacement of replacements) {
      const row = body.insertRow();
      for (const value of [replacement.original, replacement.placeholder, String(replacement.count)]) {
        const cell = row.insertCell();
        cell.textContent = value;
      }
    }
    details.append(summary, table);
    return details;
  }

  private async copyLink(): Promise<void> {
    const link = this.parts.shareLink.value;
    if (link === '') return;
    const copied = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    if (!copied) this.parts.shareLink.select();
    this.notice(this.t(copied ? 'workbench.share.copied' : 'workbench.share.selectToCopy'));
  }
}

/** Starts every workbench on the page. */
export function mountWorkbenches(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-workbench]:not([data-ready])')) {
    void new Workbench(root).start();
  }
}
