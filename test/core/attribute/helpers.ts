import { attributeSentences, type ClaimDraft } from '../../../src/core/attribute/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import type { Span } from '../../../src/core/types.ts';

/** Claims of a text, as the pipeline produces them. */
export function claimsOf(text: string, lang: 'ar' | 'en'): ClaimDraft[] {
  return attributeSentences(text, splitSentences(text, lang), lang);
}

/** Each claim of a text as the words its attribution names (null where it names none): for tests that read spans as text. */
export function claimWordings(text: string, lang: 'ar' | 'en') {
  return claimsOf(text, lang).map((c) => ({
    text: c.text,
    source: c.attribution?.source.text ?? null,
    kind: c.attribution?.source.kind ?? null,
    cue: c.attribution?.cue.text ?? null,
    via: c.attribution?.via?.text ?? null,
    content: c.attribution?.content?.text ?? null,
  }));
}

/** The span of the `nth` occurrence of `needle` in `text` (expected offsets are written as text). */
export function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { text: needle, start, end: start + needle.length };
}

/** The attribution of the claim whose text contains `needle`. */
export function attributionAt(claims: readonly ClaimDraft[], needle: string) {
  const claim = claims.find((c) => c.text.includes(needle));
  if (!claim) throw new Error(`no claim contains "${needle}"`);
  return claim.attribution;
}
