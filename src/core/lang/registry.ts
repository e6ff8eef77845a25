// Registered first, before any stage's module reads the registry (swapped for an empty module in the worker build).
import './preload.ts';
import type { CrossLanguageBundle, LanguageBundle } from './store.ts';
import { KNOWN_LANGUAGES } from './basics.ts';
import { isCrossLanguageReady, languageBundle, registerCrossLanguage, registerLanguage } from './store.ts';

export { LANGUAGES, languageBundle, isLanguageReady, isCrossLanguageReady, sealLanguages, bridgeEntries, englishSynonymEntries } from './store.ts';
export type { LanguageBundle, CrossLanguageBundle } from './store.ts';

/**
 * Where each language's data is, one line per language: a separate chunk in the browser build, so a
 * case loads only its own languages. Adding a language: a lang/<code>/ folder, a line here, in
 * basics.ts and in preload.ts.
 */
const LOADERS: Record<string, () => Promise<{ default: LanguageBundle }>> = {
  ar: () => import('./ar/index.ts'),
  en: () => import('./en/index.ts'),
};
const loadCrossLanguage = (): Promise<{ default: CrossLanguageBundle }> => import('./bridge/index.ts');

/**
 * Registers the data of `codes` (languages Parallax has no data for are skipped) and, with `crossLanguage`,
 * the bridge between languages, before the analysis code is imported; resolves at once for what is
 * already there (all of it in Node). Example: await loadLanguages(['ar'], { crossLanguage: false })
 */
export async function loadLanguages(codes: Iterable<string>, options: { crossLanguage?: boolean } = {}): Promise<void> {
  const wanted = [...new Set(codes)].filter((code) => KNOWN_LANGUAGES.includes(code) && !languageBundle(code));
  const [bundles, bridge] = await Promise.all([
    Promise.all(wanted.map((code) => LOADERS[code]!())),
    options.crossLanguage && !isCrossLanguageReady() ? loadCrossLanguage() : undefined,
  ]);
  for (const bundle of bundles) registerLanguage(bundle.default);
  if (bridge) registerCrossLanguage(bridge.default);
}

/** Whether a case whose articles are in `codes` needs the bridge between languages: it mixes languages. Example: needsCrossLanguage(['ar', 'en']) === true */
export function needsCrossLanguage(codes: Iterable<string>): boolean {
  return new Set(codes).size > 1;
}
