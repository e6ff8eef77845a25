import { describe, expect, it } from 'vitest';
import { clauseJoiner } from '../../../src/core/align/clause-join.ts';
import type { Clause } from '../../../src/core/align/clause-join.ts';
import { clauseMarkBreaks, holdsClauseMark } from '../../../src/core/align/clause-marks.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { wordNorms, wordSpans } from '../../../src/core/normalize/index.ts';

const frame: EventFrame = { main: [], events: [], verb: true, speaker: null, subject: null };

describe('clause marks (align/clause-marks.ts)', () => {
  it('marks the word after a comma or semicolon between two words, not inside a figure', () => {
    const text = 'The port authority raised fees by 1,000 dollars, blaming higher fuel costs; shippers protested.';
    const norms = wordNorms(text, 'en');
    const marked = [...clauseMarkBreaks(text, 'en')].map((k) => norms[k]);
    expect(marked).toEqual(['blaming', 'shippers']);
  });

  it('reads the word offsets the caller read already, as it would have read them', () => {
    const text = 'Ferry crews walked out at dawn, leaving the island cut off; the council called talks.';
    expect([...clauseMarkBreaks(text, 'en', wordSpans(text, 'en'))]).toEqual([...clauseMarkBreaks(text, 'en')]);
    expect(clauseMarkBreaks(text, 'en').size).toBe(2);
  });

  it('marks nothing in a sentence without clause punctuation', () => {
    expect(clauseMarkBreaks('The mayor opened the new bridge on Sunday.', 'en').size).toBe(0);
  });

  it('reads no words of a sentence without a mark (the words given are not walked)', () => {
    const text = 'The mayor opened the new bridge on Sunday.';
    const words = wordSpans(text, 'en');
    const walked = new Proxy(words, { get: (target, key) => (key === 'length' ? expect.unreachable('words walked') : Reflect.get(target, key)) });
    expect(clauseMarkBreaks(text, 'en', walked).size).toBe(0);
    // With a mark the same words are walked and the break found.
    expect(clauseMarkBreaks('The mayor opened the bridge, cutting a ribbon.', 'en').size).toBe(1);
  });

  it('tells whether a text holds a mark of its language anywhere (the cheap test before the words)', () => {
    expect(holdsClauseMark('Dockers struck on Monday; ferries stayed in port.', 'en')).toBe(true);
    expect(holdsClauseMark('Dockers struck on Monday and ferries stayed in port.', 'en')).toBe(false);
    // A figure's comma is a mark here: only a break needs a space after it (clauseMarkBreaks).
    expect(holdsClauseMark('Fees rose by 1,000 dollars.', 'en')).toBe(true);
    // Arabic lists no marks (lang/ar/clause-marks.json): its comma holds none.
    expect(holdsClauseMark('أضرب عمال الميناء، وتوقفت العبارات.', 'ar')).toBe(false);
  });
});

describe('a clause bounded by a mark asks more (clause-join.ts Clause.threshold)', () => {
  const clause = (ids: number[], threshold?: number): Clause => ({ ids: Int32Array.from(ids), frame: () => frame, ...(threshold ? { threshold } : {}) });
  const join = (units: Clause[][]) =>
    clauseJoiner({ clausesOf: (u) => units[u]!, weights: new Float64Array(20).fill(1), allows: () => true, threshold: 0.3, minShared: 2 })(0, 1);

  it('joins at the common threshold, refuses under its own', () => {
    // Clause [1, 2, 3] against [1, 2, 4, 5, 6, 7]: cosine 2 / sqrt(3 · 6) ≈ 0.47.
    const other = [clause([1, 2, 4, 5, 6, 7])];
    expect(join([[clause([10, 11, 12]), clause([1, 2, 3])], other])).toBe(true);
    expect(join([[clause([10, 11, 12]), clause([1, 2, 3], 0.5)], other])).toBe(false);
  });
});

describe('a sentence whose second proposition follows a comma, beside a claim of its first', () => {
  const texts = {
    a: 'The city council closed eleven public libraries on Thursday, blaming a deep shortfall in the transport budget, unpaid bus contracts, rising fuel costs for snow ploughs, repairs to three flooded bridges, a pension bill the regional treasury had refused to cover since the spring.',
    b: 'The city council has closed eleven public libraries.',
    c: 'Farmers protested outside the ministry over grain prices. The central bank kept its main lending rate unchanged.',
  };
  const articles = analyzeCase(Object.entries(texts).map(([id, raw]) => ({ id, raw, format: 'text' as const, language: 'en' as const })), { claimsOnly: true }).articles;
  const unitOf = (prepared: ReturnType<typeof prepareCase>, articleId: string) => prepared.claims.findIndex((c) => c.articleId === articleId);

  it('joins through the clause before the comma, and only with the marks read', () => {
    // A case this small weighs every word as rare: the word threshold is raised so the whole sentence scores in the band under it, as its second clause makes it in a real case.
    const off = prepareCase(articles, { clauseMarks: false, threshold: 0.6, focusWidth: 0, roleJoin: 0 });
    const on = prepareCase(articles, { clauseMarks: true, threshold: 0.6, focusWidth: 0, roleJoin: 0 });
    const [a, b] = [unitOf(on, 'a'), unitOf(on, 'b')];
    expect(off.joinScore(a, b)).toBeLessThan(off.joinThreshold);
    expect(on.joinScore(a, b)).toBeGreaterThanOrEqual(on.joinThreshold);
  });

  it('does not join a claim that shares the doer only', () => {
    const other = analyzeCase([{ id: 'a', raw: texts.a, format: 'text', language: 'en' }, { id: 'd', raw: 'The city council approved a new parking plan for the eastern districts.', format: 'text', language: 'en' }], { claimsOnly: true }).articles;
    const p = prepareCase(other, { clauseMarks: true, threshold: 0.6, focusWidth: 0, roleJoin: 0 });
    expect(p.joinScore(unitOf(p, 'a'), unitOf(p, 'd'))).toBeLessThan(p.joinThreshold);
  });
});
