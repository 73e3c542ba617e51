/**
 * The parsers' output and the findings on every fixture in tests/fixtures/windows/, byte for byte,
 * against the snapshot taken before the parsers were rewritten as linear scans: a rewrite may make
 * them faster, never different. Regenerate on purpose only: `WRITE_WINDOWS_SNAPSHOT=1 node --test tests/windows/snapshot.test.ts`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { validate, type Context } from '../../validators/index.ts';
import { readWindowsText } from '../../validators/windows/read.ts';

const DIR = 'tests/fixtures/windows';
const SNAPSHOT = 'tests/windows/fixtures.snapshot.json';
/** The contexts the fixtures are read under: none, and each one that changes a Windows rule's verdict. */
const CONTEXTS: (Context | undefined)[] = [undefined, { bundle: 'byol', kmsHosts: ['kms01.example.local'] }, { timeSource: 'domain-hierarchy' }, { timeSource: 'amazon-time-sync' }, { region: 'ap-northeast-1' }];

/** JSON with bigints (parsed addresses) written as decimal strings. */
const withBigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value);

function observed(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    out[`${file} parsed`] = readWindowsText(file, text);
    CONTEXTS.forEach((context, index) => {
      for (const lang of ['en', 'ja'] as const) out[`${file} findings context ${index} ${lang}`] = validate([{ name: file, text }], context, { lang }).findings;
    });
  }
  return out;
}

test('parse output and findings on the Windows fixtures are unchanged', () => {
  const text = `${JSON.stringify(observed(), withBigints, 1)}\n`;
  if (process.env.WRITE_WINDOWS_SNAPSHOT === '1') writeFileSync(SNAPSHOT, text);
  const expected = readFileSync(SNAPSHOT, 'utf8');
  const actual = JSON.parse(text) as Record<string, unknown>;
  const recorded = JSON.parse(expected) as Record<string, unknown>;
  assert.deepEqual(Object.keys(actual), Object.keys(recorded), 'the fixture set changed: regenerate the snapshot on purpose');
  for (const key of Object.keys(recorded)) assert.equal(JSON.stringify(actual[key]), JSON.stringify(recorded[key]), `${key} differs from the snapshot`);
});
