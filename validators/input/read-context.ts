/**
 * What every input kind's reader is handed: where problems go, shape checks with a path per
 * issue, a cache of parsed CIDRs, and the registry of resource ids that tells a verbatim copy
 * from a conflicting version. Nothing here throws on input.
 */
import type { ZodType } from 'zod';
import { describeValue, isAddressError, parseAddress, parseCidr, type Cidr, type Family } from '../net/address.ts';
import { RESOURCE_COLLECTIONS, type Resources } from '../model.ts';
import type { InputMessageIds, InputRuleId } from '../rules/input.ts';
import type { RuleReport } from '../rules/rule.ts';
import type { JsonPath, Localized, Location } from '../types.ts';
import { compileFastCheck } from './fast-check.ts';

/** A problem found while reading, for the `input-*` rule named by `ruleId`, with one of that rule's message ids. */
export type InputProblem = { [R in InputRuleId]: { ruleId: R; report: RuleReport<InputMessageIds[R]> } }[InputRuleId];

/** A JSON object as parsed. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` has `key` as its own property (never one of Object.prototype's). */
export const has = (value: Json, key: string): boolean => Object.hasOwn(value, key);

/** True when `value` has any of `keys` as its own property. */
export const hasAny = (value: Json, keys: readonly string[]): boolean => keys.some((key) => Object.hasOwn(value, key));

