/** `aws ec2 get-managed-prefix-list-entries`: the CIDRs of one prefix list, for the routes and rules that name it. */
import * as z from 'zod';
import type { PrefixList } from '../../model.ts';
import type { JsonPath } from '../../types.ts';
import { canonicalJson, has, hasAny, isObject, type Json, type ReadContext } from '../read-context.ts';
import { defineInputKind } from './define.ts';

/** One entry of `aws ec2 get-managed-prefix-list-entries`. */
export const PrefixListEntryShape = z.looseObject({
  Cidr: z.string(),
  Description: z.string().optional(),
});

/**
 * What two copies of one prefix list are compared by, whichever command printed them
 * (get-managed-prefix-list-entries or describe-prefix-lists): the set of its CIDRs, in any
 * order. Equal sets are one list read twice; different sets are a conflict.
 */
export function prefixListContent(cidrs: readonly unknown[]): string[] {
  return [...new Set(cidrs.map((cidr) => (typeof cidr === 'string' ? cidr : canonicalJson(cidr))))].sort();
}

/** Reads entries as one list: its id comes from the output (`PrefixListId` added next to `Entries`) or the file name. */
function readPrefixList(ctx: ReadContext, file: string, items: readonly unknown[], path: JsonPath, parent: Json, itemPath: (index: number) => JsonPath): void {
  const explicit = typeof parent.PrefixListId === 'string' ? parent.PrefixListId : undefined;
  const id = explicit ?? /\bpl-[0-9a-f]{8,17}\b/.exec(file)?.[0];
  if (!id) {
    ctx.problem('input-document', 'prefixListId', { file, path });
    return;
  }
  // `PrefixListId` sits next to the collection (`path` ends with `Entries`), wherever the output is (a bundle nests it).
  const at = { file, path: explicit ? [...path.slice(0, -1), 'PrefixListId'] : path };
  const cidrs = items.map((item) => (isObject(item) && has(item, 'Cidr') ? item.Cidr : item));
  if (!ctx.firstDefinition(id, at, 'pl', prefixListContent(cidrs))) return;
  const result: PrefixList = { id, entries: [], incomplete: false, at };
  items.forEach((raw, index) => {
    const entryPath = itemPath(index);
    const entry = ctx.check(PrefixListEntryShape, raw, file, entryPath);
    const block = entry && ctx.cidrAt(file, entry.Cidr, entryPath, 'Cidr');
    if (block) result.entries.push({ cidr: block, at: { file, path: [...entryPath, 'Cidr'] } });
    else result.incomplete = true;
  });
  ctx.resources.prefixLists.push(result);
}

export const prefixListEntries = defineInputKind({
  kind: 'PrefixListEntries',
  command: 'aws ec2 get-managed-prefix-list-entries --prefix-list-id <prefix-list-id> --output json',
  collectionKey: 'Entries',
  fileName: 'prefix-list-entries.json',
  label: { en: 'prefix-list entries', ja: 'プレフィックスリストのエントリ' },
  page: 'validators/route-tables/',
  note: {
    en: 'The output does not repeat the list id: add `"PrefixListId": "pl-…"` next to `Entries`, or name the document after the list (`pl-….json`).',
    ja: '出力にはリスト ID が含まれないため、`Entries` と同じ階層に `"PrefixListId": "pl-…"` を書き加えるか、ドキュメント名をリスト ID (`pl-….json`) にします。',
  },
  itemShape: PrefixListEntryShape,
  example: { Cidr: '52.219.136.0/22', Description: 'com.amazonaws.ap-northeast-1.s3' },
  /** `get-managed-prefix-list-entries` output; add `PrefixListId` (or name the file after it) so routes can use it. */
  outputFields: { PrefixListId: z.string().optional() },
  collectionFirst: true,
  detect: (value) => has(value, 'Cidr') && !hasAny(value, ['VpcId', 'SubnetId', 'CidrBlock']),
  // A single entry is a list of one, named by the file.
  read: (ctx, file, value, path) => readPrefixList(ctx, file, [value], path, {}, () => path),
  readCollection: (ctx, file, items, path, parent) => readPrefixList(ctx, file, items, path, parent, (index) => [...path, index]),
});
