import { Fragment, useId, useState } from 'react';
import { foldForMatch } from '../../core/normalize/index.ts';
import { ActorMatrix } from '../../components/ActorMatrix.tsx';
import { dirOf } from '../../components/direction.ts';
import { LabelForm } from '../../components/LabelForm.tsx';
import { useT } from '../../i18n/index.tsx';
import { useAppDispatch, useAppSelector } from '../../model/hooks.ts';
import { selectColumns, selectCompareDirection } from '../../model/columns.ts';
import { labelAddedToLexicon, labelRemovedFromLexicon, selectExtraLabels } from '../../model/correctionsSlice.ts';
import { selectEffectiveAnalysis } from '../../model/effectiveAnalysis.ts';
import { articleSelected, claimShownInArticle, viewChanged } from '../../model/uiSlice.ts';
import type { CaseAnalysis } from '../../core/types.ts';
import { selectAnalysisStatus, selectRawAnalysis } from '../../model/analysisSlice.ts';
import { ActorContrasts } from './ActorContrasts.tsx';
import { selectActorContrasts, selectActorMatrix, selectLabelOccurrences, selectUnlabelledActors, selectUserLabelCounts, type LabelQuery } from '../../model/actorMatrix.ts';

/** How outlets name each actor (the contrasts first), every label by outlet, and the sentences behind each. */
export function ActorsView() {
  const t = useT();
  const id = useId();
  const dispatch = useAppDispatch();
  const analysis = useAppSelector(selectEffectiveAnalysis);
  const columns = useAppSelector(selectColumns);
  const dir = useAppSelector(selectCompareDirection);
  const actors = useAppSelector(selectActorMatrix);
  const contrasts = useAppSelector(selectActorContrasts);
  const unlabelled = useAppSelector(selectUnlabelledActors);
  const status = useAppSelector(selectAnalysisStatus);
  const userCounts = useAppSelector(selectUserLabelCounts);
  const raw = useAppSelector(selectRawAnalysis);
  // The label just added and the analysis it was added to: the person sees what it did once the case is analysed again.
  const [added, setAdded] = useState<{ label: string; before: CaseAnalysis | null } | null>(null);
  const addedCount = added ? (userCounts.get(foldForMatch(added.label).trim()) ?? 0) : 0;
  const userLabels = useAppSelector(selectExtraLabels);
  const [selected, setSelected] = useState<LabelQuery | null>(null);
  const occurrences = useAppSelector((state) => selectLabelOccurrences(state, selected));
  if (!analysis) return <p>{t('analysis.waiting')}</p>;
  const languages = [...new Set(analysis.articles.map((a) => a.language).filter((l) => l !== 'und'))];
  const chosenActor = selected ? actors.find((a) => a.id === selected.actorId) : undefined;
  const chosenChip = chosenActor?.cells.find((c) => c.articleId === selected?.articleId)?.chips.find((c) => c.key === selected?.key);
  return (
    <div className="actors-view">
      <h2>{t('actors.heading')}</h2>
      {added ? (
        <p role="status" className="notice">
          {status !== 'done' || raw === added.before
            ? t('labels.pending', { label: added.label })
            : addedCount
              ? t('labels.found', { label: added.label, count: addedCount })
              : t('labels.notFound', { label: added.label })}
        </p>
      ) : null}
      <ActorContrasts contrasts={contrasts} selected={selected} onSelect={setSelected} />
      <h3>{t('actors.allLabels')}</h3>
      {/* With only unlabelled actors, the matrix's "no actor found" would contradict the list below. */}
      {actors.length || !unlabelled.length ? <ActorMatrix columns={columns} dir={dir} actors={actors} selected={selected} onSelect={setSelected} /> : null}
      {unlabelled.length ? (
        <p className="hint">
          {t('actors.unlabelled')}{' '}
          {unlabelled.map((actor, i) => (
            <Fragment key={actor.id}>
              {i > 0 ? t('list.separator') : null}
              <bdi>{actor.name}</bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
      {selected && chosenActor && chosenChip ? (
        <section aria-labelledby={`${id}-occ`} className="occurrences">
          <h3 id={`${id}-occ`}>
            {t('actors.occurrences', { label: chosenChip.text, actor: chosenActor.name })}
          </h3>
          <ul>
            {occurrences.map((o, i) => (
              <li key={i}>
                <bdi>{o.outlet}</bdi>: <q dir={dirOf(o.language)}>{o.sentence}</q>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    if (o.claimId) dispatch(claimShownInArticle({ claimId: o.claimId, articleId: o.articleId }));
                    else {
                      dispatch(articleSelected(o.articleId));
                      dispatch(viewChanged('article'));
                    }
                  }}
                >
                  {t('compare.readInArticle')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={`${id}-lex`}>
        <h3 id={`${id}-lex`}>{t('labels.heading')}</h3>
        <p className="hint">{t('labels.hint')}</p>
        <LabelForm
          actors={analysis.actors.map((a) => ({ id: a.id, name: a.name }))}
          languages={languages.length ? languages : ['und']}
          labels={userLabels}
          onAdd={(entry) => {
            setAdded(entry.forms[0] ? { label: entry.forms[0], before: raw } : null);
            dispatch(labelAddedToLexicon(entry));
          }}
          onRemove={(labelId) => dispatch(labelRemovedFromLexicon(labelId))}
        />
      </section>
    </div>
  );
}
