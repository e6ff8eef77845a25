/**
 * Pairs of predicted rows of the *tuned* dev cases, one language at a time: would merging them join
 * claims annotated together (true), claims annotated apart (false), or say nothing? Tallied by how the
 * two rows' members of different outlets match (best pair, pairs at ≥ 0.15, share of such pairs), to see
 * whether a row-merge step under some condition recovers pairs. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-row-merge.ts [--pairs]
 */
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';

const showPairs = process.argv.includes('--pairs');
const tally = new Tally();
forEachTunedView({}, ({ name, lang, analysis, prepared, rowsOfClaim: rowsOf }) => {
    const unitsOf = new Map<string, number[]>();
    prepared.claims.forEach((c, u) => (unitsOf.get(c.id) ?? unitsOf.set(c.id, []).get(c.id)!).push(u));
    const article = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, a.id] as const)));
    const text = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
    const rows = analysis.rows.filter((r) => r.claimIds.every((id) => unitsOf.has(id)));
    for (let x = 0; x < rows.length; x++) {
      for (let y = x + 1; y < rows.length; y++) {
        let tp = 0;
        let fp = 0;
        let best = 0;
        let over = 0;
        let pairs = 0;
        let sum = 0;
        // Whether some unit pair across the two rows is joined by the join score (grouping kept them apart).
        let joined = false;
        const sharedArticle = rows[x]!.claimIds.some((a) => rows[y]!.claimIds.some((b) => article.get(a) === article.get(b)));
        for (const a of rows[x]!.claimIds) {
          for (const b of rows[y]!.claimIds) {
            if (article.get(a) === article.get(b)) continue;
            pairs++;
            let s = 0;
            for (const u of unitsOf.get(a)!) for (const v of unitsOf.get(b)!) {
              s = Math.max(s, prepared.score(u, v));
              if (prepared.joinScore(u, v) >= prepared.joinThreshold) joined = true;
            }
            best = Math.max(best, s);
            sum += s;
            if (s >= 0.1) over++;
            const together = annotatedTogether(rowsOf, a, b);
            if (together === true) tp++;
            else if (together === false) fp++;
          }
        }
        if (!pairs || best < 0.1 || tp + fp === 0) continue;
        const share = over / pairs;
        const mean = sum / pairs;
        const key = `${joined ? 'JOINED ' : ''}${sharedArticle ? 'shared-article ' : ''}best ${best >= 0.2 ? '≥0.2' : '0.1–0.2'} share ${share >= 0.5 ? '≥.5' : share >= 0.25 ? '.25–.5' : '<.25'} mean ${mean >= 0.12 ? '≥.12' : mean >= 0.08 ? '.08–.12' : '<.08'}`;
        // Pairs merging would add, true and false (weighted by pairs).
        const c = tally.get(key);
        c.tp += tp;
        c.fp += fp;
        if (showPairs && share >= 0.5) console.log(`${tp}/${fp} best ${best.toFixed(2)} share ${share.toFixed(2)} mean ${mean.toFixed(2)} ${name} ${lang}\n  X ${rows[x]!.claimIds.map((id) => text.get(id)!.slice(0, 90)).join('\n    ')}\n  Y ${rows[y]!.claimIds.map((id) => text.get(id)!.slice(0, 90)).join('\n    ')}`);
      }
    }
});
tally.print(50);
