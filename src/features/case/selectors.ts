import { createSelector } from '@reduxjs/toolkit';
import type { ArticleListItem } from '../../components/ArticleList.tsx';
import { selectRawAnalysis } from '../../model/analysisSlice.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { outletLabel } from '../../model/outlets.ts';
import { selectAllArticles } from '../../model/caseSlice.ts';

/** Leaves out undefined fields (exactOptionalPropertyTypes). */
const withDefined = <T extends Record<string, string | undefined>>(fields: T): { [K in keyof T]?: string } =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };

/** The case's articles with what the analysis made of each. */
export const selectArticleListItems = createSelector(
  [selectAllArticles, selectEffectiveAnalysis, selectRawAnalysis],
  (articles, effective, raw): ArticleListItem[] => {
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
      const name = outletLabel({ id: article.id, ...withDefined({ outlet: article.outlet ?? analysed?.outlet, title: article.title ?? analysed?.title, fileName: article.fileName }) });
      if (name !== article.id) item.name = name;
      return item;
    });
  },
);
