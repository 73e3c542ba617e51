/**
 * closed-workspaces validation engine: public API. Pure TypeScript that runs unchanged in a
 * browser worker and in Node (only cli.ts touches Node).
 */
export { validate, ruleDocPath, SCHEMA_VERSION } from './engine.ts';
export { RULES, ruleById } from './rules/index.ts';
export { fingerprints, holds, isDate, matchBaseline, readBaseline, relativeUri, sha256Hex, todayUtc } from './baseline.ts';
export type { Acceptance, Baseline, FingerprintKey, Matched } from './baseline.ts';
export type { Rule, RuleCategory } from './rules/rule.ts';
export type {
  Bundle,
  Context,
  Evidence,
  EvidenceStep,
  ExamplePacket,
  Finding,
  CommandFix,
  EditFix,
  Fix,
  FixEdit,
  FixLanguage,
  InputDocument,
  Inventory,
  JsonPath,
  Lang,
  Localized,
  Proof,
  ProofBranch,
  ProofLayer,
  ProofPart,
  ProofStep,
  ProofVpc,
  Report,
  Severity,
  TimeSourceDesign,
  ValidateOptions,
  Verdict,
} from './types.ts';
