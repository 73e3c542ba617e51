/**
 * The workbench in a real browser: pasting each example gives its verdict, findings and markers;
 * findings lead to their lines; share links round-trip and redact; nothing from the inputs runs.
 */
import { validate } from '../../validators/index.ts';
import { decodeState, fragmentPayload } from '../../src/client/share-state.ts';
import { expect, test } from './fixtures.ts';
import type { Locator } from '@playwright/test';
import {
  cursorLine,
  editorInput,
  fillContext,
  openWorkbench,
  paste,
  problemLines,
  runsDone,
  SAMPLE_INDEX,
  sampleById,
  sampleDocuments,
  waitForRun,
  workbench,
} from './workbench-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * The tab of a document: named by the document and, when it has findings, their count. Matched
 * whole, so route-tables.json does not also pick transit-gateway-route-tables.json.
 */
function tabOf(root: Locator, name: string): Locator {
  return root.getByRole('tab', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`) });
}

/**
 * Every example of the gallery, opened the way a reader opens saved outputs (the file picker, one
 * validation), must give its verdict, its findings and a marker on each finding's line. Two of them
 * are also pasted with the real clipboard, one document at a time, re-validated after each paste.
 * Pasting all of them that way took 15–40 s per example on CI (six to twelve documents each) and
 * checks nothing more than the two do.
 */
const PASTED = new Set(['closed-design', 'tgw-centralized-egress']);

for (const sample of SAMPLE_INDEX.samples) {
  const how = PASTED.has(sample.id) ? 'pasting' : 'opening';
  test(`${how} the ${sample.id} example gives ${sample.expected.verdict}, its findings and markers on their lines`, async ({ page }) => {
    // Monaco's marker navigation takes about a second a step on a loaded two-core runner, and an
    // example has up to a dozen documents and findings: three times the default time.
    test.slow();
    const documents = sampleDocuments(sample);
    const expected = validate(documents, sample.context, { lang: 'en' });
    expect(expected.verdict, 'the engine agrees with the sample index').toBe(sample.expected.verdict);

    await openWorkbench(page, 'validate/');
    const root = workbench(page);
    await fillContext(page, sample.context);
    if (PASTED.has(sample.id)) {
      for (const [index, document] of documents.entries()) {
        if (index > 0) await root.locator('[data-part="add"]').click();
        await root.locator('[data-part="rename"]').click();
        await root.locator('.wb-rename').fill(document.name);
        await root.locator('.wb-rename').press('Enter');
        const before = await runsDone(page);
        await paste(page, document.text);
        await waitForRun(page, before);
      }
    } else {
      const before = await runsDone(page);
      await root
        .locator('[data-part="file"]')
        .setInputFiles(documents.map((document) => ({ name: document.name, mimeType: document.name.endsWith('.json') ? 'application/json' : 'text/plain', buffer: Buffer.from(document.text) })));
      await waitForRun(page, before);
      await expect(root.locator('.wb-tab-name')).toHaveText(documents.map((document) => document.name));
    }
    await expect(root).toHaveAttribute('data-state', 'done');
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', sample.expected.verdict);
    // A closed verdict with errors (directory flows cut, say) is not shown as plain success.
    const errors = expected.findings.filter((finding) => finding.severity === 'error').length;
    if (sample.expected.verdict === 'closed') {
      await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-tone', errors > 0 ? 'closed-errors' : 'closed');
      if (errors > 0) await expect(root.locator('[data-part="verdict"] .wb-verdict-title')).toContainText(`but ${errors} error`);
    }
    const ruleIds = await root.locator('[data-rule-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.ruleId));
    expect([...new Set(ruleIds)].sort()).toEqual([...sample.expected.ruleIds].sort());
    expect(ruleIds).toHaveLength(expected.findings.length);

    // Markers: Alt+F8 visits every problem of the shown document, and only those the engine reported.
    for (const document of documents) {
      const lines = expected.findings.filter((finding) => finding.file === document.name).map((finding) => finding.line);
      await tabOf(root, document.name).click();
      if (lines.length === 0) {
        await editorInput(page).focus();
        await page.keyboard.press('Alt+F8');
        await expect(root.locator('.marker-widget')).toHaveCount(0);
        continue;
      }
      const visited = await problemLines(page, lines.length);
      expect(visited.slice(0, lines.length).sort((a, b) => a - b), `problems of ${document.name}`).toEqual([...lines].sort((a, b) => a - b));
      expect(visited[lines.length], 'Alt+F8 wraps around to the first problem: there are no others').toBe(visited[0]);
    }

    // Clicking a finding shows its document with the cursor on its line.
    const target = expected.findings.find((finding) => finding.file !== '<context>');
    if (target) {
      await root.locator(`[data-rule-id="${target.ruleId}"] .wb-finding-button`).first().click();
      await expect(tabOf(root, target.file)).toHaveAttribute('aria-selected', 'true');
      await expect.poll(() => cursorLine(page)).toBe(target.line);
      await expect(editorInput(page)).toBeFocused();
    }
  });
}

test('the open verdict shows the packet and a clickable route → NACL entry → SG rule chain', async ({ page }) => {
  const sample = sampleById('nat-default-route');
  const report = validate(sampleDocuments(sample), sample.context, { lang: 'en' });
  const chain = report.findings.find((finding) => finding.ruleId === 'path-internet-reachable')?.evidence?.chain ?? [];
  expect(chain.map((step) => step.layer)).toEqual(['route', 'nacl', 'security-group']);

  await openWorkbench(page, 'validators/route-tables/');
  const verdict = workbench(page).locator('[data-part="verdict"]');
  await expect(verdict).toHaveAttribute('data-verdict', 'open');
  await expect(verdict.locator('.wb-packet code')).toHaveText(/TCP 443 from subnet-/);
  const steps = verdict.locator('.wb-step');
  await expect(steps).toHaveCount(3);
  for (const [index, step] of chain.entries()) {
    await steps.nth(index).getByRole('button').click();
    await expect(tabOf(workbench(page), step.file ?? '')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => cursorLine(page)).toBe(step.line);
  }
});

test('a finding with a fix shows the commands with the pasted ids, and Copy copies them', async ({ page }) => {
  await openWorkbench(page, 'validators/route-tables/');
  const fix = workbench(page).locator('[data-rule-id="rt-internet-route"] details.wb-fix').first();
  await expect(fix.locator('summary')).toHaveText('How to fix (AWS CLI)');
  await expect(fix.locator('.wb-fix-commands')).toBeHidden();
  await fix.locator('summary').click();
  const commands = fix.locator('.wb-fix-commands');
  await expect(commands).toHaveText(/^aws ec2 delete-route --route-table-id rtb-[0-9a-f]+ --destination-cidr-block 0\.0\.0\.0\/0/);
  await expect(fix.locator('.wb-fix-description')).toContainText('Deletes the route 0.0.0.0/0');
  await fix.getByRole('button', { name: 'Copy' }).click();
  await expect(fix.getByRole('button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await commands.textContent());
});

test('a finding in a Terraform plan shows its fix as configuration edits with the resource addresses, in both languages', async ({ page }) => {
  await openWorkbench(page, 'validators/terraform-plans/');
  const fix = workbench(page).locator('[data-rule-id="sg-egress-public"] details.wb-fix').first();
  await expect(fix.locator('summary')).toHaveText('How to fix (Terraform)');
  await fix.locator('summary').click();
  const edits = fix.locator('.wb-fix-edits > li');
  await expect(edits).toHaveCount(2);
  await expect(edits.first()).toContainText('Remove `aws_vpc_security_group_egress_rule.https_anywhere`');
  await expect(edits.nth(1).locator('.wb-fix-commands')).toContainText('resource "aws_vpc_security_group_egress_rule" "workspaces_egress_10_0_0_0_16" {');
  await expect(fix).not.toContainText('aws ec2');
  await edits.nth(1).getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await edits.nth(1).locator('.wb-fix-commands').textContent());
  await openWorkbench(page, 'ja/validators/terraform-plans/');
  await expect(workbench(page).locator('[data-rule-id="sg-egress-public"] details.wb-fix summary').first()).toHaveText('修正方法 (Terraform)');
});

test('a rule page shows the engine’s fix under each finding of its failing example', async ({ page }) => {
  await page.goto('rules/nacl-egress-public/');
  const fixes = page.locator('ul.rule-findings li[data-rule-id="nacl-egress-public"] .rule-fix');
  await expect(fixes).toHaveCount(2);
  await expect(fixes.first()).toContainText('aws ec2 replace-network-acl-entry --network-acl-id acl-0a1b2c3d4e5f60004 --egress --rule-number 100');
  await page.goto('ja/rules/nacl-egress-public/');
  await expect(page.locator('ul.rule-findings .rule-fix').first()).toContainText('エンジンが計算した修正');
});

test('findings and messages follow the page language', async ({ page }) => {
  await openWorkbench(page, 'ja/validators/route-tables/');
  const root = workbench(page);
  await expect(root.locator('[data-part="verdict"] .wb-verdict-title')).toHaveText('開いています');
  await expect(root.locator('[data-rule-id="rt-internet-route"] .wb-finding-message')).toContainText('デフォルトルート');
  await expect(root.locator('[data-rule-id="rt-internet-route"] a')).toHaveAttribute('href', '/ja/rules/rt-internet-route/');
});

test('a share link round-trips the documents and the context exactly', async ({ page, context }) => {
  await openWorkbench(page, 'validators/network-acls/');
  const root = workbench(page);
  const sample = sampleById('nacl-blocks-directory');
  const edited = { ...sample.context, region: 'eu-west-1', bundle: 'byol' as const, internalCidrs: ['192.0.2.0/24', '2001:db8::/32'], closedTargets: ['tgw-0123456789abcdef0'] };
  let before = await runsDone(page);
  await fillContext(page, edited);
  await waitForRun(page, before);
  // A document with CRLF, non-ASCII and trailing spaces, opened from a file: kept byte for byte.
  const extra = 'Windows IP 構成\r\n\r\n   IPv4 アドレス . . . : 10.0.1.25   \r\n';
  before = await runsDone(page);
  await root.locator('[data-part="file"]').setInputFiles([{ name: 'ipconfig.txt', mimeType: 'text/plain', buffer: Buffer.from(extra) }]);
  await waitForRun(page, before);

  await root.locator('[data-part="redact"]').uncheck();
  await root.locator('[data-part="share"]').click();
  const link = root.locator('[data-part="share-link"]');
  await expect(link).toHaveValue(/#workbench=/);
  const url = new URL(await link.inputValue());
  expect(url.pathname).toBe('/validate/');
  expect(url.search).toBe('');

  const decoded = await decodeState(fragmentPayload(url.hash) ?? '');
  expect(decoded.ok).toBe(true);
  const documents = [...sampleDocuments(sample), { name: 'ipconfig.txt', text: extra }];
  expect(decoded.ok && decoded.state).toEqual({ documents, context: edited });

  // Opening the link in a new tab restores every document and the form.
  const opened = await context.newPage();
  await openWorkbench(opened, url.pathname.slice(1) + url.hash);
  const openedRoot = workbench(opened);
  await expect(openedRoot.locator('[data-part="notice"]')).toContainText(`${documents.length} document`);
  await expect(openedRoot.locator('.wb-tab-name')).toHaveText(documents.map((document) => document.name));
  expect(new URL(opened.url()).hash, 'the link is taken out of the address bar once opened').toBe('');
  await expect(openedRoot.locator('select[name="region"]')).toHaveValue('eu-west-1');
  await expect(openedRoot.locator('input[data-bundle][value="byol"]')).toBeChecked();
  await expect(openedRoot.locator('input[name="internalCidrs"]')).toHaveValue('192.0.2.0/24, 2001:db8::/32');
  await expect(openedRoot.locator('input[name="directoryControllers"]')).toHaveValue((sample.context.directoryControllers ?? []).join(', '));
  // The restored state is the same state: a link made from it is the same link.
  await openedRoot.locator('[data-part="redact"]').uncheck();
  await openedRoot.locator('[data-part="share"]').click();
  await expect(openedRoot.locator('[data-part="share-link"]')).toHaveValue(url.href);
});

test('a redacted share link holds no account id or resource id and still validates the same', async ({ page, context }) => {
  const sample = sampleById('nat-default-route');
  const documents = sampleDocuments(sample);
  await openWorkbench(page, 'validators/route-tables/');
  const root = workbench(page);
  await expect(root.locator('[data-part="redact"]')).toBeChecked();
  await root.locator('[data-part="share"]').click();
  await expect(root.locator('[data-part="share-link"]')).toHaveValue(/#workbench=/);
  const link = await root.locator('[data-part="share-link"]').inputValue();
  await expect(root.locator('[data-part="share-status"]')).toContainText(/Replaced \d+ account id\(s\), \d+ resource id\(s\)/);
  await expect(root.locator('[data-part="share-replaced"] table tbody tr').first()).toBeAttached();

  const decoded = await decodeState(fragmentPayload(new URL(link).hash) ?? '');
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const shared = JSON.stringify(decoded.state);
  // Every identifier in the original, found by walking its JSON (not by the redaction's own pattern).
  const identifiers = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && (/^\d{12}$/.test(value) || /^[a-z]+(?:-[a-z0-9]+)*-[0-9a-f]{8,17}$/.test(value))) identifiers.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const document of documents) walk(JSON.parse(document.text));
  walk(sample.context);
  expect(identifiers.size).toBeGreaterThan(10);
  expect([...identifiers].filter((identifier) => shared.includes(identifier))).toEqual([]);
  expect(shared.match(/(?<![\d])\d{12}(?![\d])/g)?.every((account) => /^0+\d{1,3}$/.test(account)) ?? true).toBe(true);

  const opened = await context.newPage();
  await openWorkbench(opened, new URL(link).pathname.slice(1) + new URL(link).hash);
  await expect(workbench(opened).locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'open');
  const original = validate(documents, sample.context);
  await expect(workbench(opened).locator('[data-rule-id]')).toHaveCount(original.findings.length);
});

test('markup in a tag value, a document name or an error message is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1">';
  const sample = sampleById('nat-default-route');
  const [routeTables, ...others] = sampleDocuments(sample);
  const poisoned = {
    documents: [
      { name: `${payload}.json`, text: routeTables!.text.replace('"Value": "main"', `"Value": ${JSON.stringify(payload)}`) },
      { name: 'broken.json', text: `{"RouteTables": [${payload}` },
      ...others,
    ],
    context: sample.context,
  };
  const { encodeState } = await import('../../src/client/share-state.ts');
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await openWorkbench(page, `validate/#workbench=${await encodeState(poisoned)}`);
  const root = workbench(page);
  await expect(root.getByRole('tab').first()).toContainText(payload);
  await expect(root.locator('[data-rule-id="input-json"] .wb-finding-message')).toContainText('<img');
  await expect(root.locator('.view-lines')).toContainText('onerror');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a damaged share link says why it cannot be opened and keeps the workbench usable', async ({ page }) => {
  await openWorkbench(page, 'validate/#workbench=AAAA-not-a-link');
  await expect(workbench(page).locator('[data-part="notice"]')).toContainText('could not be opened');
  await expect(workbench(page)).toHaveAttribute('data-state', 'idle');
});

test('the examples gallery loads an example with its context, and Undo brings back what was there', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  let before = await runsDone(page);
  await paste(page, '{"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "CidrBlock": "10.9.0.0/16"}]}');
  await waitForRun(page, before);

  // The list is a popover: Escape closes it and gives the focus back to its button.
  await root.locator('[data-part="examples"] summary').click();
  await expect(root.locator('[data-sample-id]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(root.locator('[data-sample-id]').first()).toBeHidden();
  await expect(root.locator('[data-part="examples"] summary')).toBeFocused();
  await root.locator('[data-part="examples"] summary').click();
  const sample = sampleById('transit-gateway-default-route');
  before = await runsDone(page);
  await root.locator(`[data-sample-id="${sample.id}"]`).click();
  await waitForRun(page, before);
  await expect(root.locator('.wb-tab-name')).toHaveText(sample.documents.map((document) => document.name));
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', sample.expected.verdict);
  await expect(root.locator('input[name="directoryControllers"]')).toHaveValue((sample.context.directoryControllers ?? []).join(', '));
  await expect(root.locator('[data-part="command"] code')).toHaveText(sample.documents[0]!.command);

  before = await runsDone(page);
  await root.locator('[data-part="notice"]').getByRole('button', { name: 'Undo' }).click();
  await waitForRun(page, before);
  // The tab was named after what it holds.
  await expect(root.locator('.wb-tab-name')).toHaveText(['vpcs.json']);
  await expect(root.locator('.view-lines')).toContainText('10.9.0.0/16');
});

test('files can be opened and dropped; each becomes a document named after its file', async ({ page }) => {
  const sample = sampleById('closed-design');
  const [routeTables, networkAcls] = sampleDocuments(sample);
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  let before = await runsDone(page);
  await root.locator('[data-part="file"]').setInputFiles([{ name: 'my-route-tables.json', mimeType: 'application/json', buffer: Buffer.from(routeTables!.text) }]);
  await waitForRun(page, before);
  await expect(root.locator('.wb-tab-name')).toHaveText(['my-route-tables.json']);
  await expect(root.locator('[data-part="command"] code')).toContainText('aws ec2 describe-route-tables');

  before = await runsDone(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'acls.json', { type: 'application/json' }));
    return transfer;
  }, networkAcls!.text);
  await root.locator('.monaco-editor').dispatchEvent('drop', { dataTransfer });
  await waitForRun(page, before);
  await expect(root.locator('.wb-tab-name')).toHaveText(['my-route-tables.json', 'acls.json']);
  await expect(root.getByRole('tab', { name: 'acls.json' })).toHaveAttribute('aria-selected', 'true');
  await expect(root.locator('[data-part="command"] code')).toContainText('aws ec2 describe-network-acls');
});

