import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

/** Pages checked with axe; each kind of page the site has appears once per language. */
const KINDS = ['', 'rules/', 'rules/path-internet-reachable/', 'reference/semantics/', 'reference/cli/'];
const PAGES = KINDS.flatMap((path) => [path, `ja/${path}`]);

for (const path of PAGES) {
  test(`/${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(blocking).toEqual([]);
  });
}
