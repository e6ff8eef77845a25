/** Test builders: an analysed article with one claim per sentence (attribution null). */
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
