/** Test builders: an analysed article with one claim per sentence (attribution null). */
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import type { AnalyzedArticle, LanguageCode } from '../../../src/core/types.ts';

/**
 * An AnalyzedArticle whose claims are its sentences.
 * @example buildArticle('a', 'Talks failed. He left.', 'en').claims.length === 2
 */
export function buildArticle(id: string, text: string, language: LanguageCode = 'en', overrides: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  const claims = splitSentences(text, language).map((s, n) => ({
    id: `${id}:c${n + 1}`,
    articleId: id,
    sentenceIndex: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
    attribution: null,
  }));
  return { id, language, format: 'text', text, claims, removed: [], warnings: [], ...overrides };
}

/**
 * A symmetric similarity from a table keyed "i,j" (i < j); pairs not listed score 0.
 * @example similarityTable({ '0,1': 0.8 })(1, 0) === 0.8
 */
export const similarityTable =
  (scores: Record<string, number>) =>
  (i: number, j: number): number =>
    scores[`${Math.min(i, j)},${Math.max(i, j)}`] ?? 0;

/** The event frame of each sentence's first claim (one Arabic article per sentence, analysed in full). */
export function arabicFrames(sentences: readonly string[]): EventFrame[] {
  const articles = analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'ar' as const })), { claimsOnly: true }).articles;
  const prepared = prepareCase(articles, { entities: resolveEntities(articles), rescueThreshold: 0.01 });
  return articles.map((a) => prepared.frameOf!(prepared.claims.findIndex((c) => c.articleId === a.id)));
}
