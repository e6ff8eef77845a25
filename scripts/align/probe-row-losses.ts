/**
 * Where grouping loses the annotated pairs of the *tuned* dev cases, one language at a time. Pair P / R / F1
 * (the bench's measure) of four stages: (i) the join edges (candidate unit pairs the join score passes, each
 * a row of two), (ii) the grouped rows of units (before one row per claim), (iii) the placed rows (one row
 * per claim), (iv) the final rows (lone claims attached). Then each annotated pair an earlier stage holds and
 * a later one loses, by the step that parted it: the merge refused (same-article rule or anti-chaining guard,
 * by the sizes of the two clusters), the claim shown in another row, the row dropped (one outlet left), or
 * the sentence's other clause shown. Unseen cases are never read.
 * Run: node bin/run-ts.mjs scripts/align/probe-row-losses.ts [--show=CAUSE-PREFIX] [--second] [--lone] [--never] ['{…align options}']
 * (--second, --lone and --never: see secondRows, loneRefusal and neverCause below; with --never, --show
 * prints the never-edge pairs whose split starts with the prefix, with their best units and score).
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { clustersFromCandidates, prepareCase, rowsFromCandidates } from '../../src/core/align/prepare.ts';
import type { PreparedCase } from '../../src/core/align/prepare.ts';
import { placeClaims } from '../../src/core/align/place.ts';
import type { Row } from '../../src/core/types.ts';
import { contentTerms } from '../../src/core/align/terms.ts';
import { covers, scoreAlignment } from '../bench/score.ts';
import { annotatedTogether, forEachTunedView, Tally } from './tuned-pairs.ts';
import type { TunedView } from './tuned-pairs.ts';

const show = process.argv.find((a) => a.startsWith('--show='))?.slice('--show='.length);
const json = process.argv.slice(2).find((a) => a.startsWith('{'));
const options = json ? JSON.parse(json) : {};

const second = process.argv.includes('--second');
const secondTally = new Tally();

/**
 * With --second: the rows a claim would also stand in if a claim of several units stood in each row its
 * units joined (one row per claim off), the pairs each such extra placement adds, true / false, by how
 * its unit fits there (best cross-outlet score, outlets matched at the join threshold, whether the row
 * lives with one row per claim).
 */
function secondRows(p: PreparedCase, clusters: number[][], placed: number[][], rowsOfClaim: Map<string, Set<string>>): void {
  const shownIn = new Map<string, Set<number>>();
  const clusterOfPlaced = placed.map((units) => clusters.findIndex((c) => c.includes(units[0]!)));
  placed.forEach((units, r) => units.forEach((u) => (shownIn.get(p.claims[u]!.id) ?? shownIn.set(p.claims[u]!.id, new Set()).get(p.claims[u]!.id)!).add(clusterOfPlaced[r]!)));
  clusters.forEach((members, k) => {
    const lives = clusterOfPlaced.includes(k);
    const done = new Set<string>();
    for (const m of members) {
      const id = p.claims[m]!.id;
      if (done.has(id) || shownIn.get(id)?.has(k) || !shownIn.has(id)) continue;
      done.add(id);
      const others = members.filter((w) => p.group[w] !== p.group[m]);
      const best = Math.max(0, ...others.map((w) => p.score(m, w)));
      const outlets = new Set(others.filter((w) => p.joinScore(m, w) >= p.joinThreshold).map((w) => p.group[w])).size;
      const key = `row ${lives ? 'lives' : 'dies'} best ${best >= 0.4 ? '≥.4' : best >= 0.25 ? '.25–.4' : '<.25'} edges to ${outlets >= 2 ? '2+' : outlets} outlets`;
      for (const w of others) {
        const together = annotatedTogether(rowsOfClaim, id, p.claims[w]!.id);
        if (together !== undefined) secondTally.add(key, together);
      }
    }
  });
}

