/** Shared lookups for the rule page components. */
import { ruleById, type Rule } from '../../../validators/index.ts';

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
