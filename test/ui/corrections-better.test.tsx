import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { selectEffectiveAnalysis } from '../../src/model/effectiveAnalysis.ts';
import { openApp as open } from './builders.tsx';

describe('better corrections', () => {
  it('takes a source from words the user selects in the article, also outside the claim', async () => {
    const user = userEvent.setup();
    const article = buildArticle({ id: 'wire', outlet: 'Global Wire', sentences: ['Minister Ana Ruiz spoke on Friday.', { text: 'The talks failed, she said.', source: 'she', cue: 'said' }] });
    const analysis: CaseAnalysis = { articles: [article], rows: [buildRow(article.claims, [article])], actors: [], diagnostics: [] };
    const { store, container } = await open(analysis, 'article');
    await user.click(screen.getByRole('button', { name: /The talks failed/ }));
    const text = container.querySelector('.article-text') as HTMLElement;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text | null;
    while (node && !node.data.startsWith('Minister Ana Ruiz')) node = walker.nextNode() as Text | null;
    const range = document.createRange();
    range.setStart(node!, 0);
    range.setEnd(node!, 'Minister Ana Ruiz'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    await user.click(screen.getByRole('button', { name: 'Use the selected text as the source' }));
    const claim = selectEffectiveAnalysis(store.getState())!.claimsById['wire:c2']!;
    expect(claim.attribution?.source).toMatchObject({ text: 'Minister Ana Ruiz', start: 0, end: 17 });
    expect(within(text).getByText('Minister Ana Ruiz')).toHaveClass('source-span');
  });

  it('edits the cue and moves a claim to a row picked from the rows', async () => {
    const user = userEvent.setup();
    const { store } = await open(buildAnalysis(), 'compare');
    const firstCell = screen.getAllByRole('gridcell')[0]!;
    await user.click(within(firstCell).getAllByRole('button', { name: 'Correct' })[0]!);
    const panel = screen.getByRole('dialog');
    const cue = within(panel).getByLabelText('Reporting cue');
    await user.clear(cue);
    await user.type(cue, 'the commission');
    await user.click(within(panel).getByRole('button', { name: 'Save cue' }));
    const analysis = () => selectEffectiveAnalysis(store.getState())!;
    const claimId = analysis().rows[0]!.claimIds[0]!;
    expect(analysis().claimsById[claimId]!.attribution?.cue.text).toBe('the commission');
    const picker = within(panel).getByLabelText('Move to row');
    const options = within(picker).getAllByRole('option').slice(1);
    expect(options[0]!.textContent).toMatch(/^Row \d+: /);
    const target = Number(/^Row (\d+)/.exec(options[0]!.textContent!)![1]);
    await user.selectOptions(picker, options[0]!);
    await user.click(within(panel).getByRole('button', { name: 'Move' }));
    expect(analysis().rowIdByClaim[claimId]).toBe(analysis().rows[target - 1]?.id ?? analysis().rowIdByClaim[claimId]);
    expect(analysis().claimsById[claimId]!.edited).toBe(true);
  });
});
