import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { CaseTerms, contentTerms } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { wordNorms } from '../../../src/core/normalize/index.ts';

/** The matching keys of each text, every text of the case added first (compound figures on or off). */
function keys(texts: readonly string[], figures = true): string[][] {
  const terms = new CaseTerms('ar', 'off', false, true, true, figures);
  const norms = texts.map((t) => wordNorms(t, 'ar'));
  for (const n of norms) terms.add(n);
  return norms.map((n) => terms.stems(n));
}

// Sentences written for this test.
describe('compound figures (CaseTerms `figures`, option compoundFigures): a written-out compound keys as its figure', () => {
  it('keys a unit and its tens, the connector glued or written apart, as the figure in digits', () => {
    // "the list won seventy-three seats" three ways, and in digits
    const [glued, apart, mark, digits] = keys(['فازت القائمة بثلاثة وسبعين مقعدا', 'فازت القائمة بثلاثة و سبعين مقعدا', 'فازت القائمة بثلاثة ً و سبعين مقعدا', 'فازت القائمة بـ73 مقعدا']);
    expect(digits).toContain('73');
    for (const k of [glued, apart, mark]) {
      expect(k).toContain('73');
      expect(k).not.toContain('70');
    }
    // Off: the parts stay apart (what the option changes).
    const [off] = keys(['فازت القائمة بثلاثة و سبعين مقعدا'], false);
    expect(off).not.toContain('73');
  });

  it('reads the feminine «إحدى» and a stop-word «واحد» as the first part of a compound only', () => {
    // "turnout reached forty-one percent" / "twenty-one deputies" / "one of the parties"
    const [turnout, deputies, oneOf] = keys(['بلغت نسبة المشاركة إحدى و أربعين في المئة', 'انسحب واحد وعشرون نائبا', 'انسحب إحدى الأحزاب من التحالف']);
    expect(turnout).toEqual(expect.arrayContaining(['41', '%']));
    expect(deputies).toContain('21');
    expect(oneOf.some((k) => /^\d/u.test(k))).toBe(false);
  });

  it('adds parts in order (thousands, a unit, its tens) and no larger part after a smaller one', () => {
    const [year, wrongOrder, range] = keys(['جرت الانتخابات في عام ألفين وواحد وعشرين', 'حضر خمسة وستة من الأعضاء', 'بين 3 و5 أعضاء']);
    expect(year).toContain('2021');
    expect(wrongOrder).not.toContain('11');
    expect(range).toEqual(expect.arrayContaining(['3', '5']));
  });

  it('reads the same compounds in contentTerms (the connector apart, a mark written apart)', () => {
    const stems = contentTerms('حصل الحزب على ثلاثة ً و سبعين مقعدا', 'ar').map((t) => t.stem);
    expect(stems).toContain('73');
  });

  it('in contentTerms, a compound of three parts leaves none of its parts a term of its own', () => {
    const stems = contentTerms('بلغ عدد المصوتين مئتين وخمسة وعشرين شخصا', 'ar').map((t) => t.stem);
    expect(stems).toContain('225');
    expect(stems.some((s) => /خمس|عشر/u.test(s))).toBe(false);
  });

  it('lets a share written out meet the same share in digits', () => {
    // "the electoral commission said turnout reached forty-one percent" / "turnout reached 41% according to the commission"
    const texts = ['وقالت المفوضية إن نسبة المشاركة بلغت إحدى و أربعين في المئة', 'بلغت نسبة المشاركة 41 بالمئة بحسب المفوضية'];
    const articles = analyzeCase(texts.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'ar' as const })), { claimsOnly: true }).articles;
    const score = (compoundFigures: boolean): number => prepareCase(articles, { entities: resolveEntities(articles), compoundFigures }).score(0, 1);
    expect(score(true)).toBeGreaterThan(score(false));
  });
});
