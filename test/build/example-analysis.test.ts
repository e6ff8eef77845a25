// The example case's analysis the build ships (vite.config.ts) is what the app makes of the case when it
// analyses it itself: the same job from the store, the same core, in each interface language.
import { analyses } from '../../scripts/build/exampleAnalyses.ts';
import { makeStore } from '../../src/app/store.ts';
import { EXAMPLE_LANGUAGES } from '../../src/app/exampleAnalysis.ts';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { appStarted } from '../../src/model/librarySlice.ts';
import { languageChanged } from '../../src/model/uiSlice.ts';
import { inThreadRunner } from '../../src/worker/inThreadRunner.ts';

describe("the example case's analysis made at build time", () => {
  it.each(EXAMPLE_LANGUAGES)('equals the analysis the app runs on opening the example case (%s interface)', async (language) => {
    const store = makeStore(undefined, { runner: inThreadRunner, loadExample: async (l) => exampleCase(l) });
    store.dispatch(languageChanged(language));
    store.dispatch(appStarted({}));
    await vi.waitFor(() => expect(store.getState().analysis.status).toBe('done'), { timeout: 60_000, interval: 50 });
    const live = store.getState().analysis.result!;
    expect(live.articles.length).toBe(exampleCase(language).articles.length);
    // As the page gets it: through JSON (the build writes it so).
    expect(JSON.parse(JSON.stringify(analyses[language]))).toEqual(JSON.parse(JSON.stringify(live)));
    // The outlets are named in the interface language, so the two analyses differ.
    expect(live.articles.map((a) => a.outlet)).toEqual(exampleCase(language).articles.map((a) => a.outlet));
  }, 120_000);
});
