import { combineReducers, configureStore, createListenerMiddleware, type TypedStartListening } from '@reduxjs/toolkit';
import { analysisReducer } from '../features/analysis/analysisSlice.ts';
import { addAnalysisListeners } from '../features/analysis/analysisListeners.ts';
import { caseReducer } from '../features/case/caseSlice.ts';
import { crossLanguageReducer } from '../features/compare/crossLanguageSlice.ts';
import { correctionsReducer } from '../features/corrections/correctionsSlice.ts';
import { addLibraryListeners } from '../features/library/libraryListeners.ts';
import { libraryReducer } from '../features/library/librarySlice.ts';
import type { CaseRepository } from '../features/library/repository.ts';
import type { CaseSnapshot } from '../features/case/caseSlice.ts';
import { uiReducer } from '../features/ui/uiSlice.ts';
import { withHistory } from '../model/history.ts';
import { inThreadRunner } from '../worker/inThreadRunner.ts';
import { createWorkerRunner } from '../worker/workerRunner.ts';
import type { AnalysisRunner } from './runner.ts';

const rootReducer = withHistory(
  combineReducers({
    case: caseReducer,
    analysis: analysisReducer,
    corrections: correctionsReducer,
    ui: uiReducer,
    library: libraryReducer,
    crossLanguage: crossLanguageReducer,
  }),
);

export type RootState = ReturnType<typeof rootReducer>;

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
  /** The example case, loaded when first needed (a dynamic import in the app: not in the main chunk). */
  loadExample?: () => Promise<CaseSnapshot>;
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
export type AppStartListening = TypedStartListening<RootState, AppDispatch>;
