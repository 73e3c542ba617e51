/** The audit worker: started when the reader asks for a report, so the report code never weighs on the page. */
import { auditJob, type AuditRequest } from './audit-job.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<AuditRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (event) => {
  try {
    scope.postMessage({ ok: true, result: await auditJob(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
