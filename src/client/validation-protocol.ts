/**
 * Messages between the page and the validation worker. The page owns the documents; the worker
 * only runs the engine, so a stale run is cancelled by terminating it.
 */
import type { Context, InputDocument, Lang, Report } from '../../validators/index.ts';

export interface ValidateRequest {
  type: 'validate';
  runId: number;
  documents: InputDocument[];
  context: Context;
  lang: Lang;
}

/** The worker has the documents and is running the engine. */
export interface ValidatingMessage {
  type: 'validating';
  runId: number;
}

export interface ResultMessage {
  type: 'result';
  runId: number;
  report: Report;
  /** Region read from a subnet's Availability Zone when the context names none. */
  detectedRegion?: string;
  /** Time spent in the engine, in milliseconds. */
  elapsedMs: number;
}

export type WorkerMessage = ValidatingMessage | ResultMessage;
