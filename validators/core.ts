/**
 * closed-workspaces validation engine without the template and plan readers: the public API
 * (index.ts is this module with the readers registered). Pure TypeScript that runs unchanged in
 * a browser worker and in Node (only cli.ts touches Node). The browser's validation worker starts
 * from this module and registers the readers (input/iac/readers.ts) only when
 * `needsDocumentReaders` says a paste may need them; a template or plan read without them gets an
 * input-document finding, never a misreading.
 */
export { validate, ruleDocPath, SCHEMA_VERSION } from './engine.ts';
export { RULES, ruleById } from './rules/index.ts';
export { needsDocumentReaders, registerDocumentReaders } from './input/document-readers.ts';
export type { DocumentReaders } from './input/document-readers.ts';
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
  Fix,
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
