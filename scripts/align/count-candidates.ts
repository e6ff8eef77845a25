/**
 * Candidate pairs per article that blocking proposes on one synthetic case (scripts/bench/synthetic.ts)
 * under each option set given, and the CPU time of blocking alone (alternating, medians): what a second
 * blocking index costs in pairs to score.
 * Run: node bin/run-ts.mjs scripts/align/count-candidates.ts [articles] '{}' '{"keyTerms":6}' [rounds]
 */
import { buildSyntheticCase } from '../bench/synthetic.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import type { AlignOptions } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';

const argv = process.argv.slice(2);
const size = Number(argv[0] ?? 1000);
const sets = argv.filter((a) => a.startsWith('{')).map((a) => JSON.parse(a) as AlignOptions);
if (sets.length === 0) sets.push({});
const rounds = Number(argv.find((a, k) => k > 0 && /^\d+$/u.test(a)) ?? 3);
const analysis = analyzeCase(buildSyntheticCase({ articles: size }), { claimsOnly: true });
const entities = resolveEntities(analysis.articles);
const prepared = sets.map((options) => prepareCase(analysis.articles, { entities, ...options }));
const times: number[][] = sets.map(() => []);
for (let r = 0; r < rounds; r++) {
  prepared.forEach((p, k) => {
    const t0 = process.cpuUsage();
    const pairs = blockedCandidates(p).length >> 1;
    const used = process.cpuUsage(t0);
    times[k]!.push((used.user + used.system) / 1000);
    if (r === 0) console.log(`${JSON.stringify(sets[k])}: ${p.claims.length} units, ${pairs} candidate pairs (${(pairs / size).toFixed(1)} per article, ${(pairs / p.claims.length).toFixed(2)} per unit)`);
  });
}
sets.forEach((options, k) => console.log(JSON.stringify(options), 'blocking ms', times[k]!.map((ms) => Math.round(ms)).join(' '), '; median', Math.round([...times[k]!].sort((x, y) => x - y)[times[k]!.length >> 1]!)));
