/**
 * Runs validations in a Web Worker, newest request wins: a request made while another runs
 * terminates the worker (the engine is synchronous and cannot be interrupted otherwise) and starts
 * a fresh one. Results of stale runs are never delivered.
 */
import type { Acceptance, Context, Lang } from '../../validators/index.ts';
import type { ChunkedDocument, ResultMessage, ValidateRequest, WorkerMessage } from './validation-protocol.ts';

export type RunOutcome = { status: 'done'; result: ResultMessage } | { status: 'cancelled' } | { status: 'failed'; message: string };

export interface RunCallbacks {
  /** The worker received the documents and started the engine. */
  onValidating?: () => void;
}

interface Pending {
  runId: number;
  resolve: (outcome: RunOutcome) => void;
  callbacks: RunCallbacks;
}

export class ValidationRunner {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private nextRunId = 1;
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker) {
    this.createWorker = createWorker;
  }

  /** True while a run is in the worker. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Validates; a later call (or cancel) resolves this one as `cancelled`. */
  run(documents: ChunkedDocument[], context: Context, lang: Lang, callbacks: RunCallbacks = {}, baseline: Acceptance[] = []): Promise<RunOutcome> {
    if (this.pending) this.cancel();
    const worker = this.ensureWorker();
    const runId = this.nextRunId++;
    return new Promise((resolve) => {
      this.pending = { runId, resolve, callbacks };
      const request: ValidateRequest = { type: 'validate', runId, documents, context, lang, baseline };
      worker.postMessage(request);
    });
  }

  /** Stops the current run, if any, by terminating the worker. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    pending.resolve({ status: 'cancelled' });
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const pending = this.pending;
      if (!pending || message.runId !== pending.runId) return;
      if (message.type === 'validating') {
        pending.callbacks.onValidating?.();
        return;
      }
      this.pending = undefined;
      pending.resolve({ status: 'done', result: message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || 'worker error');
    };
    worker.onmessageerror = () => this.fail('the report could not be read');
    this.worker = worker;
    return worker;
  }

  private fail(message: string): void {
    const pending = this.pending;
    this.worker?.terminate();
    this.worker = undefined;
    if (!pending) return;
    this.pending = undefined;
    pending.resolve({ status: 'failed', message });
  }
}
