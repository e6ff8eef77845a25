import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App.tsx';
import type { CaseAnalysis, Claim } from '../../src/core/types.ts';
import { articleMetadataEdited, type CaseSnapshot } from '../../src/model/caseSlice.ts';
import { claimKindCorrected, emptyCorrections, type CorrectionsState } from '../../src/model/correctionsSlice.ts';
import { createDexieRepository } from '../../src/features/library/dexieRepository.ts';
import { appStarted } from '../../src/model/librarySlice.ts';
import { serializeCase } from '../../src/features/library/exchange.ts';
import { reanchor } from '../../src/model/anchors.ts';
import { analysed, renderWithStore, settle } from './builders.tsx';

const story: CaseSnapshot = {
  id: 'story',
  name: 'Bridge story',
  articles: [
    { id: 'north', raw: 'The bridge closed on Monday. Engineers found cracks. Traffic was diverted.', outlet: 'North Daily', language: 'en' },
    { id: 'south', raw: 'Cracks closed the bridge. Drivers were angry.', outlet: 'South Post', language: 'en' },
  ],
};

const claim = (articleId: string, n: number, text: string, start: number): Claim => ({
  id: `${articleId}:c${n}`,
  articleId,
  sentenceIndex: n - 1,
  text,
  start,
  end: start + text.length,
  attribution: null,
});

const analysisOf = (text: string, claims: Claim[]): CaseAnalysis => ({
  articles: [{ id: 'x', language: 'en', format: 'text', text, claims, removed: [], warnings: [] }],
  rows: [],
  actors: [],
  diagnostics: [],
});

describe('Corrections anchored to their claim', () => {
  const before = 'Rain fell. The mayor resigned.';
  const corrected: CorrectionsState = {
    ...emptyCorrections,
    claimEdits: { 'x:c2': { kind: 'anonymous' } },
    anchors: { 'x:c2': { articleId: 'x', start: 11, end: 30, text: 'The mayor resigned.' } },
  };

  it('follows its claim when the claims are renumbered', () => {
    const text = `Wind blew. ${before}`;
    const fresh = analysisOf(text, [claim('x', 1, 'Wind blew.', 0), claim('x', 2, 'Rain fell.', 11), claim('x', 3, 'The mayor resigned.', 22)]);
    const result = reanchor(corrected, fresh);
    // Position id x:c2 is now "Rain fell.": the correction must not land there.
    expect(result.claimEdits).toEqual({ 'x:c3': { kind: 'anonymous' } });
    expect(result.anchors?.['x:c3']).toEqual({ articleId: 'x', start: 22, end: 41, text: 'The mayor resigned.' });
    expect(result.needsReview ?? []).toEqual([]);
  });

  it('is listed for review, applied nowhere, when its claim is rewritten', () => {
    const text = 'Rain fell. The mayor did not resign.';
    const fresh = analysisOf(text, [claim('x', 1, 'Rain fell.', 0), claim('x', 2, 'The mayor did not resign.', 11)]);
    const result = reanchor(corrected, fresh);
    expect(result.claimEdits).toEqual({});
    expect(result.needsReview).toHaveLength(1);
    expect(result.needsReview?.[0]).toMatchObject({ anchor: { text: 'The mayor resigned.' }, edit: { kind: 'anonymous' } });
  });

  it('is left alone when its text still stands where it did', () => {
    const fresh = analysisOf(before, [claim('x', 1, 'Rain fell.', 0), claim('x', 2, 'The mayor resigned.', 11)]);
    expect(reanchor(corrected, fresh)).toBe(corrected);
  });
});

let dbCount = 0;
function setup(repository: ReturnType<typeof createDexieRepository> | null = null) {
  const view = renderWithStore(<App />, { deps: { repository } });
  act(() => {
    view.store.dispatch(appStarted({ example: story }));
  });
  return view;
}

