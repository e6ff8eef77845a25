import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CaseAnalysis } from '../../core/types.ts';
import type { CaseArticle } from '../../model/caseSlice.ts';
import { summarise, type CaseChange, type CaseRepository, type SavedCase, type SavedCaseSummary } from '../../model/repository.ts';

/**
 * A case as stored since version 5: its name, the order of its articles and the corrections, without
 * the articles' texts (each article is a record of its own, written only when it changed).
 */
interface CaseRecord {
  id: string;
  name: string;
  articleIds: string[];
  corrections: SavedCase['corrections'];
  updatedAt: number;
}

/** A case as stored up to version 4: the whole snapshot, texts included (and, before version 3, its analysis). */
interface LegacyCaseRecord extends SavedCase {
  id: string;
}

/** One article of a stored case. */
interface ArticleRecord {
  caseId: string;
  articleId: string;
  article: CaseArticle;
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
 * to copy (structured clone); slices are written one per task. Actors are sliced too (all of a big
 * case's actors, with their labels and mentions, in one part took 300 ms to copy). Part 0 also holds
 * the diagnostics and the number of parts.
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
  articles: Table<ArticleRecord, [string, string]>;
  /** What the case list shows, apart from the cases: listing never reads (and copies) every case's texts. */
  summaries: EntityTable<SavedCaseSummary, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  revisions: EntityTable<RevisionRecord, 'id'>;
  analysisParts: Table<AnalysisPart, [string, number]>;
};

/**
 * Articles (and rows) per stored analysis part. Each put copies its part in the main thread (structured
 * clone): 50 articles of a big case took 100-180 ms on a busy 2-core machine; 5 stay short.
 */
const PART_SIZE = 5;

/** Cuts an analysis into parts of PART_SIZE articles and rows. Example: toParts('c', analysis)[0].parts */
function toParts(caseId: string, analysis: CaseAnalysis): AnalysisPart[] {
  const count = Math.max(1, Math.ceil(Math.max(analysis.articles.length, analysis.rows.length, analysis.actors.length) / PART_SIZE));
  return Array.from({ length: count }, (_, n) => ({
    caseId,
    n,
    articles: analysis.articles.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    rows: analysis.rows.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    actors: analysis.actors.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
    ...(n === 0 ? { diagnostics: analysis.diagnostics, parts: count } : {}),
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
      const records = (await tx.table('cases').toArray()) as LegacyCaseRecord[];
      await tx.table('summaries').bulkPut(records.map(summarise));
    });
  // Articles apart from their case, so a correction writes the case's small record, not every text.
  db.version(5)
    .stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id', analysisParts: '[caseId+n], caseId', summaries: 'id, updatedAt', articles: '[caseId+articleId], caseId' })
    .upgrade(async (tx) => {
      const records = (await tx.table('cases').toArray()) as (LegacyCaseRecord | CaseRecord)[];
      for (const record of records) {
        if (!('snapshot' in record)) continue;
        const { snapshot, corrections, updatedAt, analysis } = record;
        await tx.table('articles').bulkPut(snapshot.articles.map((article): ArticleRecord => ({ caseId: record.id, articleId: article.id, article })));
        // An analysis kept inline (before version 3) moves to parts like every other.
        if (analysis) await tx.table('analysisParts').bulkPut(toParts(record.id, analysis));
        await tx.table('cases').put({ id: record.id, name: snapshot.name, articleIds: snapshot.articles.map((a) => a.id), corrections, updatedAt } satisfies CaseRecord);
      }
    });
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`parallax-cases:${name}`);
  // Node (tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void } | null)?.unref?.();
  const revisionOf = async (id: string) => (await db.revisions.get(id))?.revision ?? 0;
  /**
   * What this tab last wrote or read of each case, by identity: the store hands back the same objects for
   * what did not change, so a save writes only the articles and the analysis that did. Trusted only while
   * the stored revision is the one expected (another tab's save makes ours a conflict, not a blind write).
   */
  const stored = new Map<string, { articles: Map<string, CaseArticle>; analysis: CaseAnalysis | undefined }>();
  // Inside a transaction. One put per await: each part is copied in its own task.
  const writeAnalysis = async (id: string, analysis: CaseAnalysis | undefined) => {
    await db.analysisParts.where('caseId').equals(id).delete();
    if (!analysis) return;
    for (const part of toParts(id, analysis)) await db.analysisParts.put(part);
  };
  const readAnalysis = async (id: string): Promise<CaseAnalysis | undefined> => {
    const first = await db.analysisParts.get([id, 0]);
    if (!first) return undefined;
    const analysis: CaseAnalysis = { articles: [...first.articles], rows: [...first.rows], actors: [...(first.actors ?? [])], diagnostics: first.diagnostics ?? [] };
    for (let n = 1; n < (first.parts ?? 1); n++) {
      const part = await db.analysisParts.get([id, n]);
      if (!part) return undefined; // a torn write: no analysis rather than half of one
      analysis.articles.push(...part.articles);
      analysis.rows.push(...part.rows);
      // Stored before actors were sliced: all of them are in part 0.
      if (part.actors) analysis.actors.push(...part.actors);
    }
    return analysis;
  };

  return {
    async list() {
      return db.summaries.orderBy('updatedAt').reverse().toArray();
    },
    async load(id) {
      const loaded = await db.transaction('r', db.cases, db.articles, db.revisions, db.analysisParts, async () => {
        const record = await db.cases.get(id);
        if (!record) return undefined;
        const byId = new Map((await db.articles.where('caseId').equals(id).toArray()).map((r) => [r.articleId, r.article]));
        const articles = record.articleIds.map((articleId) => byId.get(articleId)).filter((a) => a !== undefined);
        const analysis = await readAnalysis(id);
        const saved: SavedCase = {
          snapshot: { id, name: record.name, articles },
          corrections: record.corrections,
          updatedAt: record.updatedAt,
          ...(analysis ? { analysis } : {}),
          revision: await revisionOf(id),
        };
        return saved;
      });
      if (loaded) stored.set(id, { articles: new Map(loaded.snapshot.articles.map((a) => [a.id, a])), analysis: loaded.analysis });
      return loaded;
    },
    async save(saved, expectedRevision) {
      const id = saved.snapshot.id;
      const { revision: _r, analysis, snapshot, corrections, updatedAt } = saved;
      // Overwriting whatever is stored (an import, "keep my version"): nothing of it can be trusted.
      const known = expectedRevision === null ? undefined : stored.get(id);
      const outcome = await db.transaction('rw', [db.cases, db.articles, db.revisions, db.analysisParts, db.summaries], async () => {
        const current = await revisionOf(id);
        if (expectedRevision !== null && current !== expectedRevision) return { ok: false as const, reason: 'conflict' as const, revision: current };
        const revision = current + 1;
        const before = await db.cases.get(id);
        const keep = new Set(snapshot.articles.map((a) => a.id));
        const gone = (before?.articleIds ?? []).filter((articleId) => !keep.has(articleId));
        if (!before || !known) await db.articles.where('caseId').equals(id).delete();
        else if (gone.length) await db.articles.bulkDelete(gone.map((articleId): [string, string] => [id, articleId]));
        const changed = snapshot.articles.filter((a) => !known || known.articles.get(a.id) !== a);
        // A slice per await: each is copied (structured clone) in its own task, not 1,000 texts in one.
        for (let at = 0; at < changed.length; at += PART_SIZE) {
          await db.articles.bulkPut(changed.slice(at, at + PART_SIZE).map((article) => ({ caseId: id, articleId: article.id, article })));
        }
        await db.cases.put({ id, name: snapshot.name, articleIds: snapshot.articles.map((a) => a.id), corrections, updatedAt });
        await db.summaries.put(summarise(saved));
        await db.revisions.put({ id, revision });
        // The analysis is rewritten only when it is another one (a correction leaves it as it was).
        if (!known || !before || known.analysis !== analysis) await writeAnalysis(id, analysis);
        return { ok: true as const, revision };
      });
      if (outcome.ok) {
        stored.set(id, { articles: new Map(snapshot.articles.map((a) => [a.id, a])), analysis });
        channel?.postMessage({ caseId: id, revision: outcome.revision } satisfies CaseChange);
      }
      return outcome;
    },
    async saveAnalysis(id, revision, analysis) {
      const written = await db.transaction('rw', db.cases, db.revisions, db.analysisParts, async () => {
        if ((await revisionOf(id)) !== revision || (await db.cases.where('id').equals(id).count()) === 0) return false;
        if (stored.get(id)?.analysis !== analysis) await writeAnalysis(id, analysis);
        return true;
      });
      const known = stored.get(id);
      if (written && known) known.analysis = analysis;
      return written;
    },
    async remove(id) {
      await db.transaction('rw', [db.cases, db.articles, db.revisions, db.analysisParts, db.summaries], async () => {
        await db.cases.delete(id);
        await db.articles.where('caseId').equals(id).delete();
        await db.summaries.delete(id);
        await db.revisions.delete(id);
        await db.analysisParts.where('caseId').equals(id).delete();
      });
      stored.delete(id);
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
