/**
 * The article's headline as a claim of its own: kept with its offsets, never read for a source (a
 * headline's "X says" is a summary of the body's attributions, not one of its own), and marked so
 * rows join it at a stricter score and counts leave it out.
 */
import type { ClaimDraft } from './index.ts';
import type { Sentence } from '../types.ts';

/** Whether a sentence's words lie inside the headline's span (a sentence running on into the body does not). */
export function inTitle(sentence: Pick<Sentence, 'start' | 'text'>, span: { start: number; end: number } | undefined): boolean {
  if (!span) return false;
  const start = sentence.start + sentence.text.length - sentence.text.trimStart().length;
  const end = sentence.start + sentence.text.trimEnd().length;
  return end > start && start >= span.start && end <= span.end;
}

/**
 * The title claims of the sentences inside `span` (one per sentence, trimmed), for the claims of the
 * body to be merged with in text order.
 * @example titleDrafts([{ index: 0, start: 0, end: 20, text: 'Talks fail in Vienna', paragraph: 0 }], { start: 0, end: 20 })[0].kind === 'title'
 */
export function titleDrafts(sentences: readonly Sentence[], span: { start: number; end: number }): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const s of sentences) {
    if (!inTitle(s, span)) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const text = s.text.trim();
    if (!text) continue;
    out.push({ sentenceIndex: s.index, start: s.start + lead, end: s.start + lead + text.length, text, attribution: null, kind: 'title' });
  }
  return out;
}

/**
 * Claims of an article whose headline was kept in its text: the body's sentences attributed as usual,
 * the headline's sentences as title claims, in text order.
 */
export function withTitle(sentences: readonly Sentence[], span: { start: number; end: number } | undefined, attribute: (body: readonly Sentence[]) => ClaimDraft[]): ClaimDraft[] {
  if (!span) return attribute(sentences);
  const body = sentences.filter((s) => !inTitle(s, span));
  const titles = titleDrafts(sentences, span);
  return [...titles, ...attribute(body)].sort((a, b) => a.start - b.start);
}
