import { alignClaims } from '../../../src/core/align/index.ts';
import { FEATURE_NAMES, FITTED_MODEL, fittedProbability } from '../../../src/core/align/fitted.ts';
import type { FittedModel } from '../../../src/core/align/fitted.ts';
import { buildArticle } from './build.ts';

// Unrelated sentences around each claim, so the case's word frequencies are not the claims' alone.
const FILLER = [
  'The harbour festival drew large crowds this year.',
  'A new library opened near the river bank.',
  'Farmers expect a late harvest after the cold spring.',
  'The chess club elected a treasurer last week.',
  'Engineers inspected the old railway bridge.',
];
const article = (id: string, claim: string, k: number) => buildArticle(id, [claim, ...FILLER.slice(k), ...FILLER.slice(0, k)].join(' '));

describe('which row keeps a claim of two propositions', () => {
  // a's sentence holds two propositions: the rally (told loosely by b) and the loan (told closely by c).
  const articles = [
    article('a', 'Shares of the airline rallied strongly on the exchange after the transport ministry announced a rescue loan for the national carrier.', 0),
    article('b', 'Airline shares rallied on the exchange.', 1),
    article('c', 'The transport ministry announced a rescue loan for the national carrier on Monday.', 2),
  ];
  const rowOf = (rows: ReturnType<typeof alignClaims>, id: string) => rows.find((r) => r.claimIds.includes(id))?.claimIds;

  it("puts it in the row its propositions match best ('best', the default)", () => {
    expect(rowOf(alignClaims(articles), 'a:c1')).toEqual(['a:c1', 'c:c1']);
  });

  it("puts it in the row that appears first with 'first'", () => {
    expect(rowOf(alignClaims(articles, { placeClaim: 'first' }), 'a:c1')).toEqual(['a:c1', 'b:c1']);
  });

  it('keeps each claim in one row either way', () => {
    for (const placeClaim of ['first', 'best'] as const) {
      const ids = alignClaims(articles, { placeClaim }).flatMap((r) => r.claimIds);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the fitted pair scorer (align/fitted.ts)', () => {
  const none = FEATURE_NAMES.map(() => 0);
  const model = (overrides: Partial<FittedModel>): FittedModel => ({ features: FEATURE_NAMES, weights: none, bias: 0, threshold: 0.5, minScore: 0, mode: 'replace', ...overrides });

  it('ships one weight per feature and a threshold in (0, 1)', () => {
    expect(FITTED_MODEL.features).toEqual(FEATURE_NAMES);
    expect(FITTED_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(FITTED_MODEL.threshold).toBeGreaterThan(0);
    expect(FITTED_MODEL.threshold).toBeLessThan(1);
  });

  it('is a logistic function of the weighted features', () => {
    const weights = FEATURE_NAMES.map((name) => (name === 'score' ? 4 : 0));
    const features = FEATURE_NAMES.map((name) => (name === 'score' ? 0.5 : 0));
    expect(fittedProbability(model({ weights, bias: -2 }), features)).toBeCloseTo(0.5);
    expect(fittedProbability(model({ weights, bias: 0 }), features)).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  const pair = [
    article('a', 'The council approved the harbour budget for next year after a long debate.', 0),
    article('b', 'Councillors voted for next year’s harbour budget.', 1),
  ];
  const joined = (rows: ReturnType<typeof alignClaims>) => rows.some((r) => r.claimIds.includes('a:c1') && r.claimIds.includes('b:c1'));

  it('decides every join in replace mode: a model that always says no keeps the pair apart', () => {
    expect(joined(alignClaims(pair, { threshold: 0.01 }))).toBe(true);
    expect(joined(alignClaims(pair, { scorer: 'fitted', model: model({ bias: -10 }) }))).toBe(false);
  });

  it('only adds joins below the word threshold in rescue mode', () => {
    // The word score alone leaves the pair apart at a high threshold; a model that always says yes joins it.
    expect(joined(alignClaims(pair, { threshold: 0.99 }))).toBe(false);
    expect(joined(alignClaims(pair, { threshold: 0.99, scorer: 'fitted', fittedFrames: 'off', model: model({ bias: 10, mode: 'rescue' }) }))).toBe(true);
    // Below the model's word-score floor nothing is added.
    expect(joined(alignClaims(pair, { threshold: 0.99, scorer: 'fitted', fittedFrames: 'off', model: model({ bias: 10, mode: 'rescue', minScore: 0.98 }) }))).toBe(false);
    // The event frames veto a rescue: "approved" and "voted for" are predicates of other event classes.
    expect(joined(alignClaims(pair, { threshold: 0.99, scorer: 'fitted', fittedFrames: 'free', model: model({ bias: 10, mode: 'rescue' }) }))).toBe(false);
  });
});
