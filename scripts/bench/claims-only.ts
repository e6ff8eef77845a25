/** CPU of the claims stage alone (ingest + attribution) on a synthetic case, after a 50-article warm-up; for profiling. Run: node --single-threaded-gc bin/run-ts.mjs scripts/bench/claims-only.ts [articles] */
import { analyzeCase } from '../../src/core/analyze.ts';
import { buildSyntheticCase } from './synthetic.ts';
const size = Number(process.argv[2] ?? 500);
const inputs = buildSyntheticCase({ articles: size, seed: 20201 });
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
analyzeCase(inputs.slice(0, 50), { claimsOnly: true });
const t = cpu();
analyzeCase(inputs, { claimsOnly: true });
console.log('claims ms', Math.round(cpu() - t));
