/**
 * closed-workspaces validation engine: public API (core.ts), with the CloudFormation template
 * and Terraform plan readers registered, so the package and the CLI read every kind of document.
 */
import { registerDocumentReaders } from './core.ts';
import { DOCUMENT_READERS } from './input/iac/readers.ts';

registerDocumentReaders(DOCUMENT_READERS);

export * from './core.ts';
