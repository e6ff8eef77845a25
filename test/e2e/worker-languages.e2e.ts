/**
 * The analysis worker of the built app loads the data of a case's languages only (a chunk each) and the
 * bridge between languages only for a case that mixes them; a worker that loaded other languages for an
 * earlier case asks to be replaced, and the dashboard's runner does so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/core/types.ts';
import type { AnalyzeRequest, WorkerMessage } from '../../src/worker/protocol.ts';
import { baseUrl, launchChromium, withApp } from './browser.ts';

const ARABIC: ArticleInput = { id: 'ar', raw: 'قال المتحدث باسم الدفاع المدني إن فرق الإنقاذ وصلت إلى الأحياء الشمالية مساء الثلاثاء.' };
const ENGLISH: ArticleInput = { id: 'en', raw: 'Rescue teams reached the northern districts late on Tuesday, the civil defence spokesman said.' };

const assets = resolve(import.meta.dirname, '../../dist/assets');
const workerFile = (): string => readdirSync(assets).find((f) => /^analysis\.worker-.*\.js$/.test(f))!;
/** The chunks the worker imports on demand, by their name ("ar", "en", "bridge"). */
function workerChunks(): Record<string, string> {
  const code = readFileSync(resolve(assets, workerFile()), 'utf8');
  return Object.fromEntries([...code.matchAll(/import\([`'"]\.\/((\w+)-[\w-]+\.js)[`'"]\)/g)].map((m) => [m[2]!, m[1]!]));
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('language data in the analysis worker', () => {
  it('loads Arabic alone for an Arabic case, and asks for a new worker when the next case mixes languages', async () => {
    const chunks = workerChunks();
    expect(Object.keys(chunks).sort()).toEqual(['analyze', 'ar', 'bridge', 'en']);
    await withApp(browser, async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url().split('/').pop()!));
      const replies = await page.evaluate(
        ({ url, requests }) =>
          new Promise<WorkerMessage[]>((done, fail) => {
            const worker = new Worker(url, { type: 'module' });
            const answers: WorkerMessage[] = [];
            worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
              if (event.data.type === 'progress') return;
              answers.push(event.data);
              const next = requests[answers.length];
              if (next) worker.postMessage(next);
              else {
                worker.terminate();
                done(answers);
              }
            };
            worker.onerror = (event) => fail(new Error(event.message));
            worker.postMessage(requests[0]);
          }),
        {
          url: new URL(`assets/${workerFile()}`, baseUrl()).href,
          requests: [
            { id: 1, job: { inputs: [ARABIC], options: {} } },
            { id: 2, job: { inputs: [ARABIC, ENGLISH], options: {} } },
          ] satisfies AnalyzeRequest[],
        },
      );
      expect(replies.map((r) => r.type)).toEqual(['done', 'restart']);
      const done = replies[0]!;
      if (done.type !== 'done') throw new Error('no result');
      expect(done.result.articles.map((a) => a.language)).toEqual(['ar']);
      expect(done.result.articles[0]!.claims[0]!.attribution?.source.text).toContain('المتحدث');
      // The Arabic chunk and the analysis code were fetched (by this worker or the page's own); English and the bridge never were.
      expect(fetched).toContain(chunks.ar);
      expect(fetched).toContain(chunks.analyze);
      expect(fetched).not.toContain(chunks.en);
      expect(fetched).not.toContain(chunks.bridge);
    });
  });
});
