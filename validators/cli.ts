#!/usr/bin/env node
/**
 * closed-workspaces command line: the engine for CI pipelines (the only file in validators/
 * that touches Node).
 *
 *   closed-workspaces check [options] FILE...        (- reads standard input)
 *   closed-workspaces check [options] --each DIR     (one account per subfolder or file)
 *
 * Exit status: 0 closed with no error finding; 1 an error finding or OPEN; 2 usage error or
 * unreadable input; 3 UNVERIFIED with no error finding. `--fail-on` adjusts what fails.
 */
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { isDate, matchBaseline, relativeUri, todayUtc, readBaseline as parseBaseline, RULES, validate, type Acceptance, type Baseline, type Context, type Finding, type InputDocument, type Lang, type Proof, type Report, type Severity, type Verdict } from './index.ts';
import type { Rule } from './rules/rule.ts';
import { contextHelp } from './context.ts';
import { BUNDLE_SEPARATOR } from './input/bundle.ts';
import { ALL_KINDS } from './input/kinds/index.ts';
import { fixMarkdownLines, fixPlainLines } from './fix/display.ts';
import { auditReport } from './report/audit.ts';

/** Kept equal to validators/package.json by a test. */
export const VERSION = '0.1.0';
const FORMATS = ['text', 'json', 'sarif', 'html', 'markdown'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'unverified', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Exit statuses: the contract pipelines rely on (documented on /reference/cli/). */
export const EXIT = { closed: 0, failed: 1, usage: 2, unverified: 3 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

const USAGE = `Usage: closed-workspaces check [options] FILE...
       closed-workspaces check [options] --each DIR

Checks what these commands print (AWS CLI outputs; CloudFormation templates, JSON or YAML, as
written or as cdk synth prints them; Terraform plans as terraform show -json prints them), and
Windows command output from inside a WorkSpace:
${ALL_KINDS.map((kind) => `  ${kind.command}`).join('\n')}
A bundle written by the site's collect scripts (scripts/collect.sh, collect.ps1) is one input
holding several of these outputs. Use - to read standard input.

Options:
  --context FILE        JSON context (fields below)
  --format FORMAT       text (default), json (the report), sarif (SARIF 2.1.0), or an audit report:
                        html (prints to PDF) or markdown
  --lang LANG           language of messages: en (default) or ja
  --proof               text format: print the whole proof of the verdict (every branch and step)
  --fail-on LEVEL       what fails: unverified (default: errors, OPEN and UNVERIFIED), error (errors
                        and OPEN only), warning (also warnings), never (only unreadable input)
  --baseline FILE       accepted findings (fingerprint, reason, expiry, who); they do not fail
  --write-baseline FILE accept every current error, warning and non-closed verdict into FILE
                        (needs --reason and --accepted-by; --expires YYYY-MM-DD, default in 90 days)
  --each DIR            check every account in DIR: each subfolder (its files; context.json in it
                        is its context) or file is one account, validated in parallel
  --root DIR            SARIF artifact URIs are relative to DIR (default: the working directory)
  --doc-base URL        where the site is published, for links to rule pages (e.g. in SARIF helpUri);
                        default: $CLOSED_WORKSPACES_DOC_BASE
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 closed with no error finding, 1 an error finding or OPEN, 2 usage error or
unreadable input (a file that cannot be read, or is neither JSON nor a recognised output),
3 UNVERIFIED with no error finding.`;

class UsageError extends Error {}

interface BaselineRequest {
  file: string;
  reason: string;
  acceptedBy: string;
  expires: string;
}

interface Options {
  files: string[];
  each?: string;
  context?: string;
  format: Format;
  lang: Lang;
  proof: boolean;
  failOn: FailOn;
  baseline?: string;
  writeBaseline?: BaselineRequest;
  root: string;
  docBase?: string;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function parseCommandLine(argv: string[]): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'en' },
      proof: { type: 'boolean', default: false },
      'fail-on': { type: 'string', default: 'unverified' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      reason: { type: 'string' },
      'accepted-by': { type: 'string' },
      expires: { type: 'string' },
      each: { type: 'string' },
      root: { type: 'string' },
      'doc-base': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"');
  if (values.each !== undefined && files.length > 0) throw new UsageError(`--each ${values.each} checks a folder of accounts; give no other input file (got ${files[0]})`);
  if (values.each === undefined && files.length === 0) throw new UsageError('no input file (use - for standard input, or --each DIR)');
  if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be text, json, sarif, html or markdown, not "${values.format}"`);
  if (values.each !== undefined && (values.format === 'html' || values.format === 'markdown')) throw new UsageError(`--format ${values.format} writes the audit report of one check; with --each use text, json or sarif`);
  if (values.lang !== 'en' && values.lang !== 'ja') throw new UsageError(`--lang must be en or ja, not "${values.lang}"`);
  if (!FAIL_ON.includes(values['fail-on'] as FailOn)) throw new UsageError(`--fail-on must be error, warning, unverified or never, not "${values['fail-on']}"`);
  const docBase = values['doc-base'] ?? process.env.CLOSED_WORKSPACES_DOC_BASE;
  if (docBase !== undefined && !/^https?:\/\/\S+$/.test(docBase)) throw new UsageError(`--doc-base must be an http(s) URL, not "${docBase}"`);
  let writeBaseline: BaselineRequest | undefined;
  if (values['write-baseline'] !== undefined) {
    const reason = values.reason?.trim();
    const acceptedBy = values['accepted-by']?.trim();
    const expires = values.expires ?? inDays(90);
    if (!reason) throw new UsageError('--write-baseline needs --reason TEXT: why these findings are accepted');
    if (!acceptedBy) throw new UsageError('--write-baseline needs --accepted-by NAME: who accepts them');
    if (!isDate(expires)) throw new UsageError(`--expires must be a date YYYY-MM-DD, not "${expires}"`);
    if (expires < todayUtc()) throw new UsageError(`--expires ${expires} is in the past`);
    writeBaseline = { file: values['write-baseline'], reason, acceptedBy, expires };
  } else if (values.reason !== undefined || values['accepted-by'] !== undefined || values.expires !== undefined) {
    throw new UsageError('--reason, --accepted-by and --expires go with --write-baseline FILE');
  }
  return {
    files,
    format: values.format as Format,
    lang: values.lang,
    proof: values.proof ?? false,
    failOn: values['fail-on'] as FailOn,
    root: resolve(values.root ?? process.cwd()),
    ...(values.each !== undefined ? { each: values.each } : {}),
    ...(values.context ? { context: values.context } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    ...(writeBaseline ? { writeBaseline } : {}),
    ...(docBase ? { docBase: docBase.endsWith('/') ? docBase : `${docBase}/` } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading inputs

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks));
}

async function readDocuments(files: string[]): Promise<InputDocument[]> {
  let stdinUsed = false;
  return Promise.all(
    files.map(async (file) => {
      if (file === '-') {
        if (stdinUsed) throw new UsageError('- (standard input) can be given once');
        stdinUsed = true;
        return { name: '<stdin>', text: await readStdin() };
      }
      try {
        return { name: file, text: decode(await readFile(file)) };
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }),
  );
}

/** PowerShell's Out-File writes a byte-order mark; JSON.parse rejects it. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Text of a file: UTF-16 when it starts with a UTF-16 byte-order mark (Windows PowerShell 5.1's
 * `>` writes UTF-16LE), else UTF-8.
 */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return stripBom(bytes.toString('utf8'));
}

/** A JSON object from a file, or a usage error naming the file and what is wrong. */
async function readJsonObject(file: string, what: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = decode(await readFile(file));
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${what} ${file} is not a JSON object: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readContext(file: string | undefined): Promise<Context | undefined> {
  return file ? ((await readJsonObject(file, 'context')) as Context) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Baselines: accepted findings, by fingerprint (validators/baseline.ts matches them)

async function readBaseline(file: string): Promise<Map<string, Acceptance>> {
  const read = parseBaseline(await readJsonObject(file, 'baseline'));
  if ('error' in read) throw new UsageError(`baseline ${file} ${read.error}`);
  return read.accepted;
}

// ---------------------------------------------------------------------------------------------
// Results: the findings and the verdict, each with a fingerprint and its acceptance

/** The rule of the verdict's own result (SARIF, baselines): its id is not a rule of the engine. */
export const VERDICT_RULE_ID = 'verdict';

/** A finding or the verdict, as the CLI reports it. */
export interface Result {
  finding: Finding;
  /** The file shown and fingerprinted: the context file for `<context>`, the first input for findings with no document. */
  file: string;
  fingerprint: string;
  /** Set when a baseline accepts it today. */
  accepted?: Acceptance;
  /** Set when a baseline accepted it until a day that has passed: it fails again. */
  expired?: Acceptance;
}

/** One checked set of inputs: the single run, or one account of --each. */
export interface Checked {
  account?: string;
  documents: string[];
  report: Report;
  results: Result[];
  status: ExitStatus;
}

const VERDICT_SEVERITY: Record<Verdict, Severity> = { open: 'error', unverified: 'warning', closed: 'info' };

/** The verdict as a finding of its own, on the first input, so that code scanning shows it and a baseline can accept it. */
function verdictFinding(report: Report, firstFile: string): Finding {
  return {
    ruleId: VERDICT_RULE_ID,
    severity: VERDICT_SEVERITY[report.verdict],
    message: report.summary,
    messageId: report.verdict,
    data: {},
    file: firstFile,
    path: [],
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    docUrl: 'reference/semantics/',
  };
}

/** Where a file is for SARIF: relative to the root when inside it, else an absolute file: URI. */
export function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const absolute = resolve(file);
  const inside = relative(root, absolute);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return { uri: relativeUri(inside), uriBaseId: ROOT_BASE };
  return { uri: pathToFileURL(absolute).href };
}

const ROOT_BASE = '%SRCROOT%';

function resultsOf(report: Report, documents: string[], options: Pick<Options, 'context' | 'root'>, baseline: ReadonlyMap<string, Acceptance>): Result[] {
  const first = documents[0] ?? '';
  const shownFile = (finding: Finding) => (finding.file === '<context>' && options.context ? options.context : finding.file === '' ? first : finding.file);
  const pending = [...report.findings, verdictFinding(report, first)].map((finding) => ({ finding, file: shownFile(finding) }));
  // Fingerprints name the file by its SARIF URI: the same finding gets the same one in every language and wording.
  const keyOf = ({ finding, file }: (typeof pending)[number]) => ({ ruleId: finding.ruleId, location: artifactLocation(file, options.root).uri, path: finding.path, messageId: finding.messageId });
  return matchBaseline(pending, keyOf, baseline, todayUtc()).map(({ item, ...match }) => ({ ...item, ...match }));
}

/** Rules whose error means a document could not be read as JSON or as a known output: the check did not happen. */
const UNREADABLE_RULES = new Set(['input-json', 'input-document']);

/** What the run exits with, from the findings and verdict that no baseline accepts. */
export function exitStatus(results: readonly Result[], failOn: FailOn): ExitStatus {
  if (results.some((result) => result.finding.severity === 'error' && UNREADABLE_RULES.has(result.finding.ruleId))) return EXIT.usage;
  if (failOn === 'never') return EXIT.closed;
  const active = results.filter((result) => !result.accepted);
  const verdict = active.find((result) => result.finding.ruleId === VERDICT_RULE_ID)?.finding.messageId;
  const findings = active.filter((result) => result.finding.ruleId !== VERDICT_RULE_ID);
  if (verdict === 'open' || findings.some((result) => result.finding.severity === 'error')) return EXIT.failed;
  if (failOn === 'warning' && findings.some((result) => result.finding.severity === 'warning')) return EXIT.failed;
  if (verdict === 'unverified' && failOn !== 'error') return EXIT.unverified;
  return EXIT.closed;
}

/** Of several statuses, the one that fails hardest: unreadable input, then failure, then unverified. */
export function worstStatus(statuses: readonly ExitStatus[]): ExitStatus {
  const rank: Record<ExitStatus, number> = { 0: 0, 3: 1, 1: 2, 2: 3 };
  return statuses.reduce<ExitStatus>((worst, status) => (rank[status] > rank[worst] ? status : worst), EXIT.closed);
}

// ---------------------------------------------------------------------------------------------
// Text output

/**
 * Characters that must not reach a terminal from input values: C0 and C1 controls (ESC starts
 * ANSI sequences, CR rewrites a line, LF forges one), DEL, line separators and bidi controls.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print: every unprintable character shown as its `\uXXXX` escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const VERDICT_WORD: Record<Lang, Record<Verdict, string>> = {
  en: { closed: 'CLOSED', open: 'OPEN', unverified: 'UNVERIFIED' },
  ja: { closed: '閉じている', open: '開いている', unverified: '未確認' },
};

const WORDS = {
  en: {
    verdict: 'verdict',
    fix: 'fix',
    proof: 'proof',
    accepted: 'accepted by the baseline',
    acceptedLine: (acceptance: Acceptance) => `accepted until ${acceptance.expires} by ${acceptance.acceptedBy}: ${acceptance.reason}`,
    expired: (acceptance: Acceptance) => `(acceptance by ${acceptance.acceptedBy} expired ${acceptance.expires}: ${acceptance.reason})`,
    counts: (errors: number, warnings: number, info: number) => `${errors} errors, ${warnings} warnings, ${info} info`,
    acceptedCount: (count: number) => `, ${count} accepted`,
    egress: 'egress',
    ingress: 'ingress',
    noRoute: 'no route',
    assumptions: 'assumed',
    outcome: { open: 'open', dropped: 'dropped', unverified: 'unverified' },
    droppedBy: 'at',
    effect: { allow: 'allow', deny: 'deny', unknown: 'unknown' },
    allVpcs: '(all VPCs)',
    unreadable: 'UNREADABLE',
    accounts: (total: number, byVerdict: string) => `accounts: ${total} (${byVerdict})`,
  },
  ja: {
    verdict: '判定',
    fix: '修正',
    proof: '証明',
    accepted: 'ベースラインで受け入れ済み',
    acceptedLine: (acceptance: Acceptance) => `${acceptance.expires} まで ${acceptance.acceptedBy} が受け入れ: ${acceptance.reason}`,
    expired: (acceptance: Acceptance) => `(${acceptance.acceptedBy} による受け入れは ${acceptance.expires} に期限切れ: ${acceptance.reason})`,
    counts: (errors: number, warnings: number, info: number) => `エラー ${errors}、警告 ${warnings}、情報 ${info}`,
    acceptedCount: (count: number) => `、受け入れ済み ${count}`,
    egress: '送信',
    ingress: '受信',
    noRoute: 'ルートなし',
    assumptions: '前提',
    outcome: { open: '通る', dropped: '止まる', unverified: '未確認' },
    droppedBy: '止める層',
    effect: { allow: '許可', deny: '拒否', unknown: '不明' },
    allVpcs: '(すべての VPC)',
    unreadable: '読めない',
    accounts: (total: number, byVerdict: string) => `アカウント: ${total} (${byVerdict})`,
  },
} as const;

function countsText(results: readonly Result[], lang: Lang): string {
  const findings = results.filter((result) => result.finding.ruleId !== VERDICT_RULE_ID);
  const active = findings.filter((result) => !result.accepted);
  const count = (severity: Severity) => active.filter((result) => result.finding.severity === severity).length;
  const accepted = findings.length - active.length;
  return `${WORDS[lang].counts(count('error'), count('warning'), count('info'))}${accepted > 0 ? WORDS[lang].acceptedCount(accepted) : ''}`;
}

function findingLine(result: Result): string {
  const { finding } = result;
  return printable(`${result.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}`);
}

/** A finding's fix under it: what it does, then one indented line per command (or per line of the template or configuration edits). */
function fixLines(result: Result, lang: Lang): string[] {
  const fix = result.finding.fix;
  if (!fix) return [];
  return [printable(`  ${WORDS[lang].fix}: ${fix.description}`), ...fixPlainLines(fix).map((line) => printable(`    ${line}`))];
}

const FAMILY = { 4: 'IPv4', 6: 'IPv6' } as const;

/** The proof: one line per part (subnets, direction, family, verdict and its sentence); `full` adds every branch and step. */
export function formatProof(proof: Proof, lang: Lang, full: boolean): string[] {
  const words = WORDS[lang];
  const lines = [`${words.proof}:`];
  for (const part of proof.parts) {
    const where = `${part.subnetIds.join(', ')}${part.vpcId ? ` (${part.vpcId})` : ''}`;
    lines.push(printable(`  ${words[part.direction]} ${FAMILY[part.family]} ${where}: ${VERDICT_WORD[lang][part.verdict]} — ${part.text}`));
    if (!full) continue;
    for (const branch of part.branches) {
      const first = branch.target ? `${branch.target.kind} ${branch.target.id}` : words.noRoute;
      // A chain followed past the route: its hops after the first.
      const hops = (branch.hops ?? []).filter((hop, index) => !(index === 0 && hop.id === branch.target?.id)).map((hop) => hop.id);
      const target = hops.length > 0 ? `${first} → ${hops.join(' → ')}` : first;
      const more = branch.blockCount > branch.cidrs.length ? ` (+${branch.blockCount - branch.cidrs.length})` : '';
      const cidrs = branch.cidrs.length > 0 && branch.cidrs.join(', ') !== branch.addresses ? ` [${branch.cidrs.join(', ')}${more}]` : '';
      const dropped = branch.droppedBy ? `, ${words.droppedBy} ${branch.droppedBy}` : '';
      lines.push(printable(`    ${branch.addresses}${cidrs} → ${target}: ${words.outcome[branch.outcome]}${dropped}`));
      for (const step of branch.steps) lines.push(printable(`      ${words.effect[step.effect]} ${step.layer}: ${step.text}${stepPlace(step)}`));
    }
  }
  if (full && proof.assumptions.length > 0) {
    lines.push(`  ${words.assumptions}:`);
    for (const step of proof.assumptions) lines.push(printable(`    ${step.layer}: ${step.text}${stepPlace(step)}`));
  }
  return lines;
}

function stepPlace(step: { file?: string; line?: number; column?: number }): string {
  return step.file ? ` (${step.file}${step.line ? `:${step.line}:${step.column ?? 1}` : ''})` : '';
}

/** `file:line:col severity ruleId message` lines, accepted findings apart, the proof, then the verdict and counts. */
export function formatText(checked: Checked, lang: Lang, proofInFull = false): string {
  const words = WORDS[lang];
  const findings = checked.results.filter((result) => result.finding.ruleId !== VERDICT_RULE_ID);
  const lines = findings
    .filter((result) => !result.accepted)
    .flatMap((result) => [result.expired ? `${findingLine(result)} ${printable(words.expired(result.expired))}` : findingLine(result), ...fixLines(result, lang)]);
  const accepted = findings.filter((result) => result.accepted);
  if (accepted.length > 0) {
    lines.push('', `${words.accepted}:`);
    for (const result of accepted) lines.push(`  ${findingLine(result)}`, `    ${printable(words.acceptedLine(result.accepted as Acceptance))}`);
  }
  lines.push('', ...formatProof(checked.report.proof, lang, proofInFull));
  const verdict = checked.results.find((result) => result.finding.ruleId === VERDICT_RULE_ID);
  const verdictNote = verdict?.accepted ? ` — ${printable(words.acceptedLine(verdict.accepted))}` : verdict?.expired ? ` ${printable(words.expired(verdict.expired))}` : '';
  lines.push('', `${words.verdict}: ${VERDICT_WORD[lang][checked.report.verdict]} (${countsText(checked.results, lang)})${verdictNote}`, printable(checked.report.summary));
  return `${lines.join('\n')}\n`;
}

/** Per-VPC verdicts from the proof (worst part wins); when no WorkSpaces subnet has a known VPC, one line for the account. */
function vpcVerdicts(report: Report): { vpc?: string; verdict: Verdict }[] {
  const vpcs = report.proof.vpcs.filter((vpc) => vpc.workspaces);
  if (vpcs.length === 0) return [{ verdict: report.verdict }];
  const rank: Record<Verdict, number> = { closed: 0, unverified: 1, open: 2 };
  return vpcs.map((vpc) => ({
    vpc: vpc.id,
    verdict: report.proof.parts.filter((part) => part.vpcId === vpc.id).reduce<Verdict>((worst, part) => (rank[part.verdict] > rank[worst] ? part.verdict : worst), 'closed'),
  }));
}

/** An account of --each that could not be read. */
export interface Unreadable {
  account: string;
  error: string;
}

/** One line per account and VPC: name, VPC, verdict, counts; then the totals. */
export function formatEachText(accounts: readonly (Checked | Unreadable)[], lang: Lang): string {
  const words = WORDS[lang];
  const rows: string[][] = [];
  const totals: Record<string, number> = {};
  for (const account of accounts) {
    if ('error' in account) {
      rows.push([account.account, '-', words.unreadable, account.error]);
      totals[words.unreadable] = (totals[words.unreadable] ?? 0) + 1;
      continue;
    }
    const word = VERDICT_WORD[lang][account.report.verdict];
    totals[word] = (totals[word] ?? 0) + 1;
    for (const { vpc, verdict } of vpcVerdicts(account.report)) rows.push([account.account ?? '', vpc ?? words.allVpcs, VERDICT_WORD[lang][verdict], countsText(account.results, lang)]);
  }
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => printable(row[column] ?? '').length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? printable(cell).padEnd(widths[column] as number) : printable(cell))).join('  '));
  const byVerdict = Object.entries(totals).map(([word, count]) => `${word} ${count}`).join(lang === 'ja' ? '、' : ', ');
  lines.push('', words.accounts(accounts.length, byVerdict));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// SARIF

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * GitHub code scanning's `security-severity` (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0): rules
 * that find an open path are critical; rules about availability or tidiness are not security
 * findings and have none.
 */
const SECURITY_SEVERITY: Readonly<Record<string, number>> = {
  'path-internet-reachable': 9.8,
  'rt-internet-route': 9.1,
  [VERDICT_RULE_ID]: 7.5,
  'path-unverified': 7.0,
  'rt-unknown-next-hop': 6.5,
  'input-json': 6.0,
  'input-document': 6.0,
  'input-field': 6.0,
  'input-cidr': 6.0,
  'input-value': 6.0,
  'input-context': 6.0,
  'nacl-egress-public': 5.3,
  'nacl-ingress-public': 5.3,
  'sg-egress-public': 5.3,
  'ws-internet-access': 5.3,
  'ws-group-missing': 5.0,
  'ws-internet-fallback': 4.3,
  'sg-ingress-public': 5.3,
  'rt-blackhole-internet': 4.3,
  'rt-propagation': 4.3,
  'input-duplicate': 3.0,
  'input-cidr-host-bits': 2.0,
};

/** What kind of finding a rule gives, as a SARIF tag. */
function ruleKind(rule: { id: string; category: string }): string {
  if (rule.id in SECURITY_SEVERITY) return 'security';
  return rule.category === 'dir' || rule.category === 'win' || rule.id.includes('directory') || rule.id.includes('return') || rule.category === 'mgmt' ? 'availability' : 'maintainability';
}

const VERDICT_RULE: Pick<Rule, 'id' | 'category' | 'severity' | 'title' | 'description'> = {
  id: VERDICT_RULE_ID,
  category: 'path',
  severity: 'error',
  title: { en: 'The WorkSpaces subnets are closed to the internet', ja: 'WorkSpaces のサブネットがインターネットに対して閉じている' },
  description: {
    en: 'The overall verdict as a result of its own: OPEN is an error, UNVERIFIED a warning (the inputs do not settle every path), CLOSED a passing result.',
    ja: '全体の判定を 1 件の結果として示します。開いている場合はエラー、未確認 (入力だけでは決まらない経路がある) は警告、閉じている場合は合格の結果です。',
  },
};

function sarifRules(lang: Lang, docBase: string | undefined) {
  const prefix = lang === 'ja' ? 'ja/' : '';
  return [...RULES, VERDICT_RULE].map((rule) => {
    const kind = ruleKind(rule);
    const securitySeverity = SECURITY_SEVERITY[rule.id];
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()),
      shortDescription: { text: rule.title[lang] },
      fullDescription: { text: rule.description[lang] },
      ...(docBase ? { helpUri: rule.id === VERDICT_RULE_ID ? `${docBase}${prefix}reference/semantics/` : `${docBase}${prefix}rules/${rule.id}/` } : {}),
      help: { text: rule.description[lang], markdown: `**${rule.title[lang]}**\n\n${rule.description[lang]}` },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: {
        tags: [kind, 'closed-workspaces', rule.category],
        precision: 'very-high',
        ...(securitySeverity !== undefined ? { 'security-severity': securitySeverity.toFixed(1) } : {}),
      },
    };
  });
}

function sarifResult(result: Result, ruleIndex: Map<string, number>, root: string) {
  const { finding } = result;
  const isVerdict = finding.ruleId === VERDICT_RULE_ID;
  const closed = isVerdict && finding.messageId === 'closed';
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    ...(closed ? { kind: 'pass', level: 'none' } : { kind: 'fail', level: LEVEL[finding.severity] }),
    message: messageOf(result),
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(result.file, root),
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
        ...(finding.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: finding.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, ''), kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: { 'closedWorkspaces/v2': result.fingerprint },
    ...(result.accepted
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: result.accepted.reason, properties: { acceptedBy: result.accepted.acceptedBy, expires: result.accepted.expires } }] }
      : {}),
    properties: { messageId: finding.messageId, ...(Object.keys(finding.data).length > 0 ? { data: finding.data } : {}), ...(finding.fix ? { fix: finding.fix } : {}) },
  };
}

/** Markdown text as itself: every character markdown could read as markup escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);
}

/**
 * A result's message. A fix changes AWS resources, not the JSON file the result points at, so it
 * is not a SARIF `fixes` entry (an artifact change a viewer would offer to apply to that file): its
 * commands go in `properties.fix` for tools, and in the markdown message for viewers that render it.
 * A fix of a template or plan is edits of the template or configuration (not of the plan the result
 * points at): they go the same way.
 */
function messageOf(result: Result): { text: string; markdown?: string } {
  const { finding } = result;
  const text = result.expired ? `${finding.message} ${WORDS.en.expired(result.expired)}` : finding.message;
  if (!finding.fix) return { text };
  return { text, markdown: [markdownText(text), '', markdownText(finding.fix.description), '', ...fixMarkdownLines(finding.fix, markdownText)].join('\n').trimEnd() };
}

/** SARIF 2.1.0: one run per checked set of inputs (per account with --each), every rule with its help and security severity. */
export function formatSarif(checked: readonly Checked[], lang: Lang, docBase: string | undefined, root: string): object {
  const rules = sarifRules(lang, docBase);
  const ruleIndex = new Map(rules.map((rule, position) => [rule.id, position]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: checked.map((run) => ({
      tool: { driver: { name: 'closed-workspaces', version: VERSION, semanticVersion: VERSION, ...(docBase ? { informationUri: docBase } : {}), rules } },
      ...(run.account !== undefined ? { automationDetails: { id: `closed-workspaces/${run.account}/` } } : {}),
      originalUriBaseIds: { [ROOT_BASE]: { uri: pathToFileURL(root.endsWith(sep) ? root : `${root}${sep}`).href } },
      invocations: [{ executionSuccessful: true, exitCode: run.status }],
      results: run.results.map((result) => sarifResult(result, ruleIndex, root)),
      properties: { verdict: run.report.verdict, summary: run.report.summary },
    })),
  };
}

/** The report as JSON, with each finding's fingerprint, the accepted findings apart, and the exit status. */
function jsonOf(checked: Checked): object {
  const findings = checked.results.filter((result) => result.finding.ruleId !== VERDICT_RULE_ID);
  const verdict = checked.results.find((result) => result.finding.ruleId === VERDICT_RULE_ID);
  return {
    ...(checked.account !== undefined ? { account: checked.account } : {}),
    ...checked.report,
    findings: findings.filter((result) => !result.accepted).map((result) => ({ ...result.finding, fingerprint: result.fingerprint, ...(result.expired ? { expiredAcceptance: result.expired } : {}) })),
    accepted: findings.filter((result) => result.accepted).map((result) => ({ ...result.finding, fingerprint: result.fingerprint, acceptance: result.accepted })),
    verdictFingerprint: verdict?.fingerprint,
    ...(verdict?.accepted ? { verdictAccepted: verdict.accepted } : {}),
    exitStatus: checked.status,
  };
}

// ---------------------------------------------------------------------------------------------
// Baseline writing

function acceptanceOf(result: Result, request: BaselineRequest): Acceptance {
  return {
    fingerprint: result.fingerprint,
    ruleId: result.finding.ruleId,
    file: result.file,
    message: result.finding.message,
    reason: request.reason,
    expires: request.expires,
    acceptedBy: request.acceptedBy,
  };
}

/** Every result that would fail (errors, warnings, a verdict other than closed), accepted; acceptances still in force are kept as they are. */
function baselineOf(checked: readonly Checked[], request: BaselineRequest): Baseline {
  const accepted: Acceptance[] = [];
  for (const run of checked) {
    for (const result of run.results) {
      if (result.accepted) accepted.push(result.accepted);
      else if (result.finding.severity !== 'info') accepted.push(acceptanceOf(result, request));
    }
  }
  return { closedWorkspacesBaseline: 1, accepted };
}

// ---------------------------------------------------------------------------------------------
// --each: many accounts, one worker thread per core

interface AccountJob {
  account: string;
  files: string[];
  context?: string;
}

type AccountOutcome = { account: string; documents: string[]; report: Report } | Unreadable;

/** The accounts in DIR: each subfolder (its files; `context.json` is its context) and each file. */
function accountsIn(dir: string): AccountJob[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    throw new UsageError(`cannot read --each ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const jobs: AccountJob[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile()) jobs.push({ account: name, files: [path] });
    else if (stat.isDirectory()) {
      const files = readdirSync(path).filter((file) => !file.startsWith('.')).sort().map((file) => join(path, file)).filter((file) => statSync(file).isFile());
      const context = files.find((file) => file.endsWith(`${sep}context.json`));
      jobs.push({ account: name, files: files.filter((file) => file !== context), ...(context ? { context } : {}) });
    }
  }
  if (jobs.length === 0) throw new UsageError(`--each ${dir} holds no account (a subfolder or a file per account)`);
  return jobs;
}

async function checkAccount(job: AccountJob, fallbackContext: Context | undefined, lang: Lang): Promise<AccountOutcome> {
  try {
    if (job.files.length === 0) throw new UsageError('no input file');
    const [documents, context] = await Promise.all([readDocuments(job.files), job.context ? readContext(job.context) : fallbackContext]);
    return { account: job.account, documents: job.files, report: validate(documents, context, { lang }) };
  } catch (error) {
    return { account: job.account, error: error instanceof Error ? error.message : String(error) };
  }
}

const EACH_WORKER = 'closed-workspaces/each';

/** Validates every account on a pool of worker threads (one per core), keeping the accounts' order. */
async function checkAccounts(jobs: AccountJob[], context: Context | undefined, lang: Lang): Promise<AccountOutcome[]> {
  const outcomes = new Array<AccountOutcome>(jobs.length);
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  let next = 0;
  const runWorker = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { role: EACH_WORKER, context, lang } });
      let current = -1;
      const give = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => done());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (outcome: AccountOutcome) => {
        outcomes[current] = outcome;
        give();
      });
      worker.on('error', fail);
      worker.on('online', give);
    });
  await Promise.all(Array.from({ length: size }, runWorker));
  return outcomes;
}

