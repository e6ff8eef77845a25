// The Charts view's data (model/charts.ts), which the view and the stories both draw.
import type { ActorMatrixRow } from '../../src/components/ActorMatrix.tsx';
import { selectLabelStanceSeries, labelChartSeries } from '../../src/model/charts.ts';

const actor = (name: string, counts: number[]): ActorMatrixRow => ({
  id: name,
  name,
  aliases: [],
  total: counts.reduce((a, b) => a + b, 0),
  cells: counts.map((count, i) => ({
    articleId: `o${i}`,
    total: count,
    chips: count ? [{ key: `${name}-label`, text: 'label', stance: 'negative' as const, count, origin: 'lexicon' as const }] : [],
  })),
});

describe('the label chart', () => {
  it('draws at most four actors, the most labelled first, so its series stay legible', () => {
    const matrix = [actor('A', [1, 0]), actor('B', [5, 5]), actor('C', [0, 0]), actor('D', [2, 2]), actor('E', [3, 1]), actor('F', [1, 1])];
    const series = selectLabelStanceSeries.resultFunc(matrix);
    expect(series.map((s) => s.actor)).toEqual(['B', 'D', 'E', 'F']);
    expect(labelChartSeries(series, (k) => k)).toHaveLength(4 * 3);
    // An actor nobody labels is no series.
    expect(selectLabelStanceSeries.resultFunc([actor('C', [0, 0])])).toEqual([]);
  });
});
