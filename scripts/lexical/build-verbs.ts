/**
 * Builds src/core/lang/ar/verbs.json: Arabic WordNet's one-word verb lemmas (synsets ending in "-v"),
 * folded, in two lists — `only`, lemmas AWN gives no noun or adjective sense ("استطاع", "التقى"), and
 * `also`, verb lemmas that are nouns too ("وصل", "رفض") — so actor labels can tell a clause opened by a
 * finite verb from a noun phrase (a label is a noun phrase, an adjective, a title or an apposition).
 *
 *   node bin/run-ts.mjs scripts/lexical/build-verbs.ts [--lexical ../shared/lexical]
 *
 * Licence: AWN CC BY-SA 3.0; see src/core/lang/LEXICAL-LICENSES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForMatch } from '../../src/core/normalize/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const i = process.argv.indexOf('--lexical');
const LEXICAL = resolve(i >= 0 ? process.argv[i + 1]! : join(ROOT, '../shared/lexical'));
const OUT = join(ROOT, 'src/core/lang/ar/verbs.json');

const senses = new Map<string, Set<string>>();
for (const l of readFileSync(join(LEXICAL, 'awn-arb.tab'), 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const [synset, kind, lemma] = l.split('\t');
  if (!synset || !lemma || kind !== 'arb:lemma') continue;
  const word = foldForMatch(lemma).trim();
  if (!word || /\s|_/u.test(word)) continue;
  const pos = synset.slice(-1);
  const set = senses.get(word) ?? new Set<string>();
  set.add(pos === 's' ? 'a' : pos);
  senses.set(word, set);
}
const only: string[] = [];
const also: string[] = [];
for (const [word, pos] of senses) {
  if (!pos.has('v') || word.length < 2) continue;
  (pos.size === 1 ? only : also).push(word);
}
only.sort();
also.sort();
writeFileSync(
  OUT,
  JSON.stringify({
    language: 'ar',
    source: 'Arabic WordNet v2 (CC BY-SA 3.0; see src/core/lang/LEXICAL-LICENSES.md): its one-word verb lemmas, folded; only: no noun or adjective sense; also: a noun or adjective too. Built by scripts/lexical/build-verbs.ts; do not edit.',
    only: only.join(' '),
    also: also.join(' '),
  }) + '\n',
);
console.log(`${only.length} verb-only lemmas, ${also.length} also nouns or adjectives → ${OUT}`);
