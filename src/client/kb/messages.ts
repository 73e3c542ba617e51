/**
 * UI strings for the knowledge-base calculators. The component renders them into a JSON data
 * attribute from content/i18n, so the client script carries no language of its own.
 */

/** The strings of one calculator, read from `data-messages` on its root. */
export function readMessages(root: HTMLElement): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(root.dataset.messages ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}
