/** The page's view of the input-kind registry, made at build time (see src/client/input-catalogue.ts). */
import { ALL_KINDS } from '../../../validators/input/kinds/index.ts';
import type { KindEntry } from '../../client/input-catalogue.ts';

/** Every kind's command and tab name, in the registry's order. */
export function kindEntries(): KindEntry[] {
  return ALL_KINDS.map(({ kind, command, fileName }) => ({ kind, command, fileName }));
}
