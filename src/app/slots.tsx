import type { ReactNode } from 'react';
import { SlotsProvider, type ViewSlots } from '../components/slots.tsx';
import { ClaimEditorPanel } from '../features/corrections/ClaimEditorPanel.tsx';
import { ReviewList } from '../features/corrections/ReviewList.tsx';
import { RowEditorPanel } from '../features/corrections/RowEditorPanel.tsx';
import { LibraryPanel } from '../features/library/LibraryPanel.tsx';

const appSlots: ViewSlots = {
  ClaimEditor: ClaimEditorPanel,
  RowEditor: RowEditorPanel,
  CaseExtras: () => (
    <>
      <LibraryPanel />
      <ReviewList />
    </>
  ),
};

/** Gives every view the app's connected panels (see ViewSlots). */
export function AppSlots({ children }: { children: ReactNode }) {
  return <SlotsProvider value={appSlots}>{children}</SlotsProvider>;
}
