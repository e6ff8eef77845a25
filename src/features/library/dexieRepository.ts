import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CaseAnalysis } from '../../core/types.ts';
import { summarise, type CaseChange, type CaseRepository, type SavedCase, type SavedCaseSummary } from '../../model/repository.ts';

interface CaseRecord extends SavedCase {
  id: string;
}

interface SettingRecord {
  key: string;
  value: string;
}

/** Kept apart from the (large) case records, so checking a revision does not read a whole case. */
interface RevisionRecord {
  id: string;
  revision: number;
}

/**
 * One slice of a case's analysis. A 1,000-article analysis written as one record took one ~400 ms task
 * to copy (structured clone); slices are written one per task. Part 0 also holds actors, diagnostics
 * and the number of parts.
 */
interface AnalysisPart {
  caseId: string;
  n: number;
  articles: CaseAnalysis['articles'];
  rows: CaseAnalysis['rows'];
  actors?: CaseAnalysis['actors'];
  diagnostics?: CaseAnalysis['diagnostics'];
  parts?: number;
}

type ParallaxDb = Dexie & {
  cases: EntityTable<CaseRecord, 'id'>;
  /** What the case list shows, apart from the cases: listing never reads (and copies) every case's texts. */
  summaries: EntityTable<SavedCaseSummary, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  revisions: EntityTable<RevisionRecord, 'id'>;
  analysisParts: Table<AnalysisPart, [string, number]>;
};

/** Articles (and rows) per stored analysis part. */
const PART_SIZE = 50;

/** Cuts an analysis into parts of PART_SIZE articles and rows. Example: toParts('c', analysis)[0].parts */
function toParts(caseId: string, analysis: CaseAnalysis): AnalysisPart[] {
  const count = Math.max(1, Math.ceil(Math.max(analysis.articles.length, analysis.rows.length) / PART_SIZE));
  return Array.from({ length: count }, (_, n) => ({
    caseId,
    n,
    articles: analysis.articles.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    rows: analysis.rows.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    ...(n === 0 ? { actors: analysis.actors, diagnostics: analysis.diagnostics, parts: count } : {}),
  }));
}

/**
 * Cases and corrections in IndexedDB, so they survive reloads. Each save checks and bumps the case's
 * revision, and tells other tabs through a BroadcastChannel named after the database.
 * Example: const repo = createDexieRepository(); await repo.save(saved, 0)
 */
export function createDexieRepository(name = 'parallax'): CaseRepository {
  const db = new Dexie(name) as ParallaxDb;
  db.version(1).stores({ cases: 'id, updatedAt', settings: 'key' });
  db.version(2).stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id' });
  db.version(3).stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id', analysisParts: '[caseId+n], caseId' });
  db.version(4)
    .stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id', analysisParts: '[caseId+n], caseId', summaries: 'id, updatedAt' })
    .upgrade(async (tx) => {
      const records = (await tx.table('cases').toArray()) as CaseRecord[];
      await tx.table('summaries').bulkPut(records.map(summarise));
    });
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`parallax-cases:${name}`);
  // Node (tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void } | null)?.unref?.();
  const revisionOf = async (id: string) => (await db.revisions.get(id))?.revision ?? 0;
  // Inside a transaction. One put per await: each part is copied in its own task.
  const writeAnalysis = async (id: string, analysis: CaseAnalysis | undefined) => {
    await db.analysisParts.where('caseId').equals(id).delete();
    if (!analysis) return;
    for (const part of toParts(id, analysis)) await db.analysisParts.put(part);
  };
  const readAnalysis = async (id: string): Promise<CaseAnalysis | undefined> => {
    const first = await db.analysisParts.get([id, 0]);
    if (!first) return undefined;
    const analysis: CaseAnalysis = { articles: [...first.articles], rows: [...first.rows], actors: first.actors ?? [], diagnostics: first.diagnostics ?? [] };
    for (let n = 1; n < (first.parts ?? 1); n++) {
      const part = await db.analysisParts.get([id, n]);
      if (!part) return undefined; // a torn write: no analysis rather than half of one
      analysis.articles.push(...part.articles);
      analysis.rows.push(...part.rows);
    }
    return analysis;
  };

  return {
    async list() {
      return db.summaries.orderBy('updatedAt').reverse().toArray();
    },
    async load(id) {
      return db.transaction('r', db.cases, db.revisions, db.analysisParts, async () => {
        const record = await db.cases.get(id);
        if (!record) return undefined;
        const { id: _id, analysis: inline, ...saved } = record;
        // Records saved before analyses were kept in parts carry theirs inline.
        const analysis = inline ?? (await readAnalysis(id));
        return { ...saved, ...(analysis ? { analysis } : {}), revision: await revisionOf(id) };
      });
    },
    async save(saved, expectedRevision) {
      const id = saved.snapshot.id;
      const outcome = await db.transaction('rw', db.cases, db.revisions, db.analysisParts, db.summaries, async () => {
        const current = await revisionOf(id);
        if (expectedRevision !== null && current !== expectedRevision) return { ok: false as const, reason: 'conflict' as const, revision: current };
        const revision = current + 1;
        const { revision: _r, analysis, ...content } = saved;
        await db.cases.put({ ...content, id });
        await db.summaries.put(summarise(saved));
        await db.revisions.put({ id, revision });
        await writeAnalysis(id, analysis);
        return { ok: true as const, revision };
      });
      if (outcome.ok) channel?.postMessage({ caseId: id, revision: outcome.revision } satisfies CaseChange);
      return outcome;
    },
    async saveAnalysis(id, revision, analysis) {
      return db.transaction('rw', db.cases, db.revisions, db.analysisParts, async () => {
        if ((await revisionOf(id)) !== revision || (await db.cases.where('id').equals(id).count()) === 0) return false;
        await writeAnalysis(id, analysis);
        return true;
      });
    },
    async remove(id) {
      await db.transaction('rw', db.cases, db.revisions, db.analysisParts, db.summaries, async () => {
        await db.cases.delete(id);
        await db.summaries.delete(id);
        await db.revisions.delete(id);
        await db.analysisParts.where('caseId').equals(id).delete();
      });
    },
    async lastOpened() {
      return (await db.settings.get('lastOpened'))?.value ?? null;
    },
    async setLastOpened(id) {
      await db.settings.put({ key: 'lastOpened', value: id });
    },
    watch(listener) {
      if (!channel) return () => {};
      const onMessage = (event: MessageEvent<CaseChange>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
