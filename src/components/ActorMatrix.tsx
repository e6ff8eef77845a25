import { Fragment } from 'react';
import type { LabelStance } from '../core/types.ts';
import { directionOf, formatNumber, useLocale, useT, type MessageKey } from '../i18n/index.tsx';
import type { OutletColumn } from './model.ts';

export interface ActorChip {
  key: string;
  text: string;
  stance: LabelStance;
  count: number;
  origin: 'lexicon' | 'discovered' | 'user';
}

export interface ActorMatrixRow {
  id: string;
  name: string;
  aliases: string[];
  total: number;
  cells: { articleId: string; chips: ActorChip[]; total: number }[];
}

export interface ActorMatrixProps {
  columns: OutletColumn[];
  actors: ActorMatrixRow[];
  selected?: { actorId: string; articleId: string; key: string } | null;
  /** Makes each chip a button that shows the sentences behind it; absent (the printed report): plain text. */
  onSelect?: (selection: { actorId: string; articleId: string; key: string }) => void;
  /** Direction the outlet columns run in, as in Compare (right to left for a case in Arabic). */
  dir?: 'ltr' | 'rtl';
}

const STANCE_SIGN: Record<LabelStance, string> = { positive: '+', negative: '−', neutral: '·' };

/**
 * Actors as rows, outlets as columns: the labels each outlet gives each actor, as chips coloured by stance
 * (the Actors view) or, without `onSelect`, as text for print (the report): one table, one markup.
 */
export function ActorMatrix({ columns, actors, selected = null, onSelect, dir }: ActorMatrixProps) {
  const t = useT();
  const locale = useLocale();
  const uiDir = directionOf(locale);
  if (actors.length === 0) return <p>{t('actors.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="actor-matrix" dir={dir ?? uiDir}>
        <caption className="sr-only" dir={uiDir}>
          {t('actors.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" dir={uiDir}>
              {t('actors.actor')}
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.articleId}>
                <bdi>{c.label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row" dir="auto">
                {actor.name}
                {/* An actor merged across scripts has names in both: each keeps its own direction. */}
                {actor.aliases.length ? (
                  <div className="hint">
                    {actor.aliases.map((alias, i) => (
                      <Fragment key={alias}>
                        {i > 0 ? ' · ' : null}
                        <bdi>{alias}</bdi>
                      </Fragment>
                    ))}
                  </div>
                ) : null}
              </th>
              {actor.cells.map((cell, i) => (
                <td key={cell.articleId} dir={columns[i]?.dir ?? 'auto'}>
                  {cell.chips.length === 0 ? (
                    <span className="hint" dir={uiDir}>
                      {t('actors.noLabel')}
                    </span>
                  ) : (
                    cell.chips.map((chip, k) => {
                      const stance = t(`labelStance.${chip.stance}` as MessageKey);
                      const count = chip.count > 1 ? <span className="chip-count">×{formatNumber(locale, chip.count)}</span> : null;
                      if (!onSelect) {
                        return (
                          <span key={chip.key} className="chip-text">
                            {k > 0 ? t('list.separator') : null}
                            <bdi>{chip.text}</bdi> ({stance}
                            {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''}
                            {chip.count > 1 ? ` ×${formatNumber(locale, chip.count)}` : ''})
                          </span>
                        );
                      }
                      const isSelected = selected?.actorId === actor.id && selected.articleId === cell.articleId && selected.key === chip.key;
                      return (
                        <button
                          type="button"
                          key={chip.key}
                          className={`chip ${chip.stance}${chip.origin === 'user' ? ' user' : ''}`}
                          aria-pressed={isSelected}
                          onClick={() => onSelect({ actorId: actor.id, articleId: cell.articleId, key: chip.key })}
                          title={stance}
                        >
                          <span aria-hidden="true">{STANCE_SIGN[chip.stance]}</span>
                          <bdi>{chip.text}</bdi>
                          <span className="sr-only">
                            ({stance}
                            {chip.origin === 'user' ? `, ${t('labels.yours')}` : ''})
                          </span>
                          {chip.origin === 'user' ? <span aria-hidden="true"> ✎</span> : null}
                          {count}
                        </button>
                      );
                    })
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
