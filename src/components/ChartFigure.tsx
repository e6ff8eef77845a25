// The one module that talks to Chart.js (wrapped here so the rest of the app never imports it).
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import { numberLocale, useT } from '../i18n/index.tsx';

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  data: number[];
  /** A CSS colour; the app passes its stylesheet's variables, e.g. `var(--series-1)`. */
  color: string;
  /** Series with the same stack id pile up; different ids stand side by side. */
  stack?: string;
  /** Hatched or dotted fills tell series of one colour apart (default solid). */
  fill?: 'solid' | 'hatched' | 'dotted';
}

/**
 * The colour a canvas can paint for a CSS colour: `var(--name)` is read from the page's stylesheet
 * (where every colour is defined); anything else is passed through.
 * Example: resolveColor('var(--series-1)') is --series-1's value where the app's stylesheet is loaded
 */
export function resolveColor(color: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(color);
  if (!variable || typeof document === 'undefined') return color;
  return getComputedStyle(document.documentElement).getPropertyValue(variable[1]!).trim() || color;
}

/** A canvas pattern of `color`: diagonal hatching or dots on white (solid: the colour itself). */
function patterned(color: string, fill: ChartSeries['fill']): string | CanvasPattern {
  if (!fill || fill === 'solid' || typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = resolveColor('var(--surface)');
  ctx.fillRect(0, 0, 8, 8);
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  if (fill === 'hatched') {
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(4, 4, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

export interface ChartFigureProps {
  title: string;
  /** Said under the title when the bars alone would mislead (every bar at zero reads as a broken chart). */
  note?: string;
  /** One category per bar group (outlets, usually). */
  categories: string[];
  series: ChartSeries[];
  stacked?: boolean;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  horizontal?: boolean;
  /** Right-to-left interface: legend and tooltips read from the right. */
  rtl?: boolean;
  /**
   * Direction the categories (outlets) run in, as Compare's columns; defaults to the interface's.
   * Right to left puts the first category at the right and the value axis on that side.
   */
  categoryDir?: 'ltr' | 'rtl';
  /** What the table's first column holds. */
  categoryHeader: string;
  /** Many series (a long legend): give the chart more room. */
  tall?: boolean;
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Direction of the first strong character (what `dir="auto"` would pick). */
const firstStrong = (text: string): 'ltr' | 'rtl' | null => {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return 'rtl';
    if (STRONG_LTR.test(ch)) return 'ltr';
  }
  return null;
};

/**
 * An axis label for a category: one script only (of "Name (الاسم)" the part written in the interface's
 * direction), cut at a word boundary, never inside a word, and marked so the ellipsis stays at its end.
 * The tooltip and the table keep the full name.
 * Example: tickLabel('Al-Rasifa News (الرصيفة)', 'rtl') === 'الرصيفة'
 */
export function tickLabel(label: string, uiDir: 'ltr' | 'rtl', max = 20): string {
  let text = label.trim();
  const paren = /^(.+?)\s*[(（[]([^)）\]]+)[)）\]]\s*$/u.exec(text);
  if (paren) {
    const [, main, alt] = paren as unknown as [string, string, string];
    text = firstStrong(alt) === uiDir && firstStrong(main) !== uiDir ? alt.trim() : main.trim();
  }
  if ([...text].length <= max) return text;
  let cut = '';
  for (const { segment } of words.segment(text)) {
    if ([...(cut + segment)].length > max) break;
    cut += segment;
  }
  // A first word longer than the limit is cut by characters (code points, so no half surrogate).
  cut = cut.trim() || [...text].slice(0, max - 1).join('');
  cut = cut.replace(/[\s\p{P}]+$/u, '');
  // The mark makes the ellipsis follow the label's own direction whatever the canvas direction is.
  return `${cut}…${firstStrong(cut) === 'rtl' ? '\u200F' : '\u200E'}`;
}

/**
 * A bar chart with its data as a table, so the numbers are readable without seeing the chart (screen
 * readers, printing, copying). The canvas is hidden from assistive technology; the table is not.
 */
export function ChartFigure({ title, note, categories, series, stacked = false, percent = false, horizontal = false, rtl = false, categoryDir, categoryHeader, tall = false }: ChartFigureProps) {
  const t = useT();
  const id = useId();
  const uiDir = rtl ? 'rtl' : 'ltr';
  // Right-to-left categories are drawn in reverse order rather than on a reversed axis: Chart.js then
  // reserves room for the (now leftmost) last label, which a reversed axis clips.
  const flip = (categoryDir ?? uiDir) === 'rtl' && !horizontal;
  const order = categories.map((_, i) => i);
  if (flip) order.reverse();
  const labels = order.map((i) => categories[i] ?? '');
  // A long legend (many series) goes beside the chart, so the chart does not grow below the screen.
  const sideLegend = series.length > 8;
  const format = new Intl.NumberFormat(numberLocale(rtl ? 'ar' : 'en'), percent ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: horizontal ? 'y' : 'x',
    locale: numberLocale(rtl ? 'ar' : 'en'),
    plugins: {
      legend: {
        position: sideLegend ? (rtl ? 'left' : 'right') : 'bottom',
        rtl,
        textDirection: uiDir,
        labels: sideLegend ? { boxWidth: 10, font: { size: 11 } } : { boxWidth: 14 },
      },
      tooltip: { rtl, textDirection: uiDir, callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${format.format(Number(ctx.raw))}` } },
    },
    scales: {
      x: {
        stacked,
        ...(horizontal ? {} : { ticks: { maxRotation: 35, autoSkip: false, callback: (_v: unknown, i: number) => tickLabel(labels[i] ?? '', uiDir) } }),
        ...(percent && horizontal ? { max: 1, ticks: { callback: (v) => format.format(Number(v)) } } : {}),
        ...(!percent && horizontal ? { ticks: { precision: 0 } } : {}),
      },
      y: {
        stacked,
        beginAtZero: true,
        position: horizontal ? (rtl ? 'right' : 'left') : flip ? 'right' : 'left',
        ...(horizontal ? { ticks: { callback: (_v: unknown, i: number) => tickLabel(labels[i] ?? '', uiDir) } } : {}),
        ...(percent && !horizontal ? { max: 1, ticks: { callback: (v) => format.format(Number(v)) } } : {}),
        // Counts of claims, labels and rows: no "1.5 claims" between the whole ones.
        ...(!percent && !horizontal ? { ticks: { precision: 0 } } : {}),
      },
    },
  };
  const data = {
    labels,
    datasets: series.map((s) => ({ label: s.label, data: order.map((i) => s.data[i] ?? 0), backgroundColor: patterned(resolveColor(s.color), s.fill), borderColor: resolveColor(s.color), borderWidth: s.fill && s.fill !== 'solid' ? 1 : 0, ...(s.stack ? { stack: s.stack } : {}) })),
  };
  return (
    <figure className={sideLegend ? 'chart-figure is-wide' : 'chart-figure'} aria-labelledby={`${id}-title`} aria-describedby={note ? `${id}-note` : undefined}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {note ? (
          <p className="hint" id={`${id}-note`}>
            {note}
          </p>
        ) : null}
      </figcaption>
      <div className={tall ? 'chart-canvas is-tall' : 'chart-canvas'} aria-hidden="true" data-category-order={flip ? 'rtl' : 'ltr'}>
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