describe('Undo and redo', () => {
  it('brings a removed article back from the notice, and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Remove North Daily' }));
    expect(store.getState().case.articles.ids).toEqual(['south']);
    const notice = screen.getByText('Removed North Daily.').closest('[role="status"]') as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(store.getState().case.articles.ids).toEqual(['north', 'south']);

    await user.click(screen.getByRole('button', { name: 'Remove South Post' }));
    expect(store.getState().case.articles.ids).toEqual(['north']);
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().case.articles.ids).toEqual(['north', 'south']);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().case.articles.ids).toEqual(['north']);
    const history = screen.getByRole('group', { name: 'Edit history' });
    await user.click(within(history).getByRole('button', { name: 'Undo' }));
    expect(store.getState().case.articles.ids).toEqual(['north', 'south']);
    await user.click(within(history).getByRole('button', { name: 'Redo' }));
    expect(store.getState().case.articles.ids).toEqual(['north']);
  });

  it('undoes and redoes an edit of an article’s outlet', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Edit North Daily' }));
    const outlet = screen.getAllByLabelText('Outlet', { exact: true }).find((el) => (el as HTMLInputElement).value === 'North Daily')!;
    await user.clear(outlet);
    await user.type(outlet, 'North Herald');
    await user.tab();
    await waitFor(() => expect(store.getState().case.articles.entities.north?.outlet).toBe('North Herald'));
    const history = screen.getByRole('group', { name: 'Edit history' });
    while (store.getState().case.articles.entities.north?.outlet !== 'North Daily') {
      await user.click(within(history).getByRole('button', { name: 'Undo' }));
    }
    expect(store.getState().case.articles.entities.north?.outlet).toBe('North Daily');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().case.articles.entities.north?.outlet).not.toBe('North Daily');
  });

  it('undoes a correction', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await analysed(store);
    act(() => {
      store.dispatch(claimKindCorrected({ claimId: 'north:c2', kind: 'anonymous' }));
    });
    expect(store.getState().corrections.claimEdits['north:c2']).toEqual({ kind: 'anonymous' });
    await user.click(within(screen.getByRole('group', { name: 'Edit history' })).getByRole('button', { name: 'Undo' }));
    expect(store.getState().corrections.claimEdits).toEqual({});
  });
});

describe('No lost work', () => {
  /** The analysed story case with one article pasted by the user (three articles), saved in its own library. */
  async function caseWithPastedArticle() {
    const user = userEvent.setup();
    const repository = createDexieRepository(`parallax-history-${++dbCount}`);
    const { store } = setup(repository);
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.type(screen.getByLabelText('Article text (paste text or a web page)'), 'A pasted report about the bridge.');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(store.getState().case.articles.ids).toHaveLength(3);
    return { user, repository, store };
  }

  it('keeps the case with a pasted article in the library when the example case is loaded', async () => {
    const { user, repository, store } = await caseWithPastedArticle();
    // At once: no wait for the save debounce.
    await user.click(screen.getByRole('button', { name: 'Load the example case' }));
    await waitFor(() => expect(store.getState().case.id).not.toBe('story'));
    await waitFor(async () => expect((await repository.load('story'))?.snapshot.articles).toHaveLength(3));
    await user.click(within(screen.getByText(/The example case is open/).closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(store.getState().case.id).toBe('story');
    expect(store.getState().case.articles.ids).toHaveLength(3);
  });

  it('keeps the current case in the library when another is imported, and Undo brings it back', async () => {
    const { user, repository, store } = await caseWithPastedArticle();
    const other = serializeCase({ id: 'other', name: 'Other story', articles: [{ id: 'o1', raw: 'The dam opened.', outlet: 'Dam Times', language: 'en' }] }, emptyCorrections);
    await user.upload(screen.getByLabelText('Import JSON'), new File([other], 'other.parallax.json', { type: 'application/json' }));
    await waitFor(() => expect(store.getState().case.name).toBe('Other story'));
    // At once, pasted article and all: no wait for the save debounce.
    await waitFor(async () => expect((await repository.load('story'))?.snapshot.articles).toHaveLength(3));
    await user.click(within(screen.getByText('Imported Other story.').closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(store.getState().case.id).toBe('story');
    expect(store.getState().case.articles.ids).toHaveLength(3);
  });

  it('moves a correction with its sentence when the text changes, and lists it for review when the sentence is rewritten', async () => {
    const { store } = setup();
    await analysed(store);
    act(() => {
      store.dispatch(claimKindCorrected({ claimId: 'north:c2', kind: 'anonymous' }));
    });
    act(() => {
      store.dispatch(articleMetadataEdited({ id: 'north', changes: { raw: 'Officials spoke. The bridge closed on Monday. Engineers found cracks. Traffic was diverted.' } }));
    });
    await settle(50);
    await analysed(store);
    expect(store.getState().corrections.claimEdits).toEqual({ 'north:c3': { kind: 'anonymous' } });
    act(() => {
      store.dispatch(articleMetadataEdited({ id: 'north', changes: { raw: 'Officials spoke. The bridge closed on Monday. Engineers found no cracks. Traffic was diverted.' } }));
    });
    await settle(50);
    await analysed(store);
    expect(store.getState().corrections.claimEdits).toEqual({});
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Case' }));
    const review = screen.getByRole('region', { name: 'Corrections that need review (1)' });
    expect(within(review).getByText(/Engineers found cracks\./)).toBeInTheDocument();
  });
});
