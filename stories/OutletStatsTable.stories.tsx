import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnonymousShareTable, type OutletShare } from '../src/components/OutletStatsTable.tsx';
import type { CaseName } from './data/cases.ts';
import { outletSharesOf } from './data/views.ts';

const meta = {
  title: 'Sources/AnonymousShareTable',
  component: AnonymousShareTable,
  args: { outlets: [] },
} satisfies Meta<typeof AnonymousShareTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => ({ outlets: outletSharesOf(name) })],
  render: (args, { loaded }) => <AnonymousShareTable {...args} {...(loaded as { outlets: OutletShare[] })} />,
});

/** Share of anonymous sources per outlet in the seed case. */
export const Default: Story = fromCase('seed');

/** No outlet yet. */
export const Empty: Story = {};

/** Long Arabic outlet names; one outlet attributes nothing (shown as –). */
export const LongArabic: Story = {
  args: {
    outlets: [
      { articleId: 'a', label: 'صحيفة الشرق الأوسط الدولية الصادرة من لندن منذ عام ١٩٧٨', attributed: 22, anonymous: 9, share: 9 / 22 },
      { articleId: 'b', label: 'بوابة أهل مصر الإخبارية', attributed: 0, anonymous: 0, share: 0 },
    ],
  },
};

/** Arabic and English outlets. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 60 outlets. */
export const ManyRows: Story = {
  args: {
    outlets: Array.from({ length: 60 }, (_, i) => ({ articleId: `o${i}`, label: i % 2 ? `Outlet ${i + 1}` : `وسيلة ${i + 1}`, attributed: 10 + (i % 7), anonymous: i % 5, share: (i % 5) / (10 + (i % 7)) })),
  },
};

/** The seed case in the Arabic interface. */
export const ArabicInterface: Story = { ...fromCase('seed'), globals: { locale: 'ar' } };
