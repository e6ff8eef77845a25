import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis } from '../../fixtures/builders.ts';
import { App } from '../../src/app/App.tsx';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { appStarted } from '../../src/model/librarySlice.ts';
import ar from '../../src/i18n/ar.json';
import en from '../../src/i18n/en.json';
import { analysed, fixedRunner, renderWithStore } from './builders.tsx';

describe('App shell', () => {
  it('opens with the example case: the five seed articles, analysed', async () => {
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const { store } = renderWithStore(<App />, { deps: { runner } });
    act(() => { store.dispatch(appStarted({ example: exampleCase() })); });
    await analysed(store);
    const inputs = runner.mock.calls[0]![0].inputs;
    expect(inputs.map((a) => a.id)).toEqual(['000_2427181fa13bf9fd', '001_3bad17fa363f9cbe', '002_0aadbd7856e2093e', '003_51949b29daeb2046', '004_1c09f43d1289937b']);
    expect(inputs.every((a) => a.raw.length > 1000 && a.language === 'ar' && a.outlet)).toBe(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Parallax' })).toBeInTheDocument();
    expect(screen.getByText('Haftar, the US delegation and Cairo (Libya, 2019–2020)')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('switches the interface to Arabic, laid out right to left, and back', async () => {
    const user = userEvent.setup();
    const { container } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()) } });
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(container.querySelector('.app')).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    const nav = screen.getByRole('navigation', { name: 'طرق العرض' });
    expect(within(nav).getByRole('button', { name: 'المقارنة' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('navigates between views with real buttons', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />, { deps: { runner: fixedRunner(buildAnalysis()) } });
    for (const name of ['Case', 'Article', 'Actors', 'Sources', 'Report', 'Compare']) {
      await user.click(within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name }));
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('main', { name })).toBeInTheDocument();
    }
    expect(store.getState().ui.view).toBe('compare');
  });

  it('has every interface string in both languages', () => {
    // Plural forms (key#one, key#few…) follow each language's own rules; every base message is in both.
    const base = (keys: string[]) => keys.filter((k) => !k.includes('#')).sort();
    expect(base(Object.keys(ar))).toEqual(base(Object.keys(en)));
    for (const key of Object.keys({ ...en, ...ar })) if (key.includes('#')) expect(Object.keys(en)).toContain(key.split('#')[0]);
    expect(Object.entries(ar).filter(([, v]) => !v.trim())).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('fills placeholders, with local digits and isolated names in Arabic', async () => {
    const { createTranslator } = await import('../../src/i18n/index.tsx');
    expect(createTranslator('en')('compare.coverage', { n: 2, total: 5 })).toBe('2 of 5 outlets');
    // Numbers isolated: "الصف ١" beside "٢ من ٥" must not read as "٢٠١" (issue 10, item 1).
    expect(createTranslator('ar')('compare.coverage', { n: 2, total: 5 })).toBe('\u2068٢\u2069 من \u2068٥\u2069 وسائل');
    expect(createTranslator('ar')('compare.rowNumber', { n: 1 })).toBe('الصف \u2068١\u2069');
    expect(createTranslator('ar')('library.imported', { name: 'Case A' })).toBe('استُورد \u2068Case A\u2069.');
  });

  it('picks plural forms through Intl.PluralRules (issue 10, item 6)', async () => {
    const { createTranslator } = await import('../../src/i18n/index.tsx');
    expect(createTranslator('en')('article.removed', { count: 1 })).toBe('1 line of page furniture removed');
    expect(createTranslator('en')('article.removed', { count: 3 })).toBe('3 lines of page furniture removed');
    expect(createTranslator('ar')('case.claimsFound', { count: 1 })).toBe('عُثر على ادعاء واحد');
    expect(createTranslator('ar')('case.claimsFound', { count: 2 })).toBe('عُثر على ادعاءين');
    expect(createTranslator('ar')('case.claimsFound', { count: 3 })).toBe('عُثر على \u2068٣\u2069 ادعاءات');
  });

  it('names languages, not codes', async () => {
    const { languageName } = await import('../../src/i18n/index.tsx');
    expect(languageName('en', 'ar')).toBe('Arabic');
    expect(languageName('ar', 'en')).toBe('الإنجليزية');
  });
});
