/**
 * Hostile HTML through every input path (issue 5): paste (as HTML and as text), file upload (.html, .md,
 * .txt) and JSON import, then every view is visited. Nothing may run: the page's flag stays unset, no
 * dialog opens, and no active element, event-handler attribute or script URL reaches the page.
 * The page's Content-Security-Policy is bypassed here, so the app itself must keep article content inert.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchChromium, openApp, waitForAnalysis, type OpenedApp } from './browser.ts';

interface Payload {
  id: string;
  html: string;
}

const corpus = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/xss/payloads.json'), 'utf8')) as { payloads: Payload[] };
// Each payload, if it ever ran, would record its number on the top window.
const payloads: Payload[] = corpus.payloads.map((p, n) => ({ id: p.id, html: p.html.replaceAll('__X__', `top.__xss=${n + 1}`) }));

/** A few paragraphs of news around a payload, so ingest sees a real page rather than a bare tag. */
const section = (p: Payload): string =>
  `<section><h2>Talks in ${p.id}</h2><p>The minister said the talks had failed after two days of meetings in the capital.</p>${p.html}` +
  `<p>Officials told reporters the border would reopen on Monday, according to a statement.</p></section>`;

/** A whole web page holding the given payloads. */
const page_ = (...ps: Payload[]): string =>
  `<html><head><title>Report ${ps[0]!.id}</title></head><body><article><h1>Talks</h1>${ps.map(section).join('')}</article></body></html>`;

// Ingest refuses a text holding NUL as binary (a whole article lost), so the NUL payload goes on its own.
const hasNul = (p: Payload): boolean => p.html.includes('\u0000');
const textPayloads = payloads.filter((p) => !hasNul(p));
const allAsText = textPayloads.map((p) => `The spokesman said ${p.id} was reviewed. ${p.html}`).join('\n\n');

let browser: Browser;
const tried = { paste: 0, file: 0, json: 0 };

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const total = tried.paste + tried.file + tried.json;
  console.log(
    `XSS: ${payloads.length} payloads; tried ${total} times (paste ${tried.paste}, file ${tried.file}, JSON import ${tried.json}) across every view`,
  );
});

interface Probe {
  flag: unknown;
  active: string[];
  handlers: string[];
  urls: string[];
  inlineScripts: number;
  frames: number;
}

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** What in the page could run script: the flag, active elements, on* attributes, script/data URLs. */
function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const root = document.getElementById('root')!;
    const active = Array.from(
      root.querySelectorAll(
        'script, iframe, frame, frameset, object, embed, svg, math, img, image, video, audio, source, base, link, meta, style, template, isindex, marquee, [srcdoc], [formaction], form[action]',
      ),
    ).map((el) => el.tagName.toLowerCase());
    const handlers: string[] = [];
    const urls: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) handlers.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
        if (/^(href|src|action|formaction|xlink:href|data|poster|background)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value.replace(/\s/g, '').replace(/\p{Cc}/gu, ''))) {
          urls.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
        }
      }
    }
    return {
      flag: window.__xss ?? null,
      active,
      handlers,
      urls,
      inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
      frames: window.frames.length,
    };
  });
}

const CLEAN: Probe = { flag: null, active: [], handlers: [], urls: [], inlineScripts: 0, frames: 0 };

/** Visits every view (every article, every Compare row, every chart table) and probes each. */
async function visitEverything(app: OpenedApp, label: string): Promise<void> {
  const { page } = app;
  const check = async (where: string) => {
    expect({ where: `${label} / ${where}`, ...(await probe(page)) }).toEqual({ where: `${label} / ${where}`, ...CLEAN });
    expect(app.dialogs).toEqual([]);
  };
  for (const view of ['case', 'compare', 'article', 'actors', 'sources', 'charts', 'report'] as const) {
    await goTo(page, view);
    if (view === 'compare') {
      // The grid is virtualised: scroll it through so every row is rendered once.
      const grid = page.getByRole('grid');
      const height = await grid.evaluate((g) => g.scrollHeight);
      for (let top = 0; top <= height; top += 600) {
        await grid.evaluate((g, y) => g.scrollTo(0, y), top);
        await page.waitForTimeout(20);
        await check(`compare @${top}`);
      }
      continue;
    }
    if (view === 'article') {
      const picker = page.getByRole('main').getByLabel('Article', { exact: true });
      const ids = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        await picker.selectOption(id);
        await check(`article ${id}`);
      }
      continue;
    }
    if (view === 'charts') {
      await page.getByRole('figure').first().waitFor();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
    }
    await check(view);
  }
}

