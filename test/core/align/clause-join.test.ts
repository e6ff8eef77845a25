import { describe, expect, it } from 'vitest';
import { clauseJoiner, otherOccasions, probeClauses } from '../../../src/core/align/clause-join.ts';
import type { Clause, ClauseProbe } from '../../../src/core/align/clause-join.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { eventClasses, eventClassesOfWord, occasionsOf } from '../../../src/core/align/predicates.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

const frame = (main: number[]): EventFrame => ({ main, events: main, verb: true, speaker: null, subject: null });
const clause = (ids: number[], main: number[] = []): Clause => ({ ids: Int32Array.from(ids), frame: () => frame(main) });

/** Units as lists of clauses; every term of weight 1; frames allowed unless their main classes differ. */
function joiner(units: Clause[][], threshold = 0.5, occasions?: number[][]) {
  return clauseJoiner({
    ...(occasions ? { occasionsOf: (u: number) => occasions[u]! } : {}),
    clausesOf: (u) => units[u]!,
    weights: new Float64Array(20).fill(1),
    allows: (a, b) => !a.main.length || !b.main.length || a.main.some((c) => b.main.includes(c)),
    threshold,
    minShared: 2,
  });
}

describe('clause evidence (align/clause-join.ts)', () => {
  it('joins a long unit by the clause another unit states alone', () => {
    // Unit 0: background 10..15, then the clause 1, 2, 3; unit 1: that clause with one other word.
    const units = [[clause([10, 11, 12, 13, 14, 15]), clause([1, 2, 3])], [clause([1, 2, 3, 4])]];
    expect(joiner(units)(0, 1)).toBe(true);
    expect(joiner(units)(1, 0)).toBe(true);
  });

  it('leaves two single-clause units to the unit score, and wants two shared words', () => {
    expect(joiner([[clause([1, 2, 3])], [clause([1, 2, 3])]])(0, 1)).toBe(false);
    expect(joiner([[clause([10, 11, 12]), clause([1, 5])], [clause([1, 6])]], 0.1)(0, 1)).toBe(false);
  });

  it('refuses clauses whose frames say other events', () => {
    const units = [[clause([10, 11, 12]), clause([1, 2, 3], [7])], [clause([1, 2, 3, 4], [8])]];
    expect(joiner(units)(0, 1)).toBe(false);
  });

  it('tells a probe what it saw only when one is set before it is made', () => {
    const units = [[clause([10, 11, 12]), clause([1, 2, 3], [7])], [clause([1, 2, 3, 4], [8])]];
    const seen: ClauseProbe = { a: -1, b: -1, best: 0, refused: '' };
    joiner(units)(0, 1);
    expect(seen.a).toBe(-1);
    probeClauses(seen);
    try {
      joiner(units)(0, 1);
    } finally {
      probeClauses(null);
    }
    expect(seen).toMatchObject({ a: 2, b: 1, refused: 'frames' });
    expect(seen.best).toBeGreaterThan(0.8);
  });
});

