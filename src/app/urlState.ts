import { locationChanged, VIEW_NAMES, type ViewName } from '../model/uiSlice.ts';
import type { AppStore, RootState } from './store.ts';

/** What the address holds: the view, the article read and the row linked. */
export interface LocationState {
  view?: ViewName;
  articleId?: string | null;
  rowId?: string | null;
}

/** Reads `?view=compare&row=r3&article=a1`. Example: readLocation('?view=article&article=a1').articleId === 'a1' */
export function readLocation(search: string): LocationState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const state: LocationState = {};
  if (view && (VIEW_NAMES as readonly string[]).includes(view)) state.view = view as ViewName;
  state.articleId = params.get('article');
  state.rowId = params.get('row');
  return state;
}

/** The address of a state: only what another reader needs to land in the same place. */
export function writeLocation(state: RootState): string {
  const params = new URLSearchParams();
  params.set('view', state.ui.view);
  if (state.ui.view === 'article' && state.ui.selectedArticleId) params.set('article', state.ui.selectedArticleId);
  if (state.ui.view === 'compare' && state.ui.linkedRowId) params.set('row', state.ui.linkedRowId);
  return `?${params.toString()}`;
}

/**
 * Keeps the address and the store in step: a view change is a new history entry (so Back returns to the
 * previous view), other changes replace the entry; Back/Forward and a shared link set the state.
 */
export function connectLocation(store: AppStore, win: Window = window): () => void {
  const apply = () => store.dispatch(locationChanged(readLocation(win.location.search)));
  const opening = win.location.search;
  if (opening) apply();
  // Opening the case (from storage, after start) resets the case's selections: the link is applied again then.
  let caseId = store.getState().case.id;
  let reapplied = !opening;
  let last = writeLocation(store.getState());
  let lastView = store.getState().ui.view;
  win.history.replaceState(null, '', last + win.location.hash);
  const unsubscribe = store.subscribe(() => {
    let state = store.getState();
    if (!reapplied && state.case.id !== caseId) {
      reapplied = true;
      caseId = state.case.id;
      store.dispatch(locationChanged(readLocation(opening)));
      state = store.getState();
    }
    const next = writeLocation(state);
    if (next === last) return;
    if (state.ui.view !== lastView) win.history.pushState(null, '', next);
    else win.history.replaceState(null, '', next);
    last = next;
    lastView = state.ui.view;
  });
  const onPop = () => {
    apply();
    last = writeLocation(store.getState());
    lastView = store.getState().ui.view;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
