/**
 * One story across languages in real Chromium against the built app (issue 12): an English and an
 * Arabic article on one invented event, pasted into a new case, give Compare rows that hold both
 * scripts, each cell in its own direction, with correspondence marks instead of a word diff — in the
 * English and in the Arabic interface. The rows expected are the core's own (run by the build's worker).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/core/types.ts';
import { analyzeInPage, goTo, launchChromium, msg, waitForAnalysis, withApp, type UiLocale } from './browser.ts';

const ENGLISH = [
  'Floods swept through the port city of Velmora on Tuesday, killing 14 people.',
  'The regional governor, Tomas Ardell, said 300 families had been moved to schools.',
  'Rescue teams reached the northern districts late on Tuesday, the civil defence said.',
].join('\n\n');

const ARABIC = [
  'اجتاحت الفيضانات مدينة فيلمورا الساحلية يوم الثلاثاء وأودت بحياة 14 شخصا.',
  'وقال حاكم الإقليم توماس أرديل إن 300 عائلة نقلت إلى المدارس.',
  'وطالبت منظمات محلية بفتح تحقيق في تأخر الإنذار.',
].join('\n\n');

const EN_OUTLET = 'Coast Wire';
const AR_OUTLET = 'الساحل اليوم';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function paste(page: Page, text: string, outlet: string): Promise<void> {
  await page.getByLabel('Article text (paste text or a web page)').fill(text);
  await page.getByLabel('Outlet', { exact: true }).first().fill(outlet);
  await page.getByRole('button', { name: 'Add article' }).click();
}

interface ShownCell {
  lang: string;
  dir: string;
  text: string;
  shared: string[];
  own: string[];
  diffed: boolean;
}

/** The Compare rows on screen whose cells hold claims in more than one language. */
async function mixedRows(page: Page, locale: UiLocale): Promise<ShownCell[][]> {
  const titles = { shared: msg(locale, 'crosslang.shared'), own: msg(locale, 'crosslang.own') };
  return page.getByRole('grid').evaluate((grid, titles) => {
    const rows = Array.from(grid.querySelectorAll('[role="rowgroup"]:last-child > [role="row"]'));
    return rows
      .map((row) =>
        Array.from(row.querySelectorAll('[role="gridcell"]'))
          .map((cell) => cell.querySelector<HTMLElement>('.claim-text'))
          .filter((p): p is HTMLElement => p !== null)
          .map((p) => ({
            lang: p.getAttribute('lang') ?? '',
            dir: p.getAttribute('dir') ?? '',
            text: (p.textContent ?? '').trim(),
            shared: Array.from(p.querySelectorAll(`mark[title="${titles.shared}"]`)).map((m) => m.textContent ?? ''),
            own: Array.from(p.querySelectorAll(`mark[title="${titles.own}"]`)).map((m) => m.textContent ?? ''),
            diffed: p.querySelector('ins, del') !== null,
          })),
      )
      .filter((cells) => new Set(cells.map((c) => c.lang)).size > 1);
  }, titles);
}

function expectMixed(rows: ShownCell[][]): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const cells of rows) {
    const english = cells.find((c) => c.lang === 'en')!;
    const arabic = cells.find((c) => c.lang === 'ar')!;
    // Both scripts in one row, each claim in its own direction whatever the interface's.
    expect(english.text).toMatch(/[A-Za-z]/);
    expect(english.text).not.toMatch(/\p{Script=Arabic}/u);
    expect(arabic.text).toMatch(/\p{Script=Arabic}/u);
    expect(english.dir).toBe('ltr');
    expect(arabic.dir).toBe('rtl');
    // The English column is the reference: the Arabic claim is marked, not diffed.
    expect(english.shared).toEqual([]);
    expect(arabic.diffed).toBe(false);
    expect(arabic.shared.length).toBeGreaterThan(0);
    expect(arabic.shared.every((w) => arabic.text.includes(w))).toBe(true);
  }
}

describe('a case mixing Arabic and English', () => {
  it('shows mixed rows with correspondences in both interface languages', async () => {
    await withApp(browser, async ({ page }) => {
      await goTo(page, 'case');
      await page.getByRole('button', { name: 'New case' }).click();
      await paste(page, ENGLISH, EN_OUTLET);
      await paste(page, ARABIC, AR_OUTLET);
      await expect.poll(async () => page.getByRole('heading', { name: /^Articles \(\d+\)$/ }).innerText()).toBe('Articles (2)');
      await waitForAnalysis(page);

      // What the core in this build makes of the two articles: it must join them in some row.
      const inputs: ArticleInput[] = [
        { id: 'en', raw: ENGLISH, outlet: EN_OUTLET },
        { id: 'ar', raw: ARABIC, outlet: AR_OUTLET },
      ];
      const expected = await analyzeInPage(page, inputs);
      expect(expected.articles.map((a) => a.language)).toEqual(['en', 'ar']);
      const joined = expected.rows.filter((r) => r.claimIds.some((id) => id.startsWith('en:')) && r.claimIds.some((id) => id.startsWith('ar:')));
      expect(joined.length).toBeGreaterThan(0);

      await goTo(page, 'compare');
      await page.getByText(msg('en', 'crosslang.legend')).waitFor();
      await expect.poll(async () => (await mixedRows(page, 'en')).length).toBe(joined.length);
      const englishInterface = await mixedRows(page, 'en');
      expectMixed(englishInterface);
      await page.getByRole('grid').screenshot({ path: 'test-results/cross-language-en.png' });

      await page.getByRole('button', { name: msg('en', 'app.switchLanguage') }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await goTo(page, 'compare', 'ar');
      await page.getByText(msg('ar', 'crosslang.legend')).waitFor();
      const arabicInterface = await mixedRows(page, 'ar');
      expect(arabicInterface.length).toBe(joined.length);
      expectMixed(arabicInterface);
      // The cells read the same in either interface: only the interface words change.
      const texts = (rows: ShownCell[][]) => rows.map((cells) => cells.map((c) => c.text));
      expect(texts(arabicInterface)).toEqual(texts(englishInterface));
      expect(arabicInterface.map((cells) => cells.map((c) => c.shared))).toEqual(englishInterface.map((cells) => cells.map((c) => c.shared)));
      await page.getByRole('grid').screenshot({ path: 'test-results/cross-language-ar.png' });
    });
  });
});

