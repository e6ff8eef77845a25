/**
 * A short hash per case of the whole analysis (claims with their attributions, rows, actors): the seeds,
 * the English fixture, a 300-article synthetic case and every dev case (mixed view). A change meant to
 * be a speed-up only must print the same lines before and after.
 * Run: node bin/run-ts.mjs scripts/bench/output-hash.ts > before.txt (then after.txt, and diff them)
 */
import { createHash } from 'node:crypto';
import { devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { loadCase } from '../../fixtures/load.ts';
import { analyzeCase } from '../../src/core/index.ts';
import type { ArticleInput } from '../../src/core/index.ts';
import { buildSyntheticCase } from './synthetic.ts';

const hash = (x: unknown): string => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 10);
const cases: [string, ArticleInput[]][] = [
  ['seeds', loadCase('seeds')],
  ['english', loadCase('english')],
  ['synthetic300', buildSyntheticCase({ articles: 300, seed: 7 })],
];
for (const name of listDevCases()) cases.push([name, devCaseView(loadDevCase(name), 'mixed').inputs]);
for (const [name, inputs] of cases) {
  const analysis = analyzeCase(inputs);
  console.log(name.padEnd(26), 'claims', hash(analysis.articles.map((a) => a.claims)), 'rows', hash(analysis.rows), 'actors', hash(analysis.actors));
}
