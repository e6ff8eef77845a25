import { ChartFigure } from '../../components/ChartFigure.tsx';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useAppSelector } from '../../store/hooks.ts';
import { selectCompareDirection } from '../compare/selectors.ts';
import { selectEffectiveAnalysis } from '../corrections/selectors.ts';
import { KINDS, STANCES, selectOutletStats } from '../sources/selectors.ts';
import { selectCoverage, selectLabelStanceSeries } from './selectors.ts';

// Colours as in the stylesheet (AA on white); patterns are not needed because every chart has its table.
const KIND_COLORS: Record<string, string> = {
  person: '#1f5fa8',
  organization: '#6b3fa0',
  media: '#00666b',
  anonymous: '#c2571a',
  document: '#8a8a00',
  unknown: '#8c8c8c',
  none: '#c5ccd6',
};
const STANCE_COLORS: Record<string, string> = { neutral: '#8c8c8c', endorsing: '#11622a', distancing: '#a11a1a', positive: '#11622a', negative: '#a11a1a' };

/** Five charts over the case, each with its table. */
export function ChartsView() {
  const t = useT();
  const rtl = useLocale() === 'ar';
  // Outlets run in Compare's direction (from the case's languages), not the interface's.
  const categoryDir = useAppSelector(selectCompareDirection);
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
          ...KINDS.map((kind) => ({ label: t(`kind.${kind}` as MessageKey), data: stats.map((s) => s.byKind[kind]), color: KIND_COLORS[kind]! })),
          { label: t('kind.none'), data: stats.map((s) => s.ownVoice), color: KIND_COLORS.none! },
        ]}
      />
      <ChartFigure
        title={t('charts.anonymous')}
        categoryHeader={outletHeader}
        categories={outlets}
        percent
        rtl={rtl}
        categoryDir={categoryDir}
        series={[{ label: t('sources.share'), data: stats.map((s) => s.anonymousShare), color: KIND_COLORS.anonymous! }]}
      />
      <ChartFigure
        title={t('charts.stance')}
        categoryHeader={outletHeader}
        categories={outlets}
        stacked
        rtl={rtl}
        categoryDir={categoryDir}
        series={STANCES.map((stance) => ({ label: t(`stance.${stance}` as MessageKey), data: stats.map((s) => s.byStance[stance]), color: STANCE_COLORS[stance]! }))}
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
          series={labelSeries.flatMap((actor, n) =>
            actor.byStance.map((s) => ({
              label: `${actor.actor} · ${t(`labelStance.${s.stance}` as MessageKey)}`,
              data: s.data,
              // Each actor's stack a shade lighter, so stacks tell apart (the table names them).
              color: STANCE_COLORS[s.stance]! + ['', 'cc', '99', '70'][n],
              stack: actor.actor,
            })),
          )}
        />
      ) : null}
      <ChartFigure
        title={t('charts.coverage', { rows: coverage.rows })}
        categoryHeader={outletHeader}
        categories={outlets}
        rtl={rtl}
        categoryDir={categoryDir}
        series={[{ label: t('charts.rowsReported'), data: coverage.reported, color: '#1d3b6f' }]}
      />
    </div>
  );
}
