/**
 * The engine's public data model: what goes in (documents, context) and what comes out
 * (a report of findings and a verdict). Changing a field here changes the CLI's JSON output
 * and the reference page that documents it.
 */
import type { JsonPath } from './input/json-text.ts';

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

/** Bundle licensing of the WorkSpaces: decides which management ranges and KMS hosts apply. */
export type Bundle = 'public' | 'byol';

/** What the inputs cannot tell: all optional (design.md §4). */
export interface Context {
  /** AWS Region code, e.g. `ap-northeast-1`: selects the management interface ranges. */
  region?: string;
  /** Subnets the WorkSpaces use; default: every subnet seen in the inputs. */
  workspacesSubnetIds?: string[];
  /** Security groups on the WorkSpaces' network interfaces; default: `*_workspacesMembers` groups, else every group given. */
  workspacesSecurityGroupIds?: string[];
  /** Directory controllers (DNS servers) as IPs or CIDRs. */
  directoryControllers?: string[];
  /** On-premises or other internal ranges reached over TGW/VGW: not internet. */
  internalCidrs?: string[];
  /** Next-hop ids known to have no internet egress downstream (e.g. a TGW with no egress path). */
  closedTargets?: string[];
  /** `public` (default) or `byol`. */
  bundle?: Bundle;
  /** BYOL: your own KMS hosts for Windows activation, as `host` or `host:port` (port 1688 when omitted). */
  kmsHosts?: string[];
  /** Where domain members should take time from; checked against pasted w32tm output. */
  timeSource?: TimeSourceDesign;
}

/** The time design: the domain hierarchy (PDC emulator at the top) or Amazon Time Sync on every member. */
export type TimeSourceDesign = 'domain-hierarchy' | 'amazon-time-sync';

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

/** One problem or observation, at a place in one document. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
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
}

/** The overall answer: is there any path between the WorkSpaces subnets and the internet? */
export type Verdict = 'closed' | 'open' | 'unverified';

/** What the inputs held, as the engine understood them. */
export interface Inventory {
  documents: { name: string; kinds: string[] }[];
  vpcs: number;
  subnets: number;
  routeTables: number;
  networkAcls: number;
  securityGroups: number;
  prefixLists: number;
  /** The subnets the verdict is about. */
  workspacesSubnetIds: string[];
  /** The security groups taken as the WorkSpaces' groups. */
  workspacesSecurityGroupIds: string[];
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  /** One sentence explaining the verdict, in the report language. */
  summary: string;
  findings: Finding[];
  analysed: Inventory;
}
