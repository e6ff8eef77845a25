import { ChartFigure, type ChartSeries } from '../../components/ChartFigure.tsx';
import type { CueStance, LabelStance, SourceKind } from '../../core/types.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useAppSelector } from '../../model/hooks.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { CUE_STANCES, SOURCE_KINDS } from '../../core/vocabulary.ts';
import { selectOutletStats } from '../../model/outletStats.ts';
import { selectCoverage, selectLabelStanceSeries } from './selectors.ts';

// Colours are the stylesheet's variables (src/app/styles.css, the one place they are defined).
/** The colour of a source kind, or of claims without a source ('none'). Example: kindColor('media') === 'var(--media)' */
export const kindColor = (kind: SourceKind | 'none'): string => `var(--${kind === 'none' ? 'chart-none' : kind})`;
/** The colour of a cue stance. Example: stanceColor('distancing') === 'var(--distancing)' */
export const stanceColor = (stance: CueStance): string => `var(--${stance})`;
/** As many series colours as styles.css defines; past them, fills (hatched, dotted) tell series apart. */
const SERIES_COLOURS = 6;

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

/** Five charts over the case, each with its table. */
export function ChartsView() {
  const t = useT();
  const rtl = useLocale() === 'ar';
  // Outlets run in the interface's direction, as the tables beside the charts do.
  const categoryDir = rtl ? 'rtl' : 'ltr';
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const stats = useAppSelector(selectOutletStats);
  const labelSeries = useAppSelector(selectLabelStanceSeries);
  const coverage = useAppSelector(selectCoverage);
  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  const outlets = stats.map((s) => s.label);
  const outletHeader = t('sources.outlet');
  return (
    <div className="charts">
      <ChartFigure
        title={t('charts.kinds')}
        categoryHeader={outletHeader}
        categories={outlets}
        stacked
        rtl={rtl}
        categoryDir={categoryDir}
        series={[
          ...SOURCE_KINDS.map((kind) => ({ label: t(`kind.${kind}` as MessageKey), data: stats.map((s) => s.byKind[kind]), color: kindColor(kind) })),
          { label: t('kind.none'), data: stats.map((s) => s.ownVoice), color: kindColor('none') },
        ]}
      />
      <ChartFigure
        title={t('charts.anonymous')}
        categoryHeader={outletHeader}
        categories={outlets}
        percent
        rtl={rtl}
        categoryDir={categoryDir}
        series={[{ label: t('sources.share'), data: stats.map((s) => s.anonymousShare), color: kindColor('anonymous') }]}
      />
      <ChartFigure
        title={t('charts.stance')}
        categoryHeader={outletHeader}
        categories={outlets}
        stacked
        rtl={rtl}
        categoryDir={categoryDir}
        series={CUE_STANCES.map((stance) => ({ label: t(`stance.${stance}` as MessageKey), data: stats.map((s) => s.byStance[stance]), color: stanceColor(stance) }))}
      />
      {labelSeries.length ? (
        <ChartFigure
          title={t('charts.labels')}
          tall
          categoryHeader={outletHeader}
          categories={outlets}
          stacked
          rtl={rtl}
          categoryDir={categoryDir}
          series={labelChartSeries(labelSeries, t)}
        />
      ) : null}
      <ChartFigure
        title={t('charts.coverage', { rows: coverage.rows })}
        categoryHeader={outletHeader}
        categories={outlets}
        rtl={rtl}
        categoryDir={categoryDir}
        series={[{ label: t('charts.rowsReported'), data: coverage.reported, color: 'var(--chart-coverage)' }]}
      />
    </div>
  );
}
