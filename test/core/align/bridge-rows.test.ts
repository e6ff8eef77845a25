import { alignClaims } from '../../../src/core/align/index.ts';
import { buildArticle } from './build.ts';

/**
 * Three outlets, one of which tells two propositions in one sentence (a bridge): grouping is transitive,
 * so the bridge's two pairs would make one row of two claims that state other things. The anti-chaining
 * guard (every member matches some claim of each other outlet in the row) keeps them apart.
 */
describe('a bridge claim between two propositions', () => {
  const strike = buildArticle('a', 'Dock workers at the northern harbour walked out on Monday over unpaid wages. The weather stayed mild.', 'en');
  const bridge = buildArticle(
    'b',
    'Dock workers at the northern harbour walked out on Monday over unpaid wages, and the customs office doubled import duties on steel. Traffic was light.',
    'en',
  );
  const duties = buildArticle('c', 'The customs office doubled import duties on steel. A new museum opened downtown.', 'en');
  const rowsOf = (linkThreshold?: number): string[][] =>
    alignClaims([strike, bridge, duties], linkThreshold === undefined ? {} : { linkThreshold }).map((r) => r.claimIds);

  it('joins the bridge to one proposition, never the two propositions to each other', () => {
    const rows = rowsOf();
    expect(rows.some((ids) => ids.includes('b:c1'))).toBe(true);
    expect(rows.some((ids) => ids.includes('a:c1') && ids.includes('c:c1'))).toBe(false);
  });

  it('chains them when the guard asks no link (what the guard prevents)', () => {
    expect(rowsOf(0)).toContainEqual(['a:c1', 'b:c1', 'c:c1']);
  });
});
