/**
 * Rows across languages: after each language's claims are aligned, claims of different languages that
 * share enough rare anchors (figures, dates, names, bridged words) join one row. Candidates come from an
 * inverted index over anchors, leaving out anchors most claims share (no all-pairs), and each claim
 * links at most to its best partner per article. Each pair is scored on its own two claims; a link then
 * joins the two rows holding them only when enough of the claim pairs across languages that join would
 * make share anchors of their own (`support`), so a loose row of one language drags no link with it.
 */
import { disagreeingClaims } from '../align/disagree.ts';
import { propositionText } from '../align/prepare.ts';
import { isClaim } from '../claims.ts';
import { wordTokens } from '../normalize/index.ts';
import type { AnalyzedArticle, Row } from '../types.ts';
import { BRIDGED_LANGUAGES, claimAnchors } from './anchors.ts';
import type { EntityIndex } from '../entities/index.ts';
import { entityAnchors } from './entity-anchors.ts';
import { eventAnchors } from './events.ts';
import { senseChoices } from './senses.ts';

export interface CrossLanguageOptions {
  /** A pair must score at least this (cosine of rarity-weighted anchors) to join. */
  threshold: number;
  /** Anchors in more than this share of the case's claims (and more than 20) are not used for candidates. */
  maxDfShare: number;
  /** Nor are anchors in more than this many claims, however big the case (keeps candidate search linear). */
  maxDf: number;
  /** Pairs must share at least this many anchors. */
  minShared: number;
  /**
   * A row of one language and a row (or claim) of another join at this cosine of their summed anchors;
   * 0: never (the default since the joins are judged on their claim pairs, `support`: pooled, a row of
   * one language that another stage made looser drags the links with it).
   */
  rowThreshold: number;
  /**
   * Two rows join only when this share of the claim pairs across languages the join would make score
   * at least `pairFloor` on their own anchors (0: any link joins its two rows whole).
   */
  support: number;
  /** The score a claim pair needs to count as support for joining its two rows. */
  pairFloor: number;
  /**
   * Score a candidate pair (met through a rare anchor) on the common anchors it shares too, at their
   * low rarity weight, and count them towards `minShared`: the story's own words ("rate", "bank") say
   * little alone but do tell two claims about its one event from a claim about something else.
   */
  commonAnchors: boolean;
  /**
   * Weight of a further sense of an Arabic word that the other claim of a scored pair writes, when it
   * writes none of the word's first senses (senses.ts); 0: off, the default. Measured on the tuned cases
   * (session 13): 0.25 / 0.5 / 1 give tuned F1 34.1 / 34.1 / 33.1 against 34.3 (recall +0.4, precision
   * −2), and the best-scored partner is an annotated one no more often (283 of 543 at 0, 279 at 1:
   * `scripts/crosslang/sense-matches.ts`): a further sense the other claim writes tells no more than a
   * first one does, and most are the story's common words.
   */
  senseWeight: number;
  /**
   * When a join would put two claims of one article in a row and one of the two rows holds exactly one
   * such claim (not the linked one), that claim leaves its row and the join goes on; off: the rows stay
   * apart. Measured on the tuned cases (session 16): cross F1 35.6 → 38.0 (recall 28.8 → 32.5, precision 46.6 → 45.8).
   */
  oneOutletStray: boolean;
}

export const DEFAULT_CROSS_LANGUAGE_OPTIONS: CrossLanguageOptions = { threshold: 0.08, maxDfShare: 0.15, maxDf: 60, minShared: 3, rowThreshold: 0, support: 0.2, pairFloor: 0.01, commonAnchors: true, senseWeight: 0, oneOutletStray: true };

/** Members of each side a join's support is counted over, at most. */
const SUPPORT_SAMPLE = 24;

export interface ClaimRef {
  id: string;
  articleId: string;
  language: string;
}

/**
 * Joins rows (and unaligned claims) of different languages that state one proposition. Rows of one
 * language come in as they are; the result keeps them, merged where a cross-language pair links them.
 * @example linkAcrossLanguages(articles, alignClaims(articles)) // rows whose claims may differ in language
 */
