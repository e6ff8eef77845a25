/**
 * Groups both languages name by a common noun: where a case mixes Arabic-script and Latin-script
 * articles, "the opposition" / «المعارضة», "protesters" / «المتظاهرين», "the military" / «الجيش» have no
 * capitals and no proper name, so the name finders take neither side for an actor. A noun the bridge
 * knows as a group or a kind of people (WordNet's noun.group, noun.person) becomes one actor when
 * - the Latin articles write its English word at least twice, in lower case, and the Arabic articles write
 *   it at least twice, or once with the article (a group the article points at), about as often per
 *   article (within `MAX_RATE_RATIO`, twice that for a word named once);
 * - no candidate of the case already holds it (as a name's word or an institution's head: "the army" of
 *   a named army stays that army's), and it is no person's title ("the president" is someone named);
 * - the two stand, somewhere in the case, near the same figures, dates or names (checked as names are).
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { ActorCandidate, CaseText } from '../actors/discover.ts';
import type { Mention } from '../actors/mentions.ts';
import { isDefinite } from '../actors/common-nouns.ts';
import type { LanguageActorData } from '../actors/lexicon.ts';
import { labelFile } from '../actors/lexicon.ts';
import { isStopword } from '../align/terms.ts';
import { groupWordsFor } from '../crosslang/bridge.ts';
import { scriptData } from '../crosslang/script-data.ts';
import { sharesContext } from './cross-script.ts';
import { isBridgedPlaceName, placeNameFor } from './place-names.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

/** Mentions each side needs: a noun met once is a word, not an actor. */
const MIN_MENTIONS = 2;
/**
 * How much more often, per article, one script may name it than the other: a word the English articles
 * use far more often is another sense of it ("law" in "martial law" is not the police).
 */
const MAX_RATE_RATIO = 4;

/** The singular a lower-case English word may be the plural of, and the word itself ("gathered" is none). */
const nounForms = (word: string): string[] => [word, ...(word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : []), ...(word.endsWith('es') ? [word.slice(0, -2)] : []), ...(word.endsWith('s') ? [word.slice(0, -1)] : [])];

interface Forms {
  keys: Set<string>;
  spellings: Map<string, number>;
  mentions: number;
  articles: Set<number>;
}

const addForm = (forms: Map<string, Forms>, key: string, lemma: string, text: CaseText, start: number, end: number): void => {
  const f = forms.get(lemma) ?? forms.set(lemma, { keys: new Set(), spellings: new Map(), mentions: 0, articles: new Set() }).get(lemma)!;
  f.keys.add(key);
  const spelling = text.text.slice(start, end);
  f.spellings.set(spelling, (f.spellings.get(spelling) ?? 0) + 1);
  f.mentions++;
  f.articles.add(text.articleIndex);
};

/** The groups `addCommonGroups` added, and the nouns it handed to one named entity ("the country"), by key. */
export interface CommonGroups {
  added: number[];
  handed: Map<string, number>;
}

/**
 * The one candidate of the kind an entity noun stands for, or undefined when the case names none or
 * several: a country for a country noun (a CLDR name, in either script), else an organisation whose head
 * or Latin name holds the noun ("the agency" for an X news agency). Two spellings of one country count once.
 */
function oneEntityOf(noun: string, candidates: readonly ActorCandidate[], data: LanguageActorData): number | undefined {
  const found = new Map<string, number>();
  candidates.forEach((c, n) => {
    if (c.kind === 'person') return;
    for (const alias of c.aliases) {
      const latin = !ARABIC_BLOCK.test(alias[0] ?? '');
      let id: string | undefined;
      if (data.countryNouns.has(noun)) {
        const name = alias.join(' ');
        id = latin ? (isBridgedPlaceName(name) ? name : undefined) : c.kind === 'place' && alias.length === 1 ? placeNameFor(alias[0]!) : undefined;
      } else if (c.kind === 'org' && (c.head === noun || (latin && alias.includes(noun)))) id = `org:${n}`;
      if (id === undefined) continue;
      // The spelling with the most aliases is the one both scripts merged into.
      const seen = found.get(id);
      if (seen === undefined || candidates[seen]!.aliases.length < c.aliases.length) found.set(id, n);
    }
  });
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** An organisation whose head or one name word is a force head of some language of the case ("X Forces", «الجيش X»). */
function isArmedGroup(c: ActorCandidate, datas: readonly LanguageActorData[]): boolean {
  if (c.kind !== 'org') return false;
  const words = [...(c.head ? [c.head] : []), ...c.aliases.flat()];
  return words.some((w) => datas.some((d) => d.forceHeads.hasWord(w) || d.forceHeads.hasWord(w.toLowerCase())));
}

/** Whether the bridge's English words of a noun name a kind of armed body any side has ("forces", "troops"), none of them a state's army. */
function anyonesForces(words: readonly string[], data: LanguageActorData): boolean {
  const heads = words.filter((w) => data.forceHeads.hasWord(w) || data.forceHeads.hasWord(`${w}s`));
  if (heads.length === 0) return false;
  const army = new Set(labelFile(data.lang)?.labels.filter((e) => e.key === data.stateForces && e.form === 'head-noun').flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => f.toLowerCase())) ?? []);
  return !words.some((w) => army.has(w));
}

