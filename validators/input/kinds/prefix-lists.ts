/**
 * `aws ec2 describe-prefix-lists`: the AWS-managed lists of the Region's gateway-endpoint
 * services (`com.amazonaws.<region>.s3`, `….dynamodb`) with their CIDRs. The CIDRs resolve
 * prefix-list routes and security-group references exactly as get-managed-prefix-list-entries
 * does; a list printed by both commands with the same CIDRs is one list, with other CIDRs a
 * conflict (both readers compare the set of CIDRs, see `prefixListContent`).
 */
import * as z from 'zod';
import type { PrefixList } from '../../model.ts';
import { has, hasAny } from '../read-context.ts';
import { defineInputKind } from './define.ts';
import { prefixListContent } from './prefix-list-entries.ts';

/** One prefix list (API type `PrefixList`). */
export const PrefixListShape = z.looseObject({
  /** `pl-…`. */
  PrefixListId: z.string(),
  /** `com.amazonaws.<region>.<service>`. */
  PrefixListName: z.string().optional(),
  /** The service's address ranges. */
  Cidrs: z.array(z.unknown()),
});

/** describe-managed-prefix-lists prints the same top-level key, with each list's size and owner but no CIDRs. */
const MANAGED_LIST_FIELDS = ['MaxEntries', 'AddressFamily', 'PrefixListArn', 'Version'] as const;

export const prefixLists = defineInputKind({
  kind: 'PrefixLists',
  command: 'aws ec2 describe-prefix-lists --output json',
  collectionKey: 'PrefixLists',
  fileName: 'prefix-lists.json',
  label: { en: 'AWS service prefix lists', ja: 'AWS サービスのプレフィックスリスト' },
  page: 'validators/endpoints-and-gateways/',
  note: {
    en: 'Lists the AWS-managed lists of the Region’s gateway-endpoint services with their CIDRs. For a customer-managed list use `get-managed-prefix-list-entries`: `describe-managed-prefix-lists` prints no CIDRs.',
    ja: 'リージョンのゲートウェイエンドポイント用サービスの AWS マネージドプレフィックスリストを、CIDR 付きで出力します。カスタマーマネージドのリストには `get-managed-prefix-list-entries` を使います (`describe-managed-prefix-lists` の出力には CIDR がありません)。',
  },
  itemShape: PrefixListShape,
  example: { PrefixListName: 'com.amazonaws.ap-northeast-1.s3', Cidrs: ['52.219.0.0/20', '52.219.16.0/22', '52.219.136.0/22'], PrefixListId: 'pl-61a54008' },
  detect: (value) => has(value, 'PrefixListId') && has(value, 'Cidrs') && !hasAny(value, ['Entries', 'Cidr']),
  read(ctx, file, value, path) {
    if (!has(value, 'Cidrs') && typeof value.PrefixListId === 'string' && hasAny(value, MANAGED_LIST_FIELDS)) {
      ctx.problem('input-document', 'managedPrefixList', { file, path: [...path, 'PrefixListId'] }, { id: value.PrefixListId });
      return;
    }
    const list = ctx.check(PrefixListShape, value, file, path);
    if (!list) return;
    const at = { file, path: [...path, 'PrefixListId'] };
    const name = list.PrefixListName;
    if (!ctx.firstDefinition(list.PrefixListId, at, 'pl', prefixListContent(list.Cidrs))) {
      // The same CIDRs read earlier from get-managed-prefix-list-entries, which does not print the name.
      const earlier = ctx.resources.prefixLists.find((known) => known.id === list.PrefixListId && known.name === undefined);
      if (earlier && name !== undefined) earlier.name = name;
      return;
    }
    const result: PrefixList = { id: list.PrefixListId, entries: [], incomplete: false, at, ...(name !== undefined ? { name } : {}) };
    list.Cidrs.forEach((text, index) => {
      const block = ctx.cidrAt(file, text, [...path, 'Cidrs'], index);
      if (block) result.entries.push({ cidr: block, at: { file, path: [...path, 'Cidrs', index] } });
      else result.incomplete = true;
    });
    ctx.resources.prefixLists.push(result);
  },
});
