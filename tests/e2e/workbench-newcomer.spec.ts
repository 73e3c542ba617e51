/**
 * The workbench as a newcomer meets it: found from the landing page and opened on an example by
 * a link, a page title in line with the workbench, a Windows paste that says what it read and
 * that it is healthy, tabs named by what they hold, findings that bring their line into view, and
 * a Clear that forgets what the tab kept.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { openWorkbench, paste, runsDone, sampleById, sampleDocuments, waitForRun, workbench } from './workbench-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const [prefix, validator, example, card] of [
  ['', 'Validate your VPC', 'Try it on the closed reference design', 'Prove the VPC is closed'],
  ['ja/', '自分の VPC を検証する', '閉域構成のサンプルで試す', 'VPC が閉じていることを証明する'],
] as const) {
  test(`the ${prefix || 'en/'} landing page links to the validator and to its closed example on its first screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(prefix);
    await expect(page.getByRole('link', { name: example })).toBeInViewport();
    await expect(page.getByRole('link', { name: card })).toHaveAttribute('href', `/${prefix}validate/`);
    const link = page.getByRole('link', { name: validator, exact: true });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}validate/$`));
  });
}

for (const prefix of ['', 'ja/']) {
  for (const width of [390, 1280, 1600]) {
    test(`the ${prefix || 'en/'}validate/ title starts where its content starts at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${prefix}validate/`);
      const left = (selector: string) => page.locator(selector).first().evaluate((element) => Math.round(element.getBoundingClientRect().left));
      const title = await left('main h1');
      expect(Math.abs(title - (await left('.sl-markdown-content > p'))), 'title vs. introduction').toBeLessThanOrEqual(1);
      expect(Math.abs(title - (await left('[data-workbench]'))), 'title vs. workbench').toBeLessThanOrEqual(1);
    });
  }
}

test('a link to an example that does not exist says so and leaves the workbench as it was', async ({ page }) => {
  await openWorkbench(page, 'validate/?example=no-such-example');
  const root = workbench(page);
  await expect(root.locator('[data-part="notice"]')).toContainText('There is no example called “no-such-example”');
  await expect(root).toHaveAttribute('data-state', 'idle');
});

test('following an example link keeps what the tab held one Undo away', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await paste(page, '{"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "CidrBlock": "10.9.0.0/16"}]}');
  await waitForRun(page, before);
  await page.goto('validate/?example=closed-design');
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'closed', { timeout: 30_000 });
  await root.locator('[data-part="notice"] button').click();
  await expect(root.locator('.wb-tab-name')).toHaveText(['vpcs.json']);
});

test('a healthy Windows paste says what was read and that every check passes, in a tab named after it', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await paste(page, readFileSync('tests/fixtures/windows/activation.en.healthy.constructed.txt', 'utf8'));
  await waitForRun(page, before);
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-tone', 'healthy');
  await expect(root.locator('.wb-verdict-title')).toHaveText('Healthy: every check of the Windows output passes');
  await expect(root.locator('.wb-tab-name')).toHaveText(['windows-outputs.txt']);
  const table = root.locator('.wb-windows');
  await expect(table.locator('caption')).toHaveText('Read from windows-outputs.txt');
  // Windows and Office each name their KMS host and remaining days.
  await expect(table.getByRole('row', { name: /KMS host/ }).first()).toContainText(':1688');
  await expect(table.getByRole('row', { name: /Days remaining/ }).first()).toBeVisible();
});

test('a finding far down the document is brought into view and its line highlighted', async ({ page }) => {
  const sample = sampleById('nat-default-route');
  const routeTables = sampleDocuments(sample)[0]!;
  // Push the NAT route far below the first screen of the editor.
  const padded = routeTables.text.replace('"Routes": [', `"Routes": [${Array.from({ length: 60 }, (_, index) => `\n{"DestinationCidrBlock": "10.${index}.0.0/16", "GatewayId": "local", "State": "active", "Origin": "CreateRoute"},`).join('')}`);
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await paste(page, padded);
  await waitForRun(page, before);
  await expect(root.locator('.wb-tab-name')).toHaveText(['route-tables.json']);
  await root.locator('[data-rule-id="rt-internet-route"] .wb-finding-button').first().click();
  await expect(root.locator('.monaco-editor .wb-revealed-line')).toBeVisible();
  await expect(root.locator('.monaco-editor .wb-revealed-line')).toBeInViewport();
});

test('Clear forgets the pasted text: a reload brings nothing back', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  await expect(root.locator('.wb-hint', { hasText: 'sessionStorage' })).toBeVisible();
  const before = await runsDone(page);
  await paste(page, '{"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "CidrBlock": "10.9.0.0/16"}]}');
  await waitForRun(page, before);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  await root.locator('[data-part="clear"]').click();
  await expect(root).toHaveAttribute('data-state', 'idle');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(workbench(page)).toHaveAttribute('data-state', 'idle');
  await expect(workbench(page).locator('.view-lines, textarea').first()).not.toContainText('10.9.0.0/16');
});
