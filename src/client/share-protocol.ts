/** Messages between the page and the share worker, which compresses, redacts and decodes links off the main thread. */
import type { Replacement } from './redact.ts';
import type { DecodeResult, WorkbenchState } from './share-state.ts';

export type ShareRequest =
  | { type: 'link'; jobId: number; state: WorkbenchState; redact: boolean; pageUrl: string }
  | { type: 'open'; jobId: number; hash: string };

export type ShareResponse =
  | { type: 'link'; jobId: number; link: string; replacements: Replacement[] }
  | { type: 'open'; jobId: number; result: DecodeResult | undefined };
