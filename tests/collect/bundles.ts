/**
 * Test support for collect bundles: writing one the way the collect scripts do (each output's
 * text embedded as printed, its lines indented), and comparing a bundle's report with the report
 * on the same outputs given as separate files, locations mapped from the bundle to each file.
 */
import assert from 'node:assert/strict';
import type { Finding, JsonPath, Proof, Report } from '../../validators/index.ts';

/** One command's record: the text it printed, or the first line of its error. */
export type Recorded = { name: string; command: string; text: string } | { name: string; command: string; error: string };

/** Indentation the scripts give each line of an embedded output after its first. */
export const OUTPUT_INDENT = '      ';

const quote = (text: string) => JSON.stringify(text);

/** A bundle as the scripts write it: the outputs' texts embedded unchanged, each further line indented. */
export function bundleText(options: { region?: string; collected?: string; documents: Recorded[] }): string {
  const entries = options.documents.map((document) => {
    const head = `    {\n      "name": ${quote(document.name)},\n      "command": ${quote(document.command)},\n`;
    if ('error' in document) return `${head}      "error": ${quote(document.error)}\n    }`;
    return `${head}      "output": ${document.text.trimEnd().replaceAll('\n', `\n${OUTPUT_INDENT}`)}\n    }`;
  });
  return [
    '{',
    '  "closedWorkspacesBundle": 1,',
    `  "collected": ${quote(options.collected ?? '2026-11-20T01:02:03Z')},`,
    ...(options.region !== undefined ? [`  "region": ${quote(options.region)},`] : []),
    '  "documents": [',
    entries.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Where a bundle location points in the separate files: `documents/i/output/...` → (name of entry i, ...). */
export function innerLocation(bundle: { documents: { name: string }[] }, bundleFile: string, file: string | undefined, path: JsonPath | undefined): { file?: string; path?: JsonPath } {
  if (file !== bundleFile || !path) return { ...(file !== undefined ? { file } : {}), ...(path ? { path } : {}) };
  const [documents, index, output, ...rest] = path;
  if (documents !== 'documents' || typeof index !== 'number' || output !== 'output') return { file, path };
  return { file: bundle.documents[index]?.name ?? `?${index}`, path: rest };
}

interface Located {
  file?: string;
  path?: JsonPath;
  line?: number;
  column?: number;
}

/** A finding without its lines and columns, its location given as (file, path) of the separate files. */
function comparableFinding(finding: Finding, map: (file?: string, path?: JsonPath) => { file?: string; path?: JsonPath }): unknown {
  const { line: _line, column: _column, endLine: _endLine, endColumn: _endColumn, file, path, evidence, ...rest } = finding;
  const strip = (step: Located & Record<string, unknown>) => {
    const { line: _l, column: _c, file: stepFile, path: stepPath, ...other } = step;
    return { ...other, ...map(stepFile, stepPath) };
  };
  return { ...rest, ...map(file, path), ...(evidence ? { evidence: { ...evidence, chain: evidence.chain.map((step) => strip(step as unknown as Located & Record<string, unknown>)) } } : {}) };
}

function comparableProof(proof: Proof, map: (file?: string, path?: JsonPath) => { file?: string; path?: JsonPath }): unknown {
  const strip = (step: Located & Record<string, unknown>) => {
    const { line: _l, column: _c, file, path, ...other } = step;
    return { ...other, ...map(file, path) };
  };
  return {
    ...proof,
    parts: proof.parts.map((part) => ({
      ...part,
      branches: part.branches.map((branch) => ({
        ...branch,
        steps: branch.steps.map((step) => strip(step as unknown as Located & Record<string, unknown>)),
        // The hops past the route (transit gateways, other VPCs' subnets, gateways) are located like the steps.
        ...(branch.hops ? { hops: branch.hops.map((hop) => strip(hop as unknown as Located & Record<string, unknown>)) } : {}),
      })),
    })),
    assumptions: proof.assumptions.map((step) => strip(step as unknown as Located & Record<string, unknown>)),
  };
}

/** Every text in a value with the document names it mentions replaced by one word; a location's `file` (beside its `path`) is kept, being mapped already. */
function withoutNames(value: unknown, names: readonly string[]): unknown {
  if (typeof value === 'string') return [...names].sort((a, b) => b.length - a.length).reduce((text, name) => text.replaceAll(name, '<document>'), value);
  if (Array.isArray(value)) return value.map((item) => withoutNames(item, names));
  if (typeof value === 'object' && value !== null) {
    const location = Object.hasOwn(value, 'path');
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, location && key === 'file' ? item : withoutNames(item, names)]));
  }
  return value;
}

/**
 * The report's verdict, summary, counts, findings and proof, locations as (file, path) in the
 * separate files, and a message naming a document (the bundle, or a separate file) naming none.
 */
export function comparableReport(report: Report, map: (file?: string, path?: JsonPath) => { file?: string; path?: JsonPath } = (file, path) => ({ ...(file !== undefined ? { file } : {}), ...(path ? { path } : {}) }), names: readonly string[] = []): unknown {
  const { documents: _documents, context, ...counts } = report.analysed;
  const findings = report.findings.map((finding) => withoutNames(comparableFinding(finding, map), names));
  // Separate files are ordered by file then line; a bundle by line: compare as sets.
  findings.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  // The context's values, with where each came from mapped like every location; a bundle's own Region is compared by the caller (the separate files have it typed).
  const contextValues = Object.fromEntries(
    Object.entries(context)
      .filter(([field]) => field !== 'region')
      .map(([field, origin]) => [field, { source: origin.source, values: origin.values.map((value) => ({ value: value.value, ...(value.file !== undefined ? map(value.file, value.path) : {}) })) }]),
  );
  return { verdict: report.verdict, summary: report.summary, counts, context: contextValues, findings, proof: withoutNames(comparableProof(report.proof, map), names) };
}

/**
 * Asserts the bundle's report says what the separate files' report says, and that each of its
 * findings sits on the bundle line that holds what the separate file's line holds.
 */
export function assertSameAsSeparate(options: { bundleFile: string; bundleText: string; bundleReport: Report; separate: Map<string, string>; separateReport: Report }): void {
  const bundle = JSON.parse(options.bundleText) as { documents: { name: string }[] };
  const map = (file?: string, path?: JsonPath) => innerLocation(bundle, options.bundleFile, file, path);
  assert.deepEqual(comparableReport(options.bundleReport, map, [options.bundleFile]), comparableReport(options.separateReport, undefined, [...options.separate.keys()]));
  const bundleLines = options.bundleText.split('\n');
  const separateNames = [...options.separate.keys()];
  const byKey = new Map(options.separateReport.findings.map((finding) => [`${finding.ruleId} ${finding.file} ${JSON.stringify(finding.path)} ${String(withoutNames(finding.message, separateNames))}`, finding]));
  for (const finding of options.bundleReport.findings) {
    const inner = map(finding.file, finding.path);
    const twin = byKey.get(`${finding.ruleId} ${inner.file} ${JSON.stringify(inner.path)} ${String(withoutNames(finding.message, [options.bundleFile]))}`);
    assert.ok(twin, `no twin for ${finding.ruleId} at ${JSON.stringify(finding.path)}`);
    const separateLines = (options.separate.get(twin.file) ?? '').split('\n');
    // The first line of an output follows `"output": ` on the bundle's line.
    const shown = separateLines[twin.line - 1]?.trim() ?? '';
    assert.ok(shown !== '' && (bundleLines[finding.line - 1] ?? '').trim().endsWith(shown), `${finding.ruleId}: line ${finding.line} of the bundle is not line ${twin.line} of ${twin.file}`);
  }
}
