/**
 * Attribution quality on PolNeAR (English political news, brat standoff), dev split.
 * Run: node bin/run-ts.mjs scripts/bench/polnear.ts   (POLNEAR_DEBUG=1 lists misses and false alarms)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributeSentences, type ClaimDraft } from '../../src/core/attribute/index.ts';
import { splitSentences } from '../../src/core/segment/index.ts';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface PolnearScore {
  articles: number;
  gold: number;
  predicted: number;
  cue: PRF;
  source: PRF;
}

interface Piece {
  start: number;
  end: number;
}

interface GoldAttribution {
  cue: Piece[];
  source: Piece[];
  content: Piece[];
  cueText: string;
  sourceText: string;
}

// ../shared from the repository root; a worktree one level deeper (wt/<name>) finds it two levels up.
const CORPUS =
  [process.env.PARALLAX_CORPORA && join(process.env.PARALLAX_CORPORA, 'polnear-dev'), resolve(import.meta.dirname, '../../../shared/corpora/polnear-dev'), resolve(import.meta.dirname, '../../../../shared/corpora/polnear-dev')]
    .filter((p): p is string => Boolean(p))
    .find((p) => existsSync(p)) ?? resolve(import.meta.dirname, '../../../shared/corpora/polnear-dev');
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'his', 'her', 'their', 'its', 'him', 'them']);

/** Parses a brat .ann file into attributions that have a cue. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { pieces: Piece[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 3) {
      const [, typeAndOffsets = '', text = ''] = cols;
      const firstSpace = typeAndOffsets.indexOf(' ');
      const pieces = typeAndOffsets
        .slice(firstSpace + 1)
        .split(';')
        .map((p) => p.trim().split(' ').map(Number))
        .filter((p) => p.length === 2 && p.every((n) => Number.isFinite(n)))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(cols[0]!, { pieces, text });
    } else if (line.startsWith('E') && cols.length >= 2) events.push(cols[1]!);
  }
  const gold: GoldAttribution[] = [];
  for (const event of events) {
    const roles = new Map<string, string>();
    for (const part of event.split(' ')) {
      const [role, id] = part.split(':');
      if (role && id) roles.set(role.replace(/\d+$/, ''), id);
    }
    const cue = spans.get(roles.get('Cue') ?? '');
    if (!cue || cue.pieces.length === 0) continue;
    const source = spans.get(roles.get('Source') ?? '');
    const content = spans.get(roles.get('Content') ?? '');
    gold.push({ cue: cue.pieces, source: source?.pieces ?? [], content: content?.pieces ?? [], cueText: cue.text, sourceText: source?.text ?? '' });
  }
  return gold;
}

const overlaps = (a: Piece, b: readonly Piece[]): boolean => b.some((p) => a.start < p.end && p.start < a.end);

function prf(tpPredicted: number, predicted: number, tpGold: number, gold: number): PRF {
  const precision = predicted ? tpPredicted / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function cueMatches(claim: ClaimDraft, g: GoldAttribution): boolean {
  const a = claim.attribution!;
  if (overlaps(a.cue, g.cue)) return true;
  // Same cue word reported for the same content (the gold cue may sit in the neighbouring sentence).
  return overlaps(claim, g.content) && a.cue.text.toLowerCase() === g.cueText.toLowerCase().trim();
}

function sourceMatches(claim: ClaimDraft, g: GoldAttribution, sentenceOf: (offset: number) => number): boolean {
  const s = claim.attribution!.source;
  if (g.source.length === 0) return false;
  if (overlaps(s, g.source)) return true;
  // PolNeAR marks the relative pronoun ("X, who said"); we give its antecedent, which ends just before it.
  const goldText = g.sourceText.toLowerCase().trim();
  if ((goldText === 'who' || goldText === 'which') && g.source[0]!.start >= s.end && g.source[0]!.start - s.end <= 3) return true;
  // A continued source carries the earlier mention's offsets; PolNeAR marks the local mention instead:
  // a pronoun ("he") or a shorter name for it ("the campaign" for "the Trump campaign").
  if (!s.continued || sentenceOf(g.source[0]!.start) !== claim.sentenceIndex) return false;
  const gold = g.sourceText.toLowerCase().trim();
  const head = gold.split(/\s+/).pop() ?? '';
  return PRONOUNS.has(gold) || (head.length > 1 && s.text.toLowerCase().split(/[\s,]+/).includes(head));
}

/** Scores attribution on the PolNeAR dev split (first annotator's file per article). */
export async function scorePolnear(debug = false): Promise<PolnearScore> {
  const textDir = join(CORPUS, 'text');
  const annDir = join(CORPUS, 'attributions');
  if (!existsSync(textDir)) throw new Error(`PolNeAR not found at ${CORPUS}`);
  const annFiles = readdirSync(annDir).sort();
  let articles = 0;
  let goldCount = 0;
  let predictedCount = 0;
  let cueTpPred = 0;
  let cueTpGold = 0;
  let srcTpPred = 0;
  let srcTpGold = 0;
  for (const file of readdirSync(textDir).sort()) {
    const base = file.replace(/\.txt$/, '');
    const annFile = annFiles.find((f) => f.startsWith(base + '_'));
    if (!annFile) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const gold = parseAnn(readFileSync(join(annDir, annFile), 'utf8'));
    const sentences = splitSentences(text, 'en');
    const claims = attributeSentences(text, sentences, 'en').filter((c) => c.attribution);
    const sentenceOf = (offset: number): number => sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1;
    articles++;
    goldCount += gold.length;
    predictedCount += claims.length;
    for (const claim of claims) {
      const matching = gold.filter((g) => cueMatches(claim, g));
      if (matching.length) cueTpPred++;
      if (matching.some((g) => sourceMatches(claim, g, sentenceOf))) srcTpPred++;
      else if (debug && matching.length) console.log(`SRC  ${base}: "${claim.attribution!.source.text}" vs gold "${matching[0]!.sourceText}"  [${claim.attribution!.cue.text}] ${claim.attribution!.rule}`);
      if (debug && !matching.length) console.log(`FP   ${base}: ${claim.attribution!.cue.text} / ${claim.attribution!.source.text} :: ${claim.text.slice(0, 120)}`);
    }
    for (const g of gold) {
      const found = claims.filter((c) => cueMatches(c, g));
      if (found.length) cueTpGold++;
      if (found.some((c) => sourceMatches(c, g, sentenceOf))) srcTpGold++;
      if (debug && !found.length) console.log(`MISS ${base}: cue "${g.cueText}" source "${g.sourceText}" :: ${text.slice(Math.max(0, g.cue[0]!.start - 60), g.cue[0]!.end + 40).replace(/\n/g, ' ')}`);
    }
  }
  return {
    articles,
    gold: goldCount,
    predicted: predictedCount,
    cue: prf(cueTpPred, predictedCount, cueTpGold, goldCount),
    source: prf(srcTpPred, predictedCount, srcTpGold, goldCount),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const score = await scorePolnear(process.env.POLNEAR_DEBUG === '1');
  console.log(`PolNeAR dev: ${score.articles} articles, ${score.gold} gold attributions (with a cue), ${score.predicted} predicted`);
  console.log('         precision  recall     F1');
  for (const [name, s] of [['cue', score.cue], ['source', score.source]] as const) console.log(`${name.padEnd(8)}  ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`);
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
