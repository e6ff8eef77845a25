// Language data on demand, as the analysis worker loads it: the module that registers every language at
// once (what Node and the tests otherwise get) is replaced by nothing, and each test loads what it needs.
import type { ArticleInput } from '../../../src/core/types.ts';

vi.mock('../../../src/core/lang/preload.ts', () => ({}));

const arabic: ArticleInput[] = [
  { id: 'ar1', raw: 'قال المتحدث باسم وزارة الزراعة إن محصول القمح ارتفع هذا العام بنسبة عشرة بالمئة.\n\nوأكد الوزير أن الحكومة ستشتري المحصول كله.' },
  { id: 'ar2', raw: 'أعلنت وزارة الزراعة أن محصول القمح ارتفع بنسبة عشرة بالمئة هذا العام.\n\nوزعم مسؤول سابق أن الأرقام مبالغ فيها.' },
];
const english: ArticleInput = { id: 'en1', raw: 'The agriculture ministry said the wheat harvest rose by ten percent this year.' };

const registry = () => import('../../../src/core/lang/registry.ts');

beforeEach(() => vi.resetModules());

describe('language data loaded on demand', () => {
  it('registers nothing up front, and a case’s languages are known before any language data is loaded', async () => {
    const { LANGUAGES } = await registry();
    expect(LANGUAGES).toEqual([]);
    const { caseLanguages } = await import('../../../src/core/prepare.ts');
    expect(caseLanguages(arabic)).toEqual(['ar']);
    expect(caseLanguages([...arabic, english]).sort()).toEqual(['ar', 'en']);
    expect(LANGUAGES).toEqual([]);
  });

  it('analyses an Arabic case with only Arabic loaded (no English, no bridge) exactly as with everything loaded', async () => {
    const { LANGUAGES, loadLanguages, isCrossLanguageReady } = await registry();
    await loadLanguages(['ar'], { crossLanguage: false });
    expect(LANGUAGES.map((l) => l.code)).toEqual(['ar']);
    expect(isCrossLanguageReady()).toBe(false);
    const lazy = (await import('../../../src/core/analyze.ts')).analyzeCase(arabic, { forScreen: true });

    vi.doUnmock('../../../src/core/lang/preload.ts');
    vi.resetModules();
    expect((await registry()).LANGUAGES.map((l) => l.code)).toEqual(['ar', 'en']);
    const eager = (await import('../../../src/core/analyze.ts')).analyzeCase(arabic, { forScreen: true });
    vi.doMock('../../../src/core/lang/preload.ts', () => ({}));
    expect(lazy.articles.flatMap((a) => a.claims).some((c) => c.attribution)).toBe(true);
    expect(lazy).toEqual(eager);
  }, 60_000); // two whole analyses with modules reloaded: slow on a loaded machine

  it('keeps languages in one order whatever order they were loaded in', async () => {
    const { LANGUAGES, loadLanguages } = await registry();
    await loadLanguages(['en']);
    await loadLanguages(['ar', 'xx']);
    expect(LANGUAGES.map((l) => l.code)).toEqual(['ar', 'en']);
  });

  it('says so, instead of a poorer result, when an article’s language or the bridge was not loaded', async () => {
    const { loadLanguages } = await registry();
    await loadLanguages(['ar']);
    const { analyzeCase } = await import('../../../src/core/analyze.ts');
    const result = analyzeCase([english]);
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(/en1: .*language \('en'\) is not loaded/);
    // An unknown language has no data to load: analysed as ever.
    expect(analyzeCase([{ id: 'x', raw: 'Lorem ipsum dolor sit amet.', language: 'la' }]).articles).toHaveLength(1);
    // Loading later is refused: the stages built their tables already.
    await expect(loadLanguages(['en'])).rejects.toThrow(/after the analysis code/);
  });

  it('gives the claims of a case that mixes languages, but no rows, and says why, when the bridge between them was not loaded', async () => {
    const { loadLanguages } = await registry();
    await loadLanguages(['ar', 'en'], { crossLanguage: false });
    const { analyzeCase } = await import('../../../src/core/analyze.ts');
    const result = analyzeCase([...arabic, english]);
    expect(result.articles.map((a) => a.language)).toEqual(['ar', 'ar', 'en']);
    expect(result.rows).toEqual([]);
    expect(result.diagnostics).toEqual([{ level: 'error', message: expect.stringMatching(/mixes languages but the data between them is not loaded/) }]);
  });
});
