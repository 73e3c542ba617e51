/**
 * Building the audit report from what the workbench holds: hash each document as pasted (Web
 * Crypto), redact when asked (the share links' redaction), validate, and format. No DOM: it runs
 * in the audit worker and under node:test alike.
 */
import { validate } from '../../validators/index.ts';
import type { ContextFieldName } from '../../validators/context.ts';
import { auditFileName, auditReport, type AuditInput, type ContextSource } from '../../validators/report/audit.ts';
import type { Lang } from '../../validators/types.ts';
import { redactState } from './redact.ts';
import { regionFromAvailabilityZones } from './region-detection.ts';
import type { WorkbenchState } from './share-state.ts';

export interface AuditRequest {
  state: WorkbenchState;
  redact: boolean;
  lang: Lang;
  format: 'html' | 'markdown';
  generatedAt: string;
  engineVersion: string;
  siteUrl: string;
}

export interface AuditResult {
  text: string;
  fileName: string;
  mediaType: string;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of a text. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The report for a workbench state; documents without text are not inputs, as in validation. */
export async function auditJob(request: AuditRequest): Promise<AuditResult> {
  const given = { ...request.state, documents: request.state.documents.filter((document) => /\S/.test(document.text)) };
  const encoder = new TextEncoder();
  const hashed = await Promise.all(
    given.documents.map(async (document) => {
      const bytes = encoder.encode(document.text);
      return { size: bytes.byteLength, sha256: await sha256Hex(bytes) };
    }),
  );
  const state = request.redact ? redactState(given).state : given;
  const detected = state.context.region ? undefined : regionFromAvailabilityZones(state.documents.map((document) => document.text));
  const context = detected ? { ...state.context, region: detected } : state.context;
  const report = validate(state.documents, context, { lang: request.lang });
  const kinds = new Map(report.analysed.documents.map((document) => [document.name, document.kinds]));
  const inputs: AuditInput[] = state.documents.map((document, index) => ({ name: document.name, kinds: kinds.get(document.name) ?? [], ...(hashed[index] as { size: number; sha256: string }) }));
  const contextSources: Partial<Record<ContextFieldName, ContextSource>> = detected ? { region: 'detected' } : {};
  const options = { report, inputs, context, contextSources, lang: request.lang, format: request.format, generatedAt: request.generatedAt, engineVersion: request.engineVersion, siteUrl: request.siteUrl, redacted: request.redact };
  return { text: auditReport(options), fileName: auditFileName(options), mediaType: request.format === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8' };
}
