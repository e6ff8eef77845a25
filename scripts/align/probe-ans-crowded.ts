/**
 * What the pipeline's claims cost rows on the crowded ANS case: the same case aligned with headings
 * kept as units, with attributions dropped (the source and cue stay in the proposition), or both; and
 * the missed / false pairs of a split listed (train only: dev is reported, not read).
 *
 * Run: node bin/run-ts.mjs scripts/align/probe-ans-crowded.ts [train|dev] [alignOptionsJson] [--list]
 */
import { crowdedGold, headlineOfClaim } from '../bench/ans.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { alignClaims } from '../../src/core/align/index.ts';
import type { AlignOptions } from '../../src/core/align/index.ts';
import type { AnalyzedArticle } from '../../src/core/types.ts';

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const align = (process.argv[3] && !process.argv[3].startsWith('--') ? JSON.parse(process.argv[3]) : {}) as AlignOptions;
const { s1, s2, positive } = crowdedGold(split);
const analysis = analyzeCase(
  [
    { id: 's1', raw: s1.join('\n'), format: 'text', language: 'ar' },
    { id: 's2', raw: s2.join('\n'), format: 'text', language: 'ar' },
  ],
  { claimsOnly: true },
);

function score(articles: AnalyzedArticle[], label: string, list = false): void {
  const rows = alignClaims(articles, align);
  const lineOf = headlineOfClaim(articles);
  const joined = new Set<string>();
  for (const row of rows) {
    const left = new Set<string>();
    const right = new Set<string>();
    for (const id of row.claimIds) (id.startsWith('s1:') ? left : right).add(lineOf.get(id)!);
    for (const a of left) for (const b of right) joined.add(`${a}\t${b}`);
  }
  let tp = 0;
  for (const p of joined) if (positive.has(p)) tp++;
  const precision = tp / joined.size;
  const recall = tp / positive.size;
  console.log(label.padEnd(28), (100 * precision).toFixed(1), (100 * recall).toFixed(1), ((200 * precision * recall) / (precision + recall)).toFixed(1), `tp ${tp} fp ${joined.size - tp}`);
  if (list && split === 'train') {
    console.log('-- false');
    for (const p of joined) if (!positive.has(p)) console.log(p);
    console.log('-- missed (* a line without a claim)');
    const claimed = new Set(lineOf.values());
    for (const p of positive) {
      if (joined.has(p)) continue;
      const [a, b] = p.split('\t') as [string, string];
      console.log(`${claimed.has(a) && claimed.has(b) ? ' ' : '*'} ${p}`);
    }
  }
}

const headings = (a: AnalyzedArticle): AnalyzedArticle => ({ ...a, claims: a.claims.map(({ kind, ...c }) => (kind === 'heading' ? c : { ...c, ...(kind ? { kind } : {}) })) });
const unattributed = (a: AnalyzedArticle): AnalyzedArticle => ({ ...a, claims: a.claims.map((c) => ({ ...c, attribution: null })) });
score(analysis.articles, 'pipeline', process.argv.includes('--list'));
score(analysis.articles.map(headings), 'headings as units');
score(analysis.articles.map(unattributed), 'attribution dropped');
score(analysis.articles.map((a) => unattributed(headings(a))), 'both');
