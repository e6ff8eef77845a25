import { analyzeCase } from '../../src/core/analyze.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import { findActors } from '../../src/core/actors/index.ts';
import { loadCase } from '../../fixtures/load.ts';
const seeds = loadCase('seeds');
for (let i = 0; i < 10; i++) analyzeCase(seeds);
const cpu = () => process.cpuUsage().user / 1000;
const N = Number(process.argv[2] ?? 100);
let c = 0, a = 0, r = 0; const tot: number[] = [];
for (let i = 0; i < N; i++) {
  let t = cpu(); const x = analyzeCase(seeds, { claimsOnly: true }); c += cpu() - t;
  t = cpu(); alignClaims(x.articles); a += cpu() - t;
  t = cpu(); findActors(x.articles); r += cpu() - t;
  const w = performance.now(); analyzeCase(seeds); tot.push(performance.now() - w);
}
tot.sort((p, q) => p - q);
console.log({ claims: c / N, align: a / N, actors: r / N, wallMedian: tot[N >> 1] });
