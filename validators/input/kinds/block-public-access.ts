/**
 * VPC Block Public Access: `aws ec2 describe-vpc-block-public-access-options` (the account's mode
 * in one Region, a single object, not a list) and `describe-vpc-block-public-access-exclusions`
 * (the VPCs and subnets exempted from it). The per-VPC and per-subnet mode in effect is read
 * from describe-vpcs and describe-subnets (`BlockPublicAccessStates`, see `readBpaMode`).
 */
import * as z from 'zod';
import type { BlockPublicAccessExclusion, BlockPublicAccessOptions, BpaMode } from '../../model.ts';
import type { JsonPath, Location } from '../../types.ts';
import { has, hasAny, type ReadContext } from '../read-context.ts';
import { Tag } from './common.ts';
import { defineInputKind } from './define.ts';

/** The modes AWS prints for `InternetGatewayBlockMode`. */
const BPA_MODES: ReadonlySet<string> = new Set<BpaMode>(['off', 'block-bidirectional', 'block-ingress']);

/** The modes AWS prints for an exclusion's `InternetGatewayExclusionMode`. */
const EXCLUSION_MODES: ReadonlySet<string> = new Set(['allow-bidirectional', 'allow-egress']);

/**
 * A Block Public Access mode at `parent[key]`, or undefined with a finding when AWS would never
 * print it. A mode that cannot be read blocks nothing: the analysis then does as if BPA were off.
 */
export function readBpaMode(ctx: ReadContext, file: string, text: unknown, parent: JsonPath, key: string): { mode: BpaMode; at: Location } | undefined {
  const at = { file, path: [...parent, key] };
  if (typeof text === 'string' && BPA_MODES.has(text)) return { mode: text as BpaMode, at };
  ctx.problem('input-value', 'bpaMode', at, { field: key, actual: typeof text === 'string' ? text : JSON.stringify(text) ?? String(text) });
  return undefined;
}

/** The account's options in one Region (API type `VpcBlockPublicAccessOptions`). */
export const BpaOptionsShape = z.looseObject({
  AwsAccountId: z.string().optional(),
  AwsRegion: z.string().optional(),
  /** `default-state`, `update-in-progress`, `update-complete`. */
  State: z.string().optional(),
  /** `off`, `block-bidirectional`, `block-ingress`. */
  InternetGatewayBlockMode: z.string(),
  /** `allowed` or `not-allowed` (a declarative policy of the organization can forbid exclusions). */
  ExclusionsAllowed: z.string().optional(),
});

export const blockPublicAccessOptions = defineInputKind({
  kind: 'VpcBlockPublicAccessOptions',
  command: 'aws ec2 describe-vpc-block-public-access-options --output json',
  collectionKey: 'VpcBlockPublicAccessOptions',
  singleItem: true,
  fileName: 'vpc-block-public-access-options.json',
  label: { en: 'VPC Block Public Access options', ja: 'VPC のブロックパブリックアクセスの設定' },
  page: 'validators/block-public-access/',
  note: {
    en: 'One object per Region, not a list; run it in the Region of the WorkSpaces.',
    ja: 'リストではなく、リージョンごとに 1 つのオブジェクトです。WorkSpaces のリージョンで実行します。',
  },
  itemShape: BpaOptionsShape,
  example: {
    AwsAccountId: '123456789012',
    AwsRegion: 'ap-northeast-1',
    State: 'update-complete',
    InternetGatewayBlockMode: 'block-bidirectional',
    LastUpdateTimestamp: '2026-04-01T02:13:44.000Z',
    ManagedBy: 'account',
    ExclusionsAllowed: 'allowed',
  },
  detect: (value) => has(value, 'InternetGatewayBlockMode') && hasAny(value, ['AwsRegion', 'AwsAccountId', 'ExclusionsAllowed', 'ManagedBy']) && !hasAny(value, ['ExclusionId', 'VpcId', 'SubnetId']),
  read(ctx, file, value, path) {
    const options = ctx.check(BpaOptionsShape, value, file, path);
    if (!options) return;
    const mode = readBpaMode(ctx, file, options.InternetGatewayBlockMode, path, 'InternetGatewayBlockMode');
    if (!mode) return;
    // One setting per account and Region: two copies for one Region are a duplicate or a conflict.
    const at = { file, path: [...path, 'InternetGatewayBlockMode'] };
    if (!ctx.firstDefinition(`${options.AwsAccountId ?? ''}/${options.AwsRegion ?? ''}`, at, 'bpa-options', value)) return;
    const result: BlockPublicAccessOptions = { mode: mode.mode, at };
    if (options.State !== undefined) result.state = options.State;
    if (options.AwsRegion !== undefined) result.region = options.AwsRegion;
    if (options.ExclusionsAllowed !== undefined) result.exclusionsAllowed = options.ExclusionsAllowed !== 'not-allowed';
    ctx.resources.blockPublicAccessOptions.push(result);
  },
});

