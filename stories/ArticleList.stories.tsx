import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ArticleList, type ArticleListItem } from '../src/components/ArticleList.tsx';
import type { CaseName } from './data/cases.ts';
import { articleListOf } from './data/views.ts';

const meta = {
  title: 'Case/ArticleList',
  component: ArticleList,
  args: { articles: [], onEdit: fn(), onRemove: fn(), onOpen: fn() },
} satisfies Meta<typeof ArticleList>;

export default meta;
type Story = StoryObj<typeof meta>;

const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => ({ articles: articleListOf(name) })],
  render: (args, { loaded }) => <ArticleList {...args} {...(loaded as { articles: ArticleListItem[] })} />,
});

/** The five seed articles with the claims found in each. */
export const Default: Story = fromCase('seed');

/** A new case: no article yet. */
export const Empty: Story = {};

/** Long Arabic outlet names and titles; one article refused, one waiting for the analysis. */
export const LongArabic: Story = {
  args: {
    articles: [
      { id: 'a', name: 'صحيفة الشرق الأوسط الدولية الصادرة من لندن', outlet: 'صحيفة الشرق الأوسط الدولية الصادرة من لندن', title: 'تفاصيل لقاء حفتر مع وفد "الفرصة الأخيرة" وتهديدات باستهداف مقره بـ"الرجمة"', date: '2020-07-02', language: 'ar', status: { kind: 'claims', count: 21 } },
      { id: 'b', name: 'مقال-بلا-عنوان.html', outlet: '', title: '', date: '', language: 'auto', fileName: 'مقال-بلا-عنوان.html', status: { kind: 'error', message: 'مقال-بلا-عنوان.html: the input looks binary (it contains NUL bytes), not text' } },
      { id: 'c', name: 'بوابة أهل مصر', outlet: 'بوابة أهل مصر', title: '', date: '', language: 'ar', status: { kind: 'pending' } },
    ],
  },
};

/** Arabic and English articles in one case. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 120 articles. */
export const ManyRows: Story = {
  args: {
    articles: Array.from({ length: 120 }, (_, i) => ({
      id: `a${i}`,
      name: i % 2 ? `Outlet ${i + 1}` : `وسيلة ${i + 1}`,
      outlet: i % 2 ? `Outlet ${i + 1}` : `وسيلة ${i + 1}`,
      title: '',
      date: '',
      language: i % 2 ? 'en' : 'ar',
      status: { kind: 'claims' as const, count: (i * 7) % 30 },
    })),
  },
  // axe over a thousand rows takes longer than the story: run it from the panel when needed.
  globals: { a11y: { manual: true } },
};

/** The seed case in the Arabic interface. */
export const ArabicInterface: Story = { ...fromCase('seed'), globals: { locale: 'ar' } };

/** One article's metadata form open (the others stay compact rows); Done closes it. */
export const Editing: Story = {
  ...fromCase('seed'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [edit] = canvas.getAllByRole('button', { name: /^Edit / });
    await userEvent.click(edit!);
    await expect(edit).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByRole('textbox', { name: 'Title' })).toHaveLength(1);
  },
};
