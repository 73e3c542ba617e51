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
