import { describe, expect, it } from 'vitest';
import { buildArticle, buildRow } from '../../../fixtures/builders.ts';
import { toMarkdown } from '../../../src/core/export/markdown.ts';
import type { CaseAnalysis } from '../../../src/core/types.ts';

describe('toMarkdown rows', () => {
  it('counts the outlets of a row, not its claims (issue 10, item 2)', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['The dam broke at dawn.', 'The dam broke before sunrise, residents said.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['The dam broke at dawn on Tuesday.'] });
    const post = buildArticle({ id: 'post', outlet: 'Post', sentences: ['Rain is expected.'] });
    const articles = [herald, courier, post];
    // Two claims of one outlet and one of another: a row of 2 outlets out of 3.
    const row = buildRow([herald.claims[0]!, herald.claims[1]!, courier.claims[0]!], articles);
    const analysis: CaseAnalysis = { articles, rows: [row], actors: [], diagnostics: [] };
    const heading = toMarkdown(analysis).split('\n').find((line) => line.startsWith('### Row'));
    expect(heading).toContain('2 of 3 outlets');
  });
});

describe('toMarkdown claims and sources', () => {
  it('does not count a heading or a credit line as a claim in the outlet’s own voice, and names it', () => {
    const article = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Flood warning', 'The river rose two metres overnight.', 'Reporting by a staff writer'] });
    article.claims[0] = { ...article.claims[0]!, kind: 'heading' };
    article.claims[2] = { ...article.claims[2]!, kind: 'credit' };
    const markdown = toMarkdown({ articles: [article], rows: [], actors: [], diagnostics: [] });
    const outletRow = markdown.split('\n').find((line) => line.startsWith('| Herald |'))!;
    // Claims, then own voice: one claim, in the outlet's voice.
    expect(outletRow.split(' | ').slice(1, 3)).toEqual(['1', '1']);
    expect(markdown).toContain('1 claims (0 attributed');
    expect(markdown).toContain('| Flood warning | *heading, not a claim* |');
    expect(markdown).toContain('*credit, not a claim*');
  });
});
