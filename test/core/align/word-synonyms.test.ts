import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { predicateClasses } from '../../../src/core/align/predicates.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';

const key = (word: string): string => contentTerms(word, 'en')[0]!.stem;
const oneClass = (a: string, b: string): boolean => predicateClasses(key(a)).some((c) => predicateClasses(key(b)).includes(c));

describe('English noun and adjective synonyms (lang/en/synonyms.json, built from WordNet)', () => {
  it('puts words of one common sense in one class, and leaves words of other senses apart', () => {
    expect(oneClass('difficult', 'hard')).toBe(true);
    expect(oneClass('integrity', 'unity')).toBe(true);
    expect(oneClass('earthquake', 'quake')).toBe(true);
    // A rare sense does not count: "hard" is not "firm" in its commonest sense, nor "election" a "vote".
    expect(oneClass('difficult', 'slow')).toBe(false);
    expect(oneClass('election', 'vote')).toBe(false);
  });

  it('lets a claim told with a synonym score above the same claim told with another word', () => {
    const texts = [
      'The flooded mountain roads were difficult to clear, the regional governor told reporters.',
      'The flooded mountain roads were hard to clear, the regional governor told reporters.',
      'The flooded mountain roads were slow to clear, the regional governor told reporters.',
    ];
    const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
    const prepared = prepareCase(articles, { entities: resolveEntities(articles) });
    const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
    expect(prepared.score(unit(0), unit(1))).toBeGreaterThan(prepared.score(unit(0), unit(2)));
  });
});