test('documents can be renamed and removed from the keyboard; names stay unique', async ({ page }) => {
  await openWorkbench(page, 'validators/security-groups/');
  const root = workbench(page);
  const tabs = root.getByRole('tab');
  await expect(tabs).toHaveCount(6);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('route-tables.json');
  const before = await runsDone(page);
  await page.keyboard.press('Enter');
  await waitForRun(page, before);
  await expect(tabs.nth(1).locator('.wb-tab-name')).toHaveText('route-tables (2).json');
  await expect(root.locator('[data-part="notice"]')).toContainText('route-tables (2).json');
  await root.locator('[data-part="remove"]').click();
  await expect(tabs).toHaveCount(5);
});

test('the editor follows the light and dark theme of the site', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const editor = workbench(page).locator('.monaco-editor').first();
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await expect(editor).toHaveClass(/vs-dark/);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await expect(editor).not.toHaveClass(/vs-dark/);
});

test('keyboard only: Tab reaches the editor, the findings and the share button, and Enter on a finding moves the cursor', async ({ page }) => {
  await openWorkbench(page, 'validators/route-tables/');
  const root = workbench(page);
  await root.locator('[data-part="examples"] summary').focus();
  const reached = new Set<string>();
  let findingFocused = false;
  for (let step = 0; step < 60 && !(reached.has('editor') && findingFocused && reached.has('share')); step++) {
    await page.keyboard.press('Tab');
    const kind = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active) return 'none';
      if (active.closest('.monaco-editor')) return 'editor';
      if (active.matches('[data-part="share"]')) return 'share';
      if (active.matches('.wb-finding-button')) return 'finding';
      return active.tagName;
    });
    reached.add(kind);
    if (kind === 'finding' && !findingFocused) {
      findingFocused = true;
      const line = Number(await page.evaluate(() => (document.activeElement?.querySelector('.wb-where')?.textContent ?? '').split(':')[1]));
      await page.keyboard.press('Enter');
      await expect.poll(() => cursorLine(page)).toBe(line);
      await expect(editorInput(page)).toBeFocused();
      // Back to the findings list by keyboard: Tab leaves the editor.
      await page.keyboard.press('Shift+Tab');
    }
  }
  expect([...reached]).toEqual(expect.arrayContaining(['share', 'editor', 'finding']));
});

