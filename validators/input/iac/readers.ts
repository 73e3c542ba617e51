/**
 * The heavy half of the whole-document kinds: the CloudFormation template reader, the Terraform
 * plan reader and the YAML parser (the `yaml` package). Whoever wants templates and plans read
 * registers these with `registerDocumentReaders` (document-readers.ts): index.ts does at once;
 * the browser's validation worker imports this module only when a paste needs it.
 */
import type { DocumentReaders } from '../document-readers.ts';
import { parseYaml } from '../yaml-text.ts';
import { readTemplate } from './cloudformation/network.ts';
import { readTerraformPlan } from './terraform/read-plan.ts';

export const DOCUMENT_READERS: DocumentReaders = {
  read: {
    CloudFormationTemplate: readTemplate,
    TerraformPlan: readTerraformPlan,
  },
  parseYaml,
};
