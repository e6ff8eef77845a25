/**
 * A person one article names, another refers to by the same role alone: "Velmari Prime Minister Jan
 * Roe" in one outlet, "the Velmari prime minister said" in another; «رئيس الوزراء الفالماري X» and
 * «رئيس الوزراء الفالماري» alone. The role (a title of two words or more that the naming article gives
 * him) ties the other outlet's words to him, so he is an actor of the case and the role a label there.
 */
import type { ActorCandidate, CaseText } from './discover.ts';
import { PhraseMatcher } from './lexicon.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';
import { tokenIndexAfter } from './tokens.ts';

export interface RoleHolder {
  /** The one article that names him. */
  article: number;
  candidate: ActorCandidate;
  /** His labels in that article (titles among them). */
  drafts: readonly LabelDraft[];
}

/** Words a role must have to stand for one person ("prime minister" + a people or a place). */
const MIN_ROLE_WORDS = 2;

/**
 * For each holder whose role another article uses alone (no name after it), the labels that article
 * gives him, by holder index.
 * @example roleReferences(texts, occupied, persons, holders).get(0) // [{ text: 'the Velmari prime minister', … }]
 */
export function roleReferences(
  texts: readonly CaseText[],
  occupied: readonly ReadonlySet<number>[],
  persons: readonly ReadonlySet<number>[],
  holders: readonly RoleHolder[],
): Map<number, LabelDraft[]> {
  const out = new Map<number, LabelDraft[]>();
  // One matcher per language: the role's words as the naming article wrote them (matching keys).
  const byLang = new Map<string, PhraseMatcher<number | null>>();
  const seen = new Map<string, number | null>();
  holders.forEach((h, n) => {
    const c = texts[h.article]!;
    for (const d of h.drafts) {
      if (d.form !== 'title' && d.form !== 'apposition') continue;
      const words = roleWords(c, d);
      if (words.length < MIN_ROLE_WORDS) continue;
      const id = `${c.lang} ${words.join(' ')}`;
      // A role two persons hold in the case stands for neither.
      seen.set(id, seen.has(id) && seen.get(id) !== n ? null : n);
    }
  });
  for (const [id, n] of seen) {
    const [lang, ...words] = id.split(' ');
    let m = byLang.get(lang!);
    if (!m) byLang.set(lang!, (m = new PhraseMatcher<number | null>()));
    m.addWords(words, n);
  }
  for (const c of texts) {
    const matcher = byLang.get(c.lang);
    if (!matcher) continue;
    const taken = occupied[c.articleIndex]!;
    const people = persons[c.articleIndex]!;
    const { tokens } = c;
    for (let i = 0; i < tokens.length; i++) {
      const found = matcher.match(tokens, i);
      if (!found || found.value === null) continue;
      const holder = holders[found.value]!;
      const last = i + found.length - 1;
      let free = holder.article !== c.articleIndex;
      // (A place or a people inside it is the role's own: "the Velmari prime minister".)
      for (let k = i; k <= last && free; k++) if (people.has(k) || (k > i && tokens[k]!.breakBefore)) free = false;
      // A name right after it: the role of that name, not a reference to him.
      const after = tokens[last + 1];
      if (after && !after.breakBefore && (taken.has(last + 1) || after.capitalised)) free = false;
      if (free) {
        const start = tokens[i]!.start + cliticLength(c, i);
        const end = tokens[last]!.end - (tokens[last]!.possessive ? 2 : 0);
        const list = out.get(found.value) ?? [];
        list.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'title', tokens.slice(i, last + 1).map((t) => t.key).join(' ')));
        out.set(found.value, list);
      }
      i = last;
    }
  }
  return out;
}

/** The matching keys of a title draft's words, without a leading determiner ("the"). */
function roleWords(c: CaseText, d: LabelDraft): string[] {
  const words: string[] = [];
  // By binary search, not a scan of the article per draft.
  for (let j = tokenIndexAfter(c.tokens, d.start); j < c.tokens.length && c.tokens[j]!.start < d.end; j++) words.push(c.tokens[j]!.key);
  while (words.length && c.data.determiners.has(words[0]!)) words.shift();
  return words;
}
