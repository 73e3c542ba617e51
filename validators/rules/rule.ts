/**
 * What a rule is: metadata plus one check (the ESLint shape). Rules never compute locations:
 * they name a JSON path and the engine maps it to lines afterwards, in one place.
 */
import type { Analysis } from '../analysis/analysis.ts';
import type { RuleFix } from '../fix/operations.ts';
import type { MessageData } from '../messages.ts';
import type { SourceId } from '../requirements/sources.ts';
import type { Evidence, Localized, Location, Severity } from '../types.ts';

/** Which inputs a rule looks at; also the prefix of its id. */
export type RuleCategory = 'input' | 'rt' | 'nacl' | 'sg' | 'path' | 'mgmt' | 'dir' | 'ws' | 'win';

/** Evidence in both languages, turned into the report language by the engine. */
export interface LocalizedEvidence {
  packet?: Omit<NonNullable<Evidence['packet']>, 'text'> & { text: Localized };
  chain: { layer: Evidence['chain'][number]['layer']; text: Localized; at?: Location }[];
}

/** What a check reports; the engine adds severity, location and the doc URL. `M`: the rule's message ids. */
export interface RuleReport<M extends string = string> {
  messageId: M;
  /** Lowers (or raises) the rule's severity for this report, e.g. an advisory port. */
  severity?: Severity;
  /** Values for the message placeholders (the same in every language). */
  data?: MessageData;
  /** Placeholder values that differ by language; they override `data`. */
  localizedData?: Record<string, Localized>;
  at: Location & { offset?: number; length?: number };
  evidence?: LocalizedEvidence;
  /** The operations that fix this finding with the user's ids, where a sound fix exists (validators/fix/plan.ts). */
  fix?: RuleFix;
}

export interface Rule<M extends string = string> {
  /** Stable kebab-case id, prefixed by its category (`rt-internet-route`). Never renamed once published. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** The good state, in both languages ("No route sends public addresses to the internet"). */
  title: Localized;
  /** What the rule checks and why, one or two sentences per language. */
  description: Localized;
  /** Message templates by id; `{name}` placeholders come from the report's data. */
  messages: Record<M, Localized>;
  /** AWS or Microsoft pages the rule rests on (ids in requirements/sources.ts). */
  sources: SourceId[];
  check(analysis: Analysis): RuleReport<NoInfer<M>>[];
}

/** The message ids of a rule. */
export type MessageIdOf<R> = R extends Rule<infer M> ? M : never;

/**
 * Identity helper that keeps rule literals type-checked: the message ids are the keys of
 * `messages`, so a report naming any other id fails the type check.
 */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
