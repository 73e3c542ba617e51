/**
 * The input-kind registry: every AWS CLI output the engine reads, most decisive first (the order
 * commands, schemas and messages list them, and a document holding several outputs is read in).
 * No two kinds' `detect` accept the same object (a test checks it), so the order never decides
 * what a single object is. Everything that lists kinds derives from this list.
 */
import type { InputKind } from './define.ts';
import { networkAcls } from './network-acls.ts';
import { prefixListEntries } from './prefix-list-entries.ts';
import { routeTables } from './route-tables.ts';
import { securityGroups } from './security-groups.ts';
import { subnets } from './subnets.ts';
import { transitGatewayAttachments } from './transit-gateway-attachments.ts';
import { transitGatewayRouteTables } from './transit-gateway-route-tables.ts';
import { transitGatewayRoutes } from './transit-gateway-routes.ts';
import { transitGatewayVpcAttachments } from './transit-gateway-vpc-attachments.ts';
import { vpcs } from './vpcs.ts';

export const INPUT_KINDS = [
  routeTables,
  networkAcls,
  securityGroups,
  subnets,
  vpcs,
  prefixListEntries,
  transitGatewayAttachments,
  transitGatewayVpcAttachments,
  transitGatewayRouteTables,
  transitGatewayRoutes,
] as const;

/** The name of a kind, as reports print it (`RouteTables`). */
export type InputKindName = (typeof INPUT_KINDS)[number]['kind'];

export type { InputKind, InputKindDefinition } from './define.ts';

const BY_NAME: ReadonlyMap<string, InputKind> = new Map(INPUT_KINDS.map((kind) => [kind.kind, kind]));

/** The kind with this name, if it is one the engine reads. */
export function inputKind(name: string): InputKind | undefined {
  return BY_NAME.get(name);
}
