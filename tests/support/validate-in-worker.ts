/**
 * validate() in a worker thread, for tests that guard against super-linear parsing with node:test's
 * `timeout`: a synchronous call would block the very timer that should fail the test, so the work runs
 * elsewhere and the worker is terminated when the test's signal aborts (on timeout).
 */
import { Worker } from 'node:worker_threads';
import type { Context, InputDocument } from '../../validators/index.ts';

/** Resolves when validate() has returned on `documents` in a worker (rejects if it threw). */
export function validateInWorker(documents: InputDocument[], signal: AbortSignal, context?: Context): Promise<void> {
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { workerData: { documents, context } });
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the worker stopped with exit code ${code}`))));
  }).finally(() => {
    signal.removeEventListener('abort', stop);
    void worker.terminate();
  });
}
