/**
 * The workbench loads a baseline file written by the CLI and shows the findings it accepts apart,
 * matched by the same fingerprints as `closed-workspaces check --baseline`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../validators/cli.ts';
import { expect, test } from './fixtures.ts';
import { openWorkbench, runsDone, sampleById, sampleDocuments, waitForRun, workbench } from './workbench-helpers.ts';

test('a baseline written by the CLI accepts the same findings in the workbench, and can be removed', async ({ page }) => {
  const documents = sampleDocuments(sampleById('split-default-route'));
  const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-baseline-'));
  let baseline: Buffer;
  try {
    for (const document of documents) writeFileSync(join(dir, document.name), document.text);
    const file = join(dir, 'baseline.json');
    const status = await main(['check', '--root', dir, '--write-baseline', file, '--reason', 'halves go to the firewall', '--accepted-by', 'alice', ...documents.map((document) => join(dir, document.name))], () => {}, () => {});
    expect(status).toBe(0);
    baseline = readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  let before = await runsDone(page);
  await root.locator('[data-part="file"]').setInputFiles(documents.map((document) => ({ name: document.name, mimeType: 'application/json', buffer: Buffer.from(document.text) })));
  await waitForRun(page, before);
  await expect(root.locator('.wb-group[data-severity="error"] .wb-finding')).toHaveCount(2);

  before = await runsDone(page);
  await root.locator('[data-part="baseline-file"]').setInputFiles([{ name: 'baseline.json', mimeType: 'application/json', buffer: baseline }]);
  await waitForRun(page, before);
  await expect(root.locator('[data-part="baseline-status"]')).toHaveText('Baseline baseline.json: 2 accepted finding(s).');
  await expect(root.locator('.wb-group[data-severity="error"]')).toHaveCount(0);
  const accepted = root.locator('.wb-group[data-severity="accepted"]');
  await expect(accepted.locator('.wb-group-heading')).toHaveText('Accepted by the baseline (2)');
  await expect(accepted.locator('.wb-finding[data-rule-id="rt-internet-route"]')).toHaveCount(2);
  await expect(accepted.locator('.wb-acceptance').first()).toContainText('by alice: halves go to the firewall');

  before = await runsDone(page);
  await root.locator('[data-part="remove-baseline"]').click();
  await waitForRun(page, before);
  await expect(root.locator('.wb-group[data-severity="accepted"]')).toHaveCount(0);
  await expect(root.locator('.wb-group[data-severity="error"] .wb-finding')).toHaveCount(2);
});

test('a file that is not a baseline is refused with a notice that says why', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  await root.locator('[data-part="baseline-file"]').setInputFiles([{ name: 'rt.json', mimeType: 'application/json', buffer: Buffer.from('{"RouteTables": []}') }]);
  await expect(root.locator('[data-part="notice"]')).toContainText('rt.json is not a baseline file: has no "closedWorkspacesBaseline": 1');
  await expect(root.locator('[data-part="baseline"]')).toBeHidden();
});