/**
 * Adds to the candidates the groups both scripts name by a common noun.
 * @example addCommonGroups(texts, candidates).added // a candidate with aliases [['protesters'], ['المتظاهرين']]
 */
export function addCommonGroups(texts: readonly CaseText[], candidates: ActorCandidate[]): CommonGroups {
  const added: number[] = [];
  const handed = new Map<string, number>();
  const result = { added, handed };
  const arabicTexts = texts.filter((t) => t.tokens.some((tok) => ARABIC_BLOCK.test(tok.key)));
  if (arabicTexts.length === 0 || arabicTexts.length === texts.length) return result;
  const latinTexts = texts.filter((t) => !arabicTexts.includes(t));
  const articles = scriptData('ar')?.articles ?? [];
  const relationalEndings = scriptData('ar')?.relationalEndings ?? [];
  const definite = scriptData('ar')?.articlePrefix;
  // Words any candidate already holds, and the heads of institutions.
  const held = new Set<string>();
  for (const c of candidates) {
    for (const alias of c.aliases) for (const w of alias) held.add(w);
    if (c.head) held.add(c.head);
  }
  const heldEnglish = new Set([...held].filter((w) => !ARABIC_BLOCK.test(w)).map((w) => englishStemmer(w)));
  const heldArabic = new Set([...held].filter((w) => ARABIC_BLOCK.test(w)).flatMap((w) => [w, ...articles.filter((a) => w.startsWith(a)).map((a) => w.slice(a.length))]));
  // Arabic definite nouns of a group sense, by their group words.
  const arabic = new Map<string, Forms>();
  const groupWords = new Map<string, string[]>();
  for (const text of arabicTexts) {
    for (let i = 0; i < text.tokens.length; i++) {
      const tok = text.tokens[i]!;
      const article = articles.find((a) => tok.key.startsWith(a) && tok.key.length - a.length >= 3) ?? '';
      const bare = tok.key.slice(article.length);
      if (tok.key.length < 3 || heldArabic.has(tok.key) || heldArabic.has(bare) || text.data.personTitles.hasWord(tok.key) || text.data.personTitles.hasWord(bare)) continue;
      // A relational adjective ("البرلمانية", parliamentary) is no group, unless the bridge has it as written.
      if (relationalEndings.some((ending) => bare.endsWith(ending)) && groupWordsFor(bare, true).length === 0) continue;
      const words = groupWords.get(tok.key) ?? groupWords.set(tok.key, groupWordsFor(tok.key)).get(tok.key)!;
      if (words.length === 0) continue;
      // «أعضاء الوفد», «قيادات الحركة»: a bare noun in construct before a definite one names part of that
      // group ("members of the delegation"), no group of its own.
      if (!article && inConstruct(text.tokens[i + 1], definite)) continue;
      addForm(arabic, tok.key, words.join(' '), text, tok.start, tok.end);
    }
  }
  // A country, an agency, the enemy: one named entity of that kind, never a group of its own (the Latin
  // side's data: its English words are what the bridge gives). Where the case names one entity of that
  // kind, the noun in both scripts is a mention of it; where it names none or several, it is dropped.
  const latinData = latinTexts[0]!.data;
  for (const noun of latinData.entityKindNouns) {
    const one = oneEntityOf(noun, candidates, latinData);
    if (one !== undefined) handed.set(noun, one);
  }
  for (const [lemma, ar] of [...arabic]) {
    const noun = lemma.split(' ').find((w) => latinData.entityKindNouns.has(w));
    if (noun === undefined) continue;
    arabic.delete(lemma);
    const one = handed.get(noun);
    if (one !== undefined) for (const k of ar.keys) if (definite?.test(k)) handed.set(k, one);
  }
  // "forces" / «القوى», "troops": a kind of armed body stands for a named one where the case names any
  // (an epithet or head noun of that group, read by the label scan), never for a group of its own. A
  // state's army ("the military" / «الجيش») is one body of its country and stays.
  const datas = [...new Set(texts.map((t) => t.data))];
  if (candidates.some((c) => isArmedGroup(c, datas))) for (const lemma of [...arabic.keys()]) if (anyonesForces(lemma.split(' '), latinData)) arabic.delete(lemma);
  if (arabic.size === 0) return result;
  const wantedWords = new Set([...arabic.keys()].flatMap((k) => k.split(' ')));
  const wanted = new Set([...wantedWords].map((w) => englishStemmer(w)));
  // English words of those senses in lower case, by stem.
  const latin = new Map<string, Forms>();
  // Stems by word, once per case: the Latin articles' every word passes here.
  const stems = new Map<string, string>();
  for (const text of latinTexts) {
    for (const tok of text.tokens) {
      if (tok.capitalised && !tok.sentenceStart) continue;
      let stem = stems.get(tok.key);
      if (stem === undefined) stems.set(tok.key, (stem = englishStemmer(tok.key)));
      if (!wanted.has(stem)) continue;
      if (isStopword(tok.key, 'en') || nounForms(tok.key).some((w) => text.data.personTitles.hasWord(w))) continue;
      if (wanted.has(stem) && !heldEnglish.has(stem) && nounForms(tok.key).some((w) => wantedWords.has(w))) addForm(latin, tok.key, stem, text, tok.start, tok.end);
    }
  }
  // Mentions per article of each script: one actor is named about as often in both.
  const rate = (f: Forms, side: readonly CaseText[]) => f.mentions / side.length;
  const joined = new Map<string, number>();
  for (const [lemma, ar] of arabic) {
    const arabicKeys = [...ar.keys];
    // Named once, it must be definite (a group the article points at, «المتظاهرين»; "قوي" is "strong");
    // one mention is a coarse rate, so the ratio doubles.
    const once = ar.mentions < MIN_MENTIONS;
    if (once && (!definite || !arabicKeys.every((k) => definite.test(k)))) continue;
    const maxRatio = once ? 2 * MAX_RATE_RATIO : MAX_RATE_RATIO;
    const found = lemma
      .split(' ')
      .map((w) => latin.get(englishStemmer(w)))
      .filter((f): f is Forms => f !== undefined && f.mentions >= MIN_MENTIONS)
      .filter((f) => Math.max(rate(f, latinTexts) / rate(ar, arabicTexts), rate(ar, arabicTexts) / rate(f, latinTexts)) <= maxRatio);
    // Checked against the case once: the noun's other English words ("troops", "the military") come along.
    if (!found.some((f) => arabicKeys.some((a) => [...f.keys].some((l) => sharesContext(arabicTexts, [a], latinTexts, [l]))))) continue;
    const en: Forms = {
      keys: new Set(found.flatMap((f) => [...f.keys])),
      spellings: new Map(found.flatMap((f) => [...f.spellings])),
      mentions: 0,
      articles: new Set(found.flatMap((f) => [...f.articles])),
    };
    const latinKeys = [...en.keys];
    const n = candidates.push({
      kind: 'org',
      aliases: [...latinKeys, ...arabicKeys].map((k) => [k]),
      spellings: new Map([...en.spellings, ...ar.spellings]),
      articles: new Set([...en.articles, ...ar.articles]),
    });
    added.push(n - 1);
    joined.set(lemma, n - 1);
    for (const k of latinKeys) latin.delete(englishStemmer(k));
  }
  // Another form of a joined noun whose English words are all the joined one's («المشرعون» lawmaker beside
  // «للمشرعين» legislator, lawmaker) is the same group, if definite.
  for (const [lemma, ar] of arabic) {
    if (joined.has(lemma) || ![...ar.keys].every((k) => definite?.test(k))) continue;
    const words = lemma.split(' ');
    const into = [...joined].find(([other]) => words.every((w) => other.split(' ').includes(w)));
    if (into === undefined) continue;
    const c = candidates[into[1]]!;
    for (const k of ar.keys) c.aliases.push([k]);
    for (const [spelling, n] of ar.spellings) c.spellings.set(spelling, (c.spellings.get(spelling) ?? 0) + n);
    for (const a of ar.articles) c.articles?.add(a);
  }
  return result;
}

