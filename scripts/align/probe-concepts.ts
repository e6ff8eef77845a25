/**
 * Candidate pairs of the *tuned* dev cases under the threshold that nothing joins (annotated, word
 * score ≥ 0.1), true / false by how many of their content words meet only through a shared concept:
 * Arabic words through the bridge's English words (first two), English words through WordNet's
 * synonyms of their commonest noun sense. Unseen cases are never read. Words are keyed without the
 * case's vocabulary, so a glued clitic the aligner strips ("بمدن" / "مدن") shows here as a concept match.
 * Run: node bin/run-ts.mjs scripts/align/probe-concepts.ts [--pairs]
 */
import { englishFor } from '../../src/core/crosslang/bridge.ts';
import { synonymsFor } from '../../src/core/crosslang/synonyms.ts';
import { contentTerms } from '../../src/core/align/terms.ts';
import { wordNorms } from '../../src/core/normalize/index.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const showPairs = process.argv.includes('--pairs');
const tally = new Tally();
const conceptCache = new Map<string, string[]>();
/** Per content word of a text: its key and its concepts. */
function words(text: string, lang: string): { key: string; concepts: string[] }[] {
  const out: { key: string; concepts: string[] }[] = [];
  for (const norm of wordNorms(text, lang)) {
    const key = contentTerms(norm, lang)[0]?.stem;
    if (!key || /^\d/u.test(key)) continue;
    const id = `${lang}:${norm}`;
    let concepts = conceptCache.get(id);
    if (!concepts) {
      concepts = lang === 'ar' ? englishFor(norm).slice(0, 2) : [norm, ...synonymsFor(norm)].map((w) => contentTerms(w, 'en')[0]?.stem ?? w);
      conceptCache.set(id, concepts);
    }
    out.push({ key, concepts });
  }
  return out;
}
forEachTunedPair({}, ({ name, lang, prepared, i, j, annotated, positive }) => {
  if (!annotated || prepared.joinScore(i, j) >= prepared.joinThreshold) return;
  const s = prepared.score(i, j);
  if (s < 0.1) return;
  const a = words(prepared.claims[i]!.text, lang);
  const b = words(prepared.claims[j]!.text, lang);
  const keysB = new Set(b.map((w) => w.key));
  const keysA = new Set(a.map((w) => w.key));
  const met: string[] = [];
  for (const x of a) {
    if (keysB.has(x.key)) continue;
    for (const y of b) {
      if (keysA.has(y.key) || x.key === y.key) continue;
      const shared = lang === 'ar' ? x.concepts.find((c) => y.concepts.includes(c)) : x.concepts.includes(y.key) || y.concepts.includes(x.key) ? y.key : undefined;
      if (shared) {
        met.push(`${x.key}~${y.key}(${shared})`);
        break;
      }
    }
  }
  const band = s >= 0.15 ? '0.15–0.25' : '0.10–0.15';
  tally.add(`${lang} ${band} concepts ${Math.min(2, met.length)}`, positive);
  if (showPairs && met.length) console.log(`${positive} ${s.toFixed(2)} ${name} ${lang} ${met.join(' ')}`);
});
tally.print(40);
