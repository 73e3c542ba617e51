/**
 * The engine's public data model: what goes in (documents, context) and what comes out
 * (a report of findings and a verdict). Changing a field here changes the CLI's JSON output
 * and the reference page that documents it.
 */
import type { Context, ContextFieldName } from './context.ts';
import type { JsonPath } from './input/json-text.ts';
import type { ResourceCollection } from './model.ts';

export type { JsonPath };

/** How bad a finding is. `error` fails the CLI (exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** Most severe first: the order findings are sorted and shown in. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Languages every message exists in. */
export type Lang = 'en' | 'ja';

/** One text in every language. */
export type Localized = Record<Lang, string>;

/** A pasted or loaded document: `name` is shown in findings (a file name, or a tab title). */
export interface InputDocument {
  name: string;
  text: string;
}

/** What the inputs cannot tell: all optional; its fields are listed once, in validators/context.ts. */
export type { Context } from './context.ts';

/** Bundle licensing of the WorkSpaces: decides which management ranges and KMS hosts apply. */
export type Bundle = NonNullable<Context['bundle']>;

/** The time design: the domain hierarchy (PDC emulator at the top) or Amazon Time Sync on every member. */
export type TimeSourceDesign = NonNullable<Context['timeSource']>;

/** The streaming protocol of the WorkSpaces: PCoIP or DCV (WSP). */
export type StreamingProtocol = NonNullable<Context['streamingProtocol']>;

/** Options that shape the report, not the analysis. */
export interface ValidateOptions {
  /** Language of `message` in findings (default `en`). */
  lang?: Lang;
}

/** Where a finding points: a document and a JSON path inside it. */
export interface Location {
  file: string;
  path: JsonPath;
}

/** One step of an explanation: a route, NACL entry or SG rule that decided a packet. */
export interface EvidenceStep {
  /** Which layer decided: `route`, `nacl`, `security-group`, or `input` for a layer that was not given. */
  layer: 'route' | 'nacl' | 'security-group' | 'input';
  /** What it is and what it did, in the report language. */
  text: string;
  /** Where it is, when it comes from an input (absent for AWS defaults assumed for a missing layer). */
  file?: string;
  path?: JsonPath;
  line?: number;
  column?: number;
}

/** An example packet that some layers let through (or drop). */
export interface ExamplePacket {
  direction: 'egress' | 'ingress';
  family: 4 | 6;
  /** IANA protocol number. */
  protocol: number;
  /** Destination port for TCP/UDP; ICMP type/code for ICMP; absent for other protocols. */
  port?: number;
  icmpType?: number;
  icmpCode?: number;
  /** The WorkSpaces side (a subnet id and, when known, its CIDR). */
  local: string;
  /** The other side's address. */
  remote: string;
  /** Readable one-line form, e.g. "TCP 443 from subnet-0a (10.0.1.0/24) to 1.0.0.1". */
  text: string;
}

/** Why a finding was raised: an example packet and the chain of decisions about it. */
export interface Evidence {
  packet?: ExamplePacket;
  chain: EvidenceStep[];
}

/** What a fix is written in: AWS CLI commands for describe-* outputs, edits of the template or configuration for infrastructure as code. */
export type FixLanguage = 'aws-cli' | 'cloudformation' | 'terraform';

/** One change to a CloudFormation template or a Terraform configuration, naming the logical id or resource address it is made in. */
export interface FixEdit {
  /** What to change, in the report language (`Delete the resource PublicRoute (AWS::EC2::Route, 0.0.0.0/0 → igw)`). */
  text: string;
  /** What to write, in the input's own language: a YAML or JSON snippet for a template, HCL for a Terraform configuration. */
  code?: string;
}

/** How to fix a finding with the AWS CLI, computed from the inputs' own ids and values. */
export interface CommandFix {
  language: 'aws-cli';
  /** One `aws ec2 …` command line each, to run in order (with `--region` when the context names one). */
  commands: string[];
  /** What the commands change and what they keep, in the report language. */
  description: string;
}

/**
 * How to fix a finding found in a CloudFormation template or a Terraform plan: edits of the
 * template or configuration, in order. No edits when the change cannot be written soundly there
 * (a resource declared inside a module, a value AWS creates); the description then says why.
 */
export interface EditFix {
  language: 'cloudformation' | 'terraform';
  edits: FixEdit[];
  /** What the edits change and what they keep, in the report language. */
  description: string;
}

/** How to fix a finding, in the language of the input it was found in. */
export type Fix = CommandFix | EditFix;

/** One problem or observation, at a place in one document. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Which of the rule's messages this is: stable across languages and rewording (SARIF fingerprints and baselines use it). */
  messageId: string;
  /** The values that fill the message's placeholders, in the report language. */
  data: Record<string, string | number>;
  file: string;
  path: JsonPath;
  /** 1-based; columns count UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Page of the rule on the site (relative to the site root, e.g. `rules/rt-internet-route/`). */
  docUrl: string;
  evidence?: Evidence;
  /** Commands that remove the finding without adding an error, where the engine can compute sound ones. */
  fix?: Fix;
}

