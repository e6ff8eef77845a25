/**
 * A description one outlet gives a person in apposition ("X, one of the most powerful figures in the
 * party, said"), written word for word by another outlet where it names no one ("One of the most
 * powerful figures in the party has rejected …", a headline), stands for that person there too. Only
 * descriptions of three words or more that one person alone is given, and never right before a name
 * (there it is that name's title).
 */
import { isStopword } from '../align/terms.ts';
import type { CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';
import { newDraft } from './labels.ts';
import { tokenIndexAfter } from './tokens.ts';

export interface DescribedPerson {
  drafts: LabelDraft[];
}

/** Content words a shared description must hold. */
const MIN_WORDS = 3;

/**
 * Adds each word-for-word repeat of a person's apposition, where no name stands with it, to that person.
 * @example addSharedDescriptions(texts, occupied, persons) // "One of the most powerful … figures" → the person another outlet described so
 */
export function addSharedDescriptions(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], persons: readonly DescribedPerson[]): void {
  // Appositions by their words (token keys), with the persons given each.
  const holders = new Map<string, { words: string[]; lang: string; persons: Set<DescribedPerson> }>();
  for (const p of persons) {
    for (const d of p.drafts) {
      if (d.origin !== 'discovered' || d.form !== 'apposition') continue;
      const c = texts[d.article]!;
      const words: string[] = [];
      for (let j = tokenIndexAfter(c.tokens, d.start); j < c.tokens.length && c.tokens[j]!.start < d.end; j++) words.push(c.tokens[j]!.key);
      if (words.filter((w) => !isStopword(w, c.lang)).length < MIN_WORDS) continue;
      const id = `${c.lang} ${words.join(' ')}`;
      const h = holders.get(id) ?? holders.set(id, { words, lang: c.lang, persons: new Set() }).get(id)!;
      h.persons.add(p);
    }
  }
  // First word → second word → the descriptions one person alone is given (by two words: many open
  // with the same article or determiner, and a list per first word alone grows with the case at each such word).
  const byFirst = new Map<string, Map<string, { words: string[]; lang: string; person: DescribedPerson }[]>>();
  for (const h of holders.values()) {
    if (h.persons.size !== 1) continue;
    const bySecond = byFirst.get(h.words[0]!) ?? byFirst.set(h.words[0]!, new Map()).get(h.words[0]!)!;
    const second = h.words[1] ?? '';
    const list = bySecond.get(second) ?? bySecond.set(second, []).get(second)!;
    list.push({ words: h.words, lang: h.lang, person: [...h.persons][0]! });
  }
  if (!byFirst.size) return;
  for (const c of texts) {
    const { tokens } = c;
    const taken = occupied[c.articleIndex]!;
    for (let k = 0; k < tokens.length; k++) {
      const list = k + 1 < tokens.length ? byFirst.get(tokens[k]!.key)?.get(tokens[k + 1]!.key) : undefined;
      if (!list) continue;
      for (const h of list) {
        if (h.lang !== c.lang) continue;
        const last = k + h.words.length - 1;
        if (last >= tokens.length) continue;
        let same = true;
        // (Names inside it are the description's own: "… figures in <country>".)
        for (let j = 1; j < h.words.length && same; j++) same = tokens[k + j]!.key === h.words[j] && !tokens[k + j]!.breakBefore;
        if (!same || taken.has(k)) continue;
        const after = tokens[last + 1];
        if (after && !after.breakBefore && taken.has(last + 1)) continue;
        const start = tokens[k]!.start;
        const end = tokens[last]!.end;
        h.person.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'apposition', h.words.join(' ')));
        k = last;
        break;
      }
    }
  }
}
