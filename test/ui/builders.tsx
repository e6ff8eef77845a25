// UI-test helpers: stores built by the app's own makeStore, with runners the test controls.
import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'react-redux';
import type { AnalyzedArticle, CaseAnalysis, Claim } from '../../src/core/types.ts';
import type { AnalysisRunner } from '../../src/worker/runner.ts';
import { makeStore, type AppStore, type RootState, type StoreDeps } from '../../src/app/store.ts';
import { AppSlots } from '../../src/app/slots.tsx';
import { App } from '../../src/app/App.tsx';
import { articleAdded, type CaseSnapshot } from '../../src/model/caseSlice.ts';
import { viewChanged, type ViewName } from '../../src/model/uiSlice.ts';
import { I18nProvider } from '../../src/i18n/index.tsx';

/** A runner that answers every job with the same analysis (for views that only render a result). */
export function fixedRunner(analysis: CaseAnalysis): AnalysisRunner {
  return async (_job, onProgress) => {
    onProgress(0.5, 'claims');
    return analysis;
  };
}

/**
 * A tiny stand-in for analyzeCase: one own-voice claim per sentence, no rows beyond one per claim.
 * Lets Case-view tests see the effect of adding articles without depending on the real pipeline.
 */
export const naiveRunner: AnalysisRunner = async ({ inputs }) => {
  const articles: AnalyzedArticle[] = inputs.map((input) => {
    const text = input.raw.trim();
    const claims: Claim[] = [];
    for (const match of text.matchAll(/[^.!?؟]+[.!?؟]?/g)) {
      const sentence = match[0].trim();
      if (!sentence) continue;
      const start = text.indexOf(sentence, match.index);
      claims.push({ id: `${input.id}:c${claims.length + 1}`, articleId: input.id, sentenceIndex: claims.length, text: sentence, start, end: start + sentence.length, attribution: null });
    }
    const article: AnalyzedArticle = { id: input.id, language: input.language && input.language !== 'auto' ? input.language : 'en', format: input.format ?? 'text', text, claims, removed: [], warnings: [] };
    if (input.outlet) article.outlet = input.outlet;
    if (input.title) article.title = input.title;
    return article;
  });
  return { articles, rows: [], actors: [], diagnostics: [] };
};

/** Renders `ui` inside a Provider of a real store (English interface unless the state says otherwise). */
export function renderWithStore(
  ui: ReactElement,
  { preloadedState, deps = {} }: { preloadedState?: Partial<RootState>; deps?: Partial<StoreDeps> } = {},
): RenderResult & { store: AppStore } {
  const store = makeStore(preloadedState, { analysisDelayMs: 0, saveDelayMs: 0, runner: naiveRunner, ...deps });
  const result = render(
    <Provider store={store}>
      <I18nProvider locale={store.getState().ui.language}>
        <AppSlots>{ui}</AppSlots>
      </I18nProvider>
    </Provider>,
  );
  return { ...result, store };
}

/** Lets the store's listeners (debounce, runner, dispatch) finish. */
export async function settle(ms = 20): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Waits until the analysis of the current case is done. */
export async function analysed(store: AppStore): Promise<void> {
  for (let i = 0; i < 100 && store.getState().analysis.status !== 'done'; i++) await settle(5);
}

/** Renders the whole app on `view` with one stand-in article whose analysis is `analysis`, once it is done. */
export async function openApp(analysis: CaseAnalysis, view: ViewName): Promise<RenderResult & { store: AppStore }> {
  const result = renderWithStore(<App />, { deps: { runner: fixedRunner(analysis) } });
  act(() => {
    result.store.dispatch(articleAdded({ raw: 'stand-in' }));
    result.store.dispatch(viewChanged(view));
  });
  await analysed(result.store);
  return result;
}

/** A saved two-outlet case the library and persistence tests start the app with. */
export const electionCase: CaseSnapshot = {
  id: 'example',
  name: 'Election case',
  articles: [
    { id: 'wire', raw: 'President Tomas Vell won.', outlet: 'Global Wire' },
    { id: 'exile', raw: 'Strongman Tomas Vell claimed victory.', outlet: 'Free Press' },
  ],
};
