import { createSelector } from '@reduxjs/toolkit';
import { diffClaims } from '../core/diff/index.ts';
import { rowOutlets } from '../core/stats/index.ts';
import { foldForMatch } from '../core/normalize/index.ts';
import { dirOf } from '../components/direction.ts';
import type { CellClaim, CompareCell, CompareRow, DiffSegment, OutletColumn } from '../components/model.ts';
import { claimsNamingActor } from './actorClaims.ts';
import { isBlindspot } from './blindspots.ts';
import { outletLabel, nameOf, selectArticleNames } from './outlets.ts';
import type { EffectiveAnalysis, ViewClaim } from './applyCorrections.ts';
import { selectEffectiveAnalysis } from './effectiveAnalysis.ts';
import { isCrossLanguagePair } from './crossLanguage.ts';
import { selectCellCorrespondence } from './crossLanguageSlice.ts';
import { selectFilters, selectHiddenOutlets, selectOutletOrder, selectReferenceArticleId, selectRowSort, selectShowMissingWords } from './uiSlice.ts';

export { outletLabel };

/** One column per analysed article, in case order, named as the case list names it. */
export const selectColumns = createSelector([selectEffectiveAnalysis, selectArticleNames], (analysis, names): OutletColumn[] =>
  (analysis?.articles ?? []).map((a) => ({
    articleId: a.id,
    label: nameOf(names, a),
    language: a.language,
    dir: dirOf(a.language),
  })),
);

