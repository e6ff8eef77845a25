// The analysis' newer fields rendered when present (built data: fixtures/builders.ts).
import { act, screen, within } from '@testing-library/react';
import { buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import { openApp as open } from './builders.tsx';

function twoOutlets(): CaseAnalysis {
  const herald = buildArticle({
    id: 'herald',
    outlet: 'Herald',
    sentences: ['Flood news', { text: 'Forty homes were lost, the agency said.', source: 'the agency', cue: 'said', kind: 'media' }],
  });
  const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: [{ text: 'Four homes were lost, the agency said.', source: 'the agency', cue: 'said', kind: 'media' }] });
  herald.claims[0] = { ...herald.claims[0]!, kind: 'heading' };
  for (const claim of [herald.claims[1]!, courier.claims[0]!]) {
    claim.attribution = { ...claim.attribution!, chain: [{ text: 'Global Agency', kind: 'media' }, { text: 'the agency', kind: 'media' }] };
  }
  const row = buildRow([herald.claims[1]!, courier.claims[0]!], [herald, courier], { id: 'r1', disagreeing: [courier.claims[0]!.id] });
  return { articles: [herald, courier], rows: [row], actors: [], diagnostics: [] };
}

describe('fields of the analysis', () => {
  it('marks the claim of a row that disagrees, and the one origin the row traces back to', async () => {
    await open(twoOutlets(), 'compare');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('All trace back to Global Agency');
    const courier = within(rows[0]!).getAllByRole('gridcell')[1]!;
    expect(within(courier).getByText('disagrees')).toBeInTheDocument();
    expect(within(within(rows[0]!).getAllByRole('gridcell')[0]!).queryByText('disagrees')).toBeNull();
  });

  it('shows a heading in the Article view but leaves it out of rows and counts', async () => {
    const { store } = await open(twoOutlets(), 'article');
    const text = document.querySelector('.article-text') as HTMLElement;
    expect(within(text).getByText('Flood news')).toHaveClass('aside-heading');
    expect(within(text).getAllByRole('button', { name: /^Claim:/ })).toHaveLength(1);
    act(() => {
      store.dispatch(viewChanged('compare'));
    });
    expect(screen.queryByText('Flood news')).toBeNull();
  });

  it('shows the headline in the Article view as the headline, not a claim', async () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Forty homes lost in floods', 'The river rose overnight.'] });
    herald.claims[0] = { ...herald.claims[0]!, kind: 'title' };
    await open({ articles: [herald], rows: [], actors: [], diagnostics: [] }, 'article');
    const text = document.querySelector('.article-text') as HTMLElement;
    const headline = within(text).getByText('Forty homes lost in floods');
    expect(headline).toHaveClass('aside-title');
    expect(headline).toHaveAttribute('title', 'headline (not a claim)');
    expect(within(text).getAllByRole('button', { name: /^Claim:/ })).toHaveLength(1);
  });

  it('shows a headline a row holds as its outlet\'s version in Compare, and no headline in a row of its own', async () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Forty homes lost in floods', 'The river rose overnight.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['Bridge shut after storm', 'Floods destroyed forty homes in the valley.'] });
    herald.claims[0] = { ...herald.claims[0]!, kind: 'title' };
    courier.claims[0] = { ...courier.claims[0]!, kind: 'title' };
    const row = buildRow([herald.claims[0]!, courier.claims[1]!], [herald, courier], { id: 'r1' });
    await open({ articles: [herald, courier], rows: [row], actors: [], diagnostics: [] }, 'compare');
    const rows = screen.getAllByRole('row').slice(1);
    const cells = within(rows[0]!).getAllByRole('gridcell');
    expect(cells[0]).toHaveTextContent('Forty homes lost in floods');
    // (Word-diffed against the row's first version.)
    expect(cells[1]).toHaveTextContent(/^Floods destroyed forty homes/u);
    expect(screen.queryByText('Bridge shut after storm')).toBeNull();
    expect(rows).toHaveLength(2);
  });
});
