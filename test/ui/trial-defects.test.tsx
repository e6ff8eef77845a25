// The trial's defects (issue 10, "What the trial found"), each through the interface by role and label.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attributionIn, buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded, articlesAdded } from '../../src/model/caseSlice.ts';
import { languageChanged, viewChanged, type ViewName } from '../../src/model/uiSlice.ts';
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

describe('1b. an English article read in the Arabic interface (user read s7)', () => {
  it('keeps its title beside its name (aligned with the page, isolated) and its date left to right', async () => {
    const analysis = buildAnalysis();
    analysis.articles[0] = { ...analysis.articles[0]!, title: 'Ferries resume after the storm', date: '2019-10-15' };
    await renderApp(analysis, { language: 'ar', view: 'article' });
    const title = screen.getByText('Ferries resume after the storm');
    expect(title.tagName).toBe('BDI');
    expect(title.closest('p')).not.toHaveAttribute('dir');
    const date = screen.getByText('2019-10-15');
    expect(date.tagName).toBe('BDI');
    expect(date).toHaveAttribute('dir', 'ltr');
  });
});

describe('4. more outlets than fit', () => {
  const headers = () => screen.getAllByRole('columnheader').slice(1).map((h) => h.textContent);

  it('lets the user choose and reorder the outlets shown, counting coverage over all of them', async () => {
    const user = userEvent.setup();
    await renderApp(buildAnalysis());
    expect(headers()).toEqual(['Global Wire', 'Free Press', 'MST News']);
    await user.click(screen.getByText('Outlets shown: 3 of 3'));
    const list = screen.getByRole('list', { name: 'Outlet columns' });
    await user.click(within(list).getByRole('checkbox', { name: 'Free Press' }));
    expect(headers()).toEqual(['Global Wire', 'MST News']);
    expect(screen.getByText('Outlets shown: 2 of 3')).toBeInTheDocument();
    // A row two outlets report is still "2 of 3", though one of them is hidden.
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('2 of 3 outlets');
    await user.click(within(list).getByRole('button', { name: 'Move MST News earlier' }));
    expect(headers()).toEqual(['Global Wire', 'MST News']);
    await user.click(within(list).getByRole('button', { name: 'Move MST News earlier' }));
    expect(headers()).toEqual(['MST News', 'Global Wire']);
    await user.click(screen.getByRole('button', { name: 'Show all, in case order' }));
    expect(headers()).toEqual(['Global Wire', 'Free Press', 'MST News']);
  });
});

describe('5. charts', () => {
  it('gives every series of one actor one colour, its stances told apart by fill', async () => {
    const { labelChartSeries } = await import('../../src/model/charts.ts');
    const byStance = (['positive', 'neutral', 'negative'] as const).map((stance) => ({ stance, data: [1, 0] }));
    const series = labelChartSeries([{ actor: 'Actor A', byStance }, { actor: 'Actor B', byStance }], (k) => k);
    const colours = (actor: string) => new Set(series.filter((s) => s.stack === actor).map((s) => s.color));
    expect(colours('Actor A').size).toBe(1);
    expect(colours('Actor B').size).toBe(1);
    expect([...colours('Actor A')][0]).not.toBe([...colours('Actor B')][0]);
    expect(new Set(series.filter((s) => s.stack === 'Actor A').map((s) => s.fill)).size).toBe(3);
  });

  it('reads left to right in the English interface and mirrors in the Arabic one, whatever the case’s language', async () => {
    const analysis = buildAnalysis();
    analysis.articles = analysis.articles.map((a) => ({ ...a, language: 'ar' }));
    const english = await renderApp(analysis, { view: 'charts' });
    await screen.findAllByRole('figure');
    expect([...english.container.querySelectorAll('[data-category-order]')].map((e) => e.getAttribute('data-category-order'))).not.toContain('rtl');
    english.unmount();
    const arabic = await renderApp(analysis, { view: 'charts', language: 'ar' });
    await screen.findAllByRole('figure');
    expect([...arabic.container.querySelectorAll('[data-category-order]')].map((e) => e.getAttribute('data-category-order'))).not.toContain('ltr');
  });
});

