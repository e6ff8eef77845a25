import { createSelector } from '@reduxjs/toolkit';
import type { ArticleListItem } from '../../components/ArticleList.tsx';
import { selectRawAnalysis } from '../../model/analysisSlice.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { selectArticleNames } from '../../model/outlets.ts';
import { selectAllArticles } from '../../model/caseSlice.ts';

/**
 * A note of the analysis about one article opens with its id or file name ("a-x1Yz: …"), which means
 * nothing to a reader: the article's name stands there instead, or nothing where the article is named
 * beside it already.
 * @example articleNote('a-x1: the input looks binary', { id: 'a-x1' }, 'Herald') // 'Herald: the input looks binary'
 */
export function articleNote(message: string, article: { id: string; fileName?: string }, name: string | null): string {
  for (const prefix of [article.fileName, article.id]) {
    if (prefix && message.startsWith(`${prefix}: `)) return name === null ? message.slice(prefix.length + 2) : `${name}: ${message.slice(prefix.length + 2)}`;
  }
  return message;
}

/** The notes of the analysis, each about an article naming it as the views do. */
export const selectNamedDiagnostics = createSelector([selectRawAnalysis, selectAllArticles, selectArticleNames], (raw, articles, names) => {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (raw?.diagnostics ?? []).map((d) => {
    const article = d.articleId !== undefined ? byId.get(d.articleId) : undefined;
    if (!article) return d;
    const name = names.get(article.id) ?? article.id;
    return { ...d, message: articleNote(d.message, article, name), ...(d.params?.article !== undefined ? { params: { ...d.params, article: name } } : {}) };
  });
});

/** The case's articles with what the analysis made of each. */
export const selectArticleListItems = createSelector(
  [selectAllArticles, selectEffectiveAnalysis, selectRawAnalysis, selectArticleNames],
  (articles, effective, raw, names): ArticleListItem[] => {
    const analysedById = new Map((effective?.articles ?? []).map((a) => [a.id, a]));
    const errors = new Map((raw?.diagnostics ?? []).filter((d) => d.level === 'error' && d.articleId).map((d) => [d.articleId!, d]));
    return articles.map((article) => {
      const analysed = analysedById.get(article.id);
      const error = errors.get(article.id);
      const status: ArticleListItem['status'] = analysed
        ? { kind: 'claims', count: analysed.claims.length }
        : error
          ? { kind: 'error', message: articleNote(error.message, article, null) }
          : { kind: 'pending' };
      const item: ArticleListItem = {
        id: article.id,
        name: names.get(article.id) ?? article.id,
        outlet: article.outlet ?? '',
        title: article.title ?? '',
        date: article.date ?? '',
        language: article.language ?? 'auto',
        size: article.raw.length,
        raw: article.raw,
        status,
      };
      if (article.fileName) item.fileName = article.fileName;
      if (analysed) item.detected = analysed.language;
      return item;
    });
  },
);
