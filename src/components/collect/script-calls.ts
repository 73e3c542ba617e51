/**
 * The AWS calls the collect scripts make, read from their text: `collect`/`Invoke-Collect` for
 * documents, `lookup`/`Get-Ids` for ids, as word lists whose variables are named alike in both
 * languages (`<vpcs>`). The collect page renders its command list and IAM policy from collect.sh
 * with these, and a test compares collect.ps1's calls with collect.sh's, so neither can drift.
 */

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

/** One AWS call a script makes: a collected document (its name first) or a lookup of ids or rows (its id prefix, or what it lists, first), then the service, the operation and its arguments. */
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
  for (const match of text.matchAll(/(?<=^|[\s(])(collect|lookup|rows) (?!\(\))/gm)) {
    const words = shellWords(commandText(text, (match.index ?? 0) + match[0].length));
    calls.push({ kind: match[1] === 'collect' ? 'collect' : 'lookup', words: words.map(canonicalVariables) });
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
  for (const match of text.matchAll(/(?<!function )\b(Invoke-Collect|Get-Ids|Get-Rows) /g)) {
    const words = powershellWords(commandText(text, (match.index ?? 0) + match[0].length));
    calls.push({ kind: match[1] === 'Invoke-Collect' ? 'collect' : 'lookup', words: words.map(canonicalVariables) });
  }
  return calls;
}

/** What each of collect.sh's variables stands for on the collect page. */
const PLACEHOLDERS: Record<string, string> = {
  vpcs: '<vpc-ids>',
  vpcids: '<vpc-ids>',
  directoryids: '<directory-ids>',
  directory: '<directory-id>',
  name: 'workspaces.json',
  workspacessubnets: '<workspaces-subnet-ids>',
  gateways: '<transit-gateway-ids>',
  table: '<tgw-route-table-id>',
  attached: '<attached-vpc-ids>',
  others: '<attached-vpc-ids>',
  routetablevpcs: '<vpc-ids>,<attached-vpc-ids>',
  prefixlists: '<prefix-list-ids>',
  list: '<prefix-list-id>',
};

/** A word with its variables shown as placeholders; a variable the page does not know fails the build. */
function shownWord(word: string): string {
  return word.replace(/<([a-z]+)>/g, (_whole, name: string) => {
    const placeholder = PLACEHOLDERS[name];
    if (placeholder === undefined) throw new Error(`collect page: no placeholder for the script variable "${name}"`);
    return placeholder;
  });
}

/** A word as a shell shows it: quoted when it holds a space or a quote (as the scripts record commands). */
function quotedWord(word: string): string {
  if (!/[^A-Za-z0-9_,.=/:@+<>-]/.test(word)) return word;
  return word.includes("'") ? `"${word}"` : `'${word}'`;
}

/** The command line of a call as the collect page shows it, with the Region and output format the scripts add. */
export function shownCommand(call: ScriptCall): string {
  const [, ...command] = call.words.map(shownWord);
  return ['aws', ...command.map(quotedWord), '--region', '<region>', '--output', call.kind === 'collect' ? 'json' : 'text'].join(' ');
}

/** The name of the document a collecting call writes, as the collect page shows it. */
export function shownName(call: ScriptCall): string {
  return shownWord(call.words[0] ?? '');
}

/** The IAM actions the calls need (`ec2:DescribeRouteTables`), sorted, each once. */
export function iamActions(calls: readonly ScriptCall[]): string[] {
  const pascal = (operation: string) => operation.split('-').map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`).join('');
  return [...new Set(calls.map((call) => `${call.words[1]}:${pascal(call.words[2] ?? '')}`))].sort();
}

/** The least-privilege IAM policy for the calls, as JSON. */
export function iamPolicy(calls: readonly ScriptCall[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ClosedWorkspacesCollect', Effect: 'Allow', Action: iamActions(calls), Resource: '*' }] }, null, 2);
}
