/**
 * The gateways at the end of a path, as the inputs describe them: whether an internet gateway is
 * attached to a VPC, what a NAT gateway is (public or private, in which subnet), and whether VPC
 * Block Public Access drops traffic through an internet gateway or egress-only internet gateway.
 *
 * Block Public Access (https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa-basics.html):
 * `block-bidirectional` drops traffic to and from internet gateways and egress-only internet
 * gateways (NAT gateways included: they need an internet gateway); `block-ingress` drops only
 * inbound internet traffic, NAT and egress-only traffic still leaves; an exclusion in
 * `allow-bidirectional` exempts a VPC or subnet both ways, `allow-egress` outbound only. BPA never
 * touches transit gateway, VPN or peering paths. It can only drop, so it is applied only where
 * the inputs prove it in force: a mode that is still being updated, or exclusions that were not
 * given, leave the part unverified rather than closed.
 */
import type { BlockPublicAccessExclusion, BpaMode, InternetGateway, NatGateway, Resources } from '../model.ts';
import type { Localized, Location } from '../types.ts';
import type { Direction } from './path.ts';

/** The document kind of describe-vpc-block-public-access-exclusions, whose presence tells that every exclusion was given. */
export const BPA_EXCLUSIONS_KIND = 'VpcBlockPublicAccessExclusions';

/** Exclusion states in which the exclusion no longer (or never) applies. */
const EXCLUSION_GONE: ReadonlySet<string> = new Set(['create-failed', 'delete-complete', 'disable-complete']);

const byPlace = <T extends { at: Location }>(a: T, b: T) => a.at.file.localeCompare(b.at.file) || a.at.path.join('/').localeCompare(b.at.path.join('/'));

/** Whether an internet gateway is attached to a VPC: `unknown` when describe-internet-gateways does not list it. */
export function internetGatewayAttachment(resources: Resources, igwId: string, vpcId: string | undefined): { kind: 'attached'; at: Location } | { kind: 'detached'; gateway: InternetGateway } | { kind: 'unknown' } {
  const versions = resources.internetGateways.filter((gateway) => gateway.id === igwId).sort(byPlace);
  if (versions.length === 0 || vpcId === undefined) return { kind: 'unknown' };
  // Versions that disagree: attached if any says so (the open answer is the safe one).
  for (const gateway of versions) {
    const attachment = gateway.attachments.find((candidate) => candidate.vpcId === vpcId);
    if (attachment) return { kind: 'attached', at: attachment.at };
  }
  return { kind: 'detached', gateway: versions[0] as InternetGateway };
}

/** Every version of a NAT gateway the inputs describe, sorted. */
export function natGatewayVersions(resources: Resources, natId: string): NatGateway[] {
  return resources.natGateways.filter((gateway) => gateway.id === natId).sort(byPlace);
}

/** True when the inputs describe a NAT gateway, in every version, as private. */
export function isPrivateNat(resources: Resources, natId: string): boolean {
  const versions = natGatewayVersions(resources, natId);
  return versions.length > 0 && versions.every((gateway) => gateway.connectivity === 'private');
}

/** Per model: whether the account-wide inputs say anything about Block Public Access, the ids of the VPCs and subnets that state a mode, and the answers given so far. */
interface BpaStatements {
  anywhere: boolean;
  vpcs: Set<string>;
  subnets: Set<string>;
  known: Map<string, boolean>;
}

const GIVEN = new WeakMap<Resources, BpaStatements>();

