import type { AnalysisRunner } from '../store/runner.ts';
import type { AnalyzeMessage, AnalyzeRequest } from './protocol.ts';

/**
 * An AnalysisRunner backed by one module Web Worker. A cancelled run terminates the worker (the pipeline
 * is synchronous, so that is the only way to stop it) and the next run starts a fresh one.
 * Example: makeStore(undefined, { runner: createWorkerRunner() })
 */
export function createWorkerRunner(): AnalysisRunner {
  const spawn = () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'parallax-analysis' });
  // Started at once, so the pipeline's code loads while the app is still reading its saved cases.
  let worker: Worker | null = spawn();
  let nextId = 1;
  return (job, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new DOMException('Analysis cancelled', 'AbortError'));
        return;
      }
      worker ??= spawn();
      const current = worker;
      const id = nextId++;
      const cleanup = () => {
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent<AnalyzeMessage>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === 'progress') onProgress(message.fraction, message.stage);
        else {
          cleanup();
          if (message.type === 'done') resolve(message.result);
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
      const request: AnalyzeRequest = { id, job };
      current.postMessage(request);
    });
}
