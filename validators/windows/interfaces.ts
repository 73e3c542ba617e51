/**
 * Which of a WorkSpace's network interfaces is the management interface and which the primary
 * one, from every ipconfig and route print output of one validation. A WorkSpace has exactly
 * these two; the management interface is told apart by the host routes to the AWS link-local
 * services that go through it (observed, not documented) or, failing that, by its address lying
 * in the management ranges of the bundle and Region (documented). When neither settles it, the
 * roles stay unknown and the rules that need them say nothing.
 */
import type { Analysis } from '../analysis/analysis.ts';
import { parseCidr, parseIPv4, isAddressError } from '../net/address.ts';
import { LINK_LOCAL_SERVICES, type LinkLocalService } from '../requirements/link-local.ts';
import { MANAGEMENT_RANGES, managementRangesFor } from '../requirements/management-ranges.ts';
import type { Localized } from '../types.ts';
import type { Ipv4Route, RoutePrintOutput, WindowsOutput } from './model.ts';
import type { Span } from './text.ts';

export type InterfaceRole = 'management' | 'primary' | 'unknown';

export interface InterfaceView {
  address: string;
  value: bigint;
  /** The connected network (from the mask in ipconfig or the on-link route in route print). */
  network?: { first: bigint; last: bigint; prefix: number };
  /** Where the address is written (the first place seen). */
  file: string;
  span: Span;
  /** The adapter name from ipconfig, when known. */
  adapterName?: string;
  role: InterfaceRole;
}

export interface WindowsView {
  interfaces: InterfaceView[];
  management?: InterfaceView;
  primary?: InterfaceView;
  /** Every route print output, with the role of the interface of each route. */
  routePrints: RoutePrintOutput[];
}

const isUsable = (value: bigint) => {
  const first = Number(value >> 24n);
  // Loopback, APIPA (169.254/16) and the unspecified address are not interfaces of interest.
  return first !== 127 && first !== 0 && !(first === 169 && Number((value >> 16n) & 0xffn) === 254);
};

/** The link-local services AWS lists under the management interface (Windows KMS only applies to public bundles). */
export function managementServices(byol: boolean): LinkLocalService[] {
  return LINK_LOCAL_SERVICES.filter((service) => service.status === 'confirmed' && !(byol && service.id.startsWith('kms-')));
}

const LINK_LOCAL_ADDRESSES = new Set(managementServices(false).map((service) => service.address));

function ranges(cidrs: readonly string[]): [bigint, bigint][] {
  return cidrs.flatMap((text) => {
    const parsed = parseCidr(text);
    return isAddressError(parsed) ? [] : [[parsed.first, parsed.last] as [bigint, bigint]];
  });
}

/** Management ranges to test an address against: the Region's when known, else every public-bundle range except the DCV 10.0.0.0/8. */
function managementRanges(analysis: Analysis): [bigint, bigint][] {
  const { bundle, region } = analysis.context;
  const known = managementRangesFor(region, bundle, false);
  if (known.known) return ranges(known.cidrs);
  return ranges([...new Set(MANAGEMENT_RANGES.flatMap((row) => row.ranges))]);
}

/** An on-link route that describes a connected network (not a host, broadcast or multicast route). */
function isConnectedRoute(route: Ipv4Route): boolean {
  return route.gateway === undefined && route.prefix > 0 && route.prefix < 32 && route.first < 0xe0000000n && route.interfaceAddress !== undefined;
}

const cache = new WeakMap<Analysis, WindowsView>();

