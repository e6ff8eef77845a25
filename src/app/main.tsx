// First: starts the analysis worker before the rest of the app's code runs (see boot.ts).
import './boot.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { createDexieRepository } from '../features/library/dexieRepository.ts';
import { appStarted, pageHidden } from '../model/librarySlice.ts';
import { languageChanged } from '../model/uiSlice.ts';
import { makeStore } from './store.ts';
import { App } from './App.tsx';
import { connectLocation } from './urlState.ts';
import { loadExampleAnalysis } from 'virtual:parallax/example-analysis';
import './styles.css';

const STASH_KEY = 'parallax.unsaved';
const store = makeStore(undefined, {
  repository: typeof indexedDB === 'undefined' ? null : createDexieRepository(),
  loadExample: (language) => import('../features/library/exampleCase.ts').then((m) => m.exampleCase(language)),
  loadExampleAnalysis,
  stash: {
    read: () => localStorage.getItem(STASH_KEY),
    write: (value) => localStorage.setItem(STASH_KEY, value),
    clear: () => localStorage.removeItem(STASH_KEY),
  },
});
// The interface language is a preference of this browser, not of a case (set first: a first visit
// opens the example case named in it).
const LANGUAGE_KEY = 'parallax.language';
const saved = localStorage.getItem(LANGUAGE_KEY);
if (saved === 'ar' || saved === 'en') store.dispatch(languageChanged(saved));
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
