import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { ChartsView } from '../../src/features/charts/ChartsView.tsx';
import type { ViewName } from '../../src/model/uiSlice.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import type { AnalysisRunner } from '../../src/worker/runner.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

async function open(view: ViewName, runner: AnalysisRunner = fixedRunner(buildAnalysis()), ui = <App />) {
  const rendered = renderWithStore(ui, { deps: { runner } });
  act(() => { rendered.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  act(() => { rendered.store.dispatch(viewChanged(view)); });
  await analysed(rendered.store);
  return rendered;
}

const tableRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));

describe('Actors view', () => {
  it('shows actors × outlets with label chips by stance, and the sentences behind a label', async () => {
    const user = userEvent.setup();
    const { store } = await open('actors');
    const table = screen.getByRole('table', { name: 'Labels each outlet gives each actor' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Actor', 'Global Wire', 'Free Press', 'MST News']);
    const row = within(table).getByRole('row', { name: /Tomas Vell/ });
    const strongman = within(row).getByRole('button', { name: /Strongman/ });
    expect(strongman).toHaveClass('chip', 'negative');
    expect(strongman).toHaveAccessibleName(/^Strongman\s*\(negative label\)$/);
    expect(within(row).getByRole('button', { name: /President/ })).toHaveClass('neutral');
    expect(within(row).getByText('no label')).toBeInTheDocument();
    await user.click(strongman);
    const occurrences = screen.getByRole('region', { name: 'Where “Strongman” is said of Tomas Vell' });
    expect(within(occurrences).getByText('Strongman Tomas Vell claimed 58% of the vote.')).toBeInTheDocument();
    await user.click(within(occurrences).getByRole('button', { name: 'Read in article' }));
    expect(store.getState().ui).toMatchObject({ view: 'article', selectedClaimId: 'exile:c1' });
  });

  it('adds a label to the lexicon and re-analyses with it', async () => {
    const user = userEvent.setup();
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const { store } = await open('actors', runner);
    await user.type(screen.getByLabelText('Label (forms separated by commas)'), 'coup general, putschist');
    await user.selectOptions(screen.getByLabelText('For actor'), 'Tomas Vell');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await analysed(store);
    await vi.waitFor(() => expect(runner).toHaveBeenCalledTimes(2));
    expect(runner.mock.calls[1]![0].options).toEqual({
      extraLabels: [{ forms: ['coup general', 'putschist'], stance: 'negative', language: 'en', actors: ['Tomas Vell'] }],
    });
    await user.click(screen.getByRole('button', { name: 'Remove label coup general' }));
    expect(store.getState().corrections.extraLabels).toEqual([]);
  });
});

describe('Sources view', () => {
  it('lists every stated source, sortable, with the anonymous share per outlet', async () => {
    const user = userEvent.setup();
    await open('sources');
    const share = screen.getByRole('table', { name: 'Share of attributed claims that cite an anonymous source' });
    expect(tableRows(share)).toEqual([
      ['Global Wire', '2', '0', '0%'],
      ['Free Press', '1', '0', '0%'],
      ['MST News', '1', '1', '100%'],
    ]);
    const sources = screen.getByRole('table', { name: 'Every stated source, sortable by column' });
    const names = () => within(sources).getAllByRole('rowheader').map((h) => h.textContent);
    await user.click(within(sources).getByRole('button', { name: /^Source/ }));
    // "Dasko" and "Opposition leader Irena Dasko" are one speaker: one row.
    expect(names()).toEqual(['Officials', 'Opposition leader Irena Dasko', 'the commission']);
    expect(within(sources).getByRole('columnheader', { name: /^Source/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(sources).getByRole('button', { name: /^Source/ }));
    expect(names()[0]).toBe('the commission');
    await user.click(within(sources).getByRole('button', { name: /^Kind/ }));
    expect(names()[0]).toBe('Officials');
    // No outlet relays another in this case: the cited-outlets table says so.
    expect(screen.getByText('No outlet relays another outlet or agency in this case.')).toBeInTheDocument();
  });
});

describe('Charts view', () => {
  it('says so when no outlet cites an anonymous source, instead of an empty chart', async () => {
    const analysis = buildAnalysis();
    for (const article of analysis.articles) for (const claim of article.claims) if (claim.attribution?.source.kind === 'anonymous') claim.attribution.source.kind = 'organization';
    await open('charts', fixedRunner(analysis), <ChartsView />);
    const anonymous = screen.getByRole('figure', { name: 'Anonymous share per outlet' });
    expect(anonymous).toHaveAccessibleDescription('No outlet cites an anonymous source: every bar is at 0%.');
    expect(within(screen.getByRole('figure', { name: 'Source kinds per outlet' })).queryByText(/anonymous source/)).toBeNull();
  });

  it('has no such note when an outlet cites an anonymous source', async () => {
    await open('charts', fixedRunner(buildAnalysis()), <ChartsView />);
    expect(screen.queryByText('No outlet cites an anonymous source: every bar is at 0%.')).toBeNull();
  });

  it('draws five charts, each with its data as a table', async () => {
    const user = userEvent.setup();
    await open('charts', fixedRunner(buildAnalysis()), <ChartsView />);
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => within(f).getByRole('heading').textContent)).toEqual([
      'Source kinds per outlet',
      'Anonymous share per outlet',
      'Reporting-cue stance per outlet',
      'Label stance per actor and outlet',
      // Rows two or more outlets share (issue 10, item 5); a row of one outlet is left out.
      'Coverage: of the 2 rows two or more outlets share, how many each reports',
    ]);
    for (const figure of figures) expect(figure.querySelector('canvas')).not.toBeNull();
    await user.click(within(figures[0]!).getByText('Show the data as a table'));
    const kinds = within(figures[0]!).getByRole('table', { name: 'Source kinds per outlet' });
    expect(within(kinds).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Outlet', 'person', 'organisation', 'media', 'anonymous', 'document', 'unknown kind', 'own voice',
    ]);
    expect(tableRows(kinds)).toEqual([
      ['Global Wire', '1', '1', '0', '0', '0', '0', '0'],
      ['Free Press', '1', '0', '0', '0', '0', '0', '1'],
      ['MST News', '0', '0', '0', '1', '0', '0', '0'],
    ]);
    const coverage = within(figures[4]!).getByRole('table');
    expect(tableRows(coverage)).toEqual([['Global Wire', '2'], ['Free Press', '2'], ['MST News', '0']]);
  });
});

describe('Report view', () => {
  it('summarises the case for printing', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await open('report');
    expect(screen.getByRole('heading', { level: 2, name: /^Parallax report:/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Claims reported by several outlets (2)' })).toBeInTheDocument();
    expect(screen.getAllByText('Not reported')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });

  it('prints the Actors view’s table (one component): the same headers and labels, as text rather than buttons', async () => {
    await open('report');
    const table = screen.getByRole('table', { name: 'Labels each outlet gives each actor' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Actor', 'Global Wire', 'Free Press', 'MST News']);
    const row = within(table).getByRole('row', { name: /Tomas Vell/ });
    expect(within(row).queryAllByRole('button')).toEqual([]);
    expect(row).toHaveTextContent(/Strongman \(negative label\)/);
  });

  it('gives each outlet the rows it shares with another outlet, as the coverage chart and the Markdown report do', async () => {
    await open('report');
    const outlets = screen.getAllByRole('table')[0]!;
    // The last column: rows reported of the 2 rows two or more outlets share (a row of one outlet is no shared story).
    expect(tableRows(outlets).map((r) => [r[0], r[r.length - 1]])).toEqual([
      ['Global Wire', '2 / 2'],
      ['Free Press', '2 / 2'],
      ['MST News', '0 / 2'],
    ]);
  });
});
