/**
 * The validation worker: runs the engine off the main thread, so no paste can freeze the tab.
 * One request at a time; the page terminates the worker to cancel a stale run. It imports the
 * engine, not the package entry index.ts (which registers the template and plan readers): most
 * pastes are describe-* JSON, and the readers, a second same-origin chunk, are loaded the first
 * time a paste may be a template or a plan.
 */
import { matchBaseline, relativeUri, todayUtc } from '../../validators/baseline.ts';
import { validate } from '../../validators/engine.ts';
import { needsDocumentReaders, registerDocumentReaders } from '../../validators/input/document-readers.ts';
import type { Finding } from '../../validators/types.ts';
import { regionFromAvailabilityZones } from './region-detection.ts';
import { shownFindings } from './shown-findings.ts';
import type { AcceptedFinding, ResultMessage, ValidateRequest, ValidatingMessage } from './validation-protocol.ts';
import { windowsSummaries } from './windows-summary.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null; postMessage(message: unknown): void };

/** Splits off the findings a baseline accepts; a tab named like the file the CLI read gets the CLI's fingerprint. */
function applyBaseline(findings: Finding[], request: ValidateRequest): { active: Finding[]; accepted: AcceptedFinding[] } {
  if (!request.baseline?.length) return { active: findings, accepted: [] };
  const baseline = new Map(request.baseline.map((acceptance) => [acceptance.fingerprint, acceptance]));
  const matched = matchBaseline(findings, (finding) => ({ ruleId: finding.ruleId, location: relativeUri(finding.file), path: finding.path, messageId: finding.messageId }), baseline, todayUtc());
  return {
    active: matched.filter((match) => !match.accepted).map((match) => match.item),
    accepted: matched.flatMap((match) => (match.accepted ? [{ finding: match.item, acceptance: match.accepted }] : [])),
  };
}

let readersLoaded = false;

/**
 * Registers the template and plan readers once. Should the chunk fail to load, validation goes
 * on without them and the engine says which document it could not read (input-document).
 */
async function loadDocumentReaders(): Promise<void> {
  if (readersLoaded) return;
  try {
    const { DOCUMENT_READERS } = await import('../../validators/input/iac/readers.ts');
    registerDocumentReaders(DOCUMENT_READERS);
    readersLoaded = true;
  } catch {
    // Left unregistered: the finding names the document that needed the readers.
  }
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request?.type !== 'validate') return;
  scope.postMessage({ type: 'validating', runId: request.runId } satisfies ValidatingMessage);
  const started = performance.now();
  const documents = request.documents.map((document) => ({ name: document.name, text: document.chunks.join('') }));
  if (needsDocumentReaders(documents.map((document) => document.text))) await loadDocumentReaders();
  const detectedRegion = request.context.region ? undefined : regionFromAvailabilityZones(documents.map((document) => document.text));
  const context = detectedRegion ? { ...request.context, region: detectedRegion } : request.context;
  const validated = validate(documents, context, { lang: request.lang });
  const { active, accepted } = applyBaseline(validated.findings, request);
  const full = { ...validated, findings: active };
  const { findings, totals } = shownFindings(full);
  const message: ResultMessage = {
    type: 'result',
    runId: request.runId,
    report: { ...full, findings },
    totals,
    accepted,
    windows: windowsSummaries(documents),
    elapsedMs: performance.now() - started,
    ...(detectedRegion ? { detectedRegion } : {}),
  };
  scope.postMessage(message);
};
