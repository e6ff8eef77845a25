import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { CaseTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

/** The matching key of each word, all words of the case added first (relational adjectives keyed as their noun or not). */
function keys(words: readonly string[], nisba = true): (string | null)[] {
  const terms = new CaseTerms('ar', 'off', false, false, true, false, false, nisba);
  const folded = words.map((w) => foldForMatch(w));
  terms.add(folded);
  return folded.map((w) => terms.key(w));
}

describe('relational adjectives (ar spelling.json nisbaSuffixes): keyed as the noun they are made from', () => {
  it('keys the adjective of a noun in «ـان» / «ـين» as the noun, where the case has the noun', () => {
    // Japan / the Japanese (m., f., pl.); Bahrain / the Bahraini; the parliament / parliamentary
    const [japan, japaneseM, japaneseF, japanesePl, bahrain, bahraini, parliament, parliamentary] = keys([
      'اليابان',
      'الياباني',
      'اليابانية',
      'اليابانيين',
      'البحرين',
      'البحريني',
      'البرلمان',
      'البرلمانية',
    ]);
    expect(japaneseM).toBe(japan);
    expect(japaneseF).toBe(japan);
    expect(japanesePl).toBe(japan);
    expect(bahraini).toBe(bahrain);
    expect(parliamentary).toBe(parliament);
    // With the rule off the stemmer takes the noun's «ان» for a dual ending and the two stay apart.
    const [offJapan, offJapanese] = keys(['اليابان', 'الياباني'], false);
    expect(offJapanese).not.toBe(offJapan);
  });

  it('keeps an adjective whose noun the case does not hold, and a dual of a number word', () => {
    const [alone] = keys(['الياباني']);
    expect(alone).toBe(keys(['الياباني'], false)[0]);
    // «مليوني» (two million) beside «مليون»: no relational adjective of the number.
    const [twoMillion] = keys(['مليوني', 'مليون']);
    expect(twoMillion).toBe(keys(['مليوني', 'مليون'], false)[0]);
  });

  it('lets a claim naming the country meet one naming it by its adjective', () => {
    // "The closure of the port of Japan after the storm" / "the closure of the main Japanese port after the strong storm"
    const texts = ['إغلاق ميناء اليابان بعد العاصفة.', 'إغلاق الميناء الياباني الرئيسي بعد العاصفة القوية.'];
    const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'ar' as const })), { claimsOnly: true }).articles;
    const score = (nisbaKeys: boolean): number => prepareCase(articles, { entities: resolveEntities(articles), nisbaKeys }).score(0, 1);
    expect(score(true)).toBeGreaterThan(score(false));
  });
});
