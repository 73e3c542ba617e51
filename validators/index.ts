/**
 * closed-workspaces validation engine: public API. Pure TypeScript that runs unchanged in a
 * browser worker and in Node (only cli.ts touches Node). Importing it registers the template and
 * plan readers (input/document-readers.ts), so the package and the CLI read every kind of
 * document. The browser's validation worker imports engine.ts instead, and registers the readers
 * only when `needsDocumentReaders` says a paste may need them; a template or plan read without
 * them gets an input-document finding, never a misreading.
 */
import { registerDocumentReaders } from './input/document-readers.ts';
import { DOCUMENT_READERS } from './input/iac/readers.ts';

registerDocumentReaders(DOCUMENT_READERS);

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
