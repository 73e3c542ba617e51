/**
 * The context form says which values came from which document: with the directory pasted and the
 * WorkSpaces subnets left empty, the field shows the subnets read from it and, under it, the
 * document and lines; typing in the field overrides them.
 */
import { validate } from '../../validators/index.ts';
import { expect, test } from './fixtures.ts';
import { openWorkbench, runsDone, sampleById, sampleDocuments, waitForRun, workbench } from './workbench-helpers.ts';

const sample = sampleById('directory-and-interfaces');
/** Where the engine reads the subnets from in the sample as the site serves it. */
const read = validate(sampleDocuments(sample), sample.context).analysed.context.workspacesSubnetIds;

for (const lang of ['en', 'ja'] as const) {
  test(`the ${lang} context form shows the subnets read from the directory, with the document and lines, until a value is typed`, async ({ page }) => {
    expect(read?.source).toBe('documents');
    const values = (read?.values ?? []).map((value) => value.value);
    const lines = (read?.values ?? []).map((value) => value.line).join(', ');
    await openWorkbench(page, `${lang === 'ja' ? '/ja' : ''}/validators/workspaces/`);
    const root = workbench(page);
    await root.locator('[data-part="context"] summary').click();
    const field = root.locator('input[name="workspacesSubnetIds"]');
    const note = root.locator('[data-read-from="workspacesSubnetIds"]');
    await expect(field).toHaveValue('');
    await expect(field).toHaveAttribute('placeholder', values.join(', '));
    await expect(note).toBeVisible();
    await expect(note).toContainText(values.join(', '));
    await expect(note).toContainText(lang === 'ja' ? `workspace-directories.json の ${lines} 行目` : `workspace-directories.json line ${lines}`);
    await expect(field).toHaveAttribute('aria-describedby', new RegExp(`${await note.getAttribute('id')}`));
    await expect(root.locator('[data-part="context-summary"]')).toContainText(lang === 'ja' ? 'WorkSpaces サブネット: 2' : 'WorkSpaces subnets: 2');
    // The controllers are read from the directory too; the typed Region stays empty.
    await expect(root.locator('[data-read-from="directoryControllers"]')).toContainText('172.20.10.10, 172.20.10.11');

    const before = await runsDone(page);
    await field.fill(values[0] ?? '');
    await waitForRun(page, before);
    await expect(note).toBeHidden();
    await expect(field).not.toHaveAttribute('data-read', 'true');
    await expect(root.locator('[data-part="context-summary"]')).toContainText(lang === 'ja' ? 'WorkSpaces サブネット: 1' : 'WorkSpaces subnets: 1');
  });
}
