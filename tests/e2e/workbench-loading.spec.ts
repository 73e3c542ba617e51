/**
 * Monaco is loaded by import() only where a workbench is shown, and only when it is needed; the
 * workbench works from a sub-path build too.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SUBPATH_BASE, SUBPATH_URL } from './servers.ts';
import { runsDone, waitForRun, workbench } from './workbench-helpers.ts';

/** A string every Monaco chunk of ours carries (the worker factory it sets up). */
const MONACO_MARK = 'MonacoEnvironment';

function collect(page: Page, extension: '.js' | '.css'): { url: string; body: Promise<string> }[] {
  const files: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith(extension)) return;
    files.push({ url: response.url(), body: response.text().catch(() => '') });
  });
  return files;
}
const collectScripts = (page: Page) => collect(page, '.js');

test('a docs page without a workbench loads no byte of Monaco, script or stylesheet', async ({ page }) => {
  const scripts = collectScripts(page);
  const stylesheets = collect(page, '.css');
  for (const path of ['', 'reference/semantics/', 'ja/rules/path-internet-reachable/', 'guides/overview/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(stylesheets.length).toBeGreaterThan(0);
  const bodies = await Promise.all(scripts.map(async (script) => ({ url: script.url, body: await script.body })));
  expect(bodies.filter((script) => script.body.includes(MONACO_MARK) || /monaco|editor\.worker|json\.worker/.test(script.url)).map((script) => script.url)).toEqual([]);
  // Astro links the CSS of a script's dynamic imports from every page; Monaco's styles must ride
  // in the editor chunk instead (src/integrations/monaco-css.ts).
  const sheets = await Promise.all(stylesheets.map(async (sheet) => ({ url: sheet.url, body: await sheet.body })));
  expect(sheets.filter((sheet) => sheet.body.includes('.monaco-editor') || /monaco|jsonMode/.test(sheet.url)).map((sheet) => sheet.url)).toEqual([]);
});

test('a docs page loads Monaco only when its workbench comes near the viewport', async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto('validators/security-groups/', { waitUntil: 'networkidle' });
  const root = workbench(page);
  // The plain editor already validates the preloaded example.
  await expect(root).toHaveAttribute('data-state', 'done');
  await expect(root).toHaveAttribute('data-editor', 'plain');
  expect(scripts.some((script) => script.url.includes('monaco-surface'))).toBe(false);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
  expect(scripts.some((script) => script.url.includes('monaco-surface'))).toBe(true);
  // Its styles came with it and apply: the editor is laid out and its codicon font is in use.
  await expect(page.locator('style[data-source="monaco-editor"]')).toHaveCount(1);
  await expect(root.locator('.monaco-editor').first()).toHaveCSS('position', 'relative');
  await expect(root.locator('.monaco-editor .view-lines').first()).toHaveCSS('white-space', 'nowrap');
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: SUBPATH_URL });

  test('the workbench validates, loads Monaco, its workers and examples, and links rules under the base', async ({ page }) => {
    const failed: string[] = [];
    const loaded: string[] = [];
    page.on('response', (response) => {
      loaded.push(response.url());
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('validators/route-tables/');
    const root = workbench(page);
    await root.scrollIntoViewIfNeeded();
    await expect(root).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'open');
    await expect(root.locator('[data-rule-id="rt-internet-route"] a')).toHaveAttribute('href', `${SUBPATH_BASE}rules/rt-internet-route/`);
    await root.locator('[data-part="examples"] summary').click();
    await root.locator('[data-sample-id="closed-design"]').click();
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'closed');
    await root.locator('[data-part="share"]').click();
    await expect(root.locator('[data-part="share-link"]')).toHaveValue(new RegExp(`^${SUBPATH_URL}validate/#workbench=`));
    // Describe-* outputs so far: the validation worker has not needed its template and plan readers.
    expect(loaded.filter((url) => url.includes('/_astro/readers-'))).toEqual([]);
    // A YAML template makes it load them, a chunk of its own, from under the base too.
    const before = await runsDone(page);
    await root.locator('[data-part="examples"] summary').click();
    await root.locator('[data-sample-id="cloudformation-workspaces"]').click();
    await waitForRun(page, before);
    await expect(root.locator('.wb-tab-name')).toHaveText(['workspaces-vpc.yaml']);
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'closed');
    await expect(root.locator('[data-rule-id="input-document"]')).toHaveCount(0);
    expect(loaded.filter((url) => url.includes('/_astro/readers-')).every((url) => url.startsWith(`${SUBPATH_URL}_astro/readers-`))).toBe(true);
    expect(loaded.some((url) => url.startsWith(`${SUBPATH_URL}_astro/readers-`)), 'readers chunk').toBe(true);
    // Monaco's JSON worker and our two workers came from under the base (Monaco starts its editor worker only for features not used here).
    for (const worker of ['json.worker', 'validation.worker', 'share.worker']) {
      expect(loaded.some((url) => url.startsWith(`${SUBPATH_URL}_astro/${worker}`)), worker).toBe(true);
    }
    // Monaco's stylesheets arrive as strings in its chunk; the font they name resolves under the base too.
    await expect.poll(() => loaded.some((url) => url.startsWith(`${SUBPATH_URL}_astro/codicon.`))).toBe(true);
    expect(failed).toEqual([]);
  });
});
