/**
 * The proof a fix must pass: run its commands (parsed back from the text a reader would paste)
 * on the documents, validate again, and check that the finding is gone, that no error finding
 * appeared and that the verdict is no worse. Findings are matched by what they point at (a route
 * by its table and destination, an entry by its ACL, direction and number, a rule by its group,
 * protocol, ports and CIDR), not by array index: a deleted route moves every later one up.
 */
import { applyFix } from '../../validators/fix/apply.ts';
import { parseCommand, splitShell } from '../../validators/fix/command.ts';
import type { FixOperation } from '../../validators/fix/operations.ts';
import { ROUTE_TARGET_FIELDS } from '../../validators/input/kinds/route-tables.ts';
import { protocolNumber } from '../../validators/input/read-context.ts';
import { isAddressError, parseCidr } from '../../validators/net/address.ts';
import { validate, type Context, type Finding, type InputDocument, type Report, type Verdict } from '../../validators/index.ts';

/** The AWS CLI commands of a finding's fix; undefined when it has none or its fix is edits of a template or plan. */
export function commandsOf(finding: Finding | undefined): string[] | undefined {
  return finding?.fix?.language === 'aws-cli' ? finding.fix.commands : undefined;
}

/** The operations of command lines, as the engine's parser reads them; throws on a line it cannot read. */
export function operationsOf(text: string): FixOperation[] {
  return splitShell(text).map(({ words, line }) => {
    const parsed = parseCommand(words);
    if (!parsed.ok) throw new Error(`line ${line}: ${parsed.error}`);
    return parsed.operation;
  });
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const ID_KEYS = ['RouteTableId', 'NetworkAclId', 'GroupId', 'SubnetId', 'VpcId'] as const;

const canonical = (text: unknown) => {
  const parsed = typeof text === 'string' ? parseCidr(text) : undefined;
  return parsed && !isAddressError(parsed) ? parsed.canonical : String(text);
};

const PARSED = new Map<string, unknown>();

/** A document's JSON, parsed once (every finding of a report asks). */
function parsedText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (!PARSED.has(text)) {
    if (PARSED.size > 256) PARSED.clear();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    PARSED.set(text, value);
  }
  return PARSED.get(text);
}

/** What a finding points at, independent of where in the arrays it is. */
export function subjectOf(documents: readonly InputDocument[], finding: Finding): string {
  const fallback = `${finding.file}#${JSON.stringify(finding.path)}`;
  const value = parsedText(documents.find((document) => document.name === finding.file)?.text);
  if (value === undefined) return fallback;
  const parts: string[] = [finding.file];
  let current: unknown = value;
  let parentKey: string | number | undefined;
  for (const segment of finding.path) {
    const next = Array.isArray(current) || isObject(current) ? (current as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number' && isObject(next)) {
      if (parentKey === 'Routes') {
        const destination = next.DestinationCidrBlock ?? next.DestinationIpv6CidrBlock ?? next.DestinationPrefixListId;
        const target = ROUTE_TARGET_FIELDS.map((field) => next[field]).find((id) => typeof id === 'string');
        // The path rules report one finding per table, next hop and direction, at whichever of its routes comes first
        // (in whichever version of a table pasted twice).
        if (finding.ruleId.startsWith('path-')) return [...parts.slice(1), `target:${String(target)}`].join('/');
        parts.push(`route:${canonical(destination)}`);
      } else if (parentKey === 'Entries') {
        parts.push(`entry:${String(next.Egress)}:${String(next.RuleNumber)}:${next.Ipv6CidrBlock === undefined ? 4 : 6}`);
      } else if (parentKey === 'IpPermissions' || parentKey === 'IpPermissionsEgress') {
        const protocol = typeof next.IpProtocol === 'string' || typeof next.IpProtocol === 'number' ? protocolNumber(next.IpProtocol) : undefined;
        parts.push(`${parentKey}:${String(protocol)}:${String(next.FromPort)}:${String(next.ToPort)}`);
      } else if (parentKey === 'IpRanges' || parentKey === 'Ipv6Ranges') {
        parts.push(`cidr:${canonical(next.CidrIp ?? next.CidrIpv6)}`);
      } else if (parentKey === 'PropagatingVgws') {
        parts.push(`vgw:${String(next.GatewayId)}`);
      } else {
        const id = ID_KEYS.map((key) => next[key]).find((candidate) => typeof candidate === 'string');
        parts.push(id === undefined ? String(segment) : `id:${String(id)}`);
      }
    } else {
      parts.push(String(segment));
    }
    parentKey = segment;
    current = next;
  }
  return parts.join('/');
}

function counts(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

const RANK: Record<Verdict, number> = { closed: 0, unverified: 1, open: 2 };

export interface FixOutcome {
  /** Why the fix fails its proof; empty when it passes. */
  problems: string[];
  after: Report;
  documents: InputDocument[];
}

/**
 * Applies a finding's fix (its commands, parsed) to the documents and re-validates: the finding
 * must be gone, no error finding may point at something no error pointed at before, and the
 * verdict may only get better (open → unverified or closed, unverified → closed).
 */
export function proveFix(documents: readonly InputDocument[], context: Context | undefined, before: Report, finding: Finding, operations?: FixOperation[]): FixOutcome {
  const problems: string[] = [];
  const ops = operations ?? operationsOf((commandsOf(finding) ?? []).join('\n'));
  const applied = applyFix(documents, ops);
  problems.push(...applied.errors.map((error) => `AWS would refuse a command: ${error}`));
  const after = validate(applied.documents, context);
  // Counted, not just matched: two findings can point at one place (an ACL printed without its default rules).
  const key = (other: Finding, docs: readonly InputDocument[]) => `${other.ruleId} ${other.messageId} ${subjectOf(docs, other)}`;
  const own = key(finding, documents);
  const still = after.findings.filter((other) => key(other, applied.documents) === own);
  if (still.length >= before.findings.filter((other) => key(other, documents) === own).length) problems.push(`the finding is still there: ${still[0]?.message}`);
  const errorKey = (other: Finding, docs: readonly InputDocument[]) => `${other.ruleId} ${subjectOf(docs, other)}`;
  const errorsBefore = counts(before.findings.filter((other) => other.severity === 'error').map((other) => errorKey(other, documents)));
  const errorsAfter = counts(after.findings.filter((other) => other.severity === 'error').map((other) => errorKey(other, applied.documents)));
  for (const [place, count] of errorsAfter) {
    if (count > (errorsBefore.get(place) ?? 0)) problems.push(`a new error: ${after.findings.find((other) => other.severity === 'error' && errorKey(other, applied.documents) === place)?.message}`);
  }
  if (RANK[after.verdict] > RANK[before.verdict]) problems.push(`the verdict got worse: ${before.verdict} → ${after.verdict}`);
  return { problems, after, documents: applied.documents };
}
