import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { CompareView } from '../../src/features/compare/CompareView.tsx';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

/** A case where one outlet's headline stands in a row as its version of the lead claim of another outlet. */
function caseWithHeadlineInRow(): CaseAnalysis {
  const wire = buildArticle({
    id: 'wire',
    outlet: 'Global Wire',
    sentences: [{ text: 'The port reopened on Monday after a week of strikes, the harbour authority said.', source: 'the harbour authority', cue: 'said', kind: 'organization' }],
  });
  const daily = buildArticle({
    id: 'daily',
    outlet: 'Harbour Daily',
    sentences: ['Port reopens after week-long strike', 'Dockers returned to work at dawn.'],
  });
  const headline = { ...daily.claims[0]!, kind: 'title' as const };
  const withHeadline = { ...daily, claims: [headline, ...daily.claims.slice(1)] };
  const articles = [wire, withHeadline];
  return buildAnalysis({ articles, rows: [buildRow([wire.claims[0]!, headline], articles, { id: 'r-port' })], actors: [] });
}

describe('Compare: a headline in a row', () => {
  it('is marked as the headline and offers no correction, while the other outlet’s claim can be corrected', async () => {
    const view = renderWithStore(<CompareView />, { deps: { runner: fixedRunner(caseWithHeadlineInRow()) } });
    act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
    await analysed(view.store);
    const row = screen.getByRole('rowheader', { name: /^Row 1\b/ }).closest('[role="row"]') as HTMLElement;
    const [wireCell, dailyCell] = within(row).getAllByRole('gridcell');
    expect(dailyCell).toHaveTextContent('week-long strike');
    expect(within(dailyCell!).getByText('Headline')).toBeInTheDocument();
    expect(within(dailyCell!).queryByRole('button', { name: 'Correct' })).toBeNull();
    expect(within(dailyCell!).getByRole('button', { name: 'Read in article' })).toBeInTheDocument();

    // The correction panel opens beside the grid (the filter bar has a "Source kind" field of its own).
    const kindFields = () => screen.queryAllByRole('combobox', { name: 'Source kind' }).length;
    const before = kindFields();
    const user = userEvent.setup();
    await user.click(within(wireCell!).getByRole('button', { name: 'Correct' }));
    expect(kindFields()).toBe(before + 1);
  });

  it('diffs the other outlets against the reference outlet’s lead, not its headline', async () => {
    const daily = buildArticle({ id: 'daily', outlet: 'Harbour Daily', sentences: ['Port reopens after strike', 'The port reopened on Monday after a week of strikes, ending the blockade.'] });
    const wire = buildArticle({ id: 'wire', outlet: 'Global Wire', sentences: ['The port reopened on Monday after a week of strikes.'] });
    const headline = { ...daily.claims[0]!, kind: 'title' as const };
    const articles = [{ ...daily, claims: [headline, ...daily.claims.slice(1)] }, wire];
    const analysis = buildAnalysis({ articles, rows: [buildRow([headline, daily.claims[1]!, wire.claims[0]!], articles, { id: 'r-port' })], actors: [] });
    const view = renderWithStore(<CompareView />, { deps: { runner: fixedRunner(analysis) } });
    act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
    await analysed(view.store);
    expect(screen.getByLabelText('Reference column')).toHaveDisplayValue('Harbour Daily');
    const row = screen.getByRole('rowheader', { name: /^Row 1\b/ }).closest('[role="row"]') as HTMLElement;
    const wireCell = within(row).getAllByRole('gridcell')[1]!;
    // Against the lead only its last clause is missing; against the headline "Port reopens …" would be.
    expect([...wireCell.querySelectorAll('del')].map((d) => d.textContent?.trim()).join(' ')).toMatch(/ending the blockade/);
    expect(wireCell.querySelector('ins')).toBeNull();
  });
});
