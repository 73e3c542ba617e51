/**
 * How a report's fix is shown as text, in one place for the command line, SARIF and the audit
 * report: AWS CLI commands as a shell block, edits of a template or configuration as their
 * sentences, each followed by its snippet (YAML, JSON or HCL).
 */
import type { Fix } from '../types.ts';

/** The fence language of a snippet: `sh` for commands, `hcl` for Terraform, `json` or `yaml` for a template. */
export function snippetLanguage(fix: Fix, code: string): 'sh' | 'hcl' | 'json' | 'yaml' {
  if (fix.language === 'aws-cli') return 'sh';
  if (fix.language === 'terraform') return 'hcl';
  return code.startsWith('{') || code.startsWith('[') ? 'json' : 'yaml';
}

/** A Markdown code fence longer than any run of backticks in the code, so nothing in it can end the block. */
export function fenceFor(code: string): string {
  let longest = 0;
  let run = 0;
  for (const char of code) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The fix as plain lines under its description: one command a line, or each edit's sentence with its snippet indented below it. */
export function fixPlainLines(fix: Fix): string[] {
  if (fix.language === 'aws-cli') return [...fix.commands];
  return fix.edits.flatMap((edit, index) => [`${index + 1}. ${edit.text}`, ...(edit.code === undefined ? [] : edit.code.split('\n').map((line) => `   ${line}`))]);
}

/** The fix as Markdown blocks after its description (`escape` makes a sentence safe for Markdown), each line prefixed by `indent`. */
export function fixMarkdownLines(fix: Fix, escape: (text: string) => string, indent = ''): string[] {
  const block = (code: string) => {
    const fence = fenceFor(code);
    return [`${indent}${fence}${snippetLanguage(fix, code)}`, ...code.split('\n').map((line) => `${indent}${line}`), `${indent}${fence}`];
  };
  if (fix.language === 'aws-cli') return block(fix.commands.join('\n'));
  return fix.edits.flatMap((edit, index) => [`${indent}${index + 1}. ${escape(edit.text)}`, ...(edit.code === undefined ? [] : ['', ...block(edit.code)]), '']);
}
