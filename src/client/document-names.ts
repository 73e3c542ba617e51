/** The name a tab gets from what it holds (`route-tables.json`, `slmgr-dli.txt`), until the reader names it. */
import type { WindowsKind } from '../../validators/windows/model.ts';
import type { InputKind } from './aws-commands.ts';

const AWS_NAMES: Record<InputKind, string> = {
  RouteTables: 'route-tables.json',
  NetworkAcls: 'network-acls.json',
  SecurityGroups: 'security-groups.json',
  Subnets: 'subnets.json',
  Vpcs: 'vpcs.json',
  PrefixListEntries: 'prefix-list-entries.json',
};

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

const NAMES: Record<string, string> = { ...AWS_NAMES, ...WINDOWS_NAMES };

/** The name for a document of these kinds, or undefined when nothing was recognised. */
export function nameForKinds(kinds: readonly string[]): string | undefined {
  const known = kinds.filter((kind) => Object.hasOwn(NAMES, kind));
  if (known.length === 0) return undefined;
  if (known.length === 1) return NAMES[known[0] as string];
  if (known.every((kind) => Object.hasOwn(WINDOWS_NAMES, kind))) return known.every((kind) => kind.startsWith('w32tm-')) ? 'w32tm.txt' : 'windows-outputs.txt';
  return known.every((kind) => Object.hasOwn(AWS_NAMES, kind)) ? 'aws-outputs.json' : 'outputs.txt';
}

/** True for the names the workbench makes up for a new tab (`document-3.json`). */
export function isPlaceholderName(name: string): boolean {
  return /^document-\d+\.json$/.test(name);
}
