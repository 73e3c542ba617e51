import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { openWorkbench, workbench } from './workbench-helpers.ts';

/** Workbench pages in both languages, checked once the editor and the results are in. */
const PAGES = ['validate/', 'ja/validate/', 'validators/network-acls/', 'ja/validators/security-groups/'];

for (const path of PAGES) {
  test(`/${path} has no serious or critical accessibility violations with the workbench loaded`, async ({ page }) => {
    await openWorkbench(page, path);
    const root = workbench(page);
    // Open what is closed at first, so axe sees the context form, the examples and the share panel too.
    await root.locator('[data-part="context"] summary').click();
    await root.locator('[data-part="share"]').click();
    await expect(root.locator('[data-part="share-link"]')).toHaveValue(/#workbench=/);
    await root.locator('[data-part="examples"] summary').click();
    await expect(root.locator('[data-sample-id]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-workbench]').analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(blocking).toEqual([]);
  });
}

test('the workbench page as a whole passes axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWorkbench(page, 'validators/route-tables/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
});
