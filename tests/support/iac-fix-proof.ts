/**
 * The proof of fixes written as edits of a CloudFormation template or a Terraform plan: the same
 * operations the engine attaches to the findings (plan.ts), as fix/iac.ts writes them, applied as
 * the document changes each edit carries to the template (YAML read as the engine reads it, written
 * back as JSON) or to the plan; then validated again. The finding must be gone, no error finding
 * may appear that was not there, and the verdict may only get better.
 */
import { Analysis } from '../../validators/analysis/analysis.ts';
import { iacFix, type DocumentChange, type IacFix } from '../../validators/fix/iac.ts';
import { cloudFormationTag } from '../../validators/input/iac/cloudformation/kind.ts';
import { readDocuments } from '../../validators/input/read.ts';
import { parseYaml } from '../../validators/input/yaml-text.ts';
import { RULES, validate, type Context, type Finding, type InputDocument, type Report, type Verdict } from '../../validators/index.ts';

type Json = unknown;

/** One finding's fix as the renderer wrote it, and what validating after its edits showed. */
export interface IacFixOutcome {
  finding: Finding;
  fix: IacFix;
  /** Why the fix fails its proof; empty when it passes (or when it has no edits to apply). */
  problems: string[];
  after?: Report;
  documents?: InputDocument[];
}

const RANK: Record<Verdict, number> = { closed: 0, unverified: 1, open: 2 };

function parsed(text: string): Json {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return JSON.parse(text);
  const yaml = parseYaml(text, cloudFormationTag);
  if (!yaml.ok) throw new Error(`not YAML: ${yaml.message.en}`);
  return structuredClone(yaml.value);
}

/** The container a path leads to and the last step, or throws when the path is not in the document. */
function parentOf(root: Json, path: readonly (string | number)[]): { container: Record<string | number, Json>; key: string | number } {
  let current = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) {
    const next = current?.[step];
    if (typeof next !== 'object' || next === null) throw new Error(`no ${JSON.stringify(path)} in the document`);
    current = next as Record<string | number, Json>;
  }
  return { container: current, key: path[path.length - 1] as string | number };
}

/** A block of planned values as the configuration writes it: every attribute a constant. */
const constants = (block: Json): Json => (typeof block === 'object' && block !== null && !Array.isArray(block) ? Object.fromEntries(Object.entries(block).map(([key, item]) => [key, { constant_value: item }])) : { constant_value: block });

/**
 * What Terraform plans once the configuration is edited as the changes say: what an edit writes is
 * known at plan time (out of `after_unknown`) and written in the configuration as constants; a
 * block or list element removed goes from both too. Blocks are matched by position, as the plans
 * of these tests write them. Removals go last, highest position first.
 */
