// No lost work: a reload mid-analysis, two tabs on one case, a full disk, and cancelling an analysis.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { articleAdded, caseRenamed } from '../../src/model/caseSlice.ts';
import { claimKindCorrected } from '../../src/model/correctionsSlice.ts';
import { createDexieRepository } from '../../src/features/library/dexieRepository.ts';
import { parseCaseFile } from '../../src/features/library/exchange.ts';
import { appStarted } from '../../src/model/librarySlice.ts';
import type { CaseRepository } from '../../src/model/repository.ts';
import type { AnalysisJob, AnalysisRunner } from '../../src/worker/runner.ts';
import type { AppStore } from '../../src/app/store.ts';
import { electionCase as example, fixedRunner, renderWithStore, settle } from './builders.tsx';

let dbCount = 0;
const freshName = () => `parallax-persist-${++dbCount}`;

/** A runner whose runs never finish on their own: each is recorded and rejects when aborted. */
function pendingRunner() {
  const jobs: AnalysisJob[] = [];
  const signals: AbortSignal[] = [];
  const runner: AnalysisRunner = (job, onProgress, signal) =>
    new Promise((_resolve, reject) => {
      jobs.push(job);
      signals.push(signal);
      onProgress(0.3, 'claims');
      signal.addEventListener('abort', () => reject(new DOMException('Analysis cancelled', 'AbortError')));
    });
  return { runner, jobs, signals };
}

function openTab(repository: CaseRepository, runner: AnalysisRunner = fixedRunner(buildAnalysis())) {
  const view = renderWithStore(<App />, { deps: { runner, repository } });
  act(() => { view.store.dispatch(appStarted({ example })); });
  return view;
}

const savedRevision = (store: AppStore) => store.getState().library.open?.revision ?? null;

afterEach(() => vi.restoreAllMocks());

describe('a reload in the middle of an analysis', () => {
  it('keeps the case and the corrections, and analyses the case again', async () => {
    const name = freshName();
    const pending = pendingRunner();
    const first = openTab(createDexieRepository(name), pending.runner);
    await waitFor(() => expect(savedRevision(first.store)).toBe(1));
    act(() => {
      first.store.dispatch(articleAdded({ raw: 'Observers said the count was fair.', outlet: 'Courier' }));
      first.store.dispatch(claimKindCorrected({ claimId: 'wire:c1', kind: 'anonymous' }));
    });
    await waitFor(() => expect(pending.jobs.at(-1)?.inputs).toHaveLength(3));
    await waitFor(() => expect(savedRevision(first.store)).toBe(2));
    // The reload: the analysis is still running when the page goes away.
    expect(first.store.getState().analysis.status).toBe('running');
    first.unmount();

    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const second = openTab(createDexieRepository(name), runner);
    await waitFor(() => expect(second.store.getState().analysis.status).toBe('done'));
    const state = second.store.getState();
    expect(state.case.articles.ids).toEqual(['wire', 'exile', expect.stringMatching(/^a-/)]);
    expect(state.corrections.claimEdits).toEqual({ 'wire:c1': { kind: 'anonymous' } });
    expect(runner).toHaveBeenCalledTimes(1);
    expect(runner.mock.calls[0]![0].inputs.map((a) => a.outlet)).toEqual(['Global Wire', 'Free Press', 'Courier']);
    expect(within(second.container).queryByRole('alert')).toBeNull();
  });
});

describe('saving', () => {
  it('saves a change made while the previous save was still being written', async () => {
    const name = freshName();
    const inner = createDexieRepository(name);
    let release: () => void = () => {};
    let gated = false;
    const slow: CaseRepository = {
      ...inner,
      async save(saved, expected) {
        if (gated) await new Promise<void>((done) => { release = done; });
        return inner.save(saved, expected);
      },
    };
    const view = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()), repository: slow, saveDelayMs: 30 } });
    act(() => { view.store.dispatch(appStarted({ example })); });
    await waitFor(() => expect(savedRevision(view.store)).toBe(1));
    gated = true;
    act(() => { view.store.dispatch(caseRenamed('First name')); });
    await settle(60);
    // The first save is being written; a second change arrives, then the first save lands.
    act(() => { view.store.dispatch(caseRenamed('Second name')); });
    gated = false;
    release();
    await waitFor(async () => expect((await inner.load('example'))?.snapshot.name).toBe('Second name'));
    expect(view.store.getState().library.conflict).toBeNull();
  });
});

