// A case of hundreds of articles: long lists render a window of rows, results arrive and persist in slices.
import { render, screen } from '@testing-library/react';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { ArticleList, type ArticleListItem } from '../../src/components/ArticleList.tsx';
import { CitedOutletsTable } from '../../src/features/sources/CitedOutletsTable.tsx';
import { SourcesTable } from '../../src/components/SourcesTable.tsx';
import { AnonymousShareTable } from '../../src/components/OutletStatsTable.tsx';
import type { CaseSnapshot } from '../../src/model/caseSlice.ts';
import { createDexieRepository } from '../../src/features/library/dexieRepository.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import type { WorkerMessage, AnalyzeRequest } from '../../src/worker/protocol.ts';
import { createWorkerRunner } from '../../src/worker/workerRunner.ts';

const items = (n: number): ArticleListItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Outlet ${i}`, outlet: `Outlet ${i}`, title: '', date: '', language: 'en', status: { kind: 'pending' } }));

/** An analysis of `n` articles (copies of the builder's first one, renumbered), with as many rows. */
function bigAnalysis(n: number): CaseAnalysis {
  const base = buildAnalysis();
  return {
    ...base,
    articles: Array.from({ length: n }, (_, i) => ({ ...base.articles[0]!, id: `a${i}` })),
    rows: Array.from({ length: n + 7 }, (_, i) => ({ ...base.rows[0]!, id: `r${i}` })),
  };
}

describe('long lists', () => {
  it('renders a window of a 1,000-article list, each item telling its place in the whole', () => {
    const noop = () => {};
    render(<ArticleList articles={items(1000)} onEdit={noop} onRemove={noop} onOpen={noop} />);
    const shown = screen.getAllByRole('listitem');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toHaveAttribute('aria-posinset', '1');
    expect(shown[0]).toHaveAttribute('aria-setsize', '1000');
    expect(screen.getByRole('group', { name: 'Outlet 0' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Outlet 999' })).toBeNull();
  });

  it('renders a short list whole', () => {
    const noop = () => {};
    render(<ArticleList articles={items(3)} onEdit={noop} onRemove={noop} onOpen={noop} />);
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-posinset'))).toEqual(['1', '2', '3']);
  });

  it('renders a window of the anonymous-share table of 1,000 outlets', () => {
    const outlets = Array.from({ length: 1000 }, (_, i) => ({ articleId: `a${i}`, label: `Outlet ${i}`, attributed: 2, anonymous: 1, share: 0.5 }));
    render(<AnonymousShareTable outlets={outlets} />);
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '1001');
    expect(screen.getByRole('rowheader', { name: 'Outlet 0' }).closest('tr')).toHaveAttribute('aria-rowindex', '2');
  });

  it('names at most 20 outlets of a source the whole case cites, and says how many more', () => {
    const outlets = Array.from({ length: 50 }, (_, i) => `Outlet ${i}`);
    render(<SourcesTable sources={[{ key: 'k', text: 'Officials', kind: 'anonymous', affiliations: [], outlets, claims: [] }]} onShowClaim={() => {}} />);
    const cell = screen.getByText('Outlet 0').closest('td')!;
    expect(cell.querySelectorAll('bdi')).toHaveLength(20);
    expect(cell).toHaveTextContent(/and 30 more$/);
  });

  it('renders a window of the cited-outlets table of 1,000 relays', () => {
    const cited = Array.from({ length: 1000 }, (_, i) => ({ articleId: `a${i}`, citing: `Outlet ${i}`, cited: 'Wire agency', claimIds: [`a${i}:c1`] }));
    render(<CitedOutletsTable rows={cited} />);
    expect(screen.getAllByRole('row').length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '1001');
    expect(screen.getByRole('rowheader', { name: 'Outlet 0' }).closest('tr')).toHaveAttribute('aria-rowindex', '2');
  });
});

class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  posted: AnalyzeRequest[] = [];
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: AnalyzeRequest): void {
    this.posted.push(request);
  }
  terminate(): void {}
  reply(message: WorkerMessage): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

describe('worker result in parts', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('asks for parts and puts the parts and the rest together in order, frozen', async () => {
    const run = createWorkerRunner();
    const pending = run({ inputs: [{ id: 'a', raw: 'x' }], options: {} }, () => {}, new AbortController().signal);
    const worker = FakeWorker.last!;
    const { id, partSize } = worker.posted[0]!;
    expect(partSize).toBeGreaterThan(0);
    const whole = bigAnalysis(5);
    worker.reply({ id, type: 'part', articles: whole.articles.slice(0, 2), rows: whole.rows.slice(0, 2), actors: whole.actors.slice(0, 2) });
    worker.reply({ id, type: 'part', articles: whole.articles.slice(2, 4), rows: whole.rows.slice(2, 4), actors: whole.actors.slice(2, 4) });
    worker.reply({ id, type: 'done', result: { ...whole, articles: whole.articles.slice(4), rows: whole.rows.slice(4), actors: whole.actors.slice(4) } });
    const result = await pending;
    expect(result).toEqual(whole);
    expect(Object.isFrozen(result.articles[0])).toBe(true);
  });
});

describe('Dexie repository, analysis kept in parts', () => {
  const snapshot: CaseSnapshot = { id: 'big', name: 'Big', articles: [{ id: 'a0', raw: 'Talks failed.' }] };
  const corrections = { claimEdits: {}, addedClaims: [], rowEdits: [], extraLabels: [] };

  it('round-trips a big analysis through save and saveAnalysis, and forgets it when the content changes', async () => {
    const repo = createDexieRepository('parallax-big-case-1');
    const analysis = bigAnalysis(123);
    const first = await repo.save({ snapshot, corrections, updatedAt: 1, analysis }, 0);
    expect(first).toEqual({ ok: true, revision: 1 });
    expect((await repo.load('big'))?.analysis).toEqual(analysis);

    const second = await repo.save({ snapshot: { ...snapshot, name: 'Renamed' }, corrections, updatedAt: 2 }, 1);
    expect(second).toEqual({ ok: true, revision: 2 });
    expect((await repo.load('big'))?.analysis).toBeUndefined();

    const smaller = bigAnalysis(51);
    expect(await repo.saveAnalysis('big', 1, smaller)).toBe(false);
    expect(await repo.saveAnalysis('big', 2, smaller)).toBe(true);
    expect(await repo.load('big')).toEqual({ snapshot: { ...snapshot, name: 'Renamed' }, corrections, updatedAt: 2, analysis: smaller, revision: 2 });

    await repo.remove('big');
    expect(await repo.load('big')).toBeUndefined();
    expect(await repo.saveAnalysis('big', 0, smaller)).toBe(false);
  });
});
