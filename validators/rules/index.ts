/**
 * The rule registry: an explicit list, so the browser bundle and Node load the same rules in
 * the same order. A rule added here needs a page in both languages and test cases (a test
 * fails otherwise).
 */
import { ACL_RULES } from './acls.ts';
import { DIRECTORY_RULES } from './directory.ts';
import { ENDPOINT_RULES } from './endpoints.ts';
import { GROUP_RULES } from './groups.ts';
import { INPUT_RULES } from './input.ts';
import { MANAGEMENT_RULES } from './management.ts';
import { PATH_RULES } from './path.ts';
import { ROUTE_RULES } from './routes.ts';
import type { Rule } from './rule.ts';
import { WORKSPACES_RULES } from './workspaces.ts';
import { WINDOWS_RULES } from '../windows/rules.ts';

export const RULES: readonly Rule[] = [...INPUT_RULES, ...PATH_RULES, ...ROUTE_RULES, ...MANAGEMENT_RULES, ...ACL_RULES, ...GROUP_RULES, ...DIRECTORY_RULES, ...ENDPOINT_RULES, ...WORKSPACES_RULES, ...WINDOWS_RULES];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if registered. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
