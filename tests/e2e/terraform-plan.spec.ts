/**
 * A Terraform plan in the workbench: pasted, it is recognised as a plan (the tab takes its name),
 * judged like describe-* output, and a finding brings its line of the plan into view; the Terraform
 * page opens on its example in both languages.
 */
import { expect, test } from './fixtures.ts';
import { openWorkbench, paste, runsDone, sampleById, sampleDocuments, waitForRun, workbench } from './workbench-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a pasted plan is named terraform-plan.json, is open, and its split route finding shows the route’s line', async ({ page }) => {
  const plan = sampleDocuments(sampleById('terraform-split-default-to-nat'))[0]!;
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await paste(page, plan.text);
  await waitForRun(page, before);
  await expect(root.locator('.wb-tab-name')).toHaveText(['terraform-plan.json']);
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'open');
  const finding = root.locator('[data-rule-id="rt-internet-route"]').first();
  await expect(finding).toContainText('module.vpc.aws_route_table.intra[0]');
  await finding.locator('.wb-finding-button').click();
  await expect(root.locator('.monaco-editor .wb-revealed-line')).toBeInViewport();
  await expect(root.locator('.monaco-editor .view-line', { hasText: '"destination_cidr_block": "0.0.0.0/1"' })).toBeVisible();
});

for (const [prefix, verdictTitle] of [['', /Open/], ['ja/', /開いています/]] as const) {
  test(`the ${prefix || 'en/'} Terraform page opens on its example plan, judged open`, async ({ page }) => {
    await openWorkbench(page, `${prefix}validators/terraform-plans/`);
    const root = workbench(page);
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'open');
    await expect(root.locator('[data-part="verdict"] .wb-verdict-title')).toHaveText(verdictTitle);
    await expect(root.locator('[data-rule-id="path-internet-reachable"]')).toContainText('module.vpc.aws_nat_gateway.this[0]');
  });
}
