/**
 * Everything a Terraform plan says about each resource instance, gathered once: its planned
 * values (from `planned_values`, or `prior_state` for an instance the plan leaves out), which of
 * them are known only after apply (`resource_changes[].change.after_unknown`), the actions, and
 * the configuration block with its expressions (`configuration`, through `module_calls`).
 * Format: https://developer.hashicorp.com/terraform/internals/json-format
 */
import type { JsonPath } from '../../../types.ts';
import { isObject, type Json } from '../../read-context.ts';
import { moduleAddress, moduleSteps, type ModuleStep } from './address.ts';

/** One resource instance of the plan. */
export interface PlanResource {
  /** Its absolute address (`module.vpc.aws_route_table.private[0]`). */
  address: string;
  /** Its module instance (`module.vpc`; `''` for the root module). */
  module: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** The instance key under count or for_each. */
  key?: string | number;
  /** Its attribute values; values known only after apply are absent or null. */
  values: Json;
  /** `after_unknown` of its change: `true` leaves mark what is known only after apply. */
  unknown: unknown;
  /** The planned actions (`create`, `update`, `no-op`, `delete`+`create`, `read`…); unset when the plan has no change for it. */
  actions: readonly string[];
  /** Where the resource object is in the document. */
  path: JsonPath;
  /** Where its `values` object is. */
  valuesPath: JsonPath;
}

/** A module of the configuration (not an instance: count and for_each instances share it). */
interface ConfigModule {
  resources: Map<string, Json>;
  calls: Map<string, { expressions: Json; module: ConfigModule }>;
  outputs: Map<string, Json>;
}

const EMPTY_MODULE: ConfigModule = { resources: new Map(), calls: new Map(), outputs: new Map() };

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Json => (isObject(value) ? value : {});

/** Reads one module of the configuration representation, with its calls, recursively (iteratively: modules can nest deeply). */
function readConfig(root: unknown): ConfigModule {
  const top: ConfigModule = { resources: new Map(), calls: new Map(), outputs: new Map() };
  const queue: [unknown, ConfigModule][] = [[root, top]];
  for (let index = 0; index < queue.length && index < 10_000; index++) {
    const [raw, module] = queue[index] as [unknown, ConfigModule];
    const value = asObject(raw);
    for (const resource of asArray(value.resources)) {
      if (isObject(resource) && typeof resource.address === 'string') module.resources.set(resource.address, resource);
    }
    for (const [name, output] of Object.entries(asObject(value.outputs))) if (isObject(output)) module.outputs.set(name, output);
    for (const [name, call] of Object.entries(asObject(value.module_calls))) {
      if (!isObject(call)) continue;
      const child: ConfigModule = { resources: new Map(), calls: new Map(), outputs: new Map() };
      module.calls.set(name, { expressions: asObject(call.expressions), module: child });
      queue.push([call.module, child]);
    }
  }
  return top;
}

/** The `index` of a resource object, when it is a key Terraform prints (a number or a string). */
const keyOf = (value: unknown): string | number | undefined => (typeof value === 'number' || typeof value === 'string' ? value : undefined);

export class PlanIndex {
  /** Every instance, in document order. */
  readonly resources: PlanResource[] = [];
  /** Managed instances the plan destroys without replacing, with their values before (a standalone route or rule that goes away). */
  readonly deleted: { address: string; type: string; before: Json }[] = [];
  /** Module instance addresses seen (the root included). */
  readonly modules = new Set<string>(['']);
  /** True when the plan has a configuration representation (older or stripped plans may not). */
  readonly hasConfiguration: boolean;
  private readonly byAddress = new Map<string, PlanResource>();
  private readonly byResource = new Map<string, PlanResource[]>();
  private readonly config: ConfigModule;

  constructor(plan: Json) {
    const changes = new Map<string, Json>();
    for (const change of asArray(plan.resource_changes)) {
      if (!isObject(change) || typeof change.address !== 'string' || change.deposed !== undefined) continue;
      changes.set(change.address, change);
      const body = asObject(change.change);
      const actions = asArray(body.actions);
      if (change.mode !== 'data' && typeof change.type === 'string' && actions.includes('delete') && !actions.includes('create')) {
        this.deleted.push({ address: change.address, type: change.type, before: asObject(body.before) });
      }
    }
    this.walkValues(asObject(asObject(plan.planned_values).root_module), ['planned_values', 'root_module'], changes);
    // prior_state: instances the planned values leave out but the plan does not delete (a plan made with -target, data sources read before planning).
    const prior = asObject(asObject(plan.prior_state).values).root_module;
    this.walkValues(asObject(prior), ['prior_state', 'values', 'root_module'], changes, true);
    this.hasConfiguration = isObject(plan.configuration) && isObject(plan.configuration.root_module);
    this.config = this.hasConfiguration ? readConfig(asObject(plan.configuration).root_module) : EMPTY_MODULE;
  }

