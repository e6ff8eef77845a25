import { createSelector } from '@reduxjs/toolkit';
import type { CueStance, SourceKind } from '../core/types.ts';
import { CUE_STANCES, SOURCE_KINDS } from '../core/vocabulary.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';
import { outletLabel } from './columns.ts';
import { citedOutlets, groupSources, type CitedOutlet, type SourceGroup } from './sourceIdentity.ts';


export interface OutletStats {
  articleId: string;
  label: string;
  claims: number;
  ownVoice: number;
  attributed: number;
  byKind: Record<SourceKind, number>;
  byStance: Record<CueStance, number>;
  /** Anonymous sources among attributed claims, 0..1 (0 when nothing is attributed). */
  anonymousShare: number;
  /** Rows of the case this outlet reports. */
  rowsReported: number;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Per outlet: claims by source kind and cue stance, anonymous share, rows reported. */
export const selectOutletStats = createSelector([selectEffectiveAnalysis], (analysis): OutletStats[] => {
  if (!analysis) return [];
  const reported = new Map<string, number>();
  for (const row of analysis.rows) {
    for (const articleId of new Set(row.claimIds.map((id) => analysis.claimsById[id]?.articleId))) {
      if (articleId) reported.set(articleId, (reported.get(articleId) ?? 0) + 1);
    }
  }
  return analysis.articles.map((article) => {
    const byKind = zero(SOURCE_KINDS);
    const byStance = zero(CUE_STANCES);
    let attributed = 0;
    // Headings and credit lines are kept for reading but are no claims of the outlet.
    const claims = article.claims.filter((c) => !c.kind);
    for (const claim of claims) {
      const a = claim.attribution;
      if (!a) continue;
      attributed++;
      byKind[a.source.kind]++;
      byStance[a.cue.stance]++;
    }
    return {
      articleId: article.id,
      label: outletLabel(article),
      claims: claims.length,
      ownVoice: claims.length - attributed,
      attributed,
      byKind,
      byStance,
      anonymousShare: attributed ? byKind.anonymous / attributed : 0,
      rowsReported: reported.get(article.id) ?? 0,
    };
  });
});

export type SourceEntry = SourceGroup;

/** Every stated source of the case, a speaker once (see groupSources). */
export const selectSources = createSelector([selectEffectiveAnalysis], (analysis): SourceEntry[] =>
  analysis ? groupSources(analysis.articles.map((a) => ({ id: a.id, label: outletLabel(a), language: a.language, claims: a.claims }))) : [],
);

/** Who cites whom: each outlet's relayed outlets and agencies, with how often. */
export const selectCitedOutlets = createSelector([selectEffectiveAnalysis], (analysis): CitedOutlet[] =>
  analysis ? citedOutlets(analysis.articles.map((a) => ({ id: a.id, label: outletLabel(a), language: a.language, claims: a.claims }))) : [],
);