/**
 * Mentions of the groups `addCommonGroups` added: each of their words the other mentions leave free (the
 * name finder reads no lower-case word as a name); and of the entity a noun was handed to, where the noun
 * is definite ("the country", «البلد»; not "a country").
 * @example commonGroupMentions(texts, candidates, { added: [12], handed }, mentions) // [{ actor: 12, article: 0, first: 4, last: 4, kind: 'coref', … }]
 */
export function commonGroupMentions(texts: readonly CaseText[], candidates: readonly ActorCandidate[], groups: CommonGroups, mentions: readonly Mention[]): Mention[] {
  if (groups.added.length === 0 && groups.handed.size === 0) return [];
  const byKey = new Map<string, number>();
  for (const n of groups.added) for (const [key] of candidates[n]!.aliases) byKey.set(key!, n);
  const occupied = new Set<string>();
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) occupied.add(`${m.article}:${k}`);
  const found: Mention[] = [];
  for (const text of texts) {
    text.tokens.forEach((tok, i) => {
      let actor = byKey.get(tok.key);
      if (actor === undefined && groups.handed.has(tok.key) && !(tok.capitalised && !tok.sentenceStart) && isDefinite(text, i, i)) actor = groups.handed.get(tok.key);
      if (actor === undefined || occupied.has(`${text.articleIndex}:${i}`)) return;
      found.push({ actor, article: text.articleIndex, first: i, last: i, kind: 'coref', headFirst: i, headLast: i });
    });
  }
  return found;
}

/** Whether the word after a noun without the article is definite and glued to it by nothing: the noun is the first term of a construct («أعضاء الوفد»). */
function inConstruct(next: CaseText['tokens'][number] | undefined, definite: RegExp | undefined): boolean {
  return next !== undefined && definite !== undefined && !next.breakBefore && !next.clitic && definite.test(next.key);
}
