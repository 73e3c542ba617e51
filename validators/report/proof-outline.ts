/**
 * The proof of a verdict as something to draw: each part (subnets × direction × family) with its
 * heading and sentence, each branch with its addresses, route and outcome, and each deciding step
 * with its layer and the place it is written. The workbench, the audit report and the path
 * diagram draw this outline, so they always tell the same argument.
 */
import type { JsonPath, Lang, Proof, ProofBranch, ProofHop, ProofLayer, ProofPart, ProofStep, Verdict } from '../types.ts';
import { droppedAtText, EFFECT_LABEL, LAYER_LABEL, OUTCOME_LABEL, reportText, VERDICT_LABEL } from './labels.ts';

/** Where a step or box is written, to reveal it in an editor. */
export interface OutlineLocation {
  file: string;
  path: JsonPath;
  line: number;
  column: number;
}

export interface OutlineStep {
  layer: ProofLayer;
  layerLabel: string;
  effect: ProofStep['effect'];
  effectLabel: string;
  text: string;
  at?: OutlineLocation;
  /** The hop (index in the branch's `hops`) the step is at; absent for the WorkSpaces subnet's own layers. */
  hop?: number;
}

/** One hop past the route, with the place it is written. */
export interface OutlineHop {
  kind: string;
  id: string;
  vpcId?: string;
  text: string;
  at?: OutlineLocation;
}

export interface OutlineBranch {
  addresses: string;
  /** The CIDR blocks shown, and a phrase for the ones left out ("12 more blocks"), if any. */
  cidrs: string[];
  moreCidrs?: string;
  /** The next hop ("igw-0a1b") or "no route". */
  target: string;
  targetKind?: string;
  outcome: ProofBranch['outcome'];
  /** "open", "dropped at the Network ACL", "unverified". */
  outcomeLabel: string;
  droppedBy?: ProofLayer;
  /** The first route step, where the branch's route is written. */
  routeAt?: OutlineLocation;
  steps: OutlineStep[];
  /** The chain past the route, when the path was followed further. */
  hops?: OutlineHop[];
}

export interface OutlinePart {
  /** Stable within a report: `egress-4-subnet-0a…` (for anchors). */
  id: string;
  heading: string;
  direction: ProofPart['direction'];
  family: ProofPart['family'];
  subnetIds: string[];
  vpcId?: string;
  verdict: Verdict;
  verdictLabel: string;
  text: string;
  branches: OutlineBranch[];
}

export interface ProofOutline {
  parts: OutlinePart[];
  /** One line per VPC: its id, CIDRs and subnets. */
  vpcs: string[];
  assumptions: OutlineStep[];
}

function locationOf(step: Pick<ProofStep, 'file' | 'path' | 'line' | 'column'>): OutlineLocation | undefined {
  if (step.file === undefined || step.line === undefined) return undefined;
  return { file: step.file, path: step.path ?? [], line: step.line, column: step.column ?? 1 };
}

function outlineStep(step: ProofStep, lang: Lang): OutlineStep {
  const at = locationOf(step);
  return {
    layer: step.layer,
    layerLabel: LAYER_LABEL[step.layer][lang],
    effect: step.effect,
    effectLabel: EFFECT_LABEL[step.effect][lang],
    text: step.text,
    ...(at ? { at } : {}),
    ...(step.hop !== undefined ? { hop: step.hop } : {}),
  };
}

function outlineHop(hop: ProofHop): OutlineHop {
  const at = locationOf(hop);
  return { kind: hop.kind, id: hop.id, ...(hop.vpcId ? { vpcId: hop.vpcId } : {}), text: hop.text, ...(at ? { at } : {}) };
}

/** "open", "dropped at the Network ACL", "unverified". */
export function outcomeLabel(branch: Pick<ProofBranch, 'outcome' | 'droppedBy'>, lang: Lang): string {
  if (branch.outcome === 'dropped' && branch.droppedBy) return droppedAtText(branch.droppedBy, lang);
  return OUTCOME_LABEL[branch.outcome][lang];
}

function outlineBranch(branch: ProofBranch, lang: Lang): OutlineBranch {
  const hidden = branch.blockCount - branch.cidrs.length;
  const routeStep = branch.steps.find((step) => step.layer === 'route');
  const routeAt = routeStep ? locationOf(routeStep) : undefined;
  return {
    addresses: branch.addresses,
    cidrs: [...branch.cidrs],
    ...(hidden > 0 ? { moreCidrs: reportText('more', lang, { count: hidden.toLocaleString(lang) }) } : {}),
    target: branch.target ? branch.target.id : reportText('noRoute', lang),
    ...(branch.target ? { targetKind: branch.target.kind } : {}),
    outcome: branch.outcome,
    outcomeLabel: outcomeLabel(branch, lang),
    ...(branch.droppedBy ? { droppedBy: branch.droppedBy } : {}),
    ...(routeAt ? { routeAt } : {}),
    steps: branch.steps.map((step) => outlineStep(step, lang)),
    ...(branch.hops ? { hops: branch.hops.map(outlineHop) } : {}),
  };
}

/** The heading of a part: "IPv4 egress from subnet-0a, subnet-0b". */
export function partHeading(part: Pick<ProofPart, 'direction' | 'family' | 'subnetIds'>, lang: Lang): string {
  const subnets = part.subnetIds.length > 0 ? part.subnetIds.join(', ') : reportText('noSubnets', lang);
  return reportText(part.direction === 'egress' ? 'partEgress' : 'partIngress', lang, { family: part.family, subnets });
}

/** The proof as an outline in one language; ids of parts are unique even when two parts look alike. */
export function outlineProof(proof: Proof, lang: Lang): ProofOutline {
  const used = new Map<string, number>();
  const parts = proof.parts.map((part): OutlinePart => {
    const base = `${part.direction}-${part.family}-${part.subnetIds[0] ?? 'none'}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return {
      id: seen === 0 ? base : `${base}-${seen + 1}`,
      heading: partHeading(part, lang),
      direction: part.direction,
      family: part.family,
      subnetIds: [...part.subnetIds],
      ...(part.vpcId ? { vpcId: part.vpcId } : {}),
      verdict: part.verdict,
      verdictLabel: VERDICT_LABEL[part.verdict][lang],
      text: part.text,
      branches: part.branches.map((branch) => outlineBranch(branch, lang)),
    };
  });
  const vpcs = proof.vpcs.map((vpc) =>
    reportText(vpc.workspaces ? 'vpcWorkspaces' : 'vpc', lang, {
      id: vpc.id,
      cidrs: vpc.cidrs.join(', '),
      subnets: vpc.subnetIds.length > 0 ? vpc.subnetIds.join(', ') : reportText('noSubnets', lang),
    }),
  );
  return { parts, vpcs, assumptions: proof.assumptions.map((step) => outlineStep(step, lang)) };
}
