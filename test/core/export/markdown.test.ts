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
