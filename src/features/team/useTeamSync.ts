/**
 * The open team case, kept in step with the server: local edits are sent as revisions (conflicts
 * reported, nothing overwritten), others' edits are pulled in, and offline the case goes on working
 * from the copy on this device and syncs when the connection is back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { caseLoaded, selectCaseSnapshot, type CaseSnapshot } from '../case/caseSlice.ts';
import { useAppDispatch, useAppStore } from '../../store/hooks.ts';
import { api, ApiError, OfflineError, type Conflict, type EditResult, type ServerCase } from './api.ts';
import { articleBody, forgetOfflineCopy, hasChanges, localChanges, readOfflineCopy, saveOfflineCopy, toSnapshot, type OfflineCopy } from './sync.ts';

export type SyncStatus = 'idle' | 'synced' | 'syncing' | 'offline' | 'readonly' | 'error';

const SYNC_EVERY_MS = 2000;

function sameCase(a: CaseSnapshot, b: CaseSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function useTeamSync() {
  const dispatch = useAppDispatch();
  const store = useAppStore();
  const [copy, setCopy] = useState<OfflineCopy | null>(() => (typeof localStorage === 'undefined' ? null : readOfflineCopy(localStorage)));
  const [status, setStatus] = useState<SyncStatus>('idle');
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [error, setError] = useState('');
  const copyRef = useRef(copy);
  const busy = useRef(false);

  const keep = useCallback((next: OfflineCopy | null) => {
    copyRef.current = next;
    setCopy(next);
    if (next) saveOfflineCopy(localStorage, next);
    else forgetOfflineCopy(localStorage);
  }, []);

  /** Loads the server's state as the new base; the page shows it unless the user typed meanwhile. */
  const adopt = useCallback(
    (server: ServerCase, shownBefore: CaseSnapshot | null) => {
      const base = toSnapshot(server);
      const shown = selectCaseSnapshot(store.getState());
      const typedMeanwhile = shownBefore !== null && !sameCase(shown, shownBefore);
      if (!typedMeanwhile && !sameCase(shown, base)) dispatch(caseLoaded({ snapshot: base }));
      keep({ serverId: server.id, teamId: server.teamId, role: server.role, revision: server.revision, base, local: typedMeanwhile ? shown : base });
    },
    [dispatch, keep, store],
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
    const shown = selectCaseSnapshot(store.getState());
    if (shown.id !== current.base.id) return; // the user opened another case
    busy.current = true;
    try {
      const pending = localChanges(current.base, shown);
      if (hasChanges(pending) && current.role !== 'viewer') {
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
      if (server.revision !== current.revision || (current.role !== 'viewer' && hasChanges(pending)) || (current.role === 'viewer' && !sameCase(shown, current.base))) adopt(server, current.role === 'viewer' ? null : shown);
      setStatus(server.role === 'viewer' ? 'readonly' : 'synced');
      setError('');
    } catch (error) {
      if (error instanceof OfflineError) {
        keep({ ...current, local: shown });
        setStatus('offline');
      } else {
        setStatus('error');
        setError((error as Error).message);
      }
    } finally {
      busy.current = false;
    }
  }, [adopt, keep, store]);

  const resolve = useCallback(
    async (conflict: Conflict, choice: 'mine' | 'theirs') => {
      const current = copyRef.current;
      setConflicts((old) => old.filter((c) => c.path !== conflict.path));
      if (!current || choice === 'theirs') return;
      await api<EditResult>('PATCH', `/api/cases/${current.serverId}`, { baseRevision: current.revision, changes: { [conflict.path]: conflict.yours } });
      const server = await api<ServerCase>('GET', `/api/cases/${current.serverId}`);
      adopt(server, null);
    },
    [adopt],
  );

  // Back from a reload while offline: show the copy kept on this device.
  useEffect(() => {
    const saved = copyRef.current;
    if (saved && selectCaseSnapshot(store.getState()).id !== saved.base.id) dispatch(caseLoaded({ snapshot: saved.local }));
  }, [dispatch, store]);

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