describe('6. one digit style in the Arabic interface', () => {
  it('writes the report’s counts and dates in Arabic-Indic digits', async () => {
    const analysis = buildAnalysis();
    analysis.articles[0] = { ...analysis.articles[0]!, date: '2024-04-24' };
    const { container } = await renderApp(analysis, { language: 'ar', view: 'report' });
    const table = screen.getAllByRole('table')[0]!;
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells.join(' ')).toMatch(/[٠-٩]/u);
    expect(cells).toContain('٢٠٢٤-٠٤-٢٤');
    expect(cells.join(' ')).not.toMatch(/[0-9]/);
    // The date the report was made, under its title.
    const generated = container.querySelector('.report > .hint')!.textContent ?? '';
    expect(generated).toMatch(/[٠-٩]{4}/u);
    expect(generated).not.toMatch(/[0-9]/);
  });

  it('writes the Sources tables’ counts and the Actors view’s label counts in Arabic-Indic digits', async () => {
    const sources = await renderApp(buildAnalysis(), { language: 'ar', view: 'sources' });
    const counts = [...sources.container.querySelectorAll('table td')].map((c) => c.textContent ?? '').filter((s) => /\p{N}/u.test(s));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.join(' ')).not.toMatch(/[0-9]/);
    sources.unmount();
    const actors = await renderApp(buildAnalysis(), { language: 'ar', view: 'actors' });
    const chipCounts = [...actors.container.querySelectorAll('.chip-count')].map((c) => c.textContent ?? '');
    expect(chipCounts.length).toBeGreaterThan(0);
    expect(chipCounts.join(' ')).toMatch(/[٠-٩]/u);
    expect(chipCounts.join(' ')).not.toMatch(/[0-9]/);
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

  it('names an article nothing names "Article N", in the list and in Compare alike', async () => {
    const analysis = buildAnalysis();
    const user = userEvent.setup();
    const { store } = await renderApp(analysis, { view: 'case', inputs: [{ raw: 'One.' }, { raw: 'Two.' }] });
    const ids = store.getState().case.articles.ids;
    // Pasted text with no outlet and no title: neither the user nor the page names the articles.
    const articles = analysis.articles.slice(0, 2).map((a, i) => {
      const bare = { ...a, id: ids[i]! };
      delete bare.outlet;
      delete bare.title;
      return bare;
    });
    const unnamed = { ...analysis, articles };
    const rows = unnamed.rows.map((r) => ({ ...r, claimIds: r.claimIds.filter((c) => unnamed.articles.some((a) => a.claims.some((x) => x.id === c))) }));
    act(() => {
      store.dispatch({ type: 'analysis/analysisCompleted', payload: { requestId: store.getState().analysis.requestId, result: { ...unnamed, rows } } });
    });
    expect(screen.getByRole('group', { name: 'Article 1' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Article 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent ?? '');
    expect(headers.some((h) => h.includes('Article 1'))).toBe(true);
    expect(headers.some((h) => h.includes('Article 2'))).toBe(true);
    expect(headers.join(' ')).not.toMatch(/a-[\w-]{8}/);
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

describe('6. notes from the core in the interface language', () => {
  it('translates a diagnostic that carries a code and parameters, and keeps the English message otherwise', async () => {
    const analysis: CaseAnalysis = {
      ...buildAnalysis(),
      diagnostics: [
        { level: 'error', message: 'x: duplicate article id, skipped', code: 'duplicate-id', params: { article: 'x' } },
        { level: 'info', message: 'A note without a code' },
      ],
    };
    await renderApp(analysis, { language: 'ar', view: 'case' });
    const notes = document.querySelector('.diagnostics') as HTMLElement;
    expect(notes.textContent).toContain('معرّف مقال مكرر، تُرك');
    expect(notes.textContent).toContain('A note without a code');
  });

  it('hides the browser’s own file button behind a label in the interface language', async () => {
    await renderApp(buildAnalysis(), { language: 'ar', view: 'case' });
    const picker = screen.getByLabelText(/^اختر ملفات/);
    expect(picker).toHaveAttribute('type', 'file');
    expect(picker).toHaveClass('file-input');
  });
});

describe('blindspots per outlet', () => {
  it('filters Compare to the rows others share that one outlet leaves out, and lists them in the report', async () => {
    const user = userEvent.setup();
    await renderApp(buildAnalysis());
    await user.selectOptions(screen.getByLabelText('Left out by'), 'MST News');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = within(row).getAllByRole('gridcell');
      expect(cells[2]).toHaveClass('is-missing');
      expect(cells.filter((c) => !c.classList.contains('is-missing')).length).toBeGreaterThanOrEqual(2);
    }
    const shown = rows.length;
    await user.click(screen.getByRole('button', { name: 'Report' }));
    const section = screen.getByRole('heading', { name: 'Blindspots per outlet' }).closest('section') as HTMLElement;
    const item = within(section).getByText('MST News').closest('li') as HTMLElement;
    expect(item).toHaveTextContent(shown === 1 ? '1 row:' : `${shown} rows:`);
  });
});

describe('help', () => {
  it('opens a glossary from the header of any view, in both languages', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(buildAnalysis(), { view: 'actors' });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    for (const term of ['Row', 'Reference outlet', 'Own voice', 'Cue stance', 'Label marks + − ·']) expect(within(glossary).getByText(term)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Glossary' })).toBeNull();
    act(() => {
      store.dispatch(languageChanged('ar'));
    });
    await user.click(screen.getByRole('button', { name: 'مساعدة' }));
    expect(within(screen.getByRole('dialog', { name: 'مسرد المصطلحات' })).getByText('الوسيلة المرجعية')).toBeInTheDocument();
  });
});
