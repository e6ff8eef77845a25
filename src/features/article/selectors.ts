import { createSelector } from '@reduxjs/toolkit';
import type { ArticleSegment } from '../../components/ArticleText.tsx';
import { splitSentences } from '../../core/segment/index.ts';
import type { ViewArticle, ViewClaim } from '../corrections/apply.ts';
import { selectEffectiveAnalysis } from '../corrections/selectors.ts';
import { selectSelectedArticleId } from '../ui/uiSlice.ts';

/** The article shown in the Article view: the selected one, else the first. */
export const selectShownArticle = createSelector([selectEffectiveAnalysis, selectSelectedArticleId], (analysis, id): ViewArticle | null => {
  const articles = analysis?.articles ?? [];
  return articles.find((a) => a.id === id) ?? articles[0] ?? null;
});

function claimSegment(claim: ViewClaim, type: 'claim' | 'dismissed'): ArticleSegment {
  const s = claim.attribution?.source;
  const inside = s && s.start >= claim.start && s.end <= claim.end && s.end > s.start;
  return {
    type,
    id: claim.id,
    start: claim.start,
    text: claim.text,
    edited: claim.edited || type === 'dismissed',
    source: inside ? { start: s.start - claim.start, end: s.end - claim.start, kind: s.kind } : null,
  };
}

/**
 * The shown article cut into claims, dismissed claims, other sentences (which a person may mark as
 * claims) and the text between them.
 */
export const selectArticleSegments = createSelector([selectShownArticle], (article): ArticleSegment[] => {
  if (!article) return [];
  const { text } = article;
  const marked = [
    ...article.claims.map((c) => claimSegment(c, 'claim')),
    ...article.dismissed.map((c) => claimSegment(c, 'dismissed')),
  ].sort((a, b) => a.start - b.start);
  const taken = marked.map((m) => [m.start, m.start + m.text.length] as const);
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const sentences: ArticleSegment[] = splitSentences(text, article.language)
    .map((s) => {
      // Sentences carry their trailing space; trim so the highlight hugs the words.
      const lead = s.text.length - s.text.trimStart().length;
      const trimmed = s.text.trim();
      return { start: s.start + lead, end: s.start + lead + trimmed.length, text: trimmed };
    })
    .filter((s) => s.text && !overlaps(s.start, s.end))
    .map((s) => ({ type: 'sentence' as const, id: `s:${s.start}:${s.end}`, start: s.start, text: s.text }));
  const items = [...marked, ...sentences].sort((a, b) => a.start - b.start);
  const segments: ArticleSegment[] = [];
  let at = 0;
  for (const item of items) {
    if (item.start < at) continue;
    if (item.start > at) segments.push({ type: 'text', start: at, text: text.slice(at, item.start) });
    segments.push(item);
    at = item.start + item.text.length;
  }
  if (at < text.length) segments.push({ type: 'text', start: at, text: text.slice(at) });
  return segments;
});
