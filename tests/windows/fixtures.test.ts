/**
 * The constructed fixtures in tests/fixtures/windows/: one output per command in English and
 * Japanese, healthy and broken. Each must be split into exactly the expected outputs and raise
 * exactly the expected findings (rule id and line, nothing more), in both report languages.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { validate, type Context } from '../../validators/index.ts';

const DIR = 'tests/fixtures/windows';

interface Expectation {
  file: string;
  context?: Context;
  /** The outputs the paste must be split into, in order of first appearance. */
  kinds: string[];
  /** Every finding, as `[rule id, line]`, in report order. */
  findings: [string, number][];
}

const EXPECTATIONS: Expectation[] = [
  { file: 'activation.en.healthy.constructed.txt', kinds: ['slmgr', 'nslookup', 'ospp', 'ipconfig'], findings: [['win-kms-srv-record', 33]] },
  { file: 'activation.en.broken.constructed.txt', kinds: ['slmgr', 'ospp', 'ipconfig'], findings: [['win-activation-expiry', 9], ['win-kms-host', 15], ['win-office-licensed', 30], ['win-office-kms-host', 36]] },
  {
    file: 'activation.en.broken.constructed.txt',
    context: { bundle: 'byol', kmsHosts: ['kms01.example.local'] },
    kinds: ['slmgr', 'ospp', 'ipconfig'],
    findings: [['win-activation-expiry', 9], ['win-office-licensed', 30]],
  },
  { file: 'activation.en.unlicensed.constructed.txt', kinds: ['slmgr'], findings: [['win-windows-licensed', 6], ['win-windows-licensed', 13]] },
  { file: 'activation.ja.healthy.constructed.txt', kinds: ['slmgr', 'nslookup', 'ospp', 'ipconfig'], findings: [['win-kms-srv-record', 24]] },
  { file: 'activation.ja.broken.constructed.txt', kinds: ['slmgr'], findings: [['win-activation-expiry', 7], ['win-kms-host', 13]] },
  { file: 'activation.ja.unlicensed.constructed.txt', kinds: ['slmgr'], findings: [['win-windows-licensed', 9], ['win-windows-licensed', 12]] },
  { file: 'network.en.healthy.constructed.txt', kinds: ['ipconfig', 'route-print'], findings: [] },
  { file: 'network.en.healthy.constructed.txt', context: { region: 'ap-northeast-1' }, kinds: ['ipconfig', 'route-print'], findings: [] },
  {
    file: 'network.en.broken.constructed.txt',
    kinds: ['ipconfig', 'route-print'],
    findings: [['win-default-route', 56], ['win-link-local-route', 64], ['win-route-management-overlap', 67], ['win-persistent-route-gateway', 81]],
  },
  { file: 'network.ja.healthy.constructed.txt', kinds: ['ipconfig', 'route-print'], findings: [] },
  {
    file: 'network.ja.broken.constructed.txt',
    kinds: ['ipconfig', 'route-print'],
    findings: [['win-default-route', 56], ['win-link-local-route', 64], ['win-route-management-overlap', 67], ['win-persistent-route-gateway', 81]],
  },
  { file: 'time.en.healthy.constructed.txt', kinds: ['w32tm-source', 'w32tm-status', 'w32tm-configuration', 'w32tm-peers'], findings: [['win-time-source', 12]] },
  { file: 'time.en.healthy.constructed.txt', context: { timeSource: 'domain-hierarchy' }, kinds: ['w32tm-source', 'w32tm-status', 'w32tm-configuration', 'w32tm-peers'], findings: [] },
  { file: 'time.en.healthy.constructed.txt', context: { timeSource: 'amazon-time-sync' }, kinds: ['w32tm-source', 'w32tm-status', 'w32tm-configuration', 'w32tm-peers'], findings: [['win-time-source', 58]] },
  { file: 'time.en.broken.constructed.txt', kinds: ['w32tm-status', 'w32tm-configuration', 'w32tm-peers'], findings: [['win-time-source', 9], ['win-time-offset', 12], ['win-time-unreachable-peer', 49]] },
  {
    file: 'time.en.broken.constructed.txt',
    context: { timeSource: 'domain-hierarchy' },
    kinds: ['w32tm-status', 'w32tm-configuration', 'w32tm-peers'],
    findings: [['win-time-offset', 12], ['win-time-source', 35], ['win-time-unreachable-peer', 49]],
  },
  { file: 'time.en.stopped.constructed.txt', kinds: ['w32tm-status', 'w32tm-source'], findings: [['win-time-unsynchronised', 2]] },
  { file: 'time.ja.healthy.constructed.txt', kinds: ['w32tm-status', 'w32tm-peers'], findings: [['win-time-source', 9]] },
  { file: 'time.ja.healthy.constructed.txt', context: { timeSource: 'domain-hierarchy' }, kinds: ['w32tm-status', 'w32tm-peers'], findings: [] },
  { file: 'time.ja.broken.constructed.txt', kinds: ['w32tm-status', 'w32tm-configuration'], findings: [['win-time-unsynchronised', 9], ['win-time-unreachable-peer', 26]] },
  { file: 'defender.en.healthy.constructed.txt', kinds: ['defender-status', 'defender-preference'], findings: [] },
  {
    file: 'defender.en.broken.constructed.txt',
    kinds: ['defender-status', 'defender-preference'],
    findings: [['win-defender-signature-age', 12], ['win-defender-fallback-order', 24], ['win-defender-fallback-order', 24], ['win-defender-share-path', 24]],
  },
  { file: 'defender.ja.healthy.constructed.txt', kinds: ['defender-status', 'defender-preference'], findings: [] },
  { file: 'defender.ja.broken.constructed.txt', kinds: ['defender-status', 'defender-preference'], findings: [['win-defender-signature-age', 3], ['win-defender-fallback-order', 11]] },
  { file: 'nslookup.en.answer.constructed.txt', kinds: ['nslookup'], findings: [] },
  { file: 'nslookup.en.timeout.constructed.txt', kinds: ['nslookup'], findings: [['win-kms-srv-record', 9]] },
  { file: 'nslookup.ja.no-record.constructed.txt', kinds: ['nslookup'], findings: [['win-kms-srv-record', 5]] },
  { file: 'nslookup.ja.no-record.constructed.txt', context: { bundle: 'byol' }, kinds: ['nslookup'], findings: [['win-kms-srv-record', 5]] },
  { file: 'mixed.en.no-prompts.constructed.txt', kinds: ['w32tm-status', 'slmgr', 'defender-preference', 'ipconfig'], findings: [['win-time-source', 8], ['win-defender-fallback-order', 28]] },
];

