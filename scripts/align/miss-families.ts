/**
 * The annotated cross-outlet pairs of the *tuned* dev cases that rows miss, one language at a time, by
 * family: where the pair is lost (coverage, blocking, a join gate, grouping, the score) and, for pairs
 * the score loses, whether the two annotated members alone would join (the claim's other clause dilutes
 * the score) and how their main predicates relate (one event class, other classes, no class on a side).
 * Members are scored as extra claims of their articles (no attribution), beside the case's own claims.
 * Unseen cases are never read.
 *
 * Run: node bin/run-ts.mjs scripts/align/miss-families.ts [--pairs=FAMILY-PREFIX [--claims [--terms]]] ['{…align options}']
 */
import { blockedCandidates } from '../../src/core/align/index.ts';
import { frameAllows, prepareCase } from '../../src/core/align/prepare.ts';
import { forEachTunedView, termsLine, unitsByClaim } from './tuned-pairs.ts';
import type { AlignOptions, PreparedCase } from '../../src/core/align/prepare.ts';
import { frameConflict, overlaps } from '../../src/core/align/frames.ts';
import { lastPair } from '../../src/core/align/vectors.ts';
import { probeClauses } from '../../src/core/align/clause-join.ts';
import type { ClauseProbe } from '../../src/core/align/clause-join.ts';
import type { AnalyzedArticle, Claim } from '../../src/core/types.ts';
import { covers } from '../bench/score.ts';

const argv = process.argv.slice(2);
const showPrefix = argv.find((a) => a.startsWith('--pairs='))?.slice(8);
/** With --claims, a shown pair also prints the two best units' claims and their score. */
const showClaims = argv.includes('--claims');
/** With --terms (and --claims), the members' own terms: key, weight, document frequency, predicate classes. */
const showTerms = argv.includes('--terms');
/** With --headlines, a family whose best unit pair holds a headline is counted apart (" · headline"). */
const byHeadline = argv.includes('--headlines');
/** With --why, pairs whose members alone join are tallied by what keeps their claims apart (the clause join's view). */
const why = argv.includes('--why');
/** With --plain-members, members keep their source and cue words (as before s18). */
const plainMembers = argv.includes('--plain-members');
const json = argv.find((a) => a.startsWith('{'));
const options = (json ? JSON.parse(json) : {}) as AlignOptions;

// What each clause join sees (set before any case is prepared: a joiner reads it when made).
const lastClauses: ClauseProbe = { a: 0, b: 0, best: 0, refused: '' };
probeClauses(lastClauses);

const counts = new Map<string, number>();
const add = (family: string): void => void counts.set(family, (counts.get(family) ?? 0) + 1);

/** A unit's frame in short: main and other events, doer, speaker. */
const frameLine = (p: PreparedCase, u: number): string => {
  const f = p.frameOf?.(u);
  return f ? `main ${f.main.join(',')} events ${f.events.join(',')} subject ${f.subject ?? '-'} speaker ${f.speaker ?? '-'}${p.titleUnits[u] ? ' headline' : ''}` : '-';
};

/** How two units' main predicates relate, by their event frames. */
const predicates = (p: PreparedCase, u: number, v: number): string => {
  const a = p.frameOf!(u);
  const b = p.frameOf!(v);
  if (!a.main.length && !b.main.length) return 'no event class on either side';
  if (!a.main.length || !b.main.length) return 'no event class on one side';
  if (overlaps(a.main, b.main)) return frameConflict(a, b) ? 'one class, frames conflict' : a.subject && b.subject && a.subject !== b.subject ? 'one class, other doer' : 'one class';
  return 'other classes';
};

/** Why the clause join (and the window) leaves a pair under the threshold apart. */
function keptApart(p: PreparedCase, u: number, v: number): string {
  const s = p.score(u, v);
  if (lastPair.yearClash || lastPair.placeClash) return 'year/place clash';
  const floor = s < p.options.clauseFloor ? 'under clause floor' : 'over floor';
  lastClauses.a = lastClauses.b = -1;
  lastClauses.best = 0;
  lastClauses.refused = '';
  p.joinScore(u, v);
  if (lastClauses.a < 0) return `${floor}, clauses not asked`;
  const cut = lastClauses.a < 2 && lastClauses.b < 2 ? 'neither cut' : lastClauses.a < 2 || lastClauses.b < 2 ? 'one cut' : 'both cut';
  const best = lastClauses.best >= 0.32 ? '≥0.32' : lastClauses.best >= 0.2 ? '0.2-0.32' : lastClauses.best > 0 ? '<0.2' : '0';
  return `${floor}, ${cut}, best clause ${best}${lastClauses.refused ? ` refused by ${lastClauses.refused}` : ''}`;
}

