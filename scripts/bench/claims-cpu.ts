/**
 * CPU of the claims stage alone (`analyzeCase(…, { claimsOnly: true })`) on the synthetic case, split
 * into the main thread and the rest (under `--single-threaded-gc`, V8's compiler threads), cold and —
 * with `twice` — warm. A tree given as the third argument is measured instead of this one, so two trees
 * can be compared from one checkout. Linux only (reads /proc/self/task).
 * Run: node --single-threaded-gc bin/run-ts.mjs scripts/bench/claims-cpu.ts [articles] [once|twice] [tree]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const size = Number(process.argv[2] ?? 500);
const twice = process.argv[3] === 'twice';
const root = process.argv[4] ?? fileURLToPath(new URL('../..', import.meta.url));
const { analyzeCase } = (await import(`${root}/src/core/analyze.ts`)) as typeof import('../../src/core/analyze.ts');
const { buildSyntheticCase } = (await import(`${root}/scripts/bench/synthetic.ts`)) as typeof import('./synthetic.ts');

/** CPU ms of the main thread and of all other threads so far (clock ticks of 10 ms). */
function threads(): [number, number] {
  let main = 0;
  let rest = 0;
  for (const task of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    if (task === String(process.pid)) main += ms;
    else rest += ms;
  }
  return [main, rest];
}

const articles = buildSyntheticCase({ articles: size, seed: 20201 });
const a = threads();
analyzeCase(articles, { claimsOnly: true });
const b = threads();
let line = `claims cold: main ${b[0] - a[0]} ms, compiler ${b[1] - a[1]} ms`;
if (twice) {
  analyzeCase(articles, { claimsOnly: true });
  const c = threads();
  line += `; warm: main ${c[0] - b[0]} ms, compiler ${c[1] - b[1]} ms`;
}
console.log(line);
