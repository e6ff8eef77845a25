import { createContext, useContext, type ComponentType } from 'react';

/**
 * Connected panels a view shows but another feature owns (features import no other feature): the app
 * fills them in (src/app/slots.tsx); outside it they render nothing.
 */
export interface ViewSlots {
  /** Side panel correcting one claim (Compare, Article). */
  ClaimEditor: ComponentType<{ claimId: string; onClose: () => void }>;
  /** Side panel merging or splitting one Compare row. */
  RowEditor: ComponentType<{ rowId: string; onClose: () => void }>;
  /** Under the Case view's article list: the case library and the corrections awaiting review. */
  CaseExtras: ComponentType;
}

const nothing = () => null;
const SlotsContext = createContext<ViewSlots>({ ClaimEditor: nothing, RowEditor: nothing, CaseExtras: nothing });

export const SlotsProvider = SlotsContext.Provider;
export const useSlots = (): ViewSlots => useContext(SlotsContext);
