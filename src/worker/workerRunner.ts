import type { Actor, AnalyzedArticle, CaseAnalysis, Row } from '../core/types.ts';
import type { AnalysisJob, AnalysisRunner } from './runner.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';
import { spawnAnalysisWorker, takeEarlyWorker } from './spawn.ts';

/**
 * Articles (and rows) per result message: decoding (and freezing) one stays far below a frame's budget
 * (20 articles of a 1,000-article case took 35-65 ms on a busy 2-core machine; 10 take half).
 */
const PART_SIZE = 10;

/** Freezes a plain value and everything in it. Example: Object.isFrozen(deepFreeze({ a: [1] }).a) === true */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/**
 * An AnalysisRunner backed by one module Web Worker. A cancelled run terminates the worker (the pipeline
 * is synchronous, so that is the only way to stop it) and the next run starts a fresh one.
 * Example: makeStore(undefined, { runner: createWorkerRunner() })
 */
export function createWorkerRunner(): AnalysisRunner {
  const spawn = spawnAnalysisWorker;
  // Taken at the first run: the one the page's first script started (a return visit) or the idle start's
  // (a first visit shows the example case without one: see src/app/boot.ts), else a new one.
  let worker: Worker | null = null;
  let nextId = 1;
  const run = (job: AnalysisJob, onProgress: (fraction: number, stage: string) => void, signal: AbortSignal, fresh = false): Promise<CaseAnalysis> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new DOMException('Analysis cancelled', 'AbortError'));
        return;
      }
      worker ??= takeEarlyWorker() ?? spawn();
      const current = worker;
      const id = nextId++;
      // Slices of the result that came ahead of 'done' (see protocol.ts).
      const articles: AnalyzedArticle[] = [];
      const rows: Row[] = [];
      const actors: Actor[] = [];
      const cleanup = () => {
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === 'progress') onProgress(message.fraction, message.stage);
        else if (message.type === 'restart') {
          // The worker loaded other languages' data for an earlier case: a new one loads this case's.
          cleanup();
          current.terminate();
          if (worker === current) worker = null;
          if (fresh) reject(new Error('The analysis worker could not load the languages of this case'));
          else {
            worker = spawn();
            resolve(run(job, onProgress, signal, true));
          }
        } else if (message.type === 'part') {
          // Frozen now, one slice per task: the store freezes what it keeps, and skips what already is.
          for (const article of message.articles) articles.push(deepFreeze(article));
          for (const row of message.rows) rows.push(deepFreeze(row));
          for (const actor of message.actors) actors.push(deepFreeze(actor));
        } else {
          cleanup();
          if (message.type === 'done') {
            const { result } = message;
            resolve(
              articles.length + rows.length + actors.length === 0
                ? result
                : { ...result, articles: [...articles, ...result.articles], rows: [...rows, ...result.rows], actors: [...actors, ...result.actors] },
            );
          }
          else reject(new Error(message.reason));
        }
      };
      const onError = (event: ErrorEvent) => {
        cleanup();
        current.terminate();
        if (worker === current) worker = null;
        reject(new Error(event.message || 'The analysis worker failed to start'));
      };
      const onAbort = () => {
        cleanup();
        current.terminate();
        if (worker === current) worker = null;
        reject(new DOMException('Analysis cancelled', 'AbortError'));
      };
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      signal.addEventListener('abort', onAbort);
      const request: AnalyzeRequest = { id, job, partSize: PART_SIZE };
      current.postMessage(request);
    });
  return (job, onProgress, signal) => run(job, onProgress, signal);
}
