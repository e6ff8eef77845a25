/**
 * Scoring of a CaseAnalysis against the hand-made annotations in fixtures/annotations/: attribution
 * (claim, source, kind, cue, stance, quote, via), furniture and own voice, cross-outlet row pairs, and
 * label coverage. Pure functions, shared by the quality benchmark and the golden tests.
 */
import { foldForMatch, foldWithMap } from '../../src/core/normalize/index.ts';
import type { ActorLabel, AnalyzedArticle, CaseAnalysis, Claim } from '../../src/core/types.ts';
import type { AnnotatedAttribution, AnnotatedContrast, CaseAnnotations } from '../../fixtures/schema.ts';

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * P/R/F1 from counts (0 when a denominator is 0).
 * @example prf(8, 10, 16).f1 // 0.615…
 */
export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}

/**
 * Matching form of a snippet: folded (foldForMatch), punctuation and quote marks dropped, spaces
 * collapsed — so quote styles and no-break spaces never decide a match.
 * @example norm('“Vell” said') === 'vell said'
 */
export function norm(text: string): string {
  return foldForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Either contains the other (both non-empty). */
export function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/**
 * Whether a predicted span stands for an annotated snippet: it contains it, or it is a clause inside it
 * that keeps most of it (≥ 60%).
 * @example covers('The minister said the talks failed.', 'the talks failed') // true
 */
export function covers(span: string, snippet: string): boolean {
  const s = norm(span);
  const g = norm(snippet);
  if (s.length === 0 || g.length === 0) return false;
  return s.includes(g) || (g.includes(s) && s.length >= 0.6 * g.length);
}

export interface AttributionScores {
  /** Attributed claim found (a predicted attributed claim covers the annotated snippet). */
  claims: Prf;
  source: Prf;
  kind: Prf;
  cue: Prf;
  stance: Prf;
  quote: Prf;
  via: Prf;
  /** Matched annotations marked `continued` whose predicted source is marked continued too. */
  continued: { right: number; total: number };
  furniture: { lines: number; keptInText: number; yieldingClaims: number; yieldingAttributed: number };
  headings: { lines: number; yieldingAttributed: number };
  ownVoice: { total: number; correct: number; notFound: number; accuracy: number };
  /** Per article: annotated (required) attributions, predicted attributed claims, found, source right. */
  perArticle: { articleId: string; gold: number; predicted: number; found: number; sourceRight: number }[];
  /** Human-readable misses, for --verbose. */
  notes: string[];
}

interface Match {
  gold: AnnotatedAttribution;
  claim: Claim;
  antecedents: string[];
}

function sourceRight(m: Match): boolean {
  const source = m.claim.attribution!.source;
  if (overlaps(source.text, m.gold.source)) return true;
  // A carried-over source may be shown as its antecedent ("Bakst" for "He").
  return m.gold.continued === true && (source.continued === true || m.antecedents.some((a) => overlaps(source.text, a)));
}

function matchArticle(article: AnalyzedArticle, golds: readonly AnnotatedAttribution[]): { matches: Match[]; optionalHits: Set<Claim>; missed: AnnotatedAttribution[] } {
  const predicted = article.claims.filter((c) => c.attribution !== null);
  const used = new Set<Claim>();
  const matches: Match[] = [];
  const optionalHits = new Set<Claim>();
  const missed: AnnotatedAttribution[] = [];
  const order = [...golds.filter((g) => !g.optional), ...golds.filter((g) => g.optional)];
  for (const gold of order) {
    const antecedents = golds.slice(0, golds.indexOf(gold)).map((g) => g.source);
    const candidates = predicted.filter((c) => !used.has(c) && covers(c.text, gold.claim));
    const best = candidates.find((c) => sourceRight({ gold, claim: c, antecedents })) ?? candidates[0];
    if (!best) {
      if (!gold.optional) missed.push(gold);
      continue;
    }
    used.add(best);
    if (gold.optional) optionalHits.add(best);
    else matches.push({ gold, claim: best, antecedents });
  }
  return { matches, optionalHits, missed };
}

function lineYields(line: string, claim: Claim): boolean {
  const l = norm(line);
  const c = norm(claim.text);
  if (l.length === 0 || c.length === 0) return false;
  return l.includes(c) || (c.includes(l) && l.length >= 0.5 * c.length);
}

/**
 * Scores the claims and attributions of an analysis against a case's annotations.
 * @example scoreAttribution(analyzeCase(loadCase('seeds')), loadAnnotations('seeds')).source.f1
 */
export function scoreAttribution(analysis: CaseAnalysis, annotations: CaseAnnotations): AttributionScores {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const count = { gold: 0, predicted: 0, claims: 0, source: 0, kind: 0, cue: 0, stance: 0, quote: 0, viaGold: 0, viaPredicted: 0, via: 0 };
  const continued = { right: 0, total: 0 };
  const furniture = { lines: 0, keptInText: 0, yieldingClaims: 0, yieldingAttributed: 0 };
  const headings = { lines: 0, yieldingAttributed: 0 };
  const ownVoice = { total: 0, correct: 0, notFound: 0, accuracy: 0 };
  const notes: string[] = [];
  const perArticle: AttributionScores['perArticle'] = [];
  for (const annotation of annotations.articles) {
    const golds = annotation.attributions;
    const required = golds.filter((g) => !g.optional);
    count.gold += required.length;
    count.viaGold += required.filter((g) => g.via !== undefined).length;
    furniture.lines += annotation.furniture.length;
    headings.lines += annotation.headings.length;
    ownVoice.total += annotation.ownVoice.length;
    const article = byId.get(annotation.articleId);
    if (!article) {
      notes.push(`${annotation.articleId}: missing from the analysis`);
      ownVoice.notFound += annotation.ownVoice.length;
      continue;
    }
    const { matches, optionalHits, missed } = matchArticle(article, golds);
    const scored = article.claims.filter((c) => c.attribution !== null && !optionalHits.has(c));
    perArticle.push({ articleId: article.id, gold: required.length, predicted: scored.length, found: matches.length, sourceRight: matches.filter(sourceRight).length });
    count.predicted += scored.length;
    count.viaPredicted += scored.filter((c) => c.attribution!.via !== undefined).length;
    for (const m of matches) {
      const a = m.claim.attribution!;
      const checks = {
        source: sourceRight(m),
        kind: a.source.kind === m.gold.kind,
        cue: overlaps(a.cue.text, m.gold.cue),
        stance: a.cue.stance === m.gold.stance,
        quote: a.quote === m.gold.quote,
      };
      count.claims++;
      for (const [field, ok] of Object.entries(checks) as [keyof typeof checks, boolean][]) {
        if (ok) count[field]++;
        else notes.push(`${article.id}: ${field} wrong for «${m.gold.claim.slice(0, 40)}»: got ${describe(m.claim, field)}, want ${want(m.gold, field)}`);
      }
      if (m.gold.via !== undefined && a.via !== undefined && overlaps(a.via.text, m.gold.via)) count.via++;
      if (m.gold.continued) {
        continued.total++;
        if (a.source.continued) continued.right++;
      }
    }
    for (const g of missed) notes.push(`${article.id}: missed «${g.claim.slice(0, 50)}» (${g.source} / ${g.cue})`);
    const matched = new Set([...matches.map((m) => m.claim), ...optionalHits]);
    for (const c of scored) if (!matched.has(c)) notes.push(`${article.id}: spurious «${c.text.slice(0, 50)}» (${c.attribution!.source.text} / ${c.attribution!.cue.text})`);

    const textLines = new Set(article.text.split(/\n/).map(norm));
    for (const line of annotation.furniture) {
      if (textLines.has(norm(line))) furniture.keptInText++;
      const yielding = article.claims.filter((c) => lineYields(line, c));
      if (yielding.length > 0) furniture.yieldingClaims++;
      if (yielding.some((c) => c.attribution !== null)) {
        furniture.yieldingAttributed++;
        notes.push(`${article.id}: furniture line yields an attributed claim: «${line.slice(0, 50)}»`);
      }
    }
    for (const line of annotation.headings) {
      if (article.claims.some((c) => c.attribution !== null && lineYields(line, c))) headings.yieldingAttributed++;
    }
    for (const snippet of annotation.ownVoice) {
      const claim = article.claims.find((c) => covers(c.text, snippet));
      if (!claim) ownVoice.notFound++;
      else if (claim.attribution === null) ownVoice.correct++;
      else notes.push(`${article.id}: own voice attributed «${snippet.slice(0, 40)}» to ${claim.attribution.source.text}`);
    }
  }
  ownVoice.accuracy = ownVoice.total === 0 ? 0 : ownVoice.correct / ownVoice.total;
  const p = (n: number): Prf => prf(n, count.predicted, count.gold);
  return {
    claims: p(count.claims),
    source: p(count.source),
    kind: p(count.kind),
    cue: p(count.cue),
    stance: p(count.stance),
    quote: p(count.quote),
    via: prf(count.via, count.viaPredicted, count.viaGold),
    continued,
    furniture,
    headings,
    ownVoice,
    perArticle,
    notes,
  };
}

function describe(claim: Claim, field: string): string {
  const a = claim.attribution!;
  switch (field) {
    case 'source':
      return `«${a.source.text}»`;
    case 'kind':
      return a.source.kind;
    case 'cue':
      return `«${a.cue.text}»`;
    case 'stance':
      return a.cue.stance;
    default:
      return a.quote;
  }
}

function want(gold: AnnotatedAttribution, field: string): string {
  switch (field) {
    case 'source':
      return `«${gold.source}»`;
    case 'kind':
      return gold.kind;
    case 'cue':
      return `«${gold.cue}»`;
    case 'stance':
      return gold.stance;
    default:
      return gold.quote;
  }
}

export interface AlignmentScores {
  /** Cross-article claim pairs sharing a row, against the annotated rows. */
  pairs: Prf;
  /** Same, counting only predicted pairs whose two claims both stand for annotated claims. */
  pairsAmongAnnotated: Prf;
  /** Annotated row members that some claim of the analysis covers. */
  members: { found: number; total: number };
  /** Pairs a careful reader keeps apart that the analysis put in one row. */
  distinct: { violated: number; total: number };
  /** Annotated rows whose covered members all land in one predicted row. */
  rowsRecovered: number;
  rowsTotal: number;
  notes: string[];
}

function claimsCovering(analysis: CaseAnalysis, articleId: string, snippet: string): Claim[] {
  const article = analysis.articles.find((a) => a.id === articleId);
  return article ? article.claims.filter((c) => covers(c.text, snippet)) : [];
}

/**
 * Scores the analysis's rows as pairs of claims from different articles against the annotated rows.
 * @example scoreAlignment(analysis, loadAnnotations('english')).pairs.f1
 */
export function scoreAlignment(
  analysis: CaseAnalysis,
  annotations: CaseAnnotations,
  /** Which pairs of articles count (e.g. only pairs across two languages); omitted: all. */
  keepPair: (articleA: string, articleB: string) => boolean = () => true,
): AlignmentScores {
  const rowOf = new Map<string, Set<string>>();
  const articleOf = new Map<string, string>();
  for (const a of analysis.articles) for (const c of a.claims) articleOf.set(c.id, a.id);
  for (const row of analysis.rows) for (const id of row.claimIds) (rowOf.get(id) ?? rowOf.set(id, new Set()).get(id)!).add(row.id);
  const sameRow = (x: Claim[], y: Claim[]): boolean =>
    x.some((a) => y.some((b) => [...(rowOf.get(a.id) ?? [])].some((r) => rowOf.get(b.id)?.has(r))));

  // Which annotated rows each claim stands for.
  const goldRowsOf = new Map<string, Set<string>>();
  const annotated = new Set<string>();
  let membersFound = 0;
  let membersTotal = 0;
  let goldPairs = 0;
  let foundPairs = 0;
  let rowsRecovered = 0;
  const notes: string[] = [];
  for (const row of annotations.rows) {
    const covered = row.members.map((m) => ({ m, claims: claimsCovering(analysis, m.articleId, m.claim) }));
    for (const { claims } of covered) {
      membersTotal++;
      if (claims.length > 0) membersFound++;
      for (const c of claims) {
        annotated.add(c.id);
        (goldRowsOf.get(c.id) ?? goldRowsOf.set(c.id, new Set()).get(c.id)!).add(row.id);
      }
    }
    let allTogether = true;
    for (let i = 0; i < covered.length; i++) {
      for (let j = i + 1; j < covered.length; j++) {
        if (covered[i]!.m.articleId === covered[j]!.m.articleId || !keepPair(covered[i]!.m.articleId, covered[j]!.m.articleId)) continue;
        goldPairs++;
        if (sameRow(covered[i]!.claims, covered[j]!.claims)) foundPairs++;
        else {
          allTogether = false;
          notes.push(`row ${row.id}: ${covered[i]!.m.articleId} × ${covered[j]!.m.articleId} not aligned`);
        }
      }
    }
    if (allTogether) rowsRecovered++;
  }
  for (const pair of annotations.distinct) {
    for (const m of [pair.a, pair.b]) for (const c of claimsCovering(analysis, m.articleId, m.claim)) annotated.add(c.id);
  }

  const seen = new Set<string>();
  let predicted = 0;
  let correct = 0;
  let predictedAnnotated = 0;
  for (const row of analysis.rows) {
    for (let i = 0; i < row.claimIds.length; i++) {
      for (let j = i + 1; j < row.claimIds.length; j++) {
        const [x, y] = [row.claimIds[i]!, row.claimIds[j]!].sort() as [string, string];
        if (articleOf.get(x) === articleOf.get(y) || seen.has(`${x}|${y}`) || !keepPair(articleOf.get(x)!, articleOf.get(y)!)) continue;
        seen.add(`${x}|${y}`);
        predicted++;
        const gx = goldRowsOf.get(x);
        const ok = gx !== undefined && [...gx].some((r) => goldRowsOf.get(y)?.has(r));
        if (ok) correct++;
        if (annotated.has(x) && annotated.has(y)) predictedAnnotated++;
      }
    }
  }
  let violated = 0;
  for (const pair of annotations.distinct) {
    if (sameRow(claimsCovering(analysis, pair.a.articleId, pair.a.claim), claimsCovering(analysis, pair.b.articleId, pair.b.claim))) {
      violated++;
      notes.push(`distinct pair joined: ${pair.why}`);
    }
  }
  // Precision counts predicted claim pairs; recall counts annotated member pairs (one claim may stand
  // for two members when a sentence holds two annotated claims).
  const withRecall = (n: number): Prf => {
    const base = prf(correct, n, goldPairs);
    const recall = goldPairs === 0 ? 0 : foundPairs / goldPairs;
    const f1 = base.precision + recall === 0 ? 0 : (2 * base.precision * recall) / (base.precision + recall);
    return { ...base, recall, f1 };
  };
  return {
    pairs: withRecall(predicted),
    pairsAmongAnnotated: withRecall(predictedAnnotated),
    members: { found: membersFound, total: membersTotal },
    distinct: { violated, total: annotations.distinct.length },
    rowsRecovered,
    rowsTotal: annotations.rows.length,
    notes,
  };
}

/**
 * A predicted label stands for an annotated one when it contains it, or is the larger part of it
 * (so a bare "حكومة" does not pass for "الحكومة المعترف بها دوليا").
 * @example labelMatches('المشير', 'المشير') // true
 */
export function labelMatches(predicted: string, gold: string): boolean {
  const [p, g] = [norm(predicted), norm(gold)];
  if (p.length === 0 || g.length === 0) return false;
  return p.includes(g) || (g.includes(p) && p.length >= 0.5 * g.length);
}

/**
 * Where `snippet` occurs in `text`, compared folded and with any run of spaces matching any other.
 * @example occurrences('Gen.  Haftar', 'gen. haftar') // [[0, 12]]
 */
export function occurrences(text: string, snippet: string): [number, number][] {
  const { folded, toOriginal } = foldWithMap(text);
  const pattern = foldForMatch(snippet)
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (pattern.length === 0) return [];
  const out: [number, number][] = [];
  for (const m of folded.matchAll(new RegExp(pattern, 'gu'))) out.push([toOriginal[m.index]!, toOriginal[m.index + m[0].length]!]);
  return out;
}

/**
 * For an annotated label of an article, a test of whether a predicted label stands for it: the same
 * words, or a part of the label (its head noun) found where the annotated label stands.
 */
export function labelMatcher(analysis: CaseAnalysis): (articleId: string, label: string) => (predicted: ActorLabel) => boolean {
  const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
  return (articleId, label) => {
    const places = occurrences(textOf.get(articleId) ?? '', label);
    return (l) => l.articleId === articleId && (labelMatches(l.text, label) || (overlaps(l.text, label) && places.some(([a, b]) => l.start < b && a < l.end)));
  };
}

/**
 * Each predicted actor stands for the annotated actor its names match best, so "Haftar's forces" is
 * not taken for "Haftar" just because one name contains the other.
 */
export function annotatedActorOf(analysis: CaseAnalysis, annotations: CaseAnnotations): Map<CaseAnalysis['actors'][number], string> {
  const similarity = (name: string, alias: string): number => {
    const [x, y] = [norm(name), norm(alias)];
    if (x.length === 0 || y.length === 0) return 0;
    if (x === y) return 1;
    const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
    return shorter.length >= 4 && longer.includes(shorter) ? shorter.length / longer.length : 0;
  };
  const standsFor = new Map<CaseAnalysis['actors'][number], string>();
  for (const actor of analysis.actors) {
    let best = { actor: '', score: 0 };
    for (const [goldActor, aliases] of Object.entries(annotations.actors)) {
      const score = Math.max(0, ...[actor.name, ...(actor.aliases ?? [])].flatMap((n) => aliases.map((al) => similarity(n, al))));
      if (score > best.score) best = { actor: goldActor, score };
    }
    if (best.score > 0) standsFor.set(actor, best.actor);
  }
  return standsFor;
}

export interface LabelPrecision {
  /** Labels the analysis shows on actors that stand for an annotated actor. */
  surfaced: number;
  /** Of those, the ones a reader calls a label: they stand for a label annotated in that article, or are a name of the actor. */
  right: number;
  precision: number;
  notes: string[];
}

/**
 * Label precision: of the labels shown on annotated actors, the share that stand for a label the
 * annotators saw in that article (or that are a name the annotators list for the actor), so recall
 * gains cannot hide noise.
 * @example scoreLabelPrecision(analysis, annotations).precision
 */
export function scoreLabelPrecision(analysis: CaseAnalysis, annotations: CaseAnnotations): LabelPrecision {
  const scores: LabelPrecision = { surfaced: 0, right: 0, precision: 0, notes: [] };
  const standsFor = annotatedActorOf(analysis, annotations);
  const standsForLabel = labelMatcher(analysis);
  const goldByArticle = new Map<string, ((l: ActorLabel) => boolean)[]>();
  for (const gold of annotations.labels) {
    const list = goldByArticle.get(gold.articleId) ?? [];
    list.push(standsForLabel(gold.articleId, gold.label));
    goldByArticle.set(gold.articleId, list);
  }
  for (const [actor, goldActor] of standsFor) {
    const names = (annotations.actors[goldActor] ?? []).map(norm);
    for (const l of actor.labels) {
      scores.surfaced++;
      const isName = names.includes(norm(l.text));
      if (isName || (goldByArticle.get(l.articleId) ?? []).some((m) => m(l))) scores.right++;
      else scores.notes.push(`label on ${goldActor} in ${l.articleId} a reader would not call one: «${l.text}»`);
    }
  }
  scores.precision = scores.surfaced === 0 ? 0 : scores.right / scores.surfaced;
  return scores;
}

export interface LabelScores {
  total: number;
  /** Annotated labels found on an actor that matches the annotated actor (by name or alias). */
  foundOnActor: number;
  /** Found on any actor. */
  foundAnywhere: number;
  /** Of those found on the right actor, how many carry the annotated stance. */
  stanceAgree: number;
  coverage: number;
  notes: string[];
}

/**
 * Label coverage: share of annotated labels the analysis puts on the right actor, in the right article.
 * @example scoreLabels(analysis, loadAnnotations('seeds')).coverage
 */
export function scoreLabels(analysis: CaseAnalysis, annotations: CaseAnnotations): LabelScores {
  const scores: LabelScores = { total: 0, foundOnActor: 0, foundAnywhere: 0, stanceAgree: 0, coverage: 0, notes: [] };
  const standsFor = annotatedActorOf(analysis, annotations);
  const standsForLabel = labelMatcher(analysis);
  for (const gold of annotations.labels) {
    scores.total++;
    const matches = standsForLabel(gold.articleId, gold.label);
    const hit = (labels: CaseAnalysis['actors'][number]['labels']) => labels.find(matches);
    const right = analysis.actors.filter((a) => standsFor.get(a) === gold.actor);
    const found = right.map((a) => hit(a.labels)).find((l) => l !== undefined);
    if (found) {
      scores.foundOnActor++;
      if (found.stance === gold.stance) scores.stanceAgree++;
    } else scores.notes.push(`label not on ${gold.actor} in ${gold.articleId}: «${gold.label}»`);
    if (found || analysis.actors.some((a) => hit(a.labels))) scores.foundAnywhere++;
  }
  scores.coverage = scores.total === 0 ? 0 : scores.foundOnActor / scores.total;
  return scores;
}

export interface ContrastScores {
  total: number;
  /** Contrasts whose every label sits on one actor of the analysis. */
  landed: number;
  /** Contrasts whose labels were all found, but spread over several actors. */
  split: number;
  share: number;
  notes: string[];
}

/**
 * Naming contrasts landed in one actor row: for each annotated contrast (outlets naming one actor
 * differently), whether a single actor of the analysis carries every one of its labels, each matched
 * in its article as scoreLabels matches a label.
 * @example scoreContrasts(analysis, contrasts).share
 */
export function scoreContrasts(analysis: CaseAnalysis, contrasts: readonly AnnotatedContrast[]): ContrastScores {
  const scores: ContrastScores = { total: contrasts.length, landed: 0, split: 0, share: 0, notes: [] };
  const standsForLabel = labelMatcher(analysis);
  const carries = (actor: CaseAnalysis['actors'][number], articleId: string, label: string): boolean => actor.labels.some(standsForLabel(articleId, label));
  for (const contrast of contrasts) {
    if (analysis.actors.some((actor) => contrast.labels.every((l) => carries(actor, l.articleId, l.label)))) {
      scores.landed++;
      continue;
    }
    const missing = contrast.labels.filter((l) => !analysis.actors.some((actor) => carries(actor, l.articleId, l.label)));
    if (missing.length === 0) scores.split++;
    scores.notes.push(
      `contrast on ${contrast.actor} not in one actor row` +
        (missing.length > 0 ? `; labels on no actor: ${missing.map((l) => `${l.articleId} «${l.label}»`).join(', ')}` : ' (labels spread over several actors)'),
    );
  }
  scores.share = scores.total === 0 ? 0 : scores.landed / scores.total;
  return scores;
}

export interface MergedActorScores {
  /** Annotated actors named in both an Arabic-script and a Latin-script article of the case. */
  total: number;
  /** Of those, actors of the analysis that carry a name in each script of the annotated actor. */
  merged: number;
  share: number;
  notes: string[];
}

/**
 * Actors merged across scripts: of the annotated actors the case names in two scripts, how many are
 * one actor of the analysis (its name and aliases include one of the actor's names in each script).
 * @example scoreMergedActors(analysis, annotations).share
 */
export function scoreMergedActors(analysis: CaseAnalysis, annotations: CaseAnnotations): MergedActorScores {
  const scores: MergedActorScores = { total: 0, merged: 0, share: 0, notes: [] };
  const arabicScript = (s: string) => /[\u0600-\u06FF]/.test(s);
  const inAny = (alias: string, arabic: boolean) =>
    analysis.articles.some((a) => arabicScript(a.text.slice(0, 2000)) === arabic && occurrences(a.text, alias).length > 0);
  const same = (x: string, y: string) => {
    const [a, b] = [norm(x), norm(y)];
    if (!a || !b) return false;
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    return a === b || (shorter.length >= 4 && ` ${longer} `.includes(` ${shorter} `));
  };
  for (const [actor, aliases] of Object.entries(annotations.actors)) {
    const arabicNames = aliases.filter((a) => arabicScript(a) && inAny(a, true));
    const latinNames = aliases.filter((a) => !arabicScript(a) && inAny(a, false));
    if (arabicNames.length === 0 || latinNames.length === 0) continue;
    scores.total++;
    const ok = analysis.actors.some((candidate) => {
      const names = [candidate.name, ...(candidate.aliases ?? [])];
      return names.some((n) => arabicNames.some((a) => same(n, a))) && names.some((n) => latinNames.some((l) => same(n, l)));
    });
    if (ok) scores.merged++;
    else scores.notes.push(`actor ${actor} not merged across scripts`);
  }
  scores.share = scores.total === 0 ? 0 : scores.merged / scores.total;
  return scores;
}