describe('two tabs editing the same case', () => {
  it('tells the other tab at once (BroadcastChannel), pauses its saves, and lets each user choose', async () => {
    const user = userEvent.setup();
    const name = freshName();
    const a = openTab(createDexieRepository(name));
    await waitFor(() => expect(savedRevision(a.store)).toBe(1));
    const b = openTab(createDexieRepository(name));
    await waitFor(() => expect(b.store.getState().case.id).toBe('example'));
    await settle(50);
    // Opening the same case in a second tab is not an edit: nobody is warned.
    expect(savedRevision(b.store)).toBe(1);
    expect(a.store.getState().library.conflict).toBeNull();

    act(() => { a.store.dispatch(caseRenamed('Renamed in tab A')); });
    const alertB = await within(b.container).findByRole('alert');
    expect(alertB).toHaveTextContent('This case was changed in another tab or window. Saving here is paused until you choose which version to keep.');
    expect(a.store.getState().library.conflict).toBeNull();

    // Tab B keeps editing; nothing of it overwrites tab A's save until its user decides.
    act(() => { b.store.dispatch(caseRenamed('Renamed in tab B')); });
    await settle(50);
    const repo = createDexieRepository(name);
    expect((await repo.load('example'))?.snapshot.name).toBe('Renamed in tab A');

    await user.click(within(alertB).getByRole('button', { name: 'Keep my version' }));
    await waitFor(async () => expect((await repo.load('example'))?.snapshot.name).toBe('Renamed in tab B'));
    expect(within(b.container).queryByRole('alert')).toBeNull();
    // Now tab A is the one told.
    const alertA = await within(a.container).findByRole('alert');
    await user.click(within(alertA).getByRole('button', { name: "Load the other tab's version" }));
    await waitFor(() => expect(a.store.getState().case.name).toBe('Renamed in tab B'));
    expect(within(a.container).queryByRole('alert')).toBeNull();
    expect(savedRevision(a.store)).toBe(savedRevision(b.store));
  }, 15_000);

  it('detects it on save even without a notice between tabs (revision check)', async () => {
    const name = freshName();
    const silent = (): CaseRepository => {
      const { watch: _watch, ...rest } = createDexieRepository(name);
      return rest;
    };
    const a = openTab(silent());
    await waitFor(() => expect(savedRevision(a.store)).toBe(1));
    const b = openTab(silent());
    await waitFor(() => expect(savedRevision(b.store)).toBe(1));
    act(() => { a.store.dispatch(caseRenamed('From A')); });
    await waitFor(() => expect(savedRevision(a.store)).toBe(2));
    expect(b.store.getState().library.conflict).toBeNull();
    act(() => { b.store.dispatch(caseRenamed('From B')); });
    expect(await within(b.container).findByRole('alert')).toHaveTextContent('changed in another tab');
    expect(b.store.getState().library.conflict).toEqual({ caseId: 'example', revision: 2 });
    expect(b.store.getState().case.name).toBe('From B');
    expect((await silent().load('example'))?.snapshot.name).toBe('From A');
  });
});

describe('a full disk (QuotaExceededError)', () => {
  it('says so, keeps the case in memory, offers export, and saves again when asked', async () => {
    const user = userEvent.setup();
    const name = freshName();
    const tab = openTab(createDexieRepository(name));
    await waitFor(() => expect(savedRevision(tab.store)).toBe(1));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    act(() => { tab.store.dispatch(articleAdded({ raw: 'A third account of the vote.', outlet: 'Courier' })); });
    const alert = await within(tab.container).findByRole('alert');
    expect(alert).toHaveTextContent("The case could not be saved: this browser's storage is full. Your work is still open here, but it will be lost when the page closes unless you export it.");
    expect(put).toHaveBeenCalled();
    expect(tab.store.getState().case.articles.ids).toHaveLength(3);
    expect(tab.store.getState().library.saveError?.kind).toBe('quota');

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(alert).getByRole('button', { name: 'Export JSON' }));
    const exported = parseCaseFile(await blobs[0]!.text());
    expect(exported.ok && exported.data.snapshot.articles.map((x) => x.outlet)).toEqual(['Global Wire', 'Free Press', 'Courier']);

    put.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(within(tab.container).queryByRole('alert')).toBeNull());
    expect((await createDexieRepository(name).load('example'))?.snapshot.articles).toHaveLength(3);
  });
});

describe('cancelling an analysis', () => {
  it('stops the run (its signal aborts), says so, leaves the case intact, and can run again', async () => {
    const user = userEvent.setup();
    const pending = pendingRunner();
    const { store, container } = renderWithStore(<App />, { deps: { runner: pending.runner } });
    act(() => { store.dispatch(appStarted({ example })); });
    await waitFor(() => expect(pending.jobs).toHaveLength(1));
    const before = { case: store.getState().case, corrections: store.getState().corrections };
    await user.click(within(container).getByRole('button', { name: 'Cancel analysis' }));
    expect(pending.signals[0]!.aborted).toBe(true);
    expect(await within(container).findByRole('status')).toHaveTextContent('Analysis cancelled. The case is unchanged.');
    expect(within(container).queryByRole('progressbar')).toBeNull();
    expect(store.getState().analysis.status).toBe('cancelled');
    expect(store.getState().case).toBe(before.case);
    expect(store.getState().corrections).toBe(before.corrections);

    await user.click(within(container).getByRole('button', { name: 'Analyse again' }));
    await waitFor(() => expect(pending.jobs).toHaveLength(2));
    expect(pending.jobs[1]).toEqual(pending.jobs[0]);
    expect(store.getState().analysis.status).toBe('running');
    expect(screen.getByRole('button', { name: 'Cancel analysis' })).toBeInTheDocument();
  });
});
