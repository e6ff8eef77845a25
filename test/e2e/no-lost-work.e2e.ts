/**
 * No lost work, in real Chromium against the built app (issue 10): every action that replaces or shrinks
 * the case can be undone, a replaced case is in the library, and corrections stay on their claim's text
 * across a re-analysis (or are listed for review, never moved onto another claim).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { goTo, readGrid, waitForAnalysis, withApp } from './browser.ts';

let browser: Browser;
const example = exampleCase();

beforeAll(async () => {
  const { launchChromium } = await import('./browser.ts');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const articleCount = async (page: Page): Promise<number> => {
  const heading = await page.getByRole('heading', { name: /^Articles \(\d+\)$/ }).innerText();
  return Number(/\((\d+)\)/.exec(heading)![1]);
};

const history = (page: Page) => page.getByRole('group', { name: 'Edit history' });

async function paste(page: Page, text: string, outlet: string): Promise<void> {
  await page.getByLabel('Article text (paste text or a web page)').fill(text);
  await page.getByLabel('Outlet', { exact: true }).first().fill(outlet);
  await page.getByRole('button', { name: 'Add article' }).click();
}

describe('no action loses the case', () => {
  it('load example after a reload keeps the pasted article in the library, and Undo brings the case back', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      await paste(page, 'A pasted report. It says the talks failed.', 'Pasted Wire');
      await expect.poll(() => articleCount(page)).toBe(example.articles.length + 1);
      await page.reload();
      await waitForAnalysis(page);
      await goTo(page, 'case');
      expect(await articleCount(page)).toBe(example.articles.length + 1);

      await page.getByRole('button', { name: 'Load the example case' }).click();
      await expect.poll(() => articleCount(page)).toBe(example.articles.length);
      // The case it replaced is in the library, pasted article and all.
      const saved = page.getByLabel('Saved cases');
      await expect.poll(() => saved.locator('option').allInnerTexts()).toContainEqual(expect.stringContaining(`(${example.articles.length + 1} articles)`));

      await page.getByRole('status').filter({ hasText: 'The example case is open' }).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => articleCount(page)).toBe(example.articles.length + 1);
      await expect.poll(() => page.getByRole('group', { name: 'Pasted Wire' }).count()).toBe(1);
    });
  });

  it('new case and remove article are undone by the buttons and by Ctrl+Z, redone by Ctrl+Shift+Z', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      const first = example.articles[0]!.outlet!;
      await page.getByRole('button', { name: `Remove ${first}` }).click();
      await expect.poll(() => articleCount(page)).toBe(example.articles.length - 1);
      await page.getByRole('heading', { name: 'Case', exact: true }).click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => articleCount(page)).toBe(example.articles.length);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => articleCount(page)).toBe(example.articles.length - 1);
      await history(page).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => articleCount(page)).toBe(example.articles.length);

      await page.getByRole('button', { name: 'New case' }).click();
      await expect.poll(() => articleCount(page)).toBe(0);
      await history(page).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => articleCount(page)).toBe(example.articles.length);
      await waitForAnalysis(page);
    });
  });
});

const ALPHA = 'The bridge closed on Monday. Engineers found cracks in two pillars. Traffic was diverted through the old town.';
const BETA = 'Cracks in two pillars closed the bridge, engineers said. Drivers were angry.';

/** The Compare cell claim whose text contains `needle`, read from the grid. */
async function claimWith(page: Page, needle: string) {
  const grid = await readGrid(page);
  for (const row of grid.rows) for (const cell of row.cells) for (const claim of cell.claims) if (claim.text.includes(needle)) return claim;
  return undefined;
}

describe('corrections across a re-analysis', () => {
  it('stay on their claim when the text changes around it, and are listed for review when it is rewritten', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      await page.getByRole('button', { name: 'New case' }).click();
      await paste(page, ALPHA, 'Alpha');
      await paste(page, BETA, 'Beta');
      await expect.poll(() => articleCount(page)).toBe(2);
      await waitForAnalysis(page);

      await goTo(page, 'compare');
      await expect.poll(async () => (await claimWith(page, 'Traffic was diverted'))?.text ?? '').not.toBe('');
      const cell = page.getByRole('gridcell').filter({ hasText: 'Traffic was diverted' }).locator('article').filter({ hasText: 'Traffic was diverted' });
      await cell.getByRole('button', { name: 'Correct' }).click();
      await page.getByRole('dialog').getByLabel('Source kind').selectOption('document');
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await claimWith(page, 'Traffic was diverted'))?.kind).toBe('document');

      // A sentence before it renumbers the claims: the correction must follow its text.
      await goTo(page, 'case');
      await page.getByRole('button', { name: 'Edit Alpha' }).click();
      await page.getByLabel('Text', { exact: true }).fill(`Officials spoke late on Sunday. ${ALPHA}`);
      await page.getByRole('button', { name: 'Done' }).click();
      await waitForAnalysis(page);
      await goTo(page, 'compare');
      await expect.poll(async () => (await claimWith(page, 'Officials spoke late'))?.text ?? '').not.toBe('');
      const moved = await claimWith(page, 'Traffic was diverted');
      expect(moved).toMatchObject({ kind: 'document', edited: true });
      // The claim now at the corrected claim's old position is untouched.
      expect(await claimWith(page, 'Engineers found cracks')).toMatchObject({ edited: false });
      expect(await claimWith(page, 'Officials spoke late')).toMatchObject({ edited: false });

      // The corrected sentence rewritten: the correction is applied to no claim and listed for review.
      await goTo(page, 'case');
      await page.getByRole('button', { name: 'Edit Alpha' }).click();
      await page.getByLabel('Text', { exact: true }).fill(`Officials spoke late on Sunday. The bridge closed on Monday. Engineers found cracks in two pillars. Buses took the old town road.`);
      await page.getByRole('button', { name: 'Done' }).click();
      await waitForAnalysis(page);
      const review = page.getByRole('region', { name: 'Corrections that need review (1)' });
      await review.waitFor();
      expect(await review.innerText()).toContain('Traffic was diverted');
      await goTo(page, 'compare');
      await expect.poll(async () => (await claimWith(page, 'Buses took'))?.text ?? '').not.toBe('');
      const grid = await readGrid(page);
      expect(grid.rows.flatMap((r) => r.cells.flatMap((c) => c.claims)).filter((c) => c.edited)).toEqual([]);
    });
  });
});
