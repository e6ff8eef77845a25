// The limits are stated where articles are added; too-large input is refused there; diagnostics are shown.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { LIMITS } from '../../src/core/limits.ts';
import { caseLoaded } from '../../src/model/caseSlice.ts';
import { viewChanged } from '../../src/model/uiSlice.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

describe('limits and diagnostics on the Case view', () => {
  it('states both limits next to the add-article controls, in English and Arabic', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    act(() => { store.dispatch(viewChanged('case')); });
    const form = screen.getByRole('region', { name: 'Add articles' });
    expect(within(form).getByText(/^Limits:/)).toHaveTextContent(
      `Limits: up to ${LIMITS.maxArticles.toLocaleString('en')} articles per case, and ${LIMITS.maxArticleChars.toLocaleString('en')} characters of text (${LIMITS.maxRawChars.toLocaleString('en')} characters of raw input, markup included) per article.`,
    );
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(screen.getByText(/^الحدود: حتى/)).toHaveTextContent(new Intl.NumberFormat('ar-EG').format(LIMITS.maxArticles));
  });

  it('refuses a file or a paste over the per-article limit with the sizes, and adds the rest', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    act(() => { store.dispatch(viewChanged('case')); });
    const huge = 'a'.repeat(LIMITS.maxRawChars + 1);
    await user.upload(screen.getByLabelText('Choose files (.txt, .md, .html)'), [
      new File([huge], 'dump.txt', { type: 'text/plain' }),
      new File(['A small article.'], 'small.txt', { type: 'text/plain' }),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `dump.txt: too large (${(LIMITS.maxRawChars + 1).toLocaleString('en')} characters; the limit per article is ${LIMITS.maxRawChars.toLocaleString('en')}).`,
    );
    expect(store.getState().case.articles.ids).toHaveLength(1);

    const textarea = screen.getByLabelText('Article text (paste text or a web page)');
    act(() => { textarea.focus(); });
    await user.paste(huge);
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByText(/The pasted text is too large/)).toBeInTheDocument();
    expect(store.getState().case.articles.ids).toHaveLength(1);
  }, 20_000);

  it("shows analyzeCase's diagnostics to the user, opened when something was left out", async () => {
    const analysis = {
      ...buildAnalysis(),
      diagnostics: [
        { level: 'error' as const, articleId: 'wire', message: 'too large (6,000,000 characters; the limit is 5,000,000)' },
        { level: 'warning' as const, message: `The case has 5,001 articles; only the first ${LIMITS.maxArticles} were analysed (the limit per case).` },
      ],
    };
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(analysis) } });
    act(() => {
      store.dispatch(caseLoaded({ snapshot: { id: 'c', name: 'C', articles: [{ id: 'wire', raw: 'Text.' }] } }));
      store.dispatch(viewChanged('case'));
    });
    await analysed(store);
    expect(screen.getByRole('status')).toHaveTextContent('(2 notes)');
    const details = screen.getByText('Notes from the analysis (2)', { selector: 'summary' }).closest('details')!;
    expect(details).toHaveAttribute('open');
    const items = within(details).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('too large (6,000,000 characters'),
      expect.stringContaining('only the first 5000 were analysed'),
    ]);
  });
});
