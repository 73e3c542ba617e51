/**
 * The context form: one input per field of the context schema (validators/context.ts): the
 * Region select, the bundle radios, a select for each other choice and a text input for each
 * list. Reading gives a Context with only the fields that hold something, so a link carries
 * exactly what the reader set. A list field the reader left empty shows what the engine read
 * from the documents instead (the report's `analysed.context`): the values as its placeholder and,
 * under it, the document and lines they came from. Typing in the field overrides them.
 */
import type { Context, Report } from '../../validators/index.ts';
import { CONTEXT_FIELD_SHAPES, CONTEXT_LIST_FIELDS, type ListFieldName } from '../../validators/context.ts';
import { linesByFile } from '../../validators/report/labels.ts';
import type { WorkbenchKey } from './workbench-strings.ts';

/** The list fields, by the name of their input. */
export const LIST_FIELDS = CONTEXT_LIST_FIELDS;

/** The choice fields shown as a select (the bundle is a pair of radios with a default). */
export const SELECT_FIELDS = CONTEXT_FIELD_SHAPES.filter((field) => field.kind === 'choice' && field.name !== 'bundle');

/** What the engine says it used for each context field (`report.analysed.context`). */
export type ContextUse = Report['analysed']['context'];

/** The workbench's translator, for the notes under the fields. */
export type Translate = (key: WorkbenchKey, values?: Record<string, string | number>) => string;

/** "workspace-directories.json line 6, 7; workspaces.json line 12": where values read from documents are written. */
export function readPlaces(values: NonNullable<ContextUse[ListFieldName]>['values'], t: Translate): string {
  return linesByFile(values).map(([file, lines]) => t('workbench.context.readPlace', { file, lines: lines.join(', ') })).join('; ');
}

/** Values typed in one field: separated by spaces, commas or new lines. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((value) => value !== '');
}

export class ContextForm {
  private readonly root: HTMLElement;
  private readonly region: HTMLSelectElement;

  constructor(root: HTMLElement) {
    this.root = root;
    const region = root.querySelector<HTMLSelectElement>('select[name="region"]');
    if (!region) throw new Error('workbench: the context form has no Region select');
    this.region = region;
  }

  /** Values read from the documents, for the list fields the reader left empty. */
  private readValues = new Map<ListFieldName, string[]>();

  /**
   * Shows, in each empty list field, what the engine read from the documents, and under it where
   * from; a field whose value was typed, or that the documents do not fill, shows its example again.
   */
  showRead(use: ContextUse | undefined, t: Translate): void {
    this.readValues.clear();
    for (const name of LIST_FIELDS) {
      const input = this.field(name);
      if (!(input instanceof HTMLInputElement)) continue;
      input.dataset.example ??= input.placeholder;
      const note = this.readNote(input);
      const origin = use?.[name];
      if (origin?.source !== 'documents' || origin.values.length === 0) {
        input.placeholder = input.dataset.example;
        delete input.dataset.read;
        note.hidden = true;
        note.textContent = '';
        continue;
      }
      const values = origin.values.map((item) => item.value);
      this.readValues.set(name, values);
      input.placeholder = values.join(', ');
      input.dataset.read = 'true';
      note.hidden = false;
      note.textContent = t('workbench.context.readFrom', { values: values.join(', '), places: readPlaces(origin.values, t) });
    }
  }

  /** The context as the page shows it: what was typed, and what was read from the documents in the fields left empty. */
  shown(): Context {
    const context = this.read() as Record<string, unknown>;
    for (const [name, values] of this.readValues) if (context[name] === undefined) context[name] = values;
    return context as Context;
  }

  /** The note under a field that says where its values were read from (made on first use, and described by the input). */
  private readNote(input: HTMLInputElement): HTMLElement {
    const id = `${input.id}-read`;
    let note = this.root.querySelector<HTMLElement>(`[id="${id}"]`);
    if (!note) {
      // A copy of the field's own hint, so the page's (scoped) hint style applies to it too.
      const hint = this.root.querySelector<HTMLElement>(`[id="${input.id}-hint"]`);
      note = (hint?.cloneNode(false) as HTMLElement | undefined) ?? input.ownerDocument.createElement('p');
      note.id = id;
      note.classList.add('wb-hint');
      note.dataset.readFrom = input.name;
      note.hidden = true;
      input.after(note);
      input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
    }
    return note;
  }

  /** The context the form describes. */
  read(): Context {
    const context: Record<string, unknown> = {};
    if (this.region.value !== '') context.region = this.region.value;
    const bundle = this.root.querySelector<HTMLInputElement>('input[data-bundle]:checked')?.value;
    context.bundle = bundle === 'byol' ? 'byol' : 'public';
    for (const field of SELECT_FIELDS) {
      const value = this.root.querySelector<HTMLSelectElement>(`select[name="${field.name}"]`)?.value ?? '';
      if ((field.values ?? []).includes(value)) context[field.name] = value;
    }
    for (const name of LIST_FIELDS) {
      const values = splitList(this.field(name)?.value ?? '');
      if (values.length > 0) context[name] = values;
    }
    return context as Context;
  }

  /** Shows a context; a Region the list does not know is added to it, so nothing is lost. */
  write(context: Context): void {
    const region = context.region ?? '';
    if (region !== '' && ![...this.region.options].some((option) => option.value === region)) {
      this.region.add(new Option(region, region));
    }
    this.region.value = region;
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[data-bundle]')) input.checked = input.value === (context.bundle ?? 'public');
    for (const field of SELECT_FIELDS) {
      const select = this.root.querySelector<HTMLSelectElement>(`select[name="${field.name}"]`);
      if (select) select.value = String(context[field.name] ?? '');
    }
    for (const name of LIST_FIELDS) {
      const field = this.field(name);
      if (field) field.value = (context[name] ?? []).join(', ');
    }
  }

  /** The input of a context field, to focus it from a finding. */
  field(name: string): HTMLInputElement | HTMLSelectElement | undefined {
    if (name === 'region') return this.region;
    if (name === 'bundle') return this.root.querySelector<HTMLInputElement>('input[data-bundle]:checked') ?? undefined;
    return this.root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? undefined;
  }

  /** The visible name of the selected Region option. */
  regionLabel(): string {
    return this.region.selectedOptions[0]?.textContent ?? '';
  }

  onChange(listener: () => void): void {
    this.root.addEventListener('input', listener);
    this.root.addEventListener('change', listener);
  }
}
