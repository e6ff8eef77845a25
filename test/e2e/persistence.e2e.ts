/**
 * No lost work, in real Chromium against the built app (issue 5, "Data"): a reload in the middle of an
 * analysis, two tabs editing the same case, a full disk, and cancelling a running analysis.
 * Uses the browser helper's harness (test/e2e/browser.ts) unchanged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { baseUrl, goTo, launchChromium, openFirstSourcedCorrection, withApp, waitForAnalysis } from './browser.ts';

let browser: Browser;
const example = exampleCase();
const SEEDS = resolve(import.meta.dirname, '../../fixtures/seeds');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** `count` article files made from the seed texts (each a distinct file), enough to keep the worker busy. */
function bulkFiles(count: number): { name: string; mimeType: string; buffer: Buffer }[] {
  const texts = example.articles.map((a) => readFileSync(resolve(SEEDS, a.fileName!), 'utf8'));
  return Array.from({ length: count }, (_, i) => ({
    name: `bulk-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${texts[i % texts.length]!}\n\n(${i})`),
  }));
}

/** The saved record of the open case, read straight from IndexedDB (what a reload will find). */
async function savedCase(page: Page): Promise<{ name: string; articles: number; claimEdits: Record<string, unknown> } | null> {
  return page.evaluate(
    () =>
      new Promise<{ name: string; articles: number; claimEdits: Record<string, unknown> } | null>((done, fail) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => fail(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cases')) return done(null);
          const all = db.transaction('cases').objectStore('cases').getAll();
          all.onsuccess = () => {
            // Since storage version 5 a case record holds its name, article ids and corrections (texts apart).
            type Rec = { name: string; articleIds: string[]; corrections: { claimEdits: Record<string, unknown> } };
            const rec = (all.result as Rec[])[0];
            db.close();
            done(rec ? { name: rec.name, articles: rec.articleIds.length, claimEdits: rec.corrections.claimEdits } : null);
          };
        };
      }),
  );
}

const progressBar = (page: Page) => page.locator('header .analysis-status progress');

/** Corrects the cue stance of the first claim with a source in Compare (a correction that must survive). */
async function correctFirstClaim(page: Page): Promise<void> {
  await openFirstSourcedCorrection(page);
  const dialog = page.getByRole('dialog', { name: 'Correct a claim' });
  await dialog.getByLabel('Cue stance').selectOption('distancing');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

describe('a reload in the middle of an analysis', () => {
  it('keeps the case and its corrections, and analyses the case again', async () => {
    await withApp(browser, async ({ page }) => {
      await correctFirstClaim(page);
      await goTo(page, 'case');
      await page.getByLabel('Choose files (.txt, .md, .html)').setInputFiles(bulkFiles(120));
      await page.getByRole('heading', { name: 'Articles (125)' }).waitFor();
      await progressBar(page).waitFor({ state: 'visible' });
      // The case is saved (debounced) while the worker is still busy with it.
      await expect.poll(async () => (await savedCase(page))?.articles, { timeout: 10_000 }).toBe(125);
      expect(await progressBar(page).isVisible()).toBe(true);

      await page.reload();
      await goTo(page, 'case');
      await page.getByRole('heading', { name: 'Articles (125)' }).waitFor({ timeout: 20_000 });
      await waitForAnalysis(page, 120_000);
      const saved = await savedCase(page);
      expect(saved?.articles).toBe(125);
      expect(Object.values(saved?.claimEdits ?? {})).toEqual([{ stance: 'distancing' }]);
      await goTo(page, 'compare');
      expect(await page.getByRole('grid').locator('.edited-mark').count()).toBeGreaterThanOrEqual(1);
    });
  }, 180_000);
});

describe('cancelling a running analysis', () => {
  it('stops it, says so, keeps the case, and can analyse again', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      await page.getByLabel('Choose files (.txt, .md, .html)').setInputFiles(bulkFiles(120));
      await progressBar(page).waitFor({ state: 'visible' });
      const running = page.workers().filter((w) => /analysis\.worker/.test(w.url()));
      expect(running).toHaveLength(1);
      const closed = new Promise<void>((done) => running[0]!.once('close', () => done()));
      await page.getByRole('button', { name: 'Cancel analysis' }).click();
      await page.getByRole('status').filter({ hasText: 'Analysis cancelled. The case is unchanged.' }).waitFor();
      // The worker itself is stopped (terminated), not merely ignored.
      await closed;
      expect(await progressBar(page).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Articles (125)' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Analyse again' }).click();
      await progressBar(page).waitFor({ state: 'visible' });
      await waitForAnalysis(page, 120_000);
      expect(page.workers().filter((w) => /analysis\.worker/.test(w.url()))).toHaveLength(1);
    });
  }, 180_000);
});

