import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Chart } from 'chart.js';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { ChartFigure, tickLabel } from '../../src/components/ChartFigure.tsx';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { languageChanged, viewChanged, type ViewName } from '../../src/model/uiSlice.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

/** The example analysis with every article in `language`. */
const inLanguage = (language: string): CaseAnalysis => {
  const analysis = buildAnalysis();
  return { ...analysis, articles: analysis.articles.map((a) => ({ ...a, language })) };
};

async function openApp(analysis: CaseAnalysis) {
  const rendered = renderWithStore(<App />, { deps: { runner: fixedRunner(analysis) } });
  act(() => { rendered.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  await analysed(rendered.store);
  const go = (view: ViewName) => act(() => { rendered.store.dispatch(viewChanged(view)); });
  return { ...rendered, go };
}

const OUTLETS = ['Global Wire', 'Free Press', 'MST News'];

describe('outlet order across views', () => {
  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const)('lays out outlets of a case in %s in one order and direction (%s) in Compare, Actors and Sources; Charts follow the interface', async (language, dir) => {
    const user = userEvent.setup();
    const { go } = await openApp(inLanguage(language));

    go('compare');
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('dir', dir);
    expect(within(grid).getAllByRole('columnheader').slice(1).map((h) => h.textContent?.trim())).toEqual(
      OUTLETS.map((o) => expect.stringContaining(o)),
    );

    go('actors');
    const matrix = screen.getByRole('table', { name: 'Labels each outlet gives each actor' });
    expect(matrix).toHaveAttribute('dir', dir);
    expect(within(matrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Actor', ...OUTLETS]);
    // Interface text in the matrix keeps the interface's direction.
    expect(within(matrix).getByRole('columnheader', { name: 'Actor' })).toHaveAttribute('dir', 'ltr');

    go('sources');
    const lists = document.querySelectorAll('.outlet-list');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toHaveAttribute('dir', dir);

    go('charts');
    const figures = await screen.findAllByRole('figure', {}, { timeout: 5000 });
    expect(figures).toHaveLength(5);
    for (const figure of figures) {
      const canvas = figure.querySelector('canvas')!;
      // Charts read in the interface's direction, as the tables beside them (issue 10, item 5): English here.
      expect(canvas.parentElement).toHaveAttribute('data-category-order', 'ltr');
      expect(Chart.getChart(canvas)?.data.labels).toEqual(OUTLETS);
    }
    // The table alternative keeps the case order (it is read top to bottom).
    await user.click(within(figures[0]!).getByText('Show the data as a table'));
    const rows = within(within(figures[0]!).getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(OUTLETS);
  });

  it('keeps each bar’s values with its outlet when the order is reversed', async () => {
    const { go, store } = await openApp(inLanguage('ar'));
    act(() => { store.dispatch(languageChanged('ar')); });
    go('charts');
    const coverage = (await screen.findAllByRole('figure', {}, { timeout: 5000 }))[4]!;
    const chart = Chart.getChart(coverage.querySelector('canvas')!)!;
    // Shared rows reported, in case order 2, 2, 0 (Global Wire, Free Press, MST News), drawn from the right.
    expect(chart.data.datasets[0]!.data).toEqual([0, 2, 2]);
    expect((chart.options.scales?.y as { position?: string } | undefined)?.position).toBe('right');
  });
});

describe('chart axis labels', () => {
  it('shows the part of a two-script name written in the interface direction', () => {
    expect(tickLabel('Al-Rasifa News (الرصيفة الإخبارية)', 'rtl')).toBe('الرصيفة الإخبارية');
    expect(tickLabel('Al-Rasifa News (الرصيفة الإخبارية)', 'ltr')).toBe('Al-Rasifa News');
    expect(tickLabel('الرئيس نيوز (El Rais)', 'ltr')).toBe('El Rais');
    expect(tickLabel('Pro-GNA outlet (unnamed)', 'rtl')).toBe('Pro-GNA outlet');
  });

  it('cuts a long name between words, never inside one, with the ellipsis at the name’s own end', () => {
    const arabic = 'صحيفة الشرق الأوسط الدولية الصادرة من لندن';
    const cut = tickLabel(arabic, 'ltr');
    expect(cut).toBe('صحيفة الشرق الأوسط…\u200F');
    expect(tickLabel('The International Herald of Tomorrow', 'rtl')).toBe('The International…\u200E');
    // A single word longer than the limit is cut by characters (whole code points).
    expect([...tickLabel('Supercalifragilisticexpialidocious', 'ltr')]).toHaveLength(21);
    expect(tickLabel('Short name', 'rtl')).toBe('Short name');
  });
});

describe('chart legend', () => {
  const figure = (seriesCount: number) => {
    const series = Array.from({ length: seriesCount }, (_, n) => ({ label: `Actor ${n} · positive label`, data: [1, 2, 3], color: '#11622a', stack: `a${n % 4}` }));
    render(<ChartFigure title="Label stance" categoryHeader="Outlet" categories={OUTLETS} series={series} stacked tall rtl />);
    const el = screen.getByRole('figure', { name: 'Label stance' });
    return { el, chart: Chart.getChart(el.querySelector('canvas')!)! };
  };

  it('puts a long legend (12 actor × stance entries) beside the chart, on the interface’s end side, and widens the figure', () => {
    const { el, chart } = figure(12);
    expect(chart.options.plugins?.legend?.position).toBe('left');
    expect(el).toHaveClass('is-wide');
  });

  it('keeps a short legend below the chart', () => {
    const { el, chart } = figure(3);
    expect(chart.options.plugins?.legend?.position).toBe('bottom');
    expect(el).not.toHaveClass('is-wide');
  });
});
