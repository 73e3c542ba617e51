/**
 * Messages between the page and the validation worker. The page owns the documents; the worker
 * only runs the engine, so a stale run is cancelled by terminating it.
 */
import type { Acceptance, Context, Finding, Lang, Report } from '../../validators/index.ts';
import type { WindowsSummary } from './windows-summary.ts';

/** Findings handed to the page at most: beyond this, copying them and drawing markers would stall the tab. */
export const SHOWN_FINDINGS_LIMIT = 2000;

/** A document as the page sends it: its text in pieces, joined in the worker (see EditorSurface.chunks). */
export interface ChunkedDocument {
  name: string;
  chunks: string[];
}

export interface ValidateRequest {
  type: 'validate';
  runId: number;
  documents: ChunkedDocument[];
  context: Context;
  lang: Lang;
  /** Accepted findings of a loaded baseline file (matched by fingerprint, as the CLI does). */
  baseline: Acceptance[];
}

/** The worker has the documents and is running the engine. */
export interface ValidatingMessage {
  type: 'validating';
  runId: number;
}

/** How many findings there were in all, before the report was cut to what the page can show. */
export interface FindingTotals {
  error: number;
  warning: number;
  info: number;
  all: number;
}

/** A finding a baseline accepts, shown apart from the others. */
export interface AcceptedFinding {
  finding: Finding;
  acceptance: Acceptance;
}

export interface ResultMessage {
  type: 'result';
  runId: number;
  /** The report, its findings cut to the most severe `SHOWN_FINDINGS_LIMIT` (in report order). */
  report: Report;
  totals: FindingTotals;
  /** Findings the baseline accepts (not in `report.findings` nor in `totals`). */
  accepted: AcceptedFinding[];
  /** Region read from a subnet's Availability Zone when the context names none. */
  detectedRegion?: string;
  /** What was read from each Windows document. */
  windows: WindowsSummary[];
  /** Time spent in the engine, in milliseconds. */
  elapsedMs: number;
}

export type WorkerMessage = ValidatingMessage | ResultMessage;
