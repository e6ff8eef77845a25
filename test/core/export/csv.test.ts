import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/export/csv.ts';
import type { CaseAnalysis } from '../../../src/core/types.ts';

const text = '=cmd said, "hello"\nnext';
const analysis: CaseAnalysis = {
  articles: [
    {
      id: 'a', outlet: 'Daily, "Times"', language: 'en', format: 'text', text, removed: [], warnings: [],
      claims: [{ id: 'a:c1', articleId: 'a', sentenceIndex: 0, start: 0, end: text.length, text, attribution: null }],
    },
  ],
  rows: [{ id: 'r1', claimIds: ['a:c1'], missingFrom: [] }],
  actors: [],
  diagnostics: [],
};

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks and defuses formulas', () => {
    const [header, line] = toCsv(analysis).split('\r\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['article_id', 'outlet', 'language', 'claim_id', 'row_id']);
    expect(toCsv(analysis)).toContain(`a,"Daily, ""Times""",en,a:c1,r1,0,${text.length},"'=cmd said, ""hello""\nnext"`);
    expect(line).toBeDefined();
  });

  it('marks a headline, a heading or a credit line in a last kind column, so it never reads as own voice', () => {
    const headline = 'Bridge reopens after repairs';
    const withTitle: CaseAnalysis = {
      ...analysis,
      articles: [{ ...analysis.articles[0]!, claims: [{ id: 'a:c0', articleId: 'a', sentenceIndex: 0, start: 0, end: headline.length, text: headline, attribution: null, kind: 'title' }, ...analysis.articles[0]!.claims] }],
    };
    const [header, title] = toCsv(withTitle).split('\r\n');
    expect(header!.split(',').at(-1)).toBe('kind');
    expect(title!.split(',').at(-1)).toBe('title');
    expect(toCsv(analysis).split('\r\n')[1]!.endsWith(',')).toBe(true);
  });
});
