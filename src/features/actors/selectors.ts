import { createSelector } from '@reduxjs/toolkit';
import type { ActorMatrixRow } from '../../components/ActorMatrix.tsx';
import { foldForMatch } from '../../core/normalize/index.ts';
import { splitSentences } from '../../core/segment/index.ts';
import type { RootState } from '../../store/store.ts';
import { outletLabel } from '../compare/selectors.ts';
import { selectEffectiveAnalysis } from '../corrections/selectors.ts';

/** How labels group: the pipeline's key, else the folded wording. */
const labelKey = (label: { key?: string; text: string }) => label.key ?? foldForMatch(label.text);

/** Actors × outlets: the labels each outlet gives each actor, grouped, with counts. */
export const selectActorMatrix = createSelector([selectEffectiveAnalysis], (analysis): ActorMatrixRow[] => {
  if (!analysis) return [];
  return analysis.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    aliases: actor.aliases ?? [],
    total: actor.labels.length,
    cells: analysis.articles.map((article) => {
      const chips = new Map<string, ActorMatrixRow['cells'][number]['chips'][number]>();
      for (const label of actor.labels.filter((l) => l.articleId === article.id)) {
        const key = labelKey(label);
        const chip = chips.get(key);
        if (chip) chip.count++;
        else chips.set(key, { key, text: label.text, stance: label.stance, count: 1, origin: label.origin });
      }
      const list = [...chips.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
      return { articleId: article.id, chips: list, total: list.reduce((n, c) => n + c.count, 0) };
    }),
  }));
});

export interface LabelOccurrence {
  articleId: string;
  outlet: string;
  language: string;
  sentence: string;
  claimId: string | null;
}

export interface LabelQuery {
  actorId: string;
  articleId: string;
  key: string;
}

/** The sentences where an outlet gives an actor a label (the click-through of a matrix chip). */
export const selectLabelOccurrences = createSelector(
  [selectEffectiveAnalysis, (_state: RootState, query: LabelQuery | null) => query],
  (analysis, query): LabelOccurrence[] => {
    if (!analysis || !query) return [];
    const actor = analysis.actors.find((a) => a.id === query.actorId);
    const article = analysis.articles.find((a) => a.id === query.articleId);
    if (!actor || !article) return [];
    const labels = actor.labels.filter((l) => l.articleId === article.id && labelKey(l) === query.key);
    let sentences: { start: number; end: number; text: string }[] | null = null;
    return labels.map((label) => {
      const claim = article.claims.find((c) => c.start <= label.start && label.end <= c.end);
      if (claim) return { articleId: article.id, outlet: outletLabel(article), language: article.language, sentence: claim.text, claimId: claim.id };
      sentences ??= splitSentences(article.text, article.language);
      const sentence = sentences.find((s) => s.start <= label.start && label.start < s.end);
      return {
        articleId: article.id,
        outlet: outletLabel(article),
        language: article.language,
        sentence: (sentence?.text ?? article.text.slice(Math.max(0, label.start - 80), label.end + 80)).trim(),
        claimId: null,
      };
    });
  },
);