/** Names of JSON types in messages. */
export const TYPE_NAMES = {
  string: { en: 'a string', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  int: { en: 'an integer', ja: '整数' },
  integer: { en: 'an integer', ja: '整数' },
  boolean: { en: 'a boolean', ja: '真偽値' },
  array: { en: 'an array', ja: '配列' },
  object: { en: 'an object', ja: 'オブジェクト' },
} satisfies Record<string, Localized>;

const FAST_CHECKS = new WeakMap<ZodType, (value: unknown) => boolean>();

/** The compiled fast path of a schema (compiled once). */
function fastCheckOf(schema: ZodType): (value: unknown) => boolean {
  let check = FAST_CHECKS.get(schema);
  if (!check) {
    check = compileFastCheck(schema);
    FAST_CHECKS.set(schema, check);
  }
  return check;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Literal text queued between the values `canonicalJson` still has to write. */
class Punctuation {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/**
 * JSON text of a value with object keys sorted, so two copies of a resource compare equal
 * whatever order their keys were printed in. Iterative: pasted values can nest deeply.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Punctuation) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      out.push('[');
      stack.push(new Punctuation(']'));
      for (let index = item.length - 1; index >= 0; index--) {
        stack.push(item[index]);
        if (index > 0) stack.push(new Punctuation(','));
      }
    } else if (typeof item === 'object' && item !== null) {
      out.push('{');
      const keys = Object.keys(item).sort();
      stack.push(new Punctuation('}'));
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        stack.push((item as Record<string, unknown>)[key]);
        stack.push(new Punctuation(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`));
      }
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  }
  return out.join('');
}

/** An empty model: what the readers fill. */
export function emptyResources(): Resources {
  const collections = Object.fromEntries(RESOURCE_COLLECTIONS.map((name) => [name, []])) as unknown as Pick<Resources, (typeof RESOURCE_COLLECTIONS)[number]>;
  return { ...collections, windows: [], documents: [], conflicted: new Set(), collectedRegions: [] };
}

export class ReadContext {
  readonly resources: Resources = emptyResources();
  readonly problems: InputProblem[] = [];
  /** Where each resource id was first defined, with the item itself, to tell a copy from a conflicting version. */
  /** Every distinct version of each resource read so far: the first one's place, and each version's canonical JSON with its place. */
  private readonly seen = new Map<string, { at: Location; item: unknown; canonical?: string; conflictReported: boolean; versions?: Map<string, Location> }>();
  /** Parsed CIDR texts per expected family: a large account repeats the same blocks everywhere. */
  private readonly cidrs: Record<Family | 0, Map<string, ReturnType<typeof parseCidr>>> = { 0: new Map(), 4: new Map(), 6: new Map() };

  /** Reports a problem for one of the `input-*` rules (at another severity than the rule's, when given). */
  problem<R extends InputRuleId>(ruleId: R, messageId: InputMessageIds[R], at: RuleReport['at'], data?: RuleReport['data'], localizedData?: RuleReport['localizedData'], severity?: RuleReport['severity']): void {
    this.problems.push({ ruleId, report: { messageId, at, ...(data ? { data } : {}), ...(localizedData ? { localizedData } : {}), ...(severity ? { severity } : {}) } } as InputProblem);
  }

  /** Validates `value` against a shape; reports every issue at its own path. */
  check<T>(schema: ZodType<T>, value: unknown, file: string, path: JsonPath): T | undefined {
    if (fastCheckOf(schema)(value)) return value as T;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
      const field = issuePath.length > 0 ? issuePath.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, '') : 'value';
      const actual = valueAt(value, issuePath);
      if (actual === undefined) {
        this.problem('input-field', 'missing', { file, path: [...path, ...issuePath] }, { field });
      } else if (typeof actual === 'number' && (!Number.isFinite(actual) || (Number.isInteger(actual) && !Number.isSafeInteger(actual)))) {
        // 1e309 reads as Infinity and 2^53 + 1 as 2^53: the number written is not the number read.
        this.problem('input-value', Number.isFinite(actual) ? 'unsafeInteger' : 'infiniteNumber', { file, path: [...path, ...issuePath] }, { field, actual: String(actual) });
      } else {
        const expected = issue.code === 'invalid_type' ? ((Object.hasOwn(TYPE_NAMES, String(issue.expected)) ? (TYPE_NAMES as Record<string, Localized>)[String(issue.expected)] : undefined) ?? { en: String(issue.expected), ja: String(issue.expected) }) : { en: issue.message, ja: issue.message };
        this.problem('input-field', 'wrongType', { file, path: [...path, ...issuePath] }, { field }, { expected, actual: describeValue(actual) });
      }
    }
    return undefined;
  }

  private parseCidr(text: unknown, family?: Family): ReturnType<typeof parseCidr> {
    if (typeof text !== 'string') return parseCidr(text, family);
    const known = this.cidrs[family ?? 0];
    let parsed = known.get(text);
    if (!parsed) {
      parsed = parseCidr(text, family);
      known.set(text, parsed);
    }
    return parsed;
  }

  /** The CIDR at `parent[key]`, or undefined with a finding there; the path is built only when there is something to report. */
  cidrAt(file: string, text: unknown, parent: JsonPath, key: string | number, family?: Family): Cidr | undefined {
    const parsed = this.parseCidr(text, family);
    if (isAddressError(parsed)) {
      this.problem('input-cidr', 'invalid', { file, path: [...parent, key] }, {}, { problem: parsed.error });
      return undefined;
    }
    if (parsed.hostBitsSet) this.problem('input-cidr-host-bits', 'hostBits', { file, path: [...parent, key] }, { cidr: String(text), canonical: parsed.canonical });
    return parsed;
  }

  /** The address at `parent[key]` when it is one of `family`, or undefined with a finding there (`field` names it in the message). */
  addressAt(file: string, text: string, parent: JsonPath, key: string | number, family: Family, field: string): string | undefined {
    const parsed = parseAddress(text.trim());
    if (parsed?.family === family) return text.trim();
    this.problem('input-value', 'address', { file, path: [...parent, key] }, { field, actual: text, family });
    return undefined;
  }

  /**
   * Remembers a resource id. A second, identical copy is reported and skipped; a second definition
   * with other content is a conflict: reported at both places and kept, so the analysis weighs
   * every version and the verdict does not depend on which document came first.
   */
  firstDefinition(id: string, at: Location, kind: string, item: unknown): boolean {
    const key = `${kind}:${id}`;
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, { at, item, conflictReported: false });
      return true;
    }
    earlier.canonical ??= canonicalJson(earlier.item);
    earlier.versions ??= new Map([[earlier.canonical, earlier.at]]);
    // A copy of any version read before is a duplicate, whichever version came first: with three
    // definitions (A, a copy of A, and B) the findings are the same in every order.
    const canonical = canonicalJson(item);
    const same = earlier.versions.get(canonical);
    if (same) {
      this.problem('input-duplicate', 'duplicate', at, { id, file: same.file });
      return false;
    }
    earlier.versions.set(canonical, at);
    this.problem('input-conflict', 'definition', at, { id, file: earlier.at.file });
    if (!earlier.conflictReported) {
      earlier.conflictReported = true;
      this.problem('input-conflict', 'definition', earlier.at, { id, file: at.file });
    }
    this.resources.conflicted.add(`${kind}:${id}`);
    return true;
  }
}

const PROTOCOL_NAMES: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58, all: -1 };

/** IANA number of a protocol as NACLs ("6") or security groups ("tcp") print it; -1 = all. */
export function protocolNumber(value: string | number): number | undefined {
  const text = String(value).trim().toLowerCase();
  // Own names only: `constructor` or `__proto__` would otherwise be found on Object.prototype.
  if (Object.hasOwn(PROTOCOL_NAMES, text)) return PROTOCOL_NAMES[text];
  if (!/^-?\d{1,3}$/.test(text)) return undefined;
  const number = Number(text);
  if (number === -1) return -1;
  return number >= 0 && number <= 255 ? number : undefined;
}

/** A TCP or UDP port number. */
export function validPort(port: number): boolean {
  return Number.isInteger(port) && port >= 0 && port <= 65535;
}