/** All outlets in the user's order (for the chooser): case order, with the user's moves applied. */
export const selectOrderedColumns = createSelector([selectColumns, selectOutletOrder], (columns, order): OutletColumn[] => {
  if (!order) return columns;
  const rank = new Map(order.map((id, i) => [id, i]));
  return columns
    .map((column, i) => ({ column, key: rank.get(column.articleId) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.column);
});

/** Compare's columns: the outlets the user shows, in the user's order. */
export const selectShownColumns = createSelector([selectOrderedColumns, selectHiddenOutlets], (columns, hidden): OutletColumn[] =>
  hidden.length === 0 ? columns : columns.filter((c) => !hidden.includes(c.articleId)),
);

/** The column claims are diffed against: the chosen one if still in the case, else the first. */
export const selectReferenceColumnId = createSelector([selectColumns, selectReferenceArticleId], (columns, chosen) =>
  chosen && columns.some((c) => c.articleId === chosen) ? chosen : (columns[0]?.articleId ?? null),
);

/**
 * Columns run right to left when most of the case is in a right-to-left language. Every view that lays
 * outlets side by side (Compare, Actors, Sources, Charts) follows it, so an outlet keeps its place.
 */
export const selectCompareDirection = createSelector([selectColumns], (columns): 'ltr' | 'rtl' =>
  columns.filter((c) => c.dir === 'rtl').length > columns.length / 2 ? 'rtl' : 'ltr',
);

const searchIndexCache = new WeakMap<object, Map<string, string>>();

/** Folded text of each claim and its source, for search: built when a search is typed, once per analysis. */
function searchIndexOf(analysis: EffectiveAnalysis): Map<string, string> {
  let index = searchIndexCache.get(analysis);
  if (!index) {
    index = new Map();
    for (const claim of Object.values(analysis.claimsById)) {
      index.set(claim.id, foldForMatch(`${claim.text} ${claim.attribution?.source.text ?? ''} ${claim.attribution?.source.affiliation ?? ''}`));
    }
    searchIndexCache.set(analysis, index);
  }
  return index;
}

/** Row number shown to users: its place in the analysis (stable while filtering and sorting). */
const selectRowNumbers = createSelector([selectEffectiveAnalysis], (analysis) => {
  const numbers = new Map<string, number>();
  analysis?.rows.forEach((row, i) => numbers.set(row.id, i + 1));
  return numbers;
});

/** The ids of the rows that pass the filters, in the chosen order. */
export const selectVisibleRowIds = createSelector(
  [selectEffectiveAnalysis, selectFilters, selectRowSort],
  (analysis, filters, sort): string[] => {
    if (!analysis) return [];
    const total = analysis.articles.length;
    const query = foldForMatch(filters.search.trim());
    const unfiltered =
      !query && !filters.actorId && !filters.leftOutBy && filters.kind === 'all' && filters.stance === 'all' && filters.coverage === 'all';
    // No filter, case order: no per-row work at all (a big case has tens of thousands of rows).
    if (unfiltered && sort === 'position') return analysis.rows.map((r) => r.id);
    const actorClaims = filters.actorId ? claimsNamingActor(analysis, filters.actorId) : null;
    const articleOf = (claimId: string) => analysis.claimsById[claimId]?.articleId;
    const coverageOf = (row: { id: string; claimIds: readonly string[] }) => rowOutlets(row, articleOf).size;
    const rows = analysis.rows.filter((row) => {
      const claims = row.claimIds.map((id) => analysis.claimsById[id]).filter((c): c is ViewClaim => c !== undefined);
      const coverage = coverageOf(row);
      if (filters.coverage === 'single' && coverage !== 1) return false;
      if (filters.coverage === 'shared' && coverage < 2) return false;
      if (filters.coverage === 'everyone' && coverage < total) return false;
      if (filters.leftOutBy && !isBlindspot(new Set(claims.map((c) => c.articleId)), filters.leftOutBy, total)) return false;
      if (filters.kind !== 'all' && !claims.some((c) => (c.attribution?.source.kind ?? 'none') === filters.kind)) return false;
      if (filters.stance !== 'all' && !claims.some((c) => c.attribution?.cue.stance === filters.stance)) return false;
      if (actorClaims && !claims.some((c) => actorClaims.has(c.id))) return false;
      if (query && !claims.some((c) => searchIndexOf(analysis).get(c.id)?.includes(query))) return false;
      return true;
    });
    if (sort === 'position') return rows.map((r) => r.id);
    const key = (row: (typeof rows)[number]) =>
      sort === 'score' ? -(row.score ?? 0) : sort === 'coverage-desc' ? -coverageOf(row) : coverageOf(row);
    return rows
      .map((row, i) => ({ row, i, k: key(row) }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.row.id);
  },
);

/** The diff as shown in the other outlet's cell: unchanged words in that outlet's own spelling (exported for tests). */
export function cellDiff(reference: string, text: string, language: string): DiffSegment[] {
  const parts: DiffSegment[] = diffClaims(reference, text, language).map((part) =>
    part.op === 'equal' && part.bStart !== undefined && part.bEnd !== undefined
      ? { op: 'equal', text: text.slice(part.bStart, part.bEnd) }
      : { op: part.op, text: part.text },
  );
  // Missing words come from the reference and are set into this outlet's text: keep them apart from
  // the words around them ("المستوى وذلك", not "المستوىوذلك").
  return parts.map((part, i) => {
    if (part.op !== 'delete') return part;
    const before = parts[i - 1]?.text ?? '';
    const after = parts[i + 1]?.text ?? '';
    const lead = before && !/\s$/u.test(before) && !/^\s/u.test(part.text) ? ' ' : '';
    const trail = after && !/^\s/u.test(after) && !/\s$/u.test(part.text) ? ' ' : '';
    return { ...part, text: lead + part.text + trail };
  });
}

type MarkAcross = NonNullable<ReturnType<typeof selectCellCorrespondence>>;

function toCellClaim(claim: ViewClaim, reference: ViewClaim | undefined, language: string, withDeleted: boolean, referenceLanguage = language, markAcross?: MarkAcross | null): CellClaim {
  const compared = reference && reference.articleId !== claim.articleId ? reference : undefined;
  // Across languages: correspondences instead of a diff (the claim as it is until their code has loaded).
  const crossLanguage = compared !== undefined && isCrossLanguagePair(referenceLanguage, language);
  const correspondence = crossLanguage && markAcross ? markAcross(compared.text, referenceLanguage, claim.text, language) : null;
  const a = claim.attribution;
  const source = a
    ? {
        text: a.source.text,
        kind: a.source.kind,
        ...(a.source.affiliation ? { affiliation: a.source.affiliation } : {}),
        ...(a.source.role ? { role: a.source.role } : {}),
      }
    : null;
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    parts: compared && !crossLanguage ? cellDiff(compared.text, claim.text, language).filter((p) => withDeleted || p.op !== 'delete') : null,
    correspondence: correspondence && !withDeleted ? { ...correspondence, referenceOnly: [] } : correspondence,
    source,
    cue: a ? { text: a.cue.text, stance: a.cue.stance } : null,
    edited: claim.edited === true,
    ...(claim.kind === 'title' ? { headline: true } : {}),
  };
}

/**
 * The origin all of a row's claims are relayed from, when two or more outlets' claims share it: the first
 * link of each relay chain (an agency, or an article of the case named by its outlet).
 */
function sharedOrigin(claims: readonly ViewClaim[], labels: ReadonlyMap<string, string>): string | undefined {
  if (new Set(claims.map((c) => c.articleId)).size < 2) return undefined;
  let key: string | undefined;
  let name: string | undefined;
  for (const claim of claims) {
    const first = claim.attribution?.chain?.[0];
    if (!first) return undefined;
    const k = first.articleId ? `article:${first.articleId}` : foldForMatch(first.text);
    if (key !== undefined && key !== k) return undefined;
    key = k;
    name = first.articleId ? (labels.get(first.articleId) ?? first.text) : first.text;
  }
  return name;
}

/**
 * A function building one Compare row on demand, with a cache: diffs are computed only for rows a user
 * scrolls to, once per analysis/reference change. Example: selectRowBuilder(state)('r1')?.cells.length
 */
export const selectRowBuilder = createSelector(
  [selectEffectiveAnalysis, selectShownColumns, selectReferenceColumnId, selectRowNumbers, selectShowMissingWords, selectCellCorrespondence],
  (analysis, columns, referenceId, numbers, withDeleted, markAcross) => {
    const cache = new Map<string, CompareRow | undefined>();
    const labels = new Map(columns.map((c) => [c.articleId, c.label]));
    const rowsById = new Map((analysis?.rows ?? []).map((r) => [r.id, r]));
    // The reference column may be hidden: its language comes from its article.
    const referenceLanguage = analysis?.articles.find((a) => a.id === referenceId)?.language;
    return (rowId: string): CompareRow | undefined => {
      if (cache.has(rowId)) return cache.get(rowId);
      const row = rowsById.get(rowId);
      let built: CompareRow | undefined;
      if (row && analysis) {
        const claims = row.claimIds.map((id) => analysis.claimsById[id]).filter((c): c is ViewClaim => c !== undefined);
        // A headline standing in the row restates its outlet's lead in fewer words: the lead is the version to diff against.
        const reference = claims.find((c) => c.articleId === referenceId && c.kind !== 'title') ?? claims.find((c) => c.articleId === referenceId);
        const byArticle = new Map<string, ViewClaim[]>();
        for (const claim of claims) {
          const list = byArticle.get(claim.articleId);
          if (list) list.push(claim);
          else byArticle.set(claim.articleId, [claim]);
        }
        const disagreeing = new Set(row.disagreeing ?? []);
        const cells = columns.map((column): CompareCell => {
          const own = byArticle.get(column.articleId);
          const cell = { articleId: column.articleId, isReference: column.articleId === referenceId };
          if (!own) return { ...cell, claims: [] };
          // Diffed when first read: a row of a 1,000-outlet case diffs the cells on screen, not all of them.
          let diffed: CellClaim[] | undefined;
          return Object.defineProperty(cell, 'claims', {
            enumerable: true,
            get: () =>
              (diffed ??= own.map((c) => {
                const shown = toCellClaim(c, reference, column.language, withDeleted, referenceLanguage, markAcross);
                if (disagreeing.has(c.id)) shown.disagrees = true;
                return shown;
              })),
          }) as CompareCell;
        });
        const origin = sharedOrigin(claims, labels);
        built = {
          ...(origin ? { origin } : {}),
          id: row.id,
          number: numbers.get(row.id) ?? 0,
          // Of all outlets, shown or not.
          coverage: rowOutlets(row, (id) => analysis.claimsById[id]?.articleId).size,
          edited: row.edited,
          cells,
        };
      }
      cache.set(rowId, built);
      return built;
    };
  },
);
