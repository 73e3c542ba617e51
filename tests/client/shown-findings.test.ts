import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resourceCounts } from '../../validators/model.ts';
import { leadFinding, shownFindings } from '../../src/client/shown-findings.ts';
import type { Finding, Report, Severity } from '../../validators/index.ts';

function finding(ruleId: string, severity: Severity, line: number, evidence = false): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} at ${line}`,
    messageId: 'example',
    data: {},
    file: 'a.json',
    path: [],
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    docUrl: `rules/${ruleId}/`,
    ...(evidence ? { evidence: { chain: [] } } : {}),
  };
}

function report(findings: Finding[]): Report {
  return {
    schemaVersion: 1,
    verdict: 'unverified',
    summary: '',
    findings,
    analysed: { documents: [], ...resourceCounts(), workspacesSubnetIds: [], workspacesSecurityGroupIds: [], context: {} },
    proof: { vpcs: [], parts: [], assumptions: [] },
  };
}

test('hands over every finding of a report under the limit, and counts them', () => {
  const findings = [finding('a', 'info', 1), finding('b', 'error', 2), finding('c', 'warning', 3)];
  const shown = shownFindings(report(findings), 10);
  assert.equal(shown.findings, findings);
  assert.deepEqual(shown.totals, { error: 1, warning: 1, info: 1, all: 3 });
});

test('keeps the most severe findings in report order and counts all of them', () => {
  const findings = [finding('i1', 'info', 1), finding('w1', 'warning', 2), finding('e1', 'error', 3), finding('w2', 'warning', 4), finding('e2', 'error', 5), finding('i2', 'info', 6)];
  const shown = shownFindings(report(findings), 3);
  assert.deepEqual(shown.findings.map((item) => item.ruleId), ['w1', 'e1', 'e2']);
  assert.deepEqual(shown.totals, { error: 2, warning: 2, info: 2, all: 6 });
});

test('always keeps the finding that explains the verdict', () => {
  const findings = [...Array.from({ length: 5 }, (_, index) => finding('rt-x', 'error', index + 1)), finding('path-unverified', 'warning', 9, true)];
  const shown = shownFindings(report(findings), 2);
  assert.deepEqual(shown.findings.map((item) => item.ruleId), ['rt-x', 'rt-x', 'path-unverified']);
  assert.equal(shown.totals.all, 6);
});

test('keeps the internet path the verdict banner shows, not an earlier unverified path', () => {
  const findings = [
    ...Array.from({ length: 3 }, (_, index) => finding('rt-x', 'error', index + 1)),
    finding('path-unverified', 'warning', 4, true),
    finding('path-internet-reachable', 'error', 5, true),
  ];
  const shown = shownFindings(report(findings), 2);
  assert.deepEqual(shown.findings.map((item) => item.ruleId), ['rt-x', 'rt-x', 'path-internet-reachable']);
  assert.equal(leadFinding(shown.findings), findings[4]);
});
