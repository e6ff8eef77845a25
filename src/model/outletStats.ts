import { createSelector } from '@reduxjs/toolkit';
import { caseStats, type CaseStats, type OutletStats } from '../core/stats/index.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';
import { nameOf, selectArticleNames } from './outlets.ts';
import { citedOutlets, groupSources, type CitedOutlet, type SourceGroup } from './sourceIdentity.ts';

export type { CaseStats, OutletStats };

/** The case's statistics (the core's, as the CLI and the Markdown report give them), on the corrected analysis. */
export const selectCaseStats = createSelector([selectEffectiveAnalysis, selectArticleNames], (analysis, names): CaseStats => {
  if (!analysis) return caseStats({ articles: [], rows: [] });
  const stats = caseStats(analysis, (claimId) => analysis.claimsById[claimId]?.articleId);
  // Each outlet under the case's one name for it (the core names an article without its case).
  return { ...stats, outlets: stats.outlets.map((s) => (names.has(s.articleId) ? { ...s, label: names.get(s.articleId)! } : s)) };
});

/** Per outlet: claims by source kind and cue stance, anonymous share, rows reported and shared. */
export const selectOutletStats = createSelector([selectCaseStats], (stats): OutletStats[] => stats.outlets);

export type SourceEntry = SourceGroup;

/** Every stated source of the case, a speaker once, across scripts through the case's actors (see groupSources). */
export const selectSources = createSelector([selectEffectiveAnalysis, selectArticleNames], (analysis, names): SourceEntry[] =>
  analysis ? groupSources(analysis.articles.map((a) => ({ id: a.id, label: nameOf(names, a), language: a.language, claims: a.claims })), analysis.actors) : [],
);

/** Who cites whom: each outlet's relayed outlets and agencies, with how often. */
export const selectCitedOutlets = createSelector([selectEffectiveAnalysis, selectArticleNames], (analysis, names): CitedOutlet[] =>
  analysis ? citedOutlets(analysis.articles.map((a) => ({ id: a.id, label: nameOf(names, a), language: a.language, claims: a.claims }))) : [],
);
