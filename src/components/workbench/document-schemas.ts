/**
 * JSON Schemas for the editor's diagnostics, made at build time from the zod shapes the engine
 * reads with (one source for both). Each kind accepts the whole CLI output, a single item, or an
 * array of items, as the engine does. No `$schema` or remote `$ref`: the editor fetches nothing.
 */
import * as z from 'zod';
import { NetworkAcl, Outputs, PrefixListEntry, RouteTable, SecurityGroup, Subnet, Vpc } from '../../../validators/input/shapes.ts';
import type { InputKind } from '../../client/aws-commands.ts';

const ITEMS: Record<InputKind, z.ZodType> = {
  RouteTables: RouteTable,
  NetworkAcls: NetworkAcl,
  SecurityGroups: SecurityGroup,
  Subnets: Subnet,
  Vpcs: Vpc,
  PrefixListEntries: PrefixListEntry,
};

/** The schema of one kind of document, as a plain JSON value. */
export function documentSchema(kind: InputKind): Record<string, unknown> {
  const item = ITEMS[kind];
  const schema = z.toJSONSchema(z.union([Outputs[kind], item, z.array(item)]), { target: 'draft-7', reused: 'ref', io: 'input' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

/** Every kind's schema, keyed by kind. */
export function documentSchemas(): Record<InputKind, Record<string, unknown>> {
  return Object.fromEntries((Object.keys(ITEMS) as InputKind[]).map((kind) => [kind, documentSchema(kind)])) as Record<InputKind, Record<string, unknown>>;
}
