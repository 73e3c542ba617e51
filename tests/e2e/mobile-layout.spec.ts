/**
 * Every page of the built site on a 390 px wide phone, in both languages: nothing wider than
 * the screen (so the menu button stays on it), and severity badges on one line.
 */
import { expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

const WIDTH = 390;

test.use({ viewport: { width: WIDTH, height: 844 } });

for (const path of builtPages().filter((page) => !page.endsWith('404.html'))) {
  test(`/${path} fits a ${WIDTH} px screen and its badges do not wrap`, async ({ page }) => {
    await page.goto(path);
    // A page with a workbench is measured once its editor and first result are in place: the
    // layout settles when Monaco replaces the plain text area (the transit gateway page once
    // measured wider than the screen on a loaded runner while Monaco was starting, never after).
    // Monaco loads when the workbench scrolls into view.
    const workbench = page.locator('[data-workbench]');
    if ((await workbench.count()) > 0) {
      test.slow();
      await workbench.first().scrollIntoViewIfNeeded();
      await expect(workbench.first()).toHaveAttribute('data-editor', 'monaco', { timeout: 30_000 });
      await expect(workbench.first()).toHaveAttribute('data-state', /done|idle/, { timeout: 30_000 });
    }
    const layout = await page.evaluate(() => {
      const root = document.documentElement;
      // The element that sticks out furthest, to name it when the page is too wide.
      let widest = { right: 0, what: '' };
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(element).position === 'fixed') continue;
        if (box.right > widest.right) widest = { right: Math.round(box.right), what: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}` };
      }
      // Severity badges (the status badges of facts may break between words on a phone).
      const wrapped = [...document.querySelectorAll('.sl-badge:not(.kb-status .sl-badge), .wb-count')]
        .filter((badge) => badge.getClientRects().length > 1 || badge.getBoundingClientRect().height > parseFloat(getComputedStyle(badge).fontSize) * 2.2)
        .map((badge) => badge.textContent?.trim() ?? '');
      return { scrollWidth: root.scrollWidth, widest, wrapped };
    });
    expect(layout.scrollWidth, `widest element: ${layout.widest.what} reaching ${layout.widest.right}px`).toBeLessThanOrEqual(WIDTH);
    expect(layout.wrapped, 'badges broken over lines').toEqual([]);
  });
}
