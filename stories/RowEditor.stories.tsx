import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { RowEditor, type RowEditorProps } from '../src/components/RowEditor.tsx';
import type { CaseName } from './data/cases.ts';
import { rowEditorClaimsOf, sharedRowOf } from './data/views.ts';

const meta = {
  title: 'Corrections/RowEditor',
  component: RowEditor,
  args: { rowNumber: 1, rowCount: 10, claims: [], edited: false, onMergeInto: fn(), onSplit: fn(), onReset: fn() },
} satisfies Meta<typeof RowEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => ({ claims: rowEditorClaimsOf(name), rowNumber: sharedRowOf(name).row.number })],
  render: (args, { loaded }) => <RowEditor {...args} {...(loaded as Pick<RowEditorProps, 'claims' | 'rowNumber'>)} />,
});

/** The seed case's first shared row: merge it, or split claims off. */
export const Default: Story = fromCase('seed');

/** A row of one claim: nothing to split. */
export const Empty: Story = { args: { claims: [{ id: 'c1', outlet: 'Global Wire', text: 'Talks opened.', dir: 'ltr' }] } };

/** Long Arabic claims, after a person edited the row. */
export const LongArabic: Story = { ...fromCase('longArabic'), args: { edited: true }, globals: { locale: 'ar' } };

/** Arabic and English claims in one row. */
export const MixedArabicEnglish: Story = {
  args: {
    claims: [
      { id: 'c1', outlet: 'El Rais News (الرئيس نيوز)', text: 'التقى المشير خليفة حفتر وفداً أميركياً رفيع المستوى.', dir: 'rtl' },
      { id: 'c2', outlet: 'Global Wire', text: 'Haftar met a senior US delegation at his Rajma headquarters.', dir: 'ltr' },
    ],
  },
};

/** A row of twelve claims. */
export const ManyRows: Story = {
  args: { rowCount: 1000, claims: Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, outlet: `Outlet ${i + 1}`, text: `The ministry said the border would reopen on day ${i + 1}.`, dir: 'ltr' as const })) },
};
