/**
 * The Charts view's data, built once here for the view and for the stories: five charts over the case,
 * each a title, the outlets as categories and its series (colours are the stylesheet's variables).
 */
import { createSelector } from '@reduxjs/toolkit';
import type { ChartFigureProps, ChartSeries } from '../components/ChartFigure.tsx';
import type { CueStance, LabelStance, SourceKind } from '../core/types.ts';
import { CUE_STANCES, LABEL_STANCES, SOURCE_KINDS } from '../core/vocabulary.ts';
import { createTranslator, type MessageKey, type Translate } from '../i18n/index.tsx';
import { selectActorMatrix } from './actorMatrix.ts';
import { selectCaseStats } from './outletStats.ts';
import { selectUiLanguage } from './uiSlice.ts';

// Colours are the stylesheet's variables (src/app/styles.css, the one place they are defined).
/** The colour of a source kind, or of claims without a source ('none'). Example: kindColor('media') === 'var(--media)' */
export const kindColor = (kind: SourceKind | 'none'): string => `var(--${kind === 'none' ? 'chart-none' : kind})`;
/** The colour of a cue stance. Example: stanceColor('distancing') === 'var(--distancing)' */
export const stanceColor = (stance: CueStance): string => `var(--${stance})`;
/** As many series colours as styles.css defines; past them, fills (hatched, dotted) tell series apart. */
const SERIES_COLOURS = 6;
/** Actors in the label chart: more stacks per outlet than this cannot be read. */
const LABEL_CHART_ACTORS = 4;

/** Fill of a label stance inside an actor's colour: solid, hatched or dotted, so stances tell apart without colour. */
export type StanceFill = 'solid' | 'hatched' | 'dotted';
const STANCE_FILL: Record<LabelStance, StanceFill> = { positive: 'solid', neutral: 'hatched', negative: 'dotted' };

/**
 * The label chart's series: one colour per actor (its stances as fills of that colour), stacked per actor.
 * Example: labelChartSeries([{ actor: 'A', byStance }], t).every((s) => s.color === 'var(--series-1)')
 */
export function labelChartSeries(
  actors: { actor: string; byStance: { stance: LabelStance; data: number[] }[] }[],
  t: (key: MessageKey) => string,
): (ChartSeries & { fill: StanceFill })[] {
  return actors.flatMap((actor, n) =>
    actor.byStance.map((s) => ({
      label: `${actor.actor} · ${t(`labelStance.${s.stance}` as MessageKey)}`,
      data: s.data,
      color: `var(--series-${(n % SERIES_COLOURS) + 1})`,
      fill: STANCE_FILL[s.stance],
      stack: actor.actor,
    })),
  );
}

/** Labels per actor and outlet by stance, for the most-labelled actors (a chart of all would be unreadable). */
export const selectLabelStanceSeries = createSelector([selectActorMatrix], (matrix) =>
  [...matrix]
    .sort((a, b) => b.total - a.total)
    .slice(0, LABEL_CHART_ACTORS)
    .filter((actor) => actor.total > 0)
    .map((actor) => ({
      actor: actor.name,
      byStance: LABEL_STANCES.map((stance) => ({
        stance,
        data: actor.cells.map((cell) => cell.chips.filter((c) => c.stance === stance).reduce((n, c) => n + c.count, 0)),
      })),
    })),
);

/**
 * The rows two or more outlets share, and how many of them each outlet reports (a row of one outlet is
 * not coverage of a shared story): the core's statistics, as the reports give them.
 */
export const selectCoverage = createSelector([selectCaseStats], (stats) => ({ rows: stats.sharedRows, reported: stats.outlets.map((s) => s.rowsShared) }));

/** One chart: what ChartFigure draws, less the interface's direction and the header of its table. */
export type ChartSpec = Pick<ChartFigureProps, 'title' | 'note' | 'categories' | 'series' | 'stacked' | 'percent' | 'tall'> & { key: string };

/**
 * The five charts of a case in the interface language: source kinds, anonymous share, cue stance, labels
 * (when some actor is labelled) and coverage. Example: selectCharts(state).map((c) => c.key)
 */
export const selectCharts = createSelector(
  [selectCaseStats, selectLabelStanceSeries, selectCoverage, selectUiLanguage],
  (caseStats, labelSeries, coverage, language): ChartSpec[] => chartSpecs(caseStats.outlets, labelSeries, coverage, createTranslator(language)),
);

function chartSpecs(
  stats: ReturnType<typeof selectCaseStats>['outlets'],
  labelSeries: ReturnType<typeof selectLabelStanceSeries>,
  coverage: ReturnType<typeof selectCoverage>,
  t: Translate,
): ChartSpec[] {
  const categories = stats.map((s) => s.label);
  const charts: ChartSpec[] = [
    {
      key: 'kinds',
      title: t('charts.kinds'),
      categories,
      stacked: true,
      series: [
        ...SOURCE_KINDS.map((kind) => ({ label: t(`kind.${kind}` as MessageKey), data: stats.map((s) => s.byKind[kind]), color: kindColor(kind) })),
        { label: t('kind.none'), data: stats.map((s) => s.ownVoice), color: kindColor('none') },
      ],
    },
    {
      key: 'anonymous',
      title: t('charts.anonymous'),
      categories,
      percent: true,
      ...(stats.length > 0 && stats.every((s) => s.anonymousShare === 0) ? { note: t('charts.noAnonymous') } : {}),
      series: [{ label: t('sources.share'), data: stats.map((s) => s.anonymousShare), color: kindColor('anonymous') }],
    },
    {
      key: 'stance',
      title: t('charts.stance'),
      categories,
      stacked: true,
      series: CUE_STANCES.map((stance) => ({ label: t(`stance.${stance}` as MessageKey), data: stats.map((s) => s.byStance[stance]), color: stanceColor(stance) })),
    },
  ];
  if (labelSeries.length) charts.push({ key: 'labels', title: t('charts.labels'), tall: true, categories, stacked: true, series: labelChartSeries(labelSeries, t) });
  charts.push({
    key: 'coverage',
    title: t('charts.coverage', { rows: coverage.rows }),
    categories,
    series: [{ label: t('charts.rowsReported'), data: coverage.reported, color: 'var(--chart-coverage)' }],
  });
  return charts;
}
