import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

/** Pages checked with axe; each kind of page the site has appears once per language. */
const KINDS = [
  '',
  'rules/',
  'rules/path-internet-reachable/',
  'reference/semantics/',
  'reference/cli/',
  // The context table and its JSON Schema; the path diagram of the reference design.
  'reference/api/',
  'guides/network-design/',
  // Knowledge base: a guide with data tables, the two calculator pages, the checklists, the sources.
  'guides/directory/',
  'guides/management-interface/',
  'guides/activation/',
  'guides/checklists/',
  'reference/sources/',
];
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
