/**
 * Japanese headlines break between phrases, not inside a word: the landing page's hero at a
 * phone's, a tablet's and a laptop's width, measured from where Chromium really put each line.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Words of the Japanese hero that a line break must not split, by where they appear. */
const WHOLE_WORDS = {
  '.hero h1': ['インターネットに', '出ない', 'Amazon WorkSpaces'],
  '.hero .tagline': ['ライセンス認証', '時刻同期', 'ディレクトリ参加', '定義更新', '必要です', '仕組み', '本当に', '閉じているかを', '行単位で', '確かめる', '検証ツール', 'まとめました'],
} as const;

/** The words of `words` in the element that do not sit on one line (each word's text boxes at more than one height). */
async function splitWords(page: Page, selector: string, words: readonly string[]): Promise<string[]> {
  return page.locator(selector).evaluate((element, wanted) => {
    // The element's text as one string, with the text node and offset of every character.
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const characters: { node: Text; offset: number }[] = [];
    let text = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let offset = 0; offset < node.data.length; offset++) characters.push({ node, offset });
      text += node.data;
    }
    // A no-break space in the source counts as the space it stands for.
    text = text.replace(/\u00a0/g, ' ');
    const lineOf = (index: number) => {
      const { node, offset } = characters[index]!;
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return Math.round(range.getBoundingClientRect().top);
    };
    const split: string[] = [];
    for (const word of wanted) {
      const start = text.indexOf(word);
      if (start < 0) {
        split.push(`${word} (not in the text)`);
        continue;
      }
      const lines = new Set<number>();
      for (let index = start; index < start + word.length; index++) if (text[index] !== ' ') lines.add(lineOf(index));
      if (lines.size > 1) split.push(word);
    }
    return split;
  }, words);
}

for (const width of [390, 768, 1280]) {
  test(`the Japanese landing hero keeps its words whole at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('ja/');
    for (const [selector, words] of Object.entries(WHOLE_WORDS)) {
      await expect(page.locator(selector)).toBeVisible();
      expect(await splitWords(page, selector, words), `${selector} at ${width} px`).toEqual([]);
    }
    // The hero still fits the screen: keeping words whole never pushes a line past the edge.
    const overflow = await page.locator('.hero h1, .hero .tagline').evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.className || element.tagName));
    expect(overflow).toEqual([]);
  });
}
