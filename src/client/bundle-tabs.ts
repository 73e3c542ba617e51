/**
 * A collect bundle (what scripts/collect.sh and collect.ps1 write) opened in the workbench: each
 * output becomes its own tab, named as in the bundle and showing the command that printed it; the
 * commands that failed stay together in one small bundle tab, so the engine still reports them at
 * their lines; the bundle's Region is offered to the context form. What a bundle holds is read by
 * the engine's own module (validators/input/bundle.ts), so the page and the CLI cannot disagree.
 */
import { BUNDLE_KEY, BUNDLE_VERSION, isBundle, openBundle } from '../../validators/input/bundle.ts';
import type { LoadedDocument } from './samples.ts';

/** How much of a document's start is looked at for the bundle key (the scripts write it first). */
export const BUNDLE_HEAD_LENGTH = 4096;

/** The tab that keeps the failed commands of a bundle. */
export const FAILED_TAB = 'failed-commands.json';

/** A text whose start looks like a bundle: an object that names the bundle key early on. Cheap: it runs on every edit. */
export function mayBeBundle(head: string): boolean {
  const start = head.search(/\S/);
  return start >= 0 && head[start] === '{' && head.includes(`"${BUNDLE_KEY}"`);
}

/** The start of a text given as chunks, without joining the whole of it. */
export function headOf(chunks: readonly string[]): string {
  let head = '';
  for (const chunk of chunks) {
    head += chunk.slice(0, BUNDLE_HEAD_LENGTH - head.length);
    if (head.length >= BUNDLE_HEAD_LENGTH) break;
  }
  return head;
}

/** The tabs a bundle opens as. */
export interface BundleTabs {
  /** One tab per output, in the bundle's order, then the failed commands' tab if any failed. */
  tabs: LoadedDocument[];
  /** How many outputs the bundle holds. */
  outputs: number;
  /** The commands that failed, by document name. */
  failed: string[];
  region?: string;
}

/**
 * The tabs of a bundle; undefined when the text is not a bundle the workbench can split (not JSON,
 * another version, an entry it cannot read): it then stays one tab and the engine says what is wrong.
 */
export function bundleTabs(text: string): BundleTabs | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isBundle(value)) return undefined;
  const opened = openBundle(value);
  if (opened.issues.length > 0) return undefined;
  const inOrder = [...opened.entries].sort((a, b) => a.index - b.index);
  const tabs: LoadedDocument[] = inOrder.filter((entry) => entry.hasOutput).map((entry) => ({ name: entry.name, text: `${JSON.stringify(entry.output, null, 4)}\n`, ...(entry.command ? { command: entry.command } : {}) }));
  const failed = inOrder.filter((entry) => entry.error !== undefined);
  if (tabs.length === 0 && failed.length === 0) return undefined;
  if (failed.length > 0) {
    const rest = {
      [BUNDLE_KEY]: BUNDLE_VERSION,
      ...(opened.collected !== undefined ? { collected: opened.collected } : {}),
      ...(opened.region !== undefined ? { region: opened.region } : {}),
      documents: failed.map((entry) => ({ name: entry.name, ...(entry.command ? { command: entry.command } : {}), error: entry.error })),
    };
    tabs.push({ name: FAILED_TAB, text: `${JSON.stringify(rest, null, 2)}\n` });
  }
  return { tabs, outputs: tabs.length - (failed.length > 0 ? 1 : 0), failed: failed.map((entry) => entry.name), ...(opened.region !== undefined ? { region: opened.region } : {}) };
}
