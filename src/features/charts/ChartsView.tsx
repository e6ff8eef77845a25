import { ChartFigure } from '../../components/ChartFigure.tsx';
import { useLocale, useT } from '../../i18n/index.tsx';
import { selectCharts } from '../../model/charts.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { useAppSelector } from '../../model/hooks.ts';

/** Five charts over the case, each with its table (their data: model/charts.ts, shared with the stories). */
export function ChartsView() {
  const t = useT();
  const rtl = useLocale() === 'ar';
  // Outlets run in the interface's direction, as the tables beside the charts do.
  const categoryDir = rtl ? 'rtl' : 'ltr';
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const charts = useAppSelector(selectCharts);
  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  return (
    <div className="charts">
      {charts.map(({ key, ...chart }) => (
        <ChartFigure key={key} {...chart} categoryHeader={t('sources.outlet')} rtl={rtl} categoryDir={categoryDir} />
      ))}
    </div>
  );
}
