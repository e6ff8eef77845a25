import { render, screen } from '@testing-library/react';
import { Chart } from 'chart.js';
import { ChartFigure } from '../../src/components/ChartFigure.tsx';

const chartOf = (name: string) => Chart.getChart(screen.getByRole('figure', { name }).querySelector('canvas')!)!;
/** A value axis's options as plain data (Chart.js types its ticks per scale kind). */
const axis = (name: string, id: 'x' | 'y') => chartOf(name).options.scales?.[id] as { max?: number; ticks?: { precision?: number } } | undefined;

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
    expect(axis('Coverage', 'y')?.ticks?.precision).toBe(0);
    expect(axis('Sideways', 'x')?.ticks?.precision).toBe(0);
    const share = axis('Share', 'y');
    expect(share?.ticks?.precision).toBeUndefined();
    expect(share?.max).toBe(1);
  });
});
