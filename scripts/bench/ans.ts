/**
 * Row alignment measured on ANS (Arabic News Stance): headline pairs labelled agree (paraphrase),
 * disagree (contradiction of the same claim) or other (unrelated). Agree and disagree pairs should
 * land in one row, other pairs should not. Each pair becomes a small case: s1 and s2 as two articles of
 * one claim each, plus random distractor headlines from other pairs, so precision also counts rows a
 * distractor wrongly joins. (Not the most similar headlines: ANS holds many pairs on one story, so the
 * nearest "other" headline is usually a true paraphrase, and counting it as false would mislead.)
 *
 * That protocol judges one given pair at a time, which is much easier than what a user meets. The
 * crowded-case protocol (`crowdedAns`) puts every headline of a split into two articles of one case and
 * scores the rows as pairs; `wordOverlapBaseline` is plain word overlap on the same case, for comparison.
 *
 * Run: node bin/run-ts.mjs scripts/bench/ans.ts [dev|train] [alignOptionsJson] [--naive] [--crowded [--baseline]]
 *
 * Tuned on train (threshold 0.2 with IDF^1.5, minShared 2, shortClaim 3, questionPenalty 0.8, 40 bands × 2 rows).
 * Dev, one given pair at a time, 6 random distractors per pair: F1 0.916 before the crowded-case work,
 * 0.913 after it. Crowded case, dev (2026-12-05): rows P 0.827 R 0.730 F1 0.775 (0.637 before), plain
 * word overlap (Jaccard ≥ 0.30, chosen on train) P 0.929 R 0.648 F1 0.764. Many of the crowded case's
 * false joins are one recurring story told on other days ("gold rises as the dollar falls"), which the
 * corpus never pairs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignClaims, alignClaimsNaive } from '../../src/core/align/index.ts';
import { analyzeCase } from '../../src/core/analyze.ts';
import { wordNorms } from '../../src/core/normalize/index.ts';
import type { AlignOptions } from '../../src/core/align/index.ts';
import type { AnalyzedArticle, Row } from '../../src/core/types.ts';
import { prng as random } from '../../fixtures/prng.ts';

// Beside the repository (../shared) or beside a worktree of it (../../shared).
const CORPUS = ['../../../shared/corpora/ans/', '../../../../shared/corpora/ans/']
  .map((path) => new URL(path, import.meta.url))
  .find((url) => existsSync(url)) ?? new URL('../../../shared/corpora/ans/', import.meta.url);

export interface AnsPair {
  s1: string;
  s2: string;
  stance: string;
}

export interface AnsScore {
  split: string;
  pairs: number;
  /** Joined pairs that should be joined / all joined pairs (distractor links count as false). */
  precision: number;
  /** Agree and disagree pairs joined / all of them. */
  recall: number;
  f1: number;
  recallAgree: number;
  recallDisagree: number;
  /** "other" pairs wrongly joined / all of them. */
  otherJoined: number;
  /** Joined pairs involving a distractor. */
  distractorLinks: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface AnsOptions {
  split?: 'dev' | 'train';
  /** Random distractor headlines per case. */
  distractors?: number;
  align?: AlignOptions;
  /** Use only the first `limit` pairs (quick tuning runs). */
  limit?: number;
  /** Compare every pair instead of LSH blocking (to measure what blocking loses). */
  naive?: boolean;
}

/** Reads one ANS split. */
export function readAns(split: 'dev' | 'train'): AnsPair[] {
  const text = readFileSync(new URL(`stance-${split}.csv`, CORPUS), 'utf8');
  return text
    .split(/\r?\n/u)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [s1 = '', s2 = '', stance = ''] = line.split(',');
      return { s1: s1.trim(), s2: s2.trim(), stance: stance.trim() };
    });
}

function article(id: string, text: string): AnalyzedArticle {
  return {
    id,
    language: 'ar',
    format: 'text',
    text,
    claims: [{ id: `${id}:c1`, articleId: id, sentenceIndex: 0, text, start: 0, end: text.length, attribution: null }],
    removed: [],
    warnings: [],
  };
}


/**
 * Pair precision/recall/F1 of alignment on an ANS split.
 * @example const { f1 } = await scoreAns({ split: 'dev' })
 */
