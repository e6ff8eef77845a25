import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ViewNav } from '../src/components/ViewNav.tsx';

const VIEWS = ['case', 'compare', 'article', 'actors', 'sources', 'charts', 'report'] as const;

const meta = {
  title: 'Layout/ViewNav',
  component: ViewNav,
  args: { views: VIEWS, current: 'compare', onSelect: fn() },
} satisfies Meta<typeof ViewNav>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The main navigation, Compare current. */
export const Default: Story = {};

/** Only the Case view (no case yet). */
export const Empty: Story = { args: { views: ['case'], current: 'case' } };

/** The Arabic interface: right to left. */
export const ArabicInterface: Story = { args: { current: 'actors' }, globals: { locale: 'ar' } };
