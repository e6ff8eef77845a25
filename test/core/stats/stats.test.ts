import { describe, expect, it } from 'vitest';
import { buildArticle, buildRow } from '../../../fixtures/builders.ts';
import { toCsv } from '../../../src/core/export/csv.ts';
import { toMarkdown } from '../../../src/core/export/markdown.ts';
import { caseStats, outletName, rowOutlets } from '../../../src/core/stats/index.ts';
import type { CaseAnalysis } from '../../../src/core/types.ts';

/** Three outlets; the first two share one row, the first has a row of its own with two of its claims. */
function threeOutlets(): CaseAnalysis {
  const herald = buildArticle({
    id: 'herald',
    outlet: 'Herald',
    sentences: [
      { text: 'The bridge closed, officials said.', source: 'officials', cue: 'said', kind: 'anonymous' },
      'Traffic was diverted.',
      'Traffic went around the town.',
    ],
  });
  const courier = buildArticle({ id: 'courier', title: 'Bridge shut', sentences: ['The bridge was closed on Monday.'] });
  const post = buildArticle({ id: 'post', sentences: ['Rain is expected.'] });
  const articles = [herald, courier, post];
  const shared = buildRow([herald.claims[0]!, courier.claims[0]!], articles);
  const own = buildRow([herald.claims[1]!, herald.claims[2]!], articles);
  return { articles, rows: [shared, own], actors: [], diagnostics: [] };
}

describe('outletName', () => {
  it('names an article by its outlet, else title (after a text file’s name), else file name, else id', () => {
    expect(outletName({ id: 'a', outlet: 'Wire', title: 'T', fileName: 'f.html' })).toBe('Wire');
    expect(outletName({ id: 'a', outlet: '  ', title: 'T', fileName: 'f.html' })).toBe('T');
    expect(outletName({ id: 'a', fileName: 'f.html' })).toBe('f');
    // A text file's first line is a headline, not a name: the file name the user chose heads its column.
    expect(outletName({ id: 'a', title: 'Storm hits the coast', fileName: 'en-wire.txt' })).toBe('en-wire');
    expect(outletName({ id: 'a', title: 'Storm hits the coast', fileName: 'notes.MD' })).toBe('notes');
    // A machine-made file name (digits, a hash) says less than the headline.
    expect(outletName({ id: 'a', title: 'Storm hits the coast', fileName: '000_2427181fa13bf9fd.txt' })).toBe('Storm hits the coast');
    // Only a format's extension goes: a name with other dots keeps them, and a bare extension stays.
    expect(outletName({ id: 'a', fileName: 'ar-news.site.TXT' })).toBe('ar-news.site');
    expect(outletName({ id: 'a', fileName: 'Reuters.com' })).toBe('Reuters.com');
    expect(outletName({ id: 'a', fileName: '.md' })).toBe('.md');
    expect(outletName({ id: 'a' })).toBe('a');
  });

  it('gives an article nothing names the caller\'s name for it ("Article 3"), never over a real one', () => {
    expect(outletName({ id: 'a-x7' }, 'Article 3')).toBe('Article 3');
    expect(outletName({ id: 'a-x7', fileName: 'f.html' }, 'Article 3')).toBe('f');
  });
});

describe('caseStats', () => {
  it('counts a row once per outlet and tells shared rows from an outlet’s own', () => {
    const analysis = threeOutlets();
    const stats = caseStats(analysis);
    expect(stats.sharedRows).toBe(1);
    expect([...stats.rowCoverage.values()]).toEqual([2, 1]);
    const [herald, courier, post] = stats.outlets;
    expect(herald).toMatchObject({ label: 'Herald', claims: 3, attributed: 1, ownVoice: 2, rowsReported: 2, rowsShared: 1, anonymousShare: 1 });
    expect(herald!.byKind.anonymous).toBe(1);
    expect(courier).toMatchObject({ label: 'Bridge shut', rowsReported: 1, rowsShared: 1 });
    expect(post).toMatchObject({ label: 'post', rowsReported: 0, rowsShared: 0, anonymousShare: 0 });
  });

  it('leaves headings and credit lines out of the counts', () => {
    const article = buildArticle({ id: 'a', sentences: ['Flood warning', 'The river rose overnight.'] });
    article.claims[0] = { ...article.claims[0]!, kind: 'heading' };
    expect(caseStats({ articles: [article], rows: [] }).outlets[0]).toMatchObject({ claims: 1, ownVoice: 1 });
  });

  it('leaves the headline out of the counts, also when it shares a row (issue 9: no claim in the outlet\'s voice)', () => {
    const a = buildArticle({ id: 'a', sentences: ['Ferry fares rise again', 'Fares rose by a tenth on Monday.'] });
    const b = buildArticle({ id: 'b', sentences: ['The ferry company raised fares by ten percent.'] });
    a.claims[0] = { ...a.claims[0]!, kind: 'title' };
    const stats = caseStats({ articles: [a, b], rows: [buildRow([a.claims[0]!, b.claims[0]!], [a, b])] });
    expect(stats.outlets[0]).toMatchObject({ claims: 1, ownVoice: 1 });
    expect(toMarkdown({ articles: [a, b], rows: [], actors: [], diagnostics: [] })).toContain('*headline, not a claim*');
  });

  it('rowOutlets ignores claims it cannot place', () => {
    expect(rowOutlets({ id: 'r', claimIds: ['a:c1', 'a:c2', 'x'] }, (id) => (id.includes(':') ? id.split(':')[0] : undefined))).toEqual(new Set(['a']));
  });
});

describe('reports use the one outlet name and the shared statistics', () => {
  it('Markdown names an article without outlet by its title, as the dashboard does, and gives rows shared per outlet', () => {
    const markdown = toMarkdown(threeOutlets());
    expect(markdown).toContain('### Bridge shut');
    expect(markdown).not.toContain('### courier');
    expect(markdown).toContain('1 rows shared across outlets');
    const herald = markdown.split('\n').find((line) => line.startsWith('| Herald |'))!;
    expect(herald.trim().endsWith('| 1 of 1 |')).toBe(true);
    const courier = markdown.split('\n').find((line) => line.startsWith('| Bridge shut |'))!;
    expect(courier).toBeDefined();
  });

  it('CSV gives the same outlet name', () => {
    const lines = toCsv(threeOutlets()).split('\r\n');
    expect(lines.find((l) => l.startsWith('courier,'))!.split(',')[1]).toBe('Bridge shut');
  });
});

describe('articleCounts', () => {
  it('is worked out once per article object', async () => {
    const { articleCounts } = await import('../../../src/core/stats/index.ts');
    const article = buildArticle({ id: 'a', sentences: ['The river rose overnight.'] });
    expect(articleCounts(article)).toBe(articleCounts(article));
    expect(articleCounts({ ...article })).not.toBe(articleCounts(article));
  });
});
