import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { CompareTable } from '../src/components/CompareTable.tsx';
import type { CaseName } from './data/cases.ts';
import { compareProps, type CompareProps } from './data/views.ts';

const meta = {
  title: 'Compare/CompareTable',
  component: CompareTable,
  args: {
    columns: [],
    rowIds: [],
    getRow: () => undefined,
    dir: 'ltr',
    onEditClaim: fn(),
    onShowInArticle: fn(),
    onEditRow: fn(),
  },
  parameters: { docs: { description: { component: 'One row per aligned claim, one column per outlet, word diffs against the reference column.' } } },
} satisfies Meta<typeof CompareTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story whose grid comes from a fixture case through the app's selectors (computed when shown). */
const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => compareProps(name)],
  render: (args, { loaded }) => <CompareTable {...args} {...(loaded as CompareProps)} />,
});

/** The five Arabic seed articles as the dashboard opens them (columns run right to left). */
export const Default: Story = fromCase('seed');

/** Outlets but no rows (e.g. every row filtered out): a plain message, no empty grid to scroll or tab into. */
export const Empty: Story = {
  loaders: [async () => ({ ...compareProps('seed'), rowIds: [] })],
  render: fromCase('seed').render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No row matches these filters.')).toBeInTheDocument();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

/** Long Arabic claims and long outlet names wrap inside their cells. */
export const LongArabic: Story = fromCase('longArabic');

/** Arabic and English outlets side by side: each cell keeps its own direction. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 1,000 rows: only the rows in view are rendered (windowed list). */
export const ManyRows: Story = { ...fromCase('manyRows'), globals: { a11y: { manual: true } } };

/** The seed case in the Arabic interface. */
export const ArabicInterface: Story = { ...fromCase('seed'), globals: { locale: 'ar' } };