/** One exclusion (API type `VpcBlockPublicAccessExclusion`). */
export const BpaExclusionShape = z.looseObject({
  /** `vpcbpa-exclude-…`. */
  ExclusionId: z.string(),
  /** `allow-bidirectional` or `allow-egress`. */
  InternetGatewayExclusionMode: z.string(),
  /** `arn:aws:ec2:<region>:<account>:vpc/vpc-…` or `…:subnet/subnet-…`. */
  ResourceArn: z.string().optional(),
  /** `create-complete`, `update-complete`, `delete-complete`, … */
  State: z.string().optional(),
  Tags: z.array(Tag).optional(),
});

/** The VPC or subnet an exclusion's ARN names (`…:vpc/vpc-…`, `…:subnet/subnet-…`); split, no pattern. */
export function excludedResource(arn: string): { kind: 'vpc' | 'subnet'; id: string } | undefined {
  const parts = arn.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'ec2') return undefined;
  const resource = parts[5] as string;
  const slash = resource.indexOf('/');
  const kind = resource.slice(0, slash);
  const id = resource.slice(slash + 1);
  if (slash < 0 || (kind !== 'vpc' && kind !== 'subnet') || !id.startsWith(`${kind}-`) || id.includes('/')) return undefined;
  return { kind, id };
}

export const blockPublicAccessExclusions = defineInputKind({
  kind: 'VpcBlockPublicAccessExclusions',
  command: 'aws ec2 describe-vpc-block-public-access-exclusions --output json',
  collectionKey: 'VpcBlockPublicAccessExclusions',
  singularKey: 'VpcBlockPublicAccessExclusion',
  fileName: 'vpc-block-public-access-exclusions.json',
  label: { en: 'VPC Block Public Access exclusions', ja: 'VPC のブロックパブリックアクセスの除外' },
  page: 'validators/block-public-access/',
  itemShape: BpaExclusionShape,
  example: {
    ExclusionId: 'vpcbpa-exclude-0e1a2b3c4d5e6f701',
    InternetGatewayExclusionMode: 'allow-egress',
    ResourceArn: 'arn:aws:ec2:ap-northeast-1:123456789012:subnet/subnet-0e1a2b3c4d5e6f709',
    State: 'create-complete',
    CreationTimestamp: '2026-04-01T02:13:44.000Z',
    LastUpdateTimestamp: '2026-04-01T02:13:44.000Z',
    Tags: [],
  },
  detect: (value) => has(value, 'ExclusionId') && hasAny(value, ['InternetGatewayExclusionMode', 'ResourceArn']),
  read(ctx, file, value, path) {
    const exclusion = ctx.check(BpaExclusionShape, value, file, path);
    if (!exclusion) return;
    const at = { file, path: [...path, 'ExclusionId'] };
    if (!ctx.firstDefinition(exclusion.ExclusionId, at, 'bpa-exclusion', value)) return;
    // Kept even when unreadable: an exclusion opens what Block Public Access closes, so one that
    // cannot be read must not disappear (the analysis takes an unknown resource as any resource).
    const result: BlockPublicAccessExclusion = { id: exclusion.ExclusionId, mode: exclusion.InternetGatewayExclusionMode, at };
    if (!EXCLUSION_MODES.has(exclusion.InternetGatewayExclusionMode)) {
      ctx.problem('input-value', 'exclusionMode', { file, path: [...path, 'InternetGatewayExclusionMode'] }, { actual: exclusion.InternetGatewayExclusionMode });
    }
    if (exclusion.ResourceArn !== undefined) {
      const resource = excludedResource(exclusion.ResourceArn);
      if (resource) {
        result.resourceId = resource.id;
        result.resourceKind = resource.kind;
      } else {
        ctx.problem('input-value', 'exclusionArn', { file, path: [...path, 'ResourceArn'] }, { actual: exclusion.ResourceArn });
      }
    }
    if (exclusion.State !== undefined) result.state = exclusion.State;
    ctx.resources.blockPublicAccessExclusions.push(result);
  },
});
