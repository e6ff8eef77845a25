import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Panel } from '../src/components/Panel.tsx';

const meta = {
  title: 'Layout/Panel',
  component: Panel,
  args: { title: 'Correct a claim', onClose: fn(), children: <p>The panel takes focus when it opens; Escape closes it.</p> },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A side panel with a title and a close button. */
export const Default: Story = {};

/** No content. */
export const Empty: Story = { args: { children: null } };

/** Long Arabic title and text, in the Arabic interface. */
export const LongArabic: Story = {
  args: {
    title: 'تصحيح ادعاء منسوب إلى مصادر عسكرية ليبية مطلعة على سير المفاوضات',
    children: (
      <blockquote dir="rtl">
        وأكدت المصادر أن طائرات حربية تركية أجرت مؤخراً سلسلة مناورات عسكرية قبالة السواحل الليبية، من بينها محاكاة استهداف المقر العام للجيش الوطني
        الليبي في الرجمة، في رسالة واضحة إلى القيادة العامة.
      </blockquote>
    ),
  },
  globals: { locale: 'ar' },
};

/** English panel holding Arabic text. */
export const MixedArabicEnglish: Story = {
  args: { children: <p>Source: <bdi>مصادر مقربة من المشير خليفة حفتر</bdi> (anonymous)</p> },
};

/** Much content: the panel scrolls. */
export const ManyRows: Story = {
  args: { children: <ol>{Array.from({ length: 80 }, (_, i) => <li key={i}>Claim {i + 1}</li>)}</ol> },
};
