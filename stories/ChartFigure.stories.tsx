import type { Meta, StoryObj } from '@storybook/react-vite';
import { ChartFigure } from '../src/components/ChartFigure.tsx';
import type { ChartSpec } from '../src/model/charts.ts';
import type { CaseName } from './data/cases.ts';
import { chartOf } from './data/views.ts';

const meta = {
  title: 'Charts/ChartFigure',
  component: ChartFigure,
  args: { title: 'Source kinds per outlet', categoryHeader: 'Outlet', categories: [], series: [], stacked: true },
  decorators: [(Story) => <div style={{ maxWidth: 720 }}><Story /></div>],
} satisfies Meta<typeof ChartFigure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A chart of the Charts view for a story case, from the view's own selector. */
const fromCase = (name: CaseName, chart = 'kinds'): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => chartOf(name, chart)],
  render: (args, { loaded }) => <ChartFigure {...args} {...(loaded as Omit<ChartSpec, 'key'>)} />,
});

/** Source kinds per outlet in the seed case (stacked bars, with the table alternative). */
export const Default: Story = fromCase('seed');

/** No outlet: an empty chart and table. */
export const Empty: Story = {};

/** Arabic interface: long Arabic outlet names, axis and legend read from the right. */
export const LongArabic: Story = {
  args: {
    title: 'أنواع المصادر لكل وسيلة',
    categoryHeader: 'الوسيلة',
    rtl: true,
    categories: ['صحيفة الشرق الأوسط الدولية الصادرة من لندن', 'بوابة أهل مصر الإخبارية', 'موقع الرصيفة الإخبارية المستقل'],
    series: [
      { label: 'شخص', data: [4, 9, 2], color: 'var(--person)' },
      { label: 'مجهول', data: [7, 3, 5], color: 'var(--anonymous)' },
    ],
  },
  globals: { locale: 'ar' },
};

/** Arabic and English outlets. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 40 outlets, as a percentage chart. */
export const ManyRows: Story = {
  args: {
    title: 'Anonymous share per outlet',
    percent: true,
    stacked: false,
    categories: Array.from({ length: 40 }, (_, i) => (i % 2 ? `Outlet ${i + 1}` : `وسيلة ${i + 1}`)),
    series: [{ label: 'Anonymous share', data: Array.from({ length: 40 }, (_, i) => ((i * 37) % 100) / 100), color: 'var(--anonymous)' }],
  },
};

/** Horizontal bars. */
export const Horizontal: Story = { ...fromCase('seed'), args: { horizontal: true } };

/** Labels per actor in the seed case: one colour per actor, its stances as fills. */
export const Labels: Story = fromCase('seed', 'labels');

/** Rows shared by two or more outlets, per outlet. */
export const Coverage: Story = fromCase('seed', 'coverage');
