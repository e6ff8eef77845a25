import type { Meta, StoryObj } from '@storybook/react-vite';
import { DiffText } from '../src/components/DiffText.tsx';
import type { DiffSegment } from '../src/components/model.ts';
import { diffClaims } from '../src/core/diff/index.ts';
import { sharedRowOf } from './data/views.ts';

const meta = {
  title: 'Compare/DiffText',
  component: DiffText,
  args: { parts: [] },
  decorators: [(Story) => <p className="claim-text" dir="auto" style={{ maxWidth: 480 }}><Story /></p>],
} satisfies Meta<typeof DiffText>;

export default meta;
type Story = StoryObj<typeof meta>;

const diff = (a: string, b: string, lang: string): DiffSegment[] => diffClaims(a, b, lang).map((p) => ({ op: p.op, text: p.text }));

/** A seed claim against the reference column's claim of its row. */
export const Default: Story = {
  loaders: [async () => ({ parts: sharedRowOf('seed').row.cells.flatMap((c) => c.claims).find((c) => c.parts)?.parts ?? [] })],
  render: (args, { loaded }) => <DiffText {...args} {...(loaded as { parts: DiffSegment[] })} />,
};

/** Nothing to show. */
export const Empty: Story = {};

/** Two long Arabic wordings of one claim. */
export const LongArabic: Story = {
  args: {
    parts: diff(
      'التقى قائد الجيش الوطني الليبي، المشير خليفة حفتر، بمقره في الرجمة أمس الأربعاء، وفداً عسكرياً وسياسياً أميركياً رفيع المستوى، وذلك بهدف التوصل إلى اتفاق لوقف إطلاق النار.',
      'كشفت صحيفة روسية أن المشير خليفة حفتر التقى بمقره في الرجمة، وفدًا عسكريًا وسياسيًا أمريكياً رفيع المستوى، لبحث وقف إطلاق النار في سرت والجفرة.',
      'ar',
    ),
  },
};

/** English wording with Arabic names in it. */
export const MixedArabicEnglish: Story = {
  args: { parts: diff('Field Marshal Khalifa Haftar (خليفة حفتر) met a US delegation in Rajma.', 'Coup general Khalifa Haftar (خليفة حفتر) received US officials in Rajma on Wednesday.', 'en') },
};

/** Everything inserted. */
export const AllInserted: Story = { args: { parts: [{ op: 'insert', text: 'A claim only this outlet reports.' }] } };
