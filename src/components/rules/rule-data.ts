/** Shared lookups for the rule page components. */
import { ruleById, ruleDocPath, type Rule, type Severity } from '../../../validators/index.ts';
import { withBase } from '../../integrations/base-links.ts';

/** The registered rule with this id; a page for an unknown rule fails the build. */
export function requireRule(id: string): Rule {
  const rule = ruleById(id);
  if (!rule) throw new Error(`No rule "${id}" is registered (validators/rules/index.ts)`);
  return rule;
}

/** `en` or `ja` from Starlight's route data. */
export function langOf(lang: string | undefined): 'en' | 'ja' {
  return lang === 'ja' ? 'ja' : 'en';
}

/** A rule's page in the reader's language, under the base path (the engine's `docUrl`, made absolute). */
export function ruleHref(id: string, lang: 'en' | 'ja'): string {
  return withBase(`/${ruleDocPath(id, lang)}`, import.meta.env.BASE_URL);
}

/** The Starlight badge variant of each severity. */
export const SEVERITY_BADGE = { error: 'danger', warning: 'caution', info: 'note' } as const satisfies Record<Severity, string>;
