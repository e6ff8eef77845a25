/**
 * Props for the presentational components, computed from story cases by the app's own selectors (what
 * the connected views do), so a story shows what the app would.
 */
import type { ActorMatrixRow } from '../../src/components/ActorMatrix.tsx';
import type { ArticleListItem } from '../../src/components/ArticleList.tsx';
import type { ArticleSegment } from '../../src/components/ArticleText.tsx';
import { dirOf } from '../../src/components/direction.ts';
import type { CompareRow, OutletColumn } from '../../src/components/model.ts';
import type { OutletShare } from '../../src/components/OutletStatsTable.tsx';
import type { SourceRow } from '../../src/components/SourcesTable.tsx';
import { selectActorContrasts, selectActorMatrix, type ActorContrast } from '../../src/model/actorMatrix.ts';
import { selectArticleSegments, selectShownArticle } from '../../src/features/article/selectors.ts';
import { selectArticleListItems } from '../../src/features/case/selectors.ts';
import { selectColumns, selectCompareDirection, selectRowBuilder, selectVisibleRowIds } from '../../src/model/columns.ts';
import { selectEffectiveAnalysis } from '../../src/model/effectiveAnalysis.ts';
import { selectCharts, type ChartSpec } from '../../src/model/charts.ts';
import { selectOutletStats, selectSources } from '../../src/model/outletStats.ts';
import { stateOf, type CaseName } from './cases.ts';

export interface CompareProps {
  columns: OutletColumn[];
  rowIds: string[];
  getRow: (rowId: string) => CompareRow | undefined;
  dir: 'ltr' | 'rtl';
}

/** Compare's grid for a case. Example: compareProps('seed').columns.length === 5 */
export function compareProps(name: CaseName): CompareProps {
  const state = stateOf(name);
  return { columns: selectColumns(state), rowIds: selectVisibleRowIds(state), getRow: selectRowBuilder(state), dir: selectCompareDirection(state) };
}

export const columnsOf = (name: CaseName): OutletColumn[] => selectColumns(stateOf(name));

export const actorRowsOf = (name: CaseName): ActorMatrixRow[] => selectActorMatrix(stateOf(name));

export const actorContrastsOf = (name: CaseName): ActorContrast[] => selectActorContrasts(stateOf(name));

export const actorsOf = (name: CaseName): { id: string; name: string }[] =>
  (selectEffectiveAnalysis(stateOf(name))?.actors ?? []).map((a) => ({ id: a.id, name: a.name }));

export function sourceRowsOf(name: CaseName): SourceRow[] {
  const state = stateOf(name);
  const analysis = selectEffectiveAnalysis(state)!;
  return selectSources(state).map((s) => ({
    ...s,
    claims: s.claimIds.map((id) => ({ id, articleId: analysis.claimsById[id]!.articleId, text: analysis.claimsById[id]!.text })),
  }));
}

export const outletSharesOf = (name: CaseName): OutletShare[] =>
  selectOutletStats(stateOf(name)).map((s) => ({ articleId: s.articleId, label: s.label, attributed: s.attributed, anonymous: s.byKind.anonymous, share: s.anonymousShare }));

export const articleListOf = (name: CaseName): ArticleListItem[] => selectArticleListItems(stateOf(name));

/** The Article view's text of one article (the first when none is named). */
export function articleTextOf(name: CaseName, articleId?: string): { segments: ArticleSegment[]; dir: 'rtl' | 'ltr' | 'auto'; lang: string } {
  const state = stateOf(name, articleId);
  const article = selectShownArticle(state);
  return { segments: selectArticleSegments(state), dir: dirOf(article?.language), lang: article?.language ?? 'und' };
}


/**
 * One of the Charts view's charts for a case, built by the view's own selector (model/charts.ts), not a copy.
 * Example: chartOf('seed', 'kinds').categories.length === 5
 */
export function chartOf(name: CaseName, key: string): Omit<ChartSpec, 'key'> {
  const chart = selectCharts(stateOf(name)).find((c) => c.key === key);
  if (!chart) throw new Error(`stories: case "${name}" has no chart "${key}"`);
  const { key: _key, ...spec } = chart;
  return spec;
}

/** The first Compare row of a case that two outlets or more report (with its diffs), and its columns. */
export function sharedRowOf(name: CaseName): { row: CompareRow; columns: OutletColumn[] } {
  const { rowIds, getRow, columns } = compareProps(name);
  for (const id of rowIds) {
    const row = getRow(id);
    if (row && row.coverage > 1) return { row, columns };
  }
  throw new Error(`stories: case "${name}" has no shared row`);
}

/** The claims of a case's first shared row, as the row editor lists them. */
export function rowEditorClaimsOf(name: CaseName): { id: string; outlet: string; text: string; dir: 'rtl' | 'ltr' | 'auto' }[] {
  const { row, columns } = sharedRowOf(name);
  return row.cells.flatMap((cell, i) => cell.claims.map((c) => ({ id: c.id, outlet: columns[i]!.label, text: c.text, dir: columns[i]!.dir })));
}
