/**
 * "His own party", "X's own conservative party": a group called by whose it is. The group is the one the
 * case ties to that person elsewhere ("his conservative-leaning Y Party", "X's Y Party": the person's
 * possessive before the group's name), with the group noun of the phrase as its name's head. The words
 * are the language's data (`ownWords`, `personalPossessives` in lang/<code>/labels.json); a language
 * without them (Arabic writes «حزبه») is left alone.
 *
 * Gated on the language having an own-word and on the article holding one: one scan of those articles.
 */
import { isStopword } from '../align/terms.ts';
import { foldForMatch } from '../normalize/index.ts';
import { singular } from '../entities/variants.ts';
import type { LanguageCode } from '../types.ts';
import type { CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';
import { newDraft } from './labels.ts';
import { labelFile } from './lexicon.ts';
import type { Mention } from './mentions.ts';

interface OwnWords {
  own: Set<string>;
  possessives: Set<string>;
}

const cache = new Map<LanguageCode, OwnWords | null>();

function ownWords(lang: LanguageCode): OwnWords | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const file = labelFile(lang);
  const own = new Set((file?.actors?.ownWords ?? []).map(foldForMatch));
  const words = own.size ? { own, possessives: new Set((file?.actors?.personalPossessives ?? []).map(foldForMatch)) } : null;
  cache.set(lang, words);
  return words;
}

/** Plain words between the possessive and the group's name or noun. */
const MAX_WORDS = 3;

export interface OwnPerson {
  mentions: readonly Mention[];
}

export interface OwnGroup {
  mentions: readonly Mention[];
  drafts: LabelDraft[];
  /** The last word of the group's name (its head: "party"), singular, folded. */
  head: string;
}

/**
 * Adds "his own party" to the party the case ties to the person the possessive stands for.
 * @example addOwnGroups(texts, persons, groups) // "His own party" → the Y Party "his … Y Party" named
 */
export function addOwnGroups(texts: readonly CaseText[], persons: readonly OwnPerson[], groups: readonly OwnGroup[]): void {
  if (!groups.length || !persons.length) return;
  const withOwn = texts.filter((c) => {
    const w = ownWords(c.lang);
    return w !== null && c.tokens.some((t) => w.own.has(t.key));
  });
  if (!withOwn.length) return;
  // Person and group mentions per article, by position.
  const personAt = new Map<number, { first: number; last: number; p: OwnPerson }[]>();
  for (const p of persons) for (const m of p.mentions) (personAt.get(m.article) ?? personAt.set(m.article, []).get(m.article)!).push({ first: m.first, last: m.last, p });
  for (const list of personAt.values()) list.sort((a, b) => a.last - b.last);
  // Whose a possessive at token `k` is: the person whose name ends there ("X's"), or for "his" the last one named before.
  const ownerAt = (c: CaseText, k: number, w: OwnWords): OwnPerson | undefined => {
    const t = c.tokens[k];
    const named = personAt.get(c.articleIndex) ?? [];
    if (!t) return undefined;
    if (t.possessive) return named.find((n) => n.last === k)?.p;
    if (!w.possessives.has(t.key)) return undefined;
    // The person named last before it (a pronoun opening a paragraph may reach back past a few sentences).
    let owner: OwnPerson | undefined;
    for (const n of named) if (n.last < k) owner = n.p;
    return owner;
  };
  // Plain words back from `k` (exclusive) to the possessive: its index, or -1.
  const possessiveBefore = (c: CaseText, k: number, w: OwnWords): number => {
    for (let j = k - 1; j >= 0 && k - j <= MAX_WORDS + 1; j--) {
      const t = c.tokens[j]!;
      if (c.tokens[j + 1]!.breakBefore) return -1;
      if (t.possessive || w.possessives.has(t.key)) return j;
      if (t.capitalised || isStopword(t.key, c.lang)) return -1;
    }
    return -1;
  };
  // Ties: "his conservative-leaning Y Party", "X's Y Party" (any article of a language with the words).
  const ties = new Map<OwnPerson, Map<OwnGroup, number>>();
  for (const g of groups) {
    for (const m of g.mentions) {
      const c = texts[m.article]!;
      const w = ownWords(c.lang);
      if (!w) continue;
      const at = possessiveBefore(c, m.first, w);
      const owner = at >= 0 ? ownerAt(c, at, w) : undefined;
      if (!owner) continue;
      const counts = ties.get(owner) ?? ties.set(owner, new Map()).get(owner)!;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  if (!ties.size) return;
  for (const c of withOwn) {
    const w = ownWords(c.lang)!;
    const { tokens } = c;
    for (let k = 1; k < tokens.length; k++) {
      if (!w.own.has(tokens[k]!.key) || tokens[k]!.breakBefore) continue;
      const owner = ownerAt(c, k - 1, w);
      const counts = owner && ties.get(owner);
      if (!counts) continue;
      // Plain words, then a lower-case noun ending the phrase, the head of a group tied to the owner.
      for (let h = k + 1; h < tokens.length && h - k <= MAX_WORDS; h++) {
        const t = tokens[h]!;
        if (t.breakBefore || t.capitalised || isStopword(t.key, c.lang)) break;
        const head = singular(t.key);
        const tied = [...counts].filter(([g]) => g.head === head).sort((a, b) => b[1] - a[1]);
        if (!tied.length) continue;
        const after = tokens[h + 1];
        if (after && !after.breakBefore && after.capitalised) break;
        const start = tokens[k - 1]!.start;
        const end = t.end;
        const d = newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'adjective', `own: ${tokens.slice(k + 1, h + 1).map((x) => x.key).join(' ')}`);
        d.preName = true;
        tied[0]![0].drafts.push(d);
        k = h;
        break;
      }
    }
  }
}
