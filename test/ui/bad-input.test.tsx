import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App.tsx';
import { LIMITS } from '../../src/core/limits.ts';
import { articleAdded, selectAllArticles } from '../../src/model/caseSlice.ts';
import { CaseView } from '../../src/features/case/CaseView.tsx';
import { analysed, renderWithStore, settle } from './builders.tsx';

const PASTE = 'Article text (paste text or a web page)';

describe('bad input in the Case view: a clear message, nothing lost', () => {
  it('a pasted article the case already holds is not added twice, and says which article has it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    act(() => { store.dispatch(articleAdded({ raw: 'The bridge reopened.\nTraffic flows again.', outlet: 'Valley Post' })); });
    const before = selectAllArticles(store.getState()).length;
    // The same text with other line breaks and spaces.
    await user.type(screen.getByLabelText(PASTE), 'The bridge reopened.  Traffic flows again.');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(selectAllArticles(store.getState())).toHaveLength(before);
    expect(screen.getByRole('alert')).toHaveTextContent('This text is already in the case as “Valley Post”: not added again.');
  });

  it('of several files, a copy of an article (or of another chosen file) is left out and named, the rest added, in one message', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { store } = renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    act(() => { store.dispatch(articleAdded({ raw: 'Dam levels rose.', outlet: 'River News' })); });
    const before = selectAllArticles(store.getState()).length;
    const files = [
      new File(['Dam levels rose.'], 'copy.txt', { type: 'text/plain' }),
      new File(['Ferries resumed.'], 'ferry.txt', { type: 'text/plain' }),
      new File(['Ferries resumed.'], 'ferry-again.txt', { type: 'text/plain' }),
      new File([''], 'empty.md', { type: 'text/markdown' }),
    ];
    await user.upload(screen.getByLabelText('Choose files (.txt, .md, .html)'), files);
    await settle();
    expect(selectAllArticles(store.getState()).map((a) => a.fileName ?? a.outlet)).toEqual([...Array(before - 1).fill(expect.anything()), 'River News', 'ferry.txt']);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 article added.');
    expect(alert).toHaveTextContent('copy.txt: its text is already in the case as “River News”: not added again.');
    expect(alert).toHaveTextContent('ferry-again.txt: its text is already in the case as “ferry.txt”: not added again.');
    expect(alert).toHaveTextContent('empty.md: the file is empty.');
  });

  it('a binary file named .txt (a PDF or an image) is refused when chosen, with its name, and the text files beside it are added', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { store } = renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    const before = selectAllArticles(store.getState()).length;
    const files = [
      new File(['%PDF-1.4\u0000\u0001\u0002 stream'], 'scan.txt', { type: 'text/plain' }),
      new File(['The harbour reopened on Monday.'], 'harbour.txt', { type: 'text/plain' }),
    ];
    await user.upload(screen.getByLabelText('Choose files (.txt, .md, .html)'), files);
    await settle();
    const articles = selectAllArticles(store.getState());
    expect(articles).toHaveLength(before + 1);
    expect(articles.at(-1)!.fileName).toBe('harbour.txt');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 article added.');
    expect(alert).toHaveTextContent('scan.txt: not readable text (a binary file such as a PDF or an image, or text not saved as UTF-8).');
  });

  it('a paste over the limit is refused at once and keeps what the box held', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    const before = selectAllArticles(store.getState()).length;
    const box = screen.getByLabelText(PASTE);
    await user.type(box, 'Draft kept.');
    const huge = 'x'.repeat(LIMITS.maxRawChars);
    fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? huge : '') } });
    expect(screen.getByRole('alert')).toHaveTextContent(`The pasted text is too large (${(LIMITS.maxRawChars + 11).toLocaleString('en')} characters`);
    expect(box).toHaveValue('Draft kept.');
    expect(selectAllArticles(store.getState())).toHaveLength(before);
  });

  it('a web page whose markup is over the limit is pasted as its plain text when that fits', async () => {
    renderWithStore(<CaseView />);
    const box = screen.getByLabelText(PASTE);
    const markup = `<div class="x">${'<span>.</span>'.repeat(LIMITS.maxRawChars / 10)}</div>`;
    const event = fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/html' ? markup : 'A short story.') } });
    // Not prevented: the browser pastes the plain text; no HTML hint, no refusal.
    expect(event).toBe(true);
    expect(screen.queryByText('Pasted as HTML: scripts and active content will be removed.')).toBeNull();
  });

  it('notes about an unreadable article name it as the list does, not by its internal id', async () => {
    const user = userEvent.setup();
    const runner = async ({ inputs }: { inputs: { id: string }[] }) => ({
      articles: [],
      rows: [],
      actors: [],
      diagnostics: inputs.map((i) => ({ articleId: i.id, level: 'error' as const, message: `${i.id}: the input looks binary (it contains NUL bytes), not text` })),
    });
    const { store } = renderWithStore(<CaseView />, { deps: { runner } });
    act(() => { store.dispatch(articleAdded({ raw: '\u0000\u0000', outlet: 'Coast Daily' })); });
    await analysed(store);
    const item = screen.getByRole('group', { name: 'Coast Daily' }).closest('li')!;
    expect(within(item).getByText('the input looks binary (it contains NUL bytes), not text')).toBeInTheDocument();
    await user.click(screen.getByText('Notes from the analysis (1)'));
    expect(screen.getByText('Coast Daily: the input looks binary (it contains NUL bytes), not text')).toBeInTheDocument();
    expect(screen.queryByText(/a-[\w-]+: the input/)).toBeNull();
  });
});
