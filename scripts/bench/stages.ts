/**
 * CPU time of each cross-outlet stage on one synthetic case (scripts/bench/synthetic.ts), after the
 * claims: entities, alignment, cross-language linking, actors — each run twice, the second printed (the
 * first warms the language data and the JIT). For finding which stage grew; the criterion is
 * the whole pipeline's (growth.ts).
 * Run: node --single-threaded-gc --max-old-space-size=8192 bin/run-ts.mjs scripts/bench/stages.ts [articles]
 */
import { findActors } from '../../src/core/actors/index.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { linkAcrossLanguages } from '../../src/core/crosslang/align.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { buildSyntheticCase } from './synthetic.ts';

const size = Number(process.argv[2] ?? 2000);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const analysis = analyzeCase(buildSyntheticCase({ articles: size, seed: 20201 }), { claimsOnly: true });
const ms: Record<string, number> = { claims: cpu() - t };
for (let round = 0; round < 2; round++) {
  t = cpu();
  const entities = resolveEntities(analysis.articles);
  ms.entities = cpu() - t;
  t = cpu();
  const rows = alignClaims(analysis.articles, { entities });
  ms.align = cpu() - t;
  t = cpu();
  linkAcrossLanguages(analysis.articles, rows, {}, entities);
  ms.crosslang = cpu() - t;
  t = cpu();
  findActors(analysis.articles, { entities });
  ms.actors = cpu() - t;
}
console.log(Object.entries(ms).map(([stage, v]) => `${stage} ${Math.round(v)} ms`).join('  '));
