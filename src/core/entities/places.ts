/**
 * Place names. Where names are not capitalised (Arabic), a place is the word after a place head noun
 * ("مدينة X", "ميناء X", "العاصمة الليبية X"); where they are, a capitalised name the case puts after
 * a preposition of place ("in X", "near X") or beside a place head ("the port of X", "X province") is a
 * place rather than a person or an unknown name.
 */
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import { hasArticle } from '../actors/lexicon.ts';
import type { Mention } from '../actors/mentions.ts';
import { isStopword } from '../align/terms.ts';
import { entityData } from './data.ts';
import { placeNameFor } from './place-names.ts';
import { isDictionaryWord } from './recurring.ts';

/** Times a dictionary word must follow a place head before it is taken for a place's name. */
const MIN_HEADED_COMMON = 2;

/**
 * Place candidates of texts written without capitals, one per word; words already an alias are skipped.
 * @example discoverPlaces(texts, candidates) // [{ kind: 'place', aliases: [['الحديده']], … }]
 */
export function discoverPlaces(texts: readonly CaseText[], candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const taken = new Set<string>();
  for (const c of candidates) for (const a of c.aliases) if (a.length === 1) taken.add(a[0]!);
  const byWord = new Map<string, ActorCandidate>();
  const headed = new Map<string, number>();
  const common = new Set<string>();
  for (const c of texts) {
    if (c.data.capitalisedNames) continue;
    const { tokens, data } = c;
    const places = entityData(c.lang);
    for (let i = 0; i < tokens.length; i++) {
      const head = places.placeHeadsBefore.match(tokens, i);
      if (!head) continue;
      let j = i + head.length;
      // "العاصمة الليبية X": relational adjectives may stand between head and name.
      for (let n = 0; n < 2 && j < tokens.length && !tokens[j]!.breakBefore && hasArticle(tokens[j]!.key, data) && data.isNisba(tokens[j]!.key); n++) j++;
      const t = tokens[j];
      if (!t || t.breakBefore || t.key.length < 2 || /^\d/u.test(t.key) || isStopword(t.key, c.lang)) continue;
      if (places.notPlaces.has(t.key) || places.placeHeadsBefore.match(tokens, j) || data.isNisba(t.key)) continue;
      if (data.labels.match(tokens, j) || data.personTitles.match(tokens, j) || data.orgHeads.match(tokens, j) || taken.has(t.key)) continue;
      // A place head + a definite noun + a relational adjective ("the oil crescent region"): the place is
      // the whole description, its noun alone names nothing (a name written so elsewhere is still found there).
      const adjective = tokens[j + 1];
      if (adjective && !adjective.breakBefore && hasArticle(t.key, data) && hasArticle(adjective.key, data) && data.isNisba(adjective.key)) continue;
      let place = byWord.get(t.key);
      if (!place) byWord.set(t.key, (place = { kind: 'place', aliases: [[t.key]], spellings: new Map(), articles: new Set(), data }));
      const spelling = c.text.slice(t.start, t.end);
      place.spellings.set(spelling, (place.spellings.get(spelling) ?? 0) + 1);
      place.articles!.add(c.articleIndex);
      headed.set(t.key, (headed.get(t.key) ?? 0) + 1);
      if (!hasArticle(t.key, data) && isDictionaryWord(t.key, c.lang) && placeNameFor(t.key) === undefined) common.add(t.key);
    }
  }
  // "آخر مدينة كبيرة" (the last big city): a dictionary word without the article once after a place
  // head is that head's adjective or the noun of a phrase; a place named by a common word is written
  // with its head again (a definite name, «القصرين», or a country's, from CLDR, needs no second one).
  return [...byWord].filter(([key]) => !common.has(key) || headed.get(key)! >= MIN_HEADED_COMMON).map(([, place]) => place);
}

/**
 * Where names are capitalised: names never written with a title that the case puts after "in"/"near"
 * or beside a place head become places (a person is not "in" anyone).
 * @example markPlaces(texts, candidates, mentions)
 */
export function markPlaces(texts: readonly CaseText[], candidates: ActorCandidate[], mentions: readonly Mention[]): void {
  const votes = new Map<number, number>();
  for (const m of mentions) {
    const candidate = candidates[m.actor]!;
    if (m.kind !== 'name' || candidate.titled || (candidate.kind !== 'other' && candidate.kind !== 'person')) continue;
    const c = texts[m.article]!;
    if (!c.data.capitalisedNames) continue;
    const { tokens } = c;
    const places = entityData(c.lang);
    let before = m.first - 1;
    // "in the X", "the port of X"
    if (before >= 0 && c.data.determiners.has(tokens[before]!.key) && !tokens[before + 1]!.breakBefore) before--;
    const openBy = (matcher: typeof places.locatives): boolean => before >= 0 && !tokens[before + 1]!.breakBefore && matcher.matchEndingAt(tokens, before) !== null;
    let ofHead = false;
    if (before >= 1 && c.data.genitives.has(tokens[before]!.key) && !tokens[before + 1]!.breakBefore) {
      const g = before - 1;
      ofHead = !tokens[before]!.breakBefore && places.placeHeadsBefore.matchEndingAt(tokens, g) !== null;
    }
    const after = m.last + 1 < tokens.length && !tokens[m.last + 1]!.breakBefore && places.placeHeadsAfter.match(tokens, m.last + 1) !== null;
    if (openBy(places.locatives) || ofHead || after) votes.set(m.actor, (votes.get(m.actor) ?? 0) + 1);
  }
  for (const [actor] of votes) candidates[actor]!.kind = 'place';
}
