/**
 * Arabic interface in real Chromium (issue 10, item 1): a row heading's numbers keep their places —
 * "الصف ١" then "٢ من ٥" read right to left — instead of running together into one number ("٢٠١").
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchChromium, msg, withApp } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Each Arabic-Indic digit of a one-line heading with the x of its glyph's centre, in reading order. */
async function digitsOf(page: Page, selector: string): Promise<{ digit: string; x: number }[]> {
  return page.locator(selector).first().evaluate((header) => {
    const out: { digit: string; x: number }[] = [];
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        if (!/[٠-٩]/u.test(node.data[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        out.push({ digit: node.data[i]!, x: box.left + box.width / 2 });
      }
    }
    return out;
  });
}

describe('numbers in the Arabic interface', () => {
  it('keeps a shared row’s number and its coverage apart in the report heading ("الصف ١ · ٢ من ٥"), read right to left', async () => {
    await withApp(browser, async ({ page }) => {
      await page.getByRole('button', { name: msg('en', 'app.switchLanguage') }).click();
      await goTo(page, 'report', 'ar');
      await page.locator('.report-row h4').first().waitFor();
      const digits = await digitsOf(page, '.report-row h4');
      // Row number, then "n of total": three numbers at least.
      expect(digits.length).toBeGreaterThanOrEqual(3);
      // One line read right to left: each digit stands to the left of the one before it (no "٢٠١").
      for (let i = 1; i < digits.length; i++) expect(digits[i]!.x).toBeLessThan(digits[i - 1]!.x);
      expect(await page.locator('.report-row h4').first().innerText()).not.toMatch(/[0-9]/);
    });
  });

  it('writes the Compare row heading in Arabic-Indic digits, each number isolated', async () => {
    await withApp(browser, async ({ page }) => {
      await page.getByRole('button', { name: msg('en', 'app.switchLanguage') }).click();
      await goTo(page, 'compare', 'ar');
      const header = page.getByRole('rowheader').first();
      await header.waitFor();
      const text = await header.evaluate((h) => h.textContent ?? '');
      expect(text).toMatch(/\u2068[٠-٩]+\u2069/u);
      expect(text).not.toMatch(/[0-9]/);
    });
  });
});
