/**
 * Alignment time of one synthetic case (scripts/bench/synthetic.ts) under two option sets, alternating
 * in one process (a shared machine's load moves single runs by ±20 %): the analysis is made once, only
 * alignClaims is timed.
 * Run: node bin/run-ts.mjs scripts/align/time-options.ts [articles] '{"focusWidth":0}' ['{}'] [rounds]
 */
import { buildSyntheticCase } from '../bench/synthetic.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import type { AlignOptions } from '../../src/core/align/index.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';

const [size = '1000', a = '{}', b = '{}', rounds = '3'] = process.argv.slice(2);
const analysis = analyzeCase(buildSyntheticCase({ articles: Number(size) }), { claimsOnly: true });
const entities = resolveEntities(analysis.articles);
const sets = [JSON.parse(a) as AlignOptions, JSON.parse(b) as AlignOptions];
const times: number[][] = [[], []];
for (let r = 0; r < Number(rounds); r++) {
  sets.forEach((options, k) => {
    const t0 = process.cpuUsage();
    const rows = alignClaims(analysis.articles, { entities, ...options });
    const used = process.cpuUsage(t0);
    times[k]!.push((used.user + used.system) / 1000);
    if (r === 0) console.log(`set ${k}: ${rows.length} rows`);
  });
}
sets.forEach((options, k) => console.log(JSON.stringify(options), times[k]!.map((ms) => Math.round(ms)).join(' '), 'ms; median', Math.round([...times[k]!].sort((x, y) => x - y)[times[k]!.length >> 1]!)));
