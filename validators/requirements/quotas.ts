/** VPC quotas the validators compare against (defaults; many can be raised). */
import type { FactStatus, SourceId } from './sources.ts';

export const NACL_QUOTAS = {
  /** Rules per NACL per direction, counted separately for IPv4 and IPv6, including the default deny. */
  rulesPerDirection: 20,
  rulesPerDirectionMax: 40,
  aclsPerVpc: 200,
  status: 'archived' as FactStatus,
  sources: ['vpc-quotas-archived'] as SourceId[],
} as const;

export const NACL_RULE_NUMBERS = {
  first: 1,
  last: 32766,
  defaultDenyIpv4: 32767,
  defaultDenyIpv6: 32768,
  sources: ['ec2-create-nacl-entry', 'cli-describe-network-acls'] as SourceId[],
} as const;

