/**
 * Bilingual message templates: `{name}` placeholders are filled from a finding's data.
 * Keeping translations as data (not code) lets the rule pages list every message.
 */

/** Values a message can interpolate. */
export type MessageData = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

