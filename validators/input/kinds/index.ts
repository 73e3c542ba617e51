/**
 * The input-kind registry: every AWS CLI output the engine reads, most decisive first (the order
 * commands, schemas and messages list them, and a document holding several outputs is read in).
 * No two kinds' `detect` accept the same object (a test checks it), so the order never decides
 * what a single object is. Everything that lists kinds derives from this list.
 */
import { blockPublicAccessExclusions, blockPublicAccessOptions } from './block-public-access.ts';
import type { InputKind } from './define.ts';
import { internetGateways } from './internet-gateways.ts';
import { natGateways } from './nat-gateways.ts';
import { networkAcls } from './network-acls.ts';
import { prefixListEntries } from './prefix-list-entries.ts';
import { prefixLists } from './prefix-lists.ts';
import { routeTables } from './route-tables.ts';
import { securityGroups } from './security-groups.ts';
import { subnets } from './subnets.ts';
import { vpcEndpoints } from './vpc-endpoints.ts';
import { vpcs } from './vpcs.ts';

export const INPUT_KINDS = [
  routeTables,
  networkAcls,
  securityGroups,
  subnets,
  vpcs,
  prefixListEntries,
  prefixLists,
  vpcEndpoints,
  internetGateways,
  natGateways,
  blockPublicAccessOptions,
  blockPublicAccessExclusions,
] as const;

/** The name of a kind, as reports print it (`RouteTables`). */
export type InputKindName = (typeof INPUT_KINDS)[number]['kind'];

export type { InputKind, InputKindDefinition } from './define.ts';
export { wholeOutput } from './define.ts';

const BY_NAME: ReadonlyMap<string, InputKind> = new Map(INPUT_KINDS.map((kind) => [kind.kind, kind]));

/** The kind with this name, if it is one the engine reads. */
export function inputKind(name: string): InputKind | undefined {
  return BY_NAME.get(name);
}
