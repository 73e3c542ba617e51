/**
 * What the Office KMS calculator says for an input: the Office KMS host of a public-bundle
 * WorkSpace from its management interface address, with a hint when the address does not look
 * like a public-bundle management address. Pure, so unit tests pin every message.
 */
import { BYOL_OFFICE_KMS_HOST, KMS_PORT, officeKmsHost } from '../../../validators/requirements/activation.ts';
import { managementRangesContaining } from '../../../validators/requirements/management-lookup.ts';
import { format } from '../format.ts';

/** The message, the host and an optional hint for what the reader typed. */
export function officeKmsAnswer(input: string, messages: Record<string, string>): { kind: 'empty' | 'result' | 'error'; text: string; hint?: string; host?: string } {
  const value = input.trim();
  if (!value) return { kind: 'empty', text: messages.empty ?? '' };
  const result = officeKmsHost(value);
  if (!result.ok) {
    return { kind: 'error', text: format(messages[result.reason === 'not-ipv4' ? 'notIpv4' : 'invalid'] ?? '', { value }) };
  }
  const where = managementRangesContaining(value);
  const hint = where.byol
    ? format(messages.hintByol ?? '', { byolHost: BYOL_OFFICE_KMS_HOST })
    : where.public.length > 0
      ? format(messages.hintInside ?? '', { ranges: where.public.join(', ') })
      : messages.hintOutside;
  return { kind: 'result', host: result.host, text: format(messages.result ?? '', { host: result.host, port: String(KMS_PORT) }), ...(hint ? { hint } : {}) };
}
