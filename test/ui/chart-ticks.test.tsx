import { render, screen } from '@testing-library/react';
import { Chart } from 'chart.js';
import { ChartFigure } from '../../src/components/ChartFigure.tsx';

const chartOf = (name: string) => Chart.getChart(screen.getByRole('figure', { name }).querySelector('canvas')!)!;

describe('chart value axes', () => {
  it('counts have whole ticks only (no "0.5 claims"); shares keep their percent ticks', () => {
    const series = [{ label: 'Rows reported', data: [2, 5, 3], color: '#1d3b6e' }];
    render(
      <>
        <ChartFigure title="Coverage" categoryHeader="Outlet" categories={['Herald', 'Courier', 'Post']} series={series} />
        <ChartFigure title="Sideways" categoryHeader="Outlet" categories={['Herald', 'Courier', 'Post']} series={series} horizontal />
        <ChartFigure title="Share" categoryHeader="Outlet" categories={['Herald', 'Courier', 'Post']} series={[{ ...series[0]!, data: [0.2, 0.5, 0] }]} percent />
      </>,
    );
    expect(chartOf('Coverage').options.scales?.y?.ticks?.precision).toBe(0);
    expect(chartOf('Sideways').options.scales?.x?.ticks?.precision).toBe(0);
    const share = chartOf('Share').options.scales?.y;
    expect(share?.ticks?.precision).toBeUndefined();
    expect(share?.max).toBe(1);
  });
});
