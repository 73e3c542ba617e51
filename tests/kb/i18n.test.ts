import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const en = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>;
const ja = JSON.parse(readFileSync('content/i18n/ja.json', 'utf8')) as Record<string, string>;
const kbKeys = Object.keys(en).filter((key) => key.startsWith('kb.'));

/** Source files of the knowledge-base components and client scripts. */
function kbSources(): string[] {
  return ['src/components/kb', 'src/client/kb'].flatMap((dir) => readdirSync(dir).filter((name) => /\.(astro|ts)$/.test(name)).map((name) => readFileSync(join(dir, name), 'utf8')));
}

describe('knowledge-base UI strings', () => {
  test('English and Japanese define the same kb. keys', () => {
    const jaKeys = Object.keys(ja).filter((key) => key.startsWith('kb.'));
    assert.deepEqual([...jaKeys].sort(), [...kbKeys].sort());
  });

  test('each string uses the same placeholders in both languages', () => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of kbKeys) assert.deepEqual(placeholders(ja[key]), placeholders(en[key]), key);
  });

  test('no Japanese string is left in English or empty', () => {
    const shared = new Set(['kb.kind.aws', 'kb.kind.microsoft', 'kb.kind.iana', 'kb.kms.col.byol', 'kb.mgmt.other.pools', 'kb.lookup.profile.pools']);
    const untranslated = kbKeys.filter((key) => !shared.has(key) && (ja[key] === en[key] || !ja[key]?.trim()));
    assert.deepEqual(untranslated, []);
  });

  test('every kb. key the components use exists, and every kb. key is used', () => {
    const code = kbSources().join('\n');
    const used = new Set([...code.matchAll(/'(kb\.[A-Za-z0-9.]+)'/g)].map((match) => match[1] ?? ''));
    assert.deepEqual([...used].filter((key) => !(key in en)), []);
    assert.deepEqual(kbKeys.filter((key) => !used.has(key)), []);
  });
});
