import { dirOf } from '../../components/direction.ts';
import { Panel } from '../../components/Panel.tsx';
import { RowEditor } from '../../components/RowEditor.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { selectRawAnalysis } from '../../model/analysisSlice.ts';
import { rowCorrectionsReset, rowsMerged, rowSplit } from '../../model/correctionsSlice.ts';
import { selectEffectiveAnalysis, selectRowIndex } from '../../model/effectiveAnalysis.ts';
import { nameOf, selectArticleNames } from '../../model/outlets.ts';

/** Side panel to merge or split one Compare row. */
export function RowEditorPanel({ rowId, onClose }: { rowId: string; onClose: () => void }) {
  const t = useT();
  const dispatch = useAppDispatch();
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const machineRow = useAppSelector(selectRawAnalysis)?.rows.find((r) => r.id === rowId);
  const rowIndex = useAppSelector(selectRowIndex);
  const names = useAppSelector(selectArticleNames);
  const row = analysis?.rows.find((r) => r.id === rowId);
  if (!analysis || !row) return null;
  const number = rowIndex.get(rowId) ?? 0;
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const claims = row.claimIds.map((id) => {
    const claim = analysis.claimsById[id]!;
    const article = articles.get(claim.articleId);
    return { id, outlet: article ? nameOf(names, article) : claim.articleId, text: claim.text, dir: dirOf(article?.language) };
  });
  return (
    <Panel title={t('rowEditor.title', { n: number })} onClose={onClose}>
      <RowEditor
        rowNumber={number}
        rowCount={analysis.rows.length}
        claims={claims}
        edited={row.edited}
        onMergeInto={(n) => {
          const into = analysis.rows[n - 1]?.claimIds[0];
          if (into) {
            dispatch(rowsMerged({ claimIds: row.claimIds, into }));
            onClose();
          }
        }}
        onSplit={(claimIds) => dispatch(rowSplit({ claimIds }))}
        // Undo what brought claims into this row and what took the machine's claims out of it.
        onReset={() => dispatch(rowCorrectionsReset({ claimIds: [...new Set([...row.claimIds, ...(machineRow?.claimIds ?? [])])] }))}
      />
    </Panel>
  );
}
