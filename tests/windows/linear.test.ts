/**
 * The Windows parsers are linear in their input. Each paste below has the shape that made a
 * backtracking regex take seconds (or hours) at its size; the `timeout` is the guard, generous on
 * purpose: a linear parser reads any of them in milliseconds. The scans that replaced those regexes
 * are also checked against the regexes themselves on short random strings, where backtracking is cheap.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { validateInWorker } from '../support/validate-in-worker.ts';
import { adapterHeading } from '../../validators/windows/ipconfig.ts';
import { assignmentOf, failureOf } from '../../validators/windows/nslookup.ts';
import { framedStatus } from '../../validators/windows/ospp.ts';
import { labelled, splitLines, withoutParenthesis, type Line } from '../../validators/windows/text.ts';

const GUARD = { timeout: 5000 };
/** Validates the paste in a worker (see tests/support/validate-in-worker.ts): the guard can only fire if the test's thread is free. */
const read = (text: string, signal: AbortSignal) => validateInWorker([{ name: 'paste.txt', text }], signal);

describe('adversarial pastes finish', () => {
  test('an ipconfig adapter heading without its colon, 2 KB of spaces after the keyword', GUARD, ({ signal }) => read(`Windows IP Configuration\n\nEthernet adapter E:\n\nx adapter${' '.repeat(2048)}y\n   IPv4 Address. . . . : 10.0.0.1\n`, signal));
  test('an ospp.vbs status line of `---`, 4 KB of spaces and a tab', GUARD, ({ signal }) => read(`---Processing--------------------------\nLICENSE STATUS:  ---${' '.repeat(4096)}\t--\n---Exiting-----------------------------\n`, signal));
  test('8 KB of dot leaders before a colon', GUARD, ({ signal }) => read(`Windows IP Configuration\n\n${' .'.repeat(4096)}x:\n`, signal));
  test('a 64 KB run of spaces inside a line (trailing-space trim)', GUARD, ({ signal }) => read(`Windows IP Configuration\n\nx${' '.repeat(65536)}y\n`, signal));
  test('an nslookup line of 64 KB spaces with no `=`', GUARD, ({ signal }) => read(`C:\\>nslookup -type=srv _vlmcs._tcp\nServer:  dc01\nAddress:  10.0.0.2\n\na${' '.repeat(65536)}b\n`, signal));
  test('a Japanese nslookup failure line with 16 KB of spaces after the particle', GUARD, ({ signal }) => read(`C:\\>nslookup -type=srv _vlmcs._tcp\n*** dc01 が${' '.repeat(16384)}x\n`, signal));
  test('an nslookup failure line with 64 KB of spaces and a CR after the colon', GUARD, ({ signal }) => read(`C:\\>nslookup -type=srv _vlmcs._tcp\n*** can't find x:${' '.repeat(65536)}\r x\n`, signal));
  test('an ipconfig address with 64 KB of spaces before its value ends', GUARD, ({ signal }) => read(`Windows IP Configuration\n\nEthernet adapter E:\n\n   IPv4 Address. . . . . . . . . . . : 10.0.0.1${' '.repeat(65536)}x\n`, signal));
  test('a w32tm configuration value with 64 KB of spaces and no parenthesis', GUARD, ({ signal }) => read(`C:\\>w32tm /query /configuration\n[Configuration]\n\nEventLogFlags: 2${' '.repeat(65536)}x\n`, signal));
  test('a route print interface row of 96 KB of MAC octets cut by a CR', GUARD, ({ signal }) => read(`C:\\>route print\n===========================================================================\nInterface List\n  1...${'00 '.repeat(32768)}x\ry\n`, signal));
  test('Defender share sources with 64 KB of spaces and of backslashes', GUARD, ({ signal }) => read(`PS C:\\> Get-MpPreference\n\nSignatureDefinitionUpdateFileSharesSources : ${' '.repeat(65536)}x ${'\\'.repeat(65536)}x\nSignatureFallbackOrder : FileShares\n`, signal));
  test('a 64 KB KMS host of colons in the context', GUARD, ({ signal }) => validateInWorker([], signal, { kmsHosts: [`${':'.repeat(65536)}g`] }));
  test('a 1 MB paste of repeated fixture-like lines', { timeout: 20000 }, ({ signal }) => {
    const block = 'Ethernet adapter Ethernet 2:\n\n   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n';
    return read(`Windows IP Configuration\n\n${block.repeat(Math.ceil(1_000_000 / block.length))}`, signal);
  });
});

