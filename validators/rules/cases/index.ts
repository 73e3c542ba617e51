/**
 * Test cases by rule id: what tests run and what rule pages show. Not part of the engine bundle.
 */
import * as acls from './acls.ts';
import type { RuleCases } from './case.ts';
import * as directory from './directory.ts';
import * as endpoints from './endpoints.ts';
import * as input from './input.ts';
import * as path from './path.ts';
import * as routes from './routes.ts';
import * as terraform from './terraform.ts';
import * as windows from './windows.ts';
import * as workspaces from './workspaces.ts';

export const RULE_CASES: Readonly<Record<string, RuleCases>> = {
  'input-json': input.inputJsonCases,
  'input-document': input.inputDocumentCases,
  'input-field': input.inputFieldCases,
  'input-cidr': input.inputCidrCases,
  'input-cidr-host-bits': input.inputCidrHostBitsCases,
  'input-value': input.inputValueCases,
  'input-duplicate': input.inputDuplicateCases,
  'input-conflict': input.inputConflictCases,
  'input-partial': input.inputPartialCases,
  'input-vpcs': input.inputVpcsCases,
  'input-context': input.inputContextCases,
  'input-template': input.inputTemplateCases,
  // Templates first (the page shows the first case of each kind), then Terraform plans.
  'input-unresolved': { valid: [...input.inputUnresolvedCases.valid, ...terraform.terraformUnresolvedCases.valid], invalid: [...input.inputUnresolvedCases.invalid, ...terraform.terraformUnresolvedCases.invalid] },
  'path-internet-reachable': path.pathInternetReachableCases,
  'path-unverified': path.pathUnverifiedCases,
  'path-routing-loop': path.pathRoutingLoopCases,
  'rt-internet-route': routes.rtInternetRouteCases,
  'rt-unknown-next-hop': routes.rtUnknownNextHopCases,
  'rt-propagation': routes.rtPropagationCases,
  'rt-blackhole-internet': routes.rtBlackholeInternetCases,
  'rt-main-table-implicit': routes.rtMainTableImplicitCases,
  'mgmt-range-conflict': routes.mgmtRangeConflictCases,
  'nacl-egress-public': acls.naclEgressPublicCases,
  'nacl-ingress-public': acls.naclIngressPublicCases,
  'nacl-shadowed-entry': acls.naclShadowedEntryCases,
  'nacl-redundant-entry': acls.naclRedundantEntryCases,
  'nacl-ignored-ports': acls.naclIgnoredPortsCases,
  'nacl-entry-quota': acls.naclEntryQuotaCases,
  'sg-ingress-public': acls.sgIngressPublicCases,
  'sg-egress-public': acls.sgEgressPublicCases,
  'dir-no-route': directory.dirNoRouteCases,
  'nacl-directory-blocked': directory.naclDirectoryBlockedCases,
  'nacl-return-blocked': directory.naclReturnBlockedCases,
  'sg-directory-egress': directory.sgDirectoryEgressCases,
  'ws-internet-access': workspaces.wsInternetAccessCases,
  'ws-internet-fallback': workspaces.wsInternetFallbackCases,
  'ws-workspace-subnet': workspaces.wsWorkspaceSubnetCases,
  'ws-interface-groups': workspaces.wsInterfaceGroupsCases,
  'ws-group-missing': workspaces.wsGroupMissingCases,
  'nacl-endpoint-blocked': endpoints.naclEndpointBlockedCases,
  'sg-endpoint-blocked': endpoints.sgEndpointBlockedCases,
  'path-endpoint-policy-open': endpoints.pathEndpointPolicyOpenCases,
  'win-output-recognised': windows.winOutputRecognisedCases,
  'win-windows-licensed': windows.winWindowsLicensedCases,
  'win-kms-host': windows.winKmsHostCases,
  'win-activation-expiry': windows.winActivationExpiryCases,
  'win-kms-srv-record': windows.winKmsSrvRecordCases,
  'win-office-licensed': windows.winOfficeLicensedCases,
  'win-office-kms-host': windows.winOfficeKmsHostCases,
  'win-default-route': windows.winDefaultRouteCases,
  'win-link-local-route': windows.winLinkLocalRouteCases,
  'win-persistent-route-gateway': windows.winPersistentRouteGatewayCases,
  'win-route-management-overlap': windows.winRouteManagementOverlapCases,
  'win-time-source': windows.winTimeSourceCases,
  'win-time-unreachable-peer': windows.winTimeUnreachablePeerCases,
  'win-time-unsynchronised': windows.winTimeUnsynchronisedCases,
  'win-time-offset': windows.winTimeOffsetCases,
  'win-defender-signature-age': windows.winDefenderSignatureAgeCases,
  'win-defender-fallback-order': windows.winDefenderFallbackOrderCases,
  'win-defender-share-path': windows.winDefenderSharePathCases,
};

export type { RuleCase, RuleCases, CaseDocument, ExpectedFinding } from './case.ts';
export { documentText } from './case.ts';
