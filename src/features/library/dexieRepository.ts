import Dexie, { type EntityTable } from 'dexie';
import { summarise, type CaseRepository, type SavedCase } from './repository.ts';

interface CaseRecord extends SavedCase {
  id: string;
}

interface SettingRecord {
  key: string;
  value: string;
}

type ParallaxDb = Dexie & {
  cases: EntityTable<CaseRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/**
 * Cases and corrections in IndexedDB, so they survive reloads.
 * Example: const repo = createDexieRepository(); await repo.save(saved)
 */
export function createDexieRepository(name = 'parallax'): CaseRepository {
  const db = new Dexie(name) as ParallaxDb;
  db.version(1).stores({ cases: 'id, updatedAt', settings: 'key' });
  return {
    async list() {
      const records = await db.cases.orderBy('updatedAt').reverse().toArray();
      return records.map(summarise);
    },
    async load(id) {
      const record = await db.cases.get(id);
      if (!record) return undefined;
      const { id: _id, ...saved } = record;
      return saved;
    },
    async save(saved) {
      await db.cases.put({ ...saved, id: saved.snapshot.id });
    },
    async remove(id) {
      await db.cases.delete(id);
    },
    async lastOpened() {
      return (await db.settings.get('lastOpened'))?.value ?? null;
    },
    async setLastOpened(id) {
      await db.settings.put({ key: 'lastOpened', value: id });
    },
  };
}
