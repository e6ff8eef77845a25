/**
 * A common noun no dictionary knows, written with the article and used again for a person the article
 * has just named («… قال X … وأكد المليونير …»: the tycoon), is read by discovery as a one-word name of
 * its own, an actor nobody is. Where names carry no capitals, such a word, when every use of it stands
 * within reach after a person the same article names and never where places stand (a town: «في X»,
 * «مدينة X»), is that outlet's description of the nearest person named before it, with its definite
 * adjectives («المليونير الليبرالي»), and no actor. A word in brackets after another («جهاز الأمن
 * العام (X)») is that body's other name, and the word no description.
 */
import { isStopword } from '../align/terms.ts';
import { entityData } from '../entities/data.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';
import { hasArticle } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { NamedMention } from './person-descriptions.ts';
import { personMentionsByArticle } from './person-descriptions.ts';

/** Words between the person's name and the noun standing for him. */
const REACH = 40;
/** Definite adjectives read after the noun. */
const MAX_ADJECTIVES = 2;

export interface NounActor {
  candidate: ActorCandidate;
  mentions: readonly Mention[];
  drafts: LabelDraft[];
}

/**
 * The actors that are a person's description (see the file's head), each use handed to its person as
 * an apposition label; returns the set of those actors, to be dropped.
 * @example personNouns(texts, actors) // «المليونير» after «X» → a label of X, and no actor «المليونير»
 */
export function personNouns<A extends NounActor>(texts: readonly CaseText[], actors: readonly A[]): Set<A> {
  const out = new Set<A>();
  const persons = actors.filter((a) => a.candidate.kind === 'person');
  if (!persons.length) return out;
  // Words of persons' names: a surname used alone («الخوري») is the person's name, not a noun for him.
  let nameWords: Set<string> | null = null;
  // The persons' mentions by article, made when a noun asks (a scan of all of them per use grows with the square of the case).
  let namedIn: Map<number, NamedMention<A>[]> | null = null;
  for (const a of actors) {
    if (!nounLike(texts, a)) continue;
    nameWords ??= new Set(persons.flatMap((p) => p.candidate.aliases.flat()));
    if (a.candidate.aliases.some((w) => nameWords!.has(w[0]!))) continue;
    const targets: { m: Mention; p: A }[] = [];
    for (const m of a.mentions) {
      namedIn ??= personMentionsByArticle(persons);
      const p = nearestPersonBefore(m, namedIn.get(m.article) ?? []);
      if (!p || placed(texts[m.article]!, m) || bracketed(texts[m.article]!, m)) break;
      targets.push({ m, p });
    }
    if (targets.length !== a.mentions.length) continue;
    for (const { m, p } of targets) p.drafts.push(describe(texts[m.article]!, m));
    out.add(a);
  }
  return out;
}

/** One word, written with the article where names carry no capitals, no person's, place's or body's name. */
function nounLike(texts: readonly CaseText[], a: NounActor): boolean {
  const { candidate } = a;
  if (candidate.kind !== 'other' || !a.mentions.length) return false;
  const data = texts[a.mentions[0]!.article]!.data;
  if (data.capitalisedNames || !data.article) return false;
  // A nisba («الحوثي») is a family or a group's name as often as an adjective.
  return candidate.aliases.every((w) => w.length === 1 && hasArticle(w[0]!, data) && !data.isNisba(w[0]!));
}

/** The person named last before the mention, within reach, among the persons' mentions in its article (in text order). */
function nearestPersonBefore<A extends NounActor>(m: Mention, named: readonly NamedMention<A>[]): A | undefined {
  let best: A | undefined;
  let bestLast = -1;
  for (const n of named) {
    if (n.last >= m.first || m.first - n.last > REACH || n.last <= bestLast) continue;
    best = n.p;
    bestLast = n.last;
  }
  return best;
}

/** Whether the mention stands where places stand (after a locative or a place's head noun). */
function placed(c: CaseText, m: Mention): boolean {
  const before = m.first - 1;
  if (before < 0 || c.tokens[m.first]!.breakBefore) return false;
  const places = entityData(c.lang);
  return places.locatives.matchEndingAt(c.tokens, before) !== null || places.placeHeadsBefore.matchEndingAt(c.tokens, before) !== null;
}

/** Whether the mention opens a bracket after a word («جهاز الأمن العام (X)»): another name of what that word names, no one's description. */
function bracketed(c: CaseText, m: Mention): boolean {
  if (m.first === 0) return false;
  return c.text.slice(c.tokens[m.first - 1]!.end, c.tokens[m.first]!.start).includes('(');
}

/** The noun and its definite adjectives, as an apposition label of the person. */
function describe(c: CaseText, m: Mention): LabelDraft {
  const { tokens, data } = c;
  let last = m.last;
  while (last + 1 < tokens.length && last - m.last < MAX_ADJECTIVES) {
    const w = tokens[last + 1]!;
    if (w.breakBefore || w.clitic || isStopword(w.key, c.lang) || !data.isDefinite(w.key) || !(data.isAdjective(w.key) || data.isNisba(w.key))) break;
    last++;
  }
  const start = tokens[m.first]!.start + cliticLength(c, m.first);
  const end = tokens[last]!.end;
  const key = tokens.slice(m.first, last + 1).map((t) => t.key).join(' ');
  return newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'apposition', key);
}
