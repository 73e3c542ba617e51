/**
 * What the workbench shows it read from a Windows paste: licence status, KMS host, remaining
 * days, time source, signature age… one row per value, read by the engine's own Windows reader
 * (validators/windows/). No DOM: it runs in the validation worker.
 */
import { looksLikeJson, readWindowsText } from '../../validators/windows/read.ts';
import type { HostPort, KmsClientInfo, WindowsOutput } from '../../validators/windows/model.ts';

/** A label key of the workbench strings (`workbench.windows.<key>`) and the value read. */
export interface WindowsRow {
  key: 'license' | 'officeLicense' | 'kmsHost' | 'remainingDays' | 'timeSource' | 'timeType' | 'lastSync' | 'offset' | 'signatureAge' | 'signatureUpdated' | 'kmsSrv' | 'hostName' | 'dnsServers';
  value: string;
}

export interface WindowsSummary {
  file: string;
  rows: WindowsRow[];
}

const hostPort = (value: HostPort) => `${value.host}:${value.port}`;
const kmsOf = (kms: KmsClientInfo) => kms.registered?.value ?? kms.discovered?.value;

function rowsOf(output: WindowsOutput): WindowsRow[] {
  const rows: WindowsRow[] = [];
  const push = (key: WindowsRow['key'], value: string | undefined) => {
    if (value !== undefined && value !== '') rows.push({ key, value });
  };
  switch (output.kind) {
    case 'slmgr':
      for (const license of output.licenses) {
        push('license', [license.name?.value, license.statusText ?? license.status?.value].filter(Boolean).join(': '));
        const kms = kmsOf(license.kms);
        if (kms) push('kmsHost', hostPort(kms));
        if (license.expiration) push('remainingDays', String(license.expiration.value.days));
      }
      break;
    case 'ospp':
      for (const license of output.licenses) {
        push('officeLicense', [license.name?.value, license.statusText ?? license.status?.value].filter(Boolean).join(': '));
        const kms = kmsOf(license.kms);
        if (kms) push('kmsHost', hostPort(kms));
        if (license.remainingGrace) push('remainingDays', String(license.remainingGrace.value.days));
      }
      break;
    case 'w32tm-status':
      push('timeSource', output.source?.value.host);
      push('lastSync', output.lastSuccessfulSync?.value);
      if (output.phaseOffsetSeconds) push('offset', `${output.phaseOffsetSeconds.value} s`);
      break;
    case 'w32tm-source':
      push('timeSource', output.source?.value.host);
      break;
    case 'w32tm-configuration':
      push('timeType', output.type?.value.value);
      push('timeSource', output.ntpServer?.value.peers.map((peer) => peer.host).join(' '));
      break;
    case 'defender-status':
      push('signatureAge', output.properties.get('AntivirusSignatureAge')?.value);
      push('signatureUpdated', output.properties.get('AntivirusSignatureLastUpdated')?.value);
      break;
    case 'nslookup':
      push('kmsSrv', output.records.length > 0 ? output.records.map((record) => `${record.target ?? '?'}:${record.port ?? '?'}`).join(', ') : output.failure?.value.reason);
      break;
    case 'ipconfig':
      push('hostName', output.hostName?.value);
      push('dnsServers', output.adapters.flatMap((adapter) => adapter.dnsServers.map((server) => server.value)).join(', '));
      break;
    default:
      break;
  }
  return rows;
}

/** What was read from each Windows document (JSON documents are skipped). */
export function windowsSummaries(documents: readonly { name: string; text: string }[]): WindowsSummary[] {
  const summaries: WindowsSummary[] = [];
  for (const document of documents) {
    if (looksLikeJson(document.text)) continue;
    const rows = readWindowsText(document.name, document.text).outputs.flatMap(rowsOf);
    if (rows.length > 0) summaries.push({ file: document.name, rows });
  }
  return summaries;
}