export function linkAcrossLanguages(articles: readonly AnalyzedArticle[], rows: readonly Row[], options: Partial<CrossLanguageOptions> = {}, entities?: EntityIndex): Row[] {
  const opts = { ...DEFAULT_CROSS_LANGUAGE_OPTIONS, ...options };
  const languages = new Set(articles.map((a) => a.language).filter((l) => BRIDGED_LANGUAGES.has(l)));
  if (languages.size < 2) return [...rows];

  const { claims, vectors, df, senses } = anchorVectors(articles, opts.senseWeight > 0, entities);
  const n = claims.length;
  const languageIndex = new Map<string, number>();
  const languageOf = Uint8Array.from(claims, (x) => languageIndex.get(x.language) ?? languageIndex.set(x.language, languageIndex.size).get(x.language)!);
  const articleIndex = new Map<string, number>();
  const articleOfClaim = Int32Array.from(claims, (c) => articleIndex.get(c.articleId) ?? articleIndex.set(c.articleId, articleIndex.size).get(c.articleId)!);
  const articleCount = Math.max(1, articleIndex.size);
  const { best, pairScore, idf, postings } = scoreClaimPairs(vectors, df, senses, languageOf, articleOfClaim, articleCount, opts);
  // Union the rows (or lone claims) that mutually best pairs link, strongest first.
  const groupOf = new Map<string, number>();
  const groups: { claimIds: string[]; articles: Set<string>; score?: number }[] = [];
  const articleOf = new Map(claims.map((c) => [c.id, c.articleId]));
  const articleOfId = (id: string) => articleOf.get(id) ?? id.split(':')[0]!;
  for (const row of rows) {
    const g = groups.push({ claimIds: [...row.claimIds], articles: new Set(row.claimIds.map(articleOfId)), ...(row.score !== undefined ? { score: row.score } : {}) }) - 1;
    for (const id of row.claimIds) groupOf.set(id, g);
  }
  const pairs = [...best]
    .map(([key, { other, score }]) => ({ from: Math.floor(key / articleCount), other, score }))
    .filter(({ from, other }) => best.get(other * articleCount + articleOfClaim[from]!)?.other === from && from < other)
    .concat(rowPairs(rows, claims, vectors, idf, postings, opts))
    .sort((a, b) => b.score - a.score);
  const parent = groups.map((_, i) => i);
  const find = (g: number): number => (parent[g] === g ? g : (parent[g] = find(parent[g]!)));
  const groupFor = (c: number): number => {
    const id = claims[c]!.id;
    let g = groupOf.get(id);
    if (g === undefined) {
      g = groups.push({ claimIds: [id], articles: new Set([claims[c]!.articleId]) }) - 1;
      parent.push(g);
      groupOf.set(id, g);
    }
    return find(g);
  };
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  // Big groups are judged on evenly spread members, so a join costs at most SUPPORT_SAMPLE² lookups.
  const spread = (ids: readonly string[]): readonly string[] =>
    ids.length <= SUPPORT_SAMPLE ? ids : Array.from({ length: SUPPORT_SAMPLE }, (_, k) => ids[Math.floor((k * ids.length) / SUPPORT_SAMPLE)]!);
  // The share of the claim pairs across languages a join of two groups makes that score on their own.
  const supportOf = (x: readonly string[], y: readonly string[]): number => {
    let [made, supported] = [0, 0];
    for (const idX of spread(x)) {
      const i = indexOf.get(idX);
      if (i === undefined) continue;
      for (const idY of spread(y)) {
        const j = indexOf.get(idY);
        if (j === undefined || claims[i]!.language === claims[j]!.language) continue;
        made++;
        if (pairScore.has(Math.min(i, j) * n + Math.max(i, j))) supported++;
      }
    }
    return made === 0 ? 1 : supported / made;
  };
  const crossScores = new Map<number, number[]>();
  // Groups a claim left: compared again, like joined ones.
  const reshaped = new Set<number>();
  // The one claim of the smaller group (not the linked one) whose article the other group holds too,
  // when there is exactly one: one outlet's second sentence.
  const strayOfOneOutlet = (a: number, b: number, linkedA: number, linkedB: number): [number, string] | undefined => {
    const [x, y, linked] = groups[a]!.claimIds.length <= groups[b]!.claimIds.length ? [a, b, linkedA] : [b, a, linkedB];
    const shared = groups[x]!.claimIds.filter((id) => groups[y]!.articles.has(articleOfId(id)));
    return shared.length === 1 && shared[0] !== claims[linked]!.id ? [x, shared[0]!] : undefined;
  };
  // Claim `id` leaves group `x` as a lone claim (free to join another row later).
  const leave = (x: number, id: string) => {
    groups[x]!.claimIds = groups[x]!.claimIds.filter((c) => c !== id);
    groups[x]!.articles = new Set(groups[x]!.claimIds.map(articleOfId));
    reshaped.add(x);
    const g = groups.push({ claimIds: [id], articles: new Set([articleOfId(id)]) }) - 1;
    parent.push(g);
    groupOf.set(id, g);
  };
  for (const { from, other, score } of pairs) {
    const [a, b] = [groupFor(from), groupFor(other)];
    if (a === b) continue;
    // One outlet, one voice per row: two rows that both hold claims of one article stay apart, unless
    // one of them holds one such claim only, which then leaves its row (`oneOutletStray`).
    let stray: [number, string] | undefined;
    if ([...groups[a]!.articles].some((x) => groups[b]!.articles.has(x))) {
      stray = opts.oneOutletStray ? strayOfOneOutlet(a, b, from, other) : undefined;
      if (!stray) continue;
    }
    const without = (g: number) => (stray?.[0] === g ? groups[g]!.claimIds.filter((id) => id !== stray[1]) : groups[g]!.claimIds);
    if (opts.support > 0 && supportOf(without(a), without(b)) < opts.support) continue;
    if (stray) leave(...stray);
    parent[b] = a;
    groups[a]!.claimIds.push(...groups[b]!.claimIds);
    for (const x of groups[b]!.articles) groups[a]!.articles.add(x);
    crossScores.set(a, [...(crossScores.get(a) ?? []), ...(crossScores.get(b) ?? []), score]);
  }

  const allArticles = articles.map((a) => a.id);
  const originalByFirst = new Map(rows.map((r) => [r.claimIds[0], r]));
  const claimById = new Map(articles.flatMap((a) => a.claims.map((claim) => [claim.id, { claim, language: a.language }] as const)));
  const member = (id: string) => {
    const found = claimById.get(id);
    return found ? [{ ...found, text: propositionText(found.claim) }] : [];
  };
  const out: Row[] = [];
  groups.forEach((group, g) => {
    if (find(g) !== g || group.articles.size < 2) return;
    const row: Row = { id: '', claimIds: group.claimIds, missingFrom: allArticles.filter((a) => !group.articles.has(a)) };
    const scores = [...(group.score !== undefined ? [group.score] : []), ...(crossScores.get(g) ?? [])];
    if (scores.length > 0) row.score = scores.reduce((s, x) => s + x, 0) / scores.length;
    const original = originalByFirst.get(group.claimIds[0]);
    // A row joined across languages is compared again, whole: its figures fold to one form, so "632
    // dead" in one language and "820 قتيلا" in the other disagree (align/disagree.ts).
    const disagreeing = crossScores.has(g) || reshaped.has(g) ? disagreeingClaims(group.claimIds.flatMap(member)) : original?.disagreeing;
    if (disagreeing?.length) row.disagreeing = disagreeing;
    out.push(row);
  });
  return out.map((row, i) => ({ ...row, id: `r${i + 1}` }));
}

