/**
 * A predicate noun for a person: "he became a convicted felon", "returns to the campaign trail as a
 * convicted felon", "branded him a traitor", «أصبح X مجرمًا مدانًا», «بوصفه …». After a linker of the
 * language (`predicateLinkers`), an indefinite noun phrase whose head is a noun for a kind of person
 * (WordNet's noun.person, `personNouns`) is what the outlet calls the person the predicate is said of: a
 * person named right after the linker (a subject after its verb), else the nearest person the article
 * named before it, within reach. Read only at the linker words (a set lookup per word gates it).
 */
import { isStopword } from '../align/terms.ts';
import { entityData } from '../entities/data.ts';
import { singular } from '../entities/variants.ts';
import type { CaseText } from './discover.ts';
// REACH: words between the person named and what is said of him, as for descriptions.
import { personMentionsByArticle, REACH, type DescribedPerson } from './person-descriptions.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';

/** Plain words before the head where adjectives come first ("a convicted felon"). */
const MAX_MODIFIERS = 3;
/** Agreeing words after the head where adjectives follow («مجرمًا مدانًا»). */
const MAX_FOLLOWERS = 2;

/**
 * Adds each predicate noun of the articles to the person it is said of, as an apposition label.
 * @example addPredicateNouns(texts, occupied, personsAt, persons) // "… Lena Varga became a decorated veteran" → her label "a decorated veteran"
 */
export function addPredicateNouns(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], personsAt: readonly ReadonlySet<number>[], persons: readonly DescribedPerson[]): void {
  // The predicates first (few: a person noun after a linker), then the persons' mentions of their articles only.
  const found: { article: number; k: number; subject: boolean; first: number; last: number }[] = [];
  for (const c of texts) {
    const { data, tokens, articleIndex: article } = c;
    if (!data.predicateLinkers.size || !data.personNouns.size) continue;
    const linkers = linkersOf(c);
    const people = personsAt[article]!;
    for (let k = 0; k < tokens.length; k++) {
      if (!linkers.has(tokens[k]!.key)) continue;
      // A person named right after the linker is its subject («أصبح X مجرمًا»); a pronoun object ("branded him") is skipped.
      let from = k + 1;
      const subject = people.has(from) && !tokens[from]!.breakBefore;
      if (subject) while (people.has(from)) from++;
      else if (tokens[from] && !tokens[from]!.breakBefore && data.predicateObjects.has(tokens[from]!.key)) from++;
      const span = predicateAt(c, from, occupied[article]!, people);
      if (!span) continue;
      found.push({ article, k, subject, ...span });
      k = span.last;
    }
  }
  if (!found.length) return;
  const namedIn = personMentionsByArticle(persons, new Set(found.map((f) => f.article)));
  for (const { article, k, subject, first, last } of found) {
    const named = namedIn.get(article) ?? [];
    let target = subject ? named.find((n) => n.first === k + 1)?.p : undefined;
    if (!subject) for (const n of named) if (n.last < k && k - n.last <= REACH) target = n.p;
    if (target && !target.minor) target.drafts.push(draft(texts[article]!, first, last));
  }
}

// The linkers with every glued conjunction or preposition before them («ليصبح», «وباعتباره»), per language
// data: the gate is one set lookup per word.
const linkerForms = new WeakMap<CaseText['data'], ReadonlySet<string>>();

/** The linker words of the article's language, bare or behind a glued conjunction or preposition. */
function linkersOf(c: CaseText): ReadonlySet<string> {
  let forms = linkerForms.get(c.data);
  if (!forms) {
    const clitics = entityData(c.lang).dictionaryForms?.clitics ?? [];
    const all = new Set(c.data.predicateLinkers);
    for (const l of c.data.predicateLinkers) for (const p of clitics) all.add(p + l);
    linkerForms.set(c.data, (forms = all));
  }
  return forms;
}

/** Whether the word (plural-free where adjectives come first; an ending off where they follow) names a kind of person. */
function personNounEnding(c: CaseText, key: string): string | null {
  const { data } = c;
  if (!data.adjectivesFollow) return data.personNouns.has(key) || data.personNouns.has(singular(key)) ? '' : null;
  if (data.personNouns.has(key)) return '';
  for (const e of data.predicateEndings) if (key.length > e.length + 2 && key.endsWith(e) && data.personNouns.has(key.slice(0, -e.length))) return e;
  return null;
}

/** A plain word: no name's, no stop word, no punctuation before it. */
function plain(c: CaseText, j: number, taken: ReadonlySet<number>): boolean {
  const w = c.tokens[j];
  return !!w && !w.breakBefore && !taken.has(j) && !w.possessive && !isStopword(w.key, c.lang) && !c.data.determiners.has(w.key) && !c.data.rankingWords.has(w.key);
}

/** The indefinite person-noun phrase opening at `at`, or null. */
function predicateAt(c: CaseText, at: number, taken: ReadonlySet<number>, people: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data } = c;
  const t = tokens[at];
  if (!t || t.breakBefore) return null;
  if (!data.adjectivesFollow) {
    // "a convicted felon": an indefinite determiner, plain lower-case words, the person noun ending the phrase.
    if (!data.indefinites.has(t.key)) return null;
    for (let j = at + 1; j <= at + 1 + MAX_MODIFIERS && plain(c, j, taken) && !tokens[j]!.capitalised; j++) {
      if (personNounEnding(c, tokens[j]!.key) === null) continue;
      const after = tokens[j + 1];
      if (!after || after.breakBefore || (isStopword(after.key, c.lang) && !people.has(j + 1))) return { first: at, last: j };
    }
    return null;
  }
  // «مجرمًا مدانًا»: an indefinite person noun, then indefinite words agreeing with it (its ending), up to the phrase's end.
  if (!plain(c, at, taken) || t.clitic || data.isDefinite(t.key)) return null;
  const ending = personNounEnding(c, t.key);
  if (ending === null) return null;
  let last = at;
  while (last - at < MAX_FOLLOWERS && plain(c, last + 1, taken)) {
    const w = tokens[last + 1]!;
    if (w.clitic || data.isDefinite(w.key) || data.verb(w.key)) break;
    if (ending ? !w.key.endsWith(ending) : !(data.isAdjective(w.key) || data.isNisba(w.key))) break;
    last++;
  }
  const after = tokens[last + 1];
  if (after && !after.breakBefore && taken.has(last + 1)) return null;
  return { first: at, last };
}

/** The predicate as an apposition label of the person. */
function draft(c: CaseText, first: number, last: number): LabelDraft {
  const { tokens, data } = c;
  const start = tokens[first]!.start + cliticLength(c, first);
  const end = tokens[last]!.end;
  const key = tokens
    .slice(first, last + 1)
    .filter((t) => !data.determiners.has(t.key))
    .map((t) => t.key)
    .join(' ');
  return newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'apposition', key);
}
