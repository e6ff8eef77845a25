/**
 * What the blocked and the naive aligners share: claims to vectors, the pair score, and clusters to
 * rows. Only the choice of candidate pairs differs between them.
 */
import { wordTokens } from '../normalize/index.ts';
import type { Token } from '../normalize/index.ts';
import type { AnalyzedArticle, Claim, Row } from '../types.ts';
import { groupPairs } from './group.ts';
import type { ScoredPair } from './group.ts';
import { addKnownWords, termsOfTokens } from './terms.ts';
import type { Term } from './terms.ts';
import { buildVectors, cosine, numbersConflict } from './vectors.ts';
import type { VectorSpace } from './vectors.ts';

export interface AlignOptions {
  /** Minimum pair score to put two claims in one row (0..1). */
  threshold?: number;
  /** Anti-chaining guard: a row member must match some claim of each other article at least this well. */
  linkThreshold?: number;
  /** Weight of character-trigram cosine blended into the word score (0: words only). */
  charWeight?: number;
  /** Content terms two claims must share to score above 0. */
  minShared?: number;
  /** Factor applied to the score when both claims state numbers and share none (2019 vs 2020). */
  numberPenalty?: number;
  /** LSH bands and rows per band (signature size = bands × rows). */
  bands?: number;
  rows?: number;
  /** LSH bucket size beyond which members are linked to the first ones only. */
  maxBucket?: number;
  /** Terms in more than this share of the case's claims are left out of the LSH sets (not the score). */
  maxDfShare?: number;
}

/** Defaults tuned on ANS stance-train (see scripts/bench/ans.ts). */
export const DEFAULT_ALIGN_OPTIONS: Required<AlignOptions> = {
  threshold: 0.3,
  linkThreshold: 0.15,
  minShared: 2,
  charWeight: 0,
  numberPenalty: 0.5,
  bands: 32,
  rows: 2,
  maxBucket: 40,
  maxDfShare: 0.1,
};

export interface PreparedCase {
  claims: Claim[];
  /** Index of each claim's article in `articles`. */
  group: number[];
  space: VectorSpace;
  score: (i: number, j: number) => number;
  options: Required<AlignOptions>;
}

/** Tokenises every claim once, builds the case's vector space and the pair score. */
export function prepareCase(articles: readonly AnalyzedArticle[], options: AlignOptions = {}): PreparedCase {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const claims: Claim[] = [];
  const group: number[] = [];
  const tokenLists: Token[][] = [];
  const langs: string[] = [];
  const known = new Set<string>();
  articles.forEach((article, a) => {
    for (const claim of article.claims) {
      const tokens = wordTokens(claim.text, article.language);
      addKnownWords(known, tokens, article.language);
      claims.push(claim);
      group.push(a);
      tokenLists.push(tokens);
      langs.push(article.language);
    }
  });
  const termLists = tokenLists.map((tokens, k) => termsOfTokens(tokens, langs[k]!, known));
  const space = buildVectors(termLists);
  const { vectors } = space;
  const grams = opts.charWeight > 0 ? buildVectors(termLists.map(charGrams)).vectors : null;
  const score = (i: number, j: number): number => {
    let s = cosine(vectors[i]!, vectors[j]!, opts.minShared);
    if (grams && s > 0) s = (1 - opts.charWeight) * s + opts.charWeight * cosine(grams[i]!, grams[j]!);
    return numbersConflict(vectors[i]!, vectors[j]!) ? s * opts.numberPenalty : s;
  };
  return { claims, group, space, score, options: opts };
}

/** Character trigrams of each stem ("#cairo#" → "#ca", "cai", …): tolerant of spelling and morphology. */
function charGrams(terms: readonly Term[]): Term[] {
  const out: Term[] = [];
  for (const t of terms) {
    const w = `#${t.stem}#`;
    for (let k = 0; k + 3 <= w.length; k++) out.push({ stem: w.slice(k, k + 3), numeric: false, start: t.start, end: t.end });
  }
  return out;
}

/** Scores candidate pairs, groups them and shapes the rows (ids r1… in order of first appearance). */
export function rowsFromCandidates(prepared: PreparedCase, articles: readonly AnalyzedArticle[], candidates: Iterable<[number, number]>): Row[] {
  const { claims, group, score, options } = prepared;
  const scored: ScoredPair[] = [];
  for (const [i, j] of candidates) {
    const s = score(i, j);
    if (s >= options.threshold) scored.push({ i, j, score: s });
  }
  const clusters = groupPairs(claims.length, group, scored, score, {
    threshold: options.threshold,
    linkThreshold: options.linkThreshold,
    maxGuardChecks: 32,
  });
  // Claims are in article order, so a cluster's smallest index is its first appearance.
  clusters.sort((x, y) => x[0]! - y[0]!);
  return clusters.map((members, n) => {
    const present = new Set(members.map((m) => group[m]!));
    return {
      id: `r${n + 1}`,
      claimIds: members.map((m) => claims[m]!.id),
      missingFrom: articles.filter((_, a) => !present.has(a)).map((a) => a.id),
      score: round(meanCrossScore(members, group, score)),
    };
  });
}

function meanCrossScore(members: readonly number[], group: readonly number[], score: (i: number, j: number) => number): number {
  const sample = members.slice(0, 32);
  let sum = 0;
  let count = 0;
  for (let x = 0; x < sample.length; x++) {
    for (let y = x + 1; y < sample.length; y++) {
      if (group[sample[x]!] === group[sample[y]!]) continue;
      sum += score(sample[x]!, sample[y]!);
      count++;
    }
  }
  return count ? sum / count : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
