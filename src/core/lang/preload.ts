// Every language's data and the bridge between them, registered at once: what Node (CLI, server, tests,
// benchmarks) reads. The browser build replaces this module (vite.config.ts): the page with
// preload.page.ts, the analysis worker with preload.lazy.ts, and loads the rest when a case needs it
// (registry.ts loadLanguages).
import ar from './ar/index.ts';
import en from './en/index.ts';
import crossLanguage from './bridge/index.ts';
import { registerCrossLanguage, registerLanguage } from './store.ts';

registerLanguage(ar);
registerLanguage(en);
registerCrossLanguage(crossLanguage);
