import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { connectLocation, readLocation } from '../../src/app/urlState.ts';
import type { CaseSnapshot } from '../../src/model/caseSlice.ts';
import { appStarted } from '../../src/model/librarySlice.ts';
import { fixedRunner, renderWithStore, analysed } from './builders.tsx';

const example: CaseSnapshot = {
  id: 'example',
  name: 'Election case',
  articles: [
    { id: 'wire', raw: 'x', outlet: 'Global Wire' },
    { id: 'exile', raw: 'y', outlet: 'Free Press' },
    { id: 'mst', raw: 'z', outlet: 'MST News' },
  ],
};

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the address', () => {
  it('opens the view and article a link names, and Back returns to the previous view', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=article&article=exile');
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()) } });
    const disconnect = connectLocation(store);
    act(() => {
      store.dispatch(appStarted({ example }));
    });
    await analysed(store);
    expect(store.getState().ui.view).toBe('article');
    expect(screen.getByRole('heading', { level: 2, name: 'Free Press' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(readLocation(window.location.search).view).toBe('compare');
    await user.click(screen.getAllByRole('button', { name: /^Link to row 2/ })[0]!);
    expect(window.location.search).toBe('?view=compare&row=' + store.getState().ui.linkedRowId);

    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(store.getState().ui.view).toBe('article'));
    disconnect();
  });

  it('opens Compare on the row a shared link names, with the focus in that row', async () => {
    window.history.replaceState(null, '', '/?view=compare&row=r-result');
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()) } });
    const disconnect = connectLocation(store);
    act(() => {
      store.dispatch(appStarted({ example }));
    });
    await analysed(store);
    expect(store.getState().ui).toMatchObject({ view: 'compare', linkedRowId: 'r-result' });
    // r-result is the case's second row.
    await waitFor(() => expect(document.activeElement?.closest('[role="row"]')?.querySelector('[role="rowheader"]')?.textContent).toMatch(/Row 2/));
    expect(window.location.search).toBe('?view=compare&row=r-result');
    disconnect();
  });
});
