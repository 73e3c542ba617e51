/**
 * Test cases by rule id: what tests run and what rule pages show. Not part of the engine bundle.
 */
import type { RuleCases } from './case.ts';
import * as input from './input.ts';
import * as path from './path.ts';

export const RULE_CASES: Readonly<Record<string, RuleCases>> = {
  'input-json': input.inputJsonCases,
  'input-document': input.inputDocumentCases,
  'input-field': input.inputFieldCases,
  'input-cidr': input.inputCidrCases,
  'input-cidr-host-bits': input.inputCidrHostBitsCases,
  'input-value': input.inputValueCases,
  'input-duplicate': input.inputDuplicateCases,
  'input-context': input.inputContextCases,
  'path-internet-reachable': path.pathInternetReachableCases,
  'path-unverified': path.pathUnverifiedCases,
};

export type { RuleCase, RuleCases, CaseDocument, ExpectedFinding } from './case.ts';
export { documentText } from './case.ts';
