import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const stable = JSON.parse(readFileSync('tests/kb/stable-anchors.json', 'utf8')) as { pages: string[]; requirements: string[] };

test.describe('Office KMS calculator', () => {
  test('turns 198.19.12.34 into 198.19.64.250', async ({ page }) => {
    await page.goto('guides/activation/');
    const calculator = page.locator('[data-kb-office-kms]');
    await calculator.getByLabel('Management interface (eth0) address of the WorkSpace').fill('198.19.12.34');
    await expect(calculator.locator('output')).toHaveText('Office KMS host: 198.19.64.250 (TCP 1688)');
    await expect(calculator.locator('[data-hint]')).toContainText('198.19.0.0/16');
  });

  test('explains invalid input in English', async ({ page }) => {
    await page.goto('guides/activation/');
    const calculator = page.locator('[data-kb-office-kms]');
    const input = calculator.locator('input[name="management-ip"]');
    await input.fill('198.19.300.1');
    await expect(calculator.locator('output')).toHaveText(/“198\.19\.300\.1” is not an IPv4 address/);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  test('explains invalid input in Japanese, and works on submit too', async ({ page }) => {
    await page.goto('ja/guides/activation/');
    const calculator = page.locator('[data-kb-office-kms]');
    await calculator.getByLabel('WorkSpace の管理インターフェイス (eth0) のアドレス').fill('abc');
    await calculator.getByRole('button', { name: '計算' }).click();
    await expect(calculator.locator('output')).toHaveText(/「abc」は IPv4 アドレスではありません/);
    await calculator.locator('input').fill('10.20.30.40');
    await expect(calculator.locator('output')).toHaveText('Office の KMS ホスト: 10.20.64.250 (TCP 1688)');
  });
});

test.describe('management-range lookup', () => {
  test('flags 198.19.0.0/16 in ap-northeast-1', async ({ page }) => {
    await page.goto('guides/management-interface/');
    const lookup = page.locator('[data-kb-mgmt-lookup]');
    await lookup.getByLabel('Region').selectOption('ap-northeast-1');
    await lookup.getByLabel('VPC CIDRs and routes').fill('198.19.0.0/16');
    await expect(lookup.locator('[data-verdict]')).toHaveAttribute('data-kind', 'conflict');
    await expect(lookup.locator('[data-verdict]')).toContainText('every management range of Asia Pacific (Tokyo) (ap-northeast-1) (198.19.0.0/16) is overlapped');
    await expect(lookup.locator('tr[data-kind="overlap"]')).toContainText('198.19.0.0/16');
  });

  test('does not flag 10.1.0.0/16 for a PCoIP question, and does for DCV', async ({ page }) => {
    await page.goto('guides/management-interface/');
    const lookup = page.locator('[data-kb-mgmt-lookup]');
    await lookup.getByLabel('Region').selectOption('ap-northeast-1');
    await lookup.getByLabel('Public bundle, PCoIP').check();
    await lookup.getByLabel('VPC CIDRs and routes').fill('10.1.0.0/16');
    await expect(lookup.locator('[data-verdict]')).toHaveAttribute('data-kind', 'clear');
    await expect(lookup.locator('tr[data-kind="clear"]')).toContainText('10.1.0.0/16');
    await lookup.getByLabel('Public bundle, DCV (WSP)').check();
    await expect(lookup.locator('[data-verdict]')).toHaveAttribute('data-kind', 'conflict');
    await expect(lookup.locator('[data-verdict]')).toContainText('10.0.0.0/8');
  });

  test('shows the BYOL range field only for BYOL and checks it', async ({ page }) => {
    await page.goto('guides/management-interface/');
    const lookup = page.locator('[data-kb-mgmt-lookup]');
    const byol = lookup.locator('input[name="byol-range"]');
    await expect(byol).toBeHidden();
    await lookup.getByLabel('BYOL, PCoIP').check();
    await expect(byol).toBeVisible();
    await byol.fill('10.200.0.0/16');
    await lookup.getByLabel('VPC CIDRs and routes').fill('10.200.7.0/24');
    await expect(lookup.locator('[data-verdict]')).toContainText('10.200.7.0/24 overlaps 10.200.0.0/16');
  });

  test('explains input without a CIDR in Japanese', async ({ page }) => {
    await page.goto('ja/guides/management-interface/');
    const lookup = page.locator('[data-kb-mgmt-lookup]');
    await lookup.getByLabel('VPC の CIDR とルート').fill('10.1.0.0');
    await lookup.getByRole('button', { name: '確認' }).click();
    await expect(lookup.locator('[data-verdict]')).toHaveText(/CIDR が見つかりません/);
    await expect(lookup.locator('[data-problems]')).toContainText('「10.1.0.0」にはプレフィックス長がない');
  });
});

test.describe('permanent anchors and page furniture', () => {
  for (const lang of ['', 'ja/']) {
    test(`/${lang}guides/checklists/ has a heading for every requirement id`, async ({ page }) => {
      await page.goto(`${lang}guides/checklists/`);
      for (const id of stable.requirements) {
        await expect(page.locator(`h3#${id.toLowerCase()}`), id).toContainText(id);
      }
    });
  }

  test('a wiki link to a requirement lands on it', async ({ page }) => {
    await page.goto('guides/checklists/#req-mgmt-001');
    await expect(page.locator('#req-mgmt-001')).toBeInViewport();
  });

  test('every knowledge-base page says when its facts were checked, in its language', async ({ page }) => {
    test.slow(); // one visit per permanent page and language
    for (const slug of stable.pages) {
      await page.goto(`${slug}/`);
      await expect(page.locator('.kb-facts-checked'), slug).toContainText('Facts on this page last checked');
      await page.goto(`ja/${slug}/`);
      await expect(page.locator('.kb-facts-checked'), `ja/${slug}`).toContainText('出典と照合した日');
    }
  });

  test('status markers and citations are rendered, with the source title for screen readers', async ({ page }) => {
    await page.goto('guides/time-sync/');
    await expect(page.locator('[data-kb-status="unconfirmed"]').first()).toBeVisible();
    await expect(page.locator('[data-kb-status="observed"]').first()).toBeVisible();
    const cite = page.locator('.kb-cite a').first();
    await expect(cite).toHaveAttribute('href', /^https:\/\//);
    await expect(cite).toHaveAccessibleName(/^(AWS|Microsoft)[^:]*: .{10,}/);
  });

  test('the worked example shows the verdict the engine gives for the samples', async ({ page }) => {
    await page.goto('guides/network-design/');
    await expect(page.locator('[data-sample="closed-design"]')).toHaveAttribute('data-verdict', 'closed');
    await expect(page.locator('[data-sample="transit-gateway-default-route"]')).toHaveAttribute('data-verdict', 'unverified');
    const download = page.locator('[data-sample="closed-design"] a[download]').first();
    const response = await page.request.get(new URL((await download.getAttribute('href')) ?? '', page.url()).href);
    expect(response.status()).toBe(200);
  });

  test('the Sources page lists every source with what the site takes from it', async ({ page }) => {
    await page.goto('reference/sources/');
    await expect(page.locator('tr#source-ws-ports-management')).toContainText('169.254.169.250');
    await expect(page.locator('tr#source-serverworks-closed-workspaces')).toContainText('198.19.64.250');
  });
});

test.describe('diagrams', () => {
  const diagrams = [
    { slug: 'guides/network-design/', id: 'kb-reference-design' },
    { slug: 'guides/directory/', id: 'kb-stateless-return' },
    { slug: 'guides/time-sync/', id: 'kb-time-hierarchy' },
    { slug: 'guides/defender-updates/', id: 'kb-defender-flow' },
    { slug: 'guides/client-access/', id: 'kb-client-path' },
  ];

  for (const lang of ['', 'ja/']) {
    for (const { slug, id } of diagrams) {
      test(`/${lang}${slug} draws ${id} with a title, a description and the same facts in words`, async ({ page }) => {
        await page.goto(`${lang}${slug}`);
        const figure = page.locator(`[data-kb-diagram="${id}"]`);
        const svg = figure.locator('svg[role="img"]');
        await expect(svg).toHaveAccessibleName((await figure.locator('svg > title').textContent()) ?? 'missing title');
        await expect(svg).toHaveAccessibleDescription((await figure.locator('svg > desc').textContent()) ?? 'missing description');
        expect(await figure.locator('details li').count()).toBeGreaterThanOrEqual(4);
        // Every label stays inside the drawing: a label cut off at the edge is a label nobody can read.
        const outside = await svg.evaluate((element) => {
          const width = (element as SVGSVGElement).viewBox.baseVal.width;
          return [...element.querySelectorAll('text')].filter((text) => {
            const box = (text as SVGTextElement).getBBox();
            return box.x < 0 || box.x + box.width > width;
          }).map((text) => text.textContent);
        });
        expect(outside).toEqual([]);
      });
    }
  }

  test('on a 390 px phone the diagrams fit the screen and their smallest text stays at least 10 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const { slug, id } of diagrams) {
      await page.goto(`ja/${slug}`);
      const svg = page.locator(`[data-kb-diagram="${id}"] svg`);
      const { width, smallest } = await svg.evaluate((element) => {
        const rendered = element.getBoundingClientRect().width;
        const scale = rendered / (element as SVGSVGElement).viewBox.baseVal.width;
        const sizes = [...element.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        return { width: rendered, smallest: Math.min(...sizes) };
      });
      expect(width, id).toBeLessThanOrEqual(390);
      expect(smallest, id).toBeGreaterThanOrEqual(10);
    }
  });
});

test.describe('sources keep their own dates', () => {
  test('the Sources page shows the day each source was read, not one date for all', async ({ page }) => {
    await page.goto('reference/sources/');
    await expect(page.locator('tr#source-ws-ports-archived-2022')).toContainText('2026-12-01');
    await expect(page.locator('tr#source-ms-slmgr')).toContainText('2026-11-29');
    await expect(page.locator('tr#source-serverworks-closed-workspaces a[href="https://blog.serverworks.co.jp/Closed_WorkSpaces"]')).toBeVisible();
  });
});
