/**
 * The examples gallery's data: `public/samples/index.json` (maintained with the samples) and
 * the documents it points to, fetched from the site's own origin.
 */
import type { Context, Localized, Verdict } from '../../validators/index.ts';

export interface SampleDocument {
  name: string;
  /** Path under `samples/`. */
  path: string;
  /** The command that printed it. */
  command: string;
}

export interface Sample {
  id: string;
  title: Localized;
  description: Localized;
  documents: SampleDocument[];
  context: Context;
  expected: { verdict: Verdict; ruleIds: string[] };
}

export interface SampleIndex {
  schemaVersion: number;
  samples: Sample[];
}

/** A document ready for the workbench. */
export interface LoadedDocument {
  name: string;
  text: string;
  command?: string;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

/** The index of examples under `samplesUrl` (e.g. `/samples/`). */
export async function fetchSampleIndex(samplesUrl: string): Promise<SampleIndex> {
  return (await (await fetchOk(`${samplesUrl}index.json`)).json()) as SampleIndex;
}

/** Every document of one example. */
export async function fetchSampleDocuments(samplesUrl: string, sample: Sample): Promise<LoadedDocument[]> {
  return Promise.all(
    sample.documents.map(async (document) => ({ name: document.name, command: document.command, text: await (await fetchOk(`${samplesUrl}${document.path}`)).text() })),
  );
}
