/** The share worker: builds (optionally redacted) share links and opens them, off the main thread. */
import { redactState } from './redact.ts';
import type { ShareRequest, ShareResponse } from './share-protocol.ts';
import { shareLink, stateFromLocation } from './share-state.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ShareRequest>) => void) | null; postMessage(message: ShareResponse): void };

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type === 'link') {
    const { state, replacements } = request.redact ? redactState(request.state) : { state: request.state, replacements: [] };
    scope.postMessage({ type: 'link', jobId: request.jobId, link: await shareLink(request.pageUrl, state), replacements });
  } else if (request.type === 'open') {
    scope.postMessage({ type: 'open', jobId: request.jobId, result: await stateFromLocation({ hash: request.hash }) });
  }
};
