/**
 * Attribution quality on PolNeAR (English political news, brat standoff), dev split.
 * Run: node bin/run-ts.mjs scripts/bench/polnear.ts [--half=tune|held]   (POLNEAR_DEBUG=1 lists misses and false alarms)
 * --half: the even-numbered (tune) or odd-numbered (held) half of the sorted articles; rules are tuned on one, reported on the other.
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
  /** Recall of cue and source per family of gold attribution (a gold cue may fall in several). */
  families: Record<string, { gold: number; cue: number; source: number }>;
}

/**
 * A simple classification of gold attributions into the families of issue 9, from the words around
 * the gold cue and source (not from our output), so recall can be read per family.
 */
const FAMILY_WORDS = {
  evidentialSource: /\b(polls?|surveys?|data|results?|figures|numbers|study|studies|report|reports|records|documents?|footage|video|analysis|census|findings)\b/i,
  evidentialCue: /^(show|shows|showed|shown|showing|reveal\w*|find|finds|found|indicat\w+|suggest\w*)$/i,
  stanceCue: /^(accus\w+|condemn\w*|denounc\w+|criticiz\w+|doubt\w*|question\w*|fear\w*|worr\w+|protest\w*|blast\w*|slam\w*|attack\w*|reject\w*|dismiss\w*|decr\w+|object\w*|cast)$/i,
  beliefCue: /^(believ\w+|think\w*|thought|want\w*|hop\w+|plan\w*|expect\w*|know\w*|knew|feel\w*|felt|seem\w*|wish\w*|intend\w*|consider\w*|view\w*|see|sees|saw|understand\w*|understood|assum\w+|agree\w*|support\w*|oppos\w+|decid\w+|seek\w*|sought|prefer\w*|like|likes|liked)$/i,
  auxiliary: /^(has|have|had|will|would|could|is|was|are|were|did|does|do|'s|’s|'ll|’ll)$/i,
};

