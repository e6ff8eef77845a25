import { opensGluedClause } from '../../../src/core/align/glued-breaks.ts';
import { propositionParts } from '../../../src/core/align/predicates.ts';

describe('clause breaks glued on a verb', () => {
  it('reads a conjunction glued on a past or present verb form as a clause opener', () => {
    expect(opensGluedClause('ar', 'وارتفعت')).toBe(true);
    expect(opensGluedClause('ar', 'فانخفض')).toBe(true);
    expect(opensGluedClause('ar', 'ويرتفع')).toBe(true);
    expect(opensGluedClause('ar', 'واعلنوا')).toBe(true);
  });

  it('leaves nouns, verbs standing alone and languages without the data', () => {
    expect(opensGluedClause('ar', 'والاسعار')).toBe(false);
    expect(opensGluedClause('ar', 'ارتفعت')).toBe(false);
    expect(opensGluedClause('ar', 'وزير')).toBe(false);
    expect(opensGluedClause('en', 'and')).toBe(false);
  });

  it('cuts a chained sentence before the glued verb, which stays in its clause', () => {
    const norms = ['ارتفعت', 'اسعار', 'الخبز', 'في', 'الاسواق', 'المحليه', 'وانخفضت', 'قيمه', 'العمله', 'امام', 'الدولار'];
    const opens = (norm: string): boolean => opensGluedClause('ar', norm);
    expect(propositionParts(norms, 'ar', (w) => w === 'في', 2, () => false, true, opens)).toEqual([norms.slice(0, 6), norms.slice(6)]);
    // Only the every-clause cut reads glued openers.
    expect(propositionParts(norms, 'ar', (w) => w === 'في', 2, () => false, false, opens)).toEqual([norms]);
  });

  it('keeps a clause that would be too short whole', () => {
    const norms = ['ارتفعت', 'الاسعار', 'وانخفضت', 'العمله'];
    expect(propositionParts(norms, 'ar', () => false, 3, () => false, true, (n) => opensGluedClause('ar', n))).toEqual([norms]);
  });
});