/** True when the inputs say anything about Block Public Access for this VPC or subnets (remembered per model). */
export function bpaGiven(resources: Resources, vpcId: string | undefined, subnetIds: readonly string[]): boolean {
  let statements = GIVEN.get(resources);
  if (!statements) {
    // Indexed once: asked for every subnet, a scan of every subnet each time is quadratic on a large account.
    statements = {
      anywhere: resources.blockPublicAccessOptions.length > 0 || resources.blockPublicAccessExclusions.length > 0 || resources.documents.some((document) => document.kinds.includes(BPA_EXCLUSIONS_KIND)),
      vpcs: new Set(resources.vpcs.filter((vpc) => vpc.bpaMode !== undefined).map((vpc) => vpc.id)),
      subnets: new Set(resources.subnets.filter((subnet) => subnet.bpaMode !== undefined).map((subnet) => subnet.id)),
      known: new Map(),
    };
    GIVEN.set(resources, statements);
  }
  const key = `${vpcId ?? ''}|${subnetIds.join(',')}`;
  let given = statements.known.get(key);
  if (given === undefined) {
    given = statements.anywhere || (vpcId !== undefined && statements.vpcs.has(vpcId)) || subnetIds.some((id) => statements.subnets.has(id));
    statements.known.set(key, given);
  }
  return given;
}

/** What Block Public Access does to one packet set: nothing, drops it, or would drop it unless an exclusion not given exists. */
export type BpaDecision =
  | { kind: 'off' }
  | { kind: 'blocks'; mode: BpaMode; at: Location; text: Localized }
  | { kind: 'excluded'; exclusion: BlockPublicAccessExclusion; text: Localized }
  | { kind: 'unsure'; mode: BpaMode; at: Location; text: Localized };

/** The mode in force for a subnet (or, `subnetId` unknown, for any subnet of the VPC): the most specific statement the inputs make. */
function modeFor(resources: Resources, vpcId: string | undefined, subnetId: string | undefined): { mode: BpaMode; at: Location } | undefined {
  const stated = (items: { bpaMode?: { mode: BpaMode; at: Location } }[]) => {
    const modes = items.flatMap((item) => (item.bpaMode ? [item.bpaMode] : []));
    if (modes.length === 0) return undefined;
    // Versions that disagree: the least blocking one (only a sure block may close a path).
    return modes.find((mode) => mode.mode === 'off') ?? modes.find((mode) => mode.mode === 'block-ingress') ?? modes[0];
  };
  const subnet = subnetId === undefined ? undefined : stated(resources.subnets.filter((item) => item.id === subnetId).sort(byPlace));
  if (subnet) return subnet;
  const vpc = vpcId === undefined ? undefined : stated(resources.vpcs.filter((item) => item.id === vpcId).sort(byPlace));
  if (vpc) return vpc;
  const options = [...resources.blockPublicAccessOptions].sort(byPlace);
  if (options.length === 0) return undefined;
  // The account's setting is in force once its update completed (a template declares it, without a state); one still changing proves nothing.
  const notInForce = options.find((option) => option.mode === 'off' || (option.state !== undefined && option.state !== 'update-complete'));
  if (notInForce) return { mode: 'off', at: notInForce.at };
  return stated(options.map((option) => ({ bpaMode: { mode: option.mode, at: option.at } })));
}

const MODE_TEXT: Record<BpaMode, Localized> = {
  off: { en: 'off', ja: 'オフ' },
  'block-bidirectional': { en: 'block-bidirectional', ja: 'block-bidirectional (双方向をブロック)' },
  'block-ingress': { en: 'block-ingress', ja: 'block-ingress (受信をブロック)' },
};

/**
 * What Block Public Access does to traffic through an internet gateway or egress-only internet
 * gateway of `vpcId`, sent (egress) or received (ingress) by `subnetIds` (undefined: some subnet
 * of the VPC the inputs do not name). An exclusion of any of them lets it through (a NAT
 * gateway's traffic leaves from the NAT's subnet, and excluding the sender's subnet is also
 * weighed, as the safe side).
 */
export function bpaDecision(resources: Resources, direction: Direction, vpcId: string | undefined, subnetIds: readonly string[] | undefined): BpaDecision {
  let known = DECISIONS.get(resources);
  if (!known) {
    known = new Map();
    DECISIONS.set(resources, known);
  }
  const key = `${direction}|${vpcId ?? ''}|${subnetIds ? subnetIds.join(',') : '*'}`;
  let decision = known.get(key);
  if (!decision) {
    decision = computeBpaDecision(resources, direction, vpcId, subnetIds);
    known.set(key, decision);
  }
  return decision;
}

