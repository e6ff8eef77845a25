/**
 * The Markdown report is rendered by whatever the user opens it with: article text and metadata from a
 * hostile page must come out as text, never as HTML, a link or a code span that breaks the table.
 */
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/core/export/markdown.ts';
import type { AnalyzedArticle, CaseAnalysis, Claim } from '../../../src/core/types.ts';
import { loadPayloads } from './payloads.ts';

/** Characters a CommonMark renderer would act on: not preceded by an (unescaped) backslash. */
function live(markdown: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') {
      i++;
      continue;
    }
    const rest = markdown.slice(i, i + 2);
    if (pattern.test(rest)) found.push(markdown.slice(Math.max(0, i - 30), i + 30));
  }
  return found;
}

function hostileCase(payload: string): CaseAnalysis {
  const claim = (id: string, n: number, text: string): Claim => ({
    id: `${id}:c${n}`,
    articleId: id,
    sentenceIndex: n - 1,
    start: 0,
    end: text.length,
    text,
    attribution: {
      source: { text: payload, start: 0, end: 0, kind: 'person', affiliation: payload },
      cue: { text: payload, start: 0, end: 0, stance: 'neutral', lemma: 'say' },
      via: { text: payload, start: 0, end: 0, kind: 'media' },
      quote: 'direct',
      rule: 'test',
    },
  });
  const article = (id: string): AnalyzedArticle => ({
    id,
    title: payload,
    outlet: payload,
    date: payload,
    byline: payload,
    language: 'en',
    format: 'html',
    text: payload,
    claims: [claim(id, 1, `The minister said ${payload} (Reuters)`), claim(id, 2, payload)],
    removed: [],
    warnings: [],
  });
  return {
    articles: [article(`a${payload.length}`), { ...article('b'), outlet: `${payload} two` }, { ...article('c'), outlet: `${payload}\`x` }],
    rows: [{ id: 'r1', claimIds: ['b:c1', 'b:c2'], missingFrom: ['c'] }, { id: 'r2', claimIds: [`a${payload.length}:c1`, 'b:c1'], missingFrom: [] }],
    actors: [{ id: 'x1', name: payload, labels: [{ articleId: 'b', text: payload, start: 0, end: 0, stance: 'negative', origin: 'lexicon' }] }],
    diagnostics: [{ articleId: 'b', level: 'warning', message: `${payload}: could not read` }],
  };
}

describe('Markdown report with hostile article text and metadata', () => {
  const payloads = loadPayloads();

  it.each(payloads.map((p) => [p.id, p.html]))('%s: no live HTML, links or code spans', (_id, html) => {
    const md = toMarkdown(hostileCase(html));
    expect(live(md, /^</)).toEqual([]);
    expect(live(md, /^\]\(/)).toEqual([]);
    expect(live(md, /^`/)).toEqual([]);
    // Table rows keep their number of cells: no pipe from the data splits a cell.
    const header = md.split('\n').find((l) => l.startsWith('| # | Claim'))!;
    const cells = (line: string) => live(line, /^\|/).length;
    for (const line of md.split('\n').filter((l) => /^\| \d+ \|/.test(l))) expect(cells(line)).toBe(cells(header));
  });

  it('still reads as text: escapes are backslashes, not entities', () => {
    const md = toMarkdown(hostileCase('<b>x</b> [y](javascript:z)'));
    expect(md).toContain('\\<b\\>x\\</b\\> [y\\](javascript:z)');
  });
});