test.describe('without the full editor', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('the plain editor validates and its findings lead to their lines', async ({ page }) => {
    await page.route('**/monaco-surface*', (route) => route.abort());
    await page.goto('validators/route-tables/');
    const root = workbench(page);
    await root.scrollIntoViewIfNeeded();
    await expect(root).toHaveAttribute('data-state', 'done');
    await expect(root.locator('[data-part="editor-state"]')).toContainText('could not be loaded');
    await expect(root).toHaveAttribute('data-editor', 'plain');
    await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'open');
    const finding = root.locator('[data-rule-id="rt-internet-route"] .wb-finding-button');
    const line = Number(((await finding.locator('.wb-where').textContent()) ?? '').split(':')[1]);
    await finding.click();
    const textarea = root.locator('textarea[data-part="textarea"]');
    await expect(textarea).toBeFocused();
    const selected = await textarea.evaluate((element: HTMLTextAreaElement) => element.value.slice(0, element.selectionStart).split('\n').length);
    expect(selected).toBe(line);
    // Typing re-validates: breaking the JSON gives an input-json error.
    const before = await runsDone(page);
    await textarea.press('End');
    await textarea.pressSequentially('}}');
    await waitForRun(page, before);
    await expect(root.locator('[data-rule-id="input-json"]')).toHaveCount(1);
  });
});

