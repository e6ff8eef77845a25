/// <reference lib="webworker" />
// Runs the whole pipeline off the main thread so the page never freezes on a large case.
import { analyzeCase } from '../core/index.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  const { id, job, partSize } = event.data;
  try {
    const result = analyzeCase(job.inputs, {
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