describe('two tabs editing the same case', () => {
  it('tells each tab when the other saved, and lets the user reload theirs or keep their own', async () => {
    await withApp(browser, async ({ context, page: first }) => {
      const second = await context.newPage();
      await second.goto(baseUrl());
      await waitForAnalysis(second);
      await goTo(first, 'case');
      await goTo(second, 'case');
      // Both tabs open: nobody edited yet, nobody is warned.
      expect(await first.getByRole('alert').count()).toBe(0);
      expect(await second.getByRole('alert').count()).toBe(0);

      const rename = async (page: Page, name: string) => {
        const input = page.getByLabel('Case name');
        await input.fill(name);
        await input.blur();
      };
      await rename(first, 'Edited in the first tab');
      const alert = second.getByRole('alert').filter({ hasText: 'This case was changed in another tab or window.' });
      await alert.waitFor();
      // The second tab's own edit is held back until its user chooses.
      await rename(second, 'Edited in the second tab');
      await second.waitForTimeout(800);
      expect((await savedCase(second))?.name).toBe('Edited in the first tab');

      await alert.getByRole('button', { name: 'Keep my version' }).click();
      await expect.poll(async () => (await savedCase(second))?.name, { timeout: 10_000 }).toBe('Edited in the second tab');
      const told = first.getByRole('alert').filter({ hasText: 'This case was changed in another tab or window.' });
      await told.waitFor();
      await told.getByRole('button', { name: "Load the other tab's version" }).click();
      await expect.poll(() => first.getByLabel('Case name').inputValue(), { timeout: 10_000 }).toBe('Edited in the second tab');
      expect(await first.getByRole('alert').count()).toBe(0);
      expect(await second.getByRole('alert').count()).toBe(0);
      await second.close();
    });
  }, 120_000);
});

describe('a full disk', () => {
  it('says so, keeps the case open, offers export, and saves once space is back', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      // The browser's storage refuses every write from now on, as a full disk does.
      await page.evaluate(() => {
        const w = window as unknown as { __realPut?: typeof IDBObjectStore.prototype.put };
        w.__realPut = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.getByLabel('Case name').fill('Renamed on a full disk');
      await page.getByLabel('Case name').blur();
      const alert = page.getByRole('alert').filter({ hasText: "The case could not be saved: this browser's storage is full." });
      await alert.waitFor();
      expect(await page.getByLabel('Case name').inputValue()).toBe('Renamed on a full disk');
      const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export JSON' }).click()]);
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { case: { name: string; articles: unknown[] } };
      expect(file.case.name).toBe('Renamed on a full disk');
      expect(file.case.articles).toHaveLength(5);

      await page.evaluate(() => {
        const w = window as unknown as { __realPut: typeof IDBObjectStore.prototype.put };
        IDBObjectStore.prototype.put = w.__realPut;
      });
      await alert.getByRole('button', { name: 'Try saving again' }).click();
      await expect.poll(async () => (await savedCase(page))?.name, { timeout: 10_000 }).toBe('Renamed on a full disk');
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  }, 120_000);
});
