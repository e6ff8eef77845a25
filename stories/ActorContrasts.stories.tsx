import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ActorContrasts } from '../src/features/actors/ActorContrasts.tsx';
import type { ActorContrast } from '../src/model/actorMatrix.ts';
import { actorContrastsOf } from './data/views.ts';

const meta = {
  title: 'Actors/ActorContrasts',
  component: ActorContrasts,
  args: { contrasts: [], selected: null, onSelect: fn() },
} satisfies Meta<typeof ActorContrasts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed case: per actor, which outlet says what, with counts. */
export const Default: Story = {
  loaders: [async () => ({ contrasts: actorContrastsOf('seed') })],
  render: (args, { loaded }) => <ActorContrasts {...args} {...(loaded as { contrasts: ActorContrast[] })} />,
};

/** No outlet names an actor differently. */
export const Empty: Story = {};

/** A label the user added (marked ✎) beside found ones, in the Arabic interface. */
export const UserLabelArabicInterface: Story = {
  args: {
    contrasts: [
      {
        id: 'a1',
        name: 'كريم زهران',
        aliases: ['زهران'],
        differing: 3,
        outlets: [
          { articleId: 'x', outlet: 'وكالة الشمال', chips: [{ key: 'coup', text: 'الانقلابي', stance: 'negative', count: 2, origin: 'lexicon' }, { key: 'coup general', text: 'جنرال الانقلاب', stance: 'negative', count: 1, origin: 'user' }] },
          { articleId: 'y', outlet: 'صحيفة الجنوب (الطبعة الدولية)', chips: [{ key: 'field marshal', text: 'المشير', stance: 'neutral', count: 3, origin: 'lexicon' }] },
        ],
      },
    ],
  },
  globals: { locale: 'ar' },
};