export function familiesOf(g: GoldAttribution, text: string): string[] {
  const families: string[] = [];
  const cueStart = g.cue[0]!.start;
  const cueWords = g.cueText.trim().split(/\s+/);
  const head = cueWords.find((w) => !FAMILY_WORDS.auxiliary.test(w) && !/^(also|not|never|later|earlier|previously|repeatedly|recently|then|n't|further)$/i.test(w)) ?? cueWords[0]!;
  const before = text.slice(Math.max(0, cueStart - 40), cueStart);
  const source = g.source[0];
  const sourceText = g.sourceText.trim();
  if (/^(according|per)$/i.test(cueWords[0]!) || /^as per$/i.test(g.cueText.trim())) families.push('prepositional');
  else if (g.cueText.trim() === ':' ) families.push('colon');
  if ((/,\s*$/.test(before) && /ing$/i.test(cueWords[0]!)) || /\b(and|but)\s+$/i.test(before) && (!source || source.end < cueStart - 8)) families.push('second clause / participle');
  if (cueWords.length > 1 && FAMILY_WORDS.auxiliary.test(cueWords[0]!)) families.push('compound tense');
  if (source && /[,(]/.test(sourceText) && source.end <= cueStart) families.push('name + apposition');
  if (/^(who|which|that)$/i.test(sourceText) || /\b(after|when|as|while|before|since|because)\s+(\S+\s+){0,5}$/i.test(before) && source && source.start > cueStart - 60 && source.start < cueStart) families.push('inside a clause');
  if (source && source.end <= cueStart && /\d/.test(text.slice(source.end, cueStart))) families.push('number near source');
  if (g.content.length && g.content[0]!.end <= cueStart && /\d/.test(text.slice(g.content[0]!.start, g.content[0]!.end)) && /,\s*\S+(\s+\S+){0,5}\s*$/.test(before)) families.push('number near source');
  if (FAMILY_WORDS.evidentialSource.test(sourceText) || FAMILY_WORDS.evidentialCue.test(head)) families.push('evidential');
  if (FAMILY_WORDS.stanceCue.test(head)) families.push('stance');
  if (FAMILY_WORDS.beliefCue.test(head)) families.push('belief / intention');
  if (source && /^(he|she|they|it|we|i|you)$/i.test(sourceText)) families.push('pronoun source');
  if (families.length === 0) families.push(/^(say|says|said|saying|told|tell|tells|add|adds|added)$/i.test(head) ? 'plain say/tell' : 'other');
  return [...new Set(families)];
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
  // A quotation running over sentences carries its speaker to each of them; the gold pronoun may sit in
  // the sentence next to the one scored ("“A. B,” he said" scores "“A." too).
  const reach = claim.attribution!.rule === 'quote-continues' ? 1 : 0;
  if (!s.continued || Math.abs(sentenceOf(g.source[0]!.start) - claim.sentenceIndex) > reach) return false;
  const gold = g.sourceText.toLowerCase().trim();
  const head = gold.split(/\s+/).pop() ?? '';
  return PRONOUNS.has(gold) || (head.length > 1 && s.text.toLowerCase().split(/[\s,]+/).includes(head));
}

/** Scores attribution on the PolNeAR dev split (first annotator's file per article). */
export async function scorePolnear(debug = false, half?: 'tune' | 'held'): Promise<PolnearScore> {
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
  const families: PolnearScore['families'] = {};
  // An honest split for rule work: "tune" is the even-numbered half of the sorted files, "held" the odd.
  const files = readdirSync(textDir).sort().filter((_, i) => !half || (i % 2 === 0) === (half === 'tune'));
  for (const file of files) {
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
      else if (debug && matching.length) console.log(`SRC  [${familiesOf(matching[0]!, text).join('|')}] ${base}: "${claim.attribution!.source.text}" vs gold "${matching[0]!.sourceText}"  [${claim.attribution!.cue.text}] ${claim.attribution!.rule}`);
      if (debug && !matching.length) console.log(`FP   ${base}: ${claim.attribution!.cue.text} / ${claim.attribution!.source.text} :: ${claim.text.slice(0, 120)}`);
    }
    for (const g of gold) {
      const found = claims.filter((c) => cueMatches(c, g));
      const sourceFound = found.some((c) => sourceMatches(c, g, sentenceOf));
      if (found.length) cueTpGold++;
      if (sourceFound) srcTpGold++;
      for (const family of familiesOf(g, text)) {
        const f = (families[family] ??= { gold: 0, cue: 0, source: 0 });
        f.gold++;
        if (found.length) f.cue++;
        if (sourceFound) f.source++;
      }
      if (debug && !found.length) console.log(`MISS${claims.some((c) => c.start <= g.cue[0]!.start && g.cue[0]!.start < c.end) ? '-IN' : ''} [${familiesOf(g, text).join('|')}] ${base}: cue "${g.cueText}" source "${g.sourceText}" :: ${text.slice(Math.max(0, g.cue[0]!.start - 60), g.cue[0]!.end + 40).replace(/\n/g, ' ')}`);
    }
  }
  return {
    articles,
    gold: goldCount,
    predicted: predictedCount,
    cue: prf(cueTpPred, predictedCount, cueTpGold, goldCount),
    source: prf(srcTpPred, predictedCount, srcTpGold, goldCount),
    families,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const halfArg = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
  const half = halfArg === 'tune' || halfArg === 'held' ? halfArg : undefined;
  const score = await scorePolnear(process.env.POLNEAR_DEBUG === '1', half);
  console.log(`PolNeAR dev${half ? ` (${half} half)` : ''}: ${score.articles} articles, ${score.gold} gold attributions (with a cue), ${score.predicted} predicted`);
  console.log('         precision  recall     F1');
  for (const [name, s] of [['cue', score.cue], ['source', score.source]] as const) console.log(`${name.padEnd(8)}  ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`);
  console.log('\nRecall per family of gold attribution (%)\nfamily                        gold    cue  source');
  for (const [family, f] of Object.entries(score.families).sort((a, b) => b[1].gold - a[1].gold)) {
    console.log(`${family.padEnd(28)} ${String(f.gold).padStart(5)}  ${pct(f.cue / f.gold)}  ${pct(f.source / f.gold)}`);
  }
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
