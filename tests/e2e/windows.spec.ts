import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

for (const prefix of ['', 'ja/']) {
  test(`/${prefix}guides/verify-inside/ lists every command with rule links that load, accessibly`, async ({ page }) => {
    await page.goto(`${prefix}guides/verify-inside/`);
    const rows = page.locator('ul.windows-commands > li');
    await expect(rows).toHaveCount(11);
    await expect(rows.first().locator('code').first()).toHaveText('cscript //nologo %windir%\\system32\\slmgr.vbs /dlv');
    const links = await page.locator('ul.windows-commands a').evaluateAll((anchors) => [...new Set(anchors.map((anchor) => anchor.getAttribute('href') ?? ''))]);
    expect(links.length).toBe(17);
    for (const link of links) expect(link).toMatch(prefix ? /^\/ja\/rules\/win-/ : /^\/rules\/win-/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    const response = await page.goto(links[0] as string);
    expect(response?.status()).toBe(200);
  });

  test(`/${prefix}rules/win-office-kms-host/ shows the pasted text, the marked line and the finding in its language`, async ({ page }) => {
    await page.goto(`${prefix}rules/win-office-kms-host/`);
    const finding = page.locator('ul.rule-findings li[data-rule-id="win-office-kms-host"]').first();
    await expect(finding).toContainText('ospp.constructed.txt:9:');
    await expect(finding).toContainText(prefix ? '198.19.64.250:1688 です' : 'the Office KMS host of this WorkSpace is 198.19.64.250:1688');
    await expect(page.locator('figure', { hasText: 'LICENSE STATUS' }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
}
