/**
 * Helpers for the end-to-end tests: launch Debian's Chromium, open the built app in a fresh profile,
 * find things by role and by the interface's own message catalogues, and read the Compare grid.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { ArticleInput, CaseAnalysis } from '../../src/core/types.ts';
import type { AnalyzeMessage, AnalyzeRequest } from '../../src/worker/protocol.ts';
import ar from '../../src/i18n/ar.json';
import en from '../../src/i18n/en.json';

export type UiLocale = 'en' | 'ar';
type MessageKey = keyof typeof en;

const catalogs: Record<UiLocale, Record<string, string>> = { en, ar };

/** An interface string as the app shows it (placeholders filled); numbers as the app formats them. */
export function msg(locale: UiLocale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const numbers = new Intl.NumberFormat(locale === 'ar' ? 'ar-EG' : 'en');
  const template = catalogs[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags a 2-core CI container needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Font rendering must not depend on the host's hinting settings (screenshots).
      '--font-render-hinting=none',
    ],
  });
}

export const baseUrl = (): string => inject('baseUrl');

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, to assert none happened. */
  errors: string[];
  dialogs: string[];
}

/**
 * A fresh browser profile (empty IndexedDB) with the app opened and the example case analysed.
 * `bypassCSP` turns the page's Content-Security-Policy off, so XSS tests prove the app itself keeps
 * article content inert (not only the policy).
 */
export async function openApp(browser: Browser, options: { bypassCSP?: boolean; width?: number; height?: number } = {}): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(baseUrl());
  await waitForAnalysis(page);
  return { context, page, errors, dialogs };
}

/** Runs a test body in a fresh app and closes it; the page must log no errors meanwhile. */
export async function withApp(browser: Browser, run: (app: OpenedApp) => Promise<void>): Promise<void> {
  const app = await openApp(browser);
  try {
    await run(app);
    expect(app.errors).toEqual([]);
  } finally {
    await app.context.close();
  }
}

/** Waits until the header says the analysis is up to date (in either interface language). */
export async function waitForAnalysis(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('header .analysis-status[role="status"]').waitFor({ state: 'visible', timeout });
}

/** Opens a view through the main navigation (by the view's name in the current interface language). */
export async function goTo(page: Page, view: 'case' | 'compare' | 'article' | 'actors' | 'sources' | 'charts' | 'report', locale: UiLocale = 'en'): Promise<void> {
  const nav = page.getByRole('navigation', { name: msg(locale, 'nav.label') });
  await nav.getByRole('button', { name: msg(locale, `nav.${view}`), exact: true }).click();
  await page.getByRole('main', { name: msg(locale, `nav.${view}`) }).waitFor();
}

/** The "N of M rows" counter above the Compare grid, parsed. */
export async function rowCounter(page: Page): Promise<{ shown: number; total: number }> {
  const text = await page.getByRole('search').getByRole('status').innerText();
  // Numbers are formatted for the interface language ("1,000").
  const match = /([\d,]+) of ([\d,]+) rows/.exec(text);
  if (!match) throw new Error(`unexpected row counter: ${text}`);
  return { shown: Number(match[1]!.replaceAll(',', '')), total: Number(match[2]!.replaceAll(',', '')) };
}

export interface GridCell {
  /** The outlet column's label. */
  column: string;
  notReported: boolean;
  /** Each claim of the cell as its outlet wrote it (deleted reference words left out). */
  claims: { text: string; source: string; kind: string; cue: string; edited: boolean }[];
}

export interface GridRow {
  number: number;
  header: string;
  cells: GridCell[];
}

