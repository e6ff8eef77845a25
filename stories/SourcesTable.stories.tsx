import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SourcesTable, type SourceRow } from '../src/components/SourcesTable.tsx';
import { SOURCE_KINDS } from '../src/core/vocabulary.ts';
import type { CaseName } from './data/cases.ts';
import { sourceRowsOf } from './data/views.ts';

const meta = {
  title: 'Sources/SourcesTable',
  component: SourcesTable,
  args: { sources: [], onShowClaim: fn() },
} satisfies Meta<typeof SourcesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => ({ sources: sourceRowsOf(name) })],
  render: (args, { loaded }) => <SourcesTable {...args} {...(loaded as { sources: SourceRow[] })} />,
});

const KINDS = SOURCE_KINDS;

/** Every stated source of the seed case, most-cited first. */
export const Default: Story = fromCase('seed');

/** A case with no stated source. */
export const Empty: Story = {};

/** Long Arabic sources with affiliations. */
export const LongArabic: Story = {
  args: {
    sources: [
      {
        key: 'a',
        text: 'مصادر عسكرية ليبية مطلعة على سير المفاوضات الجارية في القاهرة بين الأطراف المتنازعة',
        kind: 'anonymous',
        affiliations: ['مقربة من القيادة العامة للجيش الوطني الليبي في الرجمة', 'مصرية'],
        outlets: ['الرئيس نيوز', 'أهل مصر', 'الشرق الأوسط'],
        claims: [{ id: 'c1', articleId: 'a1', text: 'x' }, { id: 'c2', articleId: 'a2', text: 'y' }],
      },
      { key: 'b', text: 'الناطق الرسمي باسم القيادة العامة للقوات المسلحة العربية الليبية اللواء أحمد المسماري', kind: 'person', affiliations: [], outlets: ['الرصيفة'], claims: [{ id: 'c3', articleId: 'a3', text: 'z' }] },
    ],
  },
};

/** Arabic and English sources in one case. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 400 sources. */
export const ManyRows: Story = {
  args: {
    sources: Array.from({ length: 400 }, (_, i) => ({
      key: `s${i}`,
      text: i % 2 ? `Official number ${i + 1}` : `مصدر رقم ${i + 1}`,
      kind: KINDS[i % KINDS.length]!,
      affiliations: i % 5 === 0 ? ['close to the president'] : [],
      outlets: ['Global Wire', 'MST News'].slice(0, 1 + (i % 2)),
      claims: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ id: `c${i}-${k}`, articleId: 'a', text: 'claim' })),
    })),
  },
  // axe over a thousand rows takes longer than the story: run it from the panel when needed.
  globals: { a11y: { manual: true } },
};

/** The seed case's sources in the Arabic interface. */
export const ArabicInterface: Story = { ...fromCase('seed'), globals: { locale: 'ar' } };
