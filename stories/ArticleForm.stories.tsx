import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ArticleForm } from '../src/components/ArticleForm.tsx';
import { seedCase } from './data/cases.ts';

const meta = {
  title: 'Case/ArticleForm',
  component: ArticleForm,
  args: { onAdd: fn(), onReject: fn() },
} satisfies Meta<typeof ArticleForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Paste an article or choose/drop files. */
export const Default: Story = {};

/** Nothing typed: the add button is disabled. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Add article' })).toBeDisabled();
  },
};

/** A whole seed article pasted (long Arabic, right to left in the text box). */
export const LongArabic: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Article text (paste text or a web page)'));
    await userEvent.paste(seedCase().articles[0]!.raw);
    await userEvent.type(canvas.getByLabelText('Outlet'), 'الرئيس نيوز');
    await expect(canvas.getByRole('button', { name: 'Add article' })).toBeEnabled();
  },
};

/** English and Arabic text in one paste. */
export const MixedArabicEnglish: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Article text (paste text or a web page)'));
    await userEvent.paste('Haftar’s spokesman Ahmed al-Mismari said: «لن نقبل بأي تدخل تركي» on Tuesday.');
  },
};

/** The form in the Arabic interface. */
export const ArabicInterface: Story = { globals: { locale: 'ar' } };