function followInPlan(root: Json, changes: readonly DocumentChange[]): void {
  const plan = root as { resource_changes?: { address?: string; change?: { after_unknown?: Record<string, Json> } }[]; configuration?: { root_module?: { resources?: { address?: string; expressions?: Record<string, Json> }[] } } };
  const removals: (() => void)[] = [];
  const ordered = [...changes].sort((a, b) => (a.op === 'remove' && b.op === 'remove' ? Number(b.path[b.path.length - 1]) - Number(a.path[a.path.length - 1]) : 0));
  for (const change of ordered) {
    const at = change.path.lastIndexOf('values');
    const attribute = change.path[at + 1];
    if (change.path[0] !== 'planned_values' || at < 0 || typeof attribute !== 'string') continue;
    const resource = parentOf(root, change.path.slice(0, at + 1)).container as { address?: string };
    const unknown = plan.resource_changes?.find((entry) => entry.address === resource.address)?.change?.after_unknown;
    const expressions = (plan.configuration?.root_module?.resources ?? []).find((candidate) => candidate.address === resource.address?.replace(/\[[^\]]*\]$/, ''))?.expressions;
    const rest = change.path.slice(at + 2);
    const [index, inner, element] = rest;
    if (rest.length === 0) {
      // A whole attribute set: known and written.
      if (unknown) delete unknown[attribute];
      if (expressions && change.op === 'set') expressions[attribute] = constants(change.value);
      if (expressions && change.op === 'append') expressions[attribute] = [...(Array.isArray(expressions[attribute]) ? (expressions[attribute] as Json[]) : []), constants(change.value)];
      if (unknown && change.op === 'append' && Array.isArray(unknown[attribute])) (unknown[attribute] as Json[]).push({});
      continue;
    }
    if (typeof index !== 'number') continue;
    const lists = [unknown?.[attribute], expressions?.[attribute]];
    if (rest.length === 1 && change.op === 'set') {
      if (Array.isArray(lists[0])) (lists[0] as Json[])[index] = {};
      if (Array.isArray(lists[1])) (lists[1] as Json[])[index] = constants(change.value);
    } else if (rest.length === 1 && change.op === 'remove') {
      removals.push(() => lists.forEach((list) => Array.isArray(list) && list.splice(index, 1)));
    } else if (rest.length === 3 && change.op === 'remove' && typeof inner === 'string' && typeof element === 'number') {
      // One element of a list inside a block (a CIDR of `cidr_blocks`).
      const written = Array.isArray(lists[1]) ? ((lists[1] as Json[])[index] as Record<string, { constant_value?: Json[] }> | undefined)?.[inner] : undefined;
      if (Array.isArray(written?.constant_value)) removals.push(() => written.constant_value?.splice(element, 1));
    }
    if (rest.length === 1 && change.op === 'remove' && typeof attribute === 'string' && typeof index === 'number' && !Array.isArray(lists[1]) && expressions) {
      // A list attribute written as a constant (`cidr_blocks` of a rule resource).
      const written = expressions[attribute] as { constant_value?: Json[] } | undefined;
      if (Array.isArray(written?.constant_value)) removals.push(() => written.constant_value?.splice(index, 1));
    }
  }
  for (const removal of removals) removal();
}

/** Applies the changes: sets and appends first (they move nothing), then every removal against the arrays as they were. */
export function applyChanges(root: Json, changes: readonly DocumentChange[]): Json {
  const removed = new Map<object, Set<string | number>>();
  for (const change of changes) {
    const { container, key } = parentOf(root, change.path);
    if (change.op === 'set') container[key] = structuredClone(change.value);
    else if (change.op === 'append') {
      if (!Array.isArray(container[key])) container[key] = [];
      (container[key] as Json[]).push(structuredClone(change.value));
    } else {
      if (!(key in container)) throw new Error(`nothing to remove at ${JSON.stringify(change.path)}`);
      const keys = removed.get(container) ?? new Set();
      keys.add(key);
      removed.set(container, keys);
    }
  }
  // A Terraform resource instance removed from the planned values has no change left in the plan either.
  const addresses = new Set<string>();
  for (const [container, keys] of removed) {
    for (const key of keys) {
      const value = (container as Record<string | number, Json>)[key] as { address?: unknown } | undefined;
      if (typeof value?.address === 'string' && Array.isArray(container)) addresses.add(value.address);
    }
  }
  followInPlan(root, changes);
  for (const [container, keys] of removed) {
    if (Array.isArray(container)) {
      const kept = container.filter((_, index) => !keys.has(index));
      container.splice(0, container.length, ...kept);
    } else for (const key of keys) delete (container as Record<string | number, Json>)[key];
  }
  // Its change becomes a deletion when the state holds it (as Terraform plans it), and goes when the plan was to create it.
  const plan = root as { resource_changes?: { address?: string; change?: Record<string, Json> }[]; prior_state?: Json };
  const prior = JSON.stringify(plan.prior_state ?? {});
  if (addresses.size > 0 && Array.isArray(plan.resource_changes)) {
    plan.resource_changes = plan.resource_changes
      .filter((change) => !addresses.has(change.address ?? '') || prior.includes(`"address":${JSON.stringify(change.address)}`))
      .map((change) => (addresses.has(change.address ?? '') ? { ...change, change: { ...change.change, actions: ['delete'], after: null, after_unknown: {} } } : change));
  }
  return root;
}

