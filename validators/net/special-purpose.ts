/**
 * Address blocks that are not public internet space: the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and later additions), plus multicast.
 *
 * A registry entry whose "Globally Reachable" column is True (AS112, AMT, the PCP and TURN
 * anycast addresses, the NAT64 well-known prefix, …) stays public: a packet to it does reach
 * the internet. Entries marked N/A (deprecated 6to4 relay, Teredo, 6to4) are not treated as
 * ordinary internet destinations.
 */
import { cidr, type Family } from './address.ts';
import { IntervalSet } from './interval-set.ts';

/** One registry entry as the site shows it. */
export interface SpecialPurposeBlock {
  cidr: string;
  name: string;
  /** The registry's "Globally Reachable" column (N/A is stored as false). */
  globallyReachable: boolean;
  reference: string;
}

export const SPECIAL_PURPOSE_IPV4: readonly SpecialPurposeBlock[] = [
  { cidr: '0.0.0.0/8', name: '"This network"', globallyReachable: false, reference: 'RFC 791' },
  { cidr: '10.0.0.0/8', name: 'Private-Use', globallyReachable: false, reference: 'RFC 1918' },
  { cidr: '100.64.0.0/10', name: 'Shared Address Space', globallyReachable: false, reference: 'RFC 6598' },
  { cidr: '127.0.0.0/8', name: 'Loopback', globallyReachable: false, reference: 'RFC 1122' },
  { cidr: '169.254.0.0/16', name: 'Link Local', globallyReachable: false, reference: 'RFC 3927' },
  { cidr: '172.16.0.0/12', name: 'Private-Use', globallyReachable: false, reference: 'RFC 1918' },
  { cidr: '192.0.0.0/24', name: 'IETF Protocol Assignments', globallyReachable: false, reference: 'RFC 6890' },
  { cidr: '192.0.0.9/32', name: 'Port Control Protocol Anycast', globallyReachable: true, reference: 'RFC 7723' },
  { cidr: '192.0.0.10/32', name: 'Traversal Using Relays around NAT Anycast', globallyReachable: true, reference: 'RFC 8155' },
  { cidr: '192.0.2.0/24', name: 'Documentation (TEST-NET-1)', globallyReachable: false, reference: 'RFC 5737' },
  { cidr: '192.31.196.0/24', name: 'AS112-v4', globallyReachable: true, reference: 'RFC 7535' },
  { cidr: '192.52.193.0/24', name: 'AMT', globallyReachable: true, reference: 'RFC 7450' },
  { cidr: '192.88.99.0/24', name: 'Deprecated (6to4 Relay Anycast)', globallyReachable: false, reference: 'RFC 7526' },
  { cidr: '192.168.0.0/16', name: 'Private-Use', globallyReachable: false, reference: 'RFC 1918' },
  { cidr: '192.175.48.0/24', name: 'Direct Delegation AS112 Service', globallyReachable: true, reference: 'RFC 7534' },
  { cidr: '198.18.0.0/15', name: 'Benchmarking', globallyReachable: false, reference: 'RFC 2544' },
  { cidr: '198.51.100.0/24', name: 'Documentation (TEST-NET-2)', globallyReachable: false, reference: 'RFC 5737' },
  { cidr: '203.0.113.0/24', name: 'Documentation (TEST-NET-3)', globallyReachable: false, reference: 'RFC 5737' },
  { cidr: '224.0.0.0/4', name: 'Multicast', globallyReachable: false, reference: 'RFC 5771' },
  { cidr: '240.0.0.0/4', name: 'Reserved', globallyReachable: false, reference: 'RFC 1112' },
  { cidr: '255.255.255.255/32', name: 'Limited Broadcast', globallyReachable: false, reference: 'RFC 919' },
];

export const SPECIAL_PURPOSE_IPV6: readonly SpecialPurposeBlock[] = [
  { cidr: '::/128', name: 'Unspecified Address', globallyReachable: false, reference: 'RFC 4291' },
  { cidr: '::1/128', name: 'Loopback Address', globallyReachable: false, reference: 'RFC 4291' },
  { cidr: '::ffff:0:0/96', name: 'IPv4-mapped Address', globallyReachable: false, reference: 'RFC 4291' },
  { cidr: '64:ff9b::/96', name: 'IPv4-IPv6 Translation', globallyReachable: true, reference: 'RFC 6052' },
  { cidr: '64:ff9b:1::/48', name: 'IPv4-IPv6 Translation (local use)', globallyReachable: false, reference: 'RFC 8215' },
  { cidr: '100::/64', name: 'Discard-Only Address Block', globallyReachable: false, reference: 'RFC 6666' },
  { cidr: '2001::/23', name: 'IETF Protocol Assignments', globallyReachable: false, reference: 'RFC 2928' },
  { cidr: '2001:1::1/128', name: 'Port Control Protocol Anycast', globallyReachable: true, reference: 'RFC 7723' },
  { cidr: '2001:1::2/128', name: 'Traversal Using Relays around NAT Anycast', globallyReachable: true, reference: 'RFC 8155' },
  { cidr: '2001:3::/32', name: 'AMT', globallyReachable: true, reference: 'RFC 7450' },
  { cidr: '2001:4:112::/48', name: 'AS112-v6', globallyReachable: true, reference: 'RFC 7535' },
  { cidr: '2001:20::/28', name: 'ORCHIDv2', globallyReachable: true, reference: 'RFC 7343' },
  { cidr: '2001:db8::/32', name: 'Documentation', globallyReachable: false, reference: 'RFC 3849' },
  { cidr: '2002::/16', name: '6to4', globallyReachable: false, reference: 'RFC 3056' },
  { cidr: '2620:4f:8000::/48', name: 'Direct Delegation AS112 Service', globallyReachable: true, reference: 'RFC 7534' },
  { cidr: '3fff::/20', name: 'Documentation', globallyReachable: false, reference: 'RFC 9637' },
  { cidr: 'fc00::/7', name: 'Unique-Local', globallyReachable: false, reference: 'RFC 4193' },
  { cidr: 'fe80::/10', name: 'Link-Local Unicast', globallyReachable: false, reference: 'RFC 4291' },
  { cidr: 'ff00::/8', name: 'Multicast', globallyReachable: false, reference: 'RFC 4291' },
];

/** Every address of a family. */
export function allAddresses(family: Family): IntervalSet {
  return family === 4 ? IntervalSet.range(0n, (1n << 32n) - 1n) : IntervalSet.range(0n, (1n << 128n) - 1n);
}

function toSet(blocks: readonly SpecialPurposeBlock[]): IntervalSet {
  return IntervalSet.of(blocks.map((block) => {
    const parsed = cidr(block.cidr);
    return [parsed.first, parsed.last] as const;
  }));
}

function nonPublic(blocks: readonly SpecialPurposeBlock[]): IntervalSet {
  // More specific globally reachable entries punch holes in broader non-global ones.
  const blocked = toSet(blocks.filter((block) => !block.globallyReachable));
  return blocked.subtract(toSet(blocks.filter((block) => block.globallyReachable)));
}

/** Addresses that are never internet destinations, per family. */
export const NON_PUBLIC: Record<Family, IntervalSet> = {
  4: nonPublic(SPECIAL_PURPOSE_IPV4),
  6: nonPublic(SPECIAL_PURPOSE_IPV6),
};

/** Public space of a family: all addresses minus the special-purpose blocks minus `internal`. */
export function publicSpace(family: Family, internal: IntervalSet = IntervalSet.EMPTY): IntervalSet {
  return allAddresses(family).subtract(NON_PUBLIC[family]).subtract(internal);
}
