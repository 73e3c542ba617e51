/**
 * The offline guarantee, applied to every browser test: any request off the page's own origin
 * is aborted and fails the test, and so does any console error or uncaught exception.
 */
import { test as base, expect } from '@playwright/test';

export interface PageWatch {
  /** Requests to another origin (aborted before they leave the browser). */
  offOrigin: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<{ watch: PageWatch; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  watch: [
    async ({ context, baseURL, allowConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const watch: PageWatch = { offOrigin: [], errors: [] };
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (LOCAL_SCHEMES.has(url.protocol) || url.origin === origin) return route.fallback();
        watch.offOrigin.push(url.href);
        return route.abort('blockedbyclient');
      });
      context.on('page', (page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
          watch.errors.push(`${page.url()}: ${text}`);
        });
        page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
      });
      await use(watch);
      expect(watch.offOrigin, 'requests off the site origin').toEqual([]);
      expect(watch.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