async function newCase(page: Page): Promise<void> {
  await goTo(page, 'case');
  await page.getByRole('button', { name: 'New case' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Articles (0)' }).count()).toBe(1);
}

/** Waits until the case has `count` articles and their analysis is current. */
async function settle(page: Page, count: number): Promise<void> {
  await goTo(page, 'case');
  await expect.poll(() => page.getByRole('heading', { name: `Articles (${count})` }).count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => page.getByText('Waiting for the analysis…').count(), { timeout: 60_000 }).toBe(0);
  await waitForAnalysis(page);
}

async function withHostileApp(run: (app: OpenedApp) => Promise<void>): Promise<void> {
  const app = await openApp(browser, { bypassCSP: true });
  try {
    expect(await probe(app.page)).toEqual(CLEAN);
    await run(app);
    expect(app.dialogs).toEqual([]);
    expect(app.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  } finally {
    await app.context.close();
  }
}

describe('hostile input never runs', () => {
  it('the probe notices script that does run (control)', async () => {
    await withHostileApp(async ({ page, dialogs }) => {
      await page.evaluate(() => document.getElementById('root')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="top.__xss=99"><svg></svg>'));
      await expect.poll(async () => (await probe(page)).flag).toBe(99);
      const seen = await probe(page);
      expect(seen.active).toEqual(['img', 'svg']);
      expect(seen.handlers).toEqual(['img[onerror]']);
      await page.evaluate(() => setTimeout(() => alert('control'), 0));
      await expect.poll(() => dialogs.length).toBe(1);
      dialogs.length = 0;
    });
  });

  it('the built page states a Content-Security-Policy that blocks inline script', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      // Second line of defence: even markup injected past the app would not run.
      const violations = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            let count = 0;
            document.addEventListener('securitypolicyviolation', () => (count += 1));
            document.getElementById('root')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="top.__xss=1">');
            setTimeout(() => done(count), 300);
          }),
      );
      expect(violations).toBeGreaterThanOrEqual(1);
      expect((await probe(page)).flag).toBeNull();
    } finally {
      await app.context.close();
    }
  });

  it('pasted HTML and pasted text', async () => {
    await withHostileApp(async (app) => {
      const { page } = app;
      await newCase(page);
      const textarea = page.getByLabel('Article text (paste text or a web page)');
      // Six payloads per pasted page keeps the run short; every payload still goes through the paste path.
      const groups: Payload[][] = [];
      for (let i = 0; i < textPayloads.length; i += 6) groups.push(textPayloads.slice(i, i + 6));
      for (const p of payloads.filter(hasNul)) groups.push([p]);
      for (const group of groups) {
        const html = page_(...group);
        await textarea.evaluate((el, pasted) => {
          const data = new DataTransfer();
          data.setData('text/html', pasted);
          data.setData('text/plain', 'pasted');
          el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, html);
        await page.getByText('Pasted as HTML: scripts and active content will be removed.').waitFor();
        await page.getByLabel('Outlet', { exact: true }).first().fill(group[0]!.html);
        await page.getByRole('button', { name: 'Add article' }).click();
        tried.paste += group.length;
      }
      await textarea.fill(allAsText);
      await page.getByRole('button', { name: 'Add article' }).click();
      tried.paste += textPayloads.length;
      await settle(page, groups.length + 1);
      await visitEverything(app, 'paste');
    });
  });

  it('uploaded .html, .md and .txt files', async () => {
    await withHostileApp(async (app) => {
      const { page } = app;
      await newCase(page);
      const files = [
        ...payloads.map((p) => ({ name: `${p.id}.html`, mimeType: 'text/html', buffer: Buffer.from(page_(p)) })),
        { name: 'all.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Payloads\n\n${allAsText}`) },
        { name: 'all.txt', mimeType: 'text/plain', buffer: Buffer.from(allAsText) },
      ];
      await page.getByLabel('Choose files (.txt, .md, .html)').setInputFiles(files);
      tried.file += payloads.length + 2 * textPayloads.length;
      // A file with a NUL byte is not text: refused when chosen (named in the message), not added.
      await settle(page, files.length - payloads.filter(hasNul).length);
      await visitEverything(app, 'file');
    });
  });

  it('an imported JSON case (raw HTML, names, outlets, titles, labels)', async () => {
    await withHostileApp(async (app) => {
      const { page } = app;
      const file = {
        format: 'parallax-case',
        version: 1,
        case: {
          id: 'xss-case',
          name: payloads[0]!.html,
          articles: [
            ...payloads.map((p, n) => ({ id: `x${n}`, raw: page_(p), format: 'html', outlet: p.html, title: p.html, date: p.html })),
            { id: 'plain', raw: allAsText, format: 'text', outlet: 'plain' },
            { id: 'md', raw: allAsText, format: 'markdown', outlet: 'markdown' },
          ],
        },
        corrections: {
          claimEdits: {},
          addedClaims: [],
          rowEdits: [],
          extraLabels: payloads.slice(0, 10).map((p, n) => ({ id: `l${n}`, forms: [p.html], stance: 'negative', language: 'en' })),
        },
      };
      await goTo(page, 'case');
      await page.getByLabel('Import JSON').setInputFiles({ name: 'hostile.parallax.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      tried.json += payloads.length + 2 * textPayloads.length;
      await settle(page, payloads.length + 2);
      // The payloads do reach the page — as text a reader can see, not as markup.
      await goTo(page, 'article');
      await page.getByRole('main').getByLabel('Article', { exact: true }).selectOption('plain');
      for (const p of payloads.slice(0, 3)) await expect.poll(() => page.getByRole('main').innerText()).toContain(p.html);
      await visitEverything(app, 'json');
    });
  });
});
