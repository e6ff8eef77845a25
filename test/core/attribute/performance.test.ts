import { describe, expect, it } from 'vitest';
import { attributeSentences } from '../../../src/core/attribute/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';

// Guards against quadratic behaviour: one giant unsplit "sentence" full of commas, quotes and cues must
// still cost time in proportion to its length (generous bounds: CI machines are shared). The runner's
// timeout sits above the asserted budget, so a slow run fails on the budget, not on vitest's 5 s default.
describe('attribution cost grows linearly', () => {
  const time = (text: string, lang: 'ar' | 'en') => {
    const started = performance.now();
    const claims = attributeSentences(text, [{ index: 0, paragraph: 0, start: 0, end: text.length, text }], lang);
    return { ms: performance.now() - started, claims };
  };

  it('handles a 60,000-word sentence of cues, clauses and quotations', () => {
    const ar = 'وقال المصدر، الذي رفض ذكر اسمه، لـ«الشرق الأوسط»، إن "الوفد وصل، وأضاف أن المحادثات مستمرة"، '.repeat(5000);
    const en = 'Smith, who spoke on condition of anonymity, said "the deal is close, and talks go on," adding that '.repeat(3500);
    const a = time(ar, 'ar');
    const e = time(en, 'en');
    expect(a.claims.length).toBeGreaterThan(0);
    expect(e.claims.length).toBeGreaterThan(0);
    expect(a.ms + e.ms).toBeLessThan(8000);
  }, 20_000);

  it('analyses ordinary prose at well over 100,000 words per second of budget', () => {
    const paragraph = 'The ministry said the talks would resume. “We are ready,” said John Smith, a spokesman. Officials, who declined to be named, confirmed the plan.\n';
    const text = paragraph.repeat(4000); // ~96,000 words
    const sentences = splitSentences(text, 'en');
    const started = performance.now();
    const claims = attributeSentences(text, sentences, 'en');
    expect(claims.filter((c) => c.attribution).length).toBe(12000);
    expect(performance.now() - started).toBeLessThan(8000);
  }, 20_000);
});