/** An array element by what it is: a Terraform instance by its address, an ACL entry block by its number, anything else by its content. */
function itemSubject(item: Record<string, Json>): string {
  if (typeof item.address === 'string') return item.address;
  if (typeof item.rule_no === 'number') return `rule_no:${item.rule_no}`;
  return JSON.stringify(item);
}

/**
 * What a finding points at, independent of array positions a removal shifts: a Terraform resource
 * instance by its address, a template resource by its logical id (a key already). The path rules
 * report one finding per table, next hop and direction, at whichever of its routes comes first:
 * they are matched by the table and next hop their data names.
 * As in fix-proof.ts, a finding is its rule, message id and subject; an error its rule and subject.
 */
function subjectOf(documents: readonly InputDocument[], finding: Finding): string {
  if (finding.ruleId.startsWith('path-')) return `${finding.file} table:${String(finding.data.table ?? '')} target:${String(finding.data.target ?? '')}`;
  const text = documents.find((document) => document.name === finding.file)?.text;
  let current: Json = text === undefined ? undefined : parsed(text);
  const steps: string[] = [];
  for (const step of finding.path) {
    const next = typeof current === 'object' && current !== null ? (current as Record<string | number, Json>)[step] : undefined;
    steps.push(typeof step === 'number' && typeof next === 'object' && next !== null ? itemSubject(next as Record<string, Json>) : String(step));
    current = next;
  }
  return `${finding.file} ${steps.join('/')}`;
}

/**
 * Every fix the engine writes as template or plan edits for these documents, each proven on its
 * own: its edits applied to the document it names, then validated again.
 */
export function proveIacFixes(documents: readonly InputDocument[], context?: Context): IacFixOutcome[] {
  const before = validate(documents, context);
  const { resources, problems, locators } = readDocuments([...documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  const analysis = new Analysis(resources, problems, context);
  const outcomes: IacFixOutcome[] = [];
  for (const rule of RULES) {
    for (const report of rule.check(analysis)) {
      if (!report.fix) continue;
      const fix = iacFix(analysis, report.fix, { isYaml: (file) => locators.has(file) });
      if (!fix) continue;
      const finding = before.findings.find((candidate) => candidate.ruleId === rule.id && candidate.messageId === report.messageId && candidate.file === report.at.file && JSON.stringify(candidate.path) === JSON.stringify(report.at.path));
      if (!finding) throw new Error(`no finding of ${rule.id} at ${JSON.stringify(report.at.path)}`);
      if (fix.edits.length === 0) {
        outcomes.push({ finding, fix, problems: [] });
        continue;
      }
      const changed = documents.map((document) => (document.name === fix.file ? { name: document.name, text: JSON.stringify(applyChanges(parsed(document.text), fix.edits.flatMap((edit) => edit.changes)), null, 2) } : document));
      const after = validate(changed, context);
      const fails: string[] = [];
      const own = `${finding.ruleId} ${finding.messageId} ${subjectOf(documents, finding)}`;
      if (after.findings.some((other) => `${other.ruleId} ${other.messageId} ${subjectOf(changed, other)}` === own)) fails.push(`the finding is still there: ${finding.message}`);
      const errors = new Set(before.findings.filter((other) => other.severity === 'error').map((other) => `${other.ruleId} ${subjectOf(documents, other)}`));
      for (const other of after.findings) if (other.severity === 'error' && !errors.has(`${other.ruleId} ${subjectOf(changed, other)}`)) fails.push(`a new error: ${other.ruleId} ${other.message}`);
      if (RANK[after.verdict] > RANK[before.verdict]) fails.push(`the verdict got worse: ${before.verdict} → ${after.verdict}`);
      outcomes.push({ finding, fix, problems: fails, after, documents: changed });
    }
  }
  return outcomes;
}
