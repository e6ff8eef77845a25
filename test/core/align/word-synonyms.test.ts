import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { predicateClasses } from '../../../src/core/align/predicates.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';

const key = (word: string): string => contentTerms(word, 'en')[0]!.stem;
const oneClass = (a: string, b: string): boolean => predicateClasses(key(a)).some((c) => predicateClasses(key(b)).includes(c));

/** The alignment score between the claims of two of these one-sentence English articles, by article index. */
function pairScores(texts: readonly string[]): (a: number, b: number) => number {
  const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
  const prepared = prepareCase(articles, { entities: resolveEntities(articles) });
  const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
  return (a, b) => prepared.score(unit(a), unit(b));
}

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
    const score = pairScores(texts);
    expect(score(0, 1)).toBeGreaterThan(score(0, 2));
  });
});

describe('English verbs and their kinds (lang/en/synonyms.json, built with --verbs)', () => {
  it('puts a verb sense in use with each kind of it in use, and leaves other verbs apart', () => {
    expect(oneClass('repudiated', 'rejected')).toBe(true);
    expect(oneClass('disputed', 'contested')).toBe(true);
    expect(oneClass('harmed', 'injured')).toBe(true);
    // A kind is not its sisters' kind, nor its opposite's ("welcome" < "accept", "dismiss" < "reject").
    expect(oneClass('dismissed', 'welcomed')).toBe(false);
    expect(oneClass('soared', 'fell')).toBe(false);
  });

  it('lets a claim told with a kind of the verb score above the same claim told with another verb', () => {
    const texts = [
      'The flood injured dozens of farm workers near the northern river dam on Friday.',
      'The flood harmed dozens of farm workers near the northern river dam on Friday.',
      'The flood trapped dozens of farm workers near the northern river dam on Friday.',
    ];
    const score = pairScores(texts);
    expect(score(0, 1)).toBeGreaterThan(score(0, 2));
  });
});
