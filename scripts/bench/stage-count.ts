/**
 * Instructions per stage, counted by callgrind: the claims and every cross-outlet stage run once (the
 * warm-up: language data, JIT), then each stage asked runs once more with callgrind's instrumentation on,
 * its count dumped on its own. Instruction counts do not ride on the load as CPU times do (the machine
 * is shared); they still move between runs of one tree (GC and JIT timing): ≈ 0.7 % with fixed V8 seeds as
 * below, ≈ 2 % without. Compare trees by two runs each.
 * Bundle it (run-ts would have callgrind count tsx too) into fixtures/, where the synthetic case finds its data:
 *   node_modules/.bin/esbuild scripts/bench/stage-count.ts --bundle --platform=node --format=esm \
 *     --outfile=fixtures/.stage-count.mjs --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
 * Run: valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.out node --single-threaded \
 *   --hash-seed=1 --random-seed=1 fixtures/.stage-count.mjs [articles] [stage,…]   (stages: claims, entities, align, crosslang, actors; default all)
 * Each stage's instructions: the `totals:` line of the dump file whose `desc: Trigger: dump <stage>` names it
 * (`grep -H "^desc: Trigger\|^totals" cg.out.*`). Without valgrind it prints each stage's CPU time only.
 */
import { spawnSync } from 'node:child_process';
import { claimsOf, cpuMs, crossOutletStages, syntheticCase } from './stage-list.ts';
import type { Stage } from './stage-list.ts';

const [articles = '100', asked = 'claims,entities,align,crosslang,actors'] = process.argv.slice(2);
// Valgrind preloads its own library into the process it runs.
const underValgrind = (process.env.LD_PRELOAD ?? '').includes('vgpreload');
const callgrind = (...command: string[]): void => {
  if (underValgrind) spawnSync('callgrind_control', [...command, String(process.pid)], { stdio: 'ignore' });
};
const inputs = syntheticCase(Number(articles));
const stages: Stage[] = [['claims', () => claimsOf(inputs)], ...crossOutletStages(claimsOf(inputs))];
// The warm-up goes as far as the last stage asked (each stage reads what the ones before it left).
const last = Math.max(...stages.map(([name], k) => (asked.split(',').includes(name) ? k : -1)));
for (const [, run] of stages.slice(0, last + 1)) run();
for (const [name, run] of stages) {
  if (!asked.split(',').includes(name)) continue;
  callgrind('-i', 'on');
  const t = cpuMs();
  run();
  const ms = cpuMs() - t;
  callgrind(`--dump=${name}`);
  callgrind('-i', 'off');
  console.log(`${name} ${articles} articles: ${Math.round(ms)} ms`);
}
