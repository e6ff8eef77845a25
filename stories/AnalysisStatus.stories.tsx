import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AnalysisStatus } from '../src/components/AnalysisStatus.tsx';

const meta = {
  title: 'Layout/AnalysisStatus',
  component: AnalysisStatus,
  args: { status: 'done', progress: 1, stage: 'done', error: null, diagnostics: 0 },
  decorators: [(Story) => <header className="app-header"><Story /></header>],
} satisfies Meta<typeof AnalysisStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Up to date. */
export const Default: Story = {};

/** Nothing analysed yet (renders nothing). */
export const Empty: Story = { args: { status: 'idle', progress: 0, stage: '' } };

/** Running in the worker, with progress. */
export const Running: Story = { args: { status: 'running', progress: 0.42, stage: 'claims' } };

/** Done with notes (diagnostics). */
export const WithNotes: Story = { args: { diagnostics: 3 } };

/** Failed, with a long reason, in the Arabic interface. */
export const LongArabic: Story = {
  args: { status: 'error', error: 'تعذّر قراءة الملف: المقال أكبر من الحد المسموح به لكل مقال (مليون حرف بعد التحويل إلى نص)' },
  globals: { locale: 'ar' },
};

/** Running, Arabic interface, English stage name. */
export const MixedArabicEnglish: Story = { args: { status: 'running', progress: 0.85, stage: 'rows' }, globals: { locale: 'ar' } };

/** The user cancelled a running analysis: the case is unchanged and can be analysed again. */
export const Cancelled: Story = {
  args: { status: 'cancelled', progress: 0.3, stage: 'claims', onRerun: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Analysis cancelled. The case is unchanged.');
    await userEvent.click(canvas.getByRole('button', { name: 'Analyse again' }));
    await expect(args.onRerun).toHaveBeenCalledOnce();
  },
};

/** Cancelled, in the Arabic interface. */
export const CancelledArabic: Story = { args: { status: 'cancelled', progress: 0.3, stage: 'claims', onRerun: fn() }, globals: { locale: 'ar' } };