const DECISIONS = new WeakMap<Resources, Map<string, BpaDecision>>();

function computeBpaDecision(resources: Resources, direction: Direction, vpcId: string | undefined, subnetIds: readonly string[] | undefined): BpaDecision {
  const modes = (subnetIds ?? [undefined]).map((subnetId) => modeFor(resources, vpcId, subnetId));
  if (modes.some((mode) => mode === undefined)) return { kind: 'off' };
  const blocking = (mode: BpaMode) => (direction === 'egress' ? mode === 'block-bidirectional' : mode !== 'off');
  const stated = modes as { mode: BpaMode; at: Location }[];
  if (!stated.every((mode) => blocking(mode.mode))) return { kind: 'off' };
  const first = stated[0] as { mode: BpaMode; at: Location };
  const covered = (exclusion: BlockPublicAccessExclusion) => {
    if (exclusion.state !== undefined && EXCLUSION_GONE.has(exclusion.state)) return false;
    // Only an egress-only exclusion is known not to let inbound traffic in (a mode that could not be read may be either).
    if (exclusion.mode === 'allow-egress' && direction === 'ingress') return false;
    if (exclusion.resourceId === undefined) return true;
    if (exclusion.resourceId === vpcId) return true;
    if (subnetIds === undefined) {
      // Which subnet of the VPC is meant is not known: any subnet exclusion not known to be of another VPC counts.
      const owner = resources.subnets.find((subnet) => subnet.id === exclusion.resourceId)?.vpcId;
      return exclusion.resourceKind !== 'vpc' && (owner === undefined || owner === vpcId);
    }
    return subnetIds.includes(exclusion.resourceId);
  };
  const exclusion = [...resources.blockPublicAccessExclusions].sort(byPlace).find(covered);
  const where = subnetIds && subnetIds.length > 0 ? subnetIds.join(', ') : (vpcId ?? '?');
  const mode = MODE_TEXT[first.mode];
  if (exclusion) {
    return {
      kind: 'excluded',
      exclusion,
      text: { en: `VPC Block Public Access is ${mode.en}, but exclusion ${exclusion.id} (${exclusion.mode}) exempts ${exclusion.resourceId ?? where}`, ja: `VPC のパブリックアクセスのブロックは ${mode.ja} ですが、除外 ${exclusion.id} (${exclusion.mode}) が ${exclusion.resourceId ?? where} を対象外にしています` },
    };
  }
  const exclusionsKnown = resources.blockPublicAccessExclusions.length > 0 || resources.documents.some((document) => document.kinds.includes(BPA_EXCLUSIONS_KIND));
  if (!exclusionsKnown) {
    return {
      kind: 'unsure',
      mode: first.mode,
      at: first.at,
      text: {
        en: `VPC Block Public Access is ${mode.en} for ${where}, which drops this traffic unless an exclusion exempts it; the output of describe-vpc-block-public-access-exclusions is not given`,
        ja: `${where} には VPC のパブリックアクセスのブロック (${mode.ja}) がかかっており、除外がない限りこの通信は破棄されますが、describe-vpc-block-public-access-exclusions の出力が入力にありません`,
      },
    };
  }
  return {
    kind: 'blocks',
    mode: first.mode,
    at: first.at,
    text: {
      en: `VPC Block Public Access is ${mode.en} for ${where} and no exclusion exempts it: ${direction === 'egress' ? 'outbound' : 'inbound'} internet traffic is dropped`,
      ja: `${where} には VPC のパブリックアクセスのブロック (${mode.ja}) がかかっており、対象外にする除外もないため、インターネットへの${direction === 'egress' ? '送信' : 'からの受信'}は破棄されます`,
    },
  };
}
