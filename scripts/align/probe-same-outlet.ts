/**
 * Merges of two clusters of the *tuned* dev cases that grouping's same-article rule refuses (both hold a
 * claim of one outlet), tallied by how that outlet's claims on the two sides relate: how well they match
 * each other, one sentence or two, a headline on one side, a report beside a quote. Per candidate rule
 * (every shared outlet's claims pass it), the annotated pairs across articles the merge would add, true /
 * false. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-same-outlet.ts [--show=RULE] ['{…align options}']
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates } from '../../src/core/align/prepare.ts';
import type { PreparedCase } from '../../src/core/align/prepare.ts';
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';

const show = process.argv.find((a) => a.startsWith('--show='))?.slice('--show='.length);
const json = process.argv.slice(2).find((a) => a.startsWith('{'));
const options = json ? JSON.parse(json) : {};

/** How claim x relates to its outlet's claim y on the other side: the rules it passes. */
function relations(p: PreparedCase, x: number, y: number, others: readonly number[]): string[] {
  const cx = p.claims[x]!;
  const cy = p.claims[y]!;
  const self = p.groupScore(x, y);
  const best = Math.max(0, ...others.filter((w) => p.group[w] !== p.group[x]).map((w) => p.groupScore(x, w)));
  const out: string[] = [];
  if (cx.sentenceIndex === cy.sentenceIndex) return [cx.id === cy.id ? 'one-claim' : 'one-sentence'];
  for (const t of [0.2, 0.25, 0.3, 0.4]) if (self >= t) out.push(`self≥${t}`);
  for (const t of [0.15, 0.2, 0.25]) if (self >= 0.2 && best >= t) out.push(`self≥0.2+other≥${t}`);
  if (self >= 0.25 && best >= 0.15) out.push('self≥0.25+other≥0.15');
  if (p.titleUnits[x] || p.titleUnits[y]) {
    out.push('title');
    if (best >= 0.2) out.push('title+other≥0.2');
    if (self >= 0.1) out.push('title+self≥0.1');
  }
  const voice = (c: typeof cx): string => (c.attribution ? c.attribution.quote : 'own');
  if (voice(cx) !== voice(cy) && (voice(cx) === 'direct' || voice(cy) === 'direct')) {
    out.push('report+quote');
    if (self >= 0.2) out.push('report+quote+self≥0.2');
  }
  return out;
}

const tally = new Tally();
const seen = new Map<string, Set<string>>();
forEachTunedView(options, ({ name, lang, prepared, rowsOfClaim }) => {
  const { group, claims } = prepared;
  clustersFromCandidates(prepared, blockedCandidates(prepared), undefined, (left, right, _score, why) => {
    if (why !== 'same article') return;
    // Rules every shared outlet's claim passes (some claim of its outlet on the other side).
    let passed = null as Set<string> | null;
    const small = left.length <= right.length ? left : right;
    const big = small === left ? right : left;
    for (const x of small) {
      const own = big.filter((y) => group[y] === group[x]);
      if (own.length === 0) continue;
      const rules = new Set(own.flatMap((y) => relations(prepared, x, y, big)));
      passed = passed ? new Set([...passed].filter((r) => rules.has(r))) : rules;
    }
    const keys = ['any', ...(passed ?? [])].flatMap((k) => [k, `${k} small=${Math.min(small.length, 3)}`]);
    for (const a of left) for (const b of right) {
      if (group[a] === group[b]) continue;
      const positive = annotatedTogether(rowsOfClaim, claims[a]!.id, claims[b]!.id);
      if (positive === undefined) continue;
      const id = `${name} ${lang} ${[claims[a]!.id, claims[b]!.id].sort().join(' ')}`;
      for (const key of keys) {
        const s = seen.get(key) ?? seen.set(key, new Set()).get(key)!;
        if (s.has(id)) continue;
        s.add(id);
        tally.add(`${lang} ${key}`, positive);
        tally.add(`all ${key}`, positive);
        if (show && key === show) console.log(`${positive ? 'TRUE ' : 'FALSE'} ${name} ${lang}\n   ${claims[a]!.text.slice(0, 110)}\n   ${claims[b]!.text.slice(0, 110)}`);
      }
    }
  });
});
tally.print(36);