/** Each claim's best partner per article of another language, and every candidate pair's own score. */
interface ScoredPairs {
  best: Map<number, { other: number; score: number }>;
  pairScore: Map<number, number>;
  idf: number[];
  postings: Map<number, number[]>;
}

/** Scores the candidate pairs the rare anchors' postings meet (no all-pairs). */
function scoreClaimPairs(
  vectors: readonly Map<number, number>[],
  df: readonly number[],
  senses: readonly ClaimSenses[],
  languageOf: Uint8Array,
  articleOfClaim: Int32Array,
  articleCount: number,
  opts: CrossLanguageOptions,
): ScoredPairs {
  const n = vectors.length;
  // Rarity weighting: an anchor every claim has (the story's main actor) says little.
  const idf = df.map((d) => Math.log(1 + n / d));
  const norms = vectors.map((v) => Math.sqrt([...v].reduce((s, [k, w]) => s + (w * idf[k]!) ** 2, 0)) || 1);
  const maxDf = Math.min(opts.maxDf, Math.max(20, opts.maxDfShare * n));
  const postings = new Map<number, number[]>();
  // The weight of each posting's claim on the anchor, beside it (no map lookup per posting when scoring).
  const postingWeights = new Map<number, number[]>();
  // Per claim, its anchors too common for the postings and their weights times rarity (read only for
  // partners met through a rare anchor), in flat arrays: [start, end) of claim c in commonStart.
  const commonStart = new Uint32Array(n + 1);
  const commonKeys: number[] = [];
  const commonWeights: number[] = [];
  vectors.forEach((v, c) => {
    for (const [k, w] of v) {
      if (df[k]! <= maxDf) {
        (postings.get(k) ?? postings.set(k, []).get(k)!).push(c);
        (postingWeights.get(k) ?? postingWeights.set(k, []).get(k)!).push(w);
      } else if (opts.commonAnchors) {
        commonKeys.push(k);
        commonWeights.push(w * idf[k]!);
      }
    }
    commonStart[c + 1] = commonKeys.length;
  });
  // The weighted common anchors of the claim being scored, by anchor id (0: not one of its anchors).
  const commonMark = new Float64Array(opts.commonAnchors ? df.length : 0);

  // Best partner of each claim in each article of another language.
  // Keyed by claim × article count + the partner's article index (a number: no string per pair).
  const best = new Map<number, { other: number; score: number }>();
  // Every candidate pair's own score (both anchors in the postings), for judging a join of two rows.
  const pairScore = new Map<number, number>();
  // Per claim, the partners met and their sums, in arrays reused across claims (no map per claim).
  const dot = new Float64Array(n);
  const shared = new Uint32Array(n);
  const met: number[] = [];
  for (let c = 0; c < n; c++) {
    met.length = 0;
    const language = languageOf[c]!;
    for (const [k, w] of vectors[c]!) {
      const list = postings.get(k);
      if (!list) continue;
      const weights = postingWeights.get(k)!;
      const rarity = idf[k]! ** 2;
      // Postings are in claim order: start past c (binary search), in order as before.
      let [lo, hi] = [0, list.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! <= c) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length; i++) {
        const o = list[i]!;
        if (languageOf[o] === language) continue;
        if (shared[o] === 0) met.push(o);
        dot[o] = dot[o]! + w * weights[i]! * rarity;
        shared[o]!++;
      }
    }
    if (opts.senseWeight > 0) {
      // Further senses, per pair met through a rare anchor: the Arabic claim's words against the other's anchors.
      for (const o of met) {
        const [arabic, other] = senses[c]!.length > 0 ? [c, o] : [o, c];
        if (senses[arabic]!.length === 0) continue;
        const { dot: extra, words } = senseDot(senses[arabic]!, vectors[other]!, idf);
        dot[o] = dot[o]! + opts.senseWeight * extra;
        shared[o]! += words;
      }
    }
    const [from, to] = [commonStart[c]!, commonStart[c + 1]!];
    for (let j = from; j < to; j++) commonMark[commonKeys[j]!] = commonWeights[j]!;
    if (to > from) {
      for (const o of met) {
        // Skip partners that could not reach minShared even with every common anchor shared.
        const need = opts.minShared - shared[o]!;
        if (need > to - from || need > commonStart[o + 1]! - commonStart[o]!) continue;
        for (let j = commonStart[o]!; j < commonStart[o + 1]!; j++) {
          const x = commonMark[commonKeys[j]!]!;
          if (x === 0) continue;
          dot[o] = dot[o]! + x * commonWeights[j]!;
          shared[o]!++;
        }
      }
    }
    for (let j = from; j < to; j++) commonMark[commonKeys[j]!] = 0;
    for (const o of met) {
      const d = dot[o]!;
      const enough = shared[o]! >= opts.minShared;
      dot[o] = 0;
      shared[o] = 0;
      if (!enough) continue;
      const score = d / (norms[c]! * norms[o]!);
      if (score >= opts.pairFloor) pairScore.set(c * n + o, score);
      if (score < opts.threshold) continue;
      for (const [from, to] of [[c, o], [o, c]] as const) {
        const key = from * articleCount + articleOfClaim[to]!;
        if ((best.get(key)?.score ?? -1) < score) best.set(key, { other: to, score });
      }
    }
  }

  return { best, pairScore, idf, postings };
}

