/**
 * The proof of a verdict in words: each part (subnets × direction × family) as one readable
 * argument, each branch with the addresses it covers, the route that carries them and how they
 * end. Texts are in both languages; the engine picks one and adds line numbers.
 */
import type { Localized, Location, ProofLayer, Verdict } from '../types.ts';
import type { Analysis } from './analysis.ts';
import { blocksOf, coverageText, routeDestination, targetText } from './describe.ts';
import type { HopProof } from './hops.ts';
import type { AssumptionProof, BranchProof, PartProof, StepProof } from './path.ts';

/** How many blocks of a branch's addresses are listed. */
const LISTED_BLOCKS = 16;
/** How many branches a part's sentence names before counting the rest. */
const NAMED_BRANCHES = 4;

export interface LocalizedBranch {
  addresses: Localized;
  cidrs: string[];
  blockCount: number;
  target?: { kind: string; id: string };
  outcome: BranchProof['outcome'];
  droppedBy?: ProofLayer;
  steps: StepProof[];
  hops?: HopProof[];
}

export interface LocalizedPart {
  subnetIds: string[];
  vpcId?: string;
  direction: PartProof['direction'];
  family: PartProof['family'];
  verdict: Verdict;
  text: Localized;
  branches: LocalizedBranch[];
}

export interface LocalizedProof {
  vpcs: { id: string; cidrs: string[]; subnetIds: string[]; workspaces: boolean }[];
  parts: LocalizedPart[];
  assumptions: AssumptionProof[];
}

const VERDICT_WORDS: Record<Verdict, Localized> = {
  closed: { en: 'closed', ja: '閉じている' },
  open: { en: 'open', ja: '開いている' },
  unverified: { en: 'unverified', ja: '未確認' },
};

const DROPPED_BY: Record<ProofLayer, Localized> = {
  route: { en: 'dropped at the route table', ja: 'ルートテーブルで破棄' },
  'block-public-access': { en: 'dropped by VPC Block Public Access', ja: 'VPC のパブリックアクセスブロックで破棄' },
  nacl: { en: 'dropped by the network ACL', ja: 'ネットワーク ACL で破棄' },
  'security-group': { en: 'dropped by the security groups', ja: 'セキュリティグループで破棄' },
  'next-hop': { en: 'dropped by the next hop', ja: 'ネクストホップで破棄' },
  'transit-gateway': { en: 'dropped at the transit gateway route table', ja: 'Transit Gateway のルートテーブルで破棄' },
  assumption: { en: 'dropped by an assumption of the context', ja: 'コンテキストの前提により破棄' },
};

const OUTCOME: Record<'open' | 'unverified', Localized> = {
  open: { en: 'passes every layer', ja: 'すべての層を通過' },
  unverified: { en: 'not decided by the inputs', ja: '入力だけでは判定できない' },
};

function subject(part: PartProof): Localized {
  const shown = part.subnets.slice(0, 3).map((subnet) => subnet.id).join(', ');
  const more = part.subnets.length - 3;
  const subnets = more > 0 ? { en: `${shown} and ${more} more`, ja: `${shown} ほか ${more} 件` } : { en: shown, ja: shown };
  const vpc = part.vpcId ? ` (${part.vpcId})` : '';
  const name = `IPv${part.family}`;
  return part.direction === 'egress'
    ? { en: `${name} egress from ${subnets.en}${vpc}`, ja: `${subnets.ja}${vpc} から出る ${name}` }
    : { en: `${name} ingress to ${subnets.en}${vpc}`, ja: `${subnets.ja}${vpc} に入る ${name}` };
}

function branchSentence(part: PartProof, branch: BranchProof): Localized {
  const coverage = coverageText(part.family, branch.addresses, part.space);
  let via: Localized;
  if (branch.route && branch.hops && branch.hops.length > 0) {
    const chain = chainOf(branch.route, branch.hops);
    via = { en: `route ${routeDestination(branch.route)} in ${branch.route.tableId} → ${chain.en}`, ja: `${branch.route.tableId} のルート ${routeDestination(branch.route)} → ${chain.ja}` };
  } else if (branch.route) {
    const target = targetText(branch.route.target);
    via = { en: `route ${routeDestination(branch.route)} → ${target.en} in ${branch.route.tableId}`, ja: `${branch.route.tableId} のルート ${routeDestination(branch.route)} → ${target.ja}` };
  } else if (branch.table) {
    via = { en: `no route in ${branch.table.id}`, ja: `${branch.table.id} に一致するルートなし` };
  } else {
    via = { en: 'no route table given', ja: 'ルートテーブルが入力にない' };
  }
  const end = branch.outcome === 'dropped' ? DROPPED_BY[branch.droppedBy ?? 'route'] : OUTCOME[branch.outcome];
  return { en: `${coverage.en} → ${via.en}: ${end.en}`, ja: `${coverage.ja} → ${via.ja}: ${end.ja}` };
}

/** The hops of a branch in words: "transit gateway tgw-0a → transit gateway route table tgw-rtb-0b → …". */
function chainOf(route: NonNullable<BranchProof['route']>, hops: readonly HopProof[]): Localized {
  const shown = hops[0]?.id === route.target.id ? hops : [{ text: targetText(route.target) }, ...hops];
  return { en: shown.map((hop) => hop.text.en).join(' → '), ja: shown.map((hop) => hop.text.ja).join(' → ') };
}

