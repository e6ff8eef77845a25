import { describe, expect, it } from 'vitest';
import { alignClaimsNaive } from '../../../src/core/align/index.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { readRoles } from '../../../src/core/align/roles.ts';
import { wordNorms } from '../../../src/core/normalize/index.ts';
import type { PreparedCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { AnalyzedArticle, Claim, LanguageCode } from '../../../src/core/types.ts';

/** One article per sentence, analysed by the whole pipeline (claims with their sources). */
function analysed(sentences: readonly string[], language: LanguageCode): AnalyzedArticle[] {
  return analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
}

/** The prepared case (roles on) and the unit of each article's first claim. */
function prepared(sentences: readonly string[], language: LanguageCode): { case: PreparedCase; units: number[] } {
  const articles = analysed(sentences, language);
  const p = prepareCase(articles, { entities: resolveEntities(articles), roleJoin: 0.05 });
  return { case: p, units: articles.map((a) => p.claims.findIndex((c) => c.articleId === a.id)) };
}

describe('the role reader (align/roles.ts)', () => {
  it('reads the object heads after an English predicate, and tells one object from another', () => {
    const { case: p, units } = prepared(
      [
        'The monetary authority raised interest rates sharply at its meeting on Thursday.',
        'The monetary authority increased interest rates in a surprise move.',
        'The monetary authority raised the inflation target for next year.',
      ],
      'en',
    );
    const [rates, hiked, target] = units as [number, number, number];
    expect(p.roles!.of(rates).objects).toContain('interest');
    // "sharply" is an adverb of the predicate, never its object's head (lang/en/roles.json).
    expect(p.roles!.of(rates).objects).not.toContain('sharpli');
    expect(p.roles!.compare(rates, hiked).act || p.roles!.compare(rates, hiked).object).toBe(true);
    expect(p.roles!.compare(rates, target).object).toBe(false);
    expect(p.roles!.compare(rates, target).otherObject).toBe(true);
  });

  it('folds figures: 600 basis points, 6 percentage points and 6 % are one figure, in both languages', () => {
    const en = prepared(['The lender raised its key rate by 600 basis points on Wednesday.', 'The lender raised its key rate by 6 percentage points.', 'The lender raised its key rate by 6%.'], 'en');
    const [bp, points, percent] = en.units as [number, number, number];
    expect(en.case.roles!.of(bp).figures).toEqual([6]);
    expect(en.case.roles!.compare(bp, points).figure).toBe(true);
    expect(en.case.roles!.compare(bp, percent).figure).toBe(true);
    const ar = prepared(['رفع المصرف سعر الفائدة الرئيسي 600 نقطة أساس يوم الأربعاء.', 'رفع المصرف سعر الفائدة الرئيسي بنسبة 6%.'], 'ar');
    const [أساس, بالمئة] = ar.units as [number, number];
    expect(ar.case.roles!.of(أساس).figures).toEqual([6]);
    expect(ar.case.roles!.compare(أساس, بالمئة).figure).toBe(true);
  });

  it('reads the Arabic verb object after the doer named beside it, and the masdar complement', () => {
    const { case: p, units } = prepared(['سيطرت قوات الجبهة الشمالية على مطار دالمار بعد معارك.', 'أعلنت الجبهة الشمالية سيطرتها على مطار دالمار.', 'سيطرت قوات الجبهة الشمالية على ميناء دالمار.'], 'ar');
    const [airport, masdar, port] = units as [number, number, number];
    const objects = p.roles!.of(airport).objects;
    expect(objects.length).toBeGreaterThan(0);
    expect(p.roles!.compare(airport, masdar).act).toBe(true);
    expect(p.roles!.compare(airport, port).act).toBe(false);
  });

  it('joins two long sentences whose predicates of one class act on one object, with no window', () => {
    const tail = 'the northern airport on Sunday, a heavy blow to the army that had defended the area for months despite shortages of fuel, food and ammunition in its garrisons.';
    const long = 'In a statement read on state television late in the evening and repeated by officials in three provinces and by foreign diplomats, the rebels seized the northern airport on Sunday.';
    const others = 'The finance minister presented the budget to parliament on Tuesday. Teachers went on strike over unpaid wages in the south.';
    const rows = (second: string, roleJoin: number) => {
      const articles = analysed([long, second, others], 'en');
      // English class matches at the base weight: at 0.6 "seized" / "captured" alone lift the whole sentences.
      return alignClaimsNaive(articles, { entities: resolveEntities(articles), focusWidth: 0, roleJoin, classWeights: {} });
    };
    const joined = (rs: ReturnType<typeof alignClaimsNaive>) => rs.some((r) => r.claimIds.includes('a0:c1') && r.claimIds.includes('a1:c1'));
    expect(joined(rows(`The rebels captured ${tail}`, 0.08))).toBe(true);
    expect(joined(rows(`The rebels captured ${tail}`, 0))).toBe(false);
    // Another act on the same object ("shelled") is another event.
    expect(joined(rows(`The rebels shelled ${tail}`, 0.08))).toBe(false);
  });

  it('tells other dates apart', () => {
    const { case: p, units } = prepared(['The envoy met the delegation in Cairo in 2019.', 'The envoy met the delegation in Cairo in 2020.', 'The envoy met the delegation in Cairo in 2019 again.'], 'en');
    const [y2019, y2020, again] = units as [number, number, number];
    expect(p.roles!.compare(y2019, y2020).otherDate).toBe(true);
    expect(p.roles!.compare(y2019, again).otherDate).toBe(false);
  });

  it('reads no role when every role option is off (the default), and reads them when one is on', () => {
    const articles = analysed(['The lender raised its key rate by 600 basis points.', 'The lender raised its key rate by 6%.'], 'en');
    expect(prepareCase(articles, { roleJoin: 0, roleRescue: false }).roles).toBeNull();
    expect(prepareCase(articles, { roleRescue: true }).roles).not.toBeNull();
  });
});

describe('readRoles on a unit whose words run past its claim text', () => {
  it('still reads the roles (a sentence continued in the next claim is aligned as one unit)', () => {
    const first = 'The rebels announced their capture of the northern harbour';
    // The unit's words: the claim's and its continuation's ("…, ending a siege of the town").
    const norms = wordNorms(`${first} ending a long siege of the town`, 'en');
    const claim = { id: 'c1', articleId: 'a1', start: 0, end: first.length, text: first, kind: 'claim' } as unknown as Claim;
    const stop = new Set(['the', 'their', 'of', 'a']);
    const unit = { claim, language: 'en' as const, norms, firstWord: 0, text: () => first, keyOf: (norm: string) => (stop.has(norm) ? null : norm) };
    const frame = { main: [1], events: [1], verb: true, at: 2, speaker: null, subject: null };
    const roles = readRoles(unit, frame, null);
    // The predicate "announced" (word 2) acts on "their capture of the northern harbour".
    expect(roles.objects).toEqual(['capture', 'northern', 'harbour']);
  });
});
