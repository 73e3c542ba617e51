/**
 * "Redact before sharing": replaces AWS account ids, resource ids and ARNs in the documents,
 * their names and the context, consistently (one id → one placeholder everywhere), so the
 * redacted inputs still validate to the same verdict on the same lines. Ids keep their prefix
 * and length (`subnet-0a1b…` → `subnet-00000000000000001`); addresses, CIDRs, tags and
 * descriptions are kept, because the analysis needs the addresses. Pure: no DOM.
 */
import type { Context } from '../../validators/index.ts';
import type { WorkbenchState } from './share-state.ts';

/**
 * Prefixes of the AWS resource ids that `describe-*` outputs and ARNs carry (EC2, VPC, Transit
 * Gateway, Block Public Access exclusions, Outposts, Cloud WAN). Longer prefixes first, so `tgw-attach-…` is not read as `tgw-`.
 */
export const RESOURCE_ID_PREFIXES = [
  'vpcbpa-exclude',
  'subnet-cidr-assoc',
  'vpc-cidr-assoc',
  'tgw-mcast-domain',
  'lgw-vpc-assoc',
  'lgw-vif-grp',
  'core-network',
  'ipam-scope',
  'ipam-pool',
  'eni-attach',
  'tgw-attach',
  'vpce-svc',
  'tgw-rtb',
  'lgw-rtb',
  'lgw-vif',
  'rtbassoc',
  'aclassoc',
  'eipalloc',
  'eipassoc',
  'ipv6pool-ec2',
  'subnet',
  'vpce',
  'eigw',
  'cagw',
  'dopt',
  'ipam',
  'snap',
  'vpc',
  'rtb',
  'acl',
  'igw',
  'nat',
  'tgw',
  'vgw',
  'cgw',
  'vpn',
  'pcx',
  'eni',
  'lgw',
  'sgr',
  'ami',
  'vol',
  'sg',
  'pl',
  'fl',
  'i',
  'r',
] as const;

/** What kind of value a placeholder replaced. */
export type ReplacedKind = 'account' | 'resource' | 'arn';

/** One replaced value and how often it occurred. */
export interface Replacement {
  kind: ReplacedKind;
  original: string;
  placeholder: string;
  count: number;
}

export interface Redacted {
  state: WorkbenchState;
  /** Every distinct value replaced, in order of first appearance. */
  replacements: Replacement[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An EC2-style id: prefix, dash, hex digits (AWS prints 8 or 17; hand-edited inputs vary, and a leak costs more than a spare placeholder). */
const RESOURCE_ID_SOURCE = `(?:${RESOURCE_ID_PREFIXES.map(escape).join('|')})-[0-9a-f]{8,17}`;
/** Directory Service (`d-` + 10 hex) and WorkSpaces ids (`ws-`, `wsb-`, `wsd-` + 9 alphanumerics). */
const SERVICE_ID_SOURCE = '(?:d-[0-9a-f]{10}|ws[bd]?-[0-9a-z]{9})';
/** An ARN up to the next character that cannot be part of one in JSON or prose. */
const ARN_SOURCE = 'arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9a-z]*:[^\\s"\'`,;<>()\\[\\]{}]+';
/** A 12-digit number that is not part of a longer word or number. */
const ACCOUNT_SOURCE = '\\d{12}';

// A dash may precede an id (`backup-vpc-0a1b…` in a tag still names a VPC); a dot or letter may not.
const BEFORE = '(?<![0-9A-Za-z_.])';
// Nothing of a word may follow, except the suffixes WorkSpaces gives a directory's groups (`d-…_workspacesMembers`).
const AFTER = '(?![0-9A-Za-z])(?!_(?!workspacesMembers|controllers))';

/** One pass over the text finds all three kinds; groups say which one matched. */
const TOKEN = new RegExp(`${BEFORE}(?:(${ARN_SOURCE})|(${RESOURCE_ID_SOURCE}|${SERVICE_ID_SOURCE})|(${ACCOUNT_SOURCE}))${AFTER}`, 'g');
const WHOLE_ID = new RegExp(`^(?:${RESOURCE_ID_SOURCE}|${SERVICE_ID_SOURCE})$`);
const ACCOUNT = /^\d{12}$/;

/** Hands out placeholders and remembers them, so the same value is always replaced the same way. */
class PlaceholderTable {
  private readonly byOriginal = new Map<string, Replacement>();
  private readonly counters = new Map<string, number>();

  private next(series: string): number {
    const value = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, value);
    return value;
  }

  private remember(kind: ReplacedKind, original: string, make: () => string): string {
    const known = this.byOriginal.get(original);
    if (known) {
      known.count++;
      return known.placeholder;
    }
    const placeholder = make();
    this.byOriginal.set(original, { kind, original, placeholder, count: 1 });
    return placeholder;
  }

  account(original: string): string {
    return this.remember('account', original, () => String(this.next('account')).padStart(12, '0'));
  }

  /** `subnet-0a1b2c3d4e5f60001` → `subnet-00000000000000001`: same prefix, same length. */
  resource(original: string): string {
    return this.remember('resource', original, () => {
      const dash = original.lastIndexOf('-');
      const prefix = original.slice(0, dash);
      const digits = original.length - dash - 1;
      return `${prefix}-${String(this.next(prefix)).padStart(digits, '0')}`;
    });
  }

  /** Keeps partition, service, Region and resource type; the account and the name are replaced. */
  arn(original: string): string {
    const parts = original.split(':');
    const [arn = 'arn', partition = 'aws', service = '', region = '', account = ''] = parts;
    const resource = parts.slice(5).join(':');
    const cut = resource.search(/[/:]/);
    const type = cut >= 0 ? resource.slice(0, cut + 1) : '';
    const name = cut >= 0 ? resource.slice(cut + 1) : resource;
    const redactedAccount = ACCOUNT.test(account) ? this.account(account) : account;
    const redactedName = WHOLE_ID.test(name) ? this.resource(name) : this.remember('arn', `${service}:${type}${name}`, () => `redacted-${this.next('arn')}`);
    return [arn, partition, service, region, redactedAccount, `${type}${redactedName}`].join(':');
  }

  list(): Replacement[] {
    return [...this.byOriginal.values()];
  }
}

function redactText(text: string, table: PlaceholderTable): string {
  return text.replace(TOKEN, (match, arn: string | undefined, id: string | undefined) => {
    if (arn !== undefined) return table.arn(match);
    if (id !== undefined) return table.resource(match);
    return table.account(match);
  });
}

function redactContext(context: Context, table: PlaceholderTable): Context {
  const out: Context = { ...context };
  for (const key of ['workspacesSubnetIds', 'workspacesSecurityGroupIds', 'closedTargets'] as const) {
    const list = context[key];
    if (list) out[key] = list.map((value) => redactText(value, table));
  }
  return out;
}

/** The state with every account id, resource id and ARN replaced, and what was replaced. */
export function redactState(state: WorkbenchState): Redacted {
  const table = new PlaceholderTable();
  const documents = state.documents.map((document) => ({ name: redactText(document.name, table), text: redactText(document.text, table) }));
  const context = redactContext(state.context, table);
  return { state: { documents, context }, replacements: table.list() };
}