  private walkValues(root: Json, rootPath: JsonPath, changes: ReadonlyMap<string, Json>, prior = false): void {
    const queue: [Json, JsonPath, string][] = [[root, rootPath, '']];
    for (let index = 0; index < queue.length && index < 10_000; index++) {
      const [module, path, moduleAddressText] = queue[index] as [Json, JsonPath, string];
      this.modules.add(moduleAddressText);
      asArray(module.resources).forEach((raw, position) => {
        if (!isObject(raw) || typeof raw.address !== 'string' || typeof raw.type !== 'string' || typeof raw.name !== 'string') return;
        if (this.byAddress.has(raw.address)) return;
        const change = changes.get(raw.address);
        const actions = asArray(asObject(change?.change).actions).filter((action): action is string => typeof action === 'string');
        // What is being destroyed is not in the planned state.
        if (prior && actions.includes('delete') && !actions.includes('create')) return;
        const mode = raw.mode === 'data' ? 'data' : 'managed';
        const key = keyOf(raw.index);
        const resourcePath = [...path, 'resources', position];
        const resource: PlanResource = {
          address: raw.address,
          module: moduleAddressText,
          mode,
          type: raw.type,
          name: raw.name,
          values: asObject(raw.values),
          unknown: prior ? undefined : asObject(change?.change).after_unknown,
          actions,
          path: resourcePath,
          valuesPath: [...resourcePath, 'values'],
          ...(key !== undefined ? { key } : {}),
        };
        this.byAddress.set(resource.address, resource);
        const resourceKey = this.resourceKey(moduleAddressText, mode, raw.type, raw.name);
        const same = this.byResource.get(resourceKey);
        if (same) same.push(resource);
        else this.byResource.set(resourceKey, [resource]);
        this.resources.push(resource);
      });
      asArray(module.child_modules).forEach((child, position) => {
        if (isObject(child) && typeof child.address === 'string') queue.push([child, [...path, 'child_modules', position], child.address]);
      });
    }
  }

  private resourceKey(module: string, mode: string, type: string, name: string): string {
    return `${module}\u0000${mode}\u0000${type}\u0000${name}`;
  }

  /** The instance at this address. */
  at(address: string): PlanResource | undefined {
    return this.byAddress.get(address);
  }

  /** Instances of one resource in one module instance: all of them, or the one with `key`. */
  instances(module: string, mode: 'managed' | 'data', type: string, name: string, key?: string | number): PlanResource[] {
    const all = this.byResource.get(this.resourceKey(module, mode, type, name)) ?? [];
    return key === undefined ? all : all.filter((resource) => resource.key === key);
  }

  /** Instances of these types, in document order. */
  ofType(...types: string[]): PlanResource[] {
    return this.resources.filter((resource) => resource.mode === 'managed' && types.includes(resource.type));
  }

  private children?: Map<string, string[]>;

  /** The module instances a call of `parent` expands to (`module.vpc`, or `module.vpc[0]`, `module.vpc[1]`), or the one with `key`. */
  childModules(parent: string, call: string, key?: string | number): string[] {
    if (key !== undefined) {
      const address = moduleAddress([...(moduleSteps(parent) ?? []), { call, key }]);
      return this.modules.has(address) ? [address] : [];
    }
    if (!this.children) {
      // Every module instance under its parent and call, once.
      const children = new Map<string, string[]>();
      for (const address of this.modules) {
        const steps = moduleSteps(address);
        if (!steps || steps.length === 0) continue;
        const last = steps[steps.length - 1] as ModuleStep;
        const slot = `${moduleAddress(steps.slice(0, -1))}\u0000${last.call}`;
        const list = children.get(slot);
        if (list) list.push(address);
        else children.set(slot, [address]);
      }
      for (const list of children.values()) list.sort();
      this.children = children;
    }
    return this.children.get(`${parent}\u0000${call}`) ?? [];
  }

  /** The configuration module of a module instance (instance keys dropped). */
  private configModule(module: string): ConfigModule | undefined {
    let current: ConfigModule | undefined = this.config;
    for (const step of moduleSteps(module) ?? []) current = current?.calls.get(step.call)?.module;
    return current;
  }

  /** The configuration block of an instance's resource (`expressions`, `count_expression`…). */
  configOf(resource: PlanResource): Json | undefined {
    return this.configModule(resource.module)?.resources.get(`${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`);
  }

  /** The expression of an output of a module instance. */
  outputExpression(module: string, output: string): Json | undefined {
    const value = this.configModule(module)?.outputs.get(output)?.expression;
    return isObject(value) ? value : undefined;
  }

  /**
   * The expression a module instance's caller gives for one of its input variables, and the
   * module instance it is evaluated in; undefined for the root module (its variables are known).
   */
  variableExpression(module: string, variable: string): { expression?: Json; module: string } | undefined {
    const steps = moduleSteps(module);
    if (!steps || steps.length === 0) return undefined;
    const parent = moduleAddress(steps.slice(0, -1));
    const call = this.configModule(parent)?.calls.get((steps[steps.length - 1] as ModuleStep).call);
    const expression = call?.expressions[variable];
    return { module: parent, ...(isObject(expression) ? { expression } : {}) };
  }
}

/** True when the value at `path` of a resource is known only after apply. */
export function isUnknown(resource: PlanResource, path: readonly (string | number)[]): boolean {
  let node: unknown = resource.unknown;
  for (const step of path) {
    if (node === true) return true;
    if (node === null || typeof node !== 'object') return false;
    if (!Object.hasOwn(node, step)) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node === true;
}

/** The value at `path` of a resource's values (undefined when absent). */
export function valueAt(resource: PlanResource, path: readonly (string | number)[]): unknown {
  let node: unknown = resource.values;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