describe('a sentence of two clauses beside a claim of its second', () => {
  const texts = {
    a: 'Rebel fighters attacked three army posts near the mountain town of the northern province on Monday, burning trucks, seizing weapons and ammunition across four districts and cutting power lines to thousands of families in remote villages, and the regional governor shut every school in the valley until further notice.',
    b: 'The governor ordered the schools of the valley to stay closed until further notice.',
    c: 'Farmers protested outside the ministry over grain prices. The central bank kept its main lending rate unchanged.',
  };
  const articles = analyzeCase(Object.entries(texts).map(([id, raw]) => ({ id, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
  const unitOf = (prepared: ReturnType<typeof prepareCase>, articleId: string) => prepared.claims.findIndex((c) => c.articleId === articleId);

  it('joins through the clause, not through the whole sentence', () => {
    const off = prepareCase(articles, { clauseJoin: 0 });
    const on = prepareCase(articles);
    const [a, b] = [unitOf(on, 'a'), unitOf(on, 'b')];
    expect(on.score(a, b)).toBeLessThan(on.options.threshold);
    expect(off.joinScore(a, b)).toBeLessThan(off.joinThreshold);
    expect(on.joinScore(a, b)).toBeGreaterThanOrEqual(on.joinThreshold);
  });

  it('does not join a claim that shares one clause word only', () => {
    const other = analyzeCase([{ id: 'a', raw: texts.a, format: 'text', language: 'en' }, { id: 'd', raw: 'The governor visited the ministry in the capital on Friday.', format: 'text', language: 'en' }], { claimsOnly: true }).articles;
    const p = prepareCase(other);
    expect(p.joinScore(unitOf(p, 'a'), unitOf(p, 'd'))).toBeLessThan(p.joinThreshold);
  });
});

describe('statements on other occasions (clause-join.ts otherOccasions)', () => {
  it('tells two occasions apart only when both sentences name one', () => {
    expect(otherOccasions([7], [30])).toBe(true);
    expect(otherOccasions([7, 30], [30])).toBe(false);
    expect(otherOccasions([], [30])).toBe(false);
    expect(otherOccasions([7], [])).toBe(false);
  });

  it('refuses a clause match between sentences naming other occasions, whatever the clauses', () => {
    const units = [[clause([10, 11, 12, 13, 14, 15]), clause([1, 2, 3])], [clause([1, 2, 3, 4])]];
    expect(joiner(units, 0.5, [[7], [30]])(0, 1)).toBe(false);
    expect(joiner(units, 0.5, [[7], [7]])(0, 1)).toBe(true);
    expect(joiner(units, 0.5, [[7], []])(0, 1)).toBe(true);
  });

  it('reads a phone call and a meeting as occasions of other classes, in English and Arabic', () => {
    const en = (word: string) => occasionsOf('en', eventClasses(contentTerms(word, 'en')[0]!.stem));
    expect(en('phoned').length).toBe(1);
    expect(en('meeting').length).toBe(1);
    expect(otherOccasions(en('phoned'), en('meeting'))).toBe(true);
    expect(en('rebuilt')).toEqual([]);
    const ar = (word: string) => occasionsOf('ar', eventClassesOfWord('ar', foldForMatch(word), '').classes);
    expect(ar('اتصالاً').length).toBe(1);
    expect(ar('الاجتماع').length).toBe(1);
    expect(otherOccasions(ar('هاتفياً'), ar('الاجتماع'))).toBe(true);
    // An Arabic class is no English occasion (frames of one language compare their own classes).
    expect(occasionsOf('en', ar('الاجتماع'))).toEqual([]);
  });
});

describe('a sentence told on a phone call beside a claim told at a meeting', () => {
  // Clause 2 of "a" (the plan) is what "b" and "c" state; "b" says it at a meeting, "a" on a phone call.
  const cases = {
    en: {
      a: 'The prime minister held a long phone call with the foreign envoy of the neighbouring kingdom on Tuesday evening about trade routes, fishing quotas and border crossings, where he reviewed the national plan to rebuild the flooded eastern districts, and he thanked the donors of the regional bank for their generous grants to farmers and schools.',
      b: 'The prime minister stressed during the meeting that the national plan aims to rebuild the flooded eastern districts.',
      c: 'The prime minister stressed that the national plan aims to rebuild the flooded eastern districts.',
    },
    ar: {
      a: 'أجرى رئيس الوزراء اتصالا هاتفيا مطولا مع المبعوث الأجنبي مساء الثلاثاء بشأن طرق التجارة وحصص الصيد والمعابر الحدودية، حيث استعرض الخطة الوطنية لإعادة إعمار المناطق الشرقية المنكوبة بالفيضانات، وشكر المانحين في البنك الإقليمي على منحهم السخية للمزارعين والمدارس.',
      b: 'وأكد رئيس الوزراء خلال الاجتماع أن الخطة الوطنية تهدف إلى إعادة إعمار المناطق الشرقية المنكوبة بالفيضانات.',
      c: 'وأكد رئيس الوزراء أن الخطة الوطنية تهدف إلى إعادة إعمار المناطق الشرقية المنكوبة بالفيضانات.',
    },
  } as const;
  for (const language of ['en', 'ar'] as const) {
    it(`keeps the two occasions apart and joins the claim that names none (${language})`, () => {
      const articles = analyzeCase(Object.entries(cases[language]).map(([id, raw]) => ({ id, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
      const unitOf = (prepared: ReturnType<typeof prepareCase>, articleId: string) => prepared.claims.findIndex((c) => c.articleId === articleId);
      const gated = prepareCase(articles);
      const open = prepareCase(articles, { clauseOccasions: false });
      const [a, b, c] = ['a', 'b', 'c'].map((id) => unitOf(gated, id)) as [number, number, number];
      // Under the word threshold: only the clause evidence could join them.
      expect(gated.score(a, b)).toBeLessThan(gated.options.threshold);
      expect(open.joinScore(a, b)).toBeGreaterThanOrEqual(open.joinThreshold);
      expect(gated.joinScore(a, b)).toBeLessThan(gated.joinThreshold);
      expect(gated.joinScore(a, c)).toBeGreaterThanOrEqual(gated.joinThreshold);
    });
  }
});
