import { ClaimEditor } from '../../components/ClaimEditor.tsx';
import { dirOf } from '../../components/direction.ts';
import { Panel } from '../../components/Panel.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import {
  claimCorrectionsReset,
  claimCueCorrected,
  claimKindCorrected,
  claimMarkedAClaim,
  claimMarkedNotAClaim,
  claimMovedToRow,
  claimSourceCorrected,
  claimStanceCorrected,
} from '../../model/correctionsSlice.ts';
import { selectAllClaimsById, selectEffectiveAnalysis, selectRowChoices, selectRowIndex } from '../../model/effectiveAnalysis.ts';

/** Side panel to correct one claim (used from Compare and Article). */
export function ClaimEditorPanel({ claimId, onClose }: { claimId: string; onClose: () => void }) {
  const t = useT();
  const dispatch = useAppDispatch();
  const entry = useAppSelector(selectAllClaimsById)[claimId];
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const rowIndex = useAppSelector(selectRowIndex);
  const rowChoices = useAppSelector(selectRowChoices);
  if (!entry || !analysis) return null;
  const { claim, dismissed, language } = entry;
  const rowId = analysis.rowIdByClaim[claimId];
  const a = claim.attribution;
  return (
    <Panel title={t('editor.title')} onClose={onClose}>
      <ClaimEditor
        claim={{
          id: claim.id,
          text: claim.text,
          dir: dirOf(language),
          sourceText: a?.source.text ?? '',
          cueText: a?.cue.text ?? '',
          kind: a?.source.kind ?? null,
          stance: a?.cue.stance ?? null,
          edited: claim.edited === true || dismissed,
          dismissed,
        }}
        rowNumber={rowId ? (rowIndex.get(rowId) ?? null) : null}
        rowCount={analysis.rows.length}
        rows={rowChoices}
        onSourceChange={(text) => dispatch(claimSourceCorrected({ claimId, text }))}
        onCueChange={(text) => dispatch(claimCueCorrected({ claimId, text }))}
        onKindChange={(kind) => dispatch(claimKindCorrected({ claimId, kind }))}
        onStanceChange={(stance) => dispatch(claimStanceCorrected({ claimId, stance }))}
        onNotAClaim={() => dispatch(claimMarkedNotAClaim({ claimId }))}
        onIsAClaim={() => dispatch(claimMarkedAClaim({ claimId }))}
        onMoveToRow={(n) => {
          const anchor = analysis.rows[n - 1]?.claimIds.find((id) => id !== claimId);
          if (anchor) dispatch(claimMovedToRow({ claimId, into: anchor }));
        }}
        onMoveToNewRow={() => dispatch(claimMovedToRow({ claimId, into: null }))}
        onReset={() => dispatch(claimCorrectionsReset({ claimId }))}
      />
    </Panel>
  );
}
