import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { RULES } from '../../validators/index.ts';
import { SOURCES, type Source } from '../../validators/requirements/sources.ts';
import { RULE_CASES } from '../../validators/rules/cases/index.ts';
import { runRuleCases } from './rule-tester.ts';

describe('the rule registry', () => {
  test('rule ids are unique, kebab-case and prefixed by their category', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z0-9]+)+$/);
      assert.ok(rule.id.startsWith(`${rule.category}-`), `${rule.id} is not prefixed by ${rule.category}-`);
    }
  });

  test('every rule cites at least one https source from the registry', () => {
    for (const rule of RULES) {
      assert.ok(rule.sources.length > 0, `${rule.id} cites nothing`);
      for (const id of rule.sources) {
        const source: Source | undefined = SOURCES[id];
        assert.ok(source, `${rule.id} cites unknown source ${id}`);
        assert.match(source.url ?? '', /^https:\/\/\S+$/, `${rule.id} cites ${id}, which has no https URL`);
      }
    }
  });

  test('every rule has a title, a description and messages in both languages', () => {
    for (const rule of RULES) {
      for (const text of [rule.title, rule.description, ...Object.values(rule.messages)]) {
        assert.ok(text.en.trim() && text.ja.trim(), `${rule.id} lacks a translation`);
        assert.match(text.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${rule.id}: "${text.ja}" is not Japanese`);
      }
    }
  });

  test('every rule has a page in English and Japanese, and every rule page has a rule', () => {
    for (const rule of RULES) {
      assert.ok(existsSync(`content/docs/rules/${rule.id}.mdx`), `content/docs/rules/${rule.id}.mdx is missing`);
      assert.ok(existsSync(`content/docs/ja/rules/${rule.id}.mdx`), `content/docs/ja/rules/${rule.id}.mdx is missing`);
    }
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const folder of ['content/docs/rules', 'content/docs/ja/rules']) {
      for (const file of readdirSync(folder)) {
        const id = file.replace(/\.mdx?$/, '');
        if (id === 'index') continue;
        assert.ok(ids.has(id), `${folder}/${file} documents no registered rule`);
      }
    }
  });

  test('every rule has valid and invalid cases, and no cases exist for an unknown rule', () => {
    for (const rule of RULES) {
      const cases = RULE_CASES[rule.id];
      assert.ok(cases, `${rule.id} has no cases`);
      assert.ok(cases.valid.length > 0, `${rule.id} has no valid case`);
      assert.ok(cases.invalid.length > 0, `${rule.id} has no invalid case`);
      for (const invalid of cases.invalid) assert.ok((invalid.errors ?? []).length > 0, `${rule.id}: invalid case "${invalid.title.en}" expects no finding`);
    }
    for (const id of Object.keys(RULE_CASES)) assert.ok(RULES.some((rule) => rule.id === id), `cases for unknown rule ${id}`);
  });
});

for (const rule of RULES) {
  const cases = RULE_CASES[rule.id];
  if (cases) runRuleCases(rule.id, cases);
}