function partText(part: PartProof): Localized {
  const who = subject(part);
  const verdict = VERDICT_WORDS[part.verdict];
  if (part.basis === 'no-cidr') {
    const name = `IPv${part.family}`;
    const subnetWord = part.subnets.length > 1 ? 'the subnets have' : 'the subnet has';
    return {
      en: `${who.en}: ${subnetWord} no ${name} CIDR, so no ${name} traffic leaves or reaches ${part.subnets.length > 1 ? 'them' : 'it'} → ${verdict.en}.`,
      ja: `${who.ja}: サブネットに ${name} の CIDR がないため、${name} の通信は出入りしません → ${verdict.ja}。`,
    };
  }
  if (part.basis === 'no-public-space') {
    return { en: `${who.en}: no public address remains once internal and VPC ranges are set aside → ${verdict.en}.`, ja: `${who.ja}: 社内と VPC のレンジを除くとパブリックなアドレスが残りません → ${verdict.ja}。` };
  }
  const candidates: Localized[] = [];
  if (part.tables.length > 1) {
    const ids = [...new Set(part.tables.map((table) => table.id))].join(', ');
    candidates.push({ en: `weighing ${part.tables.length} candidate route tables (${ids})`, ja: `候補のルートテーブル ${part.tables.length} 個 (${ids}) をすべて考慮` });
  }
  if (part.acls.length > 1) {
    const ids = [...new Set(part.acls.map((acl) => acl.id))].join(', ');
    candidates.push({ en: `weighing ${part.acls.length} candidate network ACLs (${ids})`, ja: `候補のネットワーク ACL ${part.acls.length} 個 (${ids}) をすべて考慮` });
  }
  const sentences = part.branches.slice(0, NAMED_BRANCHES).map((branch) => branchSentence(part, branch));
  const rest = part.branches.length - NAMED_BRANCHES;
  if (rest > 0) sentences.push({ en: `and ${rest} more parts`, ja: `ほか ${rest} 件` });
  const lead = candidates.length > 0 ? { en: ` (${candidates.map((c) => c.en).join('; ')})`, ja: ` (${candidates.map((c) => c.ja).join('、')})` } : { en: '', ja: '' };
  return {
    en: `${who.en}${lead.en}: ${sentences.map((s) => s.en).join('; ')} → ${verdict.en}.`,
    ja: `${who.ja}${lead.ja}: ${sentences.map((s) => s.ja).join('。')} → ${verdict.ja}。`,
  };
}

function localizeBranch(part: PartProof, branch: BranchProof): LocalizedBranch {
  const { blocks, count: blockCount } = blocksOf(part.family, branch.addresses, LISTED_BLOCKS);
  return {
    addresses: coverageText(part.family, branch.addresses, part.space),
    cidrs: blocks,
    blockCount,
    outcome: branch.outcome,
    steps: branch.steps,
    ...(branch.hops ? { hops: branch.hops } : {}),
    ...(branch.route ? { target: { kind: branch.route.target.kind, id: branch.route.target.id } } : {}),
    ...(branch.outcome === 'dropped' && branch.droppedBy ? { droppedBy: branch.droppedBy } : {}),
  };
}

/** Items by a key, each list in input order. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The proof of an analysis, in both languages, with locations still as JSON paths. */
export function buildProof(analysis: Analysis): LocalizedProof {
  const path = analysis.path();
  const subnetsByVpc = new Map<string, Set<string>>();
  for (const view of analysis.subnets) {
    if (!view.vpcId) continue;
    const set = subnetsByVpc.get(view.vpcId) ?? new Set<string>();
    set.add(view.id);
    subnetsByVpc.set(view.vpcId, set);
  }
  const workspacesVpcs = new Set(path.subnets.map((subnet) => subnet.vpcId));
  // Each VPC's versions and tables, in input order: one pass each instead of one per VPC.
  const versionsByVpc = groupBy(analysis.resources.vpcs, (vpc) => vpc.id);
  const tablesByVpc = groupBy(analysis.resources.routeTables, (table) => table.vpcId);
  const vpcs = analysis.vpcIds.map((id) => {
    const cidrs = new Set<string>();
    for (const vpc of versionsByVpc.get(id) ?? []) for (const { cidr } of vpc.cidrs) cidrs.add(cidr.canonical);
    for (const table of tablesByVpc.get(id) ?? []) {
      for (const route of table.routes) if (route.target.kind === 'local' && route.destination.kind === 'cidr') cidrs.add(route.destination.cidr.canonical);
    }
    return { id, cidrs: [...cidrs], subnetIds: [...(subnetsByVpc.get(id) ?? [])], workspaces: workspacesVpcs.has(id) };
  });
  return {
    vpcs,
    parts: path.parts.map((part) => ({
      subnetIds: part.subnets.map((subnet) => subnet.id),
      direction: part.direction,
      family: part.family,
      verdict: part.verdict,
      text: partText(part),
      branches: part.branches.map((branch) => localizeBranch(part, branch)),
      ...(part.vpcId ? { vpcId: part.vpcId } : {}),
    })),
    assumptions: path.assumptions,
  };
}

/** Every location a proof points at, each once (steps share the objects of their routes and entries), for the engine to resolve together. */
export function proofLocations(proof: LocalizedProof): Location[] {
  const out = new Set<Location>();
  for (const part of proof.parts) {
    for (const branch of part.branches) {
      for (const step of branch.steps) if (step.at) out.add(step.at);
      for (const hop of branch.hops ?? []) if (hop.at) out.add(hop.at);
    }
  }
  for (const assumption of proof.assumptions) if (assumption.at) out.add(assumption.at);
  return [...out];
}
