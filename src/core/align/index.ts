/**
 * Stage 6: rows of claims that several outlets share. Candidate pairs come from MinHash/LSH over each
 * claim's content stems (not all pairs), are scored by TF-IDF cosine with IDF from the case, and are
 * grouped greedily with an anti-chaining guard. `link` (the rows across languages) runs before lone
 * claims are attached (align/attach.ts), so an attached claim moves no link.
 */
import type { AnalyzedArticle, Row } from '../types.ts';
import { unitKeys, keyCandidatePairs } from './keys.ts';
import { hashString, lshFlatCandidatePairs, signatureInto } from './minhash.ts';
import { frameAllows, prepareCase, rowsFromCandidates } from './prepare.ts';
import type { AlignOptions, PreparedCase } from './prepare.ts';
import { SUPPORT_TERM } from './vectors.ts';
import { attachLoneClaims } from './attach.ts';
import type { LoneClaims } from './attach.ts';

export { DEFAULT_ALIGN_OPTIONS } from './prepare.ts';
export type { AlignOptions } from './prepare.ts';
export { alignClaimsNaive } from './naive.ts';

/**
 * Groups the claims of different articles that state one proposition (agreeing or contradicting) into
 * rows, with the articles missing from each row.
 * @example alignClaims([articleA, articleB]) // [{ id: 'r1', claimIds: ['a:c1', 'b:c3'], missingFrom: [], score: 0.62 }]
 */
export function alignClaims(articles: readonly AnalyzedArticle[], options: AlignOptions = {}, link?: (rows: Row[]) => Row[]): Row[] {
  const prepared = prepareCase(articles, options);
  const candidates = blockedCandidates(prepared);
  const rows = rowsFromCandidates(prepared, articles, candidates);
  const linked = link ? link(rows) : rows;
  return prepared.attachFits ? attachLoneClaims(linked, loneClaims(prepared, prepared.attachFits), candidates) : linked;
}

/** The lone-claim view of a prepared case (align/attach.ts). */
function loneClaims(prepared: PreparedCase, fits: (u: number, v: number) => boolean): LoneClaims {
  const { claims, clauses } = prepared;
  return {
    idsOf: (u) => [claims[u]!.id, ...(clauses[u]?.claims.map((c) => c.id) ?? [])],
    articleOf: (u) => claims[u]!.articleId,
    units: claims.length,
    fits,
    need: prepared.options.attachNeed,
  };
}

/**
 * Candidate pairs (flat: i0, j0, i1, j1, …) from LSH over each claim's stems, leaving out the case's most
 * common terms, and (keyTerms) from keys of each claim's rarest terms.
 */
export function blockedCandidates(prepared: PreparedCase): Uint32Array {
  const { space, group, options } = prepared;
  const n = space.offsets.length - 1;
  // A term in most claims (the story's main actor) says nothing about which claims match.
  const maxDf = Math.max(100, options.maxDfShare * n);
  const termHash = new Uint32Array(space.vocabulary.size);
  for (const [stem, id] of space.vocabulary) termHash[id] = hashString(stem);
  // Per unit, its eligible terms (ids and hashes) in flat lists, and its signature in one buffer: no
  // list or typed array of its own per unit.
  const size = options.bands * options.rows;
  const signatures = new Uint32Array(n * size);
  const termStart = new Int32Array(n + 1);
  const termIds = new Int32Array(space.ids.length);
  const elements = new Uint32Array(space.ids.length);
  let at = 0;
  for (let c = 0; c < n; c++) {
    termStart[c] = at;
    // Support terms (a verdict cue's) would make a claim's signature unlike its content's.
    for (let k = space.offsets[c]!; k < space.offsets[c + 1]!; k++) {
      if (space.df[space.ids[k]!]! > maxDf || space.context[k] === SUPPORT_TERM) continue;
      elements[at] = termHash[space.ids[k]!]!;
      termIds[at++] = space.ids[k]!;
    }
    signatureInto(elements, termStart[c]!, at, size, signatures, c * size);
  }
  termStart[n] = at;
  const lsh = lshFlatCandidatePairs(signatures, n, group, options);
  if (options.keyTerms <= 1) return lsh;
  // A pair only the keys propose shares a few rare terms, not most of its words: the rest of a long
  // sentence may tell another event of the story, so its frames must show one main event.
  const { frameOf } = prepared;
  const gate = options.keyFrames;
  const accept = gate === 'off' || !frameOf ? undefined : (i: number, j: number): boolean => frameAllows(frameOf(i), frameOf(j), gate);
  return keyCandidatePairs(unitKeys(n, (u) => termIds.subarray(termStart[u]!, termStart[u + 1]!), space.df, options.keyTerms), group, options.keyBucket, lsh, accept);
}
