// The dashboard page's stand-in for preload.ts (swapped in by vite.config.ts): every language at once, as
// its views read them, but not the bridge between languages, which the page loads with the cross-language
// view (registry.ts loadLanguages) instead of with every page.
import ar from './ar/index.ts';
import en from './en/index.ts';
import { registerLanguage } from './store.ts';

registerLanguage(ar);
registerLanguage(en);
