/**
 * Pieces every AWS output shape shares. Loose objects throughout: AWS adds fields over time and
 * a new field must never fail a paste. Only the fields the analysis reads are typed.
 */
import * as z from 'zod';

// Browsers under the site's CSP forbid eval; zod's JIT would otherwise try it.
z.config({ jitless: true });

/** An integer (AWS prints ports, rule numbers and ICMP codes as JSON numbers). */
export const int = z.number().int();

/** A `{ Key, Value }` tag. */
export const Tag = z.looseObject({
  /** Tag key. */
  Key: z.string(),
  /** Tag value (may be empty). */
  Value: z.string().optional(),
});
