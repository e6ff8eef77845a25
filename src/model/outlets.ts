import { createSelector } from '@reduxjs/toolkit';
import { outletName } from '../core/stats/index.ts';
import { createTranslator, formatNumber } from '../i18n/index.tsx';
import { selectRawAnalysis } from './analysisSlice.ts';
import { selectAllArticles } from './caseSlice.ts';
import { selectUiLanguage } from './uiSlice.ts';

/**
 * The core's naming rule, for an article seen without its case (shared with the CLI and the Markdown report).
 * Example: outletLabel({ id: 'a1', fileName: 'wire.html', outlet: 'Global Wire' }) === 'Global Wire'
 */
export { outletName as outletLabel } from '../core/stats/index.ts';

/**
 * The one name of each article of the case, everywhere in the dashboard (case list, Compare columns,
 * Article view, Actors, Sources, Charts, report, team panel): the core's `outletName` over what the user
 * gave and the page said, and "Article N" (its place in the case, in the interface language) for an
 * article nothing names. Example: selectArticleNames(state).get('a-1') === 'Global Wire'
 */
export const selectArticleNames = createSelector([selectAllArticles, selectRawAnalysis, selectUiLanguage], (articles, analysis, language) => {
  const analysed = new Map((analysis?.articles ?? []).map((a) => [a.id, a]));
  const t = createTranslator(language);
  const names = new Map<string, string>();
  articles.forEach((article, i) => {
    const page = analysed.get(article.id);
    const outlet = article.outlet ?? page?.outlet;
    const title = article.title ?? page?.title;
    const nameable = { id: article.id, ...(outlet ? { outlet } : {}), ...(title ? { title } : {}), ...(article.fileName ? { fileName: article.fileName } : {}) };
    // Plain text (no isolates): the name goes into charts' canvases and other sentences, which isolate it.
    names.set(article.id, outletName(nameable, t('case.articleN', { n: formatNumber(language, i + 1) }).replace(/[\u2066-\u2069]/gu, '')));
  });
  return names;
});

/** The name of one article: the case's name for it, else the core's rule (an article no longer in the case). */
export const nameOf = (names: ReadonlyMap<string, string>, article: { id: string; outlet?: string; title?: string; fileName?: string }): string =>
  names.get(article.id) ?? outletName(article);
