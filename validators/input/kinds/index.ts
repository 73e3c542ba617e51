/**
 * The input-kind registry: every AWS CLI output the engine reads, most decisive first (the order
 * commands, schemas and messages list them, and a document holding several outputs is read in).
 * No two kinds' `detect` accept the same object (a test checks it), so the order never decides
 * what a single object is. Everything that lists kinds derives from this list.
 */
import { blockPublicAccessExclusions, blockPublicAccessOptions } from './block-public-access.ts';
import type { DocumentKindDefinition, InputKind } from './define.ts';
import { cloudFormationTemplate } from '../iac/cloudformation/kind.ts';
import { internetGateways } from './internet-gateways.ts';
import { natGateways } from './nat-gateways.ts';
import { networkAcls } from './network-acls.ts';
import { networkInterfaces } from './network-interfaces.ts';
import { prefixListEntries } from './prefix-list-entries.ts';
import { prefixLists } from './prefix-lists.ts';
import { routeTables } from './route-tables.ts';
import { securityGroups } from './security-groups.ts';
import { subnets } from './subnets.ts';
import { terraformPlan } from './terraform-plan.ts';
import { transitGatewayAttachments } from './transit-gateway-attachments.ts';
import { transitGatewayRouteTables } from './transit-gateway-route-tables.ts';
import { transitGatewayRoutes } from './transit-gateway-routes.ts';
import { transitGatewayVpcAttachments } from './transit-gateway-vpc-attachments.ts';
import { vpcEndpoints } from './vpc-endpoints.ts';
import { vpcs } from './vpcs.ts';
import { workspaceDirectories } from './workspace-directories.ts';
import { workspaces } from './workspaces.ts';

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
  workspaceDirectories,
  workspaces,
  networkInterfaces,
  transitGatewayAttachments,
  transitGatewayVpcAttachments,
  transitGatewayRouteTables,
  transitGatewayRoutes,
] as const;

/**
 * The kinds read as whole documents (templates, plans), after the AWS CLI outputs: a document's
 * top-level object is offered to their `detect` first, since one holds collections of its own.
 */
export const DOCUMENT_KINDS = [cloudFormationTemplate, terraformPlan] as const;

/** The name of a whole-document kind (`CloudFormationTemplate`): what document readers are registered by. */
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number]['kind'];

/** A whole-document kind, as declared. */
export type DocumentKind = DocumentKindDefinition<DocumentKindName>;

/** Every kind, AWS CLI outputs first: what the page's command list, the editor's schemas and the reference table list. */
export const ALL_KINDS: readonly (InputKind | DocumentKind)[] = [...INPUT_KINDS, ...DOCUMENT_KINDS];

/** The name of a kind, as reports print it (`RouteTables`). */
export type InputKindName = (typeof INPUT_KINDS)[number]['kind'] | DocumentKindName;

export type { DocumentKindDefinition, InputKind, InputKindDefinition } from './define.ts';
export { wholeOutput } from './define.ts';

const BY_NAME: ReadonlyMap<string, InputKind | DocumentKind> = new Map(ALL_KINDS.map((kind) => [kind.kind, kind]));

/** The kind with this name, if it is one the engine reads. */
export function inputKind(name: string): InputKind | DocumentKind | undefined {
  return BY_NAME.get(name);
}

/** True for a kind read as a whole document. */
export function isDocumentKind(kind: InputKind | DocumentKind): kind is DocumentKind {
  return 'markerKeys' in kind;
}
