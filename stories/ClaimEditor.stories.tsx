import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ClaimEditor, type ClaimEditorProps } from '../src/components/ClaimEditor.tsx';
import { sharedRowOf } from './data/views.ts';

const base: ClaimEditorProps['claim'] = {
  id: 'a1:c1',
  text: 'The minister said the talks had failed.',
  dir: 'ltr',
  sourceText: 'The minister',
  cueText: 'said',
  kind: 'person',
  stance: 'neutral',
  edited: false,
  dismissed: false,
};

const meta = {
  title: 'Corrections/ClaimEditor',
  component: ClaimEditor,
  args: {
    claim: base,
    rowNumber: 1,
    rowCount: 12,
    onSourceChange: fn(),
    onKindChange: fn(),
    onStanceChange: fn(),
    onNotAClaim: fn(),
    onIsAClaim: fn(),
    onMoveToRow: fn(),
    onMoveToNewRow: fn(),
    onReset: fn(),
  },
} satisfies Meta<typeof ClaimEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A claim of the seed case's first shared row; changing its kind reports the correction. */
export const Default: Story = {
  loaders: [
    async () => {
      const { row, columns } = sharedRowOf('seed');
      const i = row.cells.findIndex((c) => c.claims.some((x) => x.source));
      const c = row.cells[i]!.claims.find((x) => x.source)!;
      return {
        claim: { id: c.id, text: c.text, dir: columns[i]!.dir, sourceText: c.source?.text ?? '', kind: c.source?.kind ?? null, stance: c.cue?.stance ?? null, edited: false, dismissed: false },
        rowNumber: row.number,
      };
    },
  ],
  render: (args, { loaded }) => <ClaimEditor {...args} {...(loaded as Pick<ClaimEditorProps, 'claim' | 'rowNumber'>)} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Source kind'), 'anonymous');
    await expect(args.onKindChange).toHaveBeenCalledWith('anonymous');
  },
};

/** The outlet's own voice: no source, no cue, in no row. */
export const Empty: Story = { args: { claim: { ...base, sourceText: '', kind: null, stance: null }, rowNumber: null } };

/** A long Arabic claim, corrected by a person (edited mark and reset). */
export const LongArabic: Story = {
  args: {
    claim: {
      ...base,
      dir: 'rtl',
      text: 'وأكدت المصادر: "أجرت طائرات حربية تركية مؤخراً سلسلة مناورات عسكرية قبالة السواحل الليبية، من بينها محاكاة استهداف المقر العام للجيش الوطني الليبي في الرجمة، في رسالة واضحة إلى القيادة العامة بأن أي تقدم نحو سرت والجفرة سيقابل برد عسكري مباشر"',
      sourceText: 'المصادر',
      kind: 'anonymous',
      stance: 'endorsing',
      edited: true,
    },
  },
};

/** An English claim quoting Arabic, in the Arabic interface. */
export const MixedArabicEnglish: Story = {
  args: { claim: { ...base, text: 'Al-Mismari told Al Arabiya: «لن نقبل بأي تدخل تركي».', sourceText: 'Al-Mismari', kind: 'person', stance: 'neutral' } },
  globals: { locale: 'ar' },
};

/** Marked as not a claim. */
export const Dismissed: Story = { args: { claim: { ...base, dismissed: true, edited: true } } };
