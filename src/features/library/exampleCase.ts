import type { CaseSnapshot } from '../../model/caseSlice.ts';
import type { UiLanguage } from '../../model/uiSlice.ts';
import meta from '../../../fixtures/seeds/meta.json';

// Bundled at build time, so the example case opens offline with no set-up. This module is only ever
// imported dynamically by the app: the texts make a chunk of their own, fetched when the example is asked for.
const texts = import.meta.glob('../../../fixtures/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface SeedMeta {
  case: string;
  language?: string;
  articles: { id: string; file: string; outlet?: string }[];
  /** The case's name and outlets in another interface language. */
  localized?: Partial<Record<string, { case?: string; outlets?: Record<string, string> }>>;
}

/**
 * The five seed articles as a case (the app opens with it on a first visit), named in the interface's
 * language. Example: exampleCase('ar').name is the case's Arabic name
 */
export function exampleCase(language: UiLanguage = 'en'): CaseSnapshot {
  const seeds = meta as SeedMeta;
  const names = seeds.localized?.[language];
  const byFile = new Map(Object.entries(texts).map(([path, text]) => [path.split('/').pop()!, text]));
  const articles = seeds.articles.flatMap((entry) => {
    const raw = byFile.get(entry.file);
    if (raw === undefined) return [];
    const outlet = names?.outlets?.[entry.id] ?? entry.outlet;
    return [
      {
        id: entry.id,
        raw,
        format: 'text' as const,
        fileName: entry.file,
        ...(outlet ? { outlet } : {}),
        ...(seeds.language ? { language: seeds.language } : {}),
      },
    ];
  });
  return { id: 'example-seeds', name: names?.case ?? seeds.case, articles };
}
