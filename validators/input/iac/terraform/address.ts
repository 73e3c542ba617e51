/**
 * Terraform addresses and references as a plan prints them (`module.vpc["a"].aws_route.x[0]`,
 * `aws_route_table.private[0].id`, `module.vpc.natgw_ids`, `var.cidr`), read by one linear scan.
 * A string that is not an address or a reference is reported as such (undefined), never thrown.
 */

/** One step of a traversal: `.name` or `[key]`. */
export type Step = { name: string } | { key: string | number };

/** Reads `a.b["c"][0].d` into steps; undefined when the text is not such a traversal. */
export function traversal(text: string): Step[] | undefined {
  const steps: Step[] = [];
  let index = 0;
  const length = text.length;
  const isNameChar = (char: string) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || char === '_' || char === '-';
  while (index < length) {
    const char = text[index] as string;
    if (char === '[') {
      index++;
      if (text[index] === '"') {
        // A string key, with JSON escapes (`\"`, `\\`).
        index++;
        let key = '';
        while (index < length && text[index] !== '"') {
          if (text[index] === '\\' && index + 1 < length) index++;
          key += text[index];
          index++;
        }
        if (text[index] !== '"' || text[index + 1] !== ']') return undefined;
        index += 2;
        steps.push({ key });
      } else {
        const start = index;
        while (index < length && text[index] !== ']') index++;
        const digits = text.slice(start, index);
        if (text[index] !== ']' || !/^\d{1,9}$/.test(digits)) return undefined;
        index++;
        steps.push({ key: Number(digits) });
      }
      continue;
    }
    if (char === '.') {
      if (steps.length === 0) return undefined;
      index++;
    } else if (steps.length > 0) {
      return undefined;
    }
    const start = index;
    while (index < length && isNameChar(text[index] as string)) index++;
    if (index === start) return undefined;
    steps.push({ name: text.slice(start, index) });
  }
  return steps.length > 0 ? steps : undefined;
}

