/**
 * Starts the analysis worker. The page's first script (src/app/boot.ts) starts one before the app's own
 * code has loaded, so the worker fetches and compiles the pipeline's code while the page compiles React
 * and the views (measured on the example case: the worker started ≈ 0.4 s after navigation instead of
 * ≈ 0.7 s); the app's runner takes that one (takeEarlyWorker) instead of starting its own.
 */
export function spawnAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'parallax-analysis' });
}

let early: Worker | null = null;

/** Starts the worker ahead of the app (once; nothing where workers do not exist). */
export function startWorkerEarly(): void {
  if (early === null && typeof Worker !== 'undefined') early = spawnAnalysisWorker();
}

/**
 * The worker `startWorkerEarly` started, handed over once (null when none was started or it was taken).
 * Example: const worker = takeEarlyWorker() ?? spawnAnalysisWorker()
 */
export function takeEarlyWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
