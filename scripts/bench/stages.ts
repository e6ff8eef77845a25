/**
 * CPU time of each cross-outlet stage on one synthetic case (scripts/bench/synthetic.ts), after the
 * claims: entities, alignment, cross-language linking, actors — each run twice, the second printed (the
 * first warms the language data and the JIT). For finding which stage grew; the criterion is
 * the whole pipeline's (growth.ts). Instruction counts of one stage: stage-count.ts.
 * Run: node --single-threaded-gc --max-old-space-size=8192 bin/run-ts.mjs scripts/bench/stages.ts [articles]
 */
import { claimsOf, crossOutletStages, syntheticCase } from './stage-list.ts';

const size = Number(process.argv[2] ?? 2000);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const stages = crossOutletStages(claimsOf(syntheticCase(size)));
const ms: Record<string, number> = { claims: cpu() - t };
for (let round = 0; round < 2; round++) {
  for (const [name, run] of stages) {
    t = cpu();
    run();
    ms[name] = cpu() - t;
  }
}
console.log(Object.entries(ms).map(([stage, v]) => `${stage} ${Math.round(v)} ms`).join('  '));