test('what is typed in the plain editor before Monaco arrives moves into Monaco, with the cursor', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/monaco-surface*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('validate/');
  const root = workbench(page);
  await expect(root).toHaveAttribute('data-editor', 'loading');
  const textarea = root.locator('textarea[data-part="textarea"]');
  await textarea.click();
  const before = await runsDone(page);
  const typed = '{"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "CidrBlock": "10.7.0.0/16"}]}';
  await textarea.pressSequentially(typed);
  await waitForRun(page, before);
  await expect(root.locator('[data-part="verdict"]')).toHaveAttribute('data-verdict', 'unverified');
  release();
  await expect(root).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
  await expect(textarea).toHaveCount(0);
  await expect(root.locator('.view-lines')).toContainText('10.7.0.0/16');
  await expect(editorInput(page)).toBeFocused();
  await expect(root.locator('[data-part="cursor"]')).toHaveText(`Line 1, column ${typed.length + 1}`);
});

test('the tab stays responsive while a 20 MB paste is validated: the run can be cancelled', async ({ page }) => {
  // 80,000 public routes to a transit gateway: the engine needs seconds for these (far more than the click takes).
  await openWorkbench(page, 'validate/');
  const root = workbench(page);
  const big = await page.evaluate(() => {
    const tables = [];
    for (let table = 0; table < 1600; table++) {
      const routes = [];
      for (let route = 0; route < 50; route++) routes.push({ DestinationCidrBlock: `52.${table % 250}.${route}.0/24`, TransitGatewayId: 'tgw-0123456789abcdef0', Origin: 'CreateRoute', State: 'active' });
      tables.push({ RouteTableId: `rtb-${table.toString(16).padStart(17, '0')}`, VpcId: 'vpc-0c1a55ed0c1a55ed0', Associations: [{ Main: false, SubnetId: `subnet-${table.toString(16).padStart(17, '0')}` }], Routes: routes });
    }
    return JSON.stringify({ RouteTables: tables }, null, 4);
  });
  expect(big.length).toBeGreaterThan(20_000_000);
  await page.evaluate((value) => navigator.clipboard.writeText(value), big);
  await root.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+V');
  const cancel = root.locator('[data-part="cancel"]');
  await expect(cancel).toBeVisible({ timeout: 30_000 });
  await cancel.click();
  await expect(root).toHaveAttribute('data-state', 'cancelled');
  await expect(root.locator('[data-part="progress"]')).toHaveText('Validation cancelled.');
  await expect(root.locator('[data-part="rerun"]')).toBeVisible();
});

