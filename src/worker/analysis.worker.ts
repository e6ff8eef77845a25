/// <reference lib="webworker" />
// Runs the whole pipeline off the main thread so the page never freezes on a large case.
import { caseLanguages } from '../core/prepare.ts';
import { isCrossLanguageReady, isLanguageReady, loadLanguages, needsCrossLanguage } from '../core/lang/registry.ts';
import type { ArticleInput } from '../core/types.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';

type Core = typeof import('../core/analyze.ts');

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage): void {
  scope.postMessage(message);
}

// The analysis code, imported once the first case's languages are loaded: its stages build their tables
// from the language data when imported, so only that data is fetched (a chunk per language, and the
// bridge between languages only for a case that mixes them).
let core: Promise<Core> | undefined;

/** The analysis code for a case in `languages`, or undefined when it was imported without them (a new worker must run the case). */
async function coreFor(languages: readonly string[]): Promise<Core | undefined> {
  const crossLanguage = needsCrossLanguage(languages);
  if (!core) {
    core = loadLanguages(languages, { crossLanguage }).then(() => import('../core/analyze.ts'));
    return core;
  }
  const loaded = await core;
  return languages.every(isLanguageReady) && (!crossLanguage || isCrossLanguageReady()) ? loaded : undefined;
}

// Started ahead of the app (src/worker/spawn.ts), the worker usually waits for its first case: meanwhile
// it cleans a made-up article in both scripts, so the cleaning rules' patterns are compiled (≈ 0.1 s of the
// first case's cleaning on the example case) before the case comes. Nothing is kept but caches.
const WARM_UP: ArticleInput[] = [
  { id: 'warm-up-en', format: 'text', raw: 'Home\nNews\nA made-up headline\n\nBy A. Writer\n\nThe council said on Monday that the plan would go ahead.\n\nShare\nRead more\n' },
  { id: 'warm-up-ar', format: 'text', raw: 'الرئيسية\nأخبار\nعنوان مختلق\n\nقال المجلس يوم الاثنين إن الخطة ستمضي قدما.\n\nشارك\nاقرأ أيضا\n' },
];
let warmUp: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
  warmUp = undefined;
  try {
    caseLanguages(WARM_UP);
  } catch {
    // A warm-up only: the case's own cleaning reports any failure.
  }
}, 0);

scope.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  clearTimeout(warmUp);
  const { id, job, partSize } = event.data;
  try {
    // Cleaning the articles tells their languages; the analysis reuses the cleaned text.
    const analysis = await coreFor(caseLanguages(job.inputs, job.options.language ?? 'auto'));
    if (!analysis) {
      post({ id, type: 'restart' });
      return;
    }
    const result = analysis.analyzeCase(job.inputs, {
      ...job.options,
      // What the screen shows (sentences, speakers): worked out here, never on the main thread.
      forScreen: true,
      onProgress: (fraction, stage) => post({ id, type: 'progress', fraction, stage }),
    });
    // Slices first, the remainder with 'done' (a small case is one 'done' message, as before).
    const size = partSize !== undefined && partSize > 0 ? partSize : Infinity;
    const { articles, rows, actors } = result;
    let at = 0;
    while (articles.length - at > size || rows.length - at > size || actors.length - at > size) {
      post({ id, type: 'part', articles: articles.slice(at, at + size), rows: rows.slice(at, at + size), actors: actors.slice(at, at + size) });
      at += size;
    }
    post({ id, type: 'done', result: { ...result, articles: articles.slice(at), rows: rows.slice(at), actors: actors.slice(at) } });
  } catch (error) {
    post({ id, type: 'error', reason: error instanceof Error ? error.message : String(error) });
  }
};
