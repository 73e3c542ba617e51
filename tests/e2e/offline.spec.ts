import { builtPages } from './site-pages.ts';
import { expect, test } from './fixtures.ts';

// The fixture fails a test on any off-origin request or console error; visiting every page
// with it proves the whole site works inside a closed network.
const pages = builtPages();

test('the build has pages in both languages', () => {
  expect(pages).toContain('');
  expect(pages).toContain('ja/');
  expect(pages.length).toBeGreaterThan(2);
});

for (const path of pages) {
  test(`/${path} loads with no off-origin request and a same-origin CSP`, async ({ page }) => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });
}
