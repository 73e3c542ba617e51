/**
 * `ipconfig /all` (plain `ipconfig` works too, with less detail): the adapters, their IPv4
 * addresses and masks, default gateways and DNS servers, in English or Japanese. Values are
 * found after the dot leaders, never by column (Japanese pads by display width).
 */
import { parseIPv4 } from '../net/address.ts';
import { LabelTable, LanguageTally, nextFilled, sectionBase, type Grammar, type LabelLanguage, type SectionInput } from './labels.ts';
import type { Adapter, IpconfigOutput } from './model.ts';
import { hasJapanese, indexOfCaseless, isSpace, labelled, labelKey, spanOf, valueField, withoutParenthesis, type Field } from './text.ts';

const LABELS = new LabelTable({
  hostName: { en: ['Host Name'], ja: ['ホスト名'] },
  primaryDnsSuffix: { en: ['Primary Dns Suffix'], ja: ['プライマリ DNS サフィックス'] },
  nodeType: { en: ['Node Type'], ja: ['ノード タイプ'] },
  ipRouting: { en: ['IP Routing Enabled'], ja: ['IP ルーティング有効'] },
  winsProxy: { en: ['WINS Proxy Enabled'], ja: ['WINS プロキシ有効'] },
  searchList: { en: ['DNS Suffix Search List'], ja: ['DNS サフィックス検索一覧'] },
  mediaState: { en: ['Media State'], ja: ['メディアの状態'] },
  dnsSuffix: { en: ['Connection-specific DNS Suffix'], ja: ['接続固有の DNS サフィックス'] },
  description: { en: ['Description'], ja: ['説明'] },
  physicalAddress: { en: ['Physical Address'], ja: ['物理アドレス'] },
  dhcpEnabled: { en: ['DHCP Enabled'], ja: ['DHCP 有効'] },
  autoconfiguration: { en: ['Autoconfiguration Enabled'], ja: ['自動構成有効'] },
  ipv6: { en: ['Link-local IPv6 Address', 'IPv6 Address', 'Temporary IPv6 Address'], ja: ['リンクローカル IPv6 アドレス', 'IPv6 アドレス', '一時 IPv6 アドレス'] },
  ipv4: { en: ['IPv4 Address', 'IP Address', 'Autoconfiguration IPv4 Address'], ja: ['IPv4 アドレス', '自動構成 IPv4 アドレス'] },
  mask: { en: ['Subnet Mask'], ja: ['サブネット マスク'] },
  leaseObtained: { en: ['Lease Obtained'], ja: ['リース取得'] },
  leaseExpires: { en: ['Lease Expires'], ja: ['リースの有効期限'] },
  gateway: { en: ['Default Gateway'], ja: ['デフォルト ゲートウェイ'] },
  dhcpServer: { en: ['DHCP Server'], ja: ['DHCP サーバー'] },
  iaid: { en: ['DHCPv6 IAID'], ja: ['DHCPv6 IAID'] },
  duid: { en: ['DHCPv6 Client DUID'], ja: ['DHCPv6 クライアント DUID'] },
  dnsServers: { en: ['DNS Servers'], ja: ['DNS サーバー'] },
  netbios: { en: ['NetBIOS over Tcpip'], ja: ['NetBIOS over TCP/IP'] },
});

const TITLES = new Set(['Windows IP Configuration', 'Windows IP 構成'].map(labelKey));

const ASCII_WORD = /^[A-Za-z0-9_]$/;
const isWordChar = (char: string | undefined) => char !== undefined && ASCII_WORD.test(char);

/** The end of the first `adapter` (a whole word, any case) or `アダプター` at or after `from`, or -1. */
function adapterKeywordEnd(text: string, from: number): number {
  let english = indexOfCaseless(text, 'adapter', from);
  while (english >= 0 && (isWordChar(text[english - 1]) || isWordChar(text[english + 7]))) english = indexOfCaseless(text, 'adapter', english + 1);
  const japanese = text.indexOf('アダプター', from);
  if (japanese >= 0 && (english < 0 || japanese < english)) return japanese + 'アダプター'.length;
  return english < 0 ? -1 : english + 'adapter'.length;
}

/**
 * `Ethernet adapter Ethernet 2:` / `イーサネット アダプター イーサネット 2:` (and Wireless, Tunnel, …):
 * the heading without its colon and the adapter's name after the keyword. A scan, not a regex: the
 * lazy-quantifier pattern this replaces took seconds on a 2 KB line.
 */
export function adapterHeading(text: string): { heading: string; name: string } | undefined {
  if (text.length < 2 || isSpace(text[0]) || !text.endsWith(':')) return undefined;
  const body = text.slice(0, -1);
  const keywordEnd = adapterKeywordEnd(body, 1);
  if (keywordEnd < 0) return undefined;
  const rest = body.slice(keywordEnd);
  const name = rest.trim();
  return { heading: name === '' ? body : body.slice(0, keywordEnd + rest.length - rest.trimStart().length + name.length), name };
}

