/** What the win-* rules share: where a finding points and which outputs a rule reads. */
import type { Analysis } from '../analysis/analysis.ts';
import type { RuleReport } from '../rules/rule.ts';
import type { Localized } from '../types.ts';
import type { WindowsKind, WindowsOutput } from './model.ts';
import type { Span } from './text.ts';

/** A finding's location: a span of a text document (the engine turns it into line and column). */
export function textAt(file: string, span: Span): RuleReport['at'] {
  return { file, path: [], offset: span.offset, length: span.length };
}

/** Every pasted output of one kind, in paste order. */
export function outputsOf<K extends WindowsKind>(analysis: Analysis, kind: K): Extract<WindowsOutput, { kind: K }>[] {
  return analysis.resources.windows.flatMap((document) => document.outputs.filter((output): output is Extract<WindowsOutput, { kind: K }> => output.kind === kind));
}

/** The same text in both languages (names, addresses, numbers). */
export function same(text: string): Localized {
  return { en: text, ja: text };
}

/** A list for messages: `a, b and c` / `a、b、c`. */
export function list(items: readonly string[]): Localized {
  if (items.length <= 1) return same(items[0] ?? '');
  return { en: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`, ja: items.join('、') };
}
