import { createSelector } from '@reduxjs/toolkit';
import type { ActorMatrixRow } from '../components/ActorMatrix.tsx';
import { foldForMatch } from '../core/normalize/index.ts';
import type { Actor } from '../core/types.ts';
import type { RootState } from './rootReducer.ts';
import { nameOf, selectArticleNames } from './outlets.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';

/** How labels group: the pipeline's key, else the folded wording. */
const labelKey = (label: { key?: string; text: string }) => label.key ?? foldForMatch(label.text);

type Chip = ActorMatrixRow['cells'][number]['chips'][number];
const NO_CHIPS: Chip[] = [];

type Cell = ActorMatrixRow['cells'][number];

/** Per actor, the outlets that label it (in case order) with the labels grouped: the matrix's non-empty cells. */
const selectLabelledCells = createSelector([selectEffectiveAnalysis], (analysis): { actor: Actor; labelled: Cell[] }[] => {
  if (!analysis) return [];
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  // One collator for every sort (localeCompare builds one per call: slow over 20,000 labels).
  const compare = new Intl.Collator().compare;
  return analysis.actors.map((actor) => {
    // One pass over the actor's labels, grouped by outlet.
    const byArticle = new Map<string, Map<string, Chip>>();
    for (const label of actor.labels) {
      let chips = byArticle.get(label.articleId);
      if (!chips) byArticle.set(label.articleId, (chips = new Map()));
      const key = labelKey(label);
      const chip = chips.get(key);
      if (chip) chip.count++;
      else chips.set(key, { key, text: label.shown ?? label.text, stance: label.stance, count: 1, origin: label.origin });
    }
    const labelled = [...byArticle]
      .filter(([articleId]) => order.has(articleId))
      .sort((a, b) => order.get(a[0])! - order.get(b[0])!)
      .map(([articleId, chips]): Cell => {
        const list = [...chips.values()].sort((a, b) => b.count - a.count || compare(a.text, b.text));
        return { articleId, chips: list, total: list.reduce((n, c) => n + c.count, 0) };
      });
    return { actor, labelled };
  });
});

/**
 * Actors × outlets: the labels each outlet gives each actor, grouped, with counts. A row's cells (one per
 * outlet, most of them empty) are made when first read: 300 actors × 1,000 outlets are 300,000 cells,
 * and the matrix shows a screenful of them.
 */
export const selectActorMatrix = createSelector([selectLabelledCells, selectEffectiveAnalysis], (rows, analysis): ActorMatrixRow[] => {
  if (!analysis) return [];
  const articleIds = analysis.articles.map((a) => a.id);
  // An actor no outlet labels would be a row of "no label" cells; selectUnlabelledActors lists it once.
  return rows.filter(({ labelled }) => labelled.length > 0).map(({ actor, labelled }) => {
    let cells: Cell[] | undefined;
    const row = { id: actor.id, name: actor.name, aliases: actor.aliases ?? [], total: actor.labels.length };
    return Object.defineProperty(row, 'cells', {
      enumerable: true,
      get: () => {
        if (!cells) {
          const byArticle = new Map(labelled.map((c) => [c.articleId, c]));
          cells = articleIds.map((articleId) => byArticle.get(articleId) ?? { articleId, chips: NO_CHIPS, total: 0 });
        }
        return cells;
      },
    }) as ActorMatrixRow;
  });
});

/** Actors the case names but no outlet labels: named once, below the matrix, rather than as empty rows. */
export const selectUnlabelledActors = createSelector([selectLabelledCells], (rows): { id: string; name: string }[] =>
  rows.filter(({ labelled }) => labelled.length === 0).map(({ actor }) => ({ id: actor.id, name: actor.name })),
);

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
  [selectEffectiveAnalysis, selectArticleNames, (_state: RootState, query: LabelQuery | null) => query],
  (analysis, names, query): LabelOccurrence[] => {
    if (!analysis || !query) return [];
    const actor = analysis.actors.find((a) => a.id === query.actorId);
    const article = analysis.articles.find((a) => a.id === query.articleId);
    if (!actor || !article) return [];
    const labels = actor.labels.filter((l) => l.articleId === article.id && labelKey(l) === query.key);
    return labels.map((label) => {
      const claim = article.claims.find((c) => c.start <= label.start && label.end <= c.end);
      if (claim) return { articleId: article.id, outlet: nameOf(names, article), language: article.language, sentence: claim.text, claimId: claim.id };
      // The pipeline's sentences, carried in the result: the main thread never splits text.
      const sentence = article.sentences?.find((s) => s.start <= label.start && label.start < s.end);
      return {
        articleId: article.id,
        outlet: nameOf(names, article),
        language: article.language,
        sentence: (sentence ? article.text.slice(sentence.start, sentence.end) : article.text.slice(Math.max(0, label.start - 80), label.end + 80)).trim(),
        claimId: null,
      };
    });
  },
);

/** One outlet's names for an actor, in a contrast. */
export interface OutletNaming {
  articleId: string;
  outlet: string;
  chips: ActorMatrixRow['cells'][number]['chips'];
}

/** How the outlets of the case name one actor differently. */
export interface ActorContrast {
  id: string;
  name: string;
  aliases: string[];
  /** Outlets that label the actor, each with what it says and how often. */
  outlets: OutletNaming[];
  /** Label keys some outlets use and others do not. */
  differing: number;
}

/**
 * The contrasts first: per actor, which outlet says what, with counts; actors where outlets differ
 * most come first.
 */
export const selectActorContrasts = createSelector([selectLabelledCells, selectEffectiveAnalysis, selectArticleNames], (rows, analysis, names): ActorContrast[] => {
  if (!analysis) return [];
  const outletOf = new Map(analysis.articles.map((a) => [a.id, nameOf(names, a)]));
  const contrasts = rows.map(({ actor, labelled }): ActorContrast => {
    const outlets = labelled.map((c) => ({ articleId: c.articleId, outlet: outletOf.get(c.articleId) ?? c.articleId, chips: c.chips }));
    const usedBy = new Map<string, number>();
    for (const o of outlets) for (const chip of o.chips) usedBy.set(chip.key, (usedBy.get(chip.key) ?? 0) + 1);
    const differing = [...usedBy.values()].filter((n) => n < outlets.length || outlets.length === 1).length;
    return { id: actor.id, name: actor.name, aliases: actor.aliases ?? [], outlets, differing };
  });
  return contrasts.filter((c) => c.outlets.length > 0).sort((a, b) => b.differing - a.differing || b.outlets.length - a.outlets.length);
});

/** How often a label the user added was found, by its first form (null: not in the current analysis yet). */
export const selectUserLabelCounts = createSelector([selectEffectiveAnalysis], (analysis): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const actor of analysis?.actors ?? []) {
    for (const label of actor.labels) if (label.origin === 'user' && label.key) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  }
  return counts;
});
