// First: starts the analysis worker before the rest of the app's code runs (see boot.ts).
import { firstVisit, LANGUAGE_KEY, savedLanguage as saved } from './boot.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { createDexieRepository } from '../features/library/dexieRepository.ts';
import { appStarted, pageHidden } from '../model/librarySlice.ts';
import { languageChanged, type UiLanguage } from '../model/uiSlice.ts';
import { makeStore } from './store.ts';
import { App } from './App.tsx';
import { connectLocation } from './urlState.ts';
import { startWorkerEarly } from '../worker/spawn.ts';
import { loadExampleAnalysis } from 'virtual:parallax/example-analysis';
import './styles.css';

const STASH_KEY = 'parallax.unsaved';
const loadExample = (language: UiLanguage) => import('../features/library/exampleCase.ts').then((m) => m.exampleCase(language));
/** The example case's chunks, fetched ahead on a first visit (below). */
let early: { language: UiLanguage; example: ReturnType<typeof loadExample>; analysis: ReturnType<typeof loadExampleAnalysis> } | null = null;
const store = makeStore(undefined, {
  repository: typeof indexedDB === 'undefined' ? null : createDexieRepository(),
  loadExample: (language) => (early?.language === language ? early.example : loadExample(language)),
  loadExampleAnalysis: (language) => (early?.language === language ? early.analysis : loadExampleAnalysis(language)),
  stash: {
    read: () => localStorage.getItem(STASH_KEY),
    write: (value) => localStorage.setItem(STASH_KEY, value),
    clear: () => localStorage.removeItem(STASH_KEY),
  },
});
// The interface language is a preference of this browser, not of a case (set first: a first visit
// opens the example case named in it).
if (saved === 'ar' || saved === 'en') store.dispatch(languageChanged(saved));
if (firstVisit) {
  // A first visit opens the example case: its two chunks are fetched while the library is read from
  // IndexedDB, not after it (the listener's calls find them under way); the analysis worker, not needed
  // to show it, starts once the page is idle (or with the first run, whichever comes first).
  const { language } = store.getState().ui;
  early = { language, example: loadExample(language), analysis: loadExampleAnalysis(language) };
  const whenIdle = (task: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1000));
  // None when a run has asked for one already (the runner started its own).
  const warmWorker = () => {
    if (store.getState().analysis.requestId === null) startWorkerEarly();
  };
  void Promise.allSettled([early.example, early.analysis]).then(() => whenIdle(warmWorker));
}
store.dispatch(appStarted({}));
connectLocation(store);
// A reload or a closed tab saves at once what the save debounce still holds.
addEventListener('pagehide', () => store.dispatch(pageHidden()));
store.subscribe(() => {
  const { language } = store.getState().ui;
  if (localStorage.getItem(LANGUAGE_KEY) !== language) localStorage.setItem(LANGUAGE_KEY, language);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider store={store}>
      <App />
    </Provider>
  </StrictMode>,
);
