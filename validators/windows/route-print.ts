/**
 * `route print` (and `route print -4`, `netstat -r`): the interface list, the active IPv4 routes,
 * the persistent routes and the IPv6 default route. Rows are split on whitespace, never by
 * column: the Japanese `リンク上` is double width and shifts every column after it.
 */
import { isAddressError, parseCidr, parseIPv4 } from '../net/address.ts';
import { LabelTable, LanguageTally, sectionBase, type Grammar, type SectionInput } from './labels.ts';
import { maskPrefix } from './ipconfig.ts';
import type { Ipv4Route, RoutePrintOutput } from './model.ts';
import { hasJapanese, labelKey, lineSpan, parseInteger, type Line } from './text.ts';

const HEADINGS = new LabelTable({
  interfaceList: { en: ['Interface List'], ja: ['インターフェイス一覧'] },
  ipv4Table: { en: ['IPv4 Route Table'], ja: ['IPv4 ルート テーブル'] },
  ipv6Table: { en: ['IPv6 Route Table'], ja: ['IPv6 ルート テーブル'] },
  active: { en: ['Active Routes:'], ja: ['アクティブ ルート:'] },
  persistent: { en: ['Persistent Routes:'], ja: ['固定ルート:'] },
  none: { en: ['None'], ja: ['なし'] },
});

/** Column headings of the tables (recognised so they count as understood, otherwise skipped). */
const COLUMN_HEADINGS = /^(?:network destination|network address|if metric|ネットワーク宛先|ネットワーク アドレス)/i;

/** `  3...02 8e 36 12 99 bd ......Amazon Elastic Network Adapter`, `  1...........Software Loopback Interface 1`. */
const INTERFACE_ROW = /^\s*(\d+)\.{3}(?:[0-9a-f]{2}(?: [0-9a-f]{2})*)?\s*\.*(.+)$/i;
/** A CR left inside a line: `(.+)$` cannot pass it, and backtracking over the MAC address octets to find out is quadratic. */
const LINE_TERMINATOR = /[\r\u2028\u2029]/;
const interfaceRow = (text: string) => (LINE_TERMINATOR.test(text) ? null : INTERFACE_ROW.exec(text));

const ON_LINK = new Set(['on-link', 'リンク上']);

function routeFrom(destination: string, mask: string, gateway: string | undefined, span: Ipv4Route['span'], extra: Partial<Ipv4Route>): Ipv4Route | undefined {
  const prefix = maskPrefix(mask);
  if (prefix === undefined) return undefined;
  const network = parseCidr(`${destination}/${prefix}`, 4);
  if (isAddressError(network)) return undefined;
  return { destination, mask, prefix, first: network.first, last: network.last, span, ...(gateway !== undefined ? { gateway } : {}), ...extra };
}

/** Gateway text: an address, or undefined for on-link (any word that is not an address, in any language). */
function gatewayOf(tokens: readonly string[]): string | undefined {
  const text = tokens.join(' ');
  if (ON_LINK.has(text.toLowerCase())) return undefined;
  return parseIPv4(text) !== undefined ? text : undefined;
}

type Table = 'interfaces' | 'ipv4-active' | 'ipv4-persistent' | 'ipv6-active' | 'ipv6-persistent' | undefined;

