/**
 * The audit report: what a security reviewer attaches to a sign-off. One pure function turns a
 * report, the inputs' names/kinds/sizes/SHA-256 (hashed by the caller: Web Crypto in the browser,
 * node:crypto in the CLI) and the context with the source of each value into HTML (with a print
 * stylesheet, so the browser's print dialog makes a clean PDF) or Markdown, in either language.
 */
import { CONTEXT_FIELDS, fieldLabel, type ContextFieldName } from '../context.ts';
import { SCHEMA_VERSION } from '../engine.ts';
import { REQUIREMENTS, type Requirement } from '../requirements/checklist.ts';
import { ruleById } from '../rules/index.ts';
import { fixMarkdownLines } from '../fix/display.ts';
import type { Context, Finding, Lang, Localized, Report, Severity } from '../types.ts';
import { escapeMarkup, pathDiagram } from './diagram.ts';
import { linesByFile, reportText, verdictHeadline, verdictTone } from './labels.ts';
import { outlineProof, type OutlineStep, type ProofOutline } from './proof-outline.ts';

/** One input as the reviewer received it. */
export interface AuditInput {
  name: string;
  kinds: string[];
  /** Size in bytes (UTF-8). */
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
}

/** Where a context value came from (`documents`: read from the pasted documents, as the report's `analysed.context` says). */
export type ContextSource = 'given' | 'detected' | 'documents' | 'default';

export interface AuditOptions {
  report: Report;
  inputs: AuditInput[];
  context: Context;
  /** Source of each value; a field set in `context` and not named here counts as given. */
  contextSources?: Partial<Record<ContextFieldName, ContextSource>>;
  lang: Lang;
  format: 'html' | 'markdown';
  /** When the report was generated (ISO 8601); the caller's clock keeps this function pure. */
  generatedAt: string;
  engineVersion: string;
  /** Absolute URL of the site root, for links to rule pages; relative links without it. */
  siteUrl?: string;
  /** True when ids in the inputs were replaced by placeholders before validating. */
  redacted?: boolean;
}

/** How a requirement stands after this validation. */
export type RequirementStatus = 'fail' | 'warning' | 'no-finding' | 'not-checked' | 'manual';

const STATUS_LABEL: Record<RequirementStatus, Localized> = {
  fail: { en: 'fails (error findings)', ja: '不適合 (エラーの指摘あり)' },
  warning: { en: 'to review (warnings)', ja: '要確認 (警告あり)' },
  'no-finding': { en: 'no finding from its rules', ja: '関連ルールの指摘なし' },
  'not-checked': { en: 'not checked: no input for its rules', ja: '未確認: 関連ルールの入力なし' },
  manual: { en: 'checked by a person', ja: '人が確認する項目' },
};

const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { en: 'error', ja: 'エラー' },
  warning: { en: 'warning', ja: '警告' },
  info: { en: 'info', ja: '情報' },
};

const SOURCE_LABEL: Record<ContextSource, Localized> = {
  given: { en: 'given', ja: '指定' },
  detected: { en: 'detected from the inputs', ja: '入力から検出' },
  documents: { en: 'read from', ja: '読み取り元:' },
  default: { en: 'default', ja: '既定値' },
};

