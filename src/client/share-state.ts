/**
 * What a share link carries, and how: the documents and the context, compressed into the URL
 * fragment (never the query: a fragment is not sent to any server). No DOM here: the page passes
 * in its location and storage, so all of it runs under node:test.
 *
 *   https://…/validate/#workbench=<base64url(deflate-raw(JSON))>
 */
import type { Context, InputDocument } from '../../validators/index.ts';
import { canonicalChoice, CONTEXT_FIELD_SHAPES } from '../../validators/context.ts';

/** The documents and context of a workbench: everything a link or a session restores. */
export interface WorkbenchState {
  documents: InputDocument[];
  context: Context;
}

/** The fragment key; heading anchors never contain `=`, so it cannot collide with one. */
export const FRAGMENT_KEY = 'workbench';

/** Version of the payload inside the fragment; a newer link opened by an older page says so. */
export const PAYLOAD_VERSION = 1;

/** Largest decompressed payload accepted from a link: a crafted link must not exhaust memory. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/** Chromium refuses to navigate to URLs longer than this (2 MiB); longer links cannot be opened. */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

/** Why a fragment could not be read. */
export type ShareError = 'encoding' | 'compression' | 'too-large' | 'json' | 'shape' | 'version';

export type DecodeResult = { ok: true; state: WorkbenchState } | { ok: false; error: ShareError };

/** Bytes → base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments; chunks keep the call under the engine's argument limit.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padded or not) → bytes; undefined when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** deflate-raw of the bytes (CompressionStream: browsers and Node ≥ 18). */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const out = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return out === 'too-large' ? new Uint8Array() : out;
}

/** inflate-raw, stopping at `limit` bytes of output. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, limit = MAX_PAYLOAD_BYTES): Promise<Uint8Array | 'too-large' | 'compression'> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
  } catch {
    return 'compression';
  }
}

/** Only the context fields the schema lists, with the types it expects (a choice in any letter case); anything else is dropped, a wrong type rejects the link. */
export function cleanContext(value: unknown): Context | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const context: Record<string, unknown> = {};
  for (const field of CONTEXT_FIELD_SHAPES) {
    const item = Object.hasOwn(raw, field.name) ? raw[field.name] : undefined;
    if (item === undefined) continue;
    if (field.kind === 'list') {
      if (!Array.isArray(item) || !item.every((entry) => typeof entry === 'string')) return undefined;
      context[field.name] = [...item];
    } else if (field.kind === 'choice') {
      const canonical = canonicalChoice(field, item);
      if (canonical === undefined) return undefined;
      context[field.name] = canonical;
    } else {
      if (typeof item !== 'string') return undefined;
      context[field.name] = item;
    }
  }
  return context as Context;
}

/** The payload object of a state: documents as [name, text] pairs keep the JSON short. */
function payloadOf(state: WorkbenchState): unknown {
  return { v: PAYLOAD_VERSION, d: state.documents.map((document) => [document.name, document.text]), c: state.context };
}

function stateOf(payload: unknown): DecodeResult {
  if (typeof payload !== 'object' || payload === null) return { ok: false, error: 'shape' };
  const raw = payload as Record<string, unknown>;
  if (typeof raw.v !== 'number') return { ok: false, error: 'shape' };
  if (raw.v > PAYLOAD_VERSION) return { ok: false, error: 'version' };
  if (!Array.isArray(raw.d)) return { ok: false, error: 'shape' };
  const documents: InputDocument[] = [];
  for (const pair of raw.d) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return { ok: false, error: 'shape' };
    documents.push({ name: pair[0], text: pair[1] });
  }
  const context = raw.c === undefined ? {} : cleanContext(raw.c);
  if (!context) return { ok: false, error: 'shape' };
  return { ok: true, state: { documents, context } };
}

/** The state as the text after `#workbench=`. */
export async function encodeState(state: WorkbenchState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payloadOf(state)));
  return toBase64Url(await deflate(json));
}

/** The text after `#workbench=` back into a state; every failure is a value, never a throw. */
export async function decodeState(encoded: string, limit = MAX_PAYLOAD_BYTES): Promise<DecodeResult> {
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { ok: false, error: 'encoding' };
  const inflated = await inflate(bytes, limit);
  if (inflated === 'too-large' || inflated === 'compression') return { ok: false, error: inflated };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, error: 'json' };
  }
  return stateOf(payload);
}

/** The encoded state in a URL fragment such as `#workbench=…&x`, if there is one. */
export function fragmentPayload(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
  }
  return undefined;
}

/** A link to `pageUrl` that opens this state: any query and fragment of `pageUrl` are dropped. */
export async function shareLink(pageUrl: string, state: WorkbenchState): Promise<string> {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  return `${url.href}#${FRAGMENT_KEY}=${await encodeState(state)}`;
}

/** The state a page was opened with, from its location's fragment; undefined when there is none. */
export async function stateFromLocation(location: Pick<Location, 'hash'>): Promise<DecodeResult | undefined> {
  const encoded = fragmentPayload(location.hash);
  return encoded === undefined ? undefined : decodeState(encoded);
}

/** The part of Web Storage the session needs. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps the workbench of one page across reloads of the tab; false when the storage refused it (quota). */
export async function saveSession(storage: SessionStorage, key: string, state: WorkbenchState): Promise<boolean> {
  const encoded = await encodeState(state);
  try {
    storage.setItem(key, encoded);
    return true;
  } catch {
    // Over quota: a stale copy would restore older text than the reader last saw.
    storage.removeItem(key);
    return false;
  }
}

/** The state saved for this page in this tab, if any and readable. */
export async function loadSession(storage: SessionStorage, key: string): Promise<WorkbenchState | undefined> {
  const encoded = storage.getItem(key);
  if (encoded === null) return undefined;
  const result = await decodeState(encoded);
  return result.ok ? result.state : undefined;
}
