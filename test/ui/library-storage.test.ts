// Storage of saved cases: a correction writes what changed, not every text; old databases upgrade whole.
import Dexie from 'dexie';
import { buildAnalysis } from '../../fixtures/builders.ts';
import type { CaseSnapshot } from '../../src/model/caseSlice.ts';
import { emptyCorrections } from '../../src/model/correctionsSlice.ts';
import { createDexieRepository } from '../../src/features/library/dexieRepository.ts';
import type { SavedCase } from '../../src/model/repository.ts';

let dbCount = 0;
const dbName = () => `parallax-storage-${++dbCount}`;

const snapshot: CaseSnapshot = {
  id: 'flood',
  name: 'Flood case',
  articles: [
    { id: 'herald', raw: 'The river rose two metres overnight, officials said.', outlet: 'Herald' },
    { id: 'courier', raw: 'Officials said the river rose sharply.', outlet: 'Courier' },
    { id: 'post', raw: 'The river rose.', outlet: 'Post' },
  ],
};

/** Counts the records put into each object store while `run` runs. */
async function countPuts(run: () => Promise<unknown>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  try {
    await run();
    for (const call of put.mock.contexts) {
      const store = (call as IDBObjectStore).name;
      counts[store] = (counts[store] ?? 0) + 1;
    }
  } finally {
    put.mockRestore();
  }
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('saving a case', () => {
  it('writes a correction without writing the articles or the analysis again', async () => {
    const repo = createDexieRepository(dbName());
    const analysis = buildAnalysis();
    const first: SavedCase = { snapshot, corrections: emptyCorrections, updatedAt: 1, analysis };
    const initial = await countPuts(() => repo.save(first, 0));
    expect(initial.articles).toBe(3);
    expect(initial.analysisParts).toBeGreaterThan(0);

    const corrected: SavedCase = { ...first, corrections: { ...emptyCorrections, claimEdits: { 'herald:c1': { kind: 'anonymous' } } }, updatedAt: 2 };
    const puts = await countPuts(() => repo.save(corrected, 1));
    expect(puts.articles ?? 0).toBe(0);
    expect(puts.analysisParts ?? 0).toBe(0);
    expect(puts.cases).toBe(1);

    // One article edited: that one is written, the others are not.
    const edited = { ...snapshot.articles[2]!, raw: 'The river rose by two metres.' };
    const next: SavedCase = { ...corrected, snapshot: { ...snapshot, articles: [snapshot.articles[0]!, snapshot.articles[1]!, edited] }, updatedAt: 3 };
    expect((await countPuts(() => repo.save(next, 2))).articles).toBe(1);

    const loaded = await createDexieRepository(`parallax-storage-${dbCount}`).load('flood');
    expect(loaded?.snapshot).toEqual(next.snapshot);
    expect(loaded?.corrections).toEqual(corrected.corrections);
    expect(loaded?.analysis).toEqual(analysis);
    expect(loaded?.revision).toBe(3);
  });

  it('drops a removed article and overwrites everything on an import', async () => {
    const name = dbName();
    const repo = createDexieRepository(name);
    await repo.save({ snapshot, corrections: emptyCorrections, updatedAt: 1 }, 0);
    await repo.save({ snapshot: { ...snapshot, articles: snapshot.articles.slice(0, 2) }, corrections: emptyCorrections, updatedAt: 2 }, 1);
    expect((await createDexieRepository(name).load('flood'))?.snapshot.articles.map((a) => a.id)).toEqual(['herald', 'courier']);
    const imported = { ...snapshot, articles: [{ id: 'wire', raw: 'Rain fell.', outlet: 'Wire' }] };
    await repo.save({ snapshot: imported, corrections: emptyCorrections, updatedAt: 3 }, null);
    expect((await createDexieRepository(name).load('flood'))?.snapshot).toEqual(imported);
  });
});

describe('upgrading a database saved by an earlier version', () => {
  it('keeps every case, its texts, corrections, analysis and revision, and lists them without loading them', async () => {
    const name = dbName();
    // Version 4 as it stood: whole snapshots in `cases`, one with its analysis inline (kept from version 2).
    const old = new Dexie(name);
    old.version(4).stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id', analysisParts: '[caseId+n], caseId', summaries: 'id, updatedAt' });
    const analysis = buildAnalysis();
    const corrections = { ...emptyCorrections, claimEdits: { 'herald:c1': { notAClaim: true } } };
    const other: CaseSnapshot = { id: 'storm', name: 'Storm case', articles: [{ id: 'a', raw: 'Wind rose.' }] };
    await old.table('cases').bulkPut([
      { id: 'flood', snapshot, corrections, updatedAt: 10, analysis },
      { id: 'storm', snapshot: other, corrections: emptyCorrections, updatedAt: 20 },
    ]);
    await old.table('summaries').bulkPut([
      { id: 'flood', name: 'Flood case', articleCount: 3, updatedAt: 10 },
      { id: 'storm', name: 'Storm case', articleCount: 1, updatedAt: 20 },
    ]);
    await old.table('revisions').bulkPut([{ id: 'flood', revision: 7 }, { id: 'storm', revision: 2 }]);
    old.close();

    const repo = createDexieRepository(name);
    expect((await repo.list()).map((s) => s.id)).toEqual(['storm', 'flood']);
    const flood = await repo.load('flood');
    expect(flood).toEqual({ snapshot, corrections, updatedAt: 10, analysis, revision: 7 });
    expect((await repo.load('storm'))?.snapshot).toEqual(other);
    // And it goes on saving from there.
    expect(await repo.save({ ...flood!, updatedAt: 11 }, 7)).toEqual({ ok: true, revision: 8 });
  });
});

describe('storing a big analysis', () => {
  it('writes it in small parts, actors sliced too, and reads back the same analysis', async () => {
    const name = dbName();
    const repo = createDexieRepository(name);
    const base = buildAnalysis();
    // More actors than one part holds (each part is copied in a task of its own).
    const actors = Array.from({ length: 23 }, (_, i) => ({ ...base.actors[0]!, id: `actor-${i}`, name: `Actor ${i}` }));
    const analysis = { ...base, actors };
    const saved: SavedCase = { snapshot, corrections: emptyCorrections, updatedAt: 1, analysis };
    const puts = await countPuts(() => repo.save(saved, 0));
    expect(puts.analysisParts).toBeGreaterThan(1);
    // Read by another tab (nothing cached): the very analysis, actors in order.
    const loaded = await createDexieRepository(name).load('flood');
    expect(loaded?.analysis).toEqual(analysis);
  });

  it('reads an analysis stored with all its actors in the first part (before actors were sliced)', async () => {
    const name = dbName();
    const repo = createDexieRepository(name);
    await repo.save({ snapshot, corrections: emptyCorrections, updatedAt: 1 }, 0);
    const base = buildAnalysis();
    const actors = Array.from({ length: 12 }, (_, i) => ({ ...base.actors[0]!, id: `actor-${i}` }));
    const db = new Dexie(name);
    db.version(5).stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id', analysisParts: '[caseId+n], caseId', summaries: 'id, updatedAt', articles: '[caseId+articleId], caseId' });
    await db.table('analysisParts').bulkPut([
      { caseId: 'flood', n: 0, articles: base.articles.slice(0, 2), rows: base.rows, actors, diagnostics: [], parts: 2 },
      { caseId: 'flood', n: 1, articles: base.articles.slice(2), rows: [] },
    ]);
    db.close();
    expect((await createDexieRepository(name).load('flood'))?.analysis).toEqual({ ...base, actors });
  });
});
