/**
 * Terraform plans for tests, written the way `terraform show -json` prints them: planned values
 * (UNKNOWN marks what is known only after apply, which the plan leaves out and lists in
 * `after_unknown`), one resource change per instance, a prior state for what exists already, and
 * the configuration with one block per resource (not per instance) in its module.
 * Format: https://developer.hashicorp.com/terraform/internals/json-format
 */

type Json = Record<string, unknown>;

/** A value known only after apply. */
export const UNKNOWN = Symbol('unknown');

/** One resource instance of a plan. */
export interface PlanSpec {
  /** Module instance (`module.vpc`, `module.vpc[0]`, `module.a.module.b`); root when unset. */
  module?: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  /** count or for_each key. */
  index?: number | string;
  /** Planned values; UNKNOWN anywhere marks what is known only after apply. */
  values: Json;
  /** The configuration's expressions for this resource (shared by its instances; the first instance's are used). */
  expressions?: Json;
  /** Other keys of the resource's configuration block (`count_expression`, `depends_on`). */
  config?: Json;
  /** Default: `create` for a managed resource; a data source read when planning has no change (`['read']`: read during apply). */
  actions?: string[];
}

/** A module call's configuration: its arguments and outputs. */
export interface ModuleSpec {
  expressions?: Json;
  outputs?: Record<string, Json>;
}

/** Splits values into what the plan prints and the after_unknown mask. */
function split(value: unknown): { planned: unknown; unknown: unknown } {
  if (value === UNKNOWN) return { planned: null, unknown: true };
  if (Array.isArray(value)) {
    const parts = value.map(split);
    const any = parts.some((part) => part.unknown !== undefined && part.unknown !== false);
    return { planned: parts.map((part) => part.planned), unknown: any ? parts.map((part) => part.unknown ?? false) : undefined };
  }
  if (typeof value === 'object' && value !== null) {
    const planned: Json = {};
    const unknown: Json = {};
    for (const [key, item] of Object.entries(value)) {
      const part = split(item);
      if (part.unknown === true) {
        unknown[key] = true;
        continue;
      }
      planned[key] = part.planned;
      if (part.unknown !== undefined) unknown[key] = part.unknown;
    }
    return { planned, unknown: Object.keys(unknown).length > 0 ? unknown : undefined };
  }
  return { planned: value, unknown: undefined };
}

