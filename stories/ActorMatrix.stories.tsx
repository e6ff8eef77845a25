import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ActorMatrix, type ActorMatrixRow } from '../src/components/ActorMatrix.tsx';
import type { OutletColumn } from '../src/components/model.ts';
import { LABEL_STANCES } from '../src/core/vocabulary.ts';
import type { CaseName } from './data/cases.ts';
import { actorRowsOf, columnsOf } from './data/views.ts';

const meta = {
  title: 'Actors/ActorMatrix',
  component: ActorMatrix,
  args: { columns: [], actors: [], selected: null, onSelect: fn() },
} satisfies Meta<typeof ActorMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const fromCase = (name: CaseName): Required<Pick<Story, 'loaders' | 'render'>> => ({
  loaders: [async () => ({ columns: columnsOf(name), actors: actorRowsOf(name) })],
  render: (args, { loaded }) => <ActorMatrix {...args} {...(loaded as { columns: OutletColumn[]; actors: ActorMatrixRow[] })} />,
});

const STANCES = LABEL_STANCES;

/** Synthetic actors: `n` of them over the given columns, with `labels` as chip texts. */
function synthetic(columns: OutletColumn[], n: number, names: string[], labels: string[]): ActorMatrixRow[] {
  return Array.from({ length: n }, (_, i) => {
    const cells = columns.map((c, j) => {
      const chips = (i + j) % 3 === 2 ? [] : labels.slice(0, 1 + ((i + j) % 3)).map((text, k) => ({
        key: `${text}-${k}`,
        text,
        stance: STANCES[(i + j + k) % 3]!,
        count: 1 + ((i * j + k) % 4),
        origin: 'lexicon' as const,
      }));
      return { articleId: c.articleId, chips, total: chips.reduce((s, ch) => s + ch.count, 0) };
    });
    return { id: `actor-${i}`, name: `${names[i % names.length]}${i >= names.length ? ` ${i + 1}` : ''}`, aliases: [], total: cells.reduce((s, c) => s + c.total, 0), cells };
  });
}

/** The seed case: how each outlet labels Haftar, the GNA, the LNA… */
export const Default: Story = fromCase('seed');

/** No recurring actor found. */
export const Empty: Story = {};

/** Long Arabic actor names and labels. */
export const LongArabic: Story = {
  loaders: [
    async () => {
      const columns = columnsOf('seed');
      const actors = synthetic(
        columns,
        4,
        ['المشير خليفة بلقاسم حفتر القائد العام للقوات المسلحة العربية الليبية', 'حكومة الوفاق الوطني المعترف بها دولياً برئاسة فايز السراج'],
        ['قائد الجيش الوطني الليبي المنتخب من مجلس النواب', 'حكومة منتهية الصلاحية والمدعومة من تركيا', 'ميليشيات مسلحة خارجة عن القانون'],
      );
      return { columns, actors };
    },
  ],
  render: fromCase('seed').render,
};

/** Arabic and English outlets and actors in one case. */
export const MixedArabicEnglish: Story = fromCase('mixed');

/** 150 actors over the seed outlets. */
export const ManyRows: Story = {
  loaders: [async () => ({ columns: columnsOf('seed'), actors: synthetic(columnsOf('seed'), 150, ['Tomas Vell', 'خليفة حفتر', 'Irena Dasko'], ['strongman', 'المشير', 'president']) })],
  render: fromCase('seed').render,
  // axe over a thousand rows takes longer than the story: run it from the panel when needed.
  globals: { a11y: { manual: true } },
};

/** The seed case in the Arabic interface, one chip selected. */
export const ArabicInterface: Story = {
  ...fromCase('seed'),
  loaders: [
    async () => {
      const actors = actorRowsOf('seed');
      const first = actors.find((a) => a.cells.some((c) => c.chips.length));
      const cell = first?.cells.find((c) => c.chips.length);
      return { columns: columnsOf('seed'), actors, selected: first && cell ? { actorId: first.id, articleId: cell.articleId, key: cell.chips[0]!.key } : null };
    },
  ],
  render: (args, { loaded }) => <ActorMatrix {...args} {...(loaded as { columns: OutletColumn[]; actors: ActorMatrixRow[] })} />,
  globals: { locale: 'ar' },
};

/** As the printed report shows it: the same table, labels as text (no `onSelect`). */
export const Printed: Story = {
  loaders: [async () => ({ columns: columnsOf('seed'), actors: actorRowsOf('seed') })],
  render: (_args, { loaded }) => <ActorMatrix {...(loaded as { columns: OutletColumn[]; actors: ActorMatrixRow[] })} />,
};