forEachTunedView(options, ({ name, lang, analysis, entities, prepared, annotatedRows }) => {
  const candidates = blockedCandidates(prepared);
  const candidateSet = new Set<string>();
  for (let k = 0; k + 1 < candidates.length; k += 2) candidateSet.add(`${Math.min(candidates[k]!, candidates[k + 1]!)}|${Math.max(candidates[k]!, candidates[k + 1]!)}`);
  const units = unitsByClaim(prepared);
  const rowOf = new Map<string, string>();
  for (const row of analysis.rows) for (const id of row.claimIds) rowOf.set(id, row.id);
  // The members as claims of their own, appended to their articles' claims.
  const memberId = new Map<string, string>();
  const withMembers: AnalyzedArticle[] = analysis.articles.map((a) => {
    const extra: Claim[] = [];
    for (const row of annotatedRows) {
      for (const m of row.members) {
        if (m.articleId !== a.id || memberId.has(`${a.id}|${m.claim}`)) continue;
        const host = a.claims.find((c) => covers(c.text, m.claim));
        const at = a.text.indexOf(m.claim);
        const id = `${a.id}:m${extra.length}`;
        memberId.set(`${a.id}|${m.claim}`, id);
        // The host's source and cue, where they lie inside the member, are left out of its words as of the host's
        // (prepare.ts propositionText skips spans outside it): else a member joins by its speaker's name.
        const attribution = plainMembers ? null : (host?.attribution ?? null);
        extra.push({ id, articleId: a.id, sentenceIndex: host?.sentenceIndex ?? -1, attribution, text: m.claim, start: at >= 0 ? at : (host?.start ?? 0), end: (at >= 0 ? at : (host?.start ?? 0)) + m.claim.length });
      }
    }
    return { ...a, claims: [...a.claims, ...extra] };
  });
  const memberCase = prepareCase(withMembers, { ...options, entities });
  const memberUnits = unitsByClaim(memberCase);
  const covering = (articleId: string, snippet: string): Claim[] => analysis.articles.find((a) => a.id === articleId)?.claims.filter((c) => covers(c.text, snippet)) ?? [];
  for (const row of annotatedRows) {
    const covered = row.members.map((m) => ({ m, claims: covering(m.articleId, m.claim) }));
    for (let x = 0; x < covered.length; x++) {
      for (let y = x + 1; y < covered.length; y++) {
        const a = covered[x]!;
        const b = covered[y]!;
        if (a.m.articleId === b.m.articleId) continue;
        const together = a.claims.some((p) => b.claims.some((q) => rowOf.get(p.id) !== undefined && rowOf.get(p.id) === rowOf.get(q.id)));
        if (together) continue;
        let family: string;
        let shown = '';
        let bestPair: [number, number] | null = null;
        if (!a.claims.length || !b.claims.length) family = 'member no claim covers';
        else {
          let best = -1;
          let bu = -1;
          let bv = -1;
          for (const p of a.claims) for (const q of b.claims) for (const u of units.get(p.id) ?? []) for (const v of units.get(q.id) ?? []) {
            const s = prepared.score(u, v);
            if (s > best) [best, bu, bv] = [s, u, v];
          }
          if (bu >= 0) bestPair = [bu, bv];
          if (showClaims && bu >= 0) shown = `\n   a ${prepared.claims[bu]!.text}\n   b ${prepared.claims[bv]!.text}\n   score ${best.toFixed(3)} focus ${prepared.focusScore?.(bu, bv).toFixed(2)} frames ${frameLine(prepared, bu)} / ${frameLine(prepared, bv)}`;
          const join = prepared.joinScore(bu, bv) >= prepared.joinThreshold;
          const inRow = a.claims.some((p) => rowOf.has(p.id)) || b.claims.some((q) => rowOf.has(q.id));
          if (best >= prepared.options.threshold) {
            if (!candidateSet.has(`${Math.min(bu, bv)}|${Math.max(bu, bv)}`)) family = 'blocking: over threshold, never proposed';
            else if (!join) family = 'join gate refuses (speaker floor / headline / heading)';
            else family = inRow ? 'grouping: a claim already in another row (one row per claim)' : 'grouping: anti-chaining or restatement guard';
          } else if (join) family = inRow ? 'grouping (rescued): a claim already in another row' : 'grouping (rescued): guard';
          else {
            // The members alone: would they join? If not, how their predicates relate.
            const mu = memberUnits.get(memberId.get(`${a.m.articleId}|${a.m.claim}`)!) ?? [];
            const mv = memberUnits.get(memberId.get(`${b.m.articleId}|${b.m.claim}`)!) ?? [];
            let ms = -1;
            let mbu = -1;
            let mbv = -1;
            for (const u of mu) for (const v of mv) {
              const s = memberCase.score(u, v);
              if (s > ms) [ms, mbu, mbv] = [s, u, v];
            }
            const claimBand = best >= prepared.options.rescueThreshold ? 'claim band' : best > 0 ? 'claim low' : 'claim 0';
            if (mbu < 0) family = `${claimBand}: member not a unit`;
            else if (memberCase.joinScore(mbu, mbv) >= memberCase.joinThreshold) {
              family = `${claimBand}: members alone join (long claim, its other clauses dilute)`;
              if (why) {
                const reason = keptApart(prepared, bu, bv);
                const memberWay = ms >= memberCase.options.threshold ? 'members by words' : 'members rescued';
                add(`why ${lang} ${claimBand} ${reason} · ${memberWay}`);
                add(`why all ${reason}`);
                // In a row: the annotated row's (it holds a claim covering another member) or another.
                const placed = (cs: Claim[]): string => {
                  const rows = cs.map((c) => rowOf.get(c.id)).filter((r) => r !== undefined);
                  if (!rows.length) return 'alone';
                  const right = covered.some((o) => o !== a && o !== b && o.claims.some((c) => rows.includes(rowOf.get(c.id)!)));
                  return right ? 'in its row' : 'in another row';
                };
                add(`why placed: ${[placed(a.claims), placed(b.claims)].sort().join(' / ')}`);
                if (showPrefix !== undefined && family.startsWith(showPrefix)) shown += `\n   placed a ${placed(a.claims)}, b ${placed(b.claims)}`;
                if (showPrefix !== undefined && family.startsWith(showPrefix)) shown += `\n   why ${reason} · ${memberWay} (members ${ms.toFixed(3)})`;
              }
            }
            else {
              memberCase.score(mbu, mbv);
              const clash = lastPair.yearClash || lastPair.placeClash ? ', year/place clash' : '';
              const band = ms >= memberCase.options.rescueThreshold ? 'members 0.15-0.25' : ms > 0 ? 'members low' : 'members 0';
              const gate = ms >= memberCase.options.rescueThreshold && !clash && frameAllows(memberCase.frameOf!(mbu), memberCase.frameOf!(mbv), 'main') ? ' (gate allows?)' : '';
              family = `${claimBand}: ${band}: ${predicates(memberCase, mbu, mbv)}${clash}${gate}`;
              if (showClaims && showTerms) shown += `\n   members ${ms.toFixed(3)}\n     ${termsLine(memberCase, mbu)}\n     ${termsLine(memberCase, mbv)}`;
            }
          }
        }
        if (byHeadline && bestPair && (prepared.titleUnits[bestPair[0]] || prepared.titleUnits[bestPair[1]])) family += ' · headline';
        add(`${lang} ${family}`);
        add(`all ${family}`);
        if (showPrefix !== undefined && family.startsWith(showPrefix)) console.log(`[${family}] ${name} ${lang} ${row.id}\n   A ${a.m.claim}\n   B ${b.m.claim}${shown}`);
      }
    }
  }
});
for (const [k, n] of [...counts].sort((x, y) => x[0].localeCompare(y[0]))) console.log(String(n).padStart(5), k);
