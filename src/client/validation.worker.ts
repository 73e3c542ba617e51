/**
 * The validation worker: runs the engine off the main thread, so no paste can freeze the tab.
 * One request at a time; the page terminates the worker to cancel a stale run.
 */
import { validate } from '../../validators/index.ts';
import { regionFromAvailabilityZones } from './region-detection.ts';
import { shownFindings } from './shown-findings.ts';
import { windowsSummaries } from './windows-summary.ts';
import type { ResultMessage, ValidateRequest, ValidatingMessage } from './validation-protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'validate') return;
  scope.postMessage({ type: 'validating', runId: request.runId } satisfies ValidatingMessage);
  const started = performance.now();
  const documents = request.documents.map((document) => ({ name: document.name, text: document.chunks.join('') }));
  const detectedRegion = request.context.region ? undefined : regionFromAvailabilityZones(documents.map((document) => document.text));
  const context = detectedRegion ? { ...request.context, region: detectedRegion } : request.context;
  const full = validate(documents, context, { lang: request.lang });
  const { findings, totals } = shownFindings(full);
  const message: ResultMessage = {
    type: 'result',
    runId: request.runId,
    report: { ...full, findings },
    totals,
    windows: windowsSummaries(documents),
    elapsedMs: performance.now() - started,
    ...(detectedRegion ? { detectedRegion } : {}),
  };
  scope.postMessage(message);
};
