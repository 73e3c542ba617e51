/** The workbench's UI strings (content/i18n `workbench.*`), handed to the browser by the component. */
import type { UiKey } from '../i18n/ui.ts';

/** A key of a workbench UI string. */
export type WorkbenchKey = Extract<UiKey, `workbench.${string}`>;

export type WorkbenchStrings = Record<WorkbenchKey, string>;

/** A size such as "6.6 MB" or "812 B" (UTF-16 code units counted as bytes: close enough for a label). */
export function formatSize(length: number, locale = 'en'): string {
  if (length < 1000) return `${length.toLocaleString(locale)} B`;
  if (length < 1_000_000) return `${(length / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} KB`;
  return `${(length / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