export function parseRoutePrint(input: SectionInput): RoutePrintOutput {
  const tally = new LanguageTally();
  const output: RoutePrintOutput = {
    kind: 'route-print',
    ...sectionBase(input),
    language: 'unknown',
    understood: 0,
    interfaces: [],
    active: [],
    persistent: [],
    ipv6Active: [],
  };
  let table: Table;
  let family: 4 | 6 = 4;
  let pendingIpv6: { interfaceIndex: number; destination: string; line: Line } | undefined;

  for (const line of input.lines) {
    const text = line.text.trim();
    if (text === '' || /^=+$/.test(text)) continue;
    const heading = HEADINGS.find(labelKey(text));
    if (heading) {
      tally.note(heading.language);
      if (heading.id === 'interfaceList') table = 'interfaces';
      else if (heading.id === 'ipv4Table') family = 4;
      else if (heading.id === 'ipv6Table') family = 6;
      else if (heading.id === 'active') table = family === 4 ? 'ipv4-active' : 'ipv6-active';
      else if (heading.id === 'persistent') table = family === 4 ? 'ipv4-persistent' : 'ipv6-persistent';
      continue;
    }
    if (COLUMN_HEADINGS.test(text)) {
      tally.note(hasJapanese(text) ? 'ja' : 'en');
      continue;
    }
    const tokens = text.split(/\s+/);
    if (table === 'interfaces') {
      const row = interfaceRow(line.text);
      if (row) {
        output.interfaces.push({ index: Number(row[1]), description: (row[2] as string).trim(), span: lineSpan(line) });
        tally.note();
      }
      continue;
    }
    if (table === 'ipv4-active' && tokens.length >= 5) {
      const metric = parseInteger(tokens[tokens.length - 1] as string);
      const interfaceAddress = tokens[tokens.length - 2] as string;
      const gateway = gatewayOf(tokens.slice(2, -2));
      const route = metric !== undefined && parseIPv4(interfaceAddress) !== undefined ? routeFrom(tokens[0] as string, tokens[1] as string, gateway, lineSpan(line), { interfaceAddress, metric }) : undefined;
      if (route) {
        output.active.push(route);
        tally.note();
      }
      continue;
    }
    if (table === 'ipv4-persistent' && tokens.length >= 3) {
      // `address netmask gateway metric`; the metric may also be a word (`Default`).
      const metric = tokens.length > 3 ? parseInteger(tokens[tokens.length - 1] as string) : undefined;
      const gateway = gatewayOf(tokens.length > 3 ? tokens.slice(2, -1) : tokens.slice(2));
      const route = routeFrom(tokens[0] as string, tokens[1] as string, gateway, lineSpan(line), metric !== undefined ? { metric } : {});
      if (route) {
        output.persistent.push(route);
        tally.note();
      }
      continue;
    }
    if (table === 'ipv6-active') {
      // ` 3    276 ::/0                     fe80::1`; a long destination pushes the gateway onto the next line.
      const row = /^(\d+)\s+(\d+)\s+(\S+)(?:\s+(\S+))?$/.exec(text);
      if (row) {
        if (row[4]) output.ipv6Active.push({ interfaceIndex: Number(row[1]), destination: row[3] as string, gateway: row[4], span: lineSpan(line) });
        else pendingIpv6 = { interfaceIndex: Number(row[1]), destination: row[3] as string, line };
        tally.note();
      } else if (pendingIpv6 && tokens.length === 1) {
        output.ipv6Active.push({ interfaceIndex: pendingIpv6.interfaceIndex, destination: pendingIpv6.destination, gateway: text, span: lineSpan(pendingIpv6.line) });
        pendingIpv6 = undefined;
      }
      continue;
    }
  }
  output.language = tally.language();
  output.understood = tally.understood;
  return output;
}

export const ROUTE_PRINT_GRAMMAR: Grammar = {
  kind: 'route-print',
  opens: (line) => HEADINGS.find(labelKey(line.text))?.id === 'interfaceList',
  marks: (line) => {
    const id = HEADINGS.find(labelKey(line.text))?.id;
    return id === 'ipv4Table' || id === 'ipv6Table' || id === 'active' || id === 'persistent';
  },
  owns(line) {
    const text = line.text.trim();
    return /^=+$/.test(text) || HEADINGS.has(labelKey(text)) || COLUMN_HEADINGS.test(text) || interfaceRow(line.text) !== null || /^[\d.:a-f/]+\s+\S+/i.test(text);
  },
  parse: parseRoutePrint,
};