/** How Terraform prints an instance key: `[0]` or `["a"]`. */
export function keyText(key: string | number | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** One module call of a module instance path, with its instance key when the call has count or for_each. */
export interface ModuleStep {
  call: string;
  key?: string | number;
}

/** `module.a["x"].module.b` → its steps; `''` (the root module) → []. */
export function moduleSteps(address: string): ModuleStep[] | undefined {
  if (address === '') return [];
  const steps = traversal(address);
  if (!steps) return undefined;
  const out: ModuleStep[] = [];
  for (let index = 0; index < steps.length; ) {
    const word = steps[index];
    const call = steps[index + 1];
    if (!word || !('name' in word) || word.name !== 'module' || !call || !('name' in call)) return undefined;
    const next = steps[index + 2];
    if (next && 'key' in next) {
      out.push({ call: call.name, key: next.key });
      index += 3;
    } else {
      out.push({ call: call.name });
      index += 2;
    }
  }
  return out;
}

/** The module instance address of steps (`module.a["x"].module.b`). */
export function moduleAddress(steps: readonly ModuleStep[]): string {
  return steps.map((step) => `module.${step.call}${keyText(step.key)}`).join('.');
}

/** What a reference in a module's configuration names. */
export type Reference =
  /** A resource (all its instances) or one instance, and the attribute read from it. */
  | { kind: 'resource'; mode: 'managed' | 'data'; type: string; name: string; key?: string | number; attribute?: string; base: string }
  /** An output of a child module call (`module.vpc.vpc_id`), of one instance or of all. */
  | { kind: 'module'; call: string; key?: string | number; output?: string; base: string }
  /** An input variable of the module. */
  | { kind: 'variable'; name: string; base: string }
  /** Something the configuration representation does not expand: a local value, `each.value`, a splat of unknown shape. */
  | { kind: 'opaque'; base: string }
  /** `count.index`, `each.key`, `path.*`, `terraform.*`: selectors and constants, never a resource id. */
  | { kind: 'selector'; base: string };

const SELECTORS: ReadonlySet<string> = new Set(['count', 'path', 'terraform']);

/** Reads one reference string of a configuration expression; `base` groups a reference with the shorter ones Terraform lists after it. */
export function parseReference(text: string): Reference {
  const steps = traversal(text);
  const first = steps?.[0];
  if (!steps || !first || !('name' in first)) return { kind: 'opaque', base: text };
  const nameAt = (index: number) => {
    const step = steps[index];
    return step && 'name' in step ? step.name : undefined;
  };
  const keyAt = (index: number) => {
    const step = steps[index];
    return step && 'key' in step ? step.key : undefined;
  };
  const head = first.name;
  if (SELECTORS.has(head)) return { kind: 'selector', base: head };
  if (head === 'each') return nameAt(1) === 'key' ? { kind: 'selector', base: 'each.key' } : { kind: 'opaque', base: 'each.value' };
  if (head === 'self' || head === 'local') return { kind: 'opaque', base: `${head}.${nameAt(1) ?? ''}` };
  if (head === 'var') {
    const name = nameAt(1);
    return name ? { kind: 'variable', name, base: `var.${name}` } : { kind: 'opaque', base: text };
  }
  if (head === 'module') {
    const call = nameAt(1);
    if (!call) return { kind: 'opaque', base: text };
    const key = keyAt(2);
    const output = nameAt(key === undefined ? 2 : 3);
    return { kind: 'module', call, base: `module.${call}`, ...(key !== undefined ? { key } : {}), ...(output ? { output } : {}) };
  }
  const data = head === 'data';
  const offset = data ? 1 : 0;
  const type = nameAt(offset);
  const name = nameAt(offset + 1);
  if (!type || !name) return { kind: 'opaque', base: text };
  const key = keyAt(offset + 2);
  const attribute = nameAt(offset + (key === undefined ? 2 : 3));
  return { kind: 'resource', mode: data ? 'data' : 'managed', type, name, base: `${data ? 'data.' : ''}${type}.${name}`, ...(key !== undefined ? { key } : {}), ...(attribute ? { attribute } : {}) };
}

/** How specific a reference is: an instance key and an attribute each make it more so. */
function specificity(reference: Reference): number {
  if (reference.kind === 'resource') return (reference.key !== undefined ? 2 : 0) + (reference.attribute ? 1 : 0);
  if (reference.kind === 'module') return (reference.key !== undefined ? 2 : 0) + (reference.output ? 1 : 0);
  return 0;
}

/** True when `wider` names everything `narrower` names and more (`aws_vpc.this` ⊇ `aws_vpc.this[0].id`). */
function covers(wider: Reference, narrower: Reference): boolean {
  if (wider.kind === 'resource' && narrower.kind === 'resource') {
    return (wider.key === undefined || wider.key === narrower.key) && (wider.attribute === undefined || wider.attribute === narrower.attribute);
  }
  if (wider.kind === 'module' && narrower.kind === 'module') {
    return (wider.key === undefined || wider.key === narrower.key) && (wider.output === undefined || wider.output === narrower.output);
  }
  return wider.base === narrower.base;
}

/**
 * The references of one expression, without the shorter ones Terraform lists after each
 * (`aws_vpc.this[0].id`, `aws_vpc.this[0]`, `aws_vpc.this` → the first only).
 */
export function distinctReferences(texts: readonly unknown[]): Reference[] {
  const parsed = [...new Set(texts.filter((text): text is string => typeof text === 'string'))].map(parseReference);
  const byBase = new Map<string, Reference[]>();
  for (const reference of parsed) {
    const group = byBase.get(reference.base);
    if (group) group.push(reference);
    else byBase.set(reference.base, [reference]);
  }
  const kept: Reference[] = [];
  for (const group of byBase.values()) {
    const sorted = [...group].sort((a, b) => specificity(b) - specificity(a));
    const chosen: Reference[] = [];
    for (const reference of sorted) if (!chosen.some((other) => covers(reference, other))) chosen.push(reference);
    kept.push(...chosen);
  }
  return kept;
}
