/**
 * `Fn::Cidr [ipBlock, count, cidrBits]` as CloudFormation computes it: `count` consecutive blocks,
 * each with `cidrBits` host bits (a /27 from cidrBits 5 in IPv4, a /64 from 64 in IPv6), carved
 * from the start of `ipBlock` (its network address). `count` is 1–256 and the blocks must fit in
 * `ipBlock`. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html
 */
import { BITS, formatAddress, isAddressError, parseCidr } from '../../../net/address.ts';
import type { Localized } from '../../../types.ts';

export type CidrResult = { ok: true; blocks: string[] } | { ok: false; problem: Localized };

/** An integer argument as CloudFormation accepts it: a JSON number or a string of digits. */
export function integerArgument(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}

export function cidrBlocks(ipBlock: unknown, countValue: unknown, bitsValue: unknown): CidrResult {
  const block = parseCidr(ipBlock);
  if (isAddressError(block)) return { ok: false, problem: { en: `its ipBlock is not a CIDR: ${block.error.en}`, ja: `ipBlock が CIDR ではありません: ${block.error.ja}` } };
  const count = integerArgument(countValue);
  if (count === undefined || count < 1 || count > 256) {
    return { ok: false, problem: { en: `its count ${JSON.stringify(countValue)} is not an integer from 1 to 256`, ja: `count ${JSON.stringify(countValue)} が 1–256 の整数ではありません` } };
  }
  const width = BITS[block.family];
  const bits = integerArgument(bitsValue);
  const prefix = bits === undefined ? -1 : width - bits;
  if (bits === undefined || bits < 1 || prefix < block.prefix) {
    return {
      ok: false,
      problem: {
        en: `its cidrBits ${JSON.stringify(bitsValue)} does not give blocks inside ${block.canonical} (at most ${width - block.prefix} host bits)`,
        ja: `cidrBits ${JSON.stringify(bitsValue)} では ${block.canonical} に収まるブロックになりません (ホストビットは最大 ${width - block.prefix})`,
      },
    };
  }
  const available = 2n ** BigInt(prefix - block.prefix);
  if (BigInt(count) > available) {
    return {
      ok: false,
      problem: { en: `${count} blocks of /${prefix} do not fit in ${block.canonical} (it holds ${available})`, ja: `/${prefix} のブロック ${count} 個は ${block.canonical} に収まりません (収まるのは ${available} 個)` },
    };
  }
  const size = 2n ** BigInt(bits);
  const blocks: string[] = [];
  for (let index = 0; index < count; index++) blocks.push(`${formatAddress(block.family, block.first + BigInt(index) * size)}/${prefix}`);
  return { ok: true, blocks };
}
