/**
 * The Report as a zod schema: the JSON Schema published with the site (`/schemas/report.schema.json`)
 * is generated from it, and a type-level check below keeps it equal to the `Report` type, so the
 * two cannot drift.
 */
import { z } from 'zod';
import { CONTEXT_FIELD_SHAPES, type ContextFieldName } from './context.ts';
import { RESOURCE_COLLECTIONS, type ResourceCollection } from './model.ts';
import type { Report } from './types.ts';

const JsonPath = z.array(z.union([z.string(), z.number()])).readonly().describe('JSON path inside the document');
const Verdict = z.enum(['closed', 'open', 'unverified']);
const Severity = z.enum(['error', 'warning', 'info']);
const Family = z.union([z.literal(4), z.literal(6)]);
const Direction = z.enum(['egress', 'ingress']);

/** Where a step is written, when it comes from an input. */
const Place = {
  file: z.string().optional(),
  path: JsonPath.optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
};

const EvidenceStep = z.strictObject({
  layer: z.enum(['route', 'nacl', 'security-group', 'input']),
  text: z.string(),
  ...Place,
});

const ExamplePacket = z.strictObject({
  direction: Direction,
  family: Family,
  protocol: z.number().int().describe('IANA protocol number'),
  port: z.number().int().optional(),
  icmpType: z.number().int().optional(),
  icmpCode: z.number().int().optional(),
  local: z.string(),
  remote: z.string(),
  text: z.string(),
});

const Finding = z.strictObject({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  file: z.string(),
  path: JsonPath,
  line: z.number().int().describe('1-based'),
  column: z.number().int().describe('1-based, in UTF-16 code units'),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  docUrl: z.string().describe('site-relative page of the rule'),
  messageId: z.string().describe('which message of the rule, stable across languages and wording'),
  data: z.record(z.string(), z.union([z.string(), z.number()])).describe('the values the message names'),
  evidence: z.strictObject({ packet: ExamplePacket.optional(), chain: z.array(EvidenceStep) }).optional(),
  fix: z
    .discriminatedUnion('language', [
      z.strictObject({
        language: z.literal('aws-cli').describe('the finding is in a describe-* output: the fix is AWS CLI commands'),
        commands: z.array(z.string()).describe('aws ec2 command lines, to run in order'),
        description: z.string().describe('what the commands change and what they keep'),
      }),
      z.strictObject({
        language: z.enum(['cloudformation', 'terraform']).describe('the finding is in a CloudFormation template or a Terraform plan: the fix is edits of the template or configuration'),
        edits: z
          .array(
            z.strictObject({
              text: z.string().describe('what to change, naming the logical id or resource address and the property or attribute'),
              code: z.string().optional().describe('what to write: a YAML or JSON snippet for a template, HCL for a Terraform configuration'),
            }),
          )
          .describe('the edits, in order; none when the change cannot be written soundly in the input (the description says why)'),
        description: z.string().describe('what the edits change and what they keep'),
      }),
    ])
    .optional()
    .describe('how to fix the finding with the inputs’ own ids, where the engine computes a sound fix'),
});

const ProofLayer = z.enum(['route', 'block-public-access', 'nacl', 'security-group', 'next-hop', 'transit-gateway', 'assumption']);

const ProofStep = z.strictObject({
  layer: ProofLayer,
  effect: z.enum(['allow', 'deny', 'unknown']).describe('allow passes the traffic on, deny drops it, unknown cannot be decided from the inputs'),
  text: z.string(),
  ...Place,
  hop: z.number().int().optional().describe('index in the branch’s hops of the hop the step is at; absent for the WorkSpaces subnet’s own layers'),
});

const ProofHop = z.strictObject({
  kind: z.string().describe('transit-gateway, transit-gateway-route-table, transit-gateway-attachment, subnet, nat-gateway, internet-gateway, egress-only-internet-gateway, carrier-gateway or next-hop'),
  id: z.string(),
  vpcId: z.string().optional(),
  text: z.string(),
  ...Place,
});

const ProofBranch = z.strictObject({
  addresses: z.string().describe('the public addresses of the piece, readable'),
  cidrs: z.array(z.string()).describe('the piece as CIDR blocks (the first 16)'),
  blockCount: z.number().int().describe('how many CIDR blocks the piece has'),
  target: z.strictObject({ kind: z.string(), id: z.string() }).optional().describe('next hop of the route that carries the piece'),
  outcome: z.enum(['open', 'dropped', 'unverified']),
  droppedBy: ProofLayer.optional(),
  steps: z.array(ProofStep).describe('every route, entry and rule that decides a part of the piece, in the order a packet meets them'),
  hops: z.array(ProofHop).optional().describe('the chain past the route when the path was followed further (a NAT gateway’s subnet, a transit gateway and the VPC behind it …)'),
});

const ProofPart = z.strictObject({
  subnetIds: z.array(z.string()),
  vpcId: z.string().optional(),
  direction: Direction,
  family: Family,
  verdict: Verdict,
  text: z.string().describe('the argument in one or two sentences'),
  branches: z.array(ProofBranch),
});

const Proof = z.strictObject({
  vpcs: z.array(z.strictObject({ id: z.string(), cidrs: z.array(z.string()), subnetIds: z.array(z.string()), workspaces: z.boolean() })),
  parts: z.array(ProofPart),
  assumptions: z.array(ProofStep),
});

/** How many resources of each collection were read (validators/model.ts lists the collections). */
const RESOURCE_COUNTS = Object.fromEntries(RESOURCE_COLLECTIONS.map((name) => [name, z.number().int()])) as { [K in ResourceCollection]: z.ZodNumber };

const ContextFieldSource = z.strictObject({
  source: z.enum(['typed', 'documents']).describe('typed: given in the context, which overrides the documents field by field; documents: read from the pasted documents'),
  values: z.array(z.strictObject({ value: z.string(), ...Place })).describe('each value, with the document, path, line and column it was read from (none for a typed value)'),
});

/** Every context field, each optional (validators/context.ts lists them). */
const CONTEXT_SOURCES = Object.fromEntries(CONTEXT_FIELD_SHAPES.map((field) => [field.name, ContextFieldSource.optional()])) as { [K in ContextFieldName]: z.ZodOptional<typeof ContextFieldSource> };

/** The Report the engine returns and `closed-workspaces check --format json` prints. */
export const ReportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  verdict: Verdict,
  summary: z.string(),
  findings: z.array(Finding),
  analysed: z.strictObject({
    documents: z.array(z.strictObject({ name: z.string(), kinds: z.array(z.string()) })),
    ...RESOURCE_COUNTS,
    workspacesSubnetIds: z.array(z.string()),
    workspacesSecurityGroupIds: z.array(z.string()),
    context: z.strictObject(CONTEXT_SOURCES).describe('each context field the analysis used, with its values and where they came from'),
  }),
  proof: Proof,
});

// The schema and the `Report` type describe the same JSON: either drifting fails the type check.
type SchemaReport = z.infer<typeof ReportSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REPORT_SCHEMA_MATCHES_TYPE: Same<SchemaReport, Report> = true;

/** The JSON Schema (draft 2020-12) of the report. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'report.schema.json',
    title: 'closed-workspaces report, schemaVersion 1',
    ...(z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
