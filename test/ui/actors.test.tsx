// The Actors view on the real pipeline: contrasts first, and a label the user adds shows (issue 10, item 3).
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeCase } from '../../src/core/index.ts';
import { articleAdded, articlesAdded } from '../../src/model/caseSlice.ts';
import { buildArticle } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { ActorsView } from '../../src/features/actors/ActorsView.tsx';
import type { AnalysisRunner } from '../../src/worker/runner.ts';
import { analysed, fixedRunner, renderWithStore, settle } from './builders.tsx';

const realRunner: AnalysisRunner = async (job) => analyzeCase(job.inputs, job.options);

// Invented outlets and names.
const ARTICLES = [
  {
    outlet: 'North Wire',
    raw: 'Rogue general Karim Zahran met envoys in the northern city on Monday. The coup general then left the capital by road. Zahran said little about the talks.',
  },
  { outlet: 'South Post', raw: 'Field Marshal Karim Zahran met envoys in the northern city on Monday. Zahran said the talks went well for everyone.' },
];

async function openActors() {
  const rendered = renderWithStore(<ActorsView />, { deps: { runner: realRunner } });
  act(() => {
    rendered.store.dispatch(articlesAdded(ARTICLES.map((a) => ({ ...a, language: 'en' }))));
  });
  await analysed(rendered.store);
  return rendered;
}

const contrastOf = (actor: string) => screen.getByRole('article', { name: actor });
const outletLine = (actor: string, outlet: string) => within(contrastOf(actor)).getByText(outlet).closest('li') as HTMLElement;
/** What a chip shows (the stance sign, the words, the count), without its screen-reader text. */
const chipNames = (line: HTMLElement) =>
  within(line)
    .getAllByRole('button')
    .map((b) => {
      const shown = b.cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('.sr-only')) hidden.remove();
      return shown.textContent?.replace(/\s+/gu, ' ').trim();
    });

describe('Actors view', () => {
  it('leads with the contrasts: per actor, which outlet says what, with counts', async () => {
    await openActors();
    const contrasts = screen.getByRole('region', { name: 'How outlets name each actor' });
    expect(within(contrasts).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent)).toEqual(['Karim Zahran']);
    // "The coup general" standing for him is an epithet of the lexicon's own (a title with a marked word).
    expect(chipNames(outletLine('Karim Zahran', 'North Wire'))).toEqual(['−coup general×1', '·general×1', '−Rogue×1']);
    expect(chipNames(outletLine('Karim Zahran', 'South Post'))).toEqual(['·Field Marshal×1']);
    // The heading keeps the interface's alignment (as the outlet list under it); the name its own direction.
    const heading = within(contrastOf('Karim Zahran')).getByRole('heading', { name: 'Karim Zahran' });
    expect(heading).not.toHaveAttribute('dir');
    expect(heading.querySelector('bdi')).toHaveTextContent('Karim Zahran');
    // The contrasts stand before the full matrix.
    const table = screen.getByRole('table', { name: 'Labels each outlet gives each actor' });
    expect(contrasts.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a label the user adds on the actor, and lowers no count already shown', async () => {
    const user = userEvent.setup();
    const { store } = await openActors();
    const before = chipNames(outletLine('Karim Zahran', 'North Wire'));
    await user.type(screen.getByLabelText('Label (forms separated by commas)'), 'coup general');
    await user.selectOptions(screen.getByLabelText('For actor'), 'Karim Zahran');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await settle(30);
    await analysed(store);
    expect(screen.getByRole('status')).toHaveTextContent('“coup general” is now on the actors it describes (1×), marked ✎ below.');
    const after = chipNames(outletLine('Karim Zahran', 'North Wire'));
    // On the very words of a label found, the user's entry takes its place (marked ✎); no other count moves.
    expect(after).toEqual(['−coup general ✎×1', ...before.filter((chip) => !chip?.startsWith('−coup general'))]);
    expect(within(outletLine('Karim Zahran', 'North Wire')).getByRole('button', { name: /coup general/ })).toHaveAccessibleName(/negative label, your label/);
  });

  it('says so when the label stands beside no actor', async () => {
    const user = userEvent.setup();
    const { store } = await openActors();
    await user.type(screen.getByLabelText('Label (forms separated by commas)'), 'hero of the nation');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await settle(30);
    await analysed(store);
    expect(screen.getByRole('status')).toHaveTextContent('“hero of the nation” does not stand beside any actor');
  });
});

describe('Actors view, actors no outlet labels', () => {
  it('names them once below the matrix instead of a row of empty cells', async () => {
    const harbour = buildArticle({ id: 'harbour', outlet: 'Harbour Daily', sentences: ['The embattled board met in Port Selwyn.'] });
    const coast = buildArticle({ id: 'coast', outlet: 'Coast Times', sentences: ['The board met in Port Selwyn.'] });
    const analysis: CaseAnalysis = {
      articles: [harbour, coast],
      rows: [],
      actors: [
        { id: 'board', name: 'Harbour Board', labels: [{ articleId: 'harbour', text: 'embattled', stance: 'negative', origin: 'discovered', start: 4, end: 13 }] },
        { id: 'port', name: 'Port Selwyn', labels: [] },
      ],
      diagnostics: [],
    };
    const rendered = renderWithStore(<ActorsView />, { deps: { runner: fixedRunner(analysis) } });
    act(() => {
      rendered.store.dispatch(articleAdded({ raw: 'stand-in' }));
    });
    await analysed(rendered.store);
    const table = screen.getByRole('table', { name: 'Labels each outlet gives each actor' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Harbour Board']);
    expect(screen.getByText(/Also named, with no label in any outlet:/u)).toHaveTextContent('Port Selwyn');
  });
});
