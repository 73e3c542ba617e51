/**
 * scripts/collect.ps1, checked as far as a machine without PowerShell allows: it makes exactly
 * collect.sh's calls (same order, names, filters and queries; collect.sh itself is run against
 * the fake aws in collect-sh.test.ts), read-only ones only, covering every registry kind; it
 * writes UTF-8 without a BOM through .NET and nothing through PowerShell's own file cmdlets; it is
 * ASCII (Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page); and its brackets,
 * strings and comments are balanced. Where `pwsh` is installed, it is also run against the fake
 * aws and must write collect.sh's bundle.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { INPUT_KINDS } from '../../validators/input/kinds/index.ts';
import { resolve } from 'node:path';
import { runWithFakeAws } from './fake.ts';
import { directoryAccount, DIRECTORY, PROFILE, REGION } from './recordings.ts';
import { bashCalls, powershellCalls } from '../../src/components/collect/script-calls.ts';
import { powershellProblems } from './powershell-lexer.ts';

const ps1 = readFileSync('scripts/collect.ps1', 'utf8');
const sh = readFileSync('scripts/collect.sh', 'utf8');

describe('collect.ps1', () => {
  test('makes the same AWS calls as collect.sh, in the same order, with the same names, filters and queries', () => {
    const bash = bashCalls(sh);
    assert.ok(bash.length >= 30, `found only ${bash.length} calls in collect.sh`);
    assert.deepEqual(powershellCalls(ps1), bash);
  });

  test('makes only describe-*, get-* and search-* calls', () => {
    for (const call of powershellCalls(ps1)) {
      // Words: the document name (or the id prefix), the service, the operation, its arguments.
      assert.match(call.words[2] ?? '', /^(describe|get|search)-/, call.words.join(' '));
    }
    // The only other aws call: the profile's Region.
    assert.deepEqual([...ps1.matchAll(/@\('configure', '(\w+)', '(\w+)'\)/g)].map((match) => `${match[1]} ${match[2]}`), ['get region']);
  });

  test('collects the output of every kind in the registry', () => {
    const operations = new Set(powershellCalls(ps1).filter((call) => call.kind === 'collect').map((call) => `${call.words[1]} ${call.words[2]}`));
    for (const kind of INPUT_KINDS) {
      const [, service, operation] = kind.command.split(' ');
      assert.ok(operations.has(`${service} ${operation}`), `${kind.kind}: collect.ps1 never collects aws ${service} ${operation}`);
    }
  });

  test('asks for JSON when it collects and for text when it looks ids up, always with the Region', () => {
    assert.match(ps1, /Invoke-Aws \(\$Arguments \+ \(Get-CommonArguments 'json'\)\)/);
    assert.match(ps1, /Invoke-Aws \(\$Arguments \+ \(Get-CommonArguments 'text'\)\)/);
    assert.match(ps1, /\$common = @\('--region', \$script:region\)/);
    assert.match(ps1, /if \(\$ProfileName -ne ''\) \{ \$common \+= @\('--profile', \$ProfileName\) \}/);
  });

  test('writes the bundle as UTF-8 without a byte-order mark, through .NET only', () => {
    assert.match(ps1, /\$Utf8 = New-Object System\.Text\.UTF8Encoding \$false/);
    assert.match(ps1, /\[System\.IO\.File\]::WriteAllText\(\$path, \$bundle, \$Utf8\)/);
    // Out-File, Set-Content, Add-Content and > write UTF-16 or a BOM on Windows PowerShell 5.1.
    const code = ps1.replace(/<#[\s\S]*?#>/g, '').replace(/#.*$/gm, '');
    assert.doesNotMatch(code, /\b(Out-File|Set-Content|Add-Content|Export-\w+)\b/);
    assert.doesNotMatch(code, /[^-]>\s*\$?[\w.]+\s*$/m);
    // What the CLI prints is read as UTF-8 too, not in the console's code page.
    assert.match(ps1, /\$info\.StandardOutputEncoding = \$Utf8/);
    assert.match(ps1, /\$env:AWS_CLI_OUTPUT_ENCODING = 'UTF-8'/);
  });

  test('is ASCII, so Windows PowerShell 5.1 reads it alike in every code page', () => {
    const bytes = readFileSync('scripts/collect.ps1');
    assert.ok(bytes.every((byte) => byte < 0x80), 'a non-ASCII byte in collect.ps1');
    assert.ok(readFileSync('scripts/collect.sh').every((byte) => byte < 0x80), 'a non-ASCII byte in collect.sh');
  });

  test('closes every bracket, string and comment it opens', () => {
    assert.deepEqual(powershellProblems(ps1), []);
  });

  test('writes each JSON string as collect.sh does: quotes and backslashes escaped, tabs and line breaks as spaces, control characters dropped', () => {
    assert.match(ps1, /\$text = \$Value -replace "\[`t`r`n\]", ' '/);
    assert.match(ps1, /\$text = \$text -replace '\[\\x00-\\x1f\\x7f\]', ''/);
    assert.match(ps1, /\.Replace\('\\', '\\\\'\)\.Replace\('"', '\\"'\)/);
    assert.match(sh, /tr '\\t\\n\\r' ' {3}' \| LC_ALL=C tr -d '\\000-\\010\\013\\014\\016-\\037\\177' \| LC_ALL=C sed -e 's\/\\\\\/\\\\\\\\\/g' -e 's\/"\/\\\\"\/g'/);
  });

  test('records the command as collect.sh does, without the profile', () => {
    assert.match(ps1, /\$recorded = Get-ShownCommand \(\$Arguments \+ @\('--region', \$script:region, '--output', 'json'\)\)/);
    assert.match(ps1, /-cmatch '\[\^A-Za-z0-9_,\.=\/:@\+-\]'/);
    assert.match(sh, /\*\[!A-Za-z0-9_,\.=\/:@\+-\]\*\)/);
  });

  test('runs against the fake aws and writes collect.sh’s bundle (only where pwsh is installed)', (context) => {
    if (spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status !== 0) {
      context.skip('pwsh is not installed here: collect.ps1 was not run');
      return;
    }
    const account = directoryAccount();
    const bash = runWithFakeAws(['bash', 'scripts/collect.sh', '--directory-id', DIRECTORY, '--region', REGION, '--profile', PROFILE, '--follow-transit-gateway'].map((arg) => (arg.startsWith('scripts/') ? resolve(arg) : arg)), account.responses, { outputOption: '--output' });
    const pwsh = runWithFakeAws(['pwsh', '-NoProfile', '-NonInteractive', '-File', resolve('scripts/collect.ps1'), '-DirectoryId', DIRECTORY, '-Region', REGION, '-Profile', PROFILE, '-FollowTransitGateway'], account.responses, { outputOption: '-Output' });
    assert.equal(pwsh.status, 0, pwsh.stderr);
    assert.deepEqual(pwsh.calls, bash.calls);
    const withoutTime = (text: string | undefined) => ({ ...(JSON.parse(text ?? 'null') as Record<string, unknown>), collected: '' });
    assert.deepEqual(withoutTime(pwsh.bundle), withoutTime(bash.bundle));
    assert.notDeepEqual([...readFileSync(pwsh.file).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });
});

describe('the PowerShell checks above can fail', () => {
  test('an unclosed brace, a string left open and a bracket closed by the wrong one are found', () => {
    assert.deepEqual(powershellProblems('function f {\n  if ($x) { "a" }\n'), [{ line: 1, problem: '{ is never closed' }]);
    assert.deepEqual(powershellProblems("$a = 'b\n"), [{ line: 1, problem: "string ' is never closed" }]);
    assert.deepEqual(powershellProblems('$a = @(1, 2]\n'), [{ line: 1, problem: '] closes @( of line 1' }]);
    assert.deepEqual(powershellProblems('$a = "x $($b + "y") z\n'), [{ line: 1, problem: 'string " is never closed' }]);
    assert.deepEqual(powershellProblems('$a = "it`"s $(1 + (2)) ok" # } not code\n<# ( #>\n'), []);
  });

  test('a call that differs from collect.sh is found', () => {
    const changed = ps1.replace("'Name=state,Values=active,blackhole'", "'Name=state,Values=active'");
    assert.notDeepEqual(powershellCalls(changed), bashCalls(sh));
  });
});