const TEXT = {
  title: { en: 'Closed-network audit report: Amazon WorkSpaces', ja: '閉域構成 監査レポート: Amazon WorkSpaces' },
  generated: { en: 'Generated', ja: '作成日時' },
  engine: { en: 'Engine version', ja: 'エンジンのバージョン' },
  schema: { en: 'Report schema version', ja: 'レポートのスキーマバージョン' },
  redaction: { en: 'Redaction', ja: '伏せ字' },
  redactedYes: { en: 'account ids, resource ids and ARNs replaced by placeholders before validation', ja: '検証の前にアカウント ID、リソース ID、ARN をプレースホルダーに置き換え済み' },
  redactedNo: { en: 'none: ids as in the inputs', ja: 'なし (入力のままの ID)' },
  verdict: { en: 'Verdict', ja: '判定' },
  inputs: { en: 'Inputs', ja: '入力' },
  name: { en: 'Name', ja: '名前' },
  kind: { en: 'Kind', ja: '種類' },
  size: { en: 'Size (bytes)', ja: 'サイズ (バイト)' },
  hashNote: { en: 'SHA-256 of each document as pasted or loaded (before any redaction), so the report can be matched to the files it was made from.', ja: 'SHA-256 は貼り付けた (または読み込んだ) ときのドキュメントの値です (伏せ字にする前)。レポートと元のファイルを照合できます。' },
  unknownKind: { en: 'not recognised', ja: '認識できない' },
  context: { en: 'Context', ja: 'コンテキスト' },
  field: { en: 'Field', ja: 'フィールド' },
  value: { en: 'Value', ja: '値' },
  source: { en: 'Source', ja: '出所' },
  notSet: { en: 'not set', ja: '指定なし' },
  findings: { en: 'Findings', ja: '指摘' },
  noFindings: { en: 'No findings.', ja: '指摘はありません。' },
  severity: { en: 'Severity', ja: '重大度' },
  rule: { en: 'Rule', ja: 'ルール' },
  where: { en: 'Where', ja: '場所' },
  message: { en: 'Message', ja: 'メッセージ' },
  fix: { en: 'Fix', ja: '修正' },
  fixText: { en: '{title}. How to fix: {url}', ja: '{title}。修正方法: {url}' },
  fixCommands: { en: 'Fix commands', ja: '修正コマンド' },
  fixCommandsNote: {
    en: 'Computed from the ids and values of the inputs, for the findings where the engine knows a change that removes the finding without adding an error. Each fix is computed for its finding alone: review it, run its commands in order (for a template or a Terraform plan: make its edits in the template or configuration), then validate again before the next.',
    ja: '入力の ID と値から計算したコマンドです。指摘をなくし、新たなエラーを生まない変更がわかる指摘にだけ付きます。修正は指摘ごとに個別に計算しています。内容を確認してからコマンドを順に実行し (テンプレートや Terraform のプランでは、示した編集をテンプレートや設定に加え)、次の修正に進む前にもう一度検証してください。',
  },
  requirements: { en: 'Requirements', ja: '要件' },
  requirement: { en: 'Requirement', ja: '要件' },
  stateToReach: { en: 'State to reach', ja: '満たすべき状態' },
  status: { en: 'Status', ja: '状態' },
  requirementsNote: { en: 'Status after this validation only; a requirement without rules is for a person to check.', ja: 'この検証の結果に基づく状態です。ルールのない要件は人が確認します。' },
  counts: { en: '{errors} errors, {warnings} warnings, {infos} info', ja: 'エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件' },
} satisfies Record<string, Localized>;