/** The interfaces of the pasted outputs and their roles (computed once per validation). */
export function windowsView(analysis: Analysis): WindowsView {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const outputs: WindowsOutput[] = analysis.resources.windows.flatMap((document) => document.outputs);
  const byAddress = new Map<string, InterfaceView>();
  const note = (address: string, file: string, span: Span, network?: InterfaceView['network'], adapterName?: string) => {
    const value = parseIPv4(address);
    if (value === undefined || !isUsable(value)) return;
    const existing = byAddress.get(address);
    if (existing) {
      if (!existing.network && network) existing.network = network;
      if (!existing.adapterName && adapterName) existing.adapterName = adapterName;
      return;
    }
    byAddress.set(address, { address, value, file, span, role: 'unknown', ...(network ? { network } : {}), ...(adapterName ? { adapterName } : {}) });
  };
  const routePrints: RoutePrintOutput[] = [];
  for (const output of outputs) {
    if (output.kind === 'ipconfig') {
      for (const adapter of output.adapters) {
        for (const assignment of adapter.ipv4) {
          const network = assignment.prefix === undefined ? undefined : parseCidr(`${assignment.address.value}/${assignment.prefix}`, 4);
          note(assignment.address.value, output.file, assignment.address.span, network && !isAddressError(network) ? network : undefined, adapter.name.value);
        }
      }
    }
    if (output.kind === 'route-print') {
      routePrints.push(output);
      for (const route of output.active) {
        if (!route.interfaceAddress) continue;
        const network = isConnectedRoute(route) ? { first: route.first, last: route.last, prefix: route.prefix } : undefined;
        const value = parseIPv4(route.interfaceAddress);
        note(route.interfaceAddress, output.file, route.span, network && value !== undefined && value >= network.first && value <= network.last ? network : undefined);
      }
    }
  }
  const interfaces = [...byAddress.values()];

  // Observed on WorkSpaces: host routes to the link-local services go through the management interface.
  const viaServices = new Set<string>();
  for (const output of routePrints) {
    for (const route of output.active) {
      if (route.prefix === 32 && LINK_LOCAL_ADDRESSES.has(route.destination) && route.interfaceAddress) viaServices.add(route.interfaceAddress);
    }
  }
  let management: InterfaceView | undefined;
  if (viaServices.size === 1) management = byAddress.get([...viaServices][0] as string);
  if (!management) {
    const candidates = managementRanges(analysis);
    const inRanges = interfaces.filter((item) => candidates.some(([first, last]) => item.value >= first && item.value <= last));
    if (inRanges.length === 1 && interfaces.length > inRanges.length) management = inRanges[0];
  }
  let primary: InterfaceView | undefined;
  if (management) {
    management.role = 'management';
    const others = interfaces.filter((item) => item !== management);
    if (others.length === 1) {
      primary = others[0] as InterfaceView;
      primary.role = 'primary';
    }
  }
  const view: WindowsView = { interfaces, routePrints, ...(management ? { management } : {}), ...(primary ? { primary } : {}) };
  cache.set(analysis, view);
  return view;
}

/** The role of the interface a route leaves through. */
export function routeRole(view: WindowsView, route: Ipv4Route): InterfaceRole {
  if (!route.interfaceAddress) return 'unknown';
  if (view.management?.address === route.interfaceAddress) return 'management';
  if (view.primary?.address === route.interfaceAddress) return 'primary';
  return 'unknown';
}

/** The route Windows picks for an address: the longest prefix, then the lowest metric. */
export function bestRoute(routes: readonly Ipv4Route[], address: bigint): Ipv4Route | undefined {
  let best: Ipv4Route | undefined;
  for (const route of routes) {
    if (address < route.first || address > route.last) continue;
    if (!best || route.prefix > best.prefix || (route.prefix === best.prefix && (route.metric ?? Infinity) < (best.metric ?? Infinity))) best = route;
  }
  return best;
}

/** `10.0.0.0/8 via 10.0.1.1` or `… on-link`, as route print shows it. */
export function routeText(route: Ipv4Route): Localized {
  const target = route.gateway;
  return {
    en: `${route.destination}/${route.prefix} ${target ? `via ${target}` : 'on-link'}${route.interfaceAddress ? ` (interface ${route.interfaceAddress}, metric ${route.metric ?? '?'})` : ''}`,
    ja: `${route.destination}/${route.prefix} ${target ? `ゲートウェイ ${target}` : 'リンク上'}${route.interfaceAddress ? ` (インターフェイス ${route.interfaceAddress}、メトリック ${route.metric ?? '?'})` : ''}`,
  };
}
