/** `aws ec2 describe-security-groups`: the stateful allow rules of each group. */
import * as z from 'zod';
import { ALL_DETAILS, ALL_PROTOCOLS, ICMP, ICMPV6, icmpSpan, TCP, UDP, type Span, type TrafficBox } from '../../net/traffic.ts';
import type { SecurityGroup, SgPeer, SgRule } from '../../model.ts';
import type { JsonPath, Location } from '../../types.ts';
import { has, hasAny, protocolNumber, validPort, type ReadContext } from '../read-context.ts';
import { int, Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** A security group rule (API type `IpPermission`). */
export const IpPermissionShape = z.looseObject({
  /** `tcp`, `udp`, `icmp`, `icmpv6`, a protocol number, or "-1" for all. */
  IpProtocol: z.union([z.string(), int]),
  /** First port, or the ICMP type; -1 = all. */
  FromPort: int.optional(),
  /** Last port, or the ICMP code; -1 = all. */
  ToPort: int.optional(),
  IpRanges: z.array(z.looseObject({ CidrIp: z.string(), Description: z.string().optional() })).optional(),
  Ipv6Ranges: z.array(z.looseObject({ CidrIpv6: z.string(), Description: z.string().optional() })).optional(),
  PrefixListIds: z.array(z.looseObject({ PrefixListId: z.string(), Description: z.string().optional() })).optional(),
  /** Security group references: they match the members' private addresses. */
  UserIdGroupPairs: z
    .array(z.looseObject({ GroupId: z.string().optional(), GroupName: z.string().optional(), UserId: z.string().optional(), VpcId: z.string().optional() }))
    .optional(),
});

/** One security group (API type `SecurityGroup`). */
export const SecurityGroupShape = z.looseObject({
  GroupId: z.string(),
  GroupName: z.string().optional(),
  Description: z.string().optional(),
  VpcId: z.string().optional(),
  OwnerId: z.string().optional(),
  IpPermissions: z.array(IpPermissionShape).optional(),
  IpPermissionsEgress: z.array(IpPermissionShape).optional(),
  Tags: z.array(Tag).optional(),
});

// Permissions are read one by one, so one bad rule does not hide the rest.
const ShallowSecurityGroup = SecurityGroupShape.extend({
  IpPermissions: z.array(z.unknown()).optional(),
  IpPermissionsEgress: z.array(z.unknown()).optional(),
});

/** What a permission's protocol and ports match, besides its peers. */
export interface PermissionTraffic {
  protocol: number;
  protocolText: string;
  fromPort?: number;
  toPort?: number;
  protocols: Span;
  details: Span;
}

/**
 * The protocol and port (or ICMP type and code) part of a permission, as AWS reads it; undefined
 * after a finding at `path` (`IpProtocol`, `FromPort`, `ToPort` are looked for under it).
 */
export function permissionTraffic(ctx: ReadContext, file: string, path: JsonPath, ipProtocol: string | number, from: number | undefined, to: number | undefined): PermissionTraffic | undefined {
  const protocol = protocolNumber(ipProtocol);
  if (protocol === undefined) {
    ctx.problem('input-value', 'protocol', { file, path: [...path, 'IpProtocol'] }, { actual: String(ipProtocol) });
    return undefined;
  }
  let details: Span = ALL_DETAILS;
  if (protocol === TCP || protocol === UDP) {
    if (from === undefined || to === undefined || !validPort(from) || !validPort(to) || from > to) {
      ctx.problem('input-value', 'sgPorts', { file, path: [...path, from === undefined ? 'FromPort' : 'ToPort'] }, { from: String(from), to: String(to) });
      return undefined;
    }
    details = [from, to];
  } else if (protocol === ICMP || protocol === ICMPV6) {
    if (from !== undefined && (from < -1 || from > 255 || (to !== undefined && (to < -1 || to > 255)))) {
      ctx.problem('input-value', 'icmp', { file, path: [...path, 'FromPort'] }, { type: from, code: String(to) });
      return undefined;
    }
    details = from === undefined ? ALL_DETAILS : icmpSpan(from, to ?? -1);
  }
  return { protocol, protocolText: String(ipProtocol), protocols: protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol], details, ...(from !== undefined ? { fromPort: from } : {}), ...(to !== undefined ? { toPort: to } : {}) };
}

