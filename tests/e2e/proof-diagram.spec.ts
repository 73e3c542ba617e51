/**
 * The path diagram where the site explains the designs: the network-design guide draws the
 * engine's proof for its reference sample at build time, with a text alternative that reads the
 * same chain.
 */
import AxeBuilder from '@axe-core/playwright';
import { validate } from '../../validators/index.ts';
import { pathDiagram } from '../../validators/report/diagram.ts';
import { outlineProof } from '../../validators/report/proof-outline.ts';
import { auditReport } from '../../validators/report/audit.ts';
import { droppedByAclDeny, IPV6_NONE, openThroughNat, reportWith, unverifiedNextHop } from '../fixtures/proofs.ts';
import { expect, test } from './fixtures.ts';
import { openWorkbench, sampleById, sampleDocuments, workbench } from './workbench-helpers.ts';

for (const lang of ['en', 'ja'] as const) {
  test(`the ${lang} network-design guide draws the reference design's path with its text alternative`, async ({ page }) => {
    const sample = sampleById('closed-design');
    const report = validate(sampleDocuments(sample), sample.context, { lang });
    const lines = pathDiagram(outlineProof(report.proof, lang), lang).lines;
    await page.goto(`${lang === 'ja' ? 'ja/' : ''}guides/network-design/`);
    const figure = page.locator('[data-diagram="kb-diagram-closed-design"]');
    await expect(figure.locator('svg[role="img"]')).toHaveCount(1);
    await expect(figure.locator('figcaption li')).toHaveText(lines);
    const results = await new AxeBuilder({ page }).include('[data-diagram]').analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`a ${lang} audit report with every kind of outcome passes axe (${scheme} preference)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const report = reportWith('open', [openThroughNat, droppedByAclDeny, unverifiedNextHop, IPV6_NONE]);
      await page.setContent(
        auditReport({ report, inputs: [], context: {}, lang, format: 'html', generatedAt: '2026-12-01T22:40:00.000Z', engineVersion: '0.1.0' }),
      );
      await expect(page.locator('svg[role="img"] desc')).toContainText('nat-0e1f2a3b4c5d6e7f8');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    });
  }
}

test('on the transit gateway page the diagram draws each hop of the chain, and a hop opens the document where it is written', async ({ page }) => {
  // Ten documents to load into the editor before the first result.
  test.setTimeout(90_000);
  await openWorkbench(page, 'validators/transit-gateways/');
  const root = workbench(page);
  // The proof (and its diagram) is drawn under the verdict, next to the workbench's editor.
  const hop = page.locator('.wb-diagram svg [data-file="transit-gateway-route-tables.json"]').first();
  await expect(hop).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.wb-diagram-text li').filter({ hasText: 'tgw-rtb-0c1a55ed0c1a55ed2' }).first()).toBeAttached();
  await hop.scrollIntoViewIfNeeded();
  await hop.click();
  await expect(root.getByRole('tab', { name: 'transit-gateway-route-tables.json' })).toHaveAttribute('aria-selected', 'true');
});
