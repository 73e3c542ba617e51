/**
 * Message ids are typed (defineRule is generic over them, the reader's problems over the input
 * rules' messages): a typo fails the type check instead of reaching users as the internal-error
 * text. These tests pin both halves: no case or sample produces that text, and the two typos of
 * the issue each fail `tsc`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { SAMPLES } from '../../samples/build.ts';
import { RULE_CASES, documentText } from '../../validators/rules/cases/index.ts';
import { RULES, validate, type Report } from '../../validators/index.ts';

const INTERNAL_ERROR = /internal error|内部エラー/;

function assertNoInternalError(report: Report, what: string): void {
  for (const finding of report.findings) {
    assert.doesNotMatch(finding.message, INTERNAL_ERROR, `${what}: ${finding.ruleId} ${finding.messageId}`);
    const rule = RULES.find((candidate) => candidate.id === finding.ruleId);
    assert.ok(rule && Object.hasOwn(rule.messages, finding.messageId), `${what}: unknown message id ${finding.ruleId}/${finding.messageId}`);
  }
}

describe('message ids', () => {
  test('no finding of any rule case or sample, in either language, carries the internal-error text', () => {
    let findings = 0;
    for (const lang of ['en', 'ja'] as const) {
      for (const [ruleId, cases] of Object.entries(RULE_CASES)) {
        for (const ruleCase of [...cases.valid, ...cases.invalid]) {
          const report = validate(ruleCase.documents.map((document) => ({ name: document.name, text: documentText(document) })), ruleCase.context, { lang });
          assertNoInternalError(report, `${ruleId}: ${ruleCase.title.en}`);
          findings += report.findings.length;
        }
      }
      for (const sample of SAMPLES) {
        const report = validate(sample.documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 4) })), sample.context, { lang });
        assertNoInternalError(report, `sample ${sample.id}`);
        findings += report.findings.length;
      }
    }
    assert.ok(findings > 100, `only ${findings} findings were checked`);
  });

  test('every finding carries its message id and the values that fill the message', () => {
    const sample = SAMPLES.find((candidate) => candidate.id === 'nat-default-route');
    assert.ok(sample);
    const documents = sample.documents.map((document) => ({ name: document.name, text: JSON.stringify(document.content, null, 4) }));
    const [en, ja] = [validate(documents, sample.context, { lang: 'en' }), validate(documents, sample.context, { lang: 'ja' })];
    assert.deepEqual(en.findings.map((finding) => finding.messageId), ja.findings.map((finding) => finding.messageId));
    const route = en.findings.find((finding) => finding.ruleId === 'rt-internet-route');
    assert.equal(route?.messageId, 'default');
    assert.ok(route && Object.values(route.data).some((value) => String(value).includes('0.0.0.0/0')), JSON.stringify(route?.data));
  });

  test('a typo in a message id fails the type check (routes.ts "split" → "splitt", kinds/network-acls.ts "aclNoIcmp" → "aclNoIcmpp")', () => {
    const root = resolve('.');
    const dir = mkdtempSync(join(tmpdir(), 'cw-typo-'));
    try {
      cpSync(join(root, 'validators'), join(dir, 'validators'), { recursive: true, filter: (source) => !source.includes(`${join('validators', 'dist')}`) });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const mutate = (file: string, from: string, to: string) => {
        const path = join(dir, 'validators', file);
        const text = readFileSync(path, 'utf8');
        assert.ok(text.includes(from), `${file} no longer contains ${from}`);
        writeFileSync(path, text.replace(from, to));
      };
      mutate('rules/routes.ts', "'split'", "'splitt'");
      mutate('input/kinds/network-acls.ts', "'aclNoIcmp'", "'aclNoIcmpp'");
      const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', join(dir, 'validators/tsconfig.json')], { encoding: 'utf8' });
      const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
      const ran = `tsc exited ${tsc.status} (signal ${tsc.signal}, error ${tsc.error?.message}): ${tsc.stdout.slice(0, 2000)}${tsc.stderr.slice(0, 2000)}`;
      assert.equal(typeof tsc.status, 'number', ran);
      assert.notEqual(tsc.status, 0, `tsc accepted both typos: ${ran}`);
      assert.ok(errors.length >= 2, ran);
      // The typos and nothing else: without them the same tsconfig compiles cleanly (the package build).
      assert.ok(errors.every((line) => line.includes('rules/routes.ts') || line.includes('input/kinds/network-acls.ts')), errors.join('\n'));
      assert.ok(errors.some((line) => line.includes('rules/routes.ts') && line.includes('"splitt"')), errors.join('\n'));
      assert.ok(errors.some((line) => line.includes('input/kinds/network-acls.ts') && line.includes('"aclNoIcmpp"')), errors.join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
