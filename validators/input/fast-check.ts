/**
 * A fast "is this value already valid?" predicate compiled from a zod schema. Valid input (the
 * common case, tens of thousands of routes) skips zod's full parse; anything the predicate does
 * not accept, or a schema feature it does not know, goes through zod, which reports the issues.
 * The schema stays the single definition of each shape.
 */
import type { ZodType } from 'zod';

type Predicate = (value: unknown) => boolean;

const NEVER: Predicate = () => false;

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  innerType?: ZodType;
  options?: ZodType[];
  element?: ZodType;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

const defOf = (schema: ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Compiles `schema` into a predicate that returns true only for values zod would accept unchanged. */
export function compileFastCheck(schema: ZodType): Predicate {
  const def = defOf(schema);
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'unknown':
      return () => true;
    case 'string':
      return checks.length === 0 ? (value) => typeof value === 'string' : NEVER;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'number': {
      const formats = checks.map((check) => check._zod.def.format ?? check._zod.def.check);
      if (formats.some((format) => format !== 'safeint')) return NEVER;
      return formats.length > 0 ? (value) => Number.isSafeInteger(value) : (value) => typeof value === 'number' && Number.isFinite(value);
    }
    case 'optional': {
      const inner = compileFastCheck(def.innerType as ZodType);
      return (value) => value === undefined || inner(value);
    }
    case 'union': {
      const options = (def.options ?? []).map(compileFastCheck);
      return (value) => options.some((option) => option(value));
    }
    case 'array': {
      const element = compileFastCheck(def.element as ZodType);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case 'object': {
      // Only loose objects (extra keys allowed) are accepted as is.
      if (!def.catchall || defOf(def.catchall).type !== 'unknown') return NEVER;
      const shape = def.shape ?? {};
      const checks = new Map(Object.keys(shape).map((key) => [key, compileFastCheck(shape[key] as ZodType)] as const));
      // Fields that must be present: their check rejects a missing value.
      const required = [...checks].filter(([, check]) => !check(undefined)).map(([key]) => key);
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (let index = 0; index < required.length; index++) if (!Object.hasOwn(record, required[index] as string)) return false;
        // Walk the keys the value has (a route has four or five) rather than the twenty the shape knows.
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          const check = checks.get(key);
          if (check && !check(record[key])) return false;
        }
        return true;
      };
    }
    default:
      return NEVER;
  }
}
