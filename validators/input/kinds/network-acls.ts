/** `aws ec2 describe-network-acls`: entries per direction and which subnets use each ACL. */
import * as z from 'zod';
import type { Family } from '../../net/address.ts';
import { ALL_DETAILS, ALL_PROTOCOLS, ICMP, ICMPV6, icmpSpan, TCP, UDP, type Span, type TrafficBox } from '../../net/traffic.ts';
import type { AclEntry, NetworkAcl } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { has, hasAny, protocolNumber, validPort, type ReadContext } from '../read-context.ts';
import { int, Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** One network ACL entry (API type `NetworkAclEntry`). */
export const NetworkAclEntryShape = z.looseObject({
  /** 1–32766; 32767 (IPv4) and 32768 (IPv6) are the default `*` deny rules. */
  RuleNumber: int,
  /** true = outbound rule. */
  Egress: z.boolean(),
  /** IANA protocol number as a string ("6", "17", "1", "58"); "-1" = all. */
  Protocol: z.union([z.string(), int]),
  RuleAction: z.string(),
  /** IPv4 range (exactly one of CidrBlock / Ipv6CidrBlock). */
  CidrBlock: z.string().optional(),
  Ipv6CidrBlock: z.string().optional(),
  /** Destination ports, for TCP (6) and UDP (17). */
  PortRange: z.looseObject({ From: int, To: int }).optional(),
  /** ICMP type and code, for ICMP (1) and ICMPv6 (58); -1 = all. */
  IcmpTypeCode: z.looseObject({ Type: int, Code: int }).optional(),
});

/** A network ACL association with a subnet. */
export const NetworkAclAssociationShape = z.looseObject({
  NetworkAclAssociationId: z.string().optional(),
  NetworkAclId: z.string().optional(),
  SubnetId: z.string(),
});

/** One network ACL (API type `NetworkAcl`). */
export const NetworkAclShape = z.looseObject({
  NetworkAclId: z.string(),
  VpcId: z.string().optional(),
  /** The VPC's default ACL: subnets with no other association use it. */
  IsDefault: z.boolean().optional(),
  Associations: z.array(NetworkAclAssociationShape).optional(),
  Entries: z.array(NetworkAclEntryShape).optional(),
  Tags: z.array(Tag).optional(),
  OwnerId: z.string().optional(),
});

// Entries are read one by one, so one bad entry does not hide the rest.
const ShallowNetworkAcl = NetworkAclShape.extend({ Entries: z.array(z.unknown()).optional() });

/** Reads one entry as describe-network-acls prints it (the CloudFormation reader hands its entries over in this shape too). */
export function readAclEntry(ctx: ReadContext, file: string, aclId: string, raw: unknown, path: JsonPath): AclEntry | undefined {
  const entry = ctx.check(NetworkAclEntryShape, raw, file, path);
  if (!entry) return undefined;
  const hasV4 = entry.CidrBlock !== undefined;
  const hasV6 = entry.Ipv6CidrBlock !== undefined;
  if (hasV4 === hasV6) {
    ctx.problem('input-field', hasV4 ? 'aclBothCidrs' : 'aclNoCidr', { file, path });
    return undefined;
  }
  const family: Family = hasV4 ? 4 : 6;
  const cidrKey = hasV4 ? 'CidrBlock' : 'Ipv6CidrBlock';
  const block = ctx.cidrAt(file, entry[cidrKey], path, cidrKey, family);
  if (!block) return undefined;
  const action = entry.RuleAction.toLowerCase();
  if (action !== 'allow' && action !== 'deny') {
    ctx.problem('input-value', 'ruleAction', { file, path: [...path, 'RuleAction'] }, { actual: entry.RuleAction });
    return undefined;
  }
  const number = entry.RuleNumber;
  const isDefaultDeny = number === 32767 || number === 32768;
  if (!isDefaultDeny && (number < 1 || number > 32766)) {
    ctx.problem('input-value', 'ruleNumber', { file, path: [...path, 'RuleNumber'] }, { actual: number });
    return undefined;
  }
  const protocol = protocolNumber(entry.Protocol);
  if (protocol === undefined) {
    ctx.problem('input-value', 'protocol', { file, path: [...path, 'Protocol'] }, { actual: String(entry.Protocol) });
    return undefined;
  }
  let details: Span = ALL_DETAILS;
  if (protocol === TCP || protocol === UDP) {
    if (!entry.PortRange) {
      ctx.problem('input-field', 'aclNoPortRange', { file, path }, { protocol: protocol === TCP ? 'TCP (6)' : 'UDP (17)' });
      return undefined;
    }
    const { From, To } = entry.PortRange;
    if (!validPort(From) || !validPort(To) || From > To) {
      ctx.problem('input-value', 'portRange', { file, path: [...path, 'PortRange'] }, { from: From, to: To });
      return undefined;
    }
    details = [From, To];
  } else if (protocol === ICMP || (protocol === ICMPV6 && family === 6)) {
    if (!entry.IcmpTypeCode) {
      ctx.problem('input-field', 'aclNoIcmp', { file, path }, { protocol: protocol === ICMP ? 'ICMP (1)' : 'ICMPv6 (58)' });
      return undefined;
    }
    const { Type, Code } = entry.IcmpTypeCode;
    if (Type < -1 || Type > 255 || Code < -1 || Code > 255) {
      ctx.problem('input-value', 'icmp', { file, path: [...path, 'IcmpTypeCode'] }, { type: Type, code: Code });
      return undefined;
    }
    details = icmpSpan(Type, Code);
  }
  const box: TrafficBox = { protocols: protocol < 0 ? ALL_PROTOCOLS : [protocol, protocol], details, addresses: [block.first, block.last] };
  return {
    aclId,
    ruleNumber: number,
    egress: entry.Egress,
    action,
    protocol,
    family,
    cidr: block,
    box,
    isDefaultDeny,
    at: { file, path },
    ...(entry.PortRange ? { portRange: { from: entry.PortRange.From, to: entry.PortRange.To } } : {}),
    ...(entry.IcmpTypeCode ? { icmp: { type: entry.IcmpTypeCode.Type, code: entry.IcmpTypeCode.Code } } : {}),
  };
}

/** What must be unique among an ACL's entries: one rule number per direction and address family. */
export function aclEntryKey(entry: AclEntry): string {
  return `${entry.egress}:${entry.family}:${entry.ruleNumber}`;
}

export const networkAcls = defineInputKind({
  kind: 'NetworkAcls',
  command: 'aws ec2 describe-network-acls --filters Name=vpc-id,Values=<vpc-id> --output json',
  collectionKey: 'NetworkAcls',
  singularKey: 'NetworkAcl',
  fileName: 'network-acls.json',
  label: { en: 'network ACLs', ja: 'ネットワーク ACL' },
  page: 'validators/network-acls/',
  itemShape: NetworkAclShape,
  example: {
    Associations: [{ NetworkAclAssociationId: 'aclassoc-0e1a2b3c4d5e6f701', NetworkAclId: 'acl-0e1a2b3c4d5e6f701', SubnetId: 'subnet-0e1a2b3c4d5e6f701' }],
    Entries: [
      { CidrBlock: '10.20.0.0/16', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
      { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
      { CidrBlock: '10.20.0.0/16', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
      { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
    ],
    IsDefault: false,
    NetworkAclId: 'acl-0e1a2b3c4d5e6f701',
    Tags: [],
    VpcId: 'vpc-0e1a2b3c4d5e6f701',
    OwnerId: '123456789012',
  },
  detect: (value) => has(value, 'NetworkAclId') && hasAny(value, ['Entries', 'Associations', 'IsDefault']) && !has(value, 'RouteTableId'),
  read(ctx, file, value, path) {
    const acl = ctx.check(ShallowNetworkAcl, value, file, path);
    if (!acl) return;
    const at = { file, path: [...path, 'NetworkAclId'] };
    if (!ctx.firstDefinition(acl.NetworkAclId, at, 'acl', value)) return;
    const result: NetworkAcl = { id: acl.NetworkAclId, isDefault: acl.IsDefault === true, subnets: [], entries: [], incomplete: false, at, ...(acl.VpcId ? { vpcId: acl.VpcId } : {}) };
    (acl.Associations ?? []).forEach((association, index) => result.subnets.push({ id: association.SubnetId, at: { file, path: [...path, 'Associations', index, 'SubnetId'] } }));
    const seenNumbers = new Map<string, number>();
    (acl.Entries ?? []).forEach((raw, index) => {
      const entry = readAclEntry(ctx, file, acl.NetworkAclId, raw, [...path, 'Entries', index]);
      if (!entry) {
        result.incomplete = true;
        return;
      }
      const key = aclEntryKey(entry);
      const earlier = seenNumbers.get(key);
      if (earlier !== undefined) {
        ctx.problem('input-value', 'duplicateRuleNumber', { file, path: [...path, 'Entries', index, 'RuleNumber'] }, { number: entry.ruleNumber, index: earlier });
        result.incomplete = true;
        return;
      }
      seenNumbers.set(key, index);
      result.entries.push(entry);
    });
    result.entries.sort((a, b) => a.ruleNumber - b.ruleNumber);
    ctx.resources.networkAcls.push(result);
  },
});
