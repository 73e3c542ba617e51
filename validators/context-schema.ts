/**
 * The context as a zod schema, built from the field list in validators/context.ts (the one place
 * fields are listed): for a `--context` file or an API caller that wants the shape checked up
 * front, and for the JSON Schema the API reference shows. The engine itself never rejects a
 * context; it reports bad values as input-context findings.
 */
import { z } from 'zod';
import { CONTEXT_FIELDS, type Context, type ContextField } from './context.ts';

function fieldSchema(field: ContextField): z.ZodType {
  const base = field.kind === 'list' ? z.array(z.string()) : field.kind === 'choice' && field.values ? z.enum(field.values as [string, ...string[]]) : z.string();
  return base.optional().describe(field.description.en);
}

export const contextSchema = z.strictObject(Object.fromEntries(CONTEXT_FIELDS.map((field) => [field.name, fieldSchema(field)]))) as unknown as z.ZodType<Context>;

/** The context's JSON Schema (draft 2020-12). */
export function contextJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(contextSchema) as Record<string, unknown>;
}
