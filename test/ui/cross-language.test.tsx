/**
 * Compare on a case mixing Arabic and English (issue 12): a row shows each outlet's claim in its own
 * script and direction, and a claim in another language than the reference column's is marked with
 * what corresponds and what it alone has, instead of a word diff (which stays within one language).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildArticle, buildRow } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { analyzeCase } from '../../src/core/index.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { articleAdded } from '../../src/model/caseSlice.ts';
import { CompareView } from '../../src/features/compare/CompareView.tsx';
import { analysisCompleted, analysisRequested } from '../../src/model/analysisSlice.ts';
import { caseLoaded } from '../../src/model/caseSlice.ts';
import { correspondenceRequested } from '../../src/model/crossLanguageSlice.ts';
import { selectHasCrossLanguageColumns, selectNeedsCorrespondence } from '../../src/features/compare/crossLanguageSelectors.ts';
import { selectRowBuilder } from '../../src/model/columns.ts';
import { makeStore } from '../../src/app/store.ts';
import { outletToggled } from '../../src/model/uiSlice.ts';
import { cellCorrespondence } from '../../src/model/correspondence.ts';
import { isCrossLanguagePair } from '../../src/model/crossLanguage.ts';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

// One invented event told by two English outlets and an Arabic one.
const EN_FLOOD = 'Floods swept through the port city of Velmora on Tuesday, killing 14 people.';
const EN_FLOOD_2 = 'Floods in Velmora killed 14 people on Tuesday, officials said.';
const AR_FLOOD = 'اجتاحت الفيضانات مدينة فيلمورا الساحلية يوم الثلاثاء وأودت بحياة 14 شخصا.';
const EN_GOVERNOR = 'The regional governor, Tomas Ardell, said 300 families had been moved to schools.';
const AR_GOVERNOR = 'وقال حاكم الإقليم توماس أرديل إن 300 عائلة نقلت إلى المدارس.';

function mixedAnalysis(): CaseAnalysis {
  const coast = buildArticle({ id: 'coast', outlet: 'Coast Wire', language: 'en', sentences: [EN_FLOOD, { text: EN_GOVERNOR, source: 'The regional governor, Tomas Ardell', cue: 'said' }] });
  const sahel = buildArticle({ id: 'sahel', outlet: 'الساحل اليوم', language: 'ar', sentences: [AR_FLOOD, { text: AR_GOVERNOR, source: 'حاكم الإقليم توماس أرديل', cue: 'وقال' }] });
  const harbour = buildArticle({ id: 'harbour', outlet: 'Harbour Post', language: 'en', sentences: [{ text: EN_FLOOD_2, source: 'officials', cue: 'said', kind: 'anonymous' }] });
  const articles = [coast, sahel, harbour];
  const rows = [
    buildRow([coast.claims[0]!, sahel.claims[0]!, harbour.claims[0]!], articles, { id: 'r-flood' }),
    buildRow([coast.claims[1]!, sahel.claims[1]!], articles, { id: 'r-governor' }),
  ];
  return { articles, rows, actors: [], diagnostics: [] };
}

async function renderCase(analysis: CaseAnalysis, ui = <CompareView />) {
  const view = renderWithStore(ui, { deps: { runner: fixedRunner(analysis) } });
  act(() => { view.store.dispatch(articleAdded({ raw: 'stand-in' })); });
  await analysed(view.store);
  // The marking code loads on demand, when a case mixes languages.
  await waitFor(() => expect(view.store.getState().crossLanguage.bridged).not.toBeNull());
  return view;
}

const rowByNumber = (n: number, name = `Row ${n}`) => screen.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }).closest('[role="row"]') as HTMLElement;
const claimText = (cell: HTMLElement) => cell.querySelector('.claim-text') as HTMLElement;
const marked = (cell: HTMLElement, title: string) => within(cell).queryAllByTitle(title).map((m) => m.textContent);

describe('Compare across languages', () => {
  it('shows both scripts in one row, each cell in its own direction and language', async () => {
    await renderCase(mixedAnalysis());
    const grid = screen.getByRole('grid', { name: 'Claims compared across outlets' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Row', 'Coast Wire', 'الساحل اليوم', 'Harbour Post']);
    const [coast, sahel, harbour] = within(rowByNumber(1)).getAllByRole('gridcell');
    expect(claimText(coast!)).toHaveTextContent(EN_FLOOD);
    expect(claimText(sahel!)).toHaveTextContent(AR_FLOOD);
    expect(claimText(sahel!).textContent).toMatch(/\p{Script=Arabic}/u);
    expect(claimText(coast!).textContent).not.toMatch(/\p{Script=Arabic}/u);
    expect(claimText(coast!)).toHaveAttribute('dir', 'ltr');
    expect(claimText(coast!)).toHaveAttribute('lang', 'en');
    expect(claimText(sahel!)).toHaveAttribute('dir', 'rtl');
    expect(claimText(sahel!)).toHaveAttribute('lang', 'ar');
    expect(claimText(harbour!)).toHaveAttribute('dir', 'ltr');
  });

  it('marks what corresponds across languages instead of a diff; within one language the diff stays', async () => {
    const user = userEvent.setup();
    await renderCase(mixedAnalysis());
    expect(screen.getByText('In another language than the reference column:')).toBeInTheDocument();
    const cells = () => within(rowByNumber(1)).getAllByRole('gridcell');
    const sahel = cells()[1]!;
    // No word diff between Arabic and English…
    expect(sahel.querySelector('ins, del')).toBeNull();
    // …but the name, the figure and the shared words are marked, and the words only this outlet has.
    const shared = marked(sahel, 'corresponds to the reference column');
    expect(shared).toEqual(expect.arrayContaining(['فيلمورا', '14']));
    const own = marked(sahel, 'only in this outlet');
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((w) => shared.includes(w))).toBe(false);
    // The marks cut the claim without losing a character of it.
    expect(claimText(sahel).textContent).toBe(AR_FLOOD);
    expect(within(sahel).getByText(/^\d+ of \d+ words and figures correspond to the reference column \(English\)$/)).toBeInTheDocument();
    // What the English reference has and this claim lacks, in the reference's own script and direction.
    const lacks = within(sahel).getByText('The reference column also has:', { exact: false });
    const lacking = [...lacks.querySelectorAll('bdi')];
    expect(lacking.length).toBeGreaterThan(0);
    expect(lacking.every((b) => b.getAttribute('dir') === 'ltr' && b.getAttribute('lang') === 'en')).toBe(true);
    expect(lacking.map((b) => b.textContent)).not.toContain('Velmora');
    // The other English outlet keeps its word diff against the English reference, with no marks.
    const harbour = cells()[2]!;
    expect(harbour.querySelector('ins, del')).not.toBeNull();
    expect(marked(harbour, 'corresponds to the reference column')).toEqual([]);

    // Missing words hidden: the reference's extra words go too, the marks stay.
    await user.click(screen.getByRole('checkbox', { name: 'Show missing words' }));
    expect(within(cells()[1]!).queryByText('The reference column also has:', { exact: false })).toBeNull();
    expect(marked(cells()[1]!, 'corresponds to the reference column')).toEqual(expect.arrayContaining(['فيلمورا', '14']));
  });

  it('turns the marks round when the Arabic outlet becomes the reference', async () => {
    const user = userEvent.setup();
    await renderCase(mixedAnalysis());
    await user.selectOptions(screen.getByLabelText('Reference column'), 'الساحل اليوم');
    const [coast, sahel, harbour] = within(rowByNumber(2)).getAllByRole('gridcell');
    expect(sahel!.querySelector('mark')).toBeNull();
    expect(marked(coast!, 'corresponds to the reference column')).toEqual(expect.arrayContaining(['Tomas', 'Ardell', '300']));
    expect(within(coast!).getByText(/correspond to the reference column \(Arabic\)$/)).toBeInTheDocument();
    expect(harbour).toHaveTextContent('Not reported');
  });

  it('keeps each cell’s direction in the Arabic interface, with the legend in Arabic', async () => {
    const user = userEvent.setup();
    await renderCase(mixedAnalysis(), <App />);
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('بلغة غير لغة العمود المرجعي:')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: /^الصف \u2068?١(?!\d)/u }).closest('[role="row"]') as HTMLElement;
    const [coast, sahel] = within(row).getAllByRole('gridcell');
    expect(claimText(coast!)).toHaveAttribute('dir', 'ltr');
    expect(claimText(sahel!)).toHaveAttribute('dir', 'rtl');
    expect(within(sahel!).getAllByTitle('يقابل ما في العمود المرجعي').map((m) => m.textContent)).toContain('فيلمورا');
    expect(within(sahel!).getAllByTitle('في هذه الوسيلة وحدها').length).toBeGreaterThan(0);
  });

  it('explains the marks in the glossary, in both interface languages', async () => {
    const user = userEvent.setup();
    await renderCase(mixedAnalysis(), <App />);
    await user.click(screen.getByRole('button', { name: 'Help' }));
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    expect(within(glossary).getByText('Across languages')).toBeInTheDocument();
    expect(within(glossary).getByText(/a word diff would mean nothing/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    await user.click(screen.getByRole('button', { name: 'مساعدة' }));
    expect(within(screen.getByRole('dialog', { name: 'مسرد المصطلحات' })).getByText('بين لغتين')).toBeInTheDocument();
  });

  it('shows a row the core joins from an Arabic and an English article', async () => {
    const analysis = analyzeCase([
      { id: 'en', raw: `${EN_FLOOD}\n\n${EN_GOVERNOR}`, outlet: 'Coast Wire', language: 'en' },
      { id: 'ar', raw: `${AR_FLOOD}\n\n${AR_GOVERNOR}`, outlet: 'الساحل اليوم', language: 'ar' },
    ]);
    await renderCase(analysis);
    const mixedRows = screen.getAllByRole('row').filter((row) => within(row).queryAllByTitle('corresponds to the reference column').length > 0);
    expect(mixedRows.length).toBeGreaterThan(0);
    for (const row of mixedRows) {
      const [english, arabic] = within(row).getAllByRole('gridcell');
      expect(claimText(english!).textContent).toMatch(/[A-Za-z]/);
      expect(claimText(arabic!).textContent).toMatch(/\p{Script=Arabic}/u);
      expect(row.querySelector('ins, del')).toBeNull();
    }
  });
});

describe('Compare rows across languages (selectors)', () => {
  it('show a claim in another language as it is until the marking code has loaded, then with its marks', async () => {
    const result = mixedAnalysis();
    const store = makeStore(undefined, { runner: async () => result, analysisDelayMs: 0, saveDelayMs: 0 });
    store.dispatch(caseLoaded({ snapshot: { id: 'mixed', name: 'Velmora', articles: result.articles.map((a) => ({ id: a.id, raw: a.text, language: a.language, outlet: a.outlet! })) } }));
    const { payload } = store.dispatch(analysisRequested());
    store.dispatch(analysisCompleted({ requestId: payload.requestId, result }));
    const sahelClaim = () => selectRowBuilder(store.getState())('r-flood')!.cells[1]!.claims[0]!;
    expect(selectNeedsCorrespondence(store.getState())).toBe(true);
    expect(selectHasCrossLanguageColumns(store.getState())).toBe(false);
    expect(sahelClaim().parts).toBeNull();
    expect(sahelClaim().correspondence ?? null).toBeNull();
    await store.dispatch(correspondenceRequested());
    expect(selectNeedsCorrespondence(store.getState())).toBe(false);
    expect(selectHasCrossLanguageColumns(store.getState())).toBe(true);
    expect(sahelClaim().parts).toBeNull();
    expect(sahelClaim().correspondence?.segments.map((s) => s.text).join('')).toBe(AR_FLOOD);
    // The English outlets are diffed with each other as before.
    expect(selectRowBuilder(store.getState())('r-flood')!.cells[2]!.claims[0]!.parts).not.toBeNull();
    // The English reference column hidden: the Arabic claim is still marked against it, not diffed.
    store.dispatch(outletToggled('coast'));
    const cells = selectRowBuilder(store.getState())('r-flood')!.cells;
    expect(cells.map((c) => c.articleId)).toEqual(['sahel', 'harbour']);
    expect(cells[0]!.claims[0]!.parts).toBeNull();
    expect(cells[0]!.claims[0]!.correspondence?.referenceLanguage).toBe('en');
    expect(selectHasCrossLanguageColumns(store.getState())).toBe(true);
  });
});

describe('cellCorrespondence', () => {
  it('cuts the claim into marked and unmarked stretches that put it back together', () => {
    const result = cellCorrespondence(EN_GOVERNOR, 'en', AR_GOVERNOR, 'ar')!;
    expect(result.segments.map((s) => s.text).join('')).toBe(AR_GOVERNOR);
    expect(result.segments.filter((s) => s.mark === 'shared').map((s) => s.text)).toEqual(expect.arrayContaining(['توماس', 'أرديل', '300']));
    expect(result.referenceDir).toBe('ltr');
  });

  it('leaves languages the core cannot bridge, and one language, alone', () => {
    expect(cellCorrespondence('Le maire a parlé.', 'fr', 'The mayor spoke.', 'en')).toBeNull();
    expect(isCrossLanguagePair('en', 'en-GB')).toBe(false);
    expect(isCrossLanguagePair('und', 'ar')).toBe(false);
    expect(isCrossLanguagePair('ar', 'en')).toBe(true);
  });
});
