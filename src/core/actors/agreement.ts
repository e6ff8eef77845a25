/**
 * Agreement between a person and the adjectives put on him: where adjectives agree in gender (Arabic),
 * a feminine adjective or participle after a man's name («X، المدعومة من …» after «حكومة … برئاسة X»)
 * agrees with something else named before him, so it is no label of his. His gender is read from the
 * titles the case gives him (all of one gender); nothing is dropped when they disagree or are missing.
 */
import { foldForMatch } from '../normalize/index.ts';
import type { CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';

/**
 * Forms of label set off after the name, which agree with the person they describe. (An adjective
 * right after the name may agree with a head noun written before it: «جماعة X الإرهابية».)
 */
const AGREEING = new Set<LabelDraft['form']>(['apposition', 'relative-clause']);

/**
 * Drops, from a person's drafts, lexicon adjectives and participles of the other gender than his titles.
 * @example dropDisagreeing(drafts, texts) // «المدعومة من Y» gone when his titles are «رئيس …», «الوزير»
 */
export function dropDisagreeing(drafts: LabelDraft[], texts: readonly CaseText[]): void {
  let masculine = 0;
  let feminine = 0;
  for (const d of drafts) {
    if (d.form !== 'title' && !(d.form === 'apposition' && d.origin === 'discovered')) continue;
    const g = genderOf(d, texts);
    if (g === 'f') feminine++;
    else if (g === 'm') masculine++;
  }
  if (masculine === 0 || feminine > 0) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.origin === 'lexicon' && AGREEING.has(d.form) && genderOf(d, texts) === 'f') drafts.splice(i, 1);
  }
}

/** The gender of a label's first word by its ending, where the language marks it; undefined elsewhere. */
function genderOf(d: LabelDraft, texts: readonly CaseText[]): 'm' | 'f' | undefined {
  const ending = texts[d.article]?.data.feminineEnding;
  if (!ending) return undefined;
  const first = foldForMatch(d.text.replace(/^[^\p{L}]+/u, '')).split(/\s+/u)[0] ?? '';
  if (first.length < 3) return undefined;
  return first.endsWith(ending) ? 'f' : 'm';
}
