import type { CueStance, SourceKind } from '../core/types.ts';
import { directionOf, useLocale, useT, type MessageKey } from '../i18n/index.tsx';

export const kindKey = (kind: SourceKind | 'none'): MessageKey => `kind.${kind}` as MessageKey;
export const stanceKey = (stance: CueStance): MessageKey => `stance.${stance}` as MessageKey;

/** A source-kind badge; the kind is written out, the colour only repeats it. */
export function KindBadge({ kind }: { kind: SourceKind | 'none' }) {
  const t = useT();
  return <span className={`badge kind-${kind}`}>{t(kindKey(kind))}</span>;
}

export function StanceBadge({ stance }: { stance: CueStance }) {
  const t = useT();
  return <span className={`badge stance-${stance}`}>{t(stanceKey(stance))}</span>;
}

export function EditedMark() {
  const t = useT();
  return (
    <span className="edited-mark" title={t('edited.title')}>
      {t('edited.mark')}
    </span>
  );
}

interface ClaimMetaProps {
  source: { text: string; kind: SourceKind; affiliation?: string; role?: string } | null;
  cue: { text: string; stance: CueStance } | null;
}

/** Who the claim is attributed to and how: source (kind, affiliation) and reporting cue (stance). */
export function ClaimMeta({ source, cue }: ClaimMetaProps) {
  const t = useT();
  // Interface words in the interface's direction; the source and cue keep their own (bdi).
  return (
    <dl className="claim-meta" dir={directionOf(useLocale())}>
      <div>
        <dt>{t('claim.source')}</dt>
        <dd>
          {source ? (
            <>
              {source.text ? <bdi className="source-text">{source.text}</bdi> : null} <KindBadge kind={source.kind} />
              {source.affiliation ? (
                <>
                  {' '}
                  <span className="affiliation">
                    ({t('claim.affiliation')}: <bdi>{source.affiliation}</bdi>)
                  </span>
                </>
              ) : null}
            </>
          ) : (
            <KindBadge kind="none" />
          )}
        </dd>
      </div>
      {cue ? (
        <div>
          <dt>{t('claim.cue')}</dt>
          <dd>
            {cue.text ? <bdi className="cue-text">{cue.text}</bdi> : null} <StanceBadge stance={cue.stance} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
