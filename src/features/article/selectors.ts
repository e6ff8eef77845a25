import { createSelector } from '@reduxjs/toolkit';
import type { ArticleSegment, SpanMark } from '../../components/ArticleText.tsx';
import type { ViewArticle, ViewClaim } from '../../model/applyCorrections.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { selectSelectedArticleId } from '../../model/uiSlice.ts';

/** The article shown in the Article view: the selected one, else the first. */
export const selectShownArticle = createSelector([selectEffectiveAnalysis, selectSelectedArticleId], (analysis, id): ViewArticle | null => {
  const articles = analysis?.articles ?? [];
  return articles.find((a) => a.id === id) ?? articles[0] ?? null;
});

/** Every stated source and cue of the article's claims, in article offsets. */
function articleMarks(article: ViewArticle): (SpanMark & { at: number })[] {
  const marks: (SpanMark & { at: number })[] = [];
  for (const claim of [...article.claims, ...article.dismissed]) {
    const a = claim.attribution;
    if (!a) continue;
    if (a.source.end > a.source.start) marks.push({ at: a.source.start, start: a.source.start, end: a.source.end, type: 'source', kind: a.source.kind, claimId: claim.id });
    if (a.cue.end > a.cue.start) marks.push({ at: a.cue.start, start: a.cue.start, end: a.cue.end, type: 'cue', claimId: claim.id });
  }
  return marks.sort((x, y) => x.start - y.start);
}

/** The marks lying wholly in [start, end), as offsets into that stretch. */
function marksWithin(marks: readonly (SpanMark & { at: number })[], start: number, end: number): SpanMark[] {
  return marks
    .filter((m) => m.start >= start && m.end <= end)
    .map(({ at: _at, ...m }) => ({ ...m, start: m.start - start, end: m.end - start }));
}

function claimSegment(claim: ViewClaim, type: 'claim' | 'dismissed', marks: readonly (SpanMark & { at: number })[]): ArticleSegment {
  return {
    type,
    id: claim.id,
    start: claim.start,
    text: claim.text,
    edited: claim.edited === true || type === 'dismissed',
    marks: marksWithin(marks, claim.start, claim.end),
  };
}

/**
 * The shown article cut into claims, dismissed claims, other sentences (which a person may mark as
 * claims) and the text between them.
 */
export const selectArticleSegments = createSelector([selectShownArticle], (article): ArticleSegment[] => {
  if (!article) return [];
  const { text } = article;
  const spans = articleMarks(article);
  const asides: ArticleSegment[] = article.asides.map((c) => ({ type: 'aside', id: c.id, start: c.start, text: c.text, aside: c.kind === 'credit' ? 'credit' : c.kind === 'title' ? 'title' : 'heading' }));
  const marked = [
    ...article.claims.map((c) => claimSegment(c, 'claim', spans)),
    ...article.dismissed.map((c) => claimSegment(c, 'dismissed', spans)),
    ...asides,
  ].sort((a, b) => a.start - b.start);
  const taken = marked.map((m) => [m.start, m.start + m.text.length] as const);
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  // The pipeline's sentences, carried in the result: the main thread never splits text.
  const sentences: ArticleSegment[] = (article.sentences ?? [])
    .map((s) => {
      // Sentences may carry spaces at their ends; trim so the highlight hugs the words.
      const raw = text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { start: s.start + lead, end: s.start + lead + trimmed.length, text: trimmed };
    })
    .filter((s) => s.text && !overlaps(s.start, s.end))
    .map((s) => ({ type: 'sentence' as const, id: `s:${s.start}:${s.end}`, start: s.start, text: s.text, marks: marksWithin(spans, s.start, s.end) }));
  const items = [...marked, ...sentences].sort((a, b) => a.start - b.start);
  const segments: ArticleSegment[] = [];
  let at = 0;
  for (const item of items) {
    if (item.start < at) continue;
    if (item.start > at) segments.push({ type: 'text', start: at, text: text.slice(at, item.start), marks: marksWithin(spans, at, item.start) });
    segments.push(item);
    at = item.start + item.text.length;
  }
  if (at < text.length) segments.push({ type: 'text', start: at, text: text.slice(at), marks: marksWithin(spans, at, text.length) });
  return segments;
});
