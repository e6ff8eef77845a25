// Compare's actor filter finds an actor's claims by the worker's mentions (offsets), not by searching
// the claims' text for its name (issue 10: "the main thread never guesses mentions by substring").
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Actor, AnalyzedArticle, CaseAnalysis } from '../../src/core/types.ts';
import { CompareView } from '../../src/features/compare/CompareView.tsx';
import { articlesAdded } from '../../src/model/caseSlice.ts';
import type { EffectiveAnalysis } from '../../src/model/applyCorrections.ts';
import { claimsNamingActor } from '../../src/model/actorClaims.ts';
import { applyCorrections } from '../../src/model/applyCorrections.ts';
import { inThreadRunner } from '../../src/worker/inThreadRunner.ts';
import { analysed, renderWithStore } from './builders.tsx';

// Invented outlets and names; "stone" also stands as a plain noun in one claim.
const ARTICLES = [
  {
    outlet: 'North Wire',
    raw: 'General Velmar Stone met envoys in the northern city on Monday. Protesters threw a stone at the convoy near the bridge. The talks ended without a deal.',
  },
  { outlet: 'South Post', raw: 'General Velmar Stone met envoys in the northern city on Monday. Stone later left the capital by road. Markets stayed calm through the week.' },
];

describe('Compare: the actor filter', () => {
  it('finds a claim naming the actor by the surname only, and not one with the word in another sense (real pipeline)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CompareView />, { deps: { runner: inThreadRunner } });
    act(() => {
      store.dispatch(articlesAdded(ARTICLES.map((a) => ({ ...a, language: 'en' }))));
    });
    await analysed(store);
    // The pipeline's first run loads its code: longer than a stand-in runner.
    await user.selectOptions(await screen.findByLabelText('Actor', {}, { timeout: 20_000 }), 'Velmar Stone');
    const grid = screen.getByRole('grid');
    expect(grid).toHaveTextContent('Stone later left the capital by road.');
    expect(grid).toHaveTextContent('General Velmar Stone met envoys');
    expect(grid).not.toHaveTextContent('Protesters threw a stone');
    expect(grid).not.toHaveTextContent('Markets stayed calm');
  });
});

const article = (id: string, language: string, text: string, sentences: string[]): AnalyzedArticle => {
  let at = 0;
  const claims = sentences.map((sentence, i) => {
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    return { id: `${id}:c${i + 1}`, articleId: id, sentenceIndex: i, text: sentence, start, end: at, attribution: null };
  });
  return { id, language, format: 'text', text, claims, removed: [], warnings: [] } as AnalyzedArticle;
};

describe('claimsNamingActor', () => {
  // An actor merged across scripts: named in Arabic in one article, in English in the other.
  const ar = article('ar1', 'ar', 'وصل فيلمار ستون إلى المدينة. وقال الوزير إن الحجر سقط.', ['وصل فيلمار ستون إلى المدينة.', 'وقال الوزير إن الحجر سقط.']);
  const en = article('en1', 'en', 'Stone arrived in the city. A stone fell on the road.', ['Stone arrived in the city.', 'A stone fell on the road.']);
  const mentionOf = (a: AnalyzedArticle, words: string) => ({ articleId: a.id, start: a.text.indexOf(words), end: a.text.indexOf(words) + words.length });
  const actor: Actor = { id: 'a1', name: 'Velmar Stone', aliases: ['فيلمار ستون', 'Stone'], labels: [], mentions: [mentionOf(ar, 'فيلمار ستون'), mentionOf(en, 'Stone')] };
  const analysis: CaseAnalysis = { articles: [ar, en], rows: [], actors: [actor], diagnostics: [] };
  const emptyCorrections = { claimEdits: {}, addedClaims: [], rowEdits: [], extraLabels: [] } as unknown as Parameters<typeof applyCorrections>[1];
  const effective = (): EffectiveAnalysis => applyCorrections(analysis, emptyCorrections);

  it('takes the claims whose span holds a mention, in either script', () => {
    expect([...claimsNamingActor(effective(), 'a1')].sort()).toEqual(['ar1:c1', 'en1:c1']);
  });

  it('takes a claim holding one of the actor’s labels even where no mention is', () => {
    const labelled: Actor = { ...actor, mentions: [], labels: [{ articleId: 'ar1', text: 'الوزير', start: ar.text.indexOf('الوزير'), end: ar.text.indexOf('الوزير') + 6, stance: 'neutral', origin: 'lexicon' }] };
    const withLabel: CaseAnalysis = { ...analysis, actors: [labelled] };
    expect([...claimsNamingActor(applyCorrections(withLabel, emptyCorrections), 'a1')]).toEqual(['ar1:c2']);
  });

  it('finds nothing for an actor that is not in the analysis', () => {
    expect(claimsNamingActor(effective(), 'a9').size).toBe(0);
  });
});
