/**
 * Where the annotated row pairs of the *tuned* dev cases go, one language at a time: per pair, the
 * best unit score of the claims covering its two members, the words of those claims, and whether the
 * pair was found, lost to the score, to blocking or to grouping. Unseen cases are never read.
 *
 * Run: node bin/run-ts.mjs scripts/align/diagnose-rows.ts [case] [lang] [--pairs]
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { CaseAnalysis, Claim } from '../../src/core/types.ts';
import { covers } from '../bench/score.ts';
import { unitsByClaim } from './tuned-pairs.ts';

const argv = process.argv.slice(2);
const onlyCase = argv.find((a) => !a.startsWith('--') && listDevCases().includes(a));
const onlyLang = argv.find((a) => a === 'ar' || a === 'en');
const showPairs = argv.includes('--pairs');

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned' || (onlyCase && name !== onlyCase)) continue;
  for (const lang of devCaseLanguages(devCase)) {
    if (onlyLang && lang !== onlyLang) continue;
    const { inputs, annotations } = devCaseView(devCase, lang);
    const analysis: CaseAnalysis = analyzeCase(inputs);
    const entities = resolveEntities(analysis.articles);
    const prepared = prepareCase(analysis.articles, { entities });
    const candidates = blockedCandidates(prepared);
    const candidateSet = new Set<string>();
    for (let k = 0; k + 1 < candidates.length; k += 2) candidateSet.add(`${candidates[k]}|${candidates[k + 1]}`);
    const unitsOf = unitsByClaim(prepared);
    const rowOf = new Map<string, string>();
    for (const row of analysis.rows) for (const id of row.claimIds) rowOf.set(id, row.id);
    const covering = (articleId: string, snippet: string): Claim[] => analysis.articles.find((a) => a.id === articleId)?.claims.filter((c) => covers(c.text, snippet)) ?? [];
    const tally = { found: 0, uncovered: 0, zero: 0, low: 0, notCandidate: 0, notGrouped: 0, pairs: 0 };
    const claimWords: number[] = [];
    const memberWords: number[] = [];
    const threshold = prepared.options.threshold;
    for (const row of annotations.rows) {
      const covered = row.members.map((m) => ({ m, claims: covering(m.articleId, m.claim) }));
      for (const { m, claims } of covered) {
        memberWords.push(words(m.claim));
        for (const c of claims) claimWords.push(words(c.text));
      }
      for (let i = 0; i < covered.length; i++) {
        for (let j = i + 1; j < covered.length; j++) {
          const a = covered[i]!;
          const b = covered[j]!;
          if (a.m.articleId === b.m.articleId) continue;
          tally.pairs++;
          const together = a.claims.some((x) => b.claims.some((y) => rowOf.get(x.id) !== undefined && rowOf.get(x.id) === rowOf.get(y.id)));
          let kind: keyof typeof tally;
          let best = 0;
          let bestCandidate = false;
          if (together) kind = 'found';
          else if (!a.claims.length || !b.claims.length) kind = 'uncovered';
          else {
            for (const x of a.claims) for (const y of b.claims) for (const u of unitsOf.get(x.id) ?? []) for (const v of unitsOf.get(y.id) ?? []) {
              const s = prepared.score(u, v);
              if (s > best) [best, bestCandidate] = [s, candidateSet.has(`${Math.min(u, v)}|${Math.max(u, v)}`) || candidateSet.has(`${u}|${v}`) || candidateSet.has(`${v}|${u}`)];
            }
            kind = best === 0 ? 'zero' : best < threshold ? 'low' : bestCandidate ? 'notGrouped' : 'notCandidate';
          }
          tally[kind]++;
          if (showPairs && kind !== 'found') {
            const ca = a.claims[0];
            const cb = b.claims[0];
            const inRows = kind !== 'uncovered' ? ` rows ${rowOf.get(ca?.id ?? '') ?? '-'}/${rowOf.get(b.claims[0]?.id ?? '') ?? '-'}` : '';
            console.log(`[${kind} ${best.toFixed(3)}]${inRows} ${row.id}\n   A ${a.m.articleId} (${ca ? words(ca.text) : 0} w, member ${words(a.m.claim)} w): ${a.m.claim}\n   B ${b.m.articleId} (${cb ? words(cb.text) : 0} w, member ${words(b.m.claim)} w): ${b.m.claim}`);
            if (ca && kind !== 'uncovered') console.log(`   claim A: ${ca.text.slice(0, 300)}\n   claim B: ${cb!.text.slice(0, 300)}`);
          }
        }
      }
    }
    // Grain-free recall: per annotated row, each pair of outlets counts once (found when any member of
    // one shares a row with any member of the other), so a row of seven claims per outlet is not 49 pairs.
    let outletPairs = 0;
    let outletPairsFound = 0;
    for (const row of annotations.rows) {
      const byOutlet = new Map<string, Claim[]>();
      for (const m of row.members) byOutlet.set(m.articleId, [...(byOutlet.get(m.articleId) ?? []), ...covering(m.articleId, m.claim)]);
      const outlets = [...byOutlet.keys()];
      for (let i = 0; i < outlets.length; i++) {
        for (let j = i + 1; j < outlets.length; j++) {
          outletPairs++;
          const a = byOutlet.get(outlets[i]!)!;
          const b = byOutlet.get(outlets[j]!)!;
          if (a.some((x) => b.some((y) => rowOf.get(x.id) !== undefined && rowOf.get(x.id) === rowOf.get(y.id)))) outletPairsFound++;
        }
      }
    }
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? 0;
    console.log(`${name} [${lang}] pairs ${tally.pairs}: found ${tally.found}, member uncovered ${tally.uncovered}, score 0 ${tally.zero}, 0<score<thr ${tally.low}, ≥thr not candidate ${tally.notCandidate}, ≥thr not grouped ${tally.notGrouped}; median words: annotated member ${median(memberWords)}, covering claim ${median(claimWords)}; outlet pairs per row found ${outletPairsFound}/${outletPairs}`);
  }
}
