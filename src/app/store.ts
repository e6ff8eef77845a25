import { configureStore, createListenerMiddleware, type TypedStartListening } from '@reduxjs/toolkit';
import type { CaseAnalysis } from '../core/types.ts';
import type { CaseSnapshot } from '../model/caseSlice.ts';
import type { CaseRepository } from '../model/repository.ts';
import type { UiLanguage } from '../model/uiSlice.ts';
import { rootReducer, type AppDispatch as ModelDispatch, type RootState } from '../model/rootReducer.ts';
import { inThreadRunner } from '../worker/inThreadRunner.ts';
import type { AnalysisRunner } from '../worker/runner.ts';
import { createWorkerRunner } from '../worker/workerRunner.ts';
import { addAnalysisListeners } from './analysisListeners.ts';
import { addLibraryListeners } from './libraryListeners.ts';

export type { RootState };

/** What the store's side effects run on; tests inject their own. */
export interface StoreDeps {
  runner: AnalysisRunner;
  /** null: nothing persists (most tests). */
  repository: CaseRepository | null;
  /** Debounce before re-analysing after an edit (typing a title should not start ten runs). */
  analysisDelayMs: number;
  saveDelayMs: number;
  /**
   * Synchronous storage for what is unsaved when the page goes away (localStorage in the app): an
   * IndexedDB write started while a page unloads may never land. null: none (most tests).
   */
  stash: UnsavedStash | null;
  /** The example case named in an interface language, loaded when first needed (a dynamic import in the app: not in the main chunk). */
  loadExample?: (language: UiLanguage) => Promise<CaseSnapshot>;
  /**
   * The example case's analysis made when the app was built (loadExample's case, analysed as the worker
   * would), fetched with it: a first visit shows the case at once. null: none (the dev server, tests).
   */
  loadExampleAnalysis?: (language: UiLanguage) => Promise<CaseAnalysis | null>;
}

/** Holds one unsaved case between a page's unload and the next start. */
export interface UnsavedStash {
  read(): string | null;
  write(value: string): void;
  clear(): void;
}

const defaultRunner = (): AnalysisRunner => (typeof Worker === 'undefined' ? inThreadRunner : createWorkerRunner());

/**
 * Builds the app's store (the app and every test use it).
 * Example: const store = makeStore(undefined, { runner: inThreadRunner }); store.dispatch(articleAdded({ raw }))
 */
export function makeStore(preloadedState?: Partial<RootState>, deps: Partial<StoreDeps> = {}) {
  const resolved: StoreDeps = {
    repository: null,
    stash: null,
    analysisDelayMs: 150,
    saveDelayMs: 400,
    ...deps,
    runner: deps.runner ?? defaultRunner(),
  };
  const listeners = createListenerMiddleware();
  const store = configureStore({
    reducer: rootReducer,
    ...(preloadedState ? { preloadedState } : {}),
    middleware: (getDefault) => getDefault().prepend(listeners.middleware),
  });
  const startAppListening = listeners.startListening.withTypes<RootState, typeof store.dispatch>();
  addAnalysisListeners(startAppListening, resolved);
  addLibraryListeners(startAppListening, resolved);
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
// The model's hooks type dispatch without importing the app: the store must match that type.
type Holds<T extends true> = T;
export type DispatchMatchesModel = Holds<AppDispatch extends ModelDispatch ? true : false>;
export type AppStartListening = TypedStartListening<RootState, AppDispatch>;
