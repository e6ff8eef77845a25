/** «القوات الموالية لـ…» loyal to no organisation the case names: another group's forces, no short mention of a «القوات X» actor (invented text). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('a bare force head noun with a loyalty word after it', () => {
  const actors = findActors([
    buildArticle('a', 'وقال مصدر إن القوات الفالمارية انسحبت من القاعدة. وأضاف أن القوات الفالمارية ستعود قريبا.', 'ar'),
    buildArticle('b', 'من جانبها، قالت القوات الموالية لحكومة دوران إنها صدت الهجوم. وقالت القوات الفالمارية إنها لن تتدخل.', 'ar'),
  ]);
  it('gives its loyalty phrase to no actor named «القوات X»', () => {
    const foreign = actors.find((a) => a.name === 'القوات الفالمارية');
    expect(foreign).toBeDefined();
    expect(foreign!.labels.map((l) => l.text).some((t) => t.startsWith('الموالية'))).toBe(false);
  });
});
