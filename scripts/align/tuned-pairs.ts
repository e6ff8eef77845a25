/**
 * What the probe-*.ts scripts share: every candidate pair of the *tuned* dev cases, one language at a
 * time, with whether annotated rows put its two claims together, and a true / false tally per key.
 * Unseen cases are never read.
 */
import { devCaseLanguages, devCaseView, listDevCases, loadDevCase } from '../../fixtures/dev-cases.ts';
import { blockedCandidates } from '../../src/core/align/index.ts';
import { prepareCase } from '../../src/core/align/prepare.ts';
import type { AlignOptions, PreparedCase } from '../../src/core/align/prepare.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';
import type { EntityIndex } from '../../src/core/entities/index.ts';
import { analyzeCase } from '../../src/core/index.ts';
import type { Claim } from '../../src/core/types.ts';
import { annotatedRowsOfClaims } from './annotated-rows.ts';

export interface TunedPair {
  name: string;
  lang: string;
  prepared: PreparedCase;
  entities: EntityIndex;
  i: number;
  j: number;
  /** Both claims are members of some annotated row (else the pair says nothing either way). */
  annotated: boolean;
  /** One annotated row holds both. */
  positive: boolean;
}

export interface TunedView {
  name: string;
  lang: string;
  analysis: ReturnType<typeof analyzeCase>;
  entities: EntityIndex;
  prepared: PreparedCase;
  /** The view's annotated rows. */
  annotatedRows: ReturnType<typeof devCaseView>['annotations']['rows'];
  /** Per claim id, the annotated rows it is a member of. */
  rowsOfClaim: ReturnType<typeof annotatedRowsOfClaims>;
}

/** Calls `visit` for each tuned case and language, analysed and prepared with `options`. */
export function forEachTunedView(options: Omit<AlignOptions, 'entities'>, visit: (view: TunedView) => void): void {
  for (const name of listDevCases()) {
    const devCase = loadDevCase(name);
    if (devCase.meta.split !== 'tuned') continue;
    for (const lang of devCaseLanguages(devCase)) {
      const { inputs, annotations } = devCaseView(devCase, lang);
      const analysis = analyzeCase(inputs);
      const entities = resolveEntities(analysis.articles);
      const prepared = prepareCase(analysis.articles, { ...options, entities });
      visit({ name, lang, analysis, entities, prepared, annotatedRows: annotations.rows, rowsOfClaim: annotatedRowsOfClaims(analysis.articles, annotations.rows) });
    }
  }
}

/**
 * Calls `visit` for each candidate pair (`candidates`: blocking's, unless given) of each tuned case and language.
 * @example forEachTunedPair({}, (p) => tally.add(String(p.prepared.score(p.i, p.j) >= 0.25), p.positive))
 */
export function forEachTunedPair(
  options: Omit<AlignOptions, 'entities'>,
  visit: (pair: TunedPair) => void,
  candidates: (prepared: PreparedCase) => ArrayLike<number> = blockedCandidates,
): void {
  forEachTunedView(options, ({ name, lang, prepared, entities, rowsOfClaim }) => {
    const pairs = candidates(prepared);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const i = pairs[k]!;
      const j = pairs[k + 1]!;
      const together = annotatedTogether(rowsOfClaim, prepared.claims[i]!.id, prepared.claims[j]!.id);
      visit({ name, lang, prepared, entities, i, j, annotated: together !== undefined, positive: together === true });
    }
  });
}

/** Whether one annotated row holds both claims; undefined where either is in no annotated row (no verdict). */
export function annotatedTogether(rowsOfClaim: TunedView['rowsOfClaim'], a: string, b: string): boolean | undefined {
  const ra = rowsOfClaim.get(a);
  const rb = rowsOfClaim.get(b);
  return ra && rb ? [...ra].some((r) => rb.has(r)) : undefined;
}

/** True and false pairs per key. */
export class Tally {
  readonly cells = new Map<string, { tp: number; fp: number }>();

  add(key: string, positive: boolean): void {
    const cell = this.get(key);
    if (positive) cell.tp++;
    else cell.fp++;
  }

  get(key: string): { tp: number; fp: number } {
    return this.cells.get(key) ?? this.cells.set(key, { tp: 0, fp: 0 }).get(key)!;
  }

  /** One line per key, sorted. */
  print(width: number): void {
    for (const [key, c] of [...this.cells].sort()) console.log(key.padEnd(width), `${c.tp} true / ${c.fp} false`);
  }
}

/** The entities named inside a claim's stated source. */
export function sourceEntities(claim: Claim, entities: EntityIndex): string[] {
  const source = claim.attribution?.source;
  if (!source) return [];
  return (entities.byArticle.get(claim.articleId) ?? []).filter((m) => m.start >= source.start && m.end <= source.end).map((m) => m.entityId);
}

/** The units of each claim id (a claim cut into clauses has several). */
export const unitsByClaim = (prepared: PreparedCase): Map<string, number[]> => {
  const m = new Map<string, number[]>();
  prepared.claims.forEach((c, u) => (m.get(c.id) ?? m.set(c.id, []).get(c.id)!).push(u));
  return m;
};

/** A unit's terms as "key:weight/df[classes]" ("(ctx)" for a context term): what a low score is made of. */
export const termsLine = (p: PreparedCase, u: number): string => {
  const { vocabulary, offsets, ids, weights, df, context, classOffsets, classIds } = p.space;
  const names: string[] = [];
  for (const [term, id] of vocabulary) names[id] = term;
  const out: string[] = [];
  for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
    const id = ids[k]!;
    const classes = classOffsets && classIds ? Array.from(classIds.subarray(classOffsets[id]!, classOffsets[id + 1]!)) : [];
    out.push(`${names[id]}${context[k] ? '(ctx)' : ''}:${weights[k]!.toFixed(2)}/df${df[id]}${classes.length ? `[${classes.join(',')}]` : ''}`);
  }
  return out.join(' ');
};
