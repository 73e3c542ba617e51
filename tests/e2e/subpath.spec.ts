import { expect, test } from './fixtures.ts';
import { SUBPATH_BASE, SUBPATH_URL } from './servers.ts';
import { workbench } from './workbench-helpers.ts';

// The same site built with BASE=/tools/closed-workspaces/ and served under that path.
test.use({ baseURL: SUBPATH_URL });

test('a sub-path build resolves every link and asset under its base', async ({ page }) => {
  test.slow(); // one visit per page the landing page links to, and every new guide adds one
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('', { waitUntil: 'networkidle' });
  // Styles applied means the CSS under the base was found.
  await expect(page.locator('header.header')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');

  const urls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((url) => url.startsWith('/')),
  );
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((url) => !url.startsWith(SUBPATH_BASE))).toEqual([]);

  // Every page the landing page links to loads under the base, in both languages.
  const pages = [...new Set(urls.filter((url) => url.endsWith('/')))];
  for (const url of pages) {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status(), url).toBe(200);
  }
  await page.goto('ja/', { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(failed).toEqual([]);
});

test('links written in page content (Markdown and components) carry the base and load', async ({ page }) => {
  for (const path of ['rules/path-internet-reachable/', 'ja/rules/path-internet-reachable/', 'reference/api/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length, path).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(SUBPATH_BASE)), path).toEqual([]);
    for (const href of new Set(hrefs.map((href) => href.split('#')[0] ?? href))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }
});

test('a newcomer under the sub-path opens the closed example from the landing page, downloads its report and loads a baseline', async ({ page }) => {
  test.slow(); // two pages, Monaco, the validation and report workers
  await page.goto('');
  await page.getByRole('link', { name: 'Try it on the closed reference design' }).click();
  const root = workbench(page);
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'closed', { timeout: 30_000 });
  await expect(page).toHaveURL(`${SUBPATH_URL}validate/`);
  const download = page.waitForEvent('download');
  await root.getByRole('button', { name: 'Download report', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/^closed-workspaces-audit-/);
  // The baseline reader is a chunk of its own, loaded under the base with the first baseline file.
  await root.locator('[data-part="baseline-file"]').setInputFiles([{ name: 'rt.json', mimeType: 'application/json', buffer: Buffer.from('{"RouteTables": []}') }]);
  await expect(root.locator('[data-part="notice"]')).toContainText('rt.json is not a baseline file');
});
