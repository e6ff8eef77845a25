import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LabelForm } from '../src/components/LabelForm.tsx';
import { actorsOf } from './data/views.ts';

const meta = {
  title: 'Actors/LabelForm',
  component: LabelForm,
  args: { actors: [], languages: ['ar'], labels: [], onAdd: fn(), onRemove: fn() },
} satisfies Meta<typeof LabelForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Teach the analysis a label for one of the seed case's actors. */
export const Default: Story = {
  loaders: [async () => ({ actors: actorsOf('seed') })],
  render: (args, { loaded }) => <LabelForm {...args} {...(loaded as { actors: { id: string; name: string }[] })} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Label (forms separated by commas)'), 'الانقلابي, قائد الانقلاب');
    await userEvent.click(canvas.getByRole('button', { name: 'Add label' }));
    await expect(args.onAdd).toHaveBeenCalledWith({ forms: ['الانقلابي', 'قائد الانقلاب'], stance: 'negative', language: 'ar' });
  },
};

/** No actor found and no label added yet. */
export const Empty: Story = { args: { languages: [] } };

/** Long Arabic labels already added. */
export const LongArabic: Story = {
  args: {
    labels: [
      { id: 'l1', forms: ['حكومة منتهية الصلاحية والمدعومة من تركيا', 'الحكومة غير الشرعية'], stance: 'negative', language: 'ar', actors: ['حكومة الوفاق'] },
      { id: 'l2', forms: ['القائد العام للقوات المسلحة العربية الليبية'], stance: 'positive', language: 'ar' },
    ],
  },
  globals: { locale: 'ar' },
};

/** Arabic and English labels; both languages offered. */
export const MixedArabicEnglish: Story = {
  args: {
    languages: ['ar', 'en'],
    actors: [{ id: 'a', name: 'Khalifa Haftar' }, { id: 'b', name: 'خليفة حفتر' }],
    labels: [
      { id: 'l1', forms: ['coup general'], stance: 'negative', language: 'en', actors: ['Khalifa Haftar'] },
      { id: 'l2', forms: ['المشير'], stance: 'positive', language: 'ar', actors: ['خليفة حفتر'] },
    ],
  },
};

/** 60 user labels. */
export const ManyRows: Story = {
  args: { labels: Array.from({ length: 60 }, (_, i) => ({ id: `l${i}`, forms: [i % 2 ? `label ${i + 1}` : `وصف ${i + 1}`], stance: (['negative', 'positive', 'neutral'] as const)[i % 3], language: i % 2 ? 'en' : 'ar' })) },
};
