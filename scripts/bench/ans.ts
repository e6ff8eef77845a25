/**
 * Row alignment measured on ANS (Arabic News Stance): headline pairs labelled agree (paraphrase),
 * disagree (contradiction of the same claim) or other (unrelated). Agree and disagree pairs should
 * land in one row, other pairs should not. Each pair becomes a small case: s1 and s2 as two articles of
 * one claim each, plus random distractor headlines from other pairs, so precision also counts rows a
 * distractor wrongly joins. (Not the most similar headlines: ANS holds many pairs on one story, so the
 * nearest "other" headline is usually a true paraphrase, and counting it as false would mislead.)
 *
 * Run: node bin/run-ts.mjs scripts/bench/ans.ts [dev|train] [alignOptionsJson] [--naive]
 *
 * Tuned on train (threshold 0.2 with IDF^1.5, minShared 2, shortClaim 3, questionPenalty 0.8, 40 bands × 2 rows).
 * Dev, 6 random distractors per pair: P 0.952, R 0.882, F1 0.916 (all-pairs oracle: F1 0.915).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignClaims, alignClaimsNaive } from '../../src/core/align/index.ts';
import type { AlignOptions } from '../../src/core/align/index.ts';
import type { AnalyzedArticle } from '../../src/core/types.ts';
import { prng as random } from '../../fixtures/prng.ts';

const CORPUS = new URL('../../../shared/corpora/ans/', import.meta.url);

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const split = process.argv[2] === 'train' ? 'train' : 'dev';
  const align = process.argv[3] && process.argv[3] !== '--naive' ? (JSON.parse(process.argv[3]) as AlignOptions) : {};
  const naive = process.argv.includes('--naive');
  const started = performance.now();
  const score = await scoreAns({ split, align, naive });
  console.log(JSON.stringify({ ...score, ms: Math.round(performance.now() - started) }, null, 2));
}
