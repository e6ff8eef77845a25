import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { analyzeArticle, analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { filterFurniture } from '../../../src/core/ingest/furniture/filter.ts';
import { inTitle } from '../../../src/core/attribute/title.ts';
import { siteSuffixAt } from '../../../src/core/ingest/furniture/site-suffix.ts';
import { ingestArticle } from '../../../src/core/ingest/index.ts';

const HEADLINE = 'Port workers end strike after wage deal, union says';
const BODY = [
  'Dock workers at the northern port returned to work on Monday after a nine-day stoppage.',
  'The union said its members had accepted a pay rise of seven percent over two years.',
].join(' ');

describe('the headline kept as a title claim', () => {
  it('keeps the headline line above the body in the text, with its offsets, and drops its repeats', () => {
    const raw = `${HEADLINE}\n\n${BODY}\n\n${HEADLINE}`;
    const kept = filterFurniture(raw, { keepTitle: true });
    expect(kept.titleSpan).toBeDefined();
    expect(kept.text.slice(kept.titleSpan!.start, kept.titleSpan!.end)).toBe(HEADLINE);
    expect(kept.text.indexOf(HEADLINE)).toBe(kept.text.lastIndexOf(HEADLINE));
    expect(kept.removed.filter((r) => r.reason === 'title')).toHaveLength(1);
    const dropped = filterFurniture(raw);
    expect(dropped.titleSpan).toBeUndefined();
    expect(dropped.text).not.toContain(HEADLINE);
  });

  it('makes the headline one title claim, never attributed, and attributes the body as before', () => {
    const result = analyzeArticle({ id: 'p', raw: `${HEADLINE}\n\n${BODY}`, format: 'text', language: 'en' }, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, ...rest] = result.data.claims;
    expect(first).toMatchObject({ kind: 'title', attribution: null, text: HEADLINE });
    expect(result.data.text.slice(first!.start, first!.end)).toBe(HEADLINE);
    expect(rest.every((c) => c.kind !== 'title')).toBe(true);
    expect(rest.some((c) => c.attribution?.source.text.includes('union'))).toBe(true);
  });

  it('counts a sentence as the headline only when its words lie inside the span', () => {
    const span = { start: 0, end: 20 };
    expect(inTitle({ start: 0, text: 'Ferry service resumes ' }, span)).toBe(false);
    expect(inTitle({ start: 0, text: 'Ferry service resumes' }, { start: 0, end: 21 })).toBe(true);
    expect(inTitle({ start: 22, text: 'Boats sailed at dawn.' }, span)).toBe(false);
  });

  it('aligns two outlets\' headlines of one proposition by default, and not with titles.minWords 0', () => {
    const articles = analyzeCase(
      [
        { id: 'a', raw: `Port workers end nine-day strike after wage deal\n\n${BODY}`, format: 'text', language: 'en' },
        { id: 'b', raw: 'Port workers end nine-day strike after wage deal agreed\n\nShips queued outside the harbour for most of last week while cranes stood idle.', format: 'text', language: 'en' },
      ],
      { claimsOnly: true },
    ).articles;
    const titles = articles.map((a) => a.claims.find((c) => c.kind === 'title')!.id);
    const together = (rows: ReturnType<typeof alignClaims>) => rows.some((r) => titles.every((id) => r.claimIds.includes(id)));
    expect(together(alignClaims(articles, { entities: resolveEntities(articles), titles: { minWords: 0 } }))).toBe(false);
    expect(together(alignClaims(articles, { entities: resolveEntities(articles) }))).toBe(true);
  });

  it('drops a site name after the headline: after a pipe, or after a dash when it is the stated outlet', () => {
    expect(siteSuffixAt('Ferry fares rise again | Harbour Times')).toBe(22);
    expect(siteSuffixAt('Ferry fares rise again - Harbour Times')).toBe(-1);
    expect(siteSuffixAt('Ferry fares rise again - Harbour Times', 'Harbour Times')).toBe(22);
    // A dash before the headline's own source stays.
    expect(siteSuffixAt('Ferry fares to rise again - officials', 'Harbour Times')).toBe(-1);
    const piped = ingestArticle({ id: 'p', raw: `${HEADLINE} | Coastline Daily\n\n${BODY}` });
    expect(piped.ok).toBe(true);
    if (!piped.ok) return;
    expect(piped.data.text.slice(piped.data.titleSpan!.start, piped.data.titleSpan!.end)).toBe(HEADLINE);
    expect(piped.data.text).not.toContain('Coastline');
    expect(piped.data.title).toBe(HEADLINE);
    expect(piped.data.removed).toContainEqual({ text: 'Coastline Daily', reason: 'outlet-name' });
    const dashed = ingestArticle({ id: 'd', raw: `${HEADLINE} - Coastline Daily\n\n${BODY}`, outlet: 'Coastline Daily' });
    expect(dashed.ok && dashed.data.text.startsWith(`${HEADLINE}\n`)).toBe(true);
  });
  it('aligns a headline by each of its propositions (a semicolon, a clause break), not by the whole line', () => {
    const articles = analyzeCase(
      [
        { id: 'a', raw: 'City council approves larger winter budget for schools, libraries and hospitals; dock workers strike over pay\n\nThe harbour board met on Monday to discuss the winter timetable.', format: 'text', language: 'en' },
        { id: 'b', raw: 'Harbour news\n\nThe bakery on the quay closed early. Dock workers went on strike over pay in the north on Monday.', format: 'text', language: 'en' },
      ],
      { claimsOnly: true },
    ).articles;
    const title = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const strike = articles[1]!.claims.find((c) => c.text.startsWith('Dock workers'))!;
    const joined = (threshold: number) =>
      alignClaims(articles, { entities: resolveEntities(articles), titles: { minWords: 3, threshold } }).some((r) => r.claimIds.includes(title.id) && r.claimIds.includes(strike.id));
    expect(joined(0.45)).toBe(true);
  });

  it('with titles.sharedEntity, joins a headline only to a claim naming one of its entities', () => {
    const body = 'Voters queued outside the schools since dawn.';
    const articles = analyzeCase(
      [
        { id: 'a', raw: `Early results of the provincial vote\n\n${body}`, format: 'text', language: 'en' },
        { id: 'b', raw: 'Weather news\n\nThe early results of the provincial vote were published by the commission on Monday.', format: 'text', language: 'en' },
        { id: 'c', raw: 'Harbour news\n\nDock workers in Brenmouth ended their strike over pay on Monday.', format: 'text', language: 'en' },
        { id: 'd', raw: `Brenmouth dock workers end strike over pay\n\n${body}`, format: 'text', language: 'en' },
      ],
      { claimsOnly: true },
    ).articles;
    const topic = articles[0]!.claims.find((c) => c.kind === 'title')!;
    const results = articles[1]!.claims.find((c) => c.text.startsWith('The early results'))!;
    const named = articles[3]!.claims.find((c) => c.kind === 'title')!;
    const strike = articles[2]!.claims.find((c) => c.text.startsWith('Dock workers'))!;
    const rows = (sharedEntity: boolean) => alignClaims(articles, { entities: resolveEntities(articles), titles: { sharedEntity } });
    const together = (r: ReturnType<typeof alignClaims>, x: string, y: string) => r.some((row) => row.claimIds.includes(x) && row.claimIds.includes(y));
    expect(together(rows(false), topic.id, results.id)).toBe(true);
    expect(together(rows(true), topic.id, results.id)).toBe(false);
    expect(together(rows(true), named.id, strike.id)).toBe(true);
  });
});