function text(key: keyof typeof TEXT, lang: Lang, data: Record<string, string> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

/** A requirement's status: from its rules' findings, and whether any input of the rules' kind was given. */
export function requirementStatus(requirement: Requirement, report: Report): RequirementStatus {
  if (requirement.ruleIds.length === 0) return 'manual';
  const findings = report.findings.filter((finding) => requirement.ruleIds.includes(finding.ruleId));
  if (findings.some((finding) => finding.severity === 'error')) return 'fail';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  const kinds = report.analysed.documents.flatMap((document) => document.kinds);
  // AWS outputs are read by their collection key (PascalCase), Windows outputs by command (lower-case).
  const windows = requirement.ruleIds.every((id) => ruleById(id)?.category === 'win');
  const given = windows ? kinds.some((kind) => !/^[A-Z]/.test(kind)) : kinds.some((kind) => /^[A-Z]/.test(kind));
  return given ? 'no-finding' : 'not-checked';
}

interface Row {
  cells: string[];
}

/** Where values read from documents are written, by document: "workspace-directories.json lines 6, 7". */
function placesOf(values: readonly { file?: string; line?: number }[], lang: Lang): string {
  return linesByFile(values)
    .map(([file, lines]) => {
      const list = lines.map((line) => line.toLocaleString(lang)).join(', ');
      if (lines.length === 0) return file;
      return lang === 'ja' ? `${file} の ${list} 行目` : `${file} line${lines.length > 1 ? 's' : ''} ${list}`;
    })
    .join(lang === 'ja' ? '、' : '; ');
}

function ruleUrl(finding: Finding, siteUrl: string | undefined): string {
  if (!siteUrl) return finding.docUrl;
  return `${siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`}${finding.docUrl}`;
}

function where(finding: Finding): string {
  return finding.file === '<context>' ? `<context> ${finding.path.join('.')}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/** Everything the report says, in one language, before it is put in a format. */
function contentOf(options: AuditOptions) {
  const { report, lang } = options;
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const count = (severity: Severity) => report.findings.filter((finding) => finding.severity === severity).length.toLocaleString(lang);
  const contextRows: Row[] = CONTEXT_FIELDS.map((field) => {
    const value = options.context[field.name];
    const shown = value === undefined || (Array.isArray(value) && value.length === 0) ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    const read = report.analysed.context?.[field.name];
    if (shown === '' && read?.source === 'documents') {
      return { cells: [fieldLabel(field, lang), read.values.map((item) => item.value).join(', '), `${SOURCE_LABEL.documents[lang]} ${placesOf(read.values, lang)}`] };
    }
    const source = options.contextSources?.[field.name] ?? (shown === '' ? 'default' : 'given');
    return { cells: [fieldLabel(field, lang), shown === '' ? text('notSet', lang) : shown, SOURCE_LABEL[source][lang]] };
  });
  const findingRows: Row[] = report.findings.map((finding) => {
    const rule = ruleById(finding.ruleId);
    const fix = text('fixText', lang, { title: rule ? rule.title[lang] : finding.ruleId, url: ruleUrl(finding, options.siteUrl) });
    return { cells: [SEVERITY_LABEL[finding.severity][lang], finding.ruleId, where(finding), finding.message, fix] };
  });
  const requirementRows: Row[] = REQUIREMENTS.map((requirement) => ({
    cells: [requirement.id, requirement.title[lang], STATUS_LABEL[requirementStatus(requirement, report)][lang]],
  }));
  const outline = outlineProof(report.proof, lang);
  return {
    title: text('title', lang),
    meta: [
      [text('generated', lang), options.generatedAt],
      [text('engine', lang), options.engineVersion],
      [text('schema', lang), String(SCHEMA_VERSION)],
      [text('redaction', lang), text(options.redacted ? 'redactedYes' : 'redactedNo', lang)],
    ] as [string, string][],
    tone: verdictTone(report.verdict, errors),
    headline: verdictHeadline(report.verdict, errors, lang),
    summary: report.summary,
    counts: text('counts', lang, { errors: count('error'), warnings: count('warning'), infos: count('info') }),
    inputRows: options.inputs.map((input) => ({ cells: [input.name, input.kinds.length > 0 ? input.kinds.join(', ') : text('unknownKind', lang), input.size.toLocaleString(lang), input.sha256] })),
    contextRows,
    findingRows,
    requirementRows,
    outline,
  };
}

// ── HTML ────────────────────────────────────────────────────────────────

const PRINT_CSS = `
:root{color-scheme:light;--cw-box:#fff;--cw-text:#111827;--cw-muted:#374151;--cw-line:#6b7280;--cw-open:#b91c1c;--cw-dropped:#15803d;--cw-unverified:#b45309}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK JP","Hiragino Sans","Yu Gothic UI",Meiryo,sans-serif;color:#111827;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d1d5db;padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0 .75rem;font-size:12.5px}
th,td{border:1px solid #d1d5db;padding:.25rem .4rem;text-align:start;vertical-align:top}
th{background:#f3f4f6}
td{overflow-wrap:break-word}
td.mono{overflow-wrap:anywhere}
td p{margin:0 0 .25rem}
pre{margin:0 0 .35rem;white-space:pre-wrap;overflow-wrap:anywhere}
:lang(ja) :is(h1,h2,h3,th,.verdict strong){word-break:auto-phrase}
figure{margin:.5rem 0}
code,.mono{font-family:ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK JP",monospace;font-size:12px}
.meta th{width:14rem}
.verdict{border:1px solid;border-inline-start-width:6px;border-radius:4px;padding:.6rem .8rem;margin:.75rem 0}
.verdict p{margin:.2rem 0}
.verdict strong{font-size:1.15rem}
.tone-closed{border-color:#15803d;background:#f0fdf4}
.tone-closed-errors,.tone-unverified{border-color:#b45309;background:#fffbeb}
.tone-open{border-color:#b91c1c;background:#fef2f2}
.part{border:1px solid #d1d5db;border-inline-start-width:4px;border-radius:4px;padding:.4rem .7rem;margin:.4rem 0}
.part-closed{border-inline-start-color:#15803d}.part-open{border-inline-start-color:#b91c1c}.part-unverified{border-inline-start-color:#b45309}
.part h3{margin:0 0 .2rem}
.part ul,.part ol{margin:.2rem 0;padding-inline-start:1.3rem}
.diagram{overflow-x:auto}
.diagram svg{max-width:100%;height:auto}
.note{color:#374151;font-size:12.5px}
.sev-error{color:#b91c1c;font-weight:600}.sev-warning{color:#92400e;font-weight:600}.sev-info{color:#1d4ed8}
.status-fail{color:#b91c1c;font-weight:600}.status-warning{color:#92400e;font-weight:600}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
  body{max-width:none;padding:0;font-size:11.5px}
  h2{break-after:avoid}
  tr,.part,.verdict,figure{break-inside:avoid}
  thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
  .diagram{overflow:visible}
}
`;

function htmlTable(headers: string[], rows: Row[], className = '', monoColumns: number[] = []): string {
  const head = headers.map((header) => `<th scope="col">${escapeMarkup(header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.cells.map((cell, index) => `<td${monoColumns.includes(index) ? ' class="mono"' : ''}>${escapeMarkup(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function htmlStep(step: OutlineStep): string {
  const at = step.at ? ` <span class="mono">(${escapeMarkup(`${step.at.file}:${step.at.line}`)})</span>` : '';
  return `<li><strong>${escapeMarkup(step.layerLabel)}</strong>: ${escapeMarkup(step.text)} (${escapeMarkup(step.effectLabel)})${at}</li>`;
}

function htmlProof(outline: ProofOutline, lang: Lang): string {
  const out: string[] = [];
  if (outline.parts.length > 0) {
    const diagram = pathDiagram(outline, lang, 'audit-diagram');
    out.push(`<figure class="diagram">${diagram.svg}<figcaption class="note">${escapeMarkup(reportText('diagram', lang))}</figcaption></figure>`);
  }
  if (outline.vpcs.length > 0) out.push(`<h3>${escapeMarkup(reportText('vpcs', lang))}</h3><ul>${outline.vpcs.map((line) => `<li class="mono">${escapeMarkup(line)}</li>`).join('')}</ul>`);
  for (const part of outline.parts) {
    const branches = part.branches
      .map((branch) => {
        const cidrs = branch.cidrs.length > 0 ? `<br><span class="mono">${escapeMarkup([...branch.cidrs, ...(branch.moreCidrs ? [branch.moreCidrs] : [])].join(', '))}</span>` : '';
        const steps = branch.steps.length > 0 ? `<ol>${branch.steps.map(htmlStep).join('')}</ol>` : '';
        return `<li>${escapeMarkup(branch.addresses)} → <code>${escapeMarkup(branch.target)}</code> → <strong>${escapeMarkup(branch.outcomeLabel)}</strong>${cidrs}${steps}</li>`;
      })
      .join('');
    out.push(
      `<section class="part part-${part.verdict}" id="${escapeMarkup(part.id)}"><h3>${escapeMarkup(part.heading)}: ${escapeMarkup(part.verdictLabel)}</h3><p>${escapeMarkup(part.text)}</p>${branches ? `<ul>${branches}</ul>` : ''}</section>`,
    );
  }
  if (outline.assumptions.length > 0) out.push(`<h3>${escapeMarkup(reportText('assumptions', lang))}</h3><ul>${outline.assumptions.map(htmlStep).join('')}</ul>`);
  return out.join('');
}

function html(options: AuditOptions): string {
  const { lang } = options;
  const content = contentOf(options);
  const t = (key: keyof typeof TEXT) => escapeMarkup(text(key, lang));
  const findings =
    content.findingRows.length === 0
      ? `<p>${t('noFindings')}</p>`
      : `<table><thead><tr>${[text('severity', lang), text('rule', lang), text('where', lang), text('message', lang), text('fix', lang)].map((header) => `<th scope="col">${escapeMarkup(header)}</th>`).join('')}</tr></thead><tbody>${options.report.findings
          .map((finding, index) => {
            const [severity, rule, at, message, fix] = (content.findingRows[index] as Row).cells as [string, string, string, string, string];
            const computed = finding.fix ? `<p>${escapeMarkup(finding.fix.description)}</p>${fixMarkup(finding.fix)}` : '';
            return `<tr><td class="sev-${finding.severity}">${escapeMarkup(severity)}</td><td class="mono">${escapeMarkup(rule)}</td><td class="mono">${escapeMarkup(at)}</td><td>${escapeMarkup(message)}</td><td>${computed}${escapeMarkup(fix)}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  const requirements = `<table><thead><tr>${[text('requirement', lang), text('stateToReach', lang), text('status', lang)].map((header) => `<th scope="col">${escapeMarkup(header)}</th>`).join('')}</tr></thead><tbody>${REQUIREMENTS.map((requirement, index) => {
    const [id, title, status] = (content.requirementRows[index] as Row).cells as [string, string, string];
    return `<tr><td class="mono">${escapeMarkup(id)}</td><td>${escapeMarkup(title)}</td><td class="status-${requirementStatus(requirement, options.report)}">${escapeMarkup(status)}</td></tr>`;
  }).join('')}</tbody></table>`;
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeMarkup(content.title)}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${escapeMarkup(content.title)}</h1>`,
    `<table class="meta"><tbody>${content.meta.map(([key, value]) => `<tr><th scope="row">${escapeMarkup(key)}</th><td>${escapeMarkup(value)}</td></tr>`).join('')}</tbody></table>`,
    `<h2>${t('verdict')}</h2>`,
    `<div class="verdict tone-${content.tone}"><p><strong>${escapeMarkup(content.headline)}</strong></p><p>${escapeMarkup(content.summary)}</p><p class="note">${escapeMarkup(content.counts)}</p></div>`,
    htmlProof(content.outline, lang),
    `<h2>${t('inputs')}</h2>`,
    htmlTable([text('name', lang), text('kind', lang), text('size', lang), 'SHA-256'], content.inputRows, '', [0, 3]),
    `<p class="note">${t('hashNote')}</p>`,
    `<h2>${t('context')}</h2>`,
    htmlTable([text('field', lang), text('value', lang), text('source', lang)], content.contextRows, '', [1]),
    `<h2>${t('findings')}</h2>`,
    options.report.findings.some((finding) => finding.fix) ? `<p class="note">${t('fixCommandsNote')}</p>` : '',
    findings,
    `<h2>${t('requirements')}</h2>`,
    `<p class="note">${t('requirementsNote')}</p>`,
    requirements,
    '</body></html>',
  ].join('\n');
}

// ── Markdown ────────────────────────────────────────────────────────────

/** A table cell: no line breaks, no pipes, no markup. */
function cell(value: string): string {
  let out = '';
  for (const char of value) {
    if (char === '|') out += '\\|';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '\n' || char === '\r') out += ' ';
    else if (char === '`' || char === '*' || char === '_' || char === '[' || char === ']' || char === '\\') out += `\\${char}`;
    else out += char;
  }
  return out;
}

function markdownTable(headers: string[], rows: Row[]): string {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.cells.map(cell).join(' | ')} |`)].join('\n');
}

function markdownStep(step: OutlineStep, indent: string): string {
  return `${indent}1. **${cell(step.layerLabel)}**: ${cell(step.text)} (${cell(step.effectLabel)})${step.at ? ` (${cell(`${step.at.file}:${step.at.line}`)})` : ''}`;
}

function markdownProof(outline: ProofOutline, lang: Lang): string[] {
  const out: string[] = [];
  if (outline.parts.length > 0) {
    out.push(`**${cell(reportText('diagram', lang))}**`, '', ...pathDiagram(outline, lang).lines.map((line) => `- ${cell(line)}`), '');
  }
  if (outline.vpcs.length > 0) out.push(`**${cell(reportText('vpcs', lang))}**`, '', ...outline.vpcs.map((line) => `- ${cell(line)}`), '');
  for (const part of outline.parts) {
    out.push(`### ${cell(part.heading)}: ${cell(part.verdictLabel)}`, '', cell(part.text), '');
    for (const branch of part.branches) {
      out.push(`- ${cell(branch.addresses)} → ${cell(branch.target)} → **${cell(branch.outcomeLabel)}**`);
      for (const step of branch.steps) out.push(markdownStep(step, '   '));
    }
    if (part.branches.length > 0) out.push('');
  }
  if (outline.assumptions.length > 0) out.push(`**${cell(reportText('assumptions', lang))}**`, '', ...outline.assumptions.map((step) => markdownStep(step, '')), '');
  return out;
}

/** A computed fix in HTML after its description: the commands in one block, or each edit's sentence with its snippet. */
function fixMarkup(fix: NonNullable<Finding['fix']>): string {
  if (fix.language === 'aws-cli') return `<pre class="mono">${escapeMarkup(fix.commands.join('\n'))}</pre>`;
  return `<ol>${fix.edits.map((edit) => `<li>${escapeMarkup(edit.text)}${edit.code === undefined ? '' : `<pre class="mono">${escapeMarkup(edit.code)}</pre>`}</li>`).join('')}</ol>`;
}

/** The computed fixes after the findings table (a table cell cannot hold a code block): each finding's commands in a block of their own. */
function markdownFixes(findings: readonly Finding[], lang: Lang): string[] {
  const fixed = findings.filter((finding) => finding.fix);
  if (fixed.length === 0) return [];
  const out = [`### ${text('fixCommands', lang)}`, '', cell(text('fixCommandsNote', lang)), ''];
  for (const finding of fixed) {
    const fix = finding.fix as NonNullable<Finding['fix']>;
    // Each block's fence is longer than any run of backticks in it (fix/display.ts): nothing in it can end the block.
    out.push(`- **${cell(finding.ruleId)}** ${cell(where(finding))}: ${cell(fix.description)}`, '', ...fixMarkdownLines(fix, cell, '   '));
    if (fix.language === 'aws-cli') out.push('');
  }
  return out;
}

function markdown(options: AuditOptions): string {
  const { lang } = options;
  const content = contentOf(options);
  return [
    `# ${cell(content.title)}`,
    '',
    markdownTable(['', ''], content.meta.map(([key, value]) => ({ cells: [key, value] }))),
    '',
    `## ${text('verdict', lang)}`,
    '',
    `**${cell(content.headline)}**`,
    '',
    cell(content.summary),
    '',
    cell(content.counts),
    '',
    ...markdownProof(content.outline, lang),
    `## ${text('inputs', lang)}`,
    '',
    markdownTable([text('name', lang), text('kind', lang), text('size', lang), 'SHA-256'], content.inputRows),
    '',
    cell(text('hashNote', lang)),
    '',
    `## ${text('context', lang)}`,
    '',
    markdownTable([text('field', lang), text('value', lang), text('source', lang)], content.contextRows),
    '',
    `## ${text('findings', lang)}`,
    '',
    content.findingRows.length === 0 ? text('noFindings', lang) : markdownTable([text('severity', lang), text('rule', lang), text('where', lang), text('message', lang), text('fix', lang)], content.findingRows),
    '',
    ...markdownFixes(options.report.findings, lang),
    `## ${text('requirements', lang)}`,
    '',
    cell(text('requirementsNote', lang)),
    '',
    markdownTable([text('requirement', lang), text('stateToReach', lang), text('status', lang)], content.requirementRows),
    '',
  ].join('\n');
}

/** The audit report as HTML or Markdown. */
export function auditReport(options: AuditOptions): string {
  return options.format === 'html' ? html(options) : markdown(options);
}

/** A file name for the report: `closed-workspaces-audit-2026-12-01.html`. */
export function auditFileName(options: Pick<AuditOptions, 'generatedAt' | 'format'>): string {
  return `closed-workspaces-audit-${options.generatedAt.slice(0, 10)}.${options.format === 'html' ? 'html' : 'md'}`;
}
