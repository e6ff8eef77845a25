/** The dashboard's team sync: what the user changed since the last synced state, and the offline copy. */
import { describe, expect, it } from 'vitest';
import { emptyCorrections, type CorrectionsState } from '../../src/model/correctionsSlice.ts';
import { articleBody, correctionEntries, correctionsFrom, localChanges, readOfflineCopy, saveOfflineCopy, toSnapshot, type OfflineCopy } from '../../src/features/team/sync.ts';

const server = {
  id: 'c1',
  name: 'Harbour',
  articles: [
    { id: 'wire', raw: 'Text one.', outlet: 'Wire One', title: null, date: null, language: 'en' },
    { id: 'daily', raw: 'Text two.', outlet: null, title: 'Reopening', date: null, language: null },
  ],
};

describe('team sync', () => {
  it('turns the server case into the dashboard snapshot without empty fields', () => {
    const snapshot = toSnapshot(server);
    expect(snapshot.id).toBe('team-c1');
    expect(snapshot.articles[0]).toEqual({ id: 'wire', raw: 'Text one.', outlet: 'Wire One', language: 'en' });
    expect(snapshot.articles[1]).toEqual({ id: 'daily', raw: 'Text two.', title: 'Reopening' });
  });

  it('lists edits as revision paths (a cleared field as null) and new articles apart', () => {
    const base = toSnapshot(server);
    const local = structuredClone(base);
    local.name = 'Harbour reopening';
    local.articles[0]!.outlet = 'Wire Two';
    delete local.articles[1]!.title;
    local.articles[1]!.language = 'auto';
    local.articles.push({ id: 'a-new', raw: 'A third.', outlet: 'Herald', language: 'auto' });
    const diff = localChanges(base, local);
    expect(diff.changes).toEqual({ name: 'Harbour reopening', 'articles/wire/outlet': 'Wire Two', 'articles/daily/title': null });
    expect(diff.added.map((a) => a.id)).toEqual(['a-new']);
    expect(articleBody(diff.added[0]!)).toEqual({ id: 'a-new', raw: 'A third.', outlet: 'Herald' });
    expect(localChanges(base, structuredClone(base))).toEqual({ changes: {}, added: [] });
  });

  it('keeps the offline copy through a reload, and survives a full or broken storage', () => {
    const store = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => void store.set(k, v), getItem: (k: string) => store.get(k) ?? null };
    const copy: OfflineCopy = { serverId: 'c1', teamId: 't', role: 'editor', revision: 3, base: toSnapshot(server), local: toSnapshot(server), baseCorrections: emptyCorrections, localCorrections: emptyCorrections };
    expect(saveOfflineCopy(storage, copy)).toBe(true);
    expect(readOfflineCopy(storage)).toEqual(copy);
    expect(saveOfflineCopy({ setItem: () => { throw new Error('QuotaExceededError'); } }, copy)).toBe(false);
    expect(readOfflineCopy({ getItem: () => '{not json' })).toBeNull();
  });

  it('sends corrections per corrected thing, so two people correcting different claims never collide', () => {
    const base = toSnapshot(server);
    const before: CorrectionsState = { claimEdits: { 'wire:c1': { kind: 'person' } }, addedClaims: [], rowEdits: [{ id: 'r1', claimIds: ['wire:c2'], into: null }], extraLabels: [] };
    const after: CorrectionsState = {
      claimEdits: { 'wire:c1': { kind: 'organization' }, 'daily:c2': { notAClaim: true } },
      addedClaims: [{ id: 'x1', articleId: 'daily', start: 0, end: 4, text: 'Text' }],
      rowEdits: [],
      extraLabels: [],
    };
    const diff = localChanges(base, base, { base: before, local: after });
    expect(diff.changes).toEqual({
      'corrections/claim:wire:c1': { kind: 'organization' },
      'corrections/claim:daily:c2': { notAClaim: true },
      'corrections/added:x1': { at: 0, value: after.addedClaims[0] },
      'corrections/row:r1': null,
    });
    // Round trip, list order kept.
    const many: CorrectionsState = { ...after, rowEdits: [{ id: 'b', claimIds: ['x'], into: null }, { id: 'a', claimIds: ['y'], into: 'x' }] };
    expect(correctionsFrom(correctionEntries(many))).toEqual(many);
    expect(correctionsFrom(null)).toEqual(emptyCorrections);
  });
});