/**
 * The case's claims (bridged languages only) with their anchor vectors (anchor id → weight) and each
 * anchor's document frequency; `withSenses`: each claim's further word senses too (an empty list otherwise).
 */
export function anchorVectors(articles: readonly AnalyzedArticle[], withSenses = false, entities?: EntityIndex): { claims: ClaimRef[]; vectors: Map<number, number>[]; keyIds: Map<string, number>; df: number[]; senses: ClaimSenses[] } {
  const claims: ClaimRef[] = [];
  const vectors: Map<number, number>[] = [];
  const keyIds = new Map<string, number>();
  const df: number[] = [];
  const pendingSenses: ReturnType<typeof senseChoices>[] = [];
  const named = entities ? entityAnchors(articles, entities) : undefined;
  for (const article of articles) {
    if (!BRIDGED_LANGUAGES.has(article.language)) continue;
    for (const claim of article.claims) {
      if (!isClaim(claim)) continue;
      const vector = new Map<number, number>();
      // One reading of the words for both kinds of anchor.
      const tokens = wordTokens(claim.text, article.language);
      for (const anchor of [...claimAnchors(claim.text, article.language, tokens), ...eventAnchors(claim.text, article.language, tokens), ...(named?.get(claim.id) ?? [])]) {
        let id = keyIds.get(anchor.key);
        if (id === undefined) {
          id = df.length;
          keyIds.set(anchor.key, id);
          df.push(0);
        }
        df[id]!++;
        vector.set(id, anchor.weight);
      }
      claims.push({ id: claim.id, articleId: article.id, language: article.language });
      vectors.push(vector);
      if (withSenses) pendingSenses.push(senseChoices(tokens, article.language));
    }
  }
  // Further senses by anchor id, only those some claim of the case writes (the others can meet nothing).
  const senses = pendingSenses.map((choices) =>
    choices.flatMap((choice) => {
      const further = choice.further.flatMap(({ key, weight }) => {
        const id = keyIds.get(key);
        return id === undefined ? [] : [{ id, weight }];
      });
      return further.length === 0 ? [] : [{ first: choice.first.flatMap((key) => keyIds.get(key) ?? []), further }];
    }),
  );
  return { claims, vectors, keyIds, df, senses };
}

