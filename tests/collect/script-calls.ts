/**
 * Reading the collect scripts as text, for the tests that cannot run them (no pwsh here) and for
 * comparing the two: a PowerShell lexer that finds unbalanced brackets and unterminated strings
 * or comments, and the AWS calls each script makes (`collect`/`Invoke-Collect` for documents,
 * `lookup`/`Get-Ids` for ids) as word lists whose variables are named alike in both languages.
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

/** The text from `from` to the end of its command: a line end at depth 0, or a `)` closing what it sits in. */
function commandText(text: string, from: number): string {
  let depth = 0;
  let quote = '';
  for (let index = from; index < text.length; index++) {
    const char = text[index] as string;
    if (quote === "'") {
      if (char === "'") quote = '';
      continue;
    }
    if (quote === '"') {
      if (char === '\\' || char === '`') index++;
      else if (char === '"') quote = '';
      else if (char === '$' && text[index + 1] === '(') {
        // A subexpression inside a string: skip to its matching parenthesis.
        let inner = 0;
        for (index++; index < text.length; index++) {
          if (text[index] === '(') inner++;
          else if (text[index] === ')' && --inner === 0) break;
        }
      }
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return text.slice(from, index);
      depth--;
    } else if ((char === '\n' || char === ';') && depth === 0) return text.slice(from, index);
  }
  return text.slice(from);
}

/** Variable references named alike in both languages: `$(csv "$workspaces_subnets")` and `$($workspacesSubnets -join ',')` are both `<workspacessubnets>`. */
function canonicalVariables(word: string): string {
  let out = '';
  for (let index = 0; index < word.length; index++) {
    const char = word[index] as string;
    if (char !== '$') {
      out += char;
      continue;
    }
    let end = index + 1;
    let inner: string;
    if (word[end] === '(' || word[end] === '{') {
      const close = word[end] === '(' ? ')' : '}';
      let depth = 0;
      for (; end < word.length; end++) {
        if (word[end] === word[index + 1]) depth++;
        else if (word[end] === close && --depth === 0) break;
      }
      inner = word.slice(index + 2, end);
      end++;
    } else {
      while (end < word.length && /[A-Za-z0-9_:]/.test(word[end] as string)) end++;
      inner = word.slice(index + 1, end);
    }
    out += `<${inner.replace(/^csv\s+/, '').replace(/\s*-join\s*','\s*$/, '').replace(/script:/, '').replace(/[$"_\s]/g, '').toLowerCase()}>`;
    index = end - 1;
  }
  return out;
}

/** Shell words of a command text: quotes removed, `$(…)` kept whole. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "'") {
      const end = text.indexOf("'", index + 1);
      word += text.slice(index + 1, end);
      index = end;
      inWord = true;
    } else if (char === '"') {
      let end = index + 1;
      for (; end < text.length && text[end] !== '"'; end++) {
        if (text[end] === '\\') end++;
        else if (text[end] === '$' && text[end + 1] === '(') {
          let depth = 0;
          for (end++; end < text.length; end++) {
            if (text[end] === '(') depth++;
            else if (text[end] === ')' && --depth === 0) break;
          }
        }
      }
      word += text.slice(index + 1, end).replace(/\\(.)/g, '$1');
      index = end;
      inWord = true;
    } else if (char === '$' && text[index + 1] === '(') {
      let depth = 0;
      let end = index + 1;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && --depth === 0) break;
      }
      word += text.slice(index, end + 1);
      index = end;
      inWord = true;
    } else if (/\s/.test(char) || char === '\\') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** PowerShell words of a command text: string literals and variables, in order; @( ) ( ) , + left out. */
function powershellWords(text: string): string[] {
  const words: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "'") {
      let end = index + 1;
      let value = '';
      for (; end < text.length; end++) {
        if (text[end] === "'" && text[end + 1] === "'") {
          value += "'";
          end++;
        } else if (text[end] === "'") break;
        else value += text[end];
      }
      words.push(value);
      index = end;
    } else if (char === '"') {
      let end = index + 1;
      for (; end < text.length && text[end] !== '"'; end++) {
        if (text[end] === '`') end++;
        else if (text[end] === '$' && text[end + 1] === '(') {
          let depth = 0;
          for (end++; end < text.length; end++) {
            if (text[end] === '(') depth++;
            else if (text[end] === ')' && --depth === 0) break;
          }
        }
      }
      words.push(text.slice(index + 1, end).replace(/`(.)/g, '$1'));
      index = end;
    } else if (char === '$') {
      let end = index + 1;
      while (end < text.length && /[A-Za-z0-9_:]/.test(text[end] as string)) end++;
      words.push(text.slice(index, end));
      index = end - 1;
    } else if (/[A-Za-z0-9-]/.test(char) && !/[A-Za-z0-9-]/.test(text[index - 1] ?? ' ')) {
      let end = index;
      while (end < text.length && /[A-Za-z0-9_.-]/.test(text[end] as string)) end++;
      words.push(text.slice(index, end));
      index = end - 1;
    }
  }
  return words;
}

/** One AWS call a script makes: a collected document (its name first) or an id lookup (its prefix first). */
export interface ScriptCall {
  kind: 'collect' | 'lookup';
  words: string[];
}

/** The calls of collect.sh, in the order they are written. */
export function bashCalls(script: string): ScriptCall[] {
  // Here-documents (the help text) and comment lines out, continuation lines joined.
  const text = script
    .replace(/<<'?EOF'?\n[\s\S]*?\nEOF\n/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n\s*/g, ' ');
  const calls: ScriptCall[] = [];
  for (const match of text.matchAll(/(?<=^|[\s(])(collect|lookup) (?!\(\))/gm)) {
    const words = shellWords(commandText(text, (match.index ?? 0) + match[0].length));
    calls.push({ kind: match[1] as ScriptCall['kind'], words: words.map(canonicalVariables) });
  }
  return calls;
}

/** The calls of collect.ps1, in the order they are written. */
export function powershellCalls(script: string): ScriptCall[] {
  const calls: ScriptCall[] = [];
  const text = script
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
  for (const match of text.matchAll(/(?<!function )\b(Invoke-Collect|Get-Ids) /g)) {
    const words = powershellWords(commandText(text, (match.index ?? 0) + match[0].length));
    calls.push({ kind: match[1] === 'Invoke-Collect' ? 'collect' : 'lookup', words: words.map(canonicalVariables) });
  }
  return calls;
}
