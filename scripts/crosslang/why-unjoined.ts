/**
 * Why annotated cross-language row pairs of the *tuned* dev cases stay apart, pair by pair: replays
 * linkAcrossLanguages' steps (a copy, for tracing) and names the first step that loses each pair —
 * no scored candidate (too few anchors under the rarity cap), below threshold, not mutual best (and
 * whether the claim's chosen partner was right), or a join refused (one-outlet rule, support).
 *
 * The replay takes options (JSON); the "joined" count is the analysis's own, so run it through
 * with-options.ts with the same JSON to trace a variant. --list=REASON prints the pairs lost at that
 * step (reason's first word, e.g. "no", "below", "mutual"); --false prints every row joined across
 * languages with its members' annotated rows.
 *
 *   node bin/run-ts.mjs scripts/crosslang/why-unjoined.ts ['{"threshold":0.1}'] [--list=REASON] [--false]
 */
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { anchorVectors, DEFAULT_CROSS_LANGUAGE_OPTIONS, senseDot } from '../../src/core/crosslang/align.ts';
import { claimsOf } from './snippets.ts';

const list = process.argv.find((a) => a.startsWith('--list='))?.slice(7);
const showFalse = process.argv.includes('--false');
const opts = { ...DEFAULT_CROSS_LANGUAGE_OPTIONS, ...JSON.parse(process.argv.find((a) => a.startsWith('{')) ?? '{}') };
const reasons = new Map<string, number>();
const count = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);

