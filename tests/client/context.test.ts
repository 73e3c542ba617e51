import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanContext } from '../../src/client/share-state.ts';
import { LIST_FIELDS, SELECT_FIELDS } from '../../src/client/context-form.ts';
import { normalizeContext } from '../../validators/analysis/analysis.ts';
import { CONTEXT_FIELDS, contextHelp, fieldLabel } from '../../validators/context.ts';
import { contextJsonSchema, contextSchema } from '../../validators/context-schema.ts';
import type { InputProblem } from '../../validators/input/read.ts';
import { validate } from '../../validators/index.ts';
import type { Context } from '../../validators/index.ts';

test('the CLI help lists every context field with its values', () => {
  for (const lang of ['en', 'ja'] as const) {
    const help = contextHelp(lang);
    for (const field of CONTEXT_FIELDS) {
      assert.match(help, new RegExp(`^  ${field.name} `, 'm'), `${lang} help lacks ${field.name}`);
      if (field.values) assert.ok(help.includes(field.values.join(' | ')), `${lang} help lacks the values of ${field.name}`);
    }
  }
});

test('the form has an input for every field: Region, bundle, a select per other choice, a text input per list', () => {
  const covered = new Set<string>(['region', 'bundle', ...SELECT_FIELDS.map((field) => field.name), ...LIST_FIELDS]);
  assert.deepEqual([...covered].sort(), CONTEXT_FIELDS.map((field) => field.name).sort());
  assert.deepEqual(SELECT_FIELDS.map((field) => field.name), ['timeSource', 'streamingProtocol']);
});

test('a label names the field as the messages do', () => {
  const closed = CONTEXT_FIELDS.find((field) => field.name === 'closedTargets');
  assert.ok(closed);
  assert.equal(fieldLabel(closed, 'en'), 'Closed next hops (closedTargets)');
  assert.equal(fieldLabel(closed, 'ja'), '閉じたネクストホップ (closedTargets)');
});

test('the bundle and the other choices are accepted in any letter case', () => {
  const problems: InputProblem[] = [];
  const context = normalizeContext({ bundle: 'BYOL' as 'byol', streamingProtocol: ' DCV ' as 'dcv', timeSource: 'Amazon-Time-Sync' as 'amazon-time-sync' }, problems);
  assert.deepEqual(problems, []);
  assert.equal(context.bundle, 'byol');
  assert.equal(context.streamingProtocol, 'dcv');
  assert.equal(context.timeSource, 'amazon-time-sync');
  assert.deepEqual(cleanContext({ bundle: 'BYOL', streamingProtocol: 'PCoIP' }), { bundle: 'byol', streamingProtocol: 'pcoip' });
});

test('a streaming protocol that is neither pcoip nor dcv is an input-context error naming the choices', () => {
  const report = validate([], { streamingProtocol: 'rdp' as 'dcv' });
  const finding = report.findings.find((candidate) => candidate.ruleId === 'input-context');
  assert.equal(finding?.message, 'streamingProtocol must be one of "pcoip", "dcv", got "rdp".');
  assert.deepEqual(finding?.path, ['streamingProtocol']);
});

test('BigInt, cyclic and inherited values in the context are reported, never thrown on', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const context = { region: 10n, closedTargets: [cyclic, 5n] } as unknown as Context;
  const problems: InputProblem[] = [];
  assert.doesNotThrow(() => normalizeContext(context, problems));
  assert.deepEqual(
    problems.map((problem) => ({ ...problem.report.data, actual: problem.report.localizedData?.actual?.en })),
    [
      { field: 'region', actual: '10n' },
      { field: 'closedTargets', actual: 'a value that contains itself' },
      { field: 'closedTargets', actual: '5n' },
    ],
  );
  const inherited = Object.create({ bundle: 'nonsense' }) as Context;
  const none: InputProblem[] = [];
  assert.equal(normalizeContext(inherited, none).bundle, 'public');
  assert.deepEqual(none, []);
});

test('a share link keeps every field of the schema and drops unknown ones', () => {
  const context = { region: 'ap-northeast-1', kmsHosts: ['kms01.corp.example.jp:1688'], timeSource: 'domain-hierarchy', streamingProtocol: 'dcv', unknown: 1 };
  assert.deepEqual(cleanContext(context), { region: 'ap-northeast-1', kmsHosts: ['kms01.corp.example.jp:1688'], timeSource: 'domain-hierarchy', streamingProtocol: 'dcv' });
  assert.equal(cleanContext({ streamingProtocol: 'rdp' }), undefined);
  assert.equal(cleanContext({ kmsHosts: 'kms01' }), undefined);
});

test('the zod schema built from the field list accepts a context and rejects unknown fields and values', () => {
  assert.equal(contextSchema.safeParse({ region: 'ap-northeast-1', bundle: 'byol', streamingProtocol: 'dcv', kmsHosts: ['kms01:1688'] }).success, true);
  assert.equal(contextSchema.safeParse({ streamingProtocol: 'rdp' }).success, false);
  assert.equal(contextSchema.safeParse({ closedTarget: ['tgw-1'] }).success, false);
  const schema = contextJsonSchema() as { properties: Record<string, unknown> };
  assert.deepEqual(Object.keys(schema.properties), CONTEXT_FIELDS.map((field) => field.name));
});
