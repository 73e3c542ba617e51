/**
 * RuleTester: runs a rule's cases through the whole engine. A valid case must raise no finding
 * of the rule; an invalid case must raise exactly the expected findings (matched by file and
 * JSON path or line, in any order), so every finding is both wanted and where it should be.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentText, type ExpectedFinding, type RuleCases } from '../../validators/rules/cases/index.ts';
import { RULES, validate, type Finding } from '../../validators/index.ts';

function matches(finding: Finding, expected: ExpectedFinding, defaultFile: string): boolean {
  if ((expected.file ?? defaultFile) !== finding.file) return false;
  if (expected.path && JSON.stringify(expected.path) !== JSON.stringify(finding.path)) return false;
  if (expected.line !== undefined && expected.line !== finding.line) return false;
  if (expected.messageId !== undefined && expected.messageId !== finding.messageId) return false;
  return true;
}

/** Every finding names one of its rule's messages (an unknown id would reach users as the internal-error text). */
function assertKnownMessage(finding: Finding): void {
  const rule = RULES.find((candidate) => candidate.id === finding.ruleId);
  assert.ok(rule && Object.hasOwn(rule.messages, finding.messageId), `${finding.ruleId} reported unknown message id "${finding.messageId}": ${finding.message}`);
}

export function runRuleCases(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const valid of cases.valid) {
      test(`valid: ${valid.title.en}`, () => {
        const report = validate(valid.documents.map((document) => ({ name: document.name, text: documentText(document) })), valid.context);
        const own = report.findings.filter((finding) => finding.ruleId === ruleId);
        assert.deepEqual(own.map((finding) => finding.message), [], `${ruleId} fired on a valid case`);
        report.findings.forEach(assertKnownMessage);
      });
    }
    for (const invalid of cases.invalid) {
      test(`invalid: ${invalid.title.en}`, () => {
        for (const lang of ['en', 'ja'] as const) {
          const report = validate(invalid.documents.map((document) => ({ name: document.name, text: documentText(document) })), invalid.context, { lang });
          const own = report.findings.filter((finding) => finding.ruleId === ruleId);
          const expected = invalid.errors ?? [];
          const described = own.map((finding) => `${finding.file} ${JSON.stringify(finding.path)} line ${finding.line} ${finding.messageId}: ${finding.message}`);
          assert.equal(own.length, expected.length, `expected ${expected.length} ${ruleId} finding(s), got:\n${described.join('\n')}`);
          const unmatched = [...own];
          for (const want of expected) {
            const index = unmatched.findIndex((finding) => matches(finding, want, invalid.documents[0]?.name ?? ''));
            assert.ok(index >= 0, `no ${ruleId} finding at ${JSON.stringify(want)}; got:\n${described.join('\n')}`);
            unmatched.splice(index, 1);
          }
          report.findings.forEach(assertKnownMessage);
          for (const finding of own) {
            assert.doesNotMatch(finding.message, /\{\w+\}/, `unfilled placeholder in ${lang} message: ${finding.message}`);
            assert.ok(finding.line >= 1 && finding.column >= 1, 'locations are 1-based');
          }
        }
      });
    }
  });
}
