/**
 * CPU of the first `findActors` call on one synthetic case (all threads: under `--single-threaded-gc`
 * the rest of the process is V8's compilers, which a first call pays for), after the claims and
 * entities it reads. For comparing two trees in alternating runs: the first call is what a user waits for.
 * Run: node --single-threaded-gc --max-old-space-size=8192 bin/run-ts.mjs scripts/bench/actors-first.ts [articles]
 */
import { findActors } from '../../src/core/actors/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import { buildSyntheticCase } from './synthetic.ts';

const size = Number(process.argv[2] ?? 1000);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const analysis = analyzeCase(buildSyntheticCase({ articles: size, seed: 20201 }), { claimsOnly: true });
const entities = resolveEntities(analysis.articles);
const t = cpu();
findActors(analysis.articles, { entities });
console.log(`actors ${Math.round(cpu() - t)} ms`);
