/** analyzeCase survives a stage that throws: the article is reported, the rest of the case analysed. */
import { describe, expect, it, vi } from 'vitest';
import { analyzeCase, guarded, INTERNAL_ERROR } from '../../../src/core/analyze.ts';

vi.mock('../../../src/core/ingest/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/ingest/index.ts')>();
  return {
    ...actual,
    ingestArticle: (input: Parameters<typeof actual.ingestArticle>[0]) => {
      if (input.id === 'boom') throw new TypeError('simulated parser crash');
      return actual.ingestArticle(input);
    },
  };
});

describe('guarded stages', () => {
  it('turns an exception into a reason', () => {
    expect(guarded(() => { throw new Error('x'); })).toEqual({ ok: false, reason: `${INTERNAL_ERROR} (x); please report it` });
    expect(guarded(() => ({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
  });

  it('reports an article whose stage throws and analyses the others', () => {
    const result = analyzeCase([
      { id: 'ok', raw: 'The minister said the talks failed.' },
      { id: 'boom', raw: 'Anything at all.' },
    ]);
    expect(result.articles.map((a) => a.id)).toEqual(['ok']);
    expect(result.diagnostics).toEqual([
      { articleId: 'boom', level: 'error', message: `boom: ${INTERNAL_ERROR} (simulated parser crash); please report it` },
    ]);
  });
});

describe('stated metadata', () => {
  it('is trimmed, and blank stated metadata does not hide the page’s', () => {
    const page = '<html><head><title>Talks fail in the capital</title><meta property="og:site_name" content="Example Wire"></head><body><article><p>The minister said on Monday that the talks in the capital had failed after three days of meetings between the delegations.</p></article></body></html>';
    const [article] = analyzeCase([{ id: 'p', raw: page, format: 'html', outlet: '  ', title: '  Stated title ' }], { claimsOnly: true }).articles;
    expect(article?.title).toBe('Stated title');
    expect(article?.outlet).toBe('Example Wire');
  });
});
