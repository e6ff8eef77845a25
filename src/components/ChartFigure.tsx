// The one module that talks to Chart.js (wrapped here so the rest of the app never imports it).
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import { useT } from '../i18n/index.tsx';

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  data: number[];
  color: string;
  /** Series with the same stack id pile up; different ids stand side by side. */
  stack?: string;
}

export interface ChartFigureProps {
  title: string;
  /** One category per bar group (outlets, usually). */
  categories: string[];
  series: ChartSeries[];
  stacked?: boolean;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  horizontal?: boolean;
  /** Right-to-left interface: legend and axis read from the right. */
  rtl?: boolean;
  /** What the table's first column holds. */
  categoryHeader: string;
  /** Many series (a long legend): give the chart more room. */
  tall?: boolean;
}

/** Axis labels stay short (outlet names can be long); the table and tooltips carry the full name. */
const short = (label: string) => (label.length > 24 ? `${label.slice(0, 22)}…` : label);

/**
 * A bar chart with its data as a table, so the numbers are readable without seeing the chart (screen
 * readers, printing, copying). The canvas is hidden from assistive technology; the table is not.
 */
export function ChartFigure({ title, categories, series, stacked = false, percent = false, horizontal = false, rtl = false, categoryHeader, tall = false }: ChartFigureProps) {
  const t = useT();
  const id = useId();
  const format = new Intl.NumberFormat(undefined, percent ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: horizontal ? 'y' : 'x',
    // A reversed axis leaves its last (leftmost) slanted label no room of its own.
    layout: { padding: { left: rtl && !horizontal ? 56 : 0 } },
    locale: rtl ? 'ar' : 'en',
    plugins: {
      legend: { position: 'bottom', rtl, labels: { boxWidth: 14 } },
      tooltip: { rtl, callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${format.format(Number(ctx.raw))}` } },
    },
    scales: {
      x: {
        stacked,
        reverse: rtl && !horizontal,
        ...(horizontal ? {} : { ticks: { maxRotation: 35, autoSkip: false, callback: (_v: unknown, i: number) => short(categories[i] ?? '') } }),
        ...(percent && horizontal ? { max: 1, ticks: { callback: (v) => format.format(Number(v)) } } : {}),
      },
      y: { stacked, beginAtZero: true, position: rtl ? 'right' : 'left', ...(percent && !horizontal ? { max: 1, ticks: { callback: (v) => format.format(Number(v)) } } : {}) },
    },
  };
  const data = {
    labels: categories,
    datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderColor: s.color, ...(s.stack ? { stack: s.stack } : {}) })),
  };
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div className={tall ? 'chart-canvas is-tall' : 'chart-canvas'} aria-hidden="true">
        <Bar options={options} data={data} />
      </div>
      <details>
        <summary>{t('charts.table')}</summary>
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {series.map((s) => (
                  <th scope="col" key={`${s.stack ?? ''}${s.label}`}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={category + i}>
                  <th scope="row">
                    <bdi>{category}</bdi>
                  </th>
                  {series.map((s) => (
                    <td key={`${s.stack ?? ''}${s.label}`}>{format.format(s.data[i] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
