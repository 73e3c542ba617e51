import { expect, test } from './fixtures.ts';

test('Japanese search finds a word in the middle of a Japanese sentence', async ({ page }) => {
  await page.goto('ja/');
  await page.getByRole('button', { name: '検索' }).click();
  const dialog = page.getByRole('dialog');
  // 「出典」 sits inside a sentence on the Japanese landing page (「…出典付きで説明します」), with no spaces around it.
  await dialog.getByRole('textbox').fill('出典');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/ja/'))).toBe(true);
});

test('English search finds English pages only', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('activation');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/ja/'))).toBe(false);
});
