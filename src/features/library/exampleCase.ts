import type { CaseSnapshot } from '../../model/caseSlice.ts';
import meta from '../../../fixtures/seeds/meta.json';

// Bundled at build time, so the example case opens offline with no set-up.
const texts = import.meta.glob('../../../fixtures/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface SeedMeta {
  case: string;
  language?: string;
  articles: { id: string; file: string; outlet?: string }[];
}

/** The five seed articles as a case (the app opens with it on a first visit). */
export function exampleCase(): CaseSnapshot {
  const seeds = meta as SeedMeta;
  const byFile = new Map(Object.entries(texts).map(([path, text]) => [path.split('/').pop()!, text]));
  const articles = seeds.articles.flatMap((entry) => {
    const raw = byFile.get(entry.file);
    if (raw === undefined) return [];
    return [
      {
        id: entry.id,
        raw,
        format: 'text' as const,
        fileName: entry.file,
        ...(entry.outlet ? { outlet: entry.outlet } : {}),
        ...(seeds.language ? { language: seeds.language } : {}),
      },
    ];
  });
  return { id: 'example-seeds', name: seeds.case, articles };
}