/** The overall answer: is there any path between the WorkSpaces subnets and the internet? */
export type Verdict = 'closed' | 'open' | 'unverified';

/** One value of a context field and where it came from. */
export interface ContextValueSource {
  value: string;
  /** The document it was read from, with the JSON path, line and column; absent for a typed value. */
  file?: string;
  path?: JsonPath;
  line?: number;
  column?: number;
}

/** How a context field got the values the analysis used. */
export interface ContextFieldSource {
  /** `typed`: given in the context (typed values override the documents, field by field); `documents`: read from the pasted documents. */
  source: 'typed' | 'documents';
  values: ContextValueSource[];
}

/** What the inputs held, as the engine understood them: the documents with their kinds, and how many resources of each collection were read. */
export type Inventory = { documents: { name: string; kinds: string[] }[] } & Record<ResourceCollection, number> & {
  /** The subnets the verdict is about. */
  workspacesSubnetIds: string[];
  /** The security groups taken as the WorkSpaces' groups. */
  workspacesSecurityGroupIds: string[];
  /** Each context field the analysis used, with its values and where they came from (fields left at their default are absent). */
  context: { [F in ContextFieldName]?: ContextFieldSource };
};

/** A layer of the path that can decide a packet's fate, in the order a packet meets them. */
export type ProofLayer = 'route' | 'block-public-access' | 'nacl' | 'security-group' | 'next-hop' | 'transit-gateway' | 'assumption';

/** One route, entry, rule or assumption that decides (part of) a branch. */
export interface ProofStep {
  layer: ProofLayer;
  /** `allow` passes the traffic on, `deny` drops it, `unknown` cannot be decided from the inputs. */
  effect: 'allow' | 'deny' | 'unknown';
  /** The route, entry or rule and what it does, in the report language. */
  text: string;
  /** Where it is written (absent for AWS defaults and other assumptions). */
  file?: string;
  path?: JsonPath;
  line?: number;
  column?: number;
  /** The hop (index in the branch's `hops`) the step is at; absent for the WorkSpaces subnet's own route, ACL and groups. */
  hop?: number;
}

/** One hop past the WorkSpaces subnet's route: a transit gateway, its route table, an attachment, a subnet of another VPC, a NAT or internet gateway. */
export interface ProofHop {
  /** `transit-gateway`, `transit-gateway-route-table`, `transit-gateway-attachment`, `subnet`, `nat-gateway`, `internet-gateway`, `egress-only-internet-gateway`, `carrier-gateway` or `next-hop`. */
  kind: string;
  id: string;
  /** The VPC the hop is in, when known. */
  vpcId?: string;
  /** What it is, in the report language ("transit gateway route table tgw-rtb-0a1b"). */
  text: string;
  /** Where it is written, when it comes from an input. */
  file?: string;
  path?: JsonPath;
  line?: number;
  column?: number;
}

/** A piece of public space that one route (or no route) carries, and how it ends. */
export interface ProofBranch {
  /** The public addresses of the piece, readable ("every public IPv4 address", "52.0.0.0/8"). */
  addresses: string;
  /** The piece as CIDR blocks (the first 16; `blockCount` says how many there are). */
  cidrs: string[];
  blockCount: number;
  /** The next hop of the route that carries it; absent when no route matches. */
  target?: { kind: string; id: string };
  /** `open`: some packet passes every layer; `dropped`: every packet is dropped; `unverified`: it depends on what the inputs do not show. */
  outcome: 'open' | 'dropped' | 'unverified';
  /** The layer that drops the whole piece, when one does. */
  droppedBy?: ProofLayer;
  /** Every route, entry and rule that decides a part of the piece (allow and deny), in the order a packet meets them. */
  steps: ProofStep[];
  /** The chain past the route when the path was followed further, hop by hop (steps name the hop they are at). */
  hops?: ProofHop[];
}

/** How public space is decided for some subnets, one direction, one address family. */
export interface ProofPart {
  /** Subnets whose layers (route table, network ACL, groups, VPC) are the same, so the part is the same. */
  subnetIds: string[];
  vpcId?: string;
  direction: 'egress' | 'ingress';
  family: 4 | 6;
  verdict: Verdict;
  /** The argument in one or two sentences, in the report language. */
  text: string;
  branches: ProofBranch[];
}

/** A VPC the inputs hold. */
export interface ProofVpc {
  id: string;
  cidrs: string[];
  /** Subnets of this VPC seen in the inputs. */
  subnetIds: string[];
  /** True when some WorkSpaces subnet is in it. */
  workspaces: boolean;
}

/** Why the verdict is what it is: every part of public space, the layer that decides it, and what was assumed. */
export interface Proof {
  vpcs: ProofVpc[];
  parts: ProofPart[];
  /** What was taken as given rather than read: AWS defaults for missing layers, asserted closed targets, context values. */
  assumptions: ProofStep[];
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  /** One sentence explaining the verdict, in the report language. */
  summary: string;
  findings: Finding[];
  analysed: Inventory;
  /** The argument for the verdict (closed included). */
  proof: Proof;
}