const lone = process.argv.includes('--lone');
const loneTally = new Tally();
const loneSeen = new Set<string>();
/** Tallies under `key` the pair of units x and w (once over the run, whichever refusal meets it first). */
function tallyLonePair(p: PreparedCase, x: number, w: number, key: string, rowsOfClaim: TunedView['rowsOfClaim']): void {
  const pair = [p.claims[x]!.id, p.claims[w]!.id].sort().join('|');
  if (loneSeen.has(pair)) return;
  loneSeen.add(pair);
  const together = annotatedTogether(rowsOfClaim, p.claims[x]!.id, p.claims[w]!.id);
  if (together !== undefined) loneTally.add(key, together);
}

/**
 * With --lone: a lone claim the same-article rule kept out of a row, the pairs the merge would add (true /
 * false, each pair once), by how broadly it matches the row's other outlets against its own outlet's claim there.
 */
function loneRefusal(p: PreparedCase, x: number, row: readonly number[], rowsOfClaim: Map<string, Set<string>>): void {
  const outletsMatched = (u: number): number => new Set(row.filter((w) => p.group[w] !== p.group[x] && p.joinScore(u, w) >= p.joinThreshold).map((w) => p.group[w])).size;
  const others = new Set(row.filter((w) => p.group[w] !== p.group[x]).map((w) => p.group[w])).size;
  const own = row.filter((w) => p.group[w] === p.group[x]);
  const mine = outletsMatched(x);
  const theirs = Math.max(...own.map(outletsMatched));
  const self = Math.max(...own.map((y) => p.groupScore(x, y)));
  const key = `x ${mine >= theirs ? '≥' : '<'} own · x matches ${mine === others ? 'all' : mine * 2 >= others ? 'half+' : 'under half'} of ${others >= 3 ? '3+' : others} · self ${self >= 0.25 ? '≥.25' : self >= 0.1 ? '.1–.25' : '<.1'}`;
  for (const w of row) if (p.group[w] !== p.group[x]) tallyLonePair(p, x, w, key, rowsOfClaim);
}

/** With --lone: two rows of two or more the same-article rule kept apart, by the edges across them and how the shared outlets' claims match. */
function rowsRefusal(p: PreparedCase, l: readonly number[], r: readonly number[], rowsOfClaim: Map<string, Set<string>>): void {
  let cross = 0;
  let edges = 0;
  let self = 1;
  for (const x of l) for (const y of r) {
    if (p.group[x] === p.group[y]) {
      self = Math.min(self, Math.max(...r.filter((w) => p.group[w] === p.group[x]).map((w) => p.groupScore(x, w))));
      continue;
    }
    cross++;
    if (p.joinScore(x, y) >= p.joinThreshold) edges++;
  }
  const share = edges / Math.max(1, cross);
  const key = `rows: edges across ${share >= 0.5 ? '≥.5' : share >= 0.25 ? '.25–.5' : '<.25'} · shared outlets' self-match min ${self >= 0.25 ? '≥.25' : self >= 0.1 ? '.1–.25' : '<.1'}`;
  for (const x of l) for (const y of r) if (p.group[x] !== p.group[y]) tallyLonePair(p, x, y, key, rowsOfClaim);
}

const never = process.argv.includes('--never');
const neverCounts = new Map<string, number>();

/**
 * With --never: where an annotated pair that is never an edge stops. Blocking: a unit pair of it would
 * join (join score at the threshold) but is never proposed. A gate: the best word score reaches the
 * threshold and the join score refuses it — the gate named by which one, switched off, lets it in
 * (`ungated`, prepared lazily). Else the band of the best word score (rescue band 0.15–0.25: frames,
 * windows and clauses refused it), and whether blocking proposes any of its unit pairs.
 */
function neverCause(p: PreparedCase, cross: readonly (readonly [number, number])[], isCandidate: (u: number, v: number) => boolean, ungated: () => [string, PreparedCase][]): { cause: string; best: readonly [number, number]; s: number } {
  let best = cross[0]!;
  let s = -1;
  for (const [u, v] of cross) {
    const x = p.score(u, v);
    if (x > s) [s, best] = [x, [u, v]];
  }
  if (cross.some(([u, v]) => p.joinScore(u, v) >= p.joinThreshold)) return { cause: 'blocking: would join, never proposed', best, s };
  const proposed = cross.some(([u, v]) => isCandidate(u, v)) ? 'proposed' : 'not proposed';
  if (s >= p.options.threshold) {
    const gate = ungated().find(([, q]) => cross.some(([u, v]) => q.joinScore(u, v) >= q.joinThreshold))?.[0] ?? 'several gates';
    return { cause: `gate: ${gate} (${proposed})`, best, s };
  }
  const band = s >= p.options.rescueThreshold ? '0.15–0.25' : s >= 0.08 ? '0.08–0.15' : s > 0 ? '0–0.08' : '0 (no shared term)';
  return { cause: `score ${band} (${proposed})`, best, s };
}

