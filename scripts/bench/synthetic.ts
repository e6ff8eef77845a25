/**
 * A deterministic synthetic case for speed benchmarks: articles assembled from the fixture articles'
 * sentences (seeds and English), shuffled, with named entities swapped and some page furniture mixed
 * in, so the pipeline sees realistic text at any scale (2,000 articles ≈ 1M words).
 */
import { loadAnnotations, loadCase } from '../../fixtures/load.ts';
import type { FixtureCaseName } from '../../fixtures/load.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import { prng } from '../../fixtures/prng.ts';

export { prng };


// Names in the fixtures and what they may become (the synthetic text only has to look like news).
const SWAPS: Record<'ar' | 'en', { from: string[]; to: string[] }[]> = {
  ar: [
    { from: ['حفتر', 'السراج', 'المسماري', 'المحجوب', 'المصباحي', 'أوغلو'], to: ['الدبيبة', 'باشاغا', 'المنفي', 'العبيدي', 'الورفلي', 'الزوي', 'الحاسي', 'القطراني'] },
    { from: ['سرت', 'الجفرة', 'أجدابيا', 'غريان', 'الرجمة'], to: ['سبها', 'زليتن', 'درنة', 'طبرق', 'الزاوية', 'مصراتة', 'بنغازي'] },
  ],
  en: [
    { from: ['Vell', 'Dasko', 'Bakst', 'Iskra', 'Mares', 'Brenn', 'Ilic', 'Verlic'], to: ['Hale', 'Morrow', 'Okafor', 'Lindqvist', 'Petrov', 'Sato', 'Novak', 'Reyes', 'Adeyemi'] },
    { from: ['Varna', 'Calder', 'Estrel', 'Port Amsel', 'Lessara', 'Marovia'], to: ['Dunmore', 'Kessel', 'Ardan', 'Port Olin', 'Tiran', 'Velastra', 'Oskar Bay'] },
  ],
};

interface Pool {
  language: 'ar' | 'en';
  sentences: string[];
  titles: string[];
  furniture: string[];
}

/** Splits the fixture articles of a case into body sentences, titles and furniture lines. */
function poolOf(name: FixtureCaseName, language: 'ar' | 'en'): Pool {
  const annotations = loadAnnotations(name);
  const skip = new Set(annotations.articles.flatMap((a) => [...a.furniture, ...a.headings]));
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const input of loadCase(name)) {
    for (const line of input.raw.split(/\n+/)) {
      const trimmed = line.trim();
      // Body paragraphs only: short lines are headings, captions or furniture.
      if (trimmed.length < 60 || skip.has(trimmed)) continue;
      for (const { segment } of segmenter.segment(trimmed)) if (segment.trim().length >= 25) sentences.push(segment.trim());
    }
  }
  return {
    language,
    sentences,
    titles: annotations.articles.flatMap((a) => a.headings),
    furniture: annotations.articles.flatMap((a) => a.furniture).filter((l) => l.length >= 4),
  };
}

let pools: Pool[] | undefined;

/** Counts whitespace-separated words (what "words" means in the speed figures). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface SyntheticOptions {
  articles: number;
  /** Approximate words per article (default 500: 2,000 articles ≈ 1M words). */
  wordsPerArticle?: number;
  seed?: number;
  /** Share of Arabic articles (default 0.5). */
  arabicShare?: number;
}

/**
 * Builds a synthetic case: each article a title, shuffled sentences from one language's fixtures in
 * paragraphs, entities swapped, and a few furniture lines.
 * @example buildSyntheticCase({ articles: 2000 }).length // 2000
 */
export function buildSyntheticCase(options: SyntheticOptions): ArticleInput[] {
  const { articles, wordsPerArticle = 500, seed = 20201, arabicShare = 0.5 } = options;
  pools ??= [poolOf('seeds', 'ar'), poolOf('english', 'en')];
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: ArticleInput[] = [];
  for (let n = 0; n < articles; n++) {
    const pool = rand() < arabicShare ? pools[0]! : pools[1]!;
    const swaps = SWAPS[pool.language].flatMap((group) =>
      group.from.filter(() => rand() < 0.7).map((from) => [from, pick(group.to)] as const),
    );
    const swap = (s: string): string => swaps.reduce((acc, [from, to]) => acc.split(from).join(to), s);
    const lines: string[] = [swap(pick(pool.titles)), ''];
    if (rand() < 0.6) lines.unshift(pick(pool.furniture), '');
    let words = 0;
    let paragraph: string[] = [];
    while (words < wordsPerArticle) {
      const sentence = swap(pick(pool.sentences));
      paragraph.push(sentence);
      words += countWords(sentence);
      if (paragraph.length >= 2 + Math.floor(rand() * 3)) {
        lines.push(paragraph.join(' '), '');
        paragraph = [];
        if (rand() < 0.1) lines.push(pick(pool.furniture), '');
      }
    }
    if (paragraph.length > 0) lines.push(paragraph.join(' '), '');
    for (let k = Math.floor(rand() * 3); k > 0; k--) lines.push(pick(pool.furniture));
    out.push({ id: `syn-${String(n).padStart(5, '0')}`, raw: lines.join('\n'), fileName: `syn-${n}.txt`, outlet: `Outlet ${n % 37}` });
  }
  return out;
}
