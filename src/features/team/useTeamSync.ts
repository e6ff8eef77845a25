/**
 * The open team case, kept in step with the server: local edits (metadata, new articles, corrections)
 * are sent as revisions (conflicts reported, nothing overwritten), others' edits are pulled in, and
 * offline the case goes on working from the copy on this device and syncs when the connection is back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { caseLoaded, selectCaseSnapshot, type CaseSnapshot } from '../../model/caseSlice.ts';
import { emptyCorrections, selectCorrections, type CorrectionsState } from '../../model/correctionsSlice.ts';
import { useAppDispatch, useAppStore } from '../../model/hooks.ts';
import { api, ApiError, OfflineError, type Conflict, type EditResult, type ServerCase } from './api.ts';
import { articleBody, correctionsFrom, forgetOfflineCopy, hasChanges, localChanges, readOfflineCopy, saveOfflineCopy, toSnapshot, type OfflineCopy } from './sync.ts';

export type SyncStatus = 'idle' | 'synced' | 'syncing' | 'offline' | 'readonly' | 'error';

const SYNC_EVERY_MS = 2000;

interface Shown {
  snapshot: CaseSnapshot;
  corrections: CorrectionsState;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function readCopy(): OfflineCopy | null {
  if (typeof localStorage === 'undefined') return null;
  const copy = readOfflineCopy(localStorage);
  return copy ? { ...copy, baseCorrections: copy.baseCorrections ?? emptyCorrections, localCorrections: copy.localCorrections ?? emptyCorrections } : null;
}

export function useTeamSync() {
  const dispatch = useAppDispatch();
  const store = useAppStore();
  const [copy, setCopy] = useState<OfflineCopy | null>(readCopy);
  const [status, setStatus] = useState<SyncStatus>('idle');
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [error, setError] = useState('');
  const copyRef = useRef(copy);
  const busy = useRef(false);

  const shownNow = useCallback((): Shown => {
    const state = store.getState();
    return { snapshot: selectCaseSnapshot(state), corrections: selectCorrections(state) };
  }, [store]);

  const keep = useCallback((next: OfflineCopy | null) => {
    copyRef.current = next;
    setCopy(next);
    if (next) saveOfflineCopy(localStorage, next);
    else forgetOfflineCopy(localStorage);
  }, []);

  /** Takes the server's state as the new base; the page shows it unless the user changed something meanwhile. */
  const adopt = useCallback(
    (server: ServerCase, shownBefore: Shown | null) => {
      const base: Shown = { snapshot: toSnapshot(server), corrections: correctionsFrom(server.corrections) };
      const shown = shownNow();
      const changedMeanwhile = shownBefore !== null && !same(shown, shownBefore);
      if (!changedMeanwhile && !same(shown, base)) dispatch(caseLoaded({ snapshot: base.snapshot, corrections: base.corrections }));
      const local = changedMeanwhile ? shown : base;
      keep({
        serverId: server.id,
        teamId: server.teamId,
        role: server.role,
        revision: server.revision,
        base: base.snapshot,
        baseCorrections: base.corrections,
        local: local.snapshot,
        localCorrections: local.corrections,
      });
    },
    [dispatch, keep, shownNow],
  );

  const open = useCallback(
    async (serverId: string) => {
      setConflicts([]);
      setError('');
      const server = await api<ServerCase>('GET', `/api/cases/${serverId}`);
      adopt(server, null);
      setStatus(server.role === 'viewer' ? 'readonly' : 'synced');
    },
    [adopt],
  );

  const close = useCallback(() => {
    keep(null);
    setStatus('idle');
    setConflicts([]);
  }, [keep]);

  const syncOnce = useCallback(async () => {
    const current = copyRef.current;
    if (!current || busy.current) return;
    const shown = shownNow();
    if (shown.snapshot.id !== current.base.id) return; // the user opened another case
    busy.current = true;
    try {
      const pending = localChanges(current.base, shown.snapshot, { base: current.baseCorrections, local: shown.corrections });
      const viewer = current.role === 'viewer';
      if (hasChanges(pending) && !viewer) {
        setStatus('syncing');
        for (const article of pending.added) {
          try {
            await api('POST', `/api/cases/${current.serverId}/articles`, articleBody(article));
          } catch (error) {
            if (!(error instanceof ApiError && error.status === 409)) throw error; // 409: sent before, already there
          }
        }
        if (Object.keys(pending.changes).length) {
          const result = await api<EditResult>('PATCH', `/api/cases/${current.serverId}`, { baseRevision: current.revision, changes: pending.changes });
          if (result.conflicts.length) setConflicts((old) => [...old.filter((c) => !result.conflicts.some((n) => n.path === c.path)), ...result.conflicts]);
        }
      }
      const server = await api<ServerCase>('GET', `/api/cases/${current.serverId}`);
      // A viewer's local edits are not the team's: the server's state replaces them.
      const viewerDiverged = viewer && hasChanges(pending);
      if (server.revision !== current.revision || (!viewer && hasChanges(pending)) || viewerDiverged) adopt(server, viewer ? null : shown);
      setStatus(server.role === 'viewer' ? 'readonly' : 'synced');
      setError('');
    } catch (error) {
      if (error instanceof OfflineError) {
        keep({ ...current, local: shown.snapshot, localCorrections: shown.corrections });
        setStatus('offline');
      } else {
        setStatus('error');
        setError((error as Error).message);
      }
    } finally {
      busy.current = false;
    }
  }, [adopt, keep, shownNow]);

  const resolve = useCallback(
    async (conflict: Conflict, choice: 'mine' | 'theirs') => {
      const current = copyRef.current;
      setConflicts((old) => old.filter((c) => c.path !== conflict.path));
      if (!current || choice === 'theirs') return;
      await api<EditResult>('PATCH', `/api/cases/${current.serverId}`, { baseRevision: current.revision, changes: { [conflict.path]: conflict.yours } });
      adopt(await api<ServerCase>('GET', `/api/cases/${current.serverId}`), null);
    },
    [adopt],
  );

  // Back from a reload (perhaps offline): show the copy kept on this device.
  useEffect(() => {
    const saved = copyRef.current;
    if (saved && shownNow().snapshot.id !== saved.base.id) dispatch(caseLoaded({ snapshot: saved.local, corrections: saved.localCorrections }));
  }, [dispatch, shownNow]);

  useEffect(() => {
    if (!copy) return;
    const timer = setInterval(() => void syncOnce(), SYNC_EVERY_MS);
    const online = () => void syncOnce();
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [copy, syncOnce]);

  return { copy, status, conflicts, error, open, close, syncOnce, resolve };
}
