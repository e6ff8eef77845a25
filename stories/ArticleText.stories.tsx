import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ArticleText, type ArticleSegment } from '../src/components/ArticleText.tsx';
import { seedCase, type CaseName } from './data/cases.ts';
import { articleTextOf } from './data/views.ts';

const meta = {
  title: 'Article/ArticleText',
  component: ArticleText,
  args: { segments: [], dir: 'auto', lang: 'und', selectedId: null, onSelect: fn() },
} satisfies Meta<typeof ArticleText>;

export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { segments: ArticleSegment[]; dir: 'rtl' | 'ltr' | 'auto'; lang: string };
const fromCase = (name: CaseName, articleId?: () => string): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => articleTextOf(name, articleId?.())],
  render: (args, { loaded }) => <ArticleText {...args} {...(loaded as Loaded)} />,
});

/** The first seed article with its claims and sources marked by kind. */
export const Default: Story = fromCase('seed');

/** An article with no text left after cleaning. */
export const Empty: Story = {};

/** The longest seed article (Asharq Al-Awsat), with one claim selected. */
export const LongArabic: Story = {
  loaders: [
    async () => {
      const longest = [...seedCase().articles].sort((a, b) => b.raw.length - a.raw.length)[0]!;
      const text = articleTextOf('seed', longest.id);
      const claim = text.segments.find((s) => s.type === 'claim');
      return { ...text, selectedId: claim && 'id' in claim ? claim.id : null };
    },
  ],
  render: (args, { loaded }) => <ArticleText {...args} {...(loaded as Loaded & { selectedId: string | null })} />,
};

/** An English article of the mixed case (left to right inside an otherwise Arabic case). */
export const MixedArabicEnglish: Story = fromCase('mixed', () => 'en-01_globalwire');

/** 1,000 claims in one article. */
export const ManyRows: Story = { ...fromCase('manyRows'), globals: { a11y: { manual: true } } };

/** A seed article in the Arabic interface. */
export const ArabicInterface: Story = { ...fromCase('seed'), globals: { locale: 'ar' } };
