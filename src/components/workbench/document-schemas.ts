/**
 * JSON Schemas for the editor's diagnostics, made at build time from the zod shapes the engine
 * reads with (one source for both). Each kind accepts the whole CLI output, a single item, or an
 * array of items, as the engine does. No `$schema` or remote `$ref`: the editor fetches nothing.
 */
import * as z from 'zod';
import { ALL_KINDS, isDocumentKind, type DocumentKind, type InputKind } from '../../../validators/input/kinds/index.ts';

/** The schema of one kind of document, as a plain JSON value: a whole-document kind's own shape. */
export function documentSchema(kind: InputKind | DocumentKind): Record<string, unknown> {
  const shape = isDocumentKind(kind) ? kind.documentShape : z.union([kind.outputShape, kind.itemShape, z.array(kind.itemShape)]);
  const schema = z.toJSONSchema(shape, { target: 'draft-7', reused: 'ref', io: 'input' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

/** Every kind's schema, keyed by kind name. */
export function documentSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(ALL_KINDS.map((kind) => [kind.kind, documentSchema(kind)]));
}
