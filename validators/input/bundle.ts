/**
 * The collect bundle: the one file `scripts/collect.sh` and `scripts/collect.ps1` write, holding
 * what every AWS CLI command they ran printed:
 *
 *   {"closedWorkspacesBundle": 1, "collected": "<ISO time>", "region": "ap-northeast-1",
 *    "documents": [{"name": "route-tables.json", "command": "aws ec2 …", "output": {…}},
 *                  {"name": "vpc-endpoints.json", "command": "aws ec2 …", "error": "An error occurred …"}]}
 *
 * A bundle is not an input kind: no AWS command prints it and it has no items of its own; it is a
 * document of documents. `read.ts` opens it (this module tells what is in it) and reads each
 * `output` as its own document at the path `documents/i/output` of the bundle, so findings keep
 * the bundle's file name and its real lines. Pure, and free of zod: the workbench page uses it too.
 */
import type { JsonPath } from './json-text.ts';

/** The key that marks a bundle, with its format version as value. */
export const BUNDLE_KEY = 'closedWorkspacesBundle';

/** The bundle format this engine reads. */
export const BUNDLE_VERSION = 1;

/** Between a bundle's file name and an inner document's name in `analysed.documents` (`bundle.json › route-tables.json`). */
export const BUNDLE_SEPARATOR = ' › ';

/** One entry of `documents`: the output a command printed, or the error it failed with. */
export interface BundleEntry {
  /** Position in `documents` (its path is `documents/index`). */
  index: number;
  name: string;
  /** The command that printed it, as the script recorded it. */
  command?: string;
  /** True when the entry has an `output` (which may be any JSON value, `null` included). */
  hasOutput: boolean;
  output?: unknown;
  /** First line of what the command printed on failure. */
  error?: string;
}

/** Something in a bundle that is not as the scripts write it; `read.ts` turns each into a finding. */
export type BundleIssue =
  | { kind: 'version'; path: JsonPath; actual: unknown }
  | { kind: 'documents'; path: JsonPath; actual: unknown }
  | { kind: 'entry'; path: JsonPath; index: number }
  | { kind: 'region'; path: JsonPath; actual: unknown };

/** What a bundle holds: its entries in name order (as separate files are read), its Region, and what is wrong with it. */
export interface OpenedBundle {
  /** The entries that can be read, sorted by name (then by position): the order validate() reads separate documents in. */
  entries: BundleEntry[];
  region?: string;
  collected?: string;
  issues: BundleIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when a parsed document is a bundle: an object carrying the bundle key (whatever its version). */
export function isBundle(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Object.hasOwn(value, BUNDLE_KEY);
}

/** Reads what a bundle holds; an entry that is not `{name, output | error}` is left out with an issue. */
export function openBundle(bundle: Record<string, unknown>): OpenedBundle {
  const issues: BundleIssue[] = [];
  const version = bundle[BUNDLE_KEY];
  if (version !== BUNDLE_VERSION) return { entries: [], issues: [{ kind: 'version', path: [BUNDLE_KEY], actual: version }] };
  const opened: OpenedBundle = { entries: [], issues };
  if (Object.hasOwn(bundle, 'region')) {
    const region = bundle.region;
    if (typeof region === 'string' && region.trim() !== '') opened.region = region.trim();
    else if (region !== null) issues.push({ kind: 'region', path: ['region'], actual: region });
  }
  if (typeof bundle.collected === 'string') opened.collected = bundle.collected;
  const documents = bundle.documents;
  if (!Array.isArray(documents)) {
    issues.push({ kind: 'documents', path: Object.hasOwn(bundle, 'documents') ? ['documents'] : [], actual: documents });
    return opened;
  }
  documents.forEach((raw: unknown, index) => {
    const hasOutput = isRecord(raw) && Object.hasOwn(raw, 'output');
    const error = isRecord(raw) && typeof raw.error === 'string' ? raw.error : undefined;
    if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.trim() === '' || (!hasOutput && error === undefined)) {
      issues.push({ kind: 'entry', path: ['documents', index], index });
      return;
    }
    opened.entries.push({
      index,
      name: raw.name.trim(),
      ...(typeof raw.command === 'string' ? { command: raw.command } : {}),
      hasOutput,
      ...(hasOutput ? { output: raw.output } : {}),
      ...(error !== undefined ? { error } : {}),
    });
  });
  opened.entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  return opened;
}

/** Where an entry's output sits in the bundle. */
export function outputPath(entry: BundleEntry): JsonPath {
  return ['documents', entry.index, 'output'];
}

/** The name an inner document is listed under in `analysed.documents`: the bundle's file, then the entry's name. */
export function innerDocumentName(bundleFile: string, entry: Pick<BundleEntry, 'name'>): string {
  return `${bundleFile}${BUNDLE_SEPARATOR}${entry.name}`;
}
