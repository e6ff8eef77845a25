import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App.tsx';
import { ingestArticle } from '../../src/core/ingest/index.ts';
import { articleAdded, selectAllArticles } from '../../src/model/caseSlice.ts';
import { CaseView } from '../../src/features/case/CaseView.tsx';
import { claimKindCorrected } from '../../src/model/correctionsSlice.ts';
import { analysed, renderWithStore, settle } from './builders.tsx';

const articleItems = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('article-item'));

describe('Case view', () => {
  it('adds a pasted article with its outlet, and shows what the analysis found', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    await user.type(screen.getByLabelText('Article text (paste text or a web page)'), 'Talks opened. The minister said they failed.');
    await user.type(screen.getByLabelText('Outlet'), 'Herald');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(screen.getByLabelText('Article text (paste text or a web page)')).toHaveValue('');
    const [item] = articleItems();
    expect(within(item!).getByRole('group', { name: 'Herald' })).toBeInTheDocument();
    await analysed(store);
    expect(within(item!).getByText('2 claims found')).toBeInTheDocument();
    expect(selectAllArticles(store.getState())).toEqual([
      { id: expect.stringMatching(/^a-/), raw: 'Talks opened. The minister said they failed.', outlet: 'Herald' },
    ]);
  });

  it('adds several chosen files at once and refuses the ones it cannot read', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { store } = renderWithStore(<App />);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    const files = [
      new File(['First story. It rained.'], 'one.txt', { type: 'text/plain' }),
      new File(['# Title\n\nSecond story.'], 'two.md', { type: 'text/markdown' }),
      new File(['%PDF'], 'three.pdf', { type: 'application/pdf' }),
    ];
    await user.upload(screen.getByLabelText('Choose files (.txt, .md, .html)'), files);
    await settle();
    expect(selectAllArticles(store.getState()).map((a) => [a.fileName, a.format])).toEqual([
      ['one.txt', 'text'],
      ['two.md', 'markdown'],
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('three.pdf: not a .txt, .md or .html file.');
    expect(articleItems()).toHaveLength(2);
  });

  it('adds files dropped on the drop zone', async () => {
    const { store } = renderWithStore(<CaseView />);
    const zone = screen.getByText('…or drop several files here.').parentElement!;
    const files = [new File(['<p>Hello.</p>'], 'page.html', { type: 'text/html' }), new File(['Plain story.'], 'plain.txt', { type: 'text/plain' })];
    fireEvent.dragOver(zone, { dataTransfer: { files } });
    expect(zone).toHaveClass('is-dragging');
    fireEvent.drop(zone, { dataTransfer: { files } });
    await settle();
    expect(zone).not.toHaveClass('is-dragging');
    expect(selectAllArticles(store.getState()).map((a) => [a.fileName, a.format, a.raw])).toEqual([
      ['page.html', 'html', '<p>Hello.</p>'],
      ['plain.txt', 'text', 'Plain story.'],
    ]);
  });

  it('sanitises pasted HTML before it enters the case', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    const html = '<html><head><title>T</title></head><body><p onclick="steal()">Hello <b>world</b>.</p><script>steal()</script><img src=x onerror="steal()"></body></html>';
    fireEvent.paste(screen.getByLabelText('Article text (paste text or a web page)'), {
      clipboardData: { getData: (type: string) => (type === 'text/html' ? html : 'Hello world.') },
    });
    expect(screen.getByText('Pasted as HTML: scripts and active content will be removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const [article] = selectAllArticles(store.getState());
    expect(article!.format).toBe('html');
    expect(article!.raw).toContain('<p>Hello <b>world</b>.</p>');
    expect(article!.raw).not.toMatch(/script|onclick|onerror/);
  });

  it('keeps a saved page’s own metadata (site name, title with a colon, date) through sanitising, and drops its styles', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    const page = [
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
      '<meta property="og:site_name" content="Harbour Gazette">',
      '<meta property="og:title" content="Floods: the river breaks its banks">',
      '<meta property="article:published_time" content="2021-03-04T08:00:00Z">',
      '<style>p { color: red }</style></head>',
      '<body><p class="byline">Newsroom</p><article><h1>Floods: the river breaks its banks</h1>',
      '<p style="margin:0">The river rose two metres overnight, the harbour master said on Thursday. Several streets by the quay were closed and shops on the front moved their stock upstairs.</p>',
      '<p>The council opened a shelter in the school hall for the families of the lower town, and said the water should fall by the weekend if no more rain comes.</p>',
      '<p><a href="javascript:steal()">Read more</a></p></article></body></html>',
    ].join('');
    await user.upload(screen.getByLabelText('Choose files (.txt, .md, .html)'), new File([page], 'saved.html', { type: 'text/html' }));
    await settle();
    const [article] = selectAllArticles(store.getState());
    expect(article!.raw).not.toMatch(/<style|style=|javascript:/);
    const ingested = ingestArticle({ id: 'a', raw: article!.raw, format: 'html' });
    expect(ingested.ok && [ingested.data.outlet, ingested.data.title, ingested.data.date]).toEqual(['Harbour Gazette', 'Floods: the river breaks its banks', '2021-03-04']);
  });

  it('edits an article’s metadata and removes an article', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    act(() => { store.dispatch(articleAdded({ raw: 'One story.', outlet: 'Herald' })); });
    act(() => { store.dispatch(articleAdded({ raw: 'Another story.', outlet: 'Courier' })); });
    await analysed(store);
    const herald = screen.getByRole('group', { name: 'Herald' });
    await user.click(within(herald).getByRole('button', { name: 'Edit Herald' }));
    await user.type(within(herald).getByLabelText('Title'), 'Talks fail{Enter}');
    await user.type(within(herald).getByLabelText('Date'), '2020-06-08');
    await user.tab();
    await user.selectOptions(within(herald).getByLabelText('Language'), 'ar');
    expect(selectAllArticles(store.getState())[0]).toMatchObject({ outlet: 'Herald', title: 'Talks fail', date: '2020-06-08', language: 'ar' });
    await user.clear(within(herald).getByLabelText('Outlet'));
    await user.tab();
    expect(selectAllArticles(store.getState())[0]).not.toHaveProperty('outlet');
    await user.click(screen.getByRole('button', { name: 'Remove Courier' }));
    expect(articleItems()).toHaveLength(1);
    expect(selectAllArticles(store.getState())).toHaveLength(1);
  });

  it('lists articles as compact rows and opens the full form for one article at a time', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    act(() => { store.dispatch(articleAdded({ raw: 'One story.', outlet: 'Herald', title: 'Talks fail', language: 'ar' })); });
    act(() => { store.dispatch(articleAdded({ raw: 'Another story.', outlet: 'Courier' })); });
    await analysed(store);
    const herald = screen.getByRole('group', { name: 'Herald' });
    expect(herald).toHaveTextContent('HeraldTalks failLanguage: Arabic10 characters');
    // No metadata form is rendered until one is asked for (a large case renders rows, not forms).
    expect(screen.queryAllByRole('textbox', { name: 'Title' })).toHaveLength(0);
    const editHerald = within(herald).getByRole('button', { name: 'Edit Herald' });
    expect(editHerald).toHaveAttribute('aria-expanded', 'false');
    await user.click(editHerald);
    expect(editHerald).toHaveAttribute('aria-expanded', 'true');
    expect(within(herald).getByLabelText('Title')).toHaveValue('Talks fail');
    expect(within(herald).getByLabelText('Language')).toHaveValue('ar');
    // Opening another article's form closes the first one, committing what was typed.
    await user.type(within(herald).getByLabelText('Date'), '2020-06-08');
    const courier = screen.getByRole('group', { name: 'Courier' });
    await user.click(within(courier).getByRole('button', { name: 'Edit Courier' }));
    expect(screen.getAllByRole('textbox', { name: 'Title' })).toHaveLength(1);
    expect(within(herald).queryByLabelText('Title')).toBeNull();
    expect(selectAllArticles(store.getState())[0]).toMatchObject({ outlet: 'Herald', date: '2020-06-08' });
    await user.click(within(courier).getByRole('button', { name: 'Done' }));
    expect(screen.queryAllByRole('textbox', { name: 'Title' })).toHaveLength(0);
    expect(within(courier).getByRole('button', { name: 'Edit Courier' })).toHaveFocus();
  });

  it('starts a new, empty case', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseView />);
    act(() => { store.dispatch(articleAdded({ raw: 'One story.' })); });
    await settle();
    await user.click(screen.getByRole('button', { name: 'New case' }));
    expect(screen.getByText('No article yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Case name')).toHaveValue('Untitled case');
    expect(store.getState().case.id).toMatch(/^case-/);
  });
});

describe('Case view notes and corrections', () => {
  it('lists the analysis notes and resets every correction at once', async () => {
    const user = userEvent.setup();
    const runner = async () => ({ articles: [], rows: [], actors: [], diagnostics: [{ articleId: 'x', level: 'error' as const, message: 'big.html: too large' }] });
    const { store } = renderWithStore(<CaseView />, { deps: { runner } });
    act(() => { store.dispatch(articleAdded({ raw: 'x' })); });
    act(() => { store.dispatch(claimKindCorrected({ claimId: 'x:c1', kind: 'media' })); });
    await analysed(store);
    await user.click(screen.getByText('Notes from the analysis (1)'));
    expect(screen.getByText('big.html: too large')).toBeInTheDocument();
    expect(screen.getByText('1 correction')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset all corrections' }));
    expect(store.getState().corrections.claimEdits).toEqual({});
    expect(screen.queryByRole('button', { name: 'Reset all corrections' })).toBeNull();
  });
});
