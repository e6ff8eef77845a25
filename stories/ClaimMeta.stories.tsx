import type { Meta, StoryObj } from '@storybook/react-vite';
import { ClaimMeta } from '../src/components/ClaimMeta.tsx';
import type { CellClaim } from '../src/components/model.ts';
import { sharedRowOf } from './data/views.ts';

const meta = {
  title: 'Compare/ClaimMeta',
  component: ClaimMeta,
  args: { source: { text: 'The minister', kind: 'person' }, cue: { text: 'said', stance: 'neutral' } },
} satisfies Meta<typeof ClaimMeta>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Source and cue of a claim in the seed case's first shared row. */
export const Default: Story = {
  loaders: [
    async () => {
      const claim = sharedRowOf('seed').row.cells.flatMap((c) => c.claims).find((c) => c.source) as CellClaim;
      return { source: claim.source, cue: claim.cue };
    },
  ],
  render: (args, { loaded }) => <ClaimMeta {...args} {...(loaded as Pick<CellClaim, 'source' | 'cue'>)} />,
};

/** The outlet's own voice: no source, no cue. */
export const Empty: Story = { args: { source: null, cue: null } };

/** A long anonymous Arabic source with its affiliation. */
export const LongArabic: Story = {
  args: {
    source: { text: 'مصادر عسكرية ليبية مطلعة على سير المفاوضات الجارية في القاهرة', kind: 'anonymous', affiliation: 'مقربة من المشير خليفة حفتر' },
    cue: { text: 'وكشفت', stance: 'endorsing' },
  },
};

/** An English source in the Arabic interface. */
export const MixedArabicEnglish: Story = {
  args: { source: { text: 'Opposition leader Irena Dasko', kind: 'person', role: 'opposition leader' }, cue: { text: 'claimed', stance: 'distancing' } },
  globals: { locale: 'ar' },
};

/** Every kind in a row (the kind is written out; colour only repeats it). */
export const EveryKind: Story = {
  render: () => (
    <div>
      {(['person', 'organization', 'media', 'anonymous', 'document', 'unknown'] as const).map((kind) => (
        <ClaimMeta key={kind} source={{ text: `${kind} source`, kind }} cue={{ text: 'said', stance: kind === 'anonymous' ? 'distancing' : 'neutral' }} />
      ))}
    </div>
  ),
};
