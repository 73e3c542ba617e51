/**
 * Driving the workbench the way a reader does: paste with the real clipboard, type in the context
 * form, click findings, read the status line. Shared by the workbench specs.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import type { Sample, SampleIndex } from '../../src/client/samples.ts';
import type { Context } from '../../validators/index.ts';
import { LIST_FIELDS, SELECT_FIELDS } from '../../src/client/context-form.ts';

export const SAMPLE_INDEX = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as SampleIndex;

/** The documents of an example as the site serves them. */
export function sampleDocuments(sample: Sample): { name: string; text: string }[] {
  return sample.documents.map((document) => ({ name: document.name, text: readFileSync(`public/samples/${document.path}`, 'utf8') }));
}

export function sampleById(id: string): Sample {
  const sample = SAMPLE_INDEX.samples.find((candidate) => candidate.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  return sample;
}

export function workbench(page: Page): Locator {
  return page.locator('[data-workbench]');
}

/** Number of validations the workbench has finished. */
export async function runsDone(page: Page): Promise<number> {
  return Number((await workbench(page).getAttribute('data-runs')) ?? 0);
}

/** Waits until a validation after `before` has finished and the workbench is idle again. */
export async function waitForRun(page: Page, before: number): Promise<void> {
  await expect
    .poll(async () => (await runsDone(page)) > before && (await workbench(page).getAttribute('data-state')) === 'done', { timeout: 30_000 })
    .toBe(true);
}

/** Opens a page with a workbench and waits for Monaco and a first result (or the idle state). */
export async function openWorkbench(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await workbench(page).scrollIntoViewIfNeeded();
  await expect(workbench(page)).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
  await expect(workbench(page)).toHaveAttribute('data-state', /done|idle/);
}

/** The editor's text input (Monaco's hidden textarea or EditContext element). */
export function editorInput(page: Page): Locator {
  return workbench(page).locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first();
}

/** Puts text on the clipboard and pastes it into the shown document with Ctrl+V. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await workbench(page).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Fills the context form as a reader would. */
export async function fillContext(page: Page, context: Context): Promise<void> {
  const root = workbench(page);
  const details = root.locator('[data-part="context"]');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
  await root.locator('select[name="region"]').selectOption(context.region ?? '');
  await root.locator(`input[data-bundle][value="${context.bundle ?? 'public'}"]`).check();
  for (const field of SELECT_FIELDS) await root.locator(`select[name="${field.name}"]`).selectOption(String(context[field.name] ?? ''));
  for (const key of LIST_FIELDS) await root.locator(`input[name="${key}"]`).fill((context[key] ?? []).join(', '));
}

/** The cursor position the status line shows. */
export async function cursorLine(page: Page): Promise<number> {
  const text = (await workbench(page).locator('[data-part="cursor"]').textContent()) ?? '';
  const match = /(\d[\d,]*)/.exec(text);
  return Number(match?.[1]?.replace(/,/g, '') ?? 0);
}

/** Lines of the problems in the shown document, visited with Alt+F8 ("Go to next problem" in this file) from the top. */
export async function problemLines(page: Page, expectedCount: number): Promise<number[]> {
  await workbench(page).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  const lines: number[] = [];
  for (let step = 0; step < expectedCount + 1; step++) {
    await page.keyboard.press('Alt+F8');
    await expect(workbench(page).locator('.marker-widget').first()).toBeVisible();
    lines.push(await cursorLine(page));
  }
  await page.keyboard.press('Escape');
  return lines;
}
