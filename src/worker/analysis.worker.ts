/// <reference lib="webworker" />
// Runs the whole pipeline off the main thread so the page never freezes on a large case.
import { analyzeCase } from '../core/index.ts';
import type { AnalyzeMessage, AnalyzeRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: AnalyzeMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  const { id, job } = event.data;
  try {
    const result = analyzeCase(job.inputs, {
      ...job.options,
      onProgress: (fraction, stage) => post({ id, type: 'progress', fraction, stage }),
    });
    post({ id, type: 'done', result });
  } catch (error) {
    post({ id, type: 'error', reason: error instanceof Error ? error.message : String(error) });
  }
};
