import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { FilterBar, type FilterValues } from '../src/components/FilterBar.tsx';
import type { OutletColumn } from '../src/components/model.ts';
import type { CaseName } from './data/cases.ts';
import { actorsOf, compareProps } from './data/views.ts';

const none: FilterValues = { actorId: null, kind: 'all', stance: 'all', coverage: 'all', search: '' };

const meta = {
  title: 'Compare/FilterBar',
  component: FilterBar,
  args: {
    values: none,
    sort: 'position',
    actors: [],
    columns: [],
    referenceId: null,
    shown: 0,
    total: 0,
    onChange: fn(),
    onSortChange: fn(),
    onReferenceChange: fn(),
    onClear: fn(),
    showMissingWords: true,
    onToggleMissingWords: fn(),
  },
} satisfies Meta<typeof FilterBar>;

export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { actors: { id: string; name: string }[]; columns: OutletColumn[]; referenceId: string | null; shown: number; total: number };
const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [
    async (): Promise<Loaded> => {
      const { columns, rowIds } = compareProps(name);
      return { actors: actorsOf(name), columns, referenceId: columns[0]?.articleId ?? null, shown: rowIds.length, total: rowIds.length };
    },
  ],
  render: (args, { loaded }) => <FilterBar {...args} {...(loaded as Loaded)} />,
});

/** The seed case: its outlets as reference columns, its actors as a filter. */
export const Default: Story = fromCase('seed');

/** No case yet. */
export const Empty: Story = {};

/** An Arabic search and actor chosen, in the Arabic interface. */
export const LongArabic: Story = {
  ...fromCase('seed'),
  args: { values: { ...none, search: 'وفداً عسكرياً وسياسياً أميركياً رفيع المستوى', coverage: 'shared', stance: 'endorsing' }, sort: 'coverage-desc' },
  globals: { locale: 'ar' },
};

/** Arabic and English outlets and actors. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 1,000 rows, filtered down to a few; many actors to choose from. */
export const ManyRows: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const { columns } = compareProps('manyRows');
      const actors = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}`, name: i % 2 ? `Actor ${i + 1}` : `فاعل ${i + 1}` }));
      return { actors, columns, referenceId: columns[1]!.articleId, shown: 37, total: 1000 };
    },
  ],
  render: fromCase('manyRows').render,
  args: { values: { ...none, search: 'ceasefire', kind: 'anonymous' } },
};
