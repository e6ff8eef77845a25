import Dexie, { type EntityTable } from 'dexie';
import { summarise, type CaseChange, type CaseRepository, type SavedCase } from './repository.ts';

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

type ParallaxDb = Dexie & {
  cases: EntityTable<CaseRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  revisions: EntityTable<RevisionRecord, 'id'>;
};

/**
 * Cases and corrections in IndexedDB, so they survive reloads. Each save checks and bumps the case's
 * revision, and tells other tabs through a BroadcastChannel named after the database.
 * Example: const repo = createDexieRepository(); await repo.save(saved, 0)
 */
export function createDexieRepository(name = 'parallax'): CaseRepository {
  const db = new Dexie(name) as ParallaxDb;
  db.version(1).stores({ cases: 'id, updatedAt', settings: 'key' });
  db.version(2).stores({ cases: 'id, updatedAt', settings: 'key', revisions: 'id' });
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`parallax-cases:${name}`);
  // Node (tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void } | null)?.unref?.();
  const revisionOf = async (id: string) => (await db.revisions.get(id))?.revision ?? 0;

  return {
    async list() {
      const records = await db.cases.orderBy('updatedAt').reverse().toArray();
      return records.map(summarise);
    },
    async load(id) {
      return db.transaction('r', db.cases, db.revisions, async () => {
        const record = await db.cases.get(id);
        if (!record) return undefined;
        const { id: _id, ...saved } = record;
        return { ...saved, revision: await revisionOf(id) };
      });
    },
    async save(saved, expectedRevision) {
      const id = saved.snapshot.id;
      const outcome = await db.transaction('rw', db.cases, db.revisions, async () => {
        const current = await revisionOf(id);
        if (expectedRevision !== null && current !== expectedRevision) return { ok: false as const, reason: 'conflict' as const, revision: current };
        const revision = current + 1;
        const { revision: _r, ...content } = saved;
        await db.cases.put({ ...content, id });
        await db.revisions.put({ id, revision });
        return { ok: true as const, revision };
      });
      if (outcome.ok) channel?.postMessage({ caseId: id, revision: outcome.revision } satisfies CaseChange);
      return outcome;
    },
    async saveAnalysis(id, revision, analysis) {
      return db.transaction('rw', db.cases, db.revisions, async () => {
        if ((await revisionOf(id)) !== revision) return false;
        return (await db.cases.update(id, { analysis })) > 0;
      });
    },
    async remove(id) {
      await db.transaction('rw', db.cases, db.revisions, async () => {
        await db.cases.delete(id);
        await db.revisions.delete(id);
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
