import type { ClaimDraft } from './index.ts';
import type { Lexicon } from './lexicon.ts';
import type { SentenceView } from './view.ts';

/**
 * "وأضاف أن المعركة لم تنته، وأن الحكم الحقيقي سيكون …": a second "that" clause of the same report,
 * after a comma, is a claim of its own with the same source and cue.
 * @example splitSecondContent(view, lex, claims) // "قال إن A، وأن B" → claims "قال إن A" and "وأن B"
 */
export function splitSecondContent(view: SentenceView, lex: Lexicon, claims: ClaimDraft[]): ClaimDraft[] {
  if (lex.secondContentOpeners.size === 0) return claims;
  const out: ClaimDraft[] = [];
  for (const claim of claims) {
    const a = claim.attribution;
    const contentStart = a?.content?.start;
    if (!a || contentStart === undefined) {
      out.push(claim);
      continue;
    }
    let current = claim;
    // Only the claim's own words (a sentence may hold thousands of claims).
    for (let k = Math.max(1, firstWordFrom(view, Math.max(contentStart + 1, claim.start))); k < view.length; k++) {
      const at = view.start(k);
      if (at >= current.end) break;
      if (!lex.secondContentOpeners.has(view.norms[k]!) || !view.commaBefore(k) || view.quoteAround(k)) continue;
      const firstEnd = trimEnd(view.text, current.start, at);
      out.push(cut(view, current, current.start, firstEnd));
      current = cut(view, { ...current, attribution: { ...current.attribution!, source: { ...a.source, continued: true } } }, at, current.end);
    }
    out.push(current);
  }
  return out;
}

/** The first word starting at or after character `at` (binary search over the sentence's words). */
function firstWordFrom(view: SentenceView, at: number): number {
  let lo = 0;
  let hi = view.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.start(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cut(view: SentenceView, claim: ClaimDraft, start: number, end: number): ClaimDraft {
  const a = claim.attribution!;
  const content = a.content ? { start: Math.max(a.content.start, start), end: Math.min(a.content.end, end) } : null;
  return {
    ...claim,
    start,
    end,
    text: view.text.slice(start, end),
    attribution: { ...a, ...(content && content.end > content.start ? { content: { ...content, text: view.text.slice(content.start, content.end) } } : {}) },
  };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,،;؛]/u.test(text[end - 1]!)) end--;
  return end;
}