/** The Compare grid's column labels and the rows currently rendered (the grid is virtualised). */
export async function readGrid(page: Page): Promise<{ dir: string; columns: string[]; rows: GridRow[] }> {
  return page.getByRole('grid').evaluate((grid) => {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const heads = Array.from(grid.querySelectorAll('[role="columnheader"]')).map((h) => clean(h.textContent));
    const columns = heads.slice(1);
    const rows = Array.from(grid.querySelectorAll('[role="rowgroup"]:last-child > [role="row"]')).map((row) => {
      const header = clean(row.querySelector('[role="rowheader"]')?.textContent);
      const cells = Array.from(row.querySelectorAll('[role="gridcell"]')).map((cell, i) => ({
        column: columns[i] ?? '',
        notReported: cell.classList.contains('is-missing'),
        claims: Array.from(cell.querySelectorAll('article')).map((article) => {
          const textEl = article.querySelector('.claim-text')!.cloneNode(true) as HTMLElement;
          for (const del of Array.from(textEl.querySelectorAll('del'))) del.remove();
          return {
            text: clean(textEl.textContent),
            source: clean(article.querySelector('.source-text')?.textContent),
            kind: clean(article.querySelector('[class*="badge kind-"]')?.textContent),
            cue: clean(article.querySelector('.cue-text')?.textContent),
            edited: article.querySelector('.edited-mark') !== null,
          };
        }),
      }));
      return { number: Number(/\d+/.exec(header)?.[0] ?? '0'), header, cells };
    });
    return { dir: grid.getAttribute('dir') ?? '', columns, rows };
  });
}

/** A claim's place in the rendered Compare grid. */
export interface SourcedClaimAt {
  row: number;
  cell: number;
  claim: number;
  kind: string;
}

/**
 * Where the first claim with a stated source sits in the rendered Compare rows (a headline or an
 * own-voice claim has no source to correct): grid row index (1 = first body row), cell, claim in the cell.
 */
export async function firstSourcedClaim(page: Page): Promise<SourcedClaimAt> {
  const { rows } = await readGrid(page);
  for (const [r, row] of rows.entries())
    for (const [c, cell] of row.cells.entries())
      for (const [k, claim] of cell.claims.entries()) if (claim.source) return { row: r + 1, cell: c, claim: k, kind: claim.kind };
  throw new Error('no claim with a stated source in the rendered Compare rows');
}

/** Opens the correction dialog of the first claim with a stated source in Compare (found already, or now). */
export async function openFirstSourcedCorrection(page: Page, found?: SourcedClaimAt): Promise<SourcedClaimAt> {
  const at = found ?? (await firstSourcedClaim(page));
  const cell = page.getByRole('grid').getByRole('row').nth(at.row).getByRole('gridcell').nth(at.cell);
  await cell.focus();
  // The claim's own button: a headline in the same cell has none, so counting buttons would miss it.
  await cell.getByRole('article').nth(at.claim).getByRole('button', { name: 'Correct' }).click();
  return at;
}

/** Whitespace-collapsed text, to compare what the page shows with what the core produced. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text without any whitespace: diff segments may carry the space on either side of a word. */
export const bare = (s: string): string => s.replace(/\s+/g, '');

/**
 * The built app's own analysis worker, run directly in the page (no store, no UI): what the core in
 * this very build makes of `inputs`. Tests compare the page with it, so a core edited after the build
 * (or the Node/Chromium difference) cannot make them disagree.
 */
export async function analyzeInPage(page: Page, inputs: ArticleInput[]): Promise<CaseAnalysis> {
  const assets = resolve(import.meta.dirname, '../../dist/assets');
  const file = readdirSync(assets).find((f) => /^analysis\.worker-.*\.js$/.test(f));
  if (!file) throw new Error('no analysis worker in dist/assets');
  const request: AnalyzeRequest = { id: 1, job: { inputs, options: {} } };
  return page.evaluate(
    ({ url, request }) =>
      new Promise<CaseAnalysis>((done, fail) => {
        const worker = new Worker(url, { type: 'module' });
        worker.onmessage = (event: MessageEvent<AnalyzeMessage>) => {
          if (event.data.type === 'progress') return;
          worker.terminate();
          if (event.data.type === 'done') done(event.data.result);
          else fail(new Error(event.data.type === 'error' ? event.data.reason : 'a fresh worker asked to be restarted'));
        };
        worker.onerror = (event) => fail(new Error(event.message));
        worker.postMessage(request);
      }),
    { url: new URL(`assets/${file}`, baseUrl()).href, request },
  );
}
