/**
 * A bundle written by scripts/collect.sh (run here against the fake aws of tests/collect/) opened
 * in /validate/, as a file or pasted: one tab per output, the failed commands in their own tab,
 * the Region filled in, and the verdict the engine gives the bundle itself. The scripts are
 * downloadable from the site, byte for byte, and the collect page is linked from the landing page
 * and from /validate/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FAILED_TAB } from '../../src/client/bundle-tabs.ts';
import { validate } from '../../validators/index.ts';
import { runWithFakeAws } from '../collect/fake.ts';
import { directoryAccount, DIRECTORY, PROFILE, REGION } from '../collect/recordings.ts';
import { expect, test } from './fixtures.ts';
import { openWorkbench, paste, runsDone, waitForRun, workbench } from './workbench-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const account = directoryAccount();
const run = runWithFakeAws(['bash', resolve('scripts/collect.sh'), '--directory-id', DIRECTORY, '--region', REGION, '--profile', PROFILE, '--follow-transit-gateway'], account.responses, { outputOption: '--output' });
const bundle = run.bundle ?? '';
/** The tabs a reader expects: every output collected, then the failed commands. */
const TABS = [...account.collected.filter((entry) => !entry.response.status).map((entry) => entry.name), FAILED_TAB];
/** What the engine says about the bundle itself, with the context the workbench starts with. */
const expected = validate([{ name: 'bundle.json', text: bundle }], { bundle: 'public' });

test('collect.sh wrote the bundle these tests open', () => {
  expect(run.status, run.stderr).toBe(0);
  expect(bundle).toContain('"closedWorkspacesBundle": 1');
});

test('opening a bundle file gives a tab per output, the failed commands’ tab, the Region and the bundle’s verdict', async ({ page }) => {
  test.slow(); // twenty-five editor models and their markers
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await root.locator('[data-part="file"]').setInputFiles([{ name: 'closed-workspaces-bundle.json', mimeType: 'application/json', buffer: Buffer.from(bundle) }]);
  await waitForRun(page, before);
  await expect(root.locator('[role="tab"] .wb-tab-name')).toHaveText(TABS);
  await expect(root.locator('select[name="region"]')).toHaveValue(REGION);
  await expect(root.locator('[data-part="notice"]')).toContainText(`Opened the collect bundle closed-workspaces-bundle.json: its ${TABS.length - 1} outputs are in their own tabs.`);
  await expect(root.locator('[data-part="notice"]')).toContainText('2 command(s) failed while collecting (vpc-endpoints.json, vpc-block-public-access-exclusions.json)');
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', expected.verdict);
  // The failed commands are findings of their own tab, as the CLI reports them in the bundle.
  await expect(root.locator('.wb-finding[data-rule-id="input-partial"]')).toHaveCount(expected.findings.filter((finding) => finding.messageId === 'bundleCommand').length);
  // Each tab shows the command that printed it.
  await root.locator('[role="tab"]', { hasText: 'route-tables.json' }).first().click();
  await expect(root.locator('[data-part="command"]')).toContainText('aws ec2 describe-route-tables --filters Name=vpc-id,Values=vpc-0c1a55ed0c1a55ed0');
});

test('pasting a bundle into the empty tab opens it the same way', async ({ page }) => {
  test.slow(); // twenty-five editor models and their markers
  await openWorkbench(page, 'ja/validate/');
  const root = workbench(page);
  const before = await runsDone(page);
  await paste(page, bundle);
  await waitForRun(page, before);
  await expect(root.locator('[role="tab"] .wb-tab-name')).toHaveText(TABS);
  await expect(root.locator('[data-part="notice"]')).toContainText(`${TABS.length - 1} 個の出力をそれぞれのタブに分けました。`);
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', expected.verdict);
});

test('the site serves both collect scripts exactly as the repository holds them', async ({ request }) => {
  for (const name of ['collect.sh', 'collect.ps1']) {
    const response = await request.get(`scripts/${name}`);
    expect(response.status(), name).toBe(200);
    expect(Buffer.compare(await response.body(), readFileSync(`scripts/${name}`)), name).toBe(0);
  }
});

test('the collect page lists what the scripts run and is linked from the landing page and /validate/, in both languages', async ({ page }) => {
  test.slow(); // six page visits
  for (const [home, validatePage, collect] of [
    ['', 'validate/', 'validators/collect/'],
    ['ja/', 'ja/validate/', 'ja/validators/collect/'],
  ] as const) {
    for (const from of [home, validatePage]) {
      await page.goto(from);
      await expect(page.locator(`main a[href$="/${collect}"]`).first()).toBeVisible();
    }
    await page.goto(collect);
    await expect(page.locator('main')).toContainText('aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id <tgw-route-table-id> --filters Name=state,Values=active,blackhole');
    await expect(page.locator('main')).toContainText('"ec2:SearchTransitGatewayRoutes"');
    await expect(page.locator('main a[href$="/scripts/collect.ps1"]')).toHaveCount(1);
  }
});
