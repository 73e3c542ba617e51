/** Filling the `{name}` placeholders of the site's UI strings in the browser (workbench and calculators). */

/** The string with `{name}` placeholders filled (unknown names stay as written, so a missing value is visible); numbers are formatted for the page language. */
export function format(template: string, values: Record<string, string | number> = {}, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}
