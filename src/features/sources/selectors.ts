import { createSelector } from '@reduxjs/toolkit';
import { foldForMatch } from '../../core/normalize/index.ts';
import type { CueStance, SourceKind } from '../../core/types.ts';
import { selectEffectiveAnalysis } from '../corrections/selectors.ts';
import { outletLabel } from '../compare/selectors.ts';

export const KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'anonymous', 'document', 'unknown'];
export const STANCES: readonly CueStance[] = ['neutral', 'endorsing', 'distancing'];

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
    const byKind = zero(KINDS);
    const byStance = zero(STANCES);
    let attributed = 0;
    for (const claim of article.claims) {
      const a = claim.attribution;
      if (!a) continue;
      attributed++;
      byKind[a.source.kind]++;
      byStance[a.cue.stance]++;
    }
    return {
      articleId: article.id,
      label: outletLabel(article),
      claims: article.claims.length,
      ownVoice: article.claims.length - attributed,
      attributed,
      byKind,
      byStance,
      anonymousShare: attributed ? byKind.anonymous / attributed : 0,
      rowsReported: reported.get(article.id) ?? 0,
    };
  });
});

export interface SourceEntry {
  key: string;
  text: string;
  kind: SourceKind;
  affiliations: string[];
  outlets: string[];
  claimIds: string[];
}

/** Every stated source of the case, grouped by its folded wording and kind. */
export const selectSources = createSelector([selectEffectiveAnalysis], (analysis): SourceEntry[] => {
  if (!analysis) return [];
  const groups = new Map<string, SourceEntry>();
  for (const article of analysis.articles) {
    for (const claim of article.claims) {
      const source = claim.attribution?.source;
      if (!source || !source.text.trim()) continue;
      const key = `${source.kind}|${foldForMatch(source.text.trim())}`;
      let entry = groups.get(key);
      if (!entry) {
        entry = { key, text: source.text.trim(), kind: source.kind, affiliations: [], outlets: [], claimIds: [] };
        groups.set(key, entry);
      }
      if (source.affiliation && !entry.affiliations.includes(source.affiliation)) entry.affiliations.push(source.affiliation);
      const outlet = outletLabel(article);
      if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
      entry.claimIds.push(claim.id);
    }
  }
  return [...groups.values()];
});
