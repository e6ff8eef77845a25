import { createSelector } from '@reduxjs/toolkit';
import { caseStats, type CaseStats, type OutletStats } from '../core/stats/index.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';
import { outletLabel } from './columns.ts';
import { citedOutlets, groupSources, type CitedOutlet, type SourceGroup } from './sourceIdentity.ts';

export type { CaseStats, OutletStats };

/** The case's statistics (the core's, as the CLI and the Markdown report give them), on the corrected analysis. */
export const selectCaseStats = createSelector([selectEffectiveAnalysis], (analysis): CaseStats =>
  analysis ? caseStats(analysis, (claimId) => analysis.claimsById[claimId]?.articleId) : caseStats({ articles: [], rows: [] }),
);

/** Per outlet: claims by source kind and cue stance, anonymous share, rows reported and shared. */
export const selectOutletStats = createSelector([selectCaseStats], (stats): OutletStats[] => stats.outlets);

export type SourceEntry = SourceGroup;

/** Every stated source of the case, a speaker once (see groupSources). */
export const selectSources = createSelector([selectEffectiveAnalysis], (analysis): SourceEntry[] =>
  analysis ? groupSources(analysis.articles.map((a) => ({ id: a.id, label: outletLabel(a), language: a.language, claims: a.claims }))) : [],
);

/** Who cites whom: each outlet's relayed outlets and agencies, with how often. */
export const selectCitedOutlets = createSelector([selectEffectiveAnalysis], (analysis): CitedOutlet[] =>
  analysis ? citedOutlets(analysis.articles.map((a) => ({ id: a.id, label: outletLabel(a), language: a.language, claims: a.claims }))) : [],
);