/** The value without `(Preferred)` / `(優先)` and similar suffixes. */
function bareAddress(value: string): string {
  return withoutParenthesis(value).rest.trim();
}

/** Prefix length of a dotted mask; undefined when the mask is not contiguous. */
export function maskPrefix(mask: string): number | undefined {
  const value = parseIPv4(mask);
  if (value === undefined) return undefined;
  const bits = value.toString(2).padStart(32, '0');
  if (!/^1*0*$/.test(bits)) return undefined;
  return bits.indexOf('0') < 0 ? 32 : bits.indexOf('0');
}

const MEDIA_DISCONNECTED = /disconnected|接続されていません/i;

export function parseIpconfig(input: SectionInput): IpconfigOutput {
  const tally = new LanguageTally();
  const adapters: Adapter[] = [];
  let hostName: Field<string> | undefined;
  let adapter: Adapter | undefined;
  /** The list a continuation line (a second DNS server or gateway) belongs to. */
  let continuing: 'dnsServers' | 'gateways' | undefined;

  for (const line of input.lines) {
    const text = line.text;
    if (text.trim() === '') continue;
    if (TITLES.has(labelKey(text))) {
      tally.note(hasJapanese(text) ? 'ja' : 'en');
      continue;
    }
    const heading = adapterHeading(text);
    if (heading) {
      const name = heading.name || heading.heading;
      adapter = { name: { value: name, span: spanOf(line, name) }, disconnected: false, ipv4: [], gateways: [], dnsServers: [] };
      adapters.push(adapter);
      continuing = undefined;
      tally.note(hasJapanese(heading.heading) ? 'ja' : 'en');
      continue;
    }
    const indent = text.length - text.trimStart().length;
    const entry = labelled(line);
    if ((!entry || !entry.leaders) && indent >= 20) {
      // A continuation line: the next value of the list above it.
      const value = bareAddress(text.trim());
      if (adapter && continuing && value) adapter[continuing].push({ value, span: spanOf(line, value) });
      continue;
    }
    if (!entry || !entry.leaders) continue;
    const known = LABELS.find(entry.key);
    continuing = undefined;
    if (!known) continue;
    tally.note(known.language as LabelLanguage);
    const value = bareAddress(entry.value);
    if (known.id === 'hostName' && !adapter) {
      hostName = valueField(entry, value);
      continue;
    }
    if (!adapter) continue;
    switch (known.id) {
      case 'description':
        adapter.description = valueField(entry, entry.value.trim());
        break;
      case 'mediaState':
        adapter.disconnected = MEDIA_DISCONNECTED.test(entry.value);
        break;
      case 'dnsSuffix':
        if (value) adapter.dnsSuffix = valueField(entry, value);
        break;
      case 'ipv4':
        if (parseIPv4(value) !== undefined) adapter.ipv4.push({ address: { value, span: spanOf(line, value, entry.valueOffset - line.offset) } });
        break;
      case 'mask': {
        const last = adapter.ipv4[adapter.ipv4.length - 1];
        if (last && !last.mask && parseIPv4(value) !== undefined) {
          last.mask = valueField(entry, value);
          const prefix = maskPrefix(value);
          if (prefix !== undefined) last.prefix = prefix;
        }
        break;
      }
      case 'gateway':
        continuing = 'gateways';
        if (value) adapter.gateways.push({ value, span: spanOf(line, value, entry.valueOffset - line.offset) });
        break;
      case 'dnsServers':
        continuing = 'dnsServers';
        if (value) adapter.dnsServers.push({ value, span: spanOf(line, value, entry.valueOffset - line.offset) });
        break;
      case 'dhcpServer':
        if (value) adapter.dhcpServer = valueField(entry, value);
        break;
      default:
        break;
    }
  }
  return {
    kind: 'ipconfig',
    ...sectionBase(input),
    language: tally.language(),
    understood: tally.understood,
    ...(hostName ? { hostName } : {}),
    adapters,
  };
}

export const IPCONFIG_GRAMMAR: Grammar = {
  kind: 'ipconfig',
  opens: (line) => TITLES.has(labelKey(line.text)),
  marks(line, following) {
    const entry = labelled(line);
    if (entry && entry.leaders && entry.indent > 0 && LABELS.has(entry.key)) return true;
    // An adapter heading pasted without the title, followed by its dot-leader lines.
    const next = nextFilled(following, 1)[0];
    const nextEntry = next && labelled(next);
    return adapterHeading(line.text) !== undefined && Boolean(nextEntry?.leaders);
  },
  owns(line) {
    if (adapterHeading(line.text) !== undefined) return true;
    const entry = labelled(line);
    if (entry && entry.leaders) return true;
    return line.text.length - line.text.trimStart().length >= 20;
  },
  parse: parseIpconfig,
};

