import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { buildArticle, buildRow } from '../fixtures/builders.ts';
import { CompareTable } from '../src/components/CompareTable.tsx';
import { CrossLanguageLegend, CrossLanguageText } from '../src/components/CrossLanguageText.tsx';
import { analysisCompleted, analysisRequested } from '../src/model/analysisSlice.ts';
import { caseLoaded } from '../src/model/caseSlice.ts';
import { cellCorrespondence } from '../src/model/correspondence.ts';
import { correspondenceRequested } from '../src/model/crossLanguageSlice.ts';
import { selectColumns, selectCompareDirection, selectRowBuilder, selectVisibleRowIds } from '../src/model/columns.ts';
import { makeStore } from '../src/app/store.ts';

// One invented event, told in English and in Arabic.
const EN = 'The regional governor, Tomas Ardell, said 300 families had been moved to schools after the floods.';
const AR = 'وقال حاكم الإقليم توماس أرديل إن 300 عائلة نقلت إلى المدارس، فيما طالبت منظمات محلية بتحقيق.';
const EN_FLOOD = 'Floods swept through the port city of Velmora on 14 March, killing 14 people.';
const AR_FLOOD = 'اجتاحت الفيضانات مدينة فيلمورا الساحلية في 14 مارس وأودت بحياة 14 شخصا.';

const meta = {
  title: 'Compare/CrossLanguageText',
  component: CrossLanguageText,
  args: { correspondence: cellCorrespondence(EN, 'en', AR, 'ar')!, language: 'ar', dir: 'rtl' },
  decorators: [
    (Story, { parameters }) =>
      parameters.wholeGrid ? (
        <Story />
      ) : (
        <div className="compare-cell" style={{ maxWidth: 420 }}>
          <Story />
        </div>
      ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'A claim in another language than the reference column: what corresponds (solid underline) and what only this outlet has (dotted), instead of a word diff; then the reference words it has no counterpart for.',
      },
    },
  },
} satisfies Meta<typeof CrossLanguageText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An Arabic claim against an English reference: the name, the figure and the translated words correspond. */
export const ArabicAgainstEnglish: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const shared = canvas.getAllByTitle('corresponds to the reference column').map((m) => m.textContent);
    await expect(shared).toEqual(expect.arrayContaining(['توماس', '300']));
    await expect(canvasElement.querySelector('.claim-text')).toHaveAttribute('dir', 'rtl');
  },
};

/** An English claim against an Arabic reference. */
export const EnglishAgainstArabic: Story = {
  args: { correspondence: cellCorrespondence(AR_FLOOD, 'ar', EN_FLOOD, 'en')!, language: 'en', dir: 'ltr' },
};

/** Missing words hidden: only the marks. */
export const WithoutReferenceWords: Story = {
  args: { correspondence: { ...cellCorrespondence(EN, 'en', AR, 'ar')!, referenceOnly: [] } },
};

/** The Arabic interface: the English claim keeps its own direction inside it. */
export const ArabicInterface: Story = { ...EnglishAgainstArabic, globals: { locale: 'ar' } };

/** The legend Compare shows above the grid when some outlet is in another language than the reference. */
export const Legend: Story = { render: () => <CrossLanguageLegend /> };

/** A mixed row in Compare's grid, built through the app's own selectors (English reference column). */
async function mixedGridProps() {
  const wire = buildArticle({ id: 'coast', outlet: 'Coast Wire', language: 'en', sentences: [EN_FLOOD, { text: EN, source: 'The regional governor, Tomas Ardell', cue: 'said' }] });
  const sahel = buildArticle({ id: 'sahel', outlet: 'الساحل اليوم', language: 'ar', sentences: [AR_FLOOD, { text: AR, source: 'حاكم الإقليم توماس أرديل', cue: 'وقال' }] });
  const harbour = buildArticle({ id: 'harbour', outlet: 'Harbour Post', language: 'en', sentences: ['Floods killed 14 people in Velmora, officials said.'] });
  const articles = [wire, sahel, harbour];
  const result = {
    articles,
    rows: [buildRow([wire.claims[0]!, sahel.claims[0]!, harbour.claims[0]!], articles), buildRow([wire.claims[1]!, sahel.claims[1]!], articles)],
    actors: [],
    diagnostics: [],
  };
  const store = makeStore(undefined, { runner: async () => result, repository: null, analysisDelayMs: 0, saveDelayMs: 0 });
  store.dispatch(caseLoaded({ snapshot: { id: 'story-cross', name: 'Velmora floods', articles: articles.map((a) => ({ id: a.id, raw: a.text, format: 'text', language: a.language, outlet: a.outlet! })) } }));
  const { payload } = store.dispatch(analysisRequested());
  store.dispatch(analysisCompleted({ requestId: payload.requestId, result }));
  await store.dispatch(correspondenceRequested());
  const state = store.getState();
  return { columns: selectColumns(state), rowIds: selectVisibleRowIds(state), getRow: selectRowBuilder(state), dir: selectCompareDirection(state) };
}

export const InCompareGrid: Story = {
  parameters: { wholeGrid: true },
  loaders: [async () => ({ grid: await mixedGridProps() })],
  render: (_args, { loaded }) => (
    <>
      <CrossLanguageLegend />
      <CompareTable {...(loaded as { grid: Awaited<ReturnType<typeof mixedGridProps>> }).grid} onEditClaim={fn()} onShowInArticle={fn()} onEditRow={fn()} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    await expect(within(grid).getAllByTitle('corresponds to the reference column').length).toBeGreaterThan(0);
    await expect(grid.querySelector('.claim-text[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  },
};