test('hovering a marker shows the message, the rule title and a link to the rule page', async ({ page }) => {
  await openWorkbench(page, 'validators/route-tables/');
  const root = workbench(page);
  await root.locator('[data-rule-id="rt-internet-route"] .wb-finding-button').click();
  const squiggle = root.locator('.squiggly-error').first();
  await expect(squiggle).toBeVisible();
  // The squiggle lies under the text layer: move the mouse over its place, as a reader does.
  const box = await squiggle.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  const hover = page.locator('.monaco-hover').filter({ hasText: 'is a default route' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('No route of a WorkSpaces subnet sends public addresses to an internet exit');
  await expect(hover.locator('a', { hasText: 'rt-internet-route' })).toHaveAttribute('href', new URL('/rules/rt-internet-route/', page.url()).href);
});

test('the editor checks a document against the shape of its kind (JSON Schema from the zod shapes)', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const before = await runsDone(page);
  await paste(page, '{\n  "NetworkAcls": [\n    {\n      "NetworkAclId": "acl-0123456789abcdef0",\n      "Entries": [\n        { "RuleNumber": "100", "Egress": false, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "10.0.0.0/8" }\n      ]\n    }\n  ]\n}\n');
  await waitForRun(page, before);
  await workbench(page).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(async () => {
    await page.keyboard.press('Alt+F8');
    await expect(workbench(page).locator('.marker-widget')).toContainText('Incorrect type', { timeout: 1000 });
  }).toPass();
  await expect.poll(() => cursorLine(page)).toBe(6);
});

test('a reload of the tab brings back what was pasted there, and only on that page', async ({ page }) => {
  await openWorkbench(page, 'validate/');
  const before = await runsDone(page);
  await paste(page, '{"Vpcs": [{"VpcId": "vpc-0123456789abcdef0", "CidrBlock": "10.42.0.0/16"}]}');
  await waitForRun(page, before);
  await page.reload();
  await expect(workbench(page)).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
  await expect(workbench(page).locator('.view-lines')).toContainText('10.42.0.0/16');
  await page.goto('ja/validate/');
  await expect(workbench(page)).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
  await expect(workbench(page).locator('.view-lines')).not.toContainText('10.42.0.0/16');
});

test('a finding about the context leads to its field in the form', async ({ page }) => {
  await openWorkbench(page, 'validators/route-tables/');
  const root = workbench(page);
  const before = await runsDone(page);
  await fillContext(page, { ...sampleById('nat-default-route').context, directoryControllers: ['10.0.10.300'] });
  await waitForRun(page, before);
  await root.locator('[data-part="context"] summary').click();
  await expect(root.locator('input[name="directoryControllers"]')).toBeHidden();
  await root.locator('[data-rule-id="input-context"] .wb-finding-button').click();
  await expect(root.locator('input[name="directoryControllers"]')).toBeFocused();
  await expect(root.locator('[data-rule-id="input-context"] .wb-where')).toHaveText('Context: directoryControllers');
});

test('on Japanese pages the editor\u2019s own interface is Japanese too', async ({ page }) => {
  await openWorkbench(page, 'ja/validators/route-tables/');
  const root = workbench(page);
  await root.locator('[data-rule-id="rt-internet-route"] .wb-finding-button').click();
  await page.keyboard.press('Alt+F8');
  // The problems header names the document and counts in Japanese ("2 件中 1 件の問題").
  await expect(root.locator('.zone-widget .peekview-title')).toContainText('route-tables.json');
  await expect(root.locator('.zone-widget .peekview-title')).toContainText('件の問題');
});
