/**
 * A PowerShell lexer for the test that cannot run collect.ps1 (no pwsh here): it finds unbalanced
 * brackets, and strings or comments left open, as PowerShell's tokenizer would start to.
 */

/** A problem the PowerShell lexer found, with its 1-based line. */
export interface LexProblem {
  line: number;
  problem: string;
}

const CLOSER: Record<string, string> = { '(': ')', '@(': ')', '$(': ')', '{': '}', '@{': '}', '[': ']' };

/**
 * Checks PowerShell text the way its tokenizer would start to: comments (`#`, `<# #>`), strings
 * ('…' with '' inside, "…" with backtick escapes, "" inside and $( ) subexpressions, here-strings)
 * and brackets ( ) [ ] { } @( ) $( ) @{ } must each be closed, in order.
 */
export function powershellProblems(text: string): LexProblem[] {
  const problems: LexProblem[] = [];
  /** Open brackets and double-quoted strings, innermost last: a string's $( ) holds code again. */
  const frames: ({ kind: 'bracket'; open: string; line: number } | { kind: 'string'; line: number })[] = [];
  let line = 1;
  let index = 0;
  const at = (offset: number) => text[index + offset] ?? '';
  const skipTo = (end: number) => {
    for (const skipped of text.slice(index, end)) if (skipped === '\n') line++;
    index = end;
  };
  while (index < text.length) {
    const char = at(0);
    if (frames[frames.length - 1]?.kind === 'string') {
      if (char === '`') skipTo(index + 2);
      else if (char === '"' && at(1) === '"') skipTo(index + 2);
      else if (char === '"') {
        frames.pop();
        index++;
      } else if (char === '$' && at(1) === '(') {
        frames.push({ kind: 'bracket', open: '$(', line });
        index += 2;
      } else skipTo(index + 1);
      continue;
    }
    if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
      continue;
    }
    if (char === '<' && at(1) === '#') {
      const end = text.indexOf('#>', index + 2);
      if (end < 0) return [...problems, { line, problem: 'block comment <# is never closed' }];
      skipTo(end + 2);
      continue;
    }
    if (char === '@' && (at(1) === "'" || at(1) === '"') && at(2) === '\n') {
      const end = text.indexOf(`\n${at(1)}@`, index + 2);
      if (end < 0) return [...problems, { line, problem: `here-string @${at(1)} is never closed` }];
      skipTo(end + 3);
      continue;
    }
    if (char === "'") {
      let end = index + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
      if (end >= text.length) return [...problems, { line, problem: "string ' is never closed" }];
      skipTo(end + 1);
      continue;
    }
    if (char === '"') {
      frames.push({ kind: 'string', line });
      index++;
      continue;
    }
    if (char === '`') {
      skipTo(index + 2);
      continue;
    }
    const two = char + at(1);
    if (two === '@(' || two === '$(' || two === '@{') {
      frames.push({ kind: 'bracket', open: two, line });
      index += 2;
      continue;
    }
    if (char === '(' || char === '{' || char === '[') frames.push({ kind: 'bracket', open: char, line });
    else if (char === ')' || char === '}' || char === ']') {
      const open = frames.pop();
      if (!open) problems.push({ line, problem: `${char} closes nothing` });
      else if (open.kind === 'bracket' && CLOSER[open.open] !== char) problems.push({ line, problem: `${char} closes ${open.open} of line ${open.line}` });
    } else if (char === '\n') line++;
    index++;
  }
  for (const frame of frames) problems.push({ line: frame.line, problem: frame.kind === 'string' ? 'string " is never closed' : `${frame.open} is never closed` });
  return problems;
}
