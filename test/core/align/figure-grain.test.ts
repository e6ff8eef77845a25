import { describe, expect, it } from 'vitest';
import { figureGrain, sameAtGrain } from '../../../src/core/align/figure-grain.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../../src/core/align/prepare.ts';
import { buildArticle } from './build.ts';

const same = (a: string, b: string): boolean => {
  const x = figureGrain(a);
  const y = figureGrain(b);
  return sameAtGrain(x.value, x.places, y.value, y.places);
};

describe('one figure told at another grain (align/figure-grain.ts)', () => {
  it('meets a figure and its rounding, at any coarser grain', () => {
    expect(same('52.14', '52.1')).toBe(true);
    expect(same('52.14', '52')).toBe(true);
    expect(same('47.86', '47.9')).toBe(true);
    expect(same('48', '47.86')).toBe(true);
    expect(same('30.9', '31')).toBe(true);
    expect(same('61,38', '61.4')).toBe(true);
  });

  it('keeps other counts apart: one grain, a figure its rounding misses, a one-digit figure', () => {
    // Two counts at one grain are two counts (52.3 % with 96 % counted, 52.1 % earlier).
    expect(same('52.3', '52.1')).toBe(false);
    expect(same('51.9', '52.3')).toBe(false);
    expect(same('48.1', '47.86')).toBe(false);
    expect(same('52.6', '52')).toBe(false);
    // "6" would meet anything from 5.5 to 6.5: too coarse to say it is one figure.
    expect(same('6', '5.8')).toBe(false);
    expect(same('0.5', '0.54')).toBe(false);
    expect(figureGrain('Cairo').places).toBe(-1);
  });

  const texts = [
    'The governing alliance won 61.38 per cent of the ballots cast in the regional vote.',
    'The governing alliance won 61.4% of the ballots cast in the regional vote, the commission said.',
    'The governing alliance won 64.2% of the ballots cast in the regional vote, the commission said.',
    'The governing alliance won 61% of the ballots cast in the regional vote of 2019.',
    'The governing alliance won 61.38 per cent of the ballots cast in the regional vote of 2024.',
    'The governing alliance won 61% of the ballots cast in the regional vote of 2024.',
  ];
  const articles = texts.map((t, n) => buildArticle(`a${n}`, t));
  const scores = (options: AlignOptions) => {
    const prepared = prepareCase(articles, options);
    const unit = (article: number): number => prepared.claims.findIndex((c) => c.articleId === `a${article}`);
    return (a: number, b: number): number => prepared.score(unit(a), unit(b));
  };

  it('lets a share and its rounding count as one shared figure in the pair score', () => {
    const off = scores({ figureGrain: 0 });
    const on = scores({ figureGrain: 1 });
    expect(on(0, 1)).toBeGreaterThan(off(0, 1));
    // The rounded share now scores as the same share told twice.
    expect(on(0, 1)).toBeGreaterThan(on(0, 2));
  });

  it('joins no other count, and a year clash still parts the figure and its rounding', () => {
    const off = scores({ figureGrain: 0 });
    const on = scores({ figureGrain: 1 });
    expect(on(1, 2)).toBe(off(1, 2));
    expect(on(0, 2)).toBe(off(0, 2));
    // 61 % in 2019 and 61.38 % in 2024: other votes, however alike the words.
    expect(on(3, 4)).toBeLessThan(on(5, 4));
    expect(on(5, 4)).toBeGreaterThan(off(5, 4));
  });
});

describe('a figure after a word of bound (figureBounds, off by default)', () => {
  it('lets a bound meet the figures it allows, and no other', () => {
    const g = (t: string) => figureGrain(t);
    const meets = (a: string, b: string): boolean => sameAtGrain(g(a).value, g(a).places, g(b).value, g(b).places, g(a).bound, g(b).bound);
    expect(meets('>70', '73')).toBe(true);
    expect(meets('>70', '95')).toBe(false);
    expect(meets('>70', '68')).toBe(false);
    expect(meets('<48', '47.86')).toBe(true);
    expect(meets('<48', '48.5')).toBe(false);
    expect(meets('~31', '30.9')).toBe(true);
    expect(meets('~31', '35')).toBe(false);
    // Two bounds meet only as one term ("more than 70" twice), not by the grain test.
    expect(meets('>70', '<73')).toBe(false);
  });

  it('keys a figure after "more than" or "about" with its mark, only with the option on', () => {
    const texts = ['The alliance won more than 70 seats in the northern assembly.', 'The alliance won 73 seats in the northern assembly.', 'The alliance won 95 seats in the northern assembly.'];
    const articles = texts.map((t, n) => buildArticle(`b${n}`, t));
    const on = prepareCase(articles, { figureBounds: true });
    const off = prepareCase(articles, { figureBounds: false });
    const unit = (p: typeof on, n: number): number => p.claims.findIndex((c) => c.articleId === `b${n}`);
    expect(on.score(unit(on, 0), unit(on, 1))).toBeGreaterThan(off.score(unit(off, 0), unit(off, 1)));
    expect(on.score(unit(on, 0), unit(on, 2))).toBeLessThan(on.score(unit(on, 0), unit(on, 1)));
  });
});
