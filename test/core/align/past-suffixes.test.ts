import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { CaseTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

/** The matching key of each word, all words of the case added first (past suffixes taken off or not). */
function keys(words: readonly string[], past = true): (string | null)[] {
  const terms = new CaseTerms('ar', 'off', false, false, past);
  const folded = words.map((w) => foldForMatch(w));
  terms.add(folded);
  return folded.map((w) => terms.key(w));
}

describe('past suffixes (ar spelling.json pastSuffixes): a verb keyed without its agreement suffix', () => {
  it('keys a verb with its agreement suffix as the form without it, where the case has that form', () => {
    // violated / violation; announced (fem.) / announced; they withdrew / withdrawal
    const [violated, violation, announcedF, announced, withdrewPl, withdrawal] = keys(['انتهكت', 'انتهاك', 'أعلنت', 'أعلن', 'انسحبوا', 'الانسحاب']);
    expect(violated).toBe(violation);
    expect(announcedF).toBe(announced);
    expect(withdrewPl).toBe(withdrawal);
    // With the rule off the forms stay apart: what the rule changes.
    const [offViolated, offViolation] = keys(['انتهكت', 'انتهاك'], false);
    expect(offViolated).not.toBe(offViolation);
  });

  it('keeps a word whose other form the case does not hold, and a radical «ت»', () => {
    // Alone, the feminine past keeps its own key.
    const [alone] = keys(['انتهكت']);
    expect(alone).toBe(keys(['انتهكت'], false)[0]);
    // "voted" (fem.) meets "voted", but "voted" / "voice" keeps its «ت»: two letters would be left.
    const [votedF, voted, house, time] = keys(['صوتت', 'صوت', 'بيت', 'وقت']);
    expect(votedF).toBe(voted);
    expect(voted).toBe(keys(['صوت'], false)[0]);
    expect(house).toBe(keys(['بيت'], false)[0]);
    expect(time).toBe(keys(['وقت'], false)[0]);
    // "the silence" beside "the deaf" («صم»): a noun with the article keeps its «ت» too (a key of two letters).
    const [silence, deaf] = keys(['الصمت', 'صم']);
    expect(deaf).not.toBeNull();
    expect(silence).toBe(keys(['الصمت'], false)[0]);
  });

  it('lets a claim told with the feminine past meet one told with the verbal noun', () => {
    // "The government violated the ceasefire agreement in the northern province" / "the violation of the
    // ceasefire agreement by the government in the northern province"
    const texts = ['انتهكت الحكومة اتفاق وقف إطلاق النار في المحافظة الشمالية.', 'انتهاك الحكومة اتفاق وقف إطلاق النار في المحافظة الشمالية أمس.'];
    const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'ar' as const })), { claimsOnly: true }).articles;
    const score = (pastSuffixes: boolean): number => {
      const prepared = prepareCase(articles, { entities: resolveEntities(articles), pastSuffixes });
      return prepared.score(0, 1);
    };
    expect(score(true)).toBeGreaterThan(score(false));
  });
});
