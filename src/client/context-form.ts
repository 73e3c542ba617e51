/**
 * The context form: one input per field of the context schema (validators/context.ts): the
 * Region select, the bundle radios, a select for each other choice and a text input for each
 * list. Reading gives a Context with only the fields that hold something, so a link carries
 * exactly what the reader set.
 */
import type { Context } from '../../validators/index.ts';
import { CONTEXT_FIELD_SHAPES, CONTEXT_LIST_FIELDS } from '../../validators/context.ts';

/** The list fields, by the name of their input. */
export const LIST_FIELDS = CONTEXT_LIST_FIELDS;

/** The choice fields shown as a select (the bundle is a pair of radios with a default). */
export const SELECT_FIELDS = CONTEXT_FIELD_SHAPES.filter((field) => field.kind === 'choice' && field.name !== 'bundle');

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
