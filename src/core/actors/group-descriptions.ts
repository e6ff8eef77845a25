/**
 * A group called by the noun its outlet puts before its name, with no name: "the left-leaning
 * opposition" in an article that writes "the liberal opposition X Party". The noun right before the name
 * (read by the label scan as the words a determiner opens before it) is what this outlet calls the
 * group; the same noun with other modifiers, standing alone in the same article, stands for it too —
 * only where one group of the article is written after that noun, and never bare ("the opposition" says
 * nothing of it).
 * Likewise a word some outlet of the case writes before one group's name ("X's paramilitary Y Forces"),
 * before a noun for groups in an article ("the paramilitary group"): that group, where no other group of
 * the case is written after the word.
 */
import { isStopword, stemToken } from '../align/terms.ts';
import type { CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';
import { newDraft } from './labels.ts';
import { definiteDeterminers, isDefiniteDeterminer } from './definite-determiners.ts';
import { tokenIndexAfter } from './tokens.ts';

export interface DescribedGroup {
  drafts: LabelDraft[];
}

/** Plain words before the noun in a description ("the left-leaning opposition"). */
const MAX_MODIFIERS = 3;

/**
 * Adds each description to the one group its article writes after the same noun.
 * @example addGroupDescriptions(texts, occupied, groups) // "the left-leaning opposition" → the party written "the liberal opposition X Party"
 */
export function addGroupDescriptions(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], groups: readonly DescribedGroup[]): void {
  // Per article, the noun right before a group's name → that group (null when two groups share it).
  const byArticle = new Map<number, Map<string, DescribedGroup | null>>();
  for (const g of groups) {
    for (const d of g.drafts) {
      if (!d.preName) continue;
      const c = texts[d.article]!;
      const last = tokenIndexAfter(c.tokens, d.end - 1);
      if (last >= c.tokens.length) continue;
      const nouns = byArticle.get(d.article) ?? byArticle.set(d.article, new Map()).get(d.article)!;
      const key = c.tokens[last]!.key;
      nouns.set(key, nouns.has(key) && nouns.get(key) !== g ? null : g);
    }
  }
  for (const [article, nouns] of byArticle) {
    const c = texts[article]!;
    const taken = occupied[article]!;
    // Descriptions open at a definite determiner only; none starts inside the last one found.
    let from = 0;
    for (const k of definiteDeterminers(c)) {
      if (k < from) continue;
      const found = descriptionAt(c, k, taken, nouns);
      if (!found) continue;
      const { tokens } = c;
      const start = tokens[found.first]!.start;
      const end = tokens[found.last]!.end - (tokens[found.last]!.possessive ? 2 : 0);
      const key = tokens
        .slice(found.first, found.last + 1)
        .map((t) => stemToken(t.key, c.lang))
        .join(' ');
      const d = newDraft(article, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'head-noun', key);
      d.description = 'kind';
      found.group.drafts.push(d);
      from = found.last + 1;
    }
  }
  addModifierDescriptions(texts, occupied, groups);
}

/**
 * "the paramilitary group" for the one group of the case an outlet writes "paramilitary" before: the words
 * of every pre-name draft, case-wide per language (null when two groups share a word).
 */
function addModifierDescriptions(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], groups: readonly DescribedGroup[]): void {
  // Per language, each pre-name word → its group (kept apart so an article of another language is skipped
  // and no key string is built per word read).
  const byLang = new Map<string, Map<string, DescribedGroup | null>>();
  for (const g of groups) {
    for (const d of g.drafts) {
      const c = texts[d.article]!;
      if (c.data.adjectivesFollow || !(d.preName || (d.origin === 'discovered' && d.form === 'adjective' && beforeName(c, d.end)))) continue;
      for (let j = tokenIndexAfter(c.tokens, d.start); j < c.tokens.length && c.tokens[j]!.start < d.end; j++) {
        const w = c.tokens[j]!.key;
        if (isStopword(w, c.lang) || c.data.groupNouns.match(c.tokens, j)) continue;
        const byWord = byLang.get(c.lang) ?? byLang.set(c.lang, new Map()).get(c.lang)!;
        byWord.set(w, byWord.has(w) && byWord.get(w) !== g ? null : g);
      }
    }
  }
  for (const c of texts) {
    // (No group word in the article's language: no description can find its group.)
    const byWord = byLang.get(c.lang);
    if (!byWord) continue;
    const taken = occupied[c.articleIndex]!;
    let from = 0;
    for (const k of definiteDeterminers(c)) {
      if (k < from) continue;
      const found = modifierDescriptionAt(c, k, taken, byWord);
      if (!found) continue;
      const { tokens } = c;
      const start = tokens[found.first]!.start;
      const end = tokens[found.last]!.end;
      // Already read where the article names the group with it ("the paramilitary group RSF").
      if (found.group.drafts.some((d) => d.article === c.articleIndex && d.start <= start && d.end >= end)) continue;
      const key = tokens
        .slice(found.first, found.last + 1)
        .map((t) => stemToken(t.key, c.lang))
        .join(' ');
      const d = newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'head-noun', key);
      d.description = 'kind';
      found.group.drafts.push(d);
      from = found.last + 1;
    }
  }
}

/** Whether a capitalised word (a name) follows the offset right away. */
function beforeName(c: CaseText, end: number): boolean {
  const next = c.tokens[tokenIndexAfter(c.tokens, end)];
  return !!next && !next.breakBefore && next.capitalised;
}

/** "the paramilitary group" at `k`: a definite determiner, plain modifiers (one of them one group's pre-name word), a noun for groups, no name after. */
function modifierDescriptionAt(c: CaseText, k: number, taken: ReadonlySet<number>, byWord: ReadonlyMap<string, DescribedGroup | null>): { first: number; last: number; group: DescribedGroup } | null {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
  if (!isDefiniteDeterminer(t.key, data)) return null;
  let group: DescribedGroup | undefined;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_MODIFIERS + 1; j++) {
    const w = tokens[j]!;
    if (w.breakBefore || taken.has(j) || w.capitalised || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key)) return null;
    const noun = j > k + 1 ? data.groupNouns.match(tokens, j) : null;
    if (noun) {
      const last = j + noun.length - 1;
      const after = tokens[last + 1];
      if (!group || (after && !after.breakBefore && (taken.has(last + 1) || after.capitalised))) return null;
      return { first: k + 1, last, group };
    }
    const owner = byWord.get(w.key);
    if (owner === null || (owner && group && owner !== group)) return null;
    if (owner) group = owner;
  }
  return null;
}

/** "the left-leaning opposition" at `k`: a definite determiner, plain modifiers (one at least), a group's pre-name noun, no name after. */
function descriptionAt(c: CaseText, k: number, taken: ReadonlySet<number>, nouns: ReadonlyMap<string, DescribedGroup | null>): { first: number; last: number; group: DescribedGroup } | null {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
  if (!isDefiniteDeterminer(t.key, data)) return null;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_MODIFIERS + 1; j++) {
    const w = tokens[j]!;
    if (w.breakBefore || taken.has(j) || w.capitalised || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key)) return null;
    const group = j > k + 1 ? nouns.get(w.key) : undefined;
    if (!group) continue;
    const after = tokens[j + 1];
    if (after && !after.breakBefore && (taken.has(j + 1) || after.capitalised)) return null;
    return { first: k + 1, last: j, group };
  }
  return null;
}
