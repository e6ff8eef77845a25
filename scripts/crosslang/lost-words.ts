/**
 * What the words of the annotated cross-language pairs of the *tuned* dev cases that stay apart lack
 * (unseen cases are never opened): per pair, whether an Arabic word's English counterpart in the English
 * claim is a sense the anchors leave out (past the first ranked words: "sense cut"), whether a name both
 * claims write is too short to give a skeleton anchor ("short name"), and which Arabic words the bridge
 * has no English for at all, most frequent first: the families behind "no candidate" and "below threshold".
 *
 *   node bin/run-ts.mjs scripts/crosslang/lost-words.ts [--top=N]
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { claimsOf, tunedMixedCases } from './snippets.ts';
import { isStopword } from '../../src/core/align/terms.ts';
import { englishFor, englishInName } from '../../src/core/crosslang/bridge.ts';
import { wordSkeleton } from '../../src/core/entities/skeleton.ts';
import { wordTokens } from '../../src/core/normalize/index.ts';

const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
const content = (text: string, lang: 'ar' | 'en') => wordTokens(text, lang).filter((t) => t.norm.length >= 2 && !isStopword(t.norm, lang) && !/^\d/u.test(t.norm));

let [pairs, senseCut, shortName, noBridgeOnly] = [0, 0, 0, 0];
const missing = new Map<string, number>();
const cutWords = new Map<string, number>();
for (const { annotations, analysis, languageOf } of tunedMixedCases()) {
  const rowOf = new Map<string, string>();
  for (const r of analysis.rows) for (const id of r.claimIds) rowOf.set(id, r.id);
  for (const row of annotations.rows) {
    for (const a of row.members)
      for (const b of row.members) {
        if (languageOf.get(a.articleId) !== 'ar' || languageOf.get(b.articleId) !== 'en') continue;
        const [ca, cb] = [claimsOf(analysis, a.articleId, a.claim), claimsOf(analysis, b.articleId, b.claim)];
        if (ca.length === 0 || cb.length === 0) continue;
        if (ca.some((x) => cb.some((y) => rowOf.get(x.id) !== undefined && rowOf.get(x.id) === rowOf.get(y.id)))) continue;
        pairs++;
        const [ar, en] = [ca[0]!, cb[0]!];
        const enWords = content(en.text, 'en');
        const enStems = new Set(enWords.map((t) => englishStemmer(t.norm.replace(/['’]s?$/u, ''))));
        const enShort = new Set(enWords.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => wordSkeleton(t.norm)).filter((s) => s.length > 0 && s.length < 3));
        let [cut, short, anyBridged] = [false, false, false];
        const seen = new Set<string>();
        for (const t of content(ar.text, 'ar')) {
          const first = englishFor(t.norm).slice(0, 3).map((w) => englishStemmer(w));
          const all = englishInName(t.norm).map((w) => englishStemmer(w));
          if (first.some((s) => enStems.has(s))) anyBridged = true;
          else if (all.some((s) => enStems.has(s))) {
            cut = true;
            const hit = all.find((s) => enStems.has(s))!;
            cutWords.set(`${t.norm}→${hit}`, (cutWords.get(`${t.norm}→${hit}`) ?? 0) + 1);
          }
          const sk = wordSkeleton(t.norm);
          if (sk.length > 0 && sk.length < 3 && enShort.has(sk)) short = true;
          if (all.length === 0 && !seen.has(t.norm)) {
            seen.add(t.norm);
            missing.set(t.norm, (missing.get(t.norm) ?? 0) + 1);
          }
        }
        if (cut) senseCut++;
        if (short) shortName++;
        if (!anyBridged && !cut) noBridgeOnly++;
      }
  }
}
console.log(`tuned annotated Arabic–English claim pairs not joined: ${pairs}`);
console.log(`  with an Arabic word whose English in the other claim is past its first ranked words (sense cut): ${senseCut}`);
console.log(`  with a name both write too short for a skeleton anchor: ${shortName}`);
console.log(`  with no Arabic word the bridge relates to the English claim at all: ${noBridgeOnly}`);
console.log(`\nsense cuts, most frequent: ${[...cutWords].sort((a, b) => b[1] - a[1]).slice(0, top).map(([w, k]) => `${w} ${k}`).join(', ')}`);
console.log(`\nArabic words without any English (pairs): ${[...missing].sort((a, b) => b[1] - a[1]).slice(0, top).map(([w, k]) => `${w} ${k}`).join(', ')}`);