for (const name of listDevCases()) {
  const devCase = loadDevCase(name);
  if (devCase.meta.split !== 'tuned') continue;
  const { inputs, annotations } = devCaseView(devCase, 'mixed');
  const analysis = analyzeCase(inputs);
  const articles = analysis.articles;
  const entities = resolveEntities(articles);
  const rows = alignClaims(articles, { entities });
  // --- replay of align.ts, on its own anchor vectors ---
  const textOf = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
  const built = anchorVectors(articles, opts.senseWeight > 0, entities);
  const { vectors, keyIds, df, senses } = built;
  const claims = built.claims.map((c) => ({ ...c, text: textOf.get(c.id) ?? '' }));
  const keyNames: string[] = [];
  for (const [key, id] of keyIds) keyNames[id] = key;
  const n = claims.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  const norms = vectors.map((v) => Math.sqrt([...v].reduce((s, [k, w]) => s + (w * idf[k]!) ** 2, 0)) || 1);
  const maxDf = Math.min(opts.maxDf, Math.max(20, opts.maxDfShare * n));
  const scoreOf = (c: number, o: number) => {
    let [d, sh, rare] = [0, 0, 0];
    for (const [k, w] of vectors[c]!) {
      const x = vectors[o]!.get(k);
      if (x === undefined || (df[k]! > maxDf && !opts.commonAnchors)) continue;
      d += w * x * idf[k]! ** 2;
      sh++;
      if (df[k]! <= maxDf) rare++;
    }
    if (rare > 0 && opts.senseWeight > 0) {
      // The further senses of the Arabic claim's words the other claim writes (senses.ts).
      const [arabic, other] = senses[c]!.length > 0 ? [c, o] : [o, c];
      const extra = senseDot(senses[arabic]!, vectors[other]!, idf);
      d += opts.senseWeight * extra.dot;
      sh += extra.words;
    }
    return rare > 0 && sh >= opts.minShared ? d / (norms[c]! * norms[o]!) : -1;
  };
  const best = new Map<string, { other: number; score: number }>();
  const pairScore = new Map<number, number>();
  for (let c = 0; c < n; c++)
    for (let o = c + 1; o < n; o++) {
      if (claims[o]!.language === claims[c]!.language) continue;
      const score = scoreOf(c, o);
      if (score < 0) continue;
      if (score >= opts.pairFloor) pairScore.set(c * n + o, score);
      if (score < opts.threshold) continue;
      for (const [from, to] of [[c, o], [o, c]] as const) {
        const key = `${from}|${claims[to]!.articleId}`;
        if ((best.get(key)?.score ?? -1) < score) best.set(key, { other: to, score });
      }
    }
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  const monoRow = new Map<string, string[]>();
  for (const r of rows) for (const id of r.claimIds) monoRow.set(id, r.claimIds);
  const finalRow = new Map<string, string>();
  for (const r of analysis.rows) for (const id of r.claimIds) finalRow.set(id, r.id);
  const goldRowOf = new Map<string, string>();
  const languageOf = new Map(articles.map((a) => [a.id, a.language]));
  for (const row of annotations.rows) for (const m of row.members) for (const c of claimsOf(analysis, m.articleId, m.claim)) goldRowOf.set(c.id, row.id);
  for (const row of annotations.rows) {
    for (let i = 0; i < row.members.length; i++)
      for (let j = i + 1; j < row.members.length; j++) {
        const [a, b] = [row.members[i]!, row.members[j]!];
        if (languageOf.get(a.articleId) === languageOf.get(b.articleId)) continue;
        const ca = claimsOf(analysis, a.articleId, a.claim).map((c) => indexOf.get(c.id)).filter((x): x is number => x !== undefined);
        const cb = claimsOf(analysis, b.articleId, b.claim).map((c) => indexOf.get(c.id)).filter((x): x is number => x !== undefined);
        if (ca.length === 0 || cb.length === 0) continue;
        if (ca.some((x) => cb.some((y) => finalRow.get(claims[x]!.id) !== undefined && finalRow.get(claims[x]!.id) === finalRow.get(claims[y]!.id)))) {
          count('joined');
          continue;
        }
        // The strongest of the candidate claim pairs.
        let [bx, by, bs] = [ca[0]!, cb[0]!, -1];
        for (const x of ca) for (const y of cb) if (scoreOf(x, y) > bs) [bx, by, bs] = [x, y, scoreOf(x, y)];
        let reason: string;
        if (bs < 0) reason = 'no candidate (< minShared under rarity cap)';
        else if (bs < opts.threshold) reason = 'below threshold';
        else {
          const fx = best.get(`${bx}|${claims[by]!.articleId}`)!;
          const fy = best.get(`${by}|${claims[bx]!.articleId}`)!;
          const right = (f: { other: number }, self: number) => goldRowOf.get(claims[f.other]!.id) === goldRowOf.get(claims[self]!.id) ? 'right' : 'wrong';
          if (fx.other !== by || fy.other !== bx) reason = `not mutual best (${fx.other !== by ? `x→${right(fx, bx)}` : ''} ${fy.other !== bx ? `y→${right(fy, by)}` : ''})`;
          else {
            const [mx, my] = [monoRow.get(claims[bx]!.id), monoRow.get(claims[by]!.id)];
            // In the final rows: do the two rows hold claims of one article (one-outlet rule) or not (support)?
            const arts = (c: number) => new Set(analysis.rows.find((r) => r.claimIds.includes(claims[c]!.id))?.claimIds.map((id) => id.split(':')[0]) ?? [claims[c]!.articleId]);
            const [ax, ay] = [arts(bx), arts(by)];
            const clash = [...ax].some((x) => ay.has(x));
            reason = `mutual best, refused at join: ${clash ? 'one outlet' : 'support'}${(mx?.length ?? 1) > 1 || (my?.length ?? 1) > 1 ? ' (a mono row)' : ''}`;
          }
        }
        count(reason);
        if (list && reason.startsWith(list)) {
          const shared = [...vectors[bx]!.keys()].filter((k) => vectors[by]!.has(k)).map((k) => `${keyNames[k]}${df[k]! > maxDf ? '(cap)' : ''}`);
          console.log(`${name} ${row.id} score ${bs.toFixed(3)} shared ${shared.join(' ')}\n   ${claims[bx]!.text.slice(0, 150)}\n   ${claims[by]!.text.slice(0, 150)}`);
        }
      }
  }
  if (showFalse) {
    for (const r of analysis.rows) {
      const langs = new Set(r.claimIds.map((id) => claims[indexOf.get(id) ?? -1]?.language));
      if (langs.size < 2) continue;
      const golds = r.claimIds.map((id) => goldRowOf.get(id) ?? '-');
      console.log(`${name} ${r.id} gold ${golds.join(',')}`);
      for (const id of r.claimIds) console.log(`   ${goldRowOf.get(id) ?? '-'} ${claims[indexOf.get(id) ?? -1]?.text.slice(0, 120)}`);
    }
  }
}
console.log([...reasons].sort((a, b) => b[1] - a[1]).map(([r, k]) => `${k}\t${r}`).join('\n'));