function serveAccounts(): void {
  const { context, lang } = workerData as { context?: Context; lang: Lang };
  parentPort?.on('message', (job: AccountJob) => {
    void checkAccount(job, context, lang).then((outcome) => parentPort?.postMessage(outcome));
  });
}

// ---------------------------------------------------------------------------------------------

/** A report as the CLI reports it: results with fingerprints and acceptances, and the exit status. */
export function checkedOf(outcome: { account?: string; documents: string[]; report: Report }, options: Pick<Options, 'context' | 'root' | 'failOn'>, baseline: ReadonlyMap<string, Acceptance> = new Map()): Checked {
  const results = resultsOf(outcome.report, outcome.documents, options, baseline);
  return { ...(outcome.account !== undefined ? { account: outcome.account } : {}), documents: outcome.documents, report: outcome.report, results, status: exitStatus(results, options.failOn) };
}

/** Runs the command line; returns the exit status (never calls process.exit itself). */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<ExitStatus> {
  let options: ReturnType<typeof parseCommandLine>;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    err(`closed-workspaces: ${printable(error instanceof Error ? error.message : String(error))}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (options === 'help') {
    out(`${USAGE}\n\nContext fields (--context FILE, a JSON object; all optional):\n${contextHelp('en')}\n`);
    return EXIT.closed;
  }
  if (options === 'version') {
    out(`${VERSION}\n`);
    return EXIT.closed;
  }
  try {
    const [context, baseline] = await Promise.all([readContext(options.context), options.baseline ? readBaseline(options.baseline) : new Map<string, Acceptance>()]);
    let checked: Checked[];
    let unreadable: Unreadable[] = [];
    let outcomes: AccountOutcome[] | undefined;
    if (options.each !== undefined) {
      outcomes = await checkAccounts(accountsIn(options.each), context, options.lang);
      unreadable = outcomes.filter((outcome): outcome is Unreadable => 'error' in outcome);
      checked = outcomes.filter((outcome) => !('error' in outcome)).map((outcome) => checkedOf(outcome as Exclude<AccountOutcome, Unreadable>, options, baseline));
    } else {
      const documents = await readDocuments(options.files);
      const report = validate(documents, context, { lang: options.lang });
      checked = [checkedOf({ documents: documents.map((document) => document.name), report }, options, baseline)];
      if (options.format === 'html' || options.format === 'markdown') {
        out(auditOf(documents, report, context ?? {}, options.lang, options.format));
        return (checked[0] as Checked).status;
      }
    }
    if (options.writeBaseline) {
      const written = baselineOf(checked, options.writeBaseline);
      await writeFile(options.writeBaseline.file, `${JSON.stringify(written, null, 2)}\n`);
      const accepted = new Map(written.accepted.map((acceptance) => [acceptance.fingerprint, acceptance]));
      checked = checked.map((run) => checkedOf(run, options, accepted));
      err(`closed-workspaces: wrote ${written.accepted.length} accepted findings to ${printable(options.writeBaseline.file)}\n`);
    }
    for (const { account, error } of unreadable) err(`closed-workspaces: ${printable(`${account}: ${error}`)}\n`);
    const status = worstStatus([...checked.map((run) => run.status), ...(unreadable.length > 0 ? [EXIT.usage] : [])]);
    if (options.format === 'sarif') out(`${JSON.stringify(formatSarif(checked, options.lang, options.docBase, options.root), null, 2)}\n`);
    else if (options.each !== undefined && options.format === 'json') out(`${JSON.stringify({ accounts: [...checked.map(jsonOf), ...unreadable], exitStatus: status }, null, 2)}\n`);
    else if (options.format === 'json') out(`${JSON.stringify(jsonOf(checked[0] as Checked), null, 2)}\n`);
    else if (options.each !== undefined) {
      const byAccount = new Map<string, Checked | Unreadable>([...checked.map((run) => [run.account ?? '', run] as const), ...unreadable.map((run) => [run.account, run] as const)]);
      out(formatEachText((outcomes ?? []).map((outcome) => byAccount.get(outcome.account) as Checked | Unreadable), options.lang));
    } else out(formatText(checked[0] as Checked, options.lang, options.proof));
    return status;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`closed-workspaces: ${printable(error.message)}\n`);
    return EXIT.usage;
  }
}

/** The audit report of one check: each input with its kinds, UTF-8 size and SHA-256 (the browser hashes the same bytes). */
function auditOf(documents: readonly InputDocument[], report: Report, context: Context, lang: Lang, format: 'html' | 'markdown'): string {
  const kinds = new Map(report.analysed.documents.map((document) => [document.name, document.kinds]));
  // A collect bundle is listed as the documents it holds (`bundle.json › route-tables.json`): it holds their kinds.
  const kindsOf = (name: string) => kinds.get(name) ?? [...new Set(report.analysed.documents.filter((document) => document.name.startsWith(`${name}${BUNDLE_SEPARATOR}`)).flatMap((document) => document.kinds))];
  const inputs = documents.map((document) => {
    const bytes = Buffer.from(document.text, 'utf8');
    return { name: document.name, kinds: kindsOf(document.name), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  return auditReport({ report, inputs, context, lang, format, generatedAt: new Date().toISOString(), engineVersion: VERSION });
}

/** True when this file is the program (also through an npm bin symlink), not imported by a test. */
function isProgram(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === EACH_WORKER) serveAccounts();
else if (isMainThread && isProgram()) {
  process.exitCode = await main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
