/** The page's side of the share worker: one promise per job; the worker lives until the page goes. */
import type { Replacement } from './redact.ts';
import type { ShareRequest, ShareResponse } from './share-protocol.ts';
import type { DecodeResult, WorkbenchState } from './share-state.ts';

type Job = { type: 'link'; state: WorkbenchState; redact: boolean; pageUrl: string } | { type: 'open'; hash: string };

export class ShareClient {
  private worker: Worker | undefined;
  private nextJobId = 1;
  private readonly waiting = new Map<number, { resolve: (response: ShareResponse) => void; reject: (error: Error) => void }>();
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker) {
    this.createWorker = createWorker;
  }

  /** A share link to `pageUrl` holding the state, redacted when asked, and what redaction replaced. */
  async link(state: WorkbenchState, redact: boolean, pageUrl: string): Promise<{ link: string; replacements: Replacement[] }> {
    const response = await this.send({ type: 'link', state, redact, pageUrl });
    if (response.type !== 'link') throw new Error('unexpected share worker reply');
    return response;
  }

  /** The state in a location hash, undefined when the hash holds none. */
  async open(hash: string): Promise<DecodeResult | undefined> {
    const response = await this.send({ type: 'open', hash });
    if (response.type !== 'open') throw new Error('unexpected share worker reply');
    return response.result;
  }

  private send(job: Job): Promise<ShareResponse> {
    const worker = this.ensureWorker();
    const jobId = this.nextJobId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(jobId, { resolve, reject });
      worker.postMessage({ ...job, jobId } satisfies ShareRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<ShareResponse>) => {
      const waiter = this.waiting.get(event.data.jobId);
      this.waiting.delete(event.data.jobId);
      waiter?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A crashed worker fails every job it held; the next job starts a new one.
      for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message || 'share worker error'));
      this.waiting.clear();
      worker.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }
}