describe('Windows output fixtures', () => {
  test('every fixture file has expectations, and every expectation a file', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.txt'));
    assert.deepEqual([...new Set(EXPECTATIONS.map((expectation) => expectation.file))].sort(), files.sort());
    for (const file of files) assert.match(file, /\.constructed\.txt$/, `${file} must say it is a constructed example`);
  });

  for (const expectation of EXPECTATIONS) {
    const context = expectation.context ? ` with ${JSON.stringify(expectation.context)}` : '';
    test(`${expectation.file}${context} raises exactly ${expectation.findings.length} finding(s)`, () => {
      const text = readFileSync(`${DIR}/${expectation.file}`, 'utf8');
      for (const lang of ['en', 'ja'] as const) {
        const report = validate([{ name: expectation.file, text }], expectation.context, { lang });
        assert.deepEqual(report.analysed.documents, [{ name: expectation.file, kinds: expectation.kinds }]);
        const got = report.findings.map((finding) => [finding.ruleId, finding.line]);
        assert.deepEqual(got, expectation.findings, report.findings.map((finding) => `${finding.line} ${finding.ruleId}: ${finding.message}`).join('\n'));
        for (const finding of report.findings) {
          assert.doesNotMatch(finding.message, /\{\w+\}/, `unfilled placeholder: ${finding.message}`);
          if (lang === 'ja') assert.match(finding.message, /[\u3040-\u30ff]/, `not Japanese: ${finding.message}`);
        }
      }
    });
  }

  test('the byol variant of a missing record is a warning, the public one an info', () => {
    const text = readFileSync(`${DIR}/nslookup.ja.no-record.constructed.txt`, 'utf8');
    const severity = (context?: Context) => validate([{ name: 'a.txt', text }], context).findings.map((finding) => finding.severity);
    assert.deepEqual(severity(), ['info']);
    assert.deepEqual(severity({ bundle: 'byol' }), ['warning']);
  });
});
