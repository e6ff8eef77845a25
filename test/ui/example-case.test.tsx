// The example case speaks the interface's language: its name and outlets in Arabic in the Arabic interface.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import meta from '../../fixtures/seeds/meta.json';
import { App } from '../../src/app/App.tsx';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import ar from '../../src/i18n/ar.json';
import { appStarted } from '../../src/model/librarySlice.ts';
import { languageChanged } from '../../src/model/uiSlice.ts';
import { fixedRunner, renderWithStore, settle } from './builders.tsx';

const arabic = meta.localized.ar;

describe('the example case', () => {
  it('opens with its Arabic name and outlets when loaded from the Arabic interface', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()) } });
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    await user.click(within(screen.getByRole('navigation', { name: ar['nav.label'] })).getByRole('button', { name: ar['nav.case'] }));
    await user.click(screen.getByRole('button', { name: ar['library.example'] }));
    await settle();
    expect(screen.getAllByText(arabic.case).length).toBeGreaterThan(0);
    const main = screen.getByRole('main');
    for (const outlet of Object.values(arabic.outlets)) expect(within(main).getAllByText(outlet).length).toBeGreaterThan(0);
    for (const { outlet } of meta.articles) expect(within(main).queryByText(outlet)).toBeNull();
  });

  it('on a first visit, is asked for in the interface language', async () => {
    const loadExample = vi.fn(async (language: 'en' | 'ar') => exampleCase(language));
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()), loadExample } });
    act(() => {
      store.dispatch(languageChanged('ar'));
      store.dispatch(appStarted({}));
    });
    await settle();
    expect(loadExample).toHaveBeenCalledWith('ar');
    expect(store.getState().case.name).toBe(arabic.case);
  });

  it('on a first visit, opens with the analysis made at build time: nothing is analysed in the page', async () => {
    const made = buildAnalysis();
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const loadExampleAnalysis = vi.fn(async () => made);
    const { store } = renderWithStore(<App />, { deps: { runner, loadExample: async (language) => exampleCase(language), loadExampleAnalysis } });
    act(() => {
      store.dispatch(appStarted({}));
    });
    await settle();
    expect(loadExampleAnalysis).toHaveBeenCalledWith('en');
    expect(runner).not.toHaveBeenCalled();
    expect(store.getState().analysis).toMatchObject({ status: 'done', result: made });
    expect(store.getState().case.name).toBe(meta.case);
  });

  it('is analysed in the page when the build made no analysis (the dev server)', async () => {
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const { store } = renderWithStore(<App />, { deps: { runner, loadExample: async (language) => exampleCase(language), loadExampleAnalysis: async () => null } });
    act(() => {
      store.dispatch(appStarted({}));
    });
    await settle();
    await vi.waitFor(() => expect(store.getState().analysis.status).toBe('done'));
    expect(runner).toHaveBeenCalledTimes(1);
  });

  it('keeps its English names in the English interface', () => {
    const english = exampleCase('en');
    expect(english.name).toBe(meta.case);
    expect(english.articles.map((a) => a.outlet)).toEqual(meta.articles.map((a) => a.outlet));
  });
});