const STAGES = ['edges', 'units', 'placed', 'final'] as const;
type Stage = (typeof STAGES)[number];
const counts = new Map<string, { predicted: number; correct: number; gold: number; found: number }>();
const causes = new Map<string, number>();
const add = (key: string): void => void causes.set(key, (causes.get(key) ?? 0) + 1);

/** Every claim id a unit stands for (a sentence with participle clauses stands for each). */
const idsOf = (p: PreparedCase, u: number): string[] => [p.claims[u]!.id, ...(p.clauses[u]?.claims.slice(1).map((c) => c.id) ?? [])];

const size = (n: number): string => (n === 1 ? '1' : n === 2 ? '2' : '3+');

forEachTunedView(options, ({ name, lang, analysis, entities, prepared, annotatedRows, rowsOfClaim }) => {
  const p = prepared;
  const n = p.claims.length;
  const candidates = blockedCandidates(p);
  const edges: [number, number][] = [];
  const edgeSet = new Set<number>();
  for (let k = 0; k + 1 < candidates.length; k += 2) {
    const [u, v] = [Math.min(candidates[k]!, candidates[k + 1]!), Math.max(candidates[k]!, candidates[k + 1]!)];
    if (p.joinScore(u, v) < p.joinThreshold) continue;
    edges.push([u, v]);
    edgeSet.add(u * n + v);
  }
  // Refusals in the order grouping met them (the two sides copied: clusters grow after).
  const refusals: { left: Set<number>; right: Set<number>; sizes: string; why: string }[] = [];
  const clusters = clustersFromCandidates(p, candidates, undefined, (l, r, _s, why) => {
    refusals.push({ left: new Set(l), right: new Set(r), sizes: [size(l.length), size(r.length)].sort().join('/'), why });
    if (lone && why === 'same article' && Math.min(l.length, r.length) === 1) loneRefusal(p, l.length === 1 ? l[0]! : r[0]!, l.length === 1 ? r : l, rowsOfClaim);
    if (lone && why === 'same article' && Math.min(l.length, r.length) >= 2) rowsRefusal(p, l, r, rowsOfClaim);
  });
  const candidateSet = new Set<number>();
  for (let k = 0; k + 1 < candidates.length; k += 2) candidateSet.add(Math.min(candidates[k]!, candidates[k + 1]!) * n + Math.max(candidates[k]!, candidates[k + 1]!));
  let gates: [string, PreparedCase][] | null = null;
  // Each gate switched off alone (unit order unchanged: only thresholds move).
  const ungated = (): [string, PreparedCase][] =>
    (gates ??= (
      [
        ['speakers of other stances', { speakerStance: 0 }],
        ['named beside anonymous speaker (floor 0.4)', { speakerFloor: 0 }],
        ['heading threshold', { headingThreshold: 0 }],
        ['headline threshold or shared word/entity', { titles: { ...p.options.titles, threshold: 0, sharedWord: false, sharedEntity: false } }],
      ] as const
    ).map(([name, o]) => [name, prepareCase(analysis.articles, { ...options, entities, ...o })]));
  const placedUnits = placeClaims(clusters, p.claims, p.group, p.score, p.options);
  const placedRows = rowsFromCandidates(p, analysis.articles, candidates);
  const clusterOf = new Int32Array(n).fill(-1);
  clusters.forEach((c, k) => c.forEach((u) => (clusterOf[u] = k)));
  // Per placed row, its cluster, and per unit the placed row and claim id it is shown as.
  const shownAs = new Map<number, { row: number; id: string }>();
  placedUnits.forEach((units, r) => units.forEach((u, k) => shownAs.set(u, { row: r, id: placedRows[r]!.claimIds[k]! })));
  const placedRowOfCluster = new Map<number, number>();
  placedUnits.forEach((units, r) => placedRowOfCluster.set(clusterOf[units[0]!]!, r));

  const rowsOf = (rows: readonly { claimIds: readonly string[] }[]): Map<string, Set<number>> => {
    const m = new Map<string, Set<number>>();
    rows.forEach((row, r) => row.claimIds.forEach((id) => (m.get(id) ?? m.set(id, new Set()).get(id)!).add(r)));
    return m;
  };
  const asRows = (lists: number[][]): Row[] =>
    lists.map((units, r) => ({ id: `x${r}`, claimIds: [...new Set(units.flatMap((u) => idsOf(p, u)))], missingFrom: [] }));
  const stageRows: Record<Stage, Row[]> = {
    edges: asRows(edges),
    units: asRows(clusters),
    placed: placedRows,
    final: analysis.rows,
  };
  // Precision as the bench counts it (its recall is the pair tally below, which also finds the causes).
  for (const stage of STAGES) {
    const { pairs } = scoreAlignment({ ...analysis, rows: stageRows[stage] }, { rows: annotatedRows, distinct: [] } as never);
    const c = counts.get(`${lang} ${stage}`) ?? counts.set(`${lang} ${stage}`, { predicted: 0, correct: 0, gold: 0, found: 0 }).get(`${lang} ${stage}`)!;
    c.predicted += pairs.predicted;
    c.correct += pairs.correct;
  }
  if (second) secondRows(p, clusters, placedUnits, rowsOfClaim);
  const together: Record<Stage, Map<string, Set<number>>> = { edges: new Map(), units: new Map(), placed: rowsOf(placedRows), final: rowsOf(analysis.rows) };
  const unitsOfClaim = new Map<string, number[]>();
  for (let u = 0; u < n; u++) for (const id of idsOf(p, u)) (unitsOfClaim.get(id) ?? unitsOfClaim.set(id, []).get(id)!).push(u);
  const articleClaims = new Map(analysis.articles.map((a) => [a.id, a.claims]));
  for (const row of annotatedRows) {
    const cov = row.members.map((m) => ({ m, ids: (articleClaims.get(m.articleId) ?? []).filter((c) => covers(c.text, m.claim)).map((c) => c.id) }));
    for (let x = 0; x < cov.length; x++) {
      for (let y = x + 1; y < cov.length; y++) {
        const A = cov[x]!;
        const B = cov[y]!;
        if (A.m.articleId === B.m.articleId) continue;
        const uA = A.ids.flatMap((id) => unitsOfClaim.get(id) ?? []);
        const uB = B.ids.flatMap((id) => unitsOfClaim.get(id) ?? []);
        const cross = uA.flatMap((u) => uB.map((v) => [Math.min(u, v), Math.max(u, v)] as const));
        const held: Record<Stage, boolean> = {
          edges: cross.some(([u, v]) => edgeSet.has(u * n + v)),
          units: cross.some(([u, v]) => clusterOf[u]! >= 0 && clusterOf[u] === clusterOf[v]),
          placed: A.ids.some((a) => B.ids.some((b) => [...(together.placed.get(a) ?? [])].some((r) => together.placed.get(b)?.has(r)))),
          final: A.ids.some((a) => B.ids.some((b) => [...(together.final.get(a) ?? [])].some((r) => together.final.get(b)?.has(r)))),
        };
        for (const stage of STAGES) {
          const c = counts.get(`${lang} ${stage}`)!;
          c.gold++;
          if (held[stage]) c.found++;
        }
        let cause: string;
        if (held.final && !held.placed) cause = 'found: by attachment';
        else if (held.final) cause = 'found';
        else if (held.units) cause = `lost after grouping: ${placementCause(cross)}`;
        else if (held.edges) cause = `lost at grouping: ${refusalCause(cross)}`;
        else cause = uA.length && uB.length ? 'never an edge (score, blocking)' : 'a member has no claim';
        add(`${lang} ${cause}`);
        if (never && cause.startsWith('never')) {
          const why = neverCause(p, cross, (u, v) => candidateSet.has(u * n + v), ungated);
          neverCounts.set(`${lang} ${why.cause}`, (neverCounts.get(`${lang} ${why.cause}`) ?? 0) + 1);
          // Lost to the score: do the two members share the proposition's words (the host dilutes them) or not (paraphrase)?
          if (why.cause.startsWith('score')) {
            const keys = (text: string): Set<string> => new Set(contentTerms(text, lang).map((t) => t.stem));
            const b = keys(B.m.claim);
            const shared = [...keys(A.m.claim)].filter((k) => b.has(k)).length;
            const key = `${lang} score: members share ${shared >= 2 ? '≥ 2 keys' : shared === 1 ? '1 key' : 'no key'}`;
            neverCounts.set(key, (neverCounts.get(key) ?? 0) + 1);
          }
          if (show && why.cause.startsWith(show)) {
            const [u, v] = why.best;
            console.log(`[${why.cause}] ${name} ${lang} ${row.id} best ${why.s.toFixed(3)}\n   A ${A.m.claim.slice(0, 160)}\n   B ${B.m.claim.slice(0, 160)}\n   a ${p.claims[u]!.text.slice(0, 200)}\n   b ${p.claims[v]!.text.slice(0, 200)}`);
          }
        }
        add(`${lang} · edge ${held.edges ? 'yes' : 'no'}, final ${held.final ? 'yes' : 'no'}`);
        if (show && cause.startsWith(show)) console.log(`[${cause}] ${name} ${lang} ${row.id}\n   A ${A.m.claim.slice(0, 140)}\n   B ${B.m.claim.slice(0, 140)}`);
      }
    }
  }

  /** Why a pair one cluster held is not in one placed row. */
  function placementCause(cross: readonly (readonly [number, number])[]): string {
    const [u, v] = cross.find(([a, b]) => clusterOf[a]! >= 0 && clusterOf[a] === clusterOf[b])!;
    const r = placedRowOfCluster.get(clusterOf[u]!);
    if (r === undefined) return 'row dropped (one outlet left)';
    const su = shownAs.get(u);
    const sv = shownAs.get(v);
    const away = (s: typeof su): string => (s === undefined ? 'shown nowhere' : s.row !== r ? 'shown in another row' : 'here');
    const where = [away(su), away(sv)];
    if (where.every((w) => w === 'here')) return 'the sentence\'s other clause shown';
    const moved = where.filter((w) => w !== 'here');
    return `one row per claim: ${moved.join(' + ')}`;
  }

  /** Why grouping kept apart the pair an edge joins: the first refusal between sides holding its units. */
  function refusalCause(cross: readonly (readonly [number, number])[]): string {
    for (const r of refusals) {
      if (cross.some(([u, v]) => edgeSet.has(u * n + v) && ((r.left.has(u) && r.right.has(v)) || (r.left.has(v) && r.right.has(u))))) return `${r.why} (sides ${r.sizes})`;
    }
    return 'no refusal seen (settled)';
  }
});

console.log('stage P / R / F1 (pairs of claims across outlets)');
for (const [key, c] of [...counts].sort()) {
  const P = c.predicted ? c.correct / c.predicted : 0;
  const R = c.gold ? c.found / c.gold : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(key.padEnd(12), `${(100 * P).toFixed(1)} / ${(100 * R).toFixed(1)} / ${(100 * F).toFixed(1)}`, `(${c.correct}/${c.predicted} predicted, ${c.found}/${c.gold} annotated)`);
}
console.log('\nannotated pairs by where they end');
for (const [k, v] of [...causes].sort()) console.log(String(v).padStart(5), k);
if (never) {
  console.log('\nnever an edge: where the pair stops');
  for (const [k, v] of [...neverCounts].sort()) console.log(String(v).padStart(5), k);
}
if (second) {
  console.log('\nextra placements (one row per claim off): pairs added');
  secondTally.print(50);
}
if (lone) {
  console.log('\nlone claims the same-article rule refused: pairs the merge would add');
  loneTally.print(60);
}
