#!/usr/bin/env node
/**
 * closed-workspaces command line: the engine for CI pipelines (the only file in validators/
 * that touches Node).
 *
 *   closed-workspaces check [--context FILE] [--format text|json|sarif] [--lang en|ja]
 *                           [--doc-base URL] FILE...      (- reads standard input)
 *
 * Exit status: 0 no error finding, 1 at least one error finding, 2 usage error or unreadable file.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RULES, validate, type Context, type Finding, type InputDocument, type Lang, type Report } from './index.ts';
import type { Rule } from './rules/rule.ts';

const VERSION = '0.1.0';
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: closed-workspaces check [options] FILE...

Checks what aws ec2 describe-route-tables, describe-network-acls, describe-security-groups,
describe-subnets, describe-vpcs and get-managed-prefix-list-entries print (and Windows command
output from inside a WorkSpace). Use - to read standard input.

Options:
  --context FILE     JSON context: region, workspacesSubnetIds, directoryControllers, internalCidrs,
                     closedTargets, workspacesSecurityGroupIds, bundle
  --format FORMAT    text (default), json (the report) or sarif (SARIF 2.1.0)
  --lang LANG        language of messages: en (default) or ja
  --doc-base URL     where the site is published, for links to rule pages (e.g. in SARIF helpUri);
                     default: $CLOSED_WORKSPACES_DOC_BASE
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 no error finding, 1 at least one error finding, 2 usage error or unreadable file.`;

class UsageError extends Error {}

interface Options {
  files: string[];
  context?: string;
  format: Format;
  lang: Lang;
  docBase?: string;
}

function parseCommandLine(argv: string[]): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'en' },
      'doc-base': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"');
  if (files.length === 0) throw new UsageError('no input file (use - for standard input)');
  if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
  if (values.lang !== 'en' && values.lang !== 'ja') throw new UsageError(`--lang must be en or ja, not "${values.lang}"`);
  const docBase = values['doc-base'] ?? process.env.CLOSED_WORKSPACES_DOC_BASE;
  if (docBase !== undefined && !/^https?:\/\/\S+$/.test(docBase)) throw new UsageError(`--doc-base must be an http(s) URL, not "${docBase}"`);
  return {
    files,
    format: values.format as Format,
    lang: values.lang,
    ...(values.context ? { context: values.context } : {}),
    ...(docBase ? { docBase: docBase.endsWith('/') ? docBase : `${docBase}/` } : {}),
  };
}

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

async function readContext(file: string | undefined): Promise<Context | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = decode(await readFile(file));
  } catch (error) {
    throw new UsageError(`cannot read context ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Context;
  } catch (error) {
    throw new UsageError(`context ${file} is not a JSON object: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const VERDICT_WORD: Record<Lang, Record<Report['verdict'], string>> = {
  en: { closed: 'CLOSED', open: 'OPEN', unverified: 'UNVERIFIED' },
  ja: { closed: '閉じている', open: '開いている', unverified: '未確認' },
};

/** `file:line:col severity ruleId message` lines, then the verdict and counts. */
export function formatText(report: Report, lang: Lang, contextFile?: string): string {
  const lines = report.findings.map((finding) => `${displayFile(finding, contextFile)}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}`);
  const count = (severity: Finding['severity']) => report.findings.filter((finding) => finding.severity === severity).length;
  const counts = lang === 'ja' ? `エラー ${count('error')}、警告 ${count('warning')}、情報 ${count('info')}` : `${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`;
  lines.push('', `${lang === 'ja' ? '判定' : 'verdict'}: ${VERDICT_WORD[lang][report.verdict]} (${counts})`, report.summary);
  return `${lines.join('\n')}\n`;
}

function displayFile(finding: Finding, contextFile?: string): string {
  return finding.file === '<context>' && contextFile ? contextFile : finding.file;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** An artifact URI relative to the working directory, as GitHub code scanning expects. */
function artifactUri(file: string): string {
  const path = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0: one run, every rule with its help, every finding with a region. */
export function formatSarif(report: Report, lang: Lang, docBase: string | undefined, contextFile?: string): object {
  const prefix = lang === 'ja' ? 'ja/' : '';
  const rules = RULES.map((rule: Rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.description[lang] },
    ...(docBase ? { helpUri: `${docBase}${prefix}rules/${rule.id}/` } : {}),
    help: { text: rule.description[lang], markdown: `**${rule.title[lang]}**\n\n${rule.description[lang]}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['closed-workspaces', rule.category], precision: 'very-high' },
  }));
  const index = new Map(RULES.map((rule, position) => [rule.id, position]));
  const results = report.findings.map((finding) => {
    const file = displayFile(finding, contextFile);
    return {
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file) },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
          ...(finding.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: finding.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, ''), kind: 'element' }] } : {}),
        },
      ],
      partialFingerprints: {
        'closedWorkspaces/v1': createHash('sha256').update(`${finding.ruleId}\0${file}\0${JSON.stringify(finding.path)}\0${finding.message}`).digest('hex'),
      },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'closed-workspaces', version: VERSION, semanticVersion: VERSION, ...(docBase ? { informationUri: docBase } : {}), rules } },
        results,
        properties: { verdict: report.verdict, summary: report.summary },
      },
    ],
  };
}

/** Runs the command line; returns the exit status (never calls process.exit itself). */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let options: ReturnType<typeof parseCommandLine>;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    err(`closed-workspaces: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    out(`${VERSION}\n`);
    return 0;
  }
  let documents: InputDocument[];
  let context: Context | undefined;
  try {
    [documents, context] = await Promise.all([readDocuments(options.files), readContext(options.context)]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`closed-workspaces: ${error.message}\n`);
    return 2;
  }
  const report = validate(documents, context, { lang: options.lang });
  if (options.format === 'json') out(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'sarif') out(`${JSON.stringify(formatSarif(report, options.lang, options.docBase, options.context), null, 2)}\n`);
  else out(formatText(report, options.lang, options.context));
  return report.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
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

if (isProgram()) {
  process.exitCode = await main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