const keyText = (key: number | string | undefined) => (key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`);

/** The address of an instance. */
export function addressOf(spec: Pick<PlanSpec, 'module' | 'mode' | 'type' | 'name' | 'index'>): string {
  return `${spec.module ? `${spec.module}.` : ''}${spec.mode === 'data' ? 'data.' : ''}${spec.type}.${spec.name}${keyText(spec.index)}`;
}

/** Module call names of a module instance address, instance keys dropped (`module.a[0].module.b` → a, b). */
function callsOf(module: string | undefined): string[] {
  if (!module) return [];
  return module.split(/\.?module\./).filter((part) => part !== '').map((part) => part.replace(/\[.*\]$/, ''));
}

const PROVIDER = 'registry.terraform.io/hashicorp/aws';
/** In the prior state: what exists before the plan (data sources read when planning included). */
const EXISTING = (spec: PlanSpec) => (spec.mode === 'data' ? spec.actions === undefined : (spec.actions ?? ['create']).every((action) => action === 'no-op' || action === 'update'));

/** A whole plan document. `deleted` are instances the plan destroys (in the prior state, not planned). */
export function planDocument(resources: readonly PlanSpec[], options: { modules?: Record<string, ModuleSpec>; deleted?: readonly PlanSpec[]; extra?: Json } = {}): Json {
  // planned_values and prior_state: a tree of module instances.
  const tree = (specs: readonly PlanSpec[]) => {
    const root: Json = { resources: [] as Json[] };
    const modules = new Map<string, Json>();
    const nodeOf = (module: string | undefined): Json => {
      if (!module) return root;
      let node = modules.get(module);
      if (node) return node;
      const parentAddress = module.slice(0, Math.max(0, module.lastIndexOf('.module.')));
      const parent = nodeOf(parentAddress === '' ? undefined : parentAddress);
      node = { address: module, resources: [] };
      ((parent.child_modules ??= []) as Json[]).push(node);
      modules.set(module, node);
      return node;
    };
    for (const spec of specs) {
      const { planned } = split(spec.values);
      (nodeOf(spec.module).resources as Json[]).push({
        address: addressOf(spec),
        mode: spec.mode ?? 'managed',
        type: spec.type,
        name: spec.name,
        ...(spec.index !== undefined ? { index: spec.index } : {}),
        provider_name: PROVIDER,
        schema_version: 0,
        values: planned,
        sensitive_values: {},
      });
    }
    return root;
  };
  const change = (spec: PlanSpec, deleted: boolean) => {
    const { planned, unknown } = split(spec.values);
    const actions = deleted ? ['delete'] : (spec.actions ?? ['create']);
    const existing = deleted || EXISTING(spec);
    return {
      address: addressOf(spec),
      ...(spec.module ? { module_address: spec.module } : {}),
      mode: spec.mode ?? 'managed',
      type: spec.type,
      name: spec.name,
      ...(spec.index !== undefined ? { index: spec.index } : {}),
      provider_name: PROVIDER,
      change: { actions, before: existing ? planned : null, after: deleted ? null : planned, after_unknown: deleted ? {} : (unknown ?? {}), before_sensitive: existing ? {} : false, after_sensitive: deleted ? false : {} },
    };
  };
  // configuration: one block per resource, in its module's call.
  const config: Json = { resources: [] as Json[] };
  const seen = new Set<string>();
  const configModule = (module: string | undefined): Json => {
    let node = config;
    for (const call of callsOf(module)) {
      const calls = (node.module_calls ??= {}) as Record<string, Json>;
      calls[call] ??= { source: `./modules/${call}`, module: { resources: [] } };
      node = (calls[call] as Json).module as Json;
    }
    return node;
  };
  for (const [module, spec] of Object.entries(options.modules ?? {})) {
    const calls = callsOf(module);
    const parent = configModule(module.slice(0, Math.max(0, module.lastIndexOf('.module.'))) || undefined);
    const name = calls[calls.length - 1] as string;
    const callsNode = (parent.module_calls ??= {}) as Record<string, Json>;
    callsNode[name] ??= { source: `./modules/${name}`, module: { resources: [] } };
    const call = callsNode[name] as Json;
    if (spec.expressions) call.expressions = spec.expressions;
    if (spec.outputs) (call.module as Json).outputs = Object.fromEntries(Object.entries(spec.outputs).map(([output, expression]) => [output, { expression }]));
  }
  for (const spec of resources) {
    const local = `${spec.mode === 'data' ? 'data.' : ''}${spec.type}.${spec.name}`;
    const key = `${callsOf(spec.module).join('.')}|${local}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (configModule(spec.module).resources as Json[]).push({ address: local, mode: spec.mode ?? 'managed', type: spec.type, name: spec.name, provider_config_key: spec.module ? `${callsOf(spec.module).join('.')}:aws` : 'aws', expressions: spec.expressions ?? {}, schema_version: 0, ...(spec.config ?? {}) });
  }
  const deleted = options.deleted ?? [];
  const prior = [...resources.filter(EXISTING), ...deleted];
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: tree(resources) },
    resource_changes: [...resources.filter((spec) => spec.mode !== 'data' || spec.actions !== undefined).map((spec) => change(spec, false)), ...deleted.map((spec) => change(spec, true))],
    ...(prior.length > 0 ? { prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: tree(prior) } } } : {}),
    configuration: { provider_config: { aws: { name: 'aws', full_name: PROVIDER } }, root_module: config },
    timestamp: '2026-12-07T01:02:03Z',
    applyable: true,
    complete: true,
    errored: false,
    ...(options.extra ?? {}),
  };
}

/** `{ references: [...] }` for `aws_x.y.id` (with the shorter forms Terraform lists after it). */
export function refs(...targets: string[]): Json {
  const out: string[] = [];
  for (const target of targets) {
    out.push(target);
    const parts = target.split('.');
    const depth = parts[0] === 'data' ? 3 : 2;
    // aws_vpc.this[0].id → aws_vpc.this[0], aws_vpc.this
    for (let cut = parts.length - 1; cut >= depth; cut--) out.push(parts.slice(0, cut).join('.'));
    const base = parts.slice(0, depth).join('.');
    if (/\[[^\]]*\]$/.test(base)) out.push(base.replace(/\[[^\]]*\]$/, ''));
  }
  return { references: [...new Set(out)] };
}

/** `{ constant_value: value }`. */
export const constant = (value: unknown): Json => ({ constant_value: value });
