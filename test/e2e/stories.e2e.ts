/**
 * Every Storybook story renders in real Chromium from the static build (storybook-static/, made by
 * `npm run build-storybook`, which `npm run test:e2e` runs first): no uncaught error, no console error,
 * something rendered (or the story is one that renders nothing on purpose), and play functions pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';

const STATIC = resolve(import.meta.dirname, '../../storybook-static');
// Stories that render nothing by design (the component returns null in that state).
const RENDERS_NOTHING = new Set(['layout-analysisstatus--empty', 'article-articletext--empty', 'compare-difftext--empty']);

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}

const hasBuild = existsSync(resolve(STATIC, 'index.json'));
const stories = hasBuild
  ? Object.values((JSON.parse(readFileSync(resolve(STATIC, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).filter((e) => e.type === 'story')
  : [];

let browser: Browser;
let server: PreviewServer;
let base = '';

beforeAll(async () => {
  if (!hasBuild) throw new Error('storybook-static/ is missing: run `npm run build-storybook` (npm run test:e2e does).');
  server = await preview({ configFile: false, root: resolve(import.meta.dirname, '../..'), build: { outDir: STATIC }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  base = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook stories', () => {
  it(`render without errors (${stories.length} stories)`, async () => {
    expect(stories.length).toBeGreaterThanOrEqual(17 * 4);
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const failures: string[] = [];
    try {
      // One page for all stories, switched through Storybook's channel (as its test runner does): the
      // preview bundle loads once and the fixture cases are analysed once.
      const page = await context.newPage();
      let current = '';
      page.on('pageerror', (e) => failures.push(`${current}: ${e.message}`));
      page.on('console', (m) => {
        // Browsers ask for /favicon.ico on their own; Storybook's static build has none.
        if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) failures.push(`${current}: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failures.push(`${current}: ${r.status()} ${r.url()}`);
      });
      await page.goto(`${base}iframe.html?id=${stories[0]!.id}&viewMode=story`);
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window, undefined, { timeout: 30_000 });
      const slow: string[] = [];
      // Accessibility (axe, via @storybook/addon-a11y) is reported, not failed on: see the a11y panel.
      const a11y = new Map<string, string[]>();
      for (const story of stories) {
        current = story.id;
        const started = Date.now();
        const { outcome, violations } = await page.evaluate(
          (id) =>
            new Promise<{ outcome: string; violations: string[] }>((done) => {
              const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { on: (e: string, f: (x: unknown) => void) => void; off: (e: string, f: (x: unknown) => void) => void; emit: (e: string, x: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__;
              const events = ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];
              const handlers = events.map((event) => {
                const handler = (payload: unknown) => {
                  const p = payload as
                    | { storyId?: string; status?: string; title?: string; description?: string; message?: string; reporters?: { type: string; result?: { violations?: { id: string; impact?: string }[] } }[] }
                    | undefined;
                  if (event === 'storyFinished' && p?.storyId !== id) return;
                  for (const [e, h] of handlers) channel.off(e, h);
                  const axe = p?.reporters?.find((r) => r.type === 'a11y')?.result?.violations ?? [];
                  done({
                    outcome: event === 'storyFinished' ? (p?.status ?? 'success') : `${event}: ${p?.title ?? ''} ${p?.description ?? p?.message ?? ''}`,
                    violations: axe.map((v) => `${v.id} (${v.impact ?? '?'})`),
                  });
                };
                channel.on(event, handler);
                return [event, handler] as const;
              });
              setTimeout(() => done({ outcome: 'timeout', violations: [] }), 30_000);
              channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
            }),
          story.id,
        );
        const rendered = await page.evaluate(() => document.getElementById('storybook-root')?.textContent?.trim().length ?? 0);
        if (outcome !== 'success') failures.push(`${story.id}: ${outcome}`);
        else if (rendered === 0 && !RENDERS_NOTHING.has(story.id)) failures.push(`${story.id}: rendered nothing`);
        for (const v of violations) a11y.set(v, [...(a11y.get(v) ?? []), story.id]);
        if (Date.now() - started > 1500) slow.push(`${story.id} ${Date.now() - started} ms`);
      }
      if (slow.length) console.log(`slow stories: ${slow.join(', ')}`);
      for (const [rule, ids] of a11y) console.log(`a11y ${rule}: ${ids.length} stories (${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''})`);
    } finally {
      await context.close();
    }
    console.log(`Storybook: ${stories.length} stories rendered, ${failures.length} problems`);
    expect(failures).toEqual([]);
  }, 240_000);
});
