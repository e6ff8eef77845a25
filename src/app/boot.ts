// The app's first import (main.tsx): starts the analysis worker before React and the views are
// evaluated, so both threads work at once (see src/worker/spawn.ts).
import { startWorkerEarly } from '../worker/spawn.ts';

/** Where this browser keeps the interface language: a first visit has none yet. */
export const LANGUAGE_KEY = 'parallax.language';

/** The interface language this browser saved, read once (main.tsx applies it); null on a first visit. */
export const savedLanguage = localStorage.getItem(LANGUAGE_KEY);

/**
 * A first visit opens the example case with its analysis made at build time (vite.config.ts): no worker
 * is needed to show it, and one compiling the pipeline meanwhile took CPU from the page on a busy
 * machine (first row 2.1–2.6 s → 1.3–1.7 s at load 24 on 2 cores). main.tsx starts it once the case is shown.
 */
export const firstVisit = savedLanguage === null;

if (!firstVisit) startWorkerEarly();
