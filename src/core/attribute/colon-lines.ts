/**
 * A line opened by a speaker's label and a colon goes on with that speaker to its end
 * ("- رئيس الهيئة: نسبة المشاركة هي الأعلى.. التزمنا الشفافية.. لم يكن لدينا ما نخفيه"), where the
 * language data says its highlight lines are written so: each sentence of the line is the label's.
 */
import type { ClaimDraft } from './index.ts';
import { foldWords, lookupNoun, type Lexicon } from './lexicon.ts';
import type { Sentence } from '../types.ts';

const COLON_RULES = new Set(['colon', 'colon-line-continues']);
const EDGE = /[\s,،;؛:.!?؟…\-–—]/u;

/**
 * Gives each sentence with no source of its own, on the same line as a colon label's claim, that label's speaker.
 * @example carryColonLines(sentences, perSentence, lexiconFor('ar')!)
 */
export function carryColonLines(sentences: readonly Sentence[], claims: ClaimDraft[][], lex: Lexicon): void {
  if (!lex.colonLineGoesOn) return;
  for (let i = 1; i < sentences.length; i++) {
    const own = claims[i]!;
    const s = sentences[i]!;
    if (own.length !== 1 || own[0]!.attribution || own[0]!.kind || sentences[i - 1]!.paragraph !== s.paragraph) continue;
    const previous = claims[i - 1]![claims[i - 1]!.length - 1]!;
    const a = previous.attribution;
    if (!a || !COLON_RULES.has(a.rule ?? '')) continue;
    let start = s.start;
    let end = s.end;
    while (start < end && EDGE.test(s.text[start - s.start]!)) start++;
    while (end > start && EDGE.test(s.text[end - 1 - s.start]!)) end--;
    if (end <= start) continue;
    own[0] = {
      ...own[0]!,
      attribution: { ...a, source: { ...a.source, continued: true }, content: { text: s.text.slice(start - s.start, end - s.start), start, end }, rule: 'colon-line-continues' },
    };
  }
}

/**
 * "كما قال الوزير:" alone on its line (or a cue line with no content and no full stop), the quotation in
 * the next paragraph: the quotation carries the
 * attribution (index.ts, carryQuotations), and the line that only introduces it is a credit, not a
 * second claim of the speaker with nothing said.
 * @example creditIntroLines(sentences, perSentence, lexiconFor('ar')!)
 */
export function creditIntroLines(sentences: readonly Sentence[], claims: ClaimDraft[][], lex: Lexicon): void {
  if (!lex.colonLineGoesOn) return;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const own = claims[i]!;
    const a = own.length === 1 ? own[0]!.attribution : null;
    // Ending on a colon, or running into the quotation with no full stop ("وقال X، في كلمة متلفزة، اليوم¶«…»").
    if (!a || a.content || !/(?::|[^.!?؟…"'”»])\s*$/u.test(sentences[i]!.text)) continue;
    const next = claims[i + 1]![0]?.attribution;
    if (next?.rule !== 'quote-continues' || next.source.start !== a.source.start) continue;
    // A line saying more than who speaks, where and when ("…، بعد تصدر التيار النتائج") is the outlet's own words.
    own[0] = /:\s*$/u.test(sentences[i]!.text) || onlyWhoAndWhen(sentences[i]!, a, lex) ? { ...own[0]!, attribution: null, kind: 'credit' } : { ...own[0]!, attribution: null };
  }
}

/** After the source and the via, the line holds only time words ("وقال X، في كلمة متلفزة، اليوم الاثنين"). */
function onlyWhoAndWhen(s: Sentence, a: NonNullable<ClaimDraft['attribution']>, lex: Lexicon): boolean {
  const from = Math.max(a.source.end, a.via?.end ?? 0, a.cue.end);
  return foldWords(s.text.slice(Math.max(0, from - s.start))).every((w) => lex.timeWords.has(w) || !/\p{L}/u.test(w));
}

const LISTED_LABEL = /^([-–—]\s*)([^\s:]+(?:\s[^\s:]+)?)\s*:\s*(\S.*?)\s*$/su;

/**
 * In a list of highlight lines ("- رئيس الهيئة: …" then "- فلان: …"), a short label with a colon, right
 * after a speaker's line, is a speaker too, though no source noun names it (a bare surname).
 * @example listedColonLabels(sentences, perSentence, lexiconFor('ar')!)
 */
export function listedColonLabels(sentences: readonly Sentence[], claims: ClaimDraft[][], lex: Lexicon): void {
  if (!lex.colonLineGoesOn) return;
  for (let i = 1; i < sentences.length; i++) {
    const own = claims[i]!;
    const s = sentences[i]!;
    if (own.length !== 1 || own[0]!.attribution) continue;
    const previous = claims[i - 1]![claims[i - 1]!.length - 1]!.attribution;
    if (!previous || !COLON_RULES.has(previous.rule ?? '')) continue;
    const labelled = sentences.find((t) => t.start <= previous.source.start && previous.source.start < t.end);
    if (!labelled || !/^[-–—]/u.test(labelled.text)) continue;
    const m = LISTED_LABEL.exec(s.text);
    if (!m) continue;
    const label = m[2]!;
    if (lex.colonNonSources.matchAt(foldWords(label), 0) > 0) continue;
    const start = s.start + m[1]!.length;
    const colonAt = s.text.indexOf(':', m[1]!.length + label.length);
    const contentStart = s.start + s.text.indexOf(m[3]!, colonAt);
    const content = m[3]!.replace(EDGE_END, '');
    const kind = lookupNoun(lex, foldWords(label), 0)?.entry.kind ?? 'person';
    const { kind: _dropped, ...claim } = own[0]!;
    own[0] = {
      ...claim,
      attribution: {
        source: { text: label, start, end: start + label.length, kind: kind === 'rank' || kind === 'generic' ? 'person' : kind },
        cue: { ...previous.cue, start: s.start + colonAt, end: s.start + colonAt + 1 },
        quote: previous.quote,
        content: { text: content, start: contentStart, end: contentStart + content.length },
        rule: 'colon',
      },
    };
  }
}

const EDGE_END = /[\s,،;؛.!?؟…]+$/u;
