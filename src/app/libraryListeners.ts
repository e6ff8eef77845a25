import { nanoid, type UnknownAction } from '@reduxjs/toolkit';
import type { AppStartListening, RootState, StoreDeps } from './store.ts';
import { redone, undone } from '../model/history.ts';
import { analysisCompleted } from '../model/analysisSlice.ts';
import { caseLoaded, selectCaseSnapshot, type CaseSnapshot } from '../model/caseSlice.ts';
import { selectCorrections, type CorrectionsState } from '../model/correctionsSlice.ts';
import {
  appStarted,
  caseChangedElsewhere,
  caseImported,
  caseSaved,
  conflictResolved,
  pageHidden,
  saveConflicted,
  saveFailed,
  saveRetried,
  savedCaseDeleted,
  savedCaseOpened,
  savedCasesListed,
} from '../model/librarySlice.ts';
import { isQuotaError, type SavedCase } from '../model/repository.ts';
import { noticeShown } from '../model/uiSlice.ts';

/**
 * Whether an action changes what is saved of a case. A case loaded *from storage* (it carries its
 * revision) is not a change: saving it would bump the revision and alarm other tabs for nothing.
 */
const changesContent = (action: UnknownAction): boolean =>
  ((action.type.startsWith('case/') || action.type.startsWith('corrections/')) && !(caseLoaded.match(action) && action.payload.revision !== undefined)) ||
  undone.match(action) ||
  redone.match(action);

/** Whether an action puts another case on screen (the one it replaces must reach storage first). */
const replacesCase = (current: RootState, previous: RootState): boolean => current.case.id !== previous.case.id;

/** The unsaved case a page left behind (see StoreDeps.stash). */
interface Stash {
  at: number;
  snapshot: CaseSnapshot;
  corrections: CorrectionsState;
}

