/**
 * What of a report the page receives. A pathological input can yield hundreds of thousands of
 * findings; copying them out of the worker and drawing a marker for each would freeze the tab, so
 * the page gets exact counts and the most severe findings up to a limit.
 */
import type { Finding, Report } from '../../validators/index.ts';
import { SEVERITY_ORDER } from '../../validators/types.ts';
import { SHOWN_FINDINGS_LIMIT, type FindingTotals } from './validation-protocol.ts';

/** The finding that explains the verdict: the first internet path with evidence, else the first unverified path with evidence. */
export function leadFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.ruleId === 'path-internet-reachable' && finding.evidence) ?? findings.find((finding) => finding.ruleId === 'path-unverified' && finding.evidence);
}

/** Counts every finding, and keeps the most severe ones up to the limit, in report order, with the verdict's lead finding always kept. */
export function shownFindings(report: Report, limit = SHOWN_FINDINGS_LIMIT): { findings: Finding[]; totals: FindingTotals } {
  const totals: FindingTotals = { error: 0, warning: 0, info: 0, all: report.findings.length };
  for (const finding of report.findings) totals[finding.severity]++;
  if (report.findings.length <= limit) return { findings: report.findings, totals };
  const ranked = report.findings.map((finding, index) => ({ finding, index }));
  ranked.sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index);
  const kept = new Set(ranked.slice(0, limit).map((entry) => entry.finding));
  const lead = leadFinding(report.findings);
  if (lead) kept.add(lead);
  return { findings: report.findings.filter((finding) => kept.has(finding)), totals };
}

