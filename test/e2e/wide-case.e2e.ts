/**
 * More outlets than fit (issue 10, item 4), in real Chromium: the row column stays in view while the
 * outlet columns scroll sideways, and the grid says how many outlets are out of view.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchChromium, openApp } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('more outlets than fit', () => {
  it('keeps the row column in view while the outlets scroll, and says how many are out of view', async () => {
    // Five outlets of 15rem at least do not fit in 800 px.
    const app = await openApp(browser, { width: 800, height: 800 });
    try {
      const { page } = app;
      await goTo(page, 'compare');
      const scroller = page.locator('.compare-scroller');
      const sign = page.locator('.more-columns');
      await expect.poll(() => sign.innerText()).toMatch(/^\d+ more outlets? out of view: scroll sideways/);
      const before = Number(/^(\d+)/.exec(await sign.innerText())![1]);
      expect(before).toBeGreaterThanOrEqual(2);
      const rowHead = page.getByRole('rowheader').first();
      const startBox = (await rowHead.boundingBox())!;

      // The example case is Arabic: its columns run right to left, so the far end is scrollLeft's minimum.
      await scroller.evaluate((el) => el.scrollBy({ left: el.getAttribute('dir') === 'rtl' ? -el.scrollWidth : el.scrollWidth }));
      await expect.poll(() => scroller.evaluate((el) => Math.abs(el.scrollLeft))).toBeGreaterThan(100);
      // The row column did not move with the outlets.
      const endBox = (await rowHead.boundingBox())!;
      expect(Math.abs(endBox.x - startBox.x)).toBeLessThan(2);
      const scrollerBox = (await scroller.boundingBox())!;
      expect(endBox.x).toBeGreaterThanOrEqual(scrollerBox.x - 1);
      expect(endBox.x + endBox.width).toBeLessThanOrEqual(scrollerBox.x + scrollerBox.width + 1);
      // Scrolled to the far end: the outlets out of view are now the first ones, and still counted.
      await expect.poll(() => sign.innerText()).toMatch(/more outlets? out of view/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });
});
