/**
 * Test cases of a rule, RuleTester-style: `valid` inputs must not raise the rule, `invalid`
 * ones must raise exactly the listed findings. The rule's page renders the first of each with
 * the findings the engine really returns, so the docs cannot drift from the behaviour.
 */
import type { Context, JsonPath, Localized } from '../../types.ts';

export interface CaseDocument {
  name: string;
  /** A JSON value (written out pretty-printed, 2 spaces) or raw text. */
  content: unknown;
}

/** Where one expected finding is: a JSON path (for JSON documents) or a 1-based line (for text); and, when given, which message it is. */
export interface ExpectedFinding {
  file?: string;
  path?: JsonPath;
  line?: number;
  messageId?: string;
}

export interface RuleCase {
  /** What the case shows, as a sentence in both languages (shown on the rule page). */
  title: Localized;
  documents: CaseDocument[];
  context?: Context;
  /** Only for invalid cases: every finding of the rule, in report order. */
  errors?: ExpectedFinding[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: RuleCase[];
}

/** The text of a case document as it is pasted. */
export function documentText(document: CaseDocument): string {
  return typeof document.content === 'string' ? document.content : JSON.stringify(document.content, null, 2);
}
