// The trial's defects (issue 10, "What the trial found"), each through the interface by role and label.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attributionIn, buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded, articlesAdded } from '../../src/features/case/caseSlice.ts';
import { languageChanged, viewChanged, type ViewName } from '../../src/features/ui/uiSlice.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

async function renderApp(analysis: CaseAnalysis, { language = 'en', view = 'compare', inputs }: { language?: 'en' | 'ar'; view?: ViewName; inputs?: { raw: string; outlet?: string; language?: string }[] } = {}) {
  const result = renderWithStore(<App />, { deps: { runner: fixedRunner(analysis) } });
  act(() => {
    result.store.dispatch(languageChanged(language));
    result.store.dispatch(inputs ? articlesAdded(inputs) : articleAdded({ raw: 'stand-in' }));
    result.store.dispatch(viewChanged(view));
  });
  await analysed(result.store);
  return result;
}

const LRI_PDI = /\u2068([^\u2069]*)\u2069/g;

describe('1. numbers and mixed-direction text in the Arabic interface', () => {
  it('isolates the row number and the coverage so they cannot run together', async () => {
    await renderApp(buildAnalysis(), { language: 'ar' });
    const header = screen.getAllByRole('rowheader')[0]!;
    const text = header.textContent ?? '';
    // "الصف ١ … ٢ من ٣": every number in its own isolate.
    expect([...text.matchAll(LRI_PDI)].map((m) => m[1])).toEqual(['١', '٢', '٣']);
    expect(text).not.toMatch(/[٠-٩]\s+[٠-٩]/u);
  });

  it('keeps an outlet name with parentheses in one isolate in the column header', async () => {
    const analysis = buildAnalysis();
    analysis.articles[0] = { ...analysis.articles[0]!, outlet: 'Global Wire (الوكالة)' };
    await renderApp(analysis, { language: 'ar' });
    const head = screen.getAllByRole('columnheader').find((h) => h.textContent?.includes('Global Wire'))!;
    expect(head.querySelector('bdi')).toHaveTextContent('Global Wire (الوكالة)');
  });
});

describe('6. one digit style in the Arabic interface', () => {
  it('writes the report’s counts in Arabic-Indic digits', async () => {
    await renderApp(buildAnalysis(), { language: 'ar', view: 'report' });
    const table = screen.getAllByRole('table')[0]!;
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells.join(' ')).toMatch(/[٠-٩]/u);
    expect(cells.join(' ')).not.toMatch(/[0-9]/);
  });

  it('names the article language instead of its code', async () => {
    const analysis = buildAnalysis();
    await renderApp(analysis, { language: 'ar', view: 'case', inputs: [{ raw: 'نص.', outlet: 'Global Wire', language: 'ar' }] });
    const item = screen.getByRole('group', { name: 'Global Wire' });
    expect(item.textContent).toMatch(/اللغة: \u2068?العربية/u);
    expect(item.textContent).not.toMatch(/اللغة: \u2068?ar/u);
  });
});

describe('7. the case list', () => {
  it('shows the detected language, not "detect"', async () => {
    const analysis = buildAnalysis();
    const { store } = await renderApp(analysis, { view: 'case', inputs: [{ raw: 'Text.', outlet: 'Global Wire' }] });
    const id = store.getState().case.articles.ids[0]!;
    act(() => {
      const result = { ...analysis, articles: [{ ...analysis.articles[0]!, id, language: 'en' }] };
      store.dispatch({ type: 'analysis/analysisCompleted', payload: { requestId: store.getState().analysis.requestId, result } });
    });
    const item = screen.getByRole('group', { name: 'Global Wire' });
    expect(item).toHaveTextContent('Language: English');
    expect(item).not.toHaveTextContent(/detect/);
  });

  it('names an HTML article by its page’s outlet (og:site_name), in the list and in Compare alike', async () => {
    const analysis = buildAnalysis();
    const user = userEvent.setup();
    const { store } = await renderApp(analysis, { view: 'case', inputs: [{ raw: '<html>…</html>' }] });
    const id = store.getState().case.articles.ids[0]!;
    // The analysis of that article found the page's own outlet name.
    const found = { ...analysis, articles: [{ ...analysis.articles[0]!, id, outlet: 'Page Outlet' }] };
    act(() => {
      store.dispatch({ type: 'analysis/analysisCompleted', payload: { requestId: store.getState().analysis.requestId, result: found } });
    });
    expect(screen.getByRole('group', { name: 'Page Outlet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Page Outlet');
  });

  it('clears an information notice when the user moves on', async () => {
    const user = userEvent.setup();
    await renderApp(buildAnalysis(), { view: 'case', inputs: [{ raw: 'One.', outlet: 'Global Wire' }] });
    await user.click(screen.getByRole('button', { name: 'Remove Global Wire' }));
    expect(screen.getByText('Removed Global Wire.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.queryByText('Removed Global Wire.')).not.toBeInTheDocument();
  });
});

describe('8. the Article view', () => {
  it('highlights the source and the cue even when the source stands outside the claim’s sentence', async () => {
    const article = buildArticle({ id: 'wire', outlet: 'Global Wire', sentences: ['Minister Ana Ruiz spoke on Friday.', 'The talks failed, she said.'] });
    const claim = article.claims[1]!;
    const cue = attributionIn(claim.text, { source: 'she', cue: 'said' }, claim.start).cue;
    const source = { text: 'Minister Ana Ruiz', start: 0, end: 'Minister Ana Ruiz'.length, kind: 'person' as const };
    article.claims = [{ ...claim, attribution: { source, cue, quote: 'indirect', rule: 'fixture' } }];
    const analysis: CaseAnalysis = { articles: [article], rows: [buildRow(article.claims, [article])], actors: [], diagnostics: [] };
    const { container } = await renderApp(analysis, { view: 'article' });
    const text = container.querySelector('.article-text') as HTMLElement;
    expect(within(text).getByText('Minister Ana Ruiz')).toHaveClass('source-span', 'kind-person');
    expect(within(text).getByText('said')).toHaveClass('cue-span');
  });
});
