/**
 * Typed access to the site's own UI strings (content/i18n/*.json) through Starlight's `t()`.
 * Starlight types only its built-in keys; this checks ours against the English file.
 */
import type en from '../../content/i18n/en.json';

/** A key of a site UI string. */
export type UiKey = keyof typeof en;

/** The page's translator, restricted to the site's keys. */
export function ui(locals: App.Locals): (key: UiKey) => string {
  return (key) => locals.t(key as never) as string;
}
