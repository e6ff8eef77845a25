/**
 * A page with too many text nodes overflows linkedom's call stack (it spreads node lists into
 * replaceChildren): inside Readability the text path still reads the page; anywhere else the article is
 * refused with a clear reason, and the rest of the case is analysed. The overflow is simulated here (a
 * real one takes a 640,000-character page and seconds).
 */
import { describe, expect, it, vi } from 'vitest';

const overflow = vi.hoisted(() => ({ inMeta: false }));

vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse(): never {
      throw new RangeError('Maximum call stack size exceeded');
    }
  },
}));

vi.mock('../../../src/core/ingest/html-meta.ts', async (original) => {
  const actual = await original<typeof import('../../../src/core/ingest/html-meta.ts')>();
  return {
    ...actual,
    pageMeta: (doc: Document) => {
      if (overflow.inMeta) throw new RangeError('Maximum call stack size exceeded');
      return actual.pageMeta(doc);
    },
  };
});

const { htmlToText, TOO_MANY_PARTS } = await import('../../../src/core/ingest/html.ts');
const { analyzeCase } = await import('../../../src/core/analyze.ts');

const PAGE = '<html><body><article><p>The minister said on Monday that the talks had failed.</p><p>Rebels denied it, a spokesman told reporters in the capital.</p></article></body></html>';

describe('linkedom stack overflow', () => {
  it('in Readability: the page text is still read whole, with a warning that says why', () => {
    overflow.inMeta = false;
    const result = htmlToText(PAGE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.text).toContain('The minister said on Monday that the talks had failed.');
    expect(result.data.text).toContain('Rebels denied it, a spokesman told reporters in the capital.');
    expect(result.data.warnings).toEqual(['The page has too many separate parts for the article reader; its whole text was filtered instead.']);
  });

  it('elsewhere: the article is refused with a clear reason and the rest of the case is analysed', () => {
    overflow.inMeta = true;
    try {
      expect(htmlToText(PAGE)).toEqual({ ok: false, reason: TOO_MANY_PARTS });
      const analysis = analyzeCase([
        { id: 'page', raw: PAGE, format: 'html' },
        { id: 'text', raw: 'The minister said the talks had failed. Rebels denied it, a spokesman told reporters.' },
      ]);
      expect(analysis.diagnostics).toContainEqual({ articleId: 'page', level: 'error', message: `page: ${TOO_MANY_PARTS}` });
      expect(analysis.articles.map((a) => a.id)).toEqual(['text']);
      expect(analysis.articles[0]!.claims.length).toBeGreaterThan(0);
    } finally {
      overflow.inMeta = false;
    }
  });
});
