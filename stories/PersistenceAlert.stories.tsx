import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { Provider } from 'react-redux';
import { expect, within } from 'storybook/test';
import type { LibraryState } from '../src/model/librarySlice.ts';
import { PersistenceAlert } from '../src/features/library/PersistenceAlert.tsx';
import type { AnalysisRunner } from '../src/worker/runner.ts';
import { makeStore } from '../src/app/store.ts';

// The alert reads the store: each story gets its own store with the library in the state to show.
// Nothing is analysed or saved (no repository; a runner that answers with an empty analysis).
const idleRunner: AnalysisRunner = async () => ({ articles: [], rows: [], actors: [], diagnostics: [] });

function WithLibrary({ library, children }: { library: Partial<LibraryState>; children: ReactNode }) {
  const [store] = useState(() =>
    makeStore(
      { library: { saved: [], open: { caseId: 'seed', revision: 3 }, conflict: null, saveError: null, ...library } },
      { runner: idleRunner, repository: null },
    ),
  );
  return <Provider store={store}>{children}</Provider>;
}

interface Args {
  library: Partial<LibraryState>;
}

const meta = {
  title: 'Case/PersistenceAlert',
  component: PersistenceAlert,
  args: { library: {} },
  render: ({ library }: Args) => (
    <WithLibrary library={library}>
      <PersistenceAlert />
    </WithLibrary>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const conflict = { conflict: { caseId: 'seed', revision: 4 } };
const quota = { saveError: { kind: 'quota' as const, message: 'QuotaExceededError: the quota has been exceeded.' } };

/** Another tab saved the same case: choose whose version to keep (saving here waits meanwhile). */
export const Conflict: Story = {
  args: { library: conflict },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('This case was changed in another tab or window.');
    await expect(canvas.getByRole('button', { name: "Load the other tab's version" })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Keep my version' })).toBeEnabled();
  },
};

/** The browser's storage is full: the case stays open; export it or try again. */
export const Quota: Story = {
  args: { library: quota },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent("this browser's storage is full");
    await expect(canvas.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Try saving again' })).toBeEnabled();
  },
};

/** A save failed for another reason (the reason is shown). */
export const SaveFailed: Story = { args: { library: { saveError: { kind: 'other', message: 'UnknownError: the database connection is closing' } } } };

/** A conflict and a full disk at once. */
export const ConflictAndQuota: Story = { args: { library: { ...conflict, ...quota } } };

/** Both messages in the Arabic interface, right to left. */
export const ArabicInterface: Story = { args: { library: { ...conflict, ...quota } }, globals: { locale: 'ar' } };
