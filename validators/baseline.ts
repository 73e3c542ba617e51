/**
 * Baselines: findings accepted by fingerprint, with a reason, an expiry date and who accepted
 * them. Pure (no Node, no DOM, synchronous) so that the CLI and the browser match findings to a
 * baseline the same way.
 */
import type { JsonPath } from './types.ts';

/** One accepted finding. `ruleId`, `file` and `message` are for the reader; only `fingerprint` is matched. */
export interface Acceptance {
  fingerprint: string;
  reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) the acceptance holds; from the next day on the finding fails again. */
  expires: string;
  acceptedBy: string;
  ruleId?: string;
  file?: string;
  message?: string;
}

/** The file `--write-baseline` writes. */
export interface Baseline {
  closedWorkspacesBaseline: 1;
  accepted: Acceptance[];
}

/** What identifies a finding for its fingerprint: never its words, so languages and rewording keep it. */
export interface FingerprintKey {
  ruleId: string;
  /** The document as the fingerprint names it (the CLI: its SARIF artifact URI). */
  location: string;
  path: JsonPath;
  messageId: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (2027-02-30 does not). */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The acceptances of a parsed baseline file by fingerprint, or what is wrong with it. */
export function readBaseline(value: unknown): { accepted: Map<string, Acceptance> } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'is not a JSON object' };
  const file = value as Record<string, unknown>;
  if (file.closedWorkspacesBaseline !== 1) return { error: 'has no "closedWorkspacesBaseline": 1 (written by --write-baseline)' };
  if (!Array.isArray(file.accepted)) return { error: '"accepted" must be an array' };
  const accepted = new Map<string, Acceptance>();
  for (const [index, entry] of file.accepted.entries()) {
    const fail = (problem: string) => ({ error: `accepted[${index}] ${problem}` });
    if (typeof entry !== 'object' || entry === null) return fail('is not an object');
    const { fingerprint, reason, expires, acceptedBy } = entry as Record<string, unknown>;
    if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return fail('needs "fingerprint": 64 hexadecimal digits');
    if (typeof reason !== 'string' || reason.trim() === '') return fail('needs a "reason"');
    if (typeof acceptedBy !== 'string' || acceptedBy.trim() === '') return fail('needs "acceptedBy": who accepted it');
    if (typeof expires !== 'string' || !isDate(expires)) return fail(`needs "expires" as a date YYYY-MM-DD, not ${JSON.stringify(expires)}`);
    accepted.set(fingerprint, entry as Acceptance);
  }
  return { accepted };
}

/** Whether an acceptance holds on `today` (`YYYY-MM-DD`, UTC). */
export function holds(acceptance: Acceptance, today: string): boolean {
  return acceptance.expires >= today;
}

/** Fingerprints of findings in report order; a repeat of the same key is numbered, so each is unique. */
export function fingerprints(keys: readonly FingerprintKey[]): string[] {
  const seen = new Map<string, number>();
  return keys.map(({ ruleId, location, path, messageId }) => {
    const key = `${ruleId}\0${location}\0${JSON.stringify(path)}\0${messageId}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return sha256Hex(count === 0 ? key : `${key}\0${count}`);
  });
}

/** A relative path as SARIF artifact URIs and fingerprints write it: each segment percent-encoded. */
export function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** An item with its fingerprint and, when a baseline names it, the acceptance in force or the one that expired. */
export interface Matched<T> {
  item: T;
  fingerprint: string;
  accepted?: Acceptance;
  expired?: Acceptance;
}

/** Fingerprints the items (in order) and looks each up in the baseline as of `today` (`YYYY-MM-DD`, UTC). */
export function matchBaseline<T>(items: readonly T[], keyOf: (item: T) => FingerprintKey, baseline: ReadonlyMap<string, Acceptance>, today: string): Matched<T>[] {
  const prints = fingerprints(items.map(keyOf));
  return items.map((item, index) => {
    const fingerprint = prints[index] as string;
    const acceptance = baseline.get(fingerprint);
    if (!acceptance) return { item, fingerprint };
    return holds(acceptance, today) ? { item, fingerprint, accepted: acceptance } : { item, fingerprint, expired: acceptance };
  });
}

/** Today's date in UTC, as expiry dates are compared. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 of the UTF-8 bytes of `text`, as hex (FIPS 180-4). Written out because Web Crypto is
 * asynchronous and missing on pages served over plain HTTP, as sites inside closed networks often are.
 */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 8, Math.floor((bytes.length * 8) / 2 ** 32));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  const hash = Uint32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      w[i] = ((w[i - 16] as number) + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + (w[i - 7] as number) + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = ((hash[i] as number) + value) >>> 0));
  }
  return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}
