/** Shared lookups for the knowledge-base components: language, page links, source labels. */
import type { SourceKind } from '../../../validators/requirements/sources.ts';
import type { FactStatus } from '../../../validators/requirements/sources.ts';
import { withBase } from '../../integrations/base-links.ts';
import type { UiKey } from '../../i18n/ui.ts';

export { langOf } from '../rules/rule-data.ts';

/** A site page in the reader's language, under the base path: `guides/activation` → `/ja/guides/activation/`. */
export function pageHref(slug: string, lang: 'en' | 'ja', hash = ''): string {
  const path = `${lang === 'ja' ? '/ja' : ''}/${slug.replace(/^\/|\/$/g, '')}/`;
  return withBase(`${path}${hash ? `#${hash}` : ''}`, import.meta.env.BASE_URL);
}

/** The short label of who published a source, shown in citations. */
export const SOURCE_KIND_LABEL: Record<SourceKind, UiKey> = {
  aws: 'kb.kind.aws',
  'aws-archived': 'kb.kind.awsArchived',
  microsoft: 'kb.kind.microsoft',
  iana: 'kb.kind.iana',
  'third-party': 'kb.kind.thirdParty',
};

/** The badge of a fact that must not read as settled; `confirmed` has none. */
export const STATUS_BADGE: Record<Exclude<FactStatus, 'confirmed'>, { label: UiKey; help: UiKey; variant: 'caution' | 'note' | 'tip' | 'danger' }> = {
  unconfirmed: { label: 'kb.status.unconfirmed', help: 'kb.status.unconfirmed.help', variant: 'danger' },
  archived: { label: 'kb.status.archived', help: 'kb.status.archived.help', variant: 'caution' },
  observed: { label: 'kb.status.observed', help: 'kb.status.observed.help', variant: 'note' },
  inferred: { label: 'kb.status.inferred', help: 'kb.status.inferred.help', variant: 'tip' },
};

/** Third-party is a property of the source, not of the fact; it gets the same kind of badge. */
export const THIRD_PARTY_BADGE = { label: 'kb.status.thirdParty', help: 'kb.status.thirdParty.help', variant: 'note' } as const satisfies { label: UiKey; help: UiKey; variant: string };

/** `tcp 53`, `udp 137–138`, `icmp all`, `all` for the port columns. */
export function portText(protocol: string, from: number, to: number): string {
  if (protocol === 'all') return '';
  if (protocol === 'icmp') return from === -1 ? '' : `${from}`;
  return from === to ? `${from}` : `${from}–${to}`;
}
