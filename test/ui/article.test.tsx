import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { ArticleView } from '../../src/features/article/ArticleView.tsx';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

async function renderArticle(analysis: CaseAnalysis = buildAnalysis(), ui = <ArticleView />) {
  const view = renderWithStore(ui, { deps: { runner: fixedRunner(analysis) } });
  act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  act(() => { view.store.dispatch(viewChanged('article')); });
  await analysed(view.store);
  return view;
}

/** An article where the analysis found a claim in the first sentence only. */
function partlyAnalysed(): CaseAnalysis {
  const full = buildArticle({
    id: 'h',
    outlet: 'Herald',
    sentences: [{ text: 'Officials said the border was closed.', source: 'Officials', cue: 'said', kind: 'anonymous' }, 'Trade stopped on Monday.'],
  });
  const article = { ...full, claims: [full.claims[0]!] };
  return { articles: [article], rows: [buildRow([article.claims[0]!], [article], { id: 'r1' })], actors: [], diagnostics: [] };
}

describe('Article view', () => {
  it('shows the cleaned text with claims highlighted and the source marked by kind', async () => {
    await renderArticle();
    expect(screen.getByRole('heading', { level: 2, name: 'Global Wire' })).toBeInTheDocument();
    const claims = screen.getAllByRole('button', { name: /^Claim:/ });
    expect(claims.map((c) => c.textContent)).toEqual([
      'Claim:President Tomas Vell won 58% of the vote, the commission said.',
      'Claim:Opposition leader Irena Dasko said the count was rigged.',
    ]);
    const source = claims[0]!.querySelector('.source-span');
    expect(source).toHaveTextContent('the commission');
    expect(source).toHaveClass('kind-organization');
    expect(source).toHaveAttribute('title', 'organisation');
  });

  it('switches between the case’s articles', async () => {
    const user = userEvent.setup();
    await renderArticle();
    await user.selectOptions(screen.getByLabelText('Article'), 'MST News');
    expect(screen.getByRole('heading', { level: 2, name: 'MST News' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Claim:/ })).toHaveTextContent('Officials said turnout reached 71%.');
  });

  it('shows a selected claim’s source and takes the user to its row in Compare', async () => {
    const user = userEvent.setup();
    const { store } = await renderArticle(buildAnalysis(), <App />);
    const claim = screen.getByRole('button', { name: /Irena Dasko said/ });
    await user.click(claim);
    expect(claim).toHaveAttribute('aria-pressed', 'true');
    const details = screen.getByRole('complementary', { name: 'Selected claim' });
    expect(within(details).getByText('Opposition leader Irena Dasko')).toBeInTheDocument();
    expect(within(details).getByText('person')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Show its row in Compare' }));
    expect(store.getState().ui.view).toBe('compare');
    const grid = screen.getByRole('grid');
    const row = within(grid).getByRole('rowheader', { name: /^Row 1 / }).closest('[role="row"]')!;
    expect(row.querySelector('.is-selected')).toHaveTextContent('Irena Dasko');
  });

  it('selects claims with the keyboard', async () => {
    const user = userEvent.setup();
    await renderArticle();
    const claims = screen.getAllByRole('button', { name: /^Claim:/ });
    act(() => claims[1]!.focus());
    await user.keyboard('{Enter}');
    expect(claims[1]).toHaveAttribute('aria-pressed', 'true');
  });

  it('lets a person mark a sentence as a claim, and a claim as not a claim', async () => {
    const user = userEvent.setup();
    const { store } = await renderArticle(partlyAnalysed());
    await user.click(screen.getByRole('button', { name: 'Trade stopped on Monday.' }));
    await user.click(screen.getByRole('button', { name: 'Mark as a claim' }));
    expect(screen.getAllByRole('button', { name: /^Claim:/ }).map((c) => c.textContent)).toEqual([
      'Claim:Officials said the border was closed.',
      'Claim:Trade stopped on Monday.',
    ]);
    expect(store.getState().corrections.addedClaims).toEqual([
      { id: expect.stringMatching(/^h:u-/), articleId: 'h', start: 38, end: 62, text: 'Trade stopped on Monday.' },
    ]);

    await user.click(screen.getByRole('button', { name: /border was closed/ }));
    await user.click(screen.getByRole('button', { name: 'Correct this claim' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Not a claim' }));
    expect(screen.getByRole('button', { name: /^Not a claim \(corrected\):\s*Officials/ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'It is a claim' }));
    expect(screen.getAllByRole('button', { name: /^Claim:/ })).toHaveLength(2);
  });
});
