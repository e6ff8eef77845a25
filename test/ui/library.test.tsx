import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { claimKindCorrected } from '../../src/model/correctionsSlice.ts';
import { createDexieRepository } from '../../src/features/library/dexieRepository.ts';
import { parseCaseFile, serializeCase } from '../../src/features/library/exchange.ts';
import { appStarted, pageHidden } from '../../src/model/librarySlice.ts';
import { emptyCorrections } from '../../src/model/correctionsSlice.ts';
import type { AnalysisRunner } from '../../src/worker/runner.ts';
import { analysed, electionCase as example, fixedRunner, renderWithStore, settle } from './builders.tsx';

let dbCount = 0;
function setup(repository = createDexieRepository(`parallax-test-${++dbCount}`)) {
  const view = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()), repository } });
  act(() => { view.store.dispatch(appStarted({ example })); });
  return { ...view, repository };
}

function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

afterEach(() => vi.restoreAllMocks());

describe('Keep and share', () => {
  it('keeps the case and its corrections in IndexedDB across reloads', async () => {
    const first = setup();
    await analysed(first.store);
    act(() => { first.store.dispatch(claimKindCorrected({ claimId: 'wire:c1', kind: 'anonymous' })); });
    await waitFor(async () => expect((await first.repository.load('example'))?.corrections.claimEdits).toEqual({ 'wire:c1': { kind: 'anonymous' } }));
    first.unmount();

    const second = setup(first.repository);
    await analysed(second.store);
    expect(second.store.getState().case.name).toBe('Election case');
    expect(second.store.getState().corrections.claimEdits).toEqual({ 'wire:c1': { kind: 'anonymous' } });
    const cell = screen.getByText(/President Tomas Vell won/).closest('[role="gridcell"]') as HTMLElement;
    expect(within(cell).getByText('edited')).toBeInTheDocument();
    expect(within(cell).getByText('anonymous')).toBeInTheDocument();
  });

  it('shows the saved analysis at once on reopening, without analysing again (issue 10: one event, no re-run)', async () => {
    const first = setup();
    await analysed(first.store);
    await waitFor(async () => expect((await first.repository.load('example'))?.analysis?.rows).toHaveLength(2));
    first.unmount();

    let runs = 0;
    const never: AnalysisRunner = () => {
      runs += 1;
      return new Promise(() => {});
    };
    const second = renderWithStore(<App />, { deps: { runner: never, repository: first.repository } });
    act(() => { second.store.dispatch(appStarted({ example })); });
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    await settle(50);
    expect(second.store.getState().analysis.status).toBe('done');
    expect(runs).toBe(0);
  });

  it('switches between saved cases', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.type(screen.getByLabelText('Article text (paste text or a web page)'), 'Another story.');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const saved = await screen.findByLabelText('Saved cases');
    expect(within(saved).getByRole('option')).toHaveTextContent('Election case (2 articles)');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(store.getState().case.id).toBe('example'));
    expect(screen.getByRole('group', { name: 'Global Wire' })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByLabelText('Saved cases')).getByRole('option')).toHaveTextContent('Untitled case (1 article)'));
  }, 15_000);

  it('exports the case as JSON and imports it back unchanged', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    const { store } = setup();
    await analysed(store);
    act(() => { store.dispatch(claimKindCorrected({ claimId: 'exile:c2', kind: 'media' })); });
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const exported = await blobs[0]!.text();
    const before = { case: store.getState().case, corrections: store.getState().corrections };

    await user.click(screen.getByRole('button', { name: 'New case' }));
    expect(store.getState().case.articles.ids).toEqual([]);
    await user.upload(screen.getByLabelText('Import JSON'), new File([exported], 'election.parallax.json', { type: 'application/json' }));
    // The library already holds this case: the import opens as a copy under a new id, content unchanged.
    await waitFor(() => expect(store.getState().case.articles).toEqual(before.case.articles));
    expect(store.getState().case.name).toBe(before.case.name);
    expect(store.getState().case.id).not.toBe(before.case.id);
    expect(store.getState().corrections).toEqual(before.corrections);
    expect(screen.getByText('Imported Election case.')).toBeInTheDocument();
  });

  it('imports the file of a case just left as a copy: the left case, still on its way to storage, is not written over', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    const repository = createDexieRepository(`parallax-test-${++dbCount}`);
    // A long pause before saving: the user leaves the case before it was ever saved.
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()), repository, saveDelayMs: 60_000 } });
    act(() => { store.dispatch(appStarted({ example })); });
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const exported = await blobs[0]!.text();

    // Leaving writes the case in the background; the import comes at once, before the library lists it.
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await user.upload(screen.getByLabelText('Import JSON'), new File([exported], 'election.parallax.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported Election case.')).toBeInTheDocument();
    expect(store.getState().case.name).toBe('Election case');
    expect(store.getState().case.id).not.toBe('example');

    // Both are kept: the case left behind, and the copy once it is saved.
    act(() => { store.dispatch(pageHidden()); });
    await waitFor(async () => expect((await repository.list()).filter((c) => c.name === 'Election case')).toHaveLength(2));
    expect((await repository.load('example'))?.snapshot.articles).toEqual(example.articles);
  });

  it('refuses a malformed file with a clear message and leaves the current case alone', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await analysed(store);
    const before = store.getState().case;
    await user.click(screen.getByRole('button', { name: 'Case' }));
    const bad = JSON.stringify({ format: 'parallax-case', version: 1, case: { id: 'x', name: 'X', articles: [{ id: 'a' }] }, corrections: emptyCorrections });
    await user.upload(screen.getByLabelText('Import JSON'), new File([bad], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('broken.json was not imported: case.articles.0.raw:');
    expect(screen.getByRole('alert')).toHaveTextContent('The current case is unchanged.');
    await user.upload(screen.getByLabelText('Import JSON'), new File(['not json'], 'text.json', { type: 'application/json' }));
    expect(await screen.findByText(/text\.json was not imported: not JSON/)).toBeInTheDocument();
    await settle();
    expect(store.getState().case).toBe(before);
  });

  it('exports one CSV line per claim', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    const { store } = setup();
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^article_id,outlet,language,claim_id,row_id/);
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toMatch(/^wire,Global Wire,en,wire:c1,r-result,/);
  });

  it('names each article in the CSV as the views do, "Article N" for one nothing names', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    const analysis = buildAnalysis();
    const bare = { ...analysis.articles[2]! };
    delete bare.outlet;
    delete bare.title;
    const view = renderWithStore(<App />, { deps: { runner: fixedRunner({ ...analysis, articles: [analysis.articles[0]!, analysis.articles[1]!, bare] }), repository: null } });
    act(() => { view.store.dispatch(appStarted({ example: { ...example, articles: [...example.articles, { id: 'state-tv', raw: 'Officials said turnout reached 71%.' }] } })); });
    await analysed(view.store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    expect(screen.getByRole('group', { name: 'Article 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines.filter((l) => l.startsWith('state-tv,')).every((l) => l.startsWith('state-tv,Article 3,'))).toBe(true);
  });

  it('round-trips serializeCase and parseCaseFile, and names what is wrong', () => {
    const corrections = { ...emptyCorrections, rowEdits: [{ id: 'e1', claimIds: ['a:c1'], into: null }] };
    expect(parseCaseFile(serializeCase(example, corrections))).toEqual({ ok: true, data: { snapshot: example, corrections } });
    expect(parseCaseFile('{"format":"parallax-case","version":2}')).toEqual({
      ok: false,
      code: 'future-version',
      version: 2,
      reason: 'made by a newer Parallax (format version 2; this one reads up to 1)',
    });
    const duplicate = serializeCase({ ...example, articles: [example.articles[0]!, example.articles[0]!] }, emptyCorrections);
    expect(parseCaseFile(duplicate)).toEqual({ ok: false, code: 'invalid', reason: 'case.articles: article ids must be unique' });
  });
});