/** Per claim, its words' further senses (senses.ts) as anchor ids: the word's first senses, then the others with their weights. */
export type ClaimSenses = { first: number[]; further: { id: number; weight: number }[] }[];

/**
 * What the further senses of claim `a`'s words add to its pair with claim `b` (each word at most once,
 * through the best sense `b` writes, and only when `b` writes none of its first senses), and how many
 * words they join.
 */
export function senseDot(senses: ClaimSenses, other: ReadonlyMap<number, number>, idf: readonly number[]): { dot: number; words: number } {
  let [dot, words] = [0, 0];
  for (const { first, further } of senses) {
    if (first.some((id) => other.has(id))) continue;
    let best = 0;
    for (const { id, weight } of further) {
      const w = other.get(id);
      if (w !== undefined) best = Math.max(best, weight * w * idf[id]! ** 2);
    }
    if (best > 0) {
      dot += best;
      words++;
    }
  }
  return { dot, words };
}

/**
 * Links between rows of one language (several outlets' wording of one proposition, summed) and rows or
 * lone claims of another: a row says more than any of its claims, so the bridge's noise weighs less.
 * Candidates come through the claims' anchor postings (no all-pairs); each unit keeps its best partner
 * of each other language, and mutual best pairs link (as one claim of each).
 */
function rowPairs(
  rows: readonly Row[],
  claims: readonly ClaimRef[],
  vectors: readonly Map<number, number>[],
  idf: readonly number[],
  postings: ReadonlyMap<number, number[]>,
  opts: CrossLanguageOptions,
): { from: number; other: number; score: number }[] {
  if (opts.rowThreshold <= 0) return [];
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  // Units: each row of one language with two claims or more, then each claim in no such row.
  const unitOf = new Array<number>(claims.length).fill(-1);
  const units: number[][] = [];
  for (const row of rows) {
    const members = row.claimIds.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    if (members.length < 2 || new Set(members.map((i) => claims[i]!.language)).size > 1) continue;
    for (const i of members) unitOf[i] = units.length;
    units.push(members);
  }
  claims.forEach((_, i) => {
    if (unitOf[i] === -1) unitOf[i] = units.push([i]) - 1;
  });
  const unitVectors = units.map((members) => {
    const v = new Map<number, number>();
    for (const i of members) for (const [k, w] of vectors[i]!) v.set(k, (v.get(k) ?? 0) + w * idf[k]!);
    return v;
  });
  const norms = unitVectors.map((v) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1);
  const best = new Map<number, { other: number; score: number }>();
  units.forEach((members, u) => {
    if (members.length < 2) return;
    const language = claims[members[0]!]!.language;
    const candidates = new Set<number>();
    for (const i of members) for (const k of vectors[i]!.keys()) for (const o of postings.get(k) ?? []) if (claims[o]!.language !== language) candidates.add(unitOf[o]!);
    for (const o of candidates) {
      // Over the smaller of the two vectors: a big row meets many small units.
      const [small, large] = unitVectors[u]!.size <= unitVectors[o]!.size ? [unitVectors[u]!, unitVectors[o]!] : [unitVectors[o]!, unitVectors[u]!];
      let dot = 0;
      for (const [k, w] of small) {
        const x = large.get(k);
        if (x !== undefined) dot += w * x;
      }
      const score = dot / (norms[u]! * norms[o]!);
      if (score < opts.rowThreshold) continue;
      for (const [from, to] of [[u, o], [o, u]] as const) if ((best.get(from)?.score ?? -1) < score) best.set(from, { other: to, score });
    }
  });
  const out: { from: number; other: number; score: number }[] = [];
  for (const [u, { other, score }] of best) if (u < other && best.get(other)?.other === u) out.push({ from: units[u]![0]!, other: units[other]![0]!, score });
  return out;
}
