/**
 * The input-kind registry: every output the engine reads, most decisive first (the order
 * commands, schemas and messages list them, and a document holding several outputs is read in).
 * No two kinds' `detect` accept the same object (a test checks it), so the order never decides
 * what a single object is. Everything that lists kinds derives from this list.
 */
import { isCollectionKind, isDocumentKind, type CollectionKind, type DocumentKind, type InputKind } from './define.ts';
import { networkAcls } from './network-acls.ts';
import { prefixListEntries } from './prefix-list-entries.ts';
import { routeTables } from './route-tables.ts';
import { securityGroups } from './security-groups.ts';
import { subnets } from './subnets.ts';
import { terraformPlan } from './terraform-plan.ts';
import { vpcs } from './vpcs.ts';

export const INPUT_KINDS = [routeTables, networkAcls, securityGroups, subnets, vpcs, prefixListEntries, terraformPlan] as const;

const ALL_KINDS: readonly InputKind[] = INPUT_KINDS;

/** The kinds that are AWS CLI outputs (collections of items), in registry order. */
export const COLLECTION_KINDS: readonly CollectionKind[] = ALL_KINDS.filter(isCollectionKind);

/** The kinds read as whole documents (plans, templates), in registry order. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ALL_KINDS.filter(isDocumentKind);

/** The name of a kind, as reports print it (`RouteTables`). */
export type InputKindName = (typeof INPUT_KINDS)[number]['kind'];

export type { CollectionKind, DocumentKind, DocumentKindDefinition, InputKind, InputKindDefinition } from './define.ts';
export { isCollectionKind, isDocumentKind } from './define.ts';

const BY_NAME: ReadonlyMap<string, InputKind> = new Map(INPUT_KINDS.map((kind) => [kind.kind, kind]));

/** The kind with this name, if it is one the engine reads. */
export function inputKind(name: string): InputKind | undefined {
  return BY_NAME.get(name);
}