export async function scoreAns(options: AnsOptions = {}): Promise<AnsScore> {
  const split = options.split ?? 'dev';
  const nDistractors = options.distractors ?? 6;
  const all = readAns(split);
  const pairs = options.limit ? all.slice(0, options.limit) : all;
  const headlines = [...new Set(all.flatMap((p) => [p.s1, p.s2]))];
  const rand = random(12345);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let agree = 0;
  let agreeJoined = 0;
  let disagree = 0;
  let disagreeJoined = 0;
  let other = 0;
  let otherJoined = 0;
  let distractorLinks = 0;
  for (const pair of pairs) {
    const own = new Set([pair.s1, pair.s2]);
    // Headlines paired with s1 or s2 anywhere in the corpus are the same story: never distractors.
    for (const p of all) if (own.has(p.s1) || own.has(p.s2)) own.add(p.s1).add(p.s2);
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < nDistractors && tries < 100; tries++) {
      const h = headlines[Math.floor(rand() * headlines.length)]!;
      if (!own.has(h)) chosen.add(h);
    }
    const articles = [article('s1', pair.s1), article('s2', pair.s2), ...[...chosen].map((h, k) => article(`d${k}`, h))];
    const rows = (options.naive ? alignClaimsNaive : alignClaims)(articles, options.align ?? {});
    const rowOf = new Map<string, string>();
    for (const row of rows) for (const id of row.claimIds) rowOf.set(id.split(':')[0]!, row.id);
    const joined = rowOf.has('s1') && rowOf.get('s1') === rowOf.get('s2');
    const positive = pair.stance === 'agree' || pair.stance === 'disagree';
    if (positive && joined) tp++;
    if (positive && !joined) fn++;
    if (!positive && joined) fp++;
    if (pair.stance === 'agree') {
      agree++;
      if (joined) agreeJoined++;
    } else if (pair.stance === 'disagree') {
      disagree++;
      if (joined) disagreeJoined++;
    } else {
      other++;
      if (joined) otherJoined++;
    }
    for (const row of rows) {
      const ids = row.claimIds.map((id) => id.split(':')[0]!);
      const withDistractor = ids.filter((id) => id.startsWith('d')).length;
      // Pairs within the row that involve a distractor.
      const links = withDistractor * (ids.length - withDistractor) + (withDistractor * (withDistractor - 1)) / 2;
      distractorLinks += links;
      fp += links;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    split,
    pairs: pairs.length,
    precision: r(precision),
    recall: r(recall),
    f1: r(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    recallAgree: r(agree ? agreeJoined / agree : 0),
    recallDisagree: r(disagree ? disagreeJoined / disagree : 0),
    otherJoined: r(other ? otherJoined / other : 0),
    distractorLinks,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

/** Pair P/R/F1 with counts. */
export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface CrowdedScore extends PairScore {
  split: string;
  /** Distinct headlines in the s1 article and in the s2 article. */
  s1Lines: number;
  s2Lines: number;
  /** Headlines that yielded no claim (dropped by ingest as page furniture): their pairs count as missed. */
  linesWithoutClaim: number;
  /** Cross-article pairs that belong in one row (labelled agree/disagree, closed over shared headlines). */
  goldPairs: number;
  /** Pairs labelled "other" (unrelated) that were joined. */
  otherJoined: number;
  /** Labelled agree / disagree pairs joined, of all of them. */
  recallAgree: number;
  recallDisagree: number;
  rows: number;
  ms: number;
  /** Joined disagree pairs whose row marks one of the two as disagreeing (higher is better). */
  disagreeMarked: number;
  /** Joined agree pairs whose row marks one of the two as disagreeing (false alarms: lower is better). */
  agreeMarked: number;
}

/** Each claim's headline in a crowded case: the trimmed line of the cleaned text it starts on, keyed as `key` says. */
export function headlineOfClaim(
  articles: readonly { id: string; text: string; claims: readonly { id: string; start: number }[] }[],
  key: (article: { id: string }, line: string) => string = (_, line) => line,
): Map<string, string> {
  const lineOfClaim = new Map<string, string>();
  for (const article of articles) {
    const lines = article.text.split('\n');
    const starts: number[] = [];
    let at = 0;
    for (const line of lines) {
      starts.push(at);
      at += line.length + 1;
    }
    for (const claim of article.claims) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > claim.start) k--;
      lineOfClaim.set(claim.id, key(article, lines[k]!.trim()));
    }
  }
  return lineOfClaim;
}

/**
 * The crowded case: one article holds every distinct s1 headline of the split, another every s2
 * (one per line), analysed together as a user would meet them (`analyzeCase`). Gold: headlines
 * labelled agree or disagree belong in one row, and so (by closure) do all headlines linked through
 * them; every other s1×s2 pair, unrelated ("other") or never paired, belongs apart. Predicted: an s1
 * line and an s2 line are joined when claims of theirs share a row.
 * @example const { f1 } = crowdedAns('dev')
 */
export function crowdedAns(split: 'dev' | 'train' = 'dev', align?: AlignOptions, mode: 'pipeline' | 'rows-only' = 'pipeline'): CrowdedScore {
  const { pairs, s1, s2, positive } = crowdedGold(split);
  const started = performance.now();
  // rows-only: one claim per headline, in the outlet's voice (what ingest and attribution do left out).
  const analysis =
    mode === 'rows-only'
      ? { articles: [linesArticle('s1', s1), linesArticle('s2', s2)], rows: [] as Row[] }
      : analyzeCase(
          [
            { id: 's1', raw: s1.join('\n'), format: 'text', language: 'ar' },
            { id: 's2', raw: s2.join('\n'), format: 'text', language: 'ar' },
          ],
          { claimsOnly: true },
        );
  // analyzeCase's own rows, with options to tune by (the same call it makes).
  analysis.rows = alignClaims(analysis.articles, align ?? {});
  const ms = performance.now() - started;
  // Each claim back to its headline: the line of the cleaned text it starts on.
  const lineOfClaim = headlineOfClaim(analysis.articles, (article, line) => `${article.id}\t${line}`);
  const claimed = new Set(lineOfClaim.values());
  const linesWithoutClaim = s1.filter((t) => !claimed.has(`s1\t${t}`)).length + s2.filter((t) => !claimed.has(`s2\t${t}`)).length;
  const joined = new Set<string>();
  // Per joined pair: whether the row marks exactly one of the two as disagreeing.
  const marked = new Map<string, boolean>();
  for (const row of analysis.rows) {
    const off = new Set((row.disagreeing ?? []).map((id) => lineOfClaim.get(id)));
    const sides = new Map<string, boolean>();
    for (const id of row.claimIds) {
      const line = lineOfClaim.get(id);
      if (line) sides.set(line, off.has(line));
    }
    for (const [a, offA] of sides) {
      if (!a.startsWith('s1\t')) continue;
      for (const [b, offB] of sides) if (b.startsWith('s2\t')) marked.set(`${a.slice(3)}\t${b.slice(3)}`, offA !== offB);
    }
    const left = new Set<string>();
    const right = new Set<string>();
    for (const id of row.claimIds) {
      const line = lineOfClaim.get(id);
      if (!line) continue;
      const [article, text] = line.split('\t') as [string, string];
      (article === 's1' ? left : right).add(text);
    }
    for (const a of left) for (const b of right) joined.add(`${a}\t${b}`);
  }
  const score = pairScore(joined, positive);
  const recallOf = (stance: string): number => {
    const labelled = pairs.filter((p) => p.stance === stance);
    return round(labelled.length ? labelled.filter((p) => joined.has(`${p.s1}\t${p.s2}`)).length / labelled.length : 0);
  };
  const joinedOf = (stance: string): AnsPair[] => pairs.filter((p) => p.stance === stance && joined.has(`${p.s1}\t${p.s2}`));
  const share = (list: AnsPair[], want: boolean): number => round(list.length ? list.filter((p) => marked.get(`${p.s1}\t${p.s2}`) === want).length / list.length : 0);
  return {
    split,
    ...score,
    disagreeMarked: share(joinedOf('disagree'), true),
    agreeMarked: share(joinedOf('agree'), true),
    s1Lines: s1.length,
    s2Lines: s2.length,
    linesWithoutClaim,
    goldPairs: positive.size,
    otherJoined: pairs.filter((p) => p.stance === 'other' && joined.has(`${p.s1}\t${p.s2}`)).length,
    recallAgree: recallOf('agree'),
    recallDisagree: recallOf('disagree'),
    rows: analysis.rows.length,
    ms: Math.round(ms),
  };
}

function linesArticle(id: string, lines: readonly string[]): AnalyzedArticle {
  const text = lines.join('\n');
  let at = 0;
  const claims = lines.map((line, n) => {
    const claim = { id: `${id}:c${n + 1}`, articleId: id, sentenceIndex: n, text: line, start: at, end: at + line.length, attribution: null };
    at += line.length + 1;
    return claim;
  });
  return { id, language: 'ar', format: 'text', text, claims, removed: [], warnings: [] };
}

/** The crowded case's lines and its gold pairs ("s1 text\ts2 text"). */
export function crowdedGold(split: 'dev' | 'train'): { pairs: AnsPair[]; s1: string[]; s2: string[]; positive: Set<string> } {
  const pairs = readAns(split);
  const s1 = [...new Set(pairs.map((p) => p.s1))];
  const s2 = [...new Set(pairs.map((p) => p.s2))];
  // Headlines as nodes (one text is one node wherever it stands); agree/disagree pairs link them.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) if (p.stance === 'agree' || p.stance === 'disagree') parent.set(find(p.s1), find(p.s2));
  const members = new Map<string, { left: string[]; right: string[] }>();
  const s1Set = new Set(s1);
  const s2Set = new Set(s2);
  for (const text of new Set([...s1, ...s2])) {
    const root = find(text);
    let m = members.get(root);
    if (!m) members.set(root, (m = { left: [], right: [] }));
    if (s1Set.has(text)) m.left.push(text);
    if (s2Set.has(text)) m.right.push(text);
  }
  const positive = new Set<string>();
  for (const { left, right } of members.values()) for (const a of left) for (const b of right) positive.add(`${a}\t${b}`);
  return { pairs, s1, s2, positive };
}

function pairScore(joined: ReadonlySet<string>, positive: ReadonlySet<string>): PairScore {
  let tp = 0;
  for (const pair of joined) if (positive.has(pair)) tp++;
  const fp = joined.size - tp;
  const fn = positive.size - tp;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Jaccard of two sorted-free word sets. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** Every s1×s2 pair of the crowded case with the Jaccard similarity of their folded word sets (pairs at 0 left out). */
function overlapPairs(split: 'dev' | 'train'): { similarities: Map<string, number>; positive: Set<string> } {
  const { s1, s2, positive } = crowdedGold(split);
  const sets = (lines: string[]): Set<string>[] => lines.map((line) => new Set(wordNorms(line, 'ar')));
  const left = sets(s1);
  const right = sets(s2);
  const similarities = new Map<string, number>();
  for (let i = 0; i < s1.length; i++) {
    for (let j = 0; j < s2.length; j++) {
      const x = jaccard(left[i]!, right[j]!);
      if (x > 0) similarities.set(`${s1[i]}\t${s2[j]}`, x);
    }
  }
  return { similarities, positive };
}

const joinedAt = (similarities: ReadonlyMap<string, number>, threshold: number): Set<string> =>
  new Set([...similarities].filter(([, x]) => x >= threshold).map(([pair]) => pair));

/**
 * The plain baseline on the crowded case: an s1 and an s2 headline are joined when the Jaccard
 * similarity of their folded word sets reaches a threshold (all pairs compared; no stemming, no stop
 * words dropped, no grouping). The threshold is the one with the best pair F1 on ANS train, never dev.
 */
export function wordOverlapBaseline(split: 'dev' | 'train'): PairScore & { threshold: number } {
  const train = overlapPairs('train');
  let threshold = 0.5;
  let best = -1;
  for (let t = 10; t <= 90; t += 5) {
    const { f1 } = pairScore(joinedAt(train.similarities, t / 100), train.positive);
    if (f1 > best) [best, threshold] = [f1, t / 100];
  }
  const target = split === 'train' ? train : overlapPairs(split);
  return { threshold, ...pairScore(joinedAt(target.similarities, threshold), target.positive) };
}

/**
 * The crowded-case row figures for bench:quality: rows on the crowded ANS dev case, and the
 * word-overlap baseline on the same case (threshold from train) beside them.
 */
export function scoreAnsCrowded(): { crowded: CrowdedScore; wordOverlapBaseline: PairScore & { threshold: number } } {
  return { crowded: crowdedAns('dev'), wordOverlapBaseline: wordOverlapBaseline('dev') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const split = process.argv[2] === 'train' ? 'train' : 'dev';
  const align = process.argv[3] && !process.argv[3].startsWith('--') ? (JSON.parse(process.argv[3]) as AlignOptions) : {};
  const naive = process.argv.includes('--naive');
  if (process.argv.includes('--crowded')) {
    console.log(JSON.stringify(crowdedAns(split, align, process.argv.includes('--rows-only') ? 'rows-only' : 'pipeline'), null, 2));
    if (process.argv.includes('--baseline')) console.log(JSON.stringify(wordOverlapBaseline(split), null, 2));
    process.exit(0);
  }
  const started = performance.now();
  const score = await scoreAns({ split, align, naive });
  console.log(JSON.stringify({ ...score, ms: Math.round(performance.now() - started) }, null, 2));
}
