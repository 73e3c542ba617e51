/**
 * The audit report as a reviewer gets it: from the landing page in a few clicks, downloaded from
 * the workbench for the closed-design example, and printed by Chromium to A4 PDF pages that fit
 * (the PDFs are kept under test-results/ to be looked at).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { validate } from '../../validators/index.ts';
import { auditReport } from '../../validators/report/audit.ts';
import { closedAtRouteTable, droppedByAclDeny, IPV6_NONE, openThroughNat, reportWith, unverifiedNextHop } from '../fixtures/proofs.ts';
import { expect, test } from './fixtures.ts';
import { openWorkbench, runsDone, sampleById, sampleDocuments, waitForRun, workbench } from './workbench-helpers.ts';

const A4_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);

for (const lang of ['en', 'ja'] as const) {
  test(`the ${lang} report prints to A4 pages with nothing wider than the page`, async ({ page }) => {
    const sample = sampleById('closed-design');
    const documents = sampleDocuments(sample);
    const engine = validate(documents, sample.context, { lang });
    const handBuilt = reportWith('open', [openThroughNat, droppedByAclDeny, unverifiedNextHop, closedAtRouteTable, IPV6_NONE], engine.findings);
    mkdirSync('test-results/audit', { recursive: true });
    for (const [name, report] of [['engine', engine], ['proof', handBuilt]] as const) {
      const html = auditReport({
        report,
        inputs: documents.map((document) => ({ name: document.name, kinds: report.analysed.documents.find((entry) => entry.name === document.name)?.kinds ?? [], size: Buffer.byteLength(document.text), sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })),
        context: sample.context,
        lang,
        format: 'html',
        generatedAt: '2026-12-01T22:40:00.000Z',
        engineVersion: '0.1.0',
        siteUrl: 'https://example.jp/',
      });
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((element) => element.getBoundingClientRect().right)));
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(`test-results/audit/${name}.${lang}.pdf`, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${name} report pages`).toBeGreaterThan(0);
      await page.setViewportSize({ width: A4_WIDTH_PX, height: 1000 });
      const widestOnPage = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((element) => element.getBoundingClientRect().right)));
      expect(widestOnPage, `${name}: content wider than an A4 page (${widest}px unconstrained)`).toBeLessThanOrEqual(A4_WIDTH_PX + 1);
    }
  });
}

for (const [lang, prefix, linkName, buttonName, headline] of [
  ['en', '', 'Try it on the closed reference design', 'Download report', 'Closed'],
  ['ja', 'ja/', '閉域構成のサンプルで試す', 'レポートをダウンロード', '閉じています'],
] as const) {
  test(`a reviewer gets the ${lang} report of the closed design from the landing page in at most three clicks`, async ({ page }) => {
    test.slow(); // two pages, Monaco, the validation and report workers, and a PDF
    // Every click the reader makes, on whichever page it lands.
    let clicks = 0;
    await page.exposeFunction('reviewerClicked', () => clicks++);
    await page.addInitScript(() => document.addEventListener('click', (event) => event.isTrusted && void (window as unknown as { reviewerClicked: () => void }).reviewerClicked(), true));
    await page.goto(prefix);
    await page.getByRole('link', { name: linkName }).click();
    const root = workbench(page);
    // The example is fetched and checked while Monaco loads: as long as a validation may take (waitForRun).
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'closed', { timeout: 30_000 });
    await expect(root.locator('.wb-tab-name')).toHaveText(sampleById('closed-design').documents.map((document) => document.name));
    // The link has done its job: a reload keeps the reader's edits rather than loading the example again.
    await expect(page).toHaveURL(new RegExp(`/${prefix}validate/$`));
    const download = page.waitForEvent('download');
    await root.getByRole('button', { name: buttonName, exact: true }).click();
    const file = await download;
    expect(clicks, 'clicks from the landing page to the downloaded report').toBeLessThanOrEqual(3);
    expect(clicks, 'the counter saw both clicks of this path').toBe(2);
    expect(file.suggestedFilename()).toMatch(/^closed-workspaces-audit-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync(await file.path(), 'utf8');
    expect(html).toContain(`<div class="verdict tone-closed"><p><strong>${headline}</strong></p>`);
    // The downloaded report as Chromium prints it, kept to be looked at (pdftoppm -png renders the pages).
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    mkdirSync('test-results/audit', { recursive: true });
    writeFileSync(`test-results/audit/closed-design.${lang}.pdf`, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  });
}

test('from the examples to a downloaded report of the closed design, with its hashes and verdict', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  await root.locator('[data-part="examples"] summary').click();
  const before = await runsDone(page);
  await root.locator('[data-sample-id="closed-design"]').click();
  await waitForRun(page, before);
  await root.locator('[data-part="redact"]').uncheck();
  const download = page.waitForEvent('download');
  await root.locator('[data-part="report-download"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^closed-workspaces-audit-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toContain('<strong>Closed</strong>');
  const routeTables = sampleDocuments(sampleById('closed-design'))[0]!;
  const hash = await page.evaluate(async (text) => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  }, routeTables.text);
  expect(html).toContain(hash);
  await expect(root.locator('[data-part="report-status"]')).toContainText('closed-workspaces-audit-');
});

test('Print opens the report itself in the print dialog, not the workbench', async ({ page }) => {
  await openWorkbench(page, 'ja/validate/');
  const root = workbench(page);
  await root.locator('[data-part="examples"] summary').click();
  const before = await runsDone(page);
  await root.locator('[data-sample-id="closed-design"]').click();
  await waitForRun(page, before);
  await page.evaluate(() => {
    // Headless Chromium has no print dialog: record what would have been printed.
    const frames = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLIFrameElement) (window as unknown as { printed: string }).printed = node.srcdoc;
    });
    frames.observe(document.body, { childList: true, subtree: true });
  });
  await root.locator('[data-part="report-print"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed ?? '')).toContain('閉域構成 監査レポート');
  await expect(root.locator('[data-part="report-status"]')).toContainText('印刷ダイアログ');
});