function readStash(deps: StoreDeps): Stash | null {
  try {
    const text = deps.stash?.read();
    deps.stash?.clear();
    const stash = text ? (JSON.parse(text) as Partial<Stash>) : null;
    return stash && typeof stash.at === 'number' && stash.snapshot && Array.isArray(stash.snapshot.articles) && stash.corrections ? (stash as Stash) : null;
  } catch {
    return null;
  }
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Persists the open case and its corrections, and opens saved cases (no-op without a repository).
 * Saves are queued one after another and check the case's revision, so two tabs editing one case are
 * told instead of silently overwriting each other; a full disk is reported and the case stays in memory.
 */
export function addLibraryListeners(startAppListening: AppStartListening, deps: StoreDeps): void {
  const repo = deps.repository;

  startAppListening({
    actionCreator: appStarted,
    effect: async (action, api) => {
      let saved;
      if (repo) {
        api.dispatch(savedCasesListed(await repo.list()));
        const last = await repo.lastOpened();
        saved = last ? await repo.load(last) : undefined;
      }
      // What the last page held but could not write before it went away wins over the older save.
      const stashed = readStash(deps);
      if (stashed && (!saved || saved.snapshot.id !== stashed.snapshot.id || saved.updatedAt < stashed.at)) {
        api.dispatch(caseLoaded({ snapshot: stashed.snapshot, corrections: stashed.corrections }));
        return;
      }
      if (saved) {
        api.dispatch(
          caseLoaded({
            snapshot: saved.snapshot,
            corrections: saved.corrections,
            ...(saved.revision !== undefined ? { revision: saved.revision } : {}),
            ...(saved.analysis ? { analysis: saved.analysis } : {}),
          }),
        );
      } else {
        // The example case is its own chunk, fetched on a first visit only, with its analysis made at build time.
        const { language } = api.getState().ui;
        const [example, analysis] = action.payload.example
          ? [action.payload.example, null]
          : await Promise.all([deps.loadExample?.(language), deps.loadExampleAnalysis?.(language)]);
        if (example) api.dispatch(caseLoaded({ snapshot: example, ...(analysis ? { analysis } : {}) }));
      }
    },
  });

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // An imported file of a case already here opens as a copy, so the case in the library is not written over.
  // Storage is asked after the writes queued before (the case just left is written in the background and
  // reaches the store's list only after that); a storage that cannot list makes it a copy too.
  startAppListening({
    actionCreator: caseImported,
    effect: async (action, api) => {
      const { notice, ...file } = action.payload;
      const { id } = file.snapshot;
      const stored = repo ? await enqueue(() => repo.list()).then((list) => list.some((c) => c.id === id), () => true) : false;
      const state = api.getState();
      const clash = stored || id === state.case.id || state.library.saved.some((c) => c.id === id);
      api.dispatch(caseLoaded(clash ? { ...file, snapshot: { ...file.snapshot, id: `case-${nanoid(8)}` } } : file));
      api.dispatch(noticeShown(notice));
    },
  });

  if (!repo) return;

  // Other tabs' saves: once, when the app starts (the listener API is the handle on dispatch).
  let watching = false;
  startAppListening({
    actionCreator: appStarted,
    effect: (_action, api) => {
      if (watching || !repo.watch) return;
      watching = true;
      repo.watch((change) => {
        api.dispatch(caseChangedElsewhere(change));
        void repo.list().then((list) => api.dispatch(savedCasesListed(list)));
      });
    },
  });

  // Content changes seen, and how many of them storage holds: a change made while a save is in flight
  // stays unsaved (and is saved next) rather than being marked saved with it.
  let changes = 0;
  let savedUpTo = 0;
  const isDirty = () => changes !== savedUpTo;
  const markClean = () => {
    savedUpTo = changes;
  };

  type SaveApi = { getState: () => RootState; dispatch: (action: UnknownAction) => unknown };
  /** `from`: the state to save (default: the current one; the replaced case's when another case opens). */
  const saveContent = (api: SaveApi, force: boolean, from?: { state: RootState; upTo: number }) =>
    enqueue(async () => {
      const state = from?.state ?? api.getState();
      const { conflict, open } = state.library;
      // While the user has not chosen between two tabs' versions, neither is written over the other.
      if (conflict && !force) return;
      const snapshot = selectCaseSnapshot(state);
      const upTo = from?.upTo ?? changes;
      // A finished analysis is of these very articles: any article change since would have started a new run.
      const { status, result } = state.analysis;
      const saved: SavedCase = {
        snapshot,
        corrections: selectCorrections(state),
        updatedAt: Date.now(),
        ...(status === 'done' && result ? { analysis: result } : {}),
      };
      const expected = force || open?.caseId !== snapshot.id ? null : open.revision;
      try {
        const outcome = await repo.save(saved, expected);
        if (!outcome.ok) {
          api.dispatch(saveConflicted({ caseId: snapshot.id, revision: outcome.revision }));
          return;
        }
        savedUpTo = Math.max(savedUpTo, upTo);
        if (!isDirty()) deps.stash?.clear();
        api.dispatch(caseSaved({ caseId: snapshot.id, revision: outcome.revision }));
        if (!from) await repo.setLastOpened(snapshot.id);
        api.dispatch(savedCasesListed(await repo.list()));
      } catch (error) {
        api.dispatch(saveFailed({ kind: isQuotaError(error) ? 'quota' : 'other', message: errorMessage(error) }));
      }
    });

  startAppListening({
    predicate: (action) => changesContent(action) || saveRetried.match(action),
    effect: async (action, api) => {
      // Opening, creating, importing or undoing into another case: the case it replaces is written
      // first, so nothing typed in the last moments before is lost.
      const replaced = api.getOriginalState();
      if (isDirty() && replacesCase(api.getState(), replaced)) void saveContent(api, false, { state: replaced, upTo: changes });
      if (changesContent(action)) changes += 1;
      api.cancelActiveListeners();
      await api.delay(deps.saveDelayMs);
      if (isDirty()) await saveContent(api, false);
    },
  });

  startAppListening({
    actionCreator: pageHidden,
    effect: async (_action, api) => {
      if (!isDirty()) return;
      // Synchronously, before the first await: the page may be gone before IndexedDB answers.
      if (deps.stash) {
        const state = api.getState();
        const stash: Stash = { at: Date.now(), snapshot: selectCaseSnapshot(state), corrections: selectCorrections(state) };
        try {
          deps.stash.write(JSON.stringify(stash));
        } catch {
          // Full: the IndexedDB save below is still attempted.
        }
      }
      await saveContent(api, false);
    },
  });

  // A finished analysis is kept with the content it was computed from (a reload shows it at once).
  startAppListening({
    actionCreator: analysisCompleted,
    effect: async (_action, api) => {
      api.cancelActiveListeners();
      await api.delay(deps.saveDelayMs);
      await enqueue(async () => {
        const state = api.getState();
        const { open } = state.library;
        const { status, result } = state.analysis;
        if (isDirty() || !open || open.revision === null || open.revision === 0 || status !== 'done' || !result) return;
        try {
          await repo.saveAnalysis(open.caseId, open.revision, result);
          await repo.setLastOpened(open.caseId);
        } catch (error) {
          api.dispatch(saveFailed({ kind: isQuotaError(error) ? 'quota' : 'other', message: errorMessage(error) }));
        }
      });
    },
  });

  startAppListening({
    actionCreator: conflictResolved,
    effect: async (action, api) => {
      const caseId = selectCaseSnapshot(api.getState()).id;
      if (action.payload === 'mine') {
        await saveContent(api, true);
        return;
      }
      const saved = await enqueue(() => repo.load(caseId));
      if (!saved) return;
      markClean();
      api.dispatch(caseLoaded({ snapshot: saved.snapshot, corrections: saved.corrections, revision: saved.revision ?? 0, ...(saved.analysis ? { analysis: saved.analysis } : {}) }));
    },
  });

  startAppListening({
    actionCreator: savedCaseOpened,
    effect: async (action, api) => {
      if (isDirty()) await saveContent(api, false);
      const saved = await enqueue(() => repo.load(action.payload));
      if (saved) {
        markClean();
        api.dispatch(caseLoaded({ snapshot: saved.snapshot, corrections: saved.corrections, revision: saved.revision ?? 0, ...(saved.analysis ? { analysis: saved.analysis } : {}) }));
        await repo.setLastOpened(action.payload);
      }
    },
  });

  startAppListening({
    actionCreator: savedCaseDeleted,
    effect: async (action, api) => {
      await enqueue(() => repo.remove(action.payload));
      api.dispatch(savedCasesListed(await repo.list()));
    },
  });
}
