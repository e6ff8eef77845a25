import { CaseTerms, compoundParts } from '../../../src/core/align/terms.ts';
import type { CompoundSplit } from '../../../src/core/align/terms.ts';
import { wordNorms } from '../../../src/core/normalize/index.ts';

/** The keys of each text, every text of the little case added first (as alignment does). */
const keysOf = (texts: readonly string[], compounds: CompoundSplit, basisPoints = false, lang: 'en' | 'ar' = 'en'): string[][] => {
  const terms = new CaseTerms(lang, compounds, basisPoints);
  const norms = texts.map((t) => wordNorms(t, lang));
  for (const n of norms) terms.add(n);
  return norms.map((n) => terms.stems(n));
};
const shared = (a: readonly string[], b: readonly string[]): string[] => [...new Set(a.filter((k) => b.includes(k)))];

describe('hyphenated compounds in the matching keys', () => {
  it('splits a compound only where it has an inner hyphen and no particle part', () => {
    expect(compoundParts('12-week')).toEqual(['12', 'week']);
    expect(compoundParts('toll-road')).toEqual(['toll', 'road']);
    expect(compoundParts('toll-road', 'figures')).toBeNull();
    expect(compoundParts('al-mansur')).toBeNull();
    expect(compoundParts('-5')).toBeNull();
    expect(compoundParts('week')).toBeNull();
  });

  it('meets a count written apart when the case writes it both ways', () => {
    const [a, b] = keysOf(['The 12-week strike at the mill ended.', 'After 12 weeks the mill strike ended.'], 'figures');
    expect(shared(a!, b!)).toEqual(expect.arrayContaining(['12', 'week', 'strike', 'mill']));
    const [c, d] = keysOf(['The 12-week strike at the mill ended.', 'After 12 weeks the mill strike ended.'], 'off');
    expect(shared(c!, d!)).not.toContain('12');
  });

  it('keeps the whole compound as a key beside its parts', () => {
    const [a, b] = keysOf(['A 12-week strike ended.', 'Another 12-week strike began, after 12 weeks of talks.'], 'figures');
    expect(a).toContain('12-week');
    expect(shared(a!, b!)).toEqual(expect.arrayContaining(['12-week', '12', 'week']));
  });

  it('leaves a compound the case never writes apart whole', () => {
    const [a] = keysOf(['A 12-week strike ended.', 'Talks lasted 12 days.'], 'figures');
    expect(a).not.toContain('12');
  });

  it("splits word compounds only when asked for 'all'", () => {
    const texts = ['The toll-road fee rose.', 'Drivers on the toll road pay more.'];
    expect(shared(...(keysOf(texts, 'figures') as [string[], string[]]))).not.toContain('toll');
    expect(shared(...(keysOf(texts, 'all') as [string[], string[]]))).toEqual(expect.arrayContaining(['toll', 'road']));
  });
});

describe('basis points in the matching keys (option, off by default)', () => {
  it('keys a figure of basis points as the percentage it states, the name dropped', () => {
    const [a, b] = keysOf(['The lender cut its rate by 150 basis points.', 'The lender cut its rate by 1.5%.'], 'off', true);
    expect(a).toContain('1.5');
    expect(a).not.toContain('150');
    expect(a).not.toContain('basi');
    expect(shared(a!, b!)).toContain('1.5');
    const [c] = keysOf(['The lender cut its rate by 150 basis points.'], 'off', false);
    expect(c).toContain('150');
  });

  it('reads the Arabic name of a basis point from the language data', () => {
    // "the bank raised the rate by 250 basis points"
    const [a] = keysOf(['رفع البنك الفائدة 250 نقطة أساس'], 'off', true, 'ar');
    expect(a).toContain('2.5');
    expect(a).not.toContain('250');
  });
});
