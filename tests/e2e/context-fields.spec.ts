/**
 * The context schema is the one list of the context's fields: the workbench form and the API
 * reference table, as built, hold every field of it, labelled with the field's own name.
 */
import { CONTEXT_FIELDS } from '../../validators/context.ts';
import { expect, test } from './fixtures.ts';

for (const lang of ['en', 'ja'] as const) {
  const prefix = lang === 'ja' ? '/ja' : '';

  test(`the ${lang} workbench form has a labelled input for every context field`, async ({ page }) => {
    await page.goto(`${prefix}/validate/`);
    const form = page.locator('[data-part="context-fields"]');
    for (const field of CONTEXT_FIELDS) {
      const label = `${field.label[lang]} (${field.name})`;
      if (field.name === 'bundle') await expect(form.locator('fieldset legend', { hasText: label })).toHaveCount(1);
      else await expect(form.getByLabel(label, { exact: true }), `form field ${field.name}`).toHaveAttribute('name', field.name);
    }
  });

  test(`the ${lang} API reference lists every context field`, async ({ page }) => {
    await page.goto(`${prefix}/reference/api/`);
    const rows = page.locator('table[data-context-fields] tbody tr');
    await expect(rows).toHaveCount(CONTEXT_FIELDS.length);
    for (const field of CONTEXT_FIELDS) await expect(rows.locator('td:first-child code', { hasText: new RegExp(`^${field.name}$`) }), field.name).toHaveCount(1);
  });
}
