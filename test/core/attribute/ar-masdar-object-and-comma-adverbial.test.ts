/**
 * Arabic: a verb of informing with a verbal noun as its direct object («أفاد X وصولَ …»), and a subject set off
 * from its object by a comma and an adverbial («دانت الوزارة، بأشد العبارات، الهجوم»). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('«أفاد X» + a verbal noun object: the verbal noun opens the content', () => {
  it('with no preposition («أفاد مسؤول … وصول الشحنة»)', () => {
    const got = ar('وأفاد مسؤول في الوزارة وصول الشحنة إلى الميناء صباح اليوم.');
    expect(got[0]!.source).toBe('مسؤول في الوزارة');
  });

  it('with «بـ» it already held («أفاد مصدر أمني بمقتل …»)', () => {
    expect(ar('وأفاد مصدر أمني بمقتل ثلاثة جنود في الهجوم.')[0]!.source).toBe('مصدر أمني');
  });
});

describe('a subject, a comma and an adverbial before the object of a verb of stance', () => {
  it('«فيما دانت الوزارة، بأشد العبارات الهجوم …» names the ministry', () => {
    const got = ar('فيما دانت وزارة الخارجية، بأشد العبارات الهجوم على القافلة.');
    expect(got[0]!.source).toBe('وزارة الخارجية');
    expect(got[0]!.cue).toBe('دانت');
  });
});
