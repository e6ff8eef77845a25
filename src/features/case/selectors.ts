import { createSelector } from '@reduxjs/toolkit';
import type { ArticleListItem } from '../../components/ArticleList.tsx';
import { selectRawAnalysis } from '../../model/analysisSlice.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { selectArticleNames } from '../../model/outlets.ts';
import { selectAllArticles } from '../../model/caseSlice.ts';

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
          ? { kind: 'error', message: error.message }
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
