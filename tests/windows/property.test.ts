/**
 * Properties of the Windows reader: it never throws, whatever is pasted, and how the text
 * travelled (CRLF or LF, a BOM, trailing spaces) does not change what it finds.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validate } from '../../validators/index.ts';
import { readWindowsText } from '../../validators/windows/read.ts';

const DIR = 'tests/fixtures/windows';
const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));
const FIXTURE_LINES = FIXTURES.flatMap((fixture) => fixture.text.split(/\r?\n/));

/** What a report says, without where the engine put line breaks: rule, line, message. */
function summary(text: string): string[] {
  return validate([{ name: 'paste.txt', text }]).findings.map((finding) => `${finding.ruleId}@${finding.line}: ${finding.message}`);
}

/** Text made of fixture lines and arbitrary ones: the paste a parser is most likely to trip on. */
const pasteLike = fc
  .array(fc.oneof(fc.constantFrom(...FIXTURE_LINES), fc.string(), fc.constantFrom('', ':', ' : ', '#Peers: x', '[Configuration]', '***', '---Processing---', 'C:\\>', 'PS>')), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

describe('the Windows reader, on any input', () => {
  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        readWindowsText('paste.txt', text);
        validate([{ name: 'paste.txt', text }]);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on shuffled lines of the fixtures mixed with noise', () => {
    fc.assert(
      fc.property(pasteLike, fc.constantFrom(undefined, { bundle: 'byol' as const }, { timeSource: 'domain-hierarchy' as const, region: 'ap-northeast-1' }), (text, context) => {
        const report = validate([{ name: 'paste.txt', text }], context, { lang: 'ja' });
        for (const finding of report.findings) {
          assert.ok(finding.line >= 1 && finding.column >= 1);
          assert.doesNotMatch(finding.message, /\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on unicode, control characters and very long lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 400 })), { maxLength: 20 }), (lines) => {
        validate([{ name: 'paste.txt', text: lines.join('\r\n') }]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the Windows reader, on the fixtures', () => {
  for (const fixture of FIXTURES) {
    test(`${fixture.name} gives the same findings whatever its line endings, BOM or trailing spaces`, () => {
      const expected = summary(fixture.text);
      const lines = fixture.text.split(/\r?\n/);
      fc.assert(
        fc.property(fc.constantFrom('\n', '\r\n', '\r\r\n'), fc.boolean(), fc.array(fc.constantFrom('', ' ', '  ', '\t'), { minLength: lines.length, maxLength: lines.length }), (ending, bom, trailing) => {
          const text = (bom ? '\uFEFF' : '') + lines.map((line, index) => line + (trailing[index] ?? '')).join(ending);
          assert.deepEqual(summary(text), expected);
        }),
        { numRuns: 25 },
      );
    });
  }

  test('two fixtures pasted into one document give the findings of each, the second moved down', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.constantFrom(...FIXTURES), (first, second) => {
        const firstText = first.text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n\n');
        const offset = firstText.split('\n').length - 1;
        const alone = [...summary(firstText), ...summary(second.text).map((line) => line.replace(/@(\d+)/, (_, n: string) => `@${Number(n) + offset}`))];
        const together = summary(firstText + second.text.replace(/\r\n/g, '\n'));
        // Rules that combine outputs (management interface, time picture) may add to or refine each other; the rest must match.
        const independent = (line: string) => !/^(win-office-kms-host|win-kms-srv-record|win-time-|win-default-route|win-link-local-route|win-route-management-overlap|win-persistent-route-gateway)/.test(line);
        assert.deepEqual(together.filter(independent).sort(), alone.filter(independent).sort());
      }),
      { numRuns: 60 },
    );
  });
});
