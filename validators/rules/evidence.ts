/**
 * Building blocks the rules share: where in a document a route, entry or rule lives, and the
 * evidence chain (route → network ACL entry → security-group rule) of a packet.
 */
import type { SubnetView } from '../analysis/analysis.ts';
import { entryText, packetText, routeText, sgRuleText } from '../analysis/describe.ts';
import type { Direction } from '../analysis/path.ts';
import { formatAddress, type Family } from '../net/address.ts';
import { hasIcmp, hasPorts, type Packet } from '../net/traffic.ts';
import type { AclEntry, Route, SecurityGroup, SgRule } from '../model.ts';
import type { Localized, Location } from '../types.ts';
import type { LocalizedEvidence } from './rule.ts';

/** The destination field of a route: the line a reader looks for. */
export function routeAt(route: Route): Location {
  const key = route.destination.kind === 'prefix-list' ? 'DestinationPrefixListId' : route.destination.cidr.family === 4 ? 'DestinationCidrBlock' : 'DestinationIpv6CidrBlock';
  return { file: route.at.file, path: [...route.at.path, key] };
}

/** The RuleNumber field of a NACL entry. */
export function entryAt(entry: AclEntry): Location {
  return entry.at.path.length === 0 || entry.at.path[entry.at.path.length - 1] === 'NetworkAclId' ? entry.at : { file: entry.at.file, path: [...entry.at.path, 'RuleNumber'] };
}

/** Where a group's egress rules are written: `IpPermissionsEgress` next to a describe-* `GroupId`, else the group's `SecurityGroupEgress` property (a template). */
export function groupEgressAt(group: SecurityGroup): Location {
  const path = group.at.path;
  return { file: group.at.file, path: path[path.length - 1] === 'GroupId' ? [...path.slice(0, -1), 'IpPermissionsEgress'] : [...path, 'Properties', 'SecurityGroupEgress'] };
}

/** "subnet-0a (10.0.1.0/24)". */
export function subnetLabel(subnet: SubnetView): string {
  const cidr = subnet.cidrs[0];
  return cidr ? `${subnet.id} (${cidr.canonical})` : subnet.id;
}

/** Joins up to three subnet labels and counts the rest. */
export function subnetList(subnets: readonly SubnetView[]): Localized {
  const shown = subnets.slice(0, 3).map(subnetLabel).join(', ');
  const more = subnets.length - 3;
  return more > 0 ? { en: `${shown} and ${more} more`, ja: `${shown} ほか ${more} 件` } : { en: shown, ja: shown };
}

const ASSUMED_ACL: Localized = { en: 'No network ACL given for the subnet: the AWS default (allow all) is assumed', ja: 'サブネットのネットワーク ACL が入力にないため、AWS の既定 (すべて許可) とみなしました' };
const ASSUMED_SG: Localized = { en: 'No security group given: the AWS default (all outbound allowed) is assumed', ja: 'セキュリティグループが入力にないため、AWS の既定 (アウトバウンドはすべて許可) とみなしました' };

/** Evidence for a packet: what it is and each layer that let it through. */
export function packetEvidence(args: {
  packet: Packet;
  family: Family;
  direction: Direction;
  subnet: SubnetView;
  route?: Route;
  aclEntry?: AclEntry;
  sgRule?: SgRule;
  groups: readonly SecurityGroup[];
  aclGiven: boolean;
}): LocalizedEvidence {
  const { packet, family, direction, subnet } = args;
  const egress = direction === 'egress';
  const chain: LocalizedEvidence['chain'] = [];
  if (args.route) chain.push({ layer: 'route', text: routeText(args.route), at: routeAt(args.route) });
  if (args.aclEntry) chain.push({ layer: 'nacl', text: entryText(args.aclEntry), at: entryAt(args.aclEntry) });
  else if (!args.aclGiven) chain.push({ layer: 'input', text: ASSUMED_ACL });
  if (args.sgRule) {
    const rule = args.sgRule;
    const name = args.groups.find((group) => group.id === rule.groupId)?.name;
    chain.push({ layer: 'security-group', text: sgRuleText(rule, name), at: rule.at });
  } else if (args.groups.length === 0 && egress) chain.push({ layer: 'input', text: ASSUMED_SG });
  const text = packetText(packet, family, egress, subnetLabel(subnet));
  const detail = hasPorts(packet.protocol) ? { port: packet.detail } : hasIcmp(packet.protocol) ? { icmpType: packet.detail >> 8, icmpCode: packet.detail & 255 } : {};
  return {
    packet: { direction, family, protocol: packet.protocol, ...detail, local: subnetLabel(subnet), remote: formatAddress(family, packet.address), text },
    chain,
  };
}

