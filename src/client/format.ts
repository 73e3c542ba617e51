/** Filling the `{name}` placeholders of the site's UI strings in the browser (workbench and calculators). */
import { formatMessage } from '../../validators/messages.ts';

/** The string with `{name}` placeholders filled as finding messages are (unknown names stay as written, so a missing value is visible); numbers are formatted for the page language. */
export function format(template: string, values: Record<string, string | number> = {}, locale = 'en'): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'number' ? value.toLocaleString(locale) : value;
  return formatMessage(template, shown);
}
