import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../../src/core/align/prepare.ts';
import { classLanguage, predicateClasses } from '../../../src/core/align/predicates.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { LanguageCode } from '../../../src/core/types.ts';

/** The word score of the first claims of two one-sentence articles, with other sentences beside them for the IDF. */
function pairScore(a: string, b: string, filler: readonly string[], language: LanguageCode, options: AlignOptions): number {
  const texts = [a, b, ...filler];
  const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
  const prepared = prepareCase(articles, options);
  const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
  return prepared.score(unit(0), unit(1));
}

const FILLER_EN = ['Heavy rain flooded several villages in the valley.', 'The museum opened a new wing for modern sculpture.', 'Dock workers went on strike over pay.'];

describe('class weights per language (align/prepare.ts classWeights)', () => {
  it('knows which language a predicate class comes from', () => {
    const key = contentTerms('raised', 'en')[0]!.stem;
    expect(classLanguage(predicateClasses(key)[0]!)).toBe('en');
  });

  it('lets two English verbs of one sense count for more than the default class weight', () => {
    const a = 'The regional lender raised its deposit rate by two points on Thursday.';
    const b = 'On Thursday the regional lender increased the deposit rate sharply.';
    const plain = pairScore(a, b, FILLER_EN, 'en', { classWeights: {} });
    const weighted = pairScore(a, b, FILLER_EN, 'en', { classWeights: { en: 0.6 } });
    expect(plain).toBeGreaterThan(0);
    expect(weighted).toBeGreaterThan(plain);
    // Another language's weight leaves English class matches alone.
    expect(pairScore(a, b, FILLER_EN, 'en', { classWeights: { ar: 0.6 } })).toBeCloseTo(plain, 10);
  });

  it('leaves a pair without a class match as it is', () => {
    const a = 'The regional lender kept its deposit rate on Thursday.';
    const b = 'On Thursday the regional lender kept the deposit rate.';
    expect(pairScore(a, b, FILLER_EN, 'en', { classWeights: { en: 0.6 } })).toBeCloseTo(pairScore(a, b, FILLER_EN, 'en', { classWeights: {} }), 10);
  });
});
