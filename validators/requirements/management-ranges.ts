/**
 * Address ranges of the WorkSpaces management interface (eth0). A VPC CIDR or a route in the
 * WorkSpaces subnets that overlaps the range in use can break streaming and management.
 */
import type { FactStatus, SourceId } from './sources.ts';

export interface RegionRanges {
  /** Region code, e.g. `ap-northeast-1`. */
  region: string;
  name: { en: string; ja: string };
  /** PCoIP and WSP (DCV) WorkSpaces from public bundles. */
  ranges: string[];
  /** Used by WSP (DCV) WorkSpaces from public bundles only. */
  dcvRanges: string[];
  /** A range AWS prints that may be a typo (GovCloud US-West lists 192.169.0.0/16). */
  unconfirmedRanges?: string[];
}

const DCV = ['10.0.0.0/8'];
const ALL_THREE = ['172.31.0.0/16', '192.168.0.0/16', '198.19.0.0/16'];
const ONLY_198 = ['198.19.0.0/16'];

/** Per-Region table "Management interface IP ranges" (current page). */
export const MANAGEMENT_RANGES: readonly RegionRanges[] = [
  { region: 'us-east-1', name: { en: 'US East (N. Virginia)', ja: '米国東部 (バージニア北部)' }, ranges: ALL_THREE, dcvRanges: DCV },
  { region: 'us-west-2', name: { en: 'US West (Oregon)', ja: '米国西部 (オレゴン)' }, ranges: ALL_THREE, dcvRanges: DCV },
  { region: 'ap-south-1', name: { en: 'Asia Pacific (Mumbai)', ja: 'アジアパシフィック (ムンバイ)' }, ranges: ['192.168.0.0/16'], dcvRanges: DCV },
  { region: 'ap-northeast-2', name: { en: 'Asia Pacific (Seoul)', ja: 'アジアパシフィック (ソウル)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'ap-southeast-1', name: { en: 'Asia Pacific (Singapore)', ja: 'アジアパシフィック (シンガポール)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'ap-southeast-2', name: { en: 'Asia Pacific (Sydney)', ja: 'アジアパシフィック (シドニー)' }, ranges: ALL_THREE, dcvRanges: DCV },
  { region: 'ap-northeast-1', name: { en: 'Asia Pacific (Tokyo)', ja: 'アジアパシフィック (東京)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'ca-central-1', name: { en: 'Canada (Central)', ja: 'カナダ (中部)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'eu-central-1', name: { en: 'Europe (Frankfurt)', ja: '欧州 (フランクフルト)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'eu-west-1', name: { en: 'Europe (Ireland)', ja: '欧州 (アイルランド)' }, ranges: ALL_THREE, dcvRanges: DCV },
  { region: 'eu-west-2', name: { en: 'Europe (London)', ja: '欧州 (ロンドン)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'eu-west-3', name: { en: 'Europe (Paris)', ja: '欧州 (パリ)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'sa-east-1', name: { en: 'South America (São Paulo)', ja: '南米 (サンパウロ)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'il-central-1', name: { en: 'Israel (Tel Aviv)', ja: 'イスラエル (テルアビブ)' }, ranges: ONLY_198, dcvRanges: DCV },
  { region: 'af-south-1', name: { en: 'Africa (Cape Town)', ja: 'アフリカ (ケープタウン)' }, ranges: ['172.31.0.0/16', '198.19.0.0/16'], dcvRanges: DCV },
  {
    region: 'us-gov-west-1',
    name: { en: 'AWS GovCloud (US-West)', ja: 'AWS GovCloud (米国西部)' },
    ranges: ONLY_198,
    dcvRanges: DCV,
    unconfirmedRanges: ['192.169.0.0/16'],
  },
  { region: 'us-gov-east-1', name: { en: 'AWS GovCloud (US-East)', ja: 'AWS GovCloud (米国東部)' }, ranges: ONLY_198, dcvRanges: DCV },
];

export const MANAGEMENT_RANGES_SOURCES: SourceId[] = ['ws-ports-management-ranges'];

/** BYOL WorkSpaces: the Region table does not apply. */
export const BYOL_RANGES = {
  /** PCoIP and DCV BYOL, all Regions. */
  ranges: ['54.239.224.0/20'],
  /** DCV BYOL only. */
  dcvRanges: ['10.0.0.0/8'],
  /** The customer-chosen /16 must come from one of these and must not clash with the customer network. */
  customRangeCandidates: ['10.0.0.0/8', '100.64.0.0/10', '172.16.0.0/12', '192.168.0.0/16', '198.18.0.0/15'],
  customRangePrefix: 16,
  sources: ['ws-ports-management-ranges', 'ws-byol'] as SourceId[],
} as const;

/** WorkSpaces Pools use a different management network. */
export const POOLS_MANAGEMENT_RANGE = { range: '198.19.0.0/16', sources: ['ws-pools-ports'] as SourceId[] } as const;

/** The ranges that apply to a Region and bundle type; `dcv` adds the WSP-only ranges. */
export function managementRangesFor(region: string | undefined, bundle: 'public' | 'byol', dcv = true): { cidrs: string[]; unconfirmed: string[]; known: boolean } {
  if (bundle === 'byol') return { cidrs: [...BYOL_RANGES.ranges, ...(dcv ? BYOL_RANGES.dcvRanges : [])], unconfirmed: [], known: true };
  const row = MANAGEMENT_RANGES.find((candidate) => candidate.region === region);
  if (!row) return { cidrs: [], unconfirmed: [], known: false };
  return { cidrs: [...row.ranges, ...(dcv ? row.dcvRanges : [])], unconfirmed: row.unconfirmedRanges ?? [], known: true };
}

/**
 * Directory Service's own management network (ETH0 of AD Connector, Simple AD and Managed AD
 * instances), separate from WorkSpaces. The 2022 copy names two pairs and the rule between them
 * (the second pair when the VPC CIDR starts with 10, the first otherwise; VPC routes ignored); the
 * current AD Connector page lists 169.254.0.0/16 as well and allows IPv6 VPCs.
 */
export const DIRECTORY_SERVICE_MANAGEMENT_RANGES = {
  pairs: [
    ['10.0.1.0/24', '10.0.2.0/24'],
    ['192.168.1.0/24', '192.168.2.0/24'],
  ],
  status: 'archived' as FactStatus,
  sources: ['ds-ad-connector-prereq-archived'] as SourceId[],
  /** Listed as a further option on the current AD Connector page. */
  currentPageAlso: ['169.254.0.0/16'],
  /** The current page allows IPv6 VPCs, with both directory subnets of the same network type. */
  ipv6VpcsAllowed: true,
  currentPageSources: ['ds-ad-connector-getting-started'] as SourceId[],
} as const;