/** One rule of a group: the permission's traffic towards one peer (`addresses` empty for prefix-list and group peers: filled in later). */
export function permissionRule(traffic: PermissionTraffic, groupId: string, egress: boolean, peer: SgPeer, addresses: TrafficBox['addresses'], at: Location): SgRule {
  const { protocol, protocolText, fromPort, toPort, protocols, details } = traffic;
  return { groupId, egress, protocol, protocolText, ...(fromPort !== undefined ? { fromPort } : {}), ...(toPort !== undefined ? { toPort } : {}), peer, box: { protocols, details, addresses }, at };
}

function readPermission(ctx: ReadContext, file: string, groupId: string, egress: boolean, raw: unknown, path: JsonPath): SgRule[] | undefined {
  const permission = ctx.check(IpPermissionShape, raw, file, path);
  if (!permission) return undefined;
  const traffic = permissionTraffic(ctx, file, path, permission.IpProtocol, permission.FromPort, permission.ToPort);
  if (!traffic) return undefined;
  const rules: SgRule[] = [];
  let broken = false;
  const add = (peer: SgPeer, peerPath: JsonPath, addresses: TrafficBox['addresses']) => rules.push(permissionRule(traffic, groupId, egress, peer, addresses, { file, path: peerPath }));
  (permission.IpRanges ?? []).forEach((range, index) => {
    const block = ctx.cidrAt(file, range.CidrIp, [...path, 'IpRanges', index], 'CidrIp', 4);
    if (block) add({ kind: 'cidr', cidr: block }, [...path, 'IpRanges', index, 'CidrIp'], [block.first, block.last]);
    else broken = true;
  });
  (permission.Ipv6Ranges ?? []).forEach((range, index) => {
    const block = ctx.cidrAt(file, range.CidrIpv6, [...path, 'Ipv6Ranges', index], 'CidrIpv6', 6);
    if (block) add({ kind: 'cidr', cidr: block }, [...path, 'Ipv6Ranges', index, 'CidrIpv6'], [block.first, block.last]);
    else broken = true;
  });
  (permission.PrefixListIds ?? []).forEach((entry, index) =>
    add({ kind: 'prefix-list', id: entry.PrefixListId }, [...path, 'PrefixListIds', index, 'PrefixListId'], [1n, 0n]),
  );
  (permission.UserIdGroupPairs ?? []).forEach((pair, index) => {
    if (pair.GroupId) add({ kind: 'group', groupId: pair.GroupId }, [...path, 'UserIdGroupPairs', index, 'GroupId'], [1n, 0n]);
  });
  return broken ? undefined : rules;
}

export const securityGroups = defineInputKind({
  kind: 'SecurityGroups',
  command: 'aws ec2 describe-security-groups --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'SecurityGroups',
  singularKey: 'SecurityGroup',
  fileName: 'security-groups.json',
  label: { en: 'security groups', ja: 'セキュリティグループ' },
  page: 'validators/security-groups/',
  itemShape: SecurityGroupShape,
  example: {
    Description: 'WorkSpaces members',
    GroupName: 'd-90670a1b2c_workspacesMembers',
    IpPermissions: [],
    OwnerId: '123456789012',
    GroupId: 'sg-0e1a2b3c4d5e6f701',
    IpPermissionsEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.20.0.0/16' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
  },
  detect: (value) => has(value, 'GroupId') && hasAny(value, ['IpPermissions', 'IpPermissionsEgress', 'GroupName']) && !hasAny(value, ['RouteTableId', 'NetworkAclId', 'SubnetId']),
  read(ctx, file, value, path) {
    const group = ctx.check(ShallowSecurityGroup, value, file, path);
    if (!group) return;
    const at = { file, path: [...path, 'GroupId'] };
    if (!ctx.firstDefinition(group.GroupId, at, 'sg', value)) return;
    const result: SecurityGroup = {
      id: group.GroupId,
      ingress: [],
      egress: [],
      incomplete: false,
      at,
      ...(group.GroupName ? { name: group.GroupName } : {}),
      ...(group.VpcId ? { vpcId: group.VpcId } : {}),
    };
    for (const [key, egress] of [['IpPermissions', false], ['IpPermissionsEgress', true]] as const) {
      (group[key] ?? []).forEach((raw, index) => {
        const rules = readPermission(ctx, file, group.GroupId, egress, raw, [...path, key, index]);
        if (rules) (egress ? result.egress : result.ingress).push(...rules);
        else result.incomplete = true;
      });
    }
    ctx.resources.securityGroups.push(result);
  },
});
