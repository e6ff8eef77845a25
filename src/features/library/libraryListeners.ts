import type { UnknownAction } from '@reduxjs/toolkit';
import type { AppStartListening, StoreDeps } from '../../store/store.ts';
import { analysisCompleted, analysisRestored } from '../analysis/analysisSlice.ts';
import { caseLoaded, selectCaseSnapshot } from '../case/caseSlice.ts';
import { selectCorrections } from '../corrections/correctionsSlice.ts';
import { appStarted, savedCaseDeleted, savedCaseOpened, savedCasesListed } from './librarySlice.ts';

const changesCase = (action: UnknownAction): boolean =>
  action.type.startsWith('case/') || action.type.startsWith('corrections/') || analysisCompleted.match(action);

/** Persists the open case and its corrections, and opens saved cases (no-op without a repository). */
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
      api.dispatch(
        saved
          ? caseLoaded({ snapshot: saved.snapshot, corrections: saved.corrections })
          : caseLoaded({ snapshot: action.payload.example }),
      );
      if (saved?.analysis) api.dispatch(analysisRestored(saved.analysis));
    },
  });

  if (!repo) return;

  startAppListening({
    predicate: changesCase,
    effect: async (_action, api) => {
      api.cancelActiveListeners();
      await api.delay(deps.saveDelayMs);
      const state = api.getState();
      const snapshot = selectCaseSnapshot(state);
      const { status, result } = state.analysis;
      await repo.save({
        snapshot,
        corrections: selectCorrections(state),
        updatedAt: Date.now(),
        ...(status === 'done' && result ? { analysis: result } : {}),
      });
      await repo.setLastOpened(snapshot.id);
      api.dispatch(savedCasesListed(await repo.list()));
    },
  });

  startAppListening({
    actionCreator: savedCaseOpened,
    effect: async (action, api) => {
      const saved = await repo.load(action.payload);
      if (saved) {
        api.dispatch(caseLoaded({ snapshot: saved.snapshot, corrections: saved.corrections }));
        if (saved.analysis) api.dispatch(analysisRestored(saved.analysis));
      }
    },
  });

  startAppListening({
    actionCreator: savedCaseDeleted,
    effect: async (action, api) => {
      await repo.remove(action.payload);
      api.dispatch(savedCasesListed(await repo.list()));
    },
  });
}
