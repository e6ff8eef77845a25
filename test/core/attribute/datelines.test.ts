import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const firstClaim = (text: string, lang: 'ar' | 'en') => claimsOf(text, lang)[0]!;

describe('an article’s dateline is no part of its first claim', () => {
  it('"CITY (Agency) - …" in the outlet’s own voice', () => {
    const c = firstClaim('OSLO (Nordwire) - Heavy snow closed the main airport on Monday.', 'en');
    expect(c.text).toBe('Heavy snow closed the main airport on Monday.');
    expect(c.attribution).toBeNull();
  });

  it('after a one-line title, the body’s first sentence', () => {
    const claims = claimsOf('Snow closes airport\n\nOSLO (Nordwire) - Heavy snow closed the main airport on Monday.', 'en');
    expect(claims.some((c) => c.text === 'Heavy snow closed the main airport on Monday.')).toBe(true);
  });

  it('a reported first claim starts after the dateline and keeps its source', () => {
    const c = firstClaim('OSLO (Nordwire) - The airport operator said flights would resume on Tuesday.', 'en');
    expect(c.text.startsWith('The airport operator said')).toBe(true);
    expect(c.attribution?.source.text).toBe('The airport operator');
  });

  it('a place, a written date and an agency before a dash (ar)', () => {
    const c = firstClaim('طرابلس 3-2-2021 (وكالة) - أعلنت وزارة الصحة تسجيل 40 إصابة جديدة.', 'ar');
    expect(c.text).toBe('أعلنت وزارة الصحة تسجيل 40 إصابة جديدة.');
    expect(c.attribution?.source.text).toBe('وزارة الصحة');
  });

  it('an agency glued to its dash after a date (ar)', () => {
    const c = firstClaim('عمان 12-4-2022 بترا- ارتفعت أسعار الوقود في المملكة.', 'ar');
    expect(c.text).toBe('ارتفعت أسعار الوقود في المملكة.');
  });

  it('a dash inside a later sentence, or with no date, agency or outlet before it, opens no dateline', () => {
    const claims = claimsOf('The committee met on Monday.\n\nOSLO (Nordwire) - Heavy snow fell.', 'en');
    expect(claims.some((c) => c.text.startsWith('OSLO'))).toBe(true);
    const c = firstClaim('الوزير - وهو طبيب - قال إن الوضع مستقر.', 'ar');
    expect(c.text.startsWith('الوزير')).toBe(true);
  });

  it('a quotation opening the article is no dateline', () => {
    const c = firstClaim('“OSLO (Nordwire) - snow,” the clerk wrote.', 'en');
    expect(c.text.startsWith('“OSLO')).toBe(true);
  });
});
