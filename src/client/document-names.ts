/** The name a tab gets from what it holds (`route-tables.json`, `slmgr-dli.txt`), until the reader names it. */
import type { WindowsKind } from '../../validators/windows/model.ts';
import type { InputCatalogue } from './input-catalogue.ts';

const WINDOWS_NAMES: Record<WindowsKind, string> = {
  slmgr: 'slmgr-dli.txt',
  ospp: 'ospp-dstatus.txt',
  ipconfig: 'ipconfig-all.txt',
  'route-print': 'route-print.txt',
  'w32tm-peers': 'w32tm-peers.txt',
  'w32tm-source': 'w32tm-source.txt',
  'w32tm-configuration': 'w32tm-configuration.txt',
  'w32tm-status': 'w32tm-status.txt',
  'defender-status': 'defender-status.txt',
  'defender-preference': 'defender-preference.txt',
  nslookup: 'nslookup-kms.txt',
};

/** The name for a document of these kinds (AWS kinds named by the catalogue), or undefined when nothing was recognised. */
export function nameForKinds(kinds: readonly string[], catalogue: InputCatalogue): string | undefined {
  const windowsName = (kind: string) => (Object.hasOwn(WINDOWS_NAMES, kind) ? WINDOWS_NAMES[kind as WindowsKind] : undefined);
  const named = kinds.flatMap((kind) => {
    const aws = catalogue.fileNameFor(kind);
    if (aws !== undefined) return [{ kind, name: aws, windows: false }];
    const windows = windowsName(kind);
    return windows !== undefined ? [{ kind, name: windows, windows: true }] : [];
  });
  const [first] = named;
  if (first === undefined) return undefined;
  if (named.length === 1) return first.name;
  if (named.every((item) => item.windows)) return named.every((item) => item.kind.startsWith('w32tm-')) ? 'w32tm.txt' : 'windows-outputs.txt';
  return named.every((item) => !item.windows) ? 'aws-outputs.json' : 'outputs.txt';
}

/** True for the names the workbench makes up for a new tab (`document-3.json`). */
export function isPlaceholderName(name: string): boolean {
  return /^document-\d+\.json$/.test(name);
}
