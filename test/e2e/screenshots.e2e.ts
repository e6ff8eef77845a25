/**
 * Screenshots of Compare, Actors and Charts on the example case, in the English and the Arabic
 * interface. A test run writes them to test-results/screenshots/ (ignored: the working tree stays clean);
 * `npm run screenshots` (SCREENSHOTS=docs) refreshes the ones the README links in docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchChromium, msg, openApp, type UiLocale } from './browser.ts';

const OUT = resolve(import.meta.dirname, process.env.SCREENSHOTS === 'docs' ? '../../docs/screenshots' : '../../test-results/screenshots');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  // No caret or focus ring blinking into the picture; fonts loaded.
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
  await page.screenshot({ path: resolve(OUT, name), fullPage: false, animations: 'disabled', caret: 'hide' });
}

describe.each<UiLocale>(['en', 'ar'])('screenshots, %s interface', (locale) => {
  it(`Compare, Actors and Charts (${locale})`, async () => {
    const app = await openApp(browser, { width: 1440, height: 1000 });
    try {
      const { page } = app;
      if (locale === 'ar') {
        await page.getByRole('button', { name: msg('en', 'app.switchLanguage') }).click();
        await expect.poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
      }
      // The interface lays out in its direction: navigation starts at the right in Arabic, at the left in English.
      const nav = page.getByRole('navigation', { name: msg(locale, 'nav.label') }).getByRole('button');
      const first = (await nav.first().boundingBox())!;
      const last = (await nav.last().boundingBox())!;
      expect(locale === 'ar' ? first.x > last.x : first.x < last.x).toBe(true);
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(locale === 'ar' ? title.x > 1440 / 2 : title.x < 1440 / 2).toBe(true);

      await goTo(page, 'compare', locale);
      await page.getByRole('grid', { name: msg(locale, 'compare.gridLabel') }).waitFor();
      await shoot(page, `compare-${locale}.png`);

      await goTo(page, 'actors', locale);
      await page.getByRole('heading', { name: msg(locale, 'actors.heading') }).waitFor();
      await shoot(page, `actors-${locale}.png`);

      await goTo(page, 'charts', locale);
      await page.locator('figure canvas').first().waitFor();
      // Chart.js draws after layout and animates: wait for every canvas to have pixels, then a beat.
      await expect
        .poll(() => page.locator('figure canvas').evaluateAll((cs) => cs.every((c) => (c as HTMLCanvasElement).width > 0)))
        .toBe(true);
      await page.waitForTimeout(1200);
      await shoot(page, `charts-${locale}.png`);
      expect(app.errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });
});
