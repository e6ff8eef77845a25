/**
 * Minimal reproductions of what fuzzing found (each also in /work/notes/bugs.md). They stay as tests so
 * a fixed bug stays fixed; the invariant helpers say what broke.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { attributeSentences } from '../../../src/core/attribute/index.ts';
import { ingestArticle } from '../../../src/core/ingest/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import { analysisProblems, claimProblems } from './invariants.ts';
import { repetitionCases, runScaleCase } from './scale.ts';

const attribute = (text: string, lang: string) => attributeSentences(text, splitSentences(text, lang), lang);

describe('fuzzing regressions', () => {
  it('ingest: plain text handed in as HTML is text or a reason, not a throw', () => {
    expect(() => ingestArticle({ id: 'x', raw: 'الأربعاء 24 أبريل 2024 الموافق 15 شوال 1445', format: 'html' })).not.toThrow();
  });

  it('attribute: a prepositional cue with one word after it does not throw', () => {
    expect(() => attribute('وفقا لـ الأربعاء', 'ar')).not.toThrow();
    expect(() => attribute('««««وفقا لـ الأربعاء»»» .', 'ar')).not.toThrow();
  });

  it('attribute: the same in English (a time word after "according to")', () => {
    expect(() => attribute('The talks failed, according to Monday.', 'en')).not.toThrow();
  });

  it.each([
    ['وفقا لـ الماضية، الأربعاء.', 'ar'],
    ['According to „ Monday, the talks failed.', 'en'],
  ])('attribute: the source of a prepositional cue is a span of the text (%s)', (text, lang) => {
    expect(attribute(text, lang).flatMap((c, k) => claimProblems(text, c, `claim ${k}`))).toEqual([]);
  });

  it('markdown: unbalanced brackets take linear time, not quadratic (80,000 "[" within the CPU budget)', () => {
    const [rep] = repetitionCases().filter((c) => c.name.startsWith('repetition: "[" ') && c.name.endsWith('markdown'));
    expect(runScaleCase(rep!).problems).toEqual([]);
  }, 60_000);

  it('analyzeCase: a whole case with these inputs keeps every invariant', () => {
    const inputs = [
      { id: 'a', raw: 'الأربعاء 24 أبريل 2024 الموافق 15 شوال 1445', format: 'html' as const },
      { id: 'b', raw: 'وفقا لـ الأربعاء' },
      { id: 'c', raw: 'وفقا لـ الماضية، الأربعاء.' },
      { id: 'd', raw: 'The minister said the talks had failed.' },
    ];
    expect(analysisProblems(inputs, analyzeCase(inputs))).toEqual([]);
  });
});
