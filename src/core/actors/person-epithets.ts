/**
 * Epithets used instead of a person's name: "the coup general", "the strongman", "the self-styled
 * marshal", «الجنرال الانقلابي», «الرجل القوي». A title or descriptive noun the lexicon knows, with a
 * word it marks (the noun itself, or an adjective beside it), standing alone where no name follows; it
 * goes to the person the article named last before it, within reach.
 */
import type { CaseText } from './discover.ts';
import { hasArticle } from './lexicon.ts';
import type { LabelEntry } from './lexicon.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';
import type { Mention } from './mentions.ts';

export interface PersonTarget {
  mentions: readonly Mention[];
  drafts: LabelDraft[];
}

/** Words between a person's name and an epithet that stands for him. */
const PERSON_EPITHET_REACH = 40;
/** Marked adjectives beside the head ("the rogue self-styled general"). */
const MAX_ADJECTIVES = 2;

/**
 * Adds person epithets to the drafts of the persons they stand for.
 * @example addPersonEpithets(texts, occupied, persons) // "the coup general" → the general named before
 */
export function addPersonEpithets(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], persons: readonly PersonTarget[]): void {
  if (!persons.length) return;
  const byArticle = new Map<number, { last: number; p: PersonTarget }[]>();
  for (const p of persons) for (const m of p.mentions) (byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!).push({ last: m.last, p });
  for (const c of texts) {
    const named = byArticle.get(c.articleIndex);
    if (!named) continue;
    named.sort((a, b) => a.last - b.last);
    const taken = occupied[c.articleIndex]!;
    for (let k = 0; k < c.tokens.length; k++) {
      if (taken.has(k)) continue;
      const found = epithetAt(c, k, taken);
      if (!found) continue;
      let target: PersonTarget | undefined;
      for (const n of named) if (n.last < found.first && found.first - n.last <= PERSON_EPITHET_REACH) target = n.p;
      if (target) {
        const start = c.tokens[found.first]!.start + cliticLength(c, found.first);
        const end = c.tokens[found.last]!.end - (c.tokens[found.last]!.possessive ? 2 : 0);
        target.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, found.stance, 'lexicon', 'apposition', found.key));
      }
      k = found.last;
    }
  }
}

interface Found {
  first: number;
  last: number;
  key: string;
  stance: LabelDraft['stance'];
}

/** A person epithet starting at `k`, with no name right after it. */
function epithetAt(c: CaseText, k: number, taken: ReadonlySet<number>): Found | null {
  const { tokens, data } = c;
  // Most words open no epithet: decide that first (this runs on every word).
  if (data.adjectivesFollow ? !data.article || !hasArticle(tokens[k]!.key, data) : !data.determiners.has(tokens[k]!.key) || data.selfDeterminers.has(tokens[k]!.key)) return null;
  let first = k;
  let j = k;
  const marks: LabelEntry[] = [];
  if (data.adjectivesFollow) {
    // «الجنرال الانقلابي»: a definite title, then the adjectives.
    if (!data.article || !hasArticle(tokens[k]!.key, data)) return null;
  } else {
    // "the coup general": a determiner, the adjectives, then the title.
    if (!data.determiners.has(tokens[k]!.key) || data.selfDeterminers.has(tokens[k]!.key)) return null;
    j = k + 1;
    first = j;
    for (let n = 0; n < MAX_ADJECTIVES; n++) {
      const a = markedAdjective(c, k, j, taken);
      if (!a) break;
      marks.push(a.value);
      j += a.length;
    }
  }
  const h = titleHead(c, k, j, taken);
  if (!h) return null;
  let last = j + h.length - 1;
  if (data.adjectivesFollow) {
    for (let n = 0; n < MAX_ADJECTIVES; n++) {
      const a = markedAdjective(c, k, last + 1, taken);
      if (!a || !hasArticle(tokens[last + 1]!.key, data)) break;
      marks.push(a.value);
      last += a.length;
    }
  }
  if (h.value.stance === 'neutral' && !marks.length) return null;
  // A name right after it: a title of that name, read with the name.
  const after = tokens[last + 1];
  if (after && !after.breakBefore && (taken.has(last + 1) || after.capitalised)) return null;
  const marked = marks[0] ?? h.value;
  const key = [...marks.map((m) => m.key), h.value.key].join(' ');
  return { first, last, key, stance: marked.stance };
}

type LabelMatch = { value: LabelEntry; length: number };

/** The label at token `j` of an epithet opening at `k`, where `j` is in no mention and not across punctuation. */
function labelAt(c: CaseText, k: number, j: number, taken: ReadonlySet<number>): LabelMatch | null {
  const { tokens } = c;
  return j < tokens.length && !taken.has(j) && (j === k || !tokens[j]!.breakBefore) ? c.data.labels.match(tokens, j) : null;
}

/** A marked (not neutral) adjective of the lexicon at token `j`. */
function markedAdjective(c: CaseText, k: number, j: number, taken: ReadonlySet<number>): LabelMatch | null {
  const m = labelAt(c, k, j, taken);
  return m && m.value.form === 'adjective' && m.value.stance !== 'neutral' ? m : null;
}

/** A title or apposition of the lexicon at token `j`. */
function titleHead(c: CaseText, k: number, j: number, taken: ReadonlySet<number>): LabelMatch | null {
  const m = labelAt(c, k, j, taken);
  return m && (m.value.form === 'title' || m.value.form === 'apposition') ? m : null;
}
