import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { CompareView } from '../../src/features/compare/CompareView.tsx';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

async function renderCompare(analysis: CaseAnalysis = buildAnalysis(), ui = <CompareView />) {
  const view = renderWithStore(ui, { deps: { runner: fixedRunner(analysis) } });
  act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  await analysed(view.store);
  return view;
}

const rowByNumber = (n: number) => screen.getByRole('rowheader', { name: new RegExp(`^Row ${n}\\b`) }).closest('[role="row"]') as HTMLElement;

describe('Compare view', () => {
  it('shows one row per aligned claim and one column per outlet, with "not reported" cells', async () => {
    await renderCompare();
    const grid = screen.getByRole('grid', { name: 'Claims compared across outlets' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Row', 'Global Wire', 'Free Press', 'MST News']);
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    const rigged = rowByNumber(1);
    const cells = within(rigged).getAllByRole('gridcell');
    expect(cells).toHaveLength(3);
    expect(cells[0]).toHaveTextContent('Opposition leader Irena Dasko said the count was rigged.');
    expect(cells[2]).toHaveTextContent('Not reported');
    expect(within(rigged).getByRole('rowheader')).toHaveTextContent('2 of 3 outlets');
  });

  it('shows each claim’s source, kind, cue and stance', async () => {
    await renderCompare();
    const cell = within(rowByNumber(2)).getAllByRole('gridcell')[0]!;
    expect(within(cell).getByText('the commission')).toBeInTheDocument();
    expect(within(cell).getByText('organisation')).toBeInTheDocument();
    expect(within(cell).getByText('said')).toBeInTheDocument();
    expect(within(cell).getByText('neutral cue')).toBeInTheDocument();
    const ownVoice = within(rowByNumber(2)).getAllByRole('gridcell')[1]!;
    expect(within(ownVoice).getByText('own voice')).toBeInTheDocument();
  });

  it('diffs each claim against the reference column, and the reference can be changed', async () => {
    const user = userEvent.setup();
    await renderCompare();
    const exile = () => within(rowByNumber(1)).getAllByRole('gridcell')[1]!;
    expect(exile().querySelector('ins')).toHaveTextContent('in 40 districts');
    expect([...exile().querySelectorAll('del')].map((d) => d.textContent?.trim())).toContain('Opposition leader Irena');
    await user.click(screen.getByRole('checkbox', { name: 'Show missing words' }));
    expect(exile().querySelector('del')).toBeNull();
    expect(exile().querySelector('.claim-text')!.textContent).toBe('Dasko said the count was rigged in 40 districts.');
    await user.click(screen.getByRole('checkbox', { name: 'Show missing words' }));
    await user.selectOptions(screen.getByLabelText('Reference column'), 'Free Press');
    expect(exile().querySelector('ins, del')).toBeNull();
    const wire = within(rowByNumber(1)).getAllByRole('gridcell')[0]!;
    expect(wire.querySelector('del')).toHaveTextContent('in 40 districts');
  });

  it('filters rows by coverage, source kind, stance and free text', async () => {
    const user = userEvent.setup();
    await renderCompare();
    expect(screen.getByText('3 of 3 rows')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Coverage'), 'Only one outlet');
    expect(screen.getByText('1 of 3 rows')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveTextContent('Officials said turnout reached 71%.');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Source kind'), 'organisation');
    expect(screen.getByText('1 of 3 rows')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveTextContent('58% of the vote');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search claims'), 'RIGGED');
    expect(screen.getByText('1 of 3 rows')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search claims'));
    await user.type(screen.getByLabelText('Search claims'), 'no such words');
    expect(screen.getByText('No row matches these filters.')).toBeInTheDocument();
  });

  it('filters rows by actor', async () => {
    const user = userEvent.setup();
    await renderCompare();
    await user.selectOptions(screen.getByLabelText('Actor'), 'Tomas Vell');
    expect(screen.getByText('1 of 3 rows')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveTextContent('President Tomas Vell won 58% of the vote, the commission said.');
  });

  it('lets a person correct a claim’s kind, marks it edited, and resets it', async () => {
    const user = userEvent.setup();
    await renderCompare();
    const cell = () => within(rowByNumber(1)).getAllByRole('gridcell')[0]!;
    await user.click(within(cell()).getByRole('button', { name: 'Correct' }));
    const panel = screen.getByRole('dialog', { name: 'Correct a claim' });
    await user.selectOptions(within(panel).getByLabelText('Source kind'), 'anonymous');
    expect(within(cell()).getByText('anonymous')).toBeInTheDocument();
    expect(within(cell()).getByText('edited')).toBeInTheDocument();
    await user.clear(within(panel).getByLabelText('Source'));
    await user.type(within(panel).getByLabelText('Source'), 'Irena Dasko');
    await user.click(within(panel).getByRole('button', { name: 'Save source' }));
    expect(within(cell()).getByText('Irena Dasko')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Reset to the analysis' }));
    expect(within(cell()).queryByText('edited')).toBeNull();
    expect(within(cell()).getByText('person')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves a claim to another row and merges and splits rows', async () => {
    const user = userEvent.setup();
    const { store } = await renderCompare();
    const stateCell = within(rowByNumber(3)).getAllByRole('gridcell')[2]!;
    await user.click(within(stateCell).getByRole('button', { name: 'Correct' }));
    await user.selectOptions(screen.getByLabelText('Move to row'), '2');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(screen.getByText('2 of 2 rows')).toBeInTheDocument();
    expect(within(rowByNumber(2)).getByRole('rowheader')).toHaveTextContent('3 of 3 outlets');
    await user.click(screen.getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'Merge or split row 2' }));
    const panel = screen.getByRole('dialog', { name: 'Row 2' });
    await user.click(within(panel).getByRole('checkbox', { name: /MST News/ }));
    await user.click(within(panel).getByRole('button', { name: 'Split' }));
    expect(screen.getByText('3 of 3 rows')).toBeInTheDocument();
    expect(store.getState().corrections.rowEdits).toHaveLength(2);
    await user.click(within(panel).getByRole('button', { name: 'Reset this row' }));
    // The machine's row is back; the claim split off keeps its own row, as the machine had it.
    expect(store.getState().corrections.rowEdits).toHaveLength(1);
    expect(within(rowByNumber(2)).getByRole('rowheader')).toHaveTextContent('2 of 3 outlets');
    expect(within(rowByNumber(2)).getByRole('rowheader')).not.toHaveTextContent('edited');
  });

  it('moves between cells with the arrow keys', async () => {
    const user = userEvent.setup();
    await renderCompare();
    const first = within(rowByNumber(1)).getAllByRole('gridcell')[0]!;
    expect(first).toHaveAttribute('tabindex', '0');
    act(() => first.focus());
    await user.keyboard('{ArrowRight}');
    expect(within(rowByNumber(1)).getAllByRole('gridcell')[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(rowByNumber(2)).getAllByRole('gridcell')[1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(rowByNumber(2)).getByRole('rowheader')).toHaveFocus();
  });

  it('opens a claim in the Article view', async () => {
    const user = userEvent.setup();
    const { store } = await renderCompare(buildAnalysis(), <App />);
    const cell = within(rowByNumber(1)).getAllByRole('gridcell')[1]!;
    await user.click(within(cell).getByRole('button', { name: 'Read in article' }));
    expect(store.getState().ui).toMatchObject({ view: 'article', selectedArticleId: 'exile', selectedClaimId: 'exile:c2' });
    expect(screen.getByRole('heading', { level: 2, name: 'Free Press' })).toBeInTheDocument();
  });

  it('renders only the rows in view of a 1,000-row case', async () => {
    const a = buildArticle({ id: 'a', outlet: 'A', sentences: Array.from({ length: 1000 }, (_, i) => `Claim number ${i} was made.`) });
    const b = buildArticle({ id: 'b', outlet: 'B', sentences: Array.from({ length: 1000 }, (_, i) => `Claim number ${i} was reported.`) });
    const rows = a.claims.map((c, i) => buildRow([c, b.claims[i]!], [a, b], { id: `r${i}` }));
    const started = performance.now();
    await renderCompare({ articles: [a, b], rows, actors: [], diagnostics: [] });
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '1001');
    const rendered = within(grid).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('lays out an Arabic case right to left and shows each outlet’s own spelling', async () => {
    const a = buildArticle({ id: 'a', outlet: 'الأولى', language: 'ar', sentences: ['وصل وفد أميركي إلى القاهرة.'] });
    const b = buildArticle({ id: 'b', outlet: 'الثانية', language: 'ar', sentences: ['وصل وفد أمريكي رفيع إلى القاهرة.'] });
    await renderCompare({ articles: [a, b], rows: [buildRow([a.claims[0]!, b.claims[0]!], [a, b], { id: 'r' })], actors: [], diagnostics: [] });
    expect(screen.getByRole('grid')).toHaveAttribute('dir', 'rtl');
    const cell = within(rowByNumber(1)).getAllByRole('gridcell')[1]!;
    const text = cell.querySelector('.claim-text')!;
    expect(text).toHaveAttribute('dir', 'rtl');
    expect(text).toHaveAttribute('lang', 'ar');
    expect(text.textContent).toBe('وصل وفد أمريكي رفيع إلى القاهرة.');
    expect([...text.querySelectorAll('ins')].map((x) => x.textContent?.trim())).toEqual(['رفيع']);
    expect(text.querySelector('del')).toBeNull();
  });

  it('follows the reading direction with the arrow keys in a right-to-left grid', async () => {
    const user = userEvent.setup();
    const a = buildArticle({ id: 'a', outlet: 'الأولى', language: 'ar', sentences: ['وصل الوفد.'] });
    const b = buildArticle({ id: 'b', outlet: 'الثانية', language: 'ar', sentences: ['وصل الوفد أمس.'] });
    await renderCompare({ articles: [a, b], rows: [buildRow([a.claims[0]!, b.claims[0]!], [a, b], { id: 'r' })], actors: [], diagnostics: [] });
    const cells = within(rowByNumber(1)).getAllByRole('gridcell');
    act(() => cells[0]!.focus());
    await user.keyboard('{ArrowLeft}');
    expect(cells[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cells[0]).toHaveFocus();
  });

  it('shows the reference outlet’s own claims plain, even several in one row', async () => {
    const base = buildAnalysis();
    const [wire, exile] = base.articles;
    const row = buildRow([wire!.claims[0]!, wire!.claims[1]!, exile!.claims[0]!], base.articles, { id: 'r' });
    await renderCompare({ ...base, rows: [row] });
    const [wireCell, exileCell] = within(rowByNumber(1)).getAllByRole('gridcell');
    expect(wireCell!.querySelectorAll('.cell-claim')).toHaveLength(2);
    expect(wireCell!.querySelector('ins, del')).toBeNull();
    expect(exileCell!.querySelector('ins')).not.toBeNull();
  });
});