describe('the scans say what the regexes they replace said', () => {
  /** Short strings over the characters each pattern cares about, where the regexes are fast. */
  const over = (chars: string) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((list) => list.join(''));
  const RUNS = { numRuns: 3000 };

  test('dot leaders', () => {
    fc.assert(
      fc.property(over('ab .\t:'), (text) => {
        const line = splitLines(text)[0] as Line;
        const entry = labelled(line);
        const colon = line.text.indexOf(':');
        if (colon <= 0) return;
        const head = line.text.slice(0, colon);
        const label = head.replace(/(?:\s*\.)+\s*$/, '').trim();
        assert.equal(entry?.label, label === '' ? undefined : label);
        if (entry) assert.equal(entry.leaders, /(?:\s*\.){2,}\s*$/.test(head));
      }),
      RUNS,
    );
  });
  test('the ipconfig adapter heading', () => {
    fc.assert(
      fc.property(over('aAdpter ア:_x\tダプー'), fc.constantFrom('', 'adapter', 'Adapter', 'アダプター', ' adapter '), over('ad ter:'), (before, keyword, after) => {
        const text = `${before}${keyword}${after}`;
        const match = /^(\S.*?(?:\badapter\b|アダプター)\s*(.*?))\s*:$/i.exec(text);
        assert.deepEqual(adapterHeading(text), match ? { heading: match[1], name: (match[2] as string).trim() } : undefined, JSON.stringify(text));
      }),
      RUNS,
    );
  });
  test('the ospp.vbs status between dashes', () => {
    fc.assert(
      fc.property(over('-- LIC_x\t1'), (text) => {
        assert.equal(framedStatus(text), /-{3}\s*([A-Z_ ]+?)\s*-{3}/i.exec(text)?.[1], JSON.stringify(text));
      }),
      RUNS,
    );
  });
  test('nslookup failures and assignments', () => {
    fc.assert(
      fc.property(over("can't find x:が を見つけられません\t"), (text) => {
        const english = /can't find (.+?):\s*(.+)$/i.exec(text);
        const japanese = /が\s*(.+?)\s*を見つけられません:\s*(.+)$/.exec(text);
        const expected = english ? { name: english[1], reason: english[2], language: 'en' } : japanese ? { name: japanese[1], reason: japanese[2], language: 'ja' } : undefined;
        assert.deepEqual(failureOf(text), expected, JSON.stringify(text));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(over('a= b\t'), (text) => {
        const match = /^(.+?)\s*=\s*(\S+)$/.exec(text);
        assert.deepEqual(assignmentOf(text), match ? { key: match[1], value: match[2] } : undefined, JSON.stringify(text));
      }),
      RUNS,
    );
  });
  test('a value and its parenthesised note', () => {
    fc.assert(
      fc.property(over('a ()\tb'), (text) => {
        assert.equal(withoutParenthesis(text).rest.trim(), text.replace(/\s*\([^()]*\)\s*$/, '').trim(), JSON.stringify(text));
        const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
        const split = withoutParenthesis(text);
        assert.deepEqual(split.note === undefined ? undefined : [split.rest.trim(), split.note], match ? [(match[1] as string).trim(), match[2]] : undefined, JSON.stringify(text));
      }),
      RUNS,
    );
  });
});
