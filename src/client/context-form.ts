/**
 * The context form: what the inputs cannot tell (Region, the WorkSpaces subnets and groups,
 * directory controllers, internal ranges, closed next hops, bundle). Reading gives a Context with
 * only the fields that hold something, so a link carries exactly what the reader set.
 */
import type { Context } from '../../validators/index.ts';

/** The list fields, by the name of their input. */
export const LIST_FIELDS = ['workspacesSubnetIds', 'workspacesSecurityGroupIds', 'directoryControllers', 'internalCidrs', 'closedTargets'] as const;

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
    const context: Context = {};
    if (this.region.value !== '') context.region = this.region.value;
    const bundle = this.root.querySelector<HTMLInputElement>('input[data-bundle]:checked')?.value;
    context.bundle = bundle === 'byol' ? 'byol' : 'public';
    for (const name of LIST_FIELDS) {
      const values = splitList(this.field(name)?.value ?? '');
      if (values.length > 0) context[name] = values;
    }
    return context;
  }

  /** Shows a context; a Region the list does not know is added to it, so nothing is lost. */
  write(context: Context): void {
    const region = context.region ?? '';
    if (region !== '' && ![...this.region.options].some((option) => option.value === region)) {
      this.region.add(new Option(region, region));
    }
    this.region.value = region;
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[data-bundle]')) input.checked = input.value === (context.bundle ?? 'public');
    for (const name of LIST_FIELDS) {
      const field = this.field(name);
      if (field) field.value = (context[name] ?? []).join(', ');
    }
  }

  /** The input of a context field (`region`, `bundle`, or a list field), to focus it from a finding. */
  field(name: string): HTMLInputElement | HTMLSelectElement | undefined {
    if (name === 'region') return this.region;
    if (name === 'bundle') return this.root.querySelector<HTMLInputElement>('input[data-bundle]:checked') ?? undefined;
    return this.root.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? undefined;
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
