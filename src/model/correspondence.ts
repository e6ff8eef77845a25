/**
 * Compare across languages: a word diff between an Arabic and an English claim means nothing, so a
 * claim whose language differs from the reference claim's is shown with what corresponds (names,
 * figures, dates, words the bridge translates) and what it alone has, from the core's `correspond`.
 * Loaded on demand (crossLanguageSlice.ts): it carries the bridge dictionary.
 */
import { BRIDGED_LANGUAGES } from '../core/crosslang/anchors.ts';
import { correspond } from '../core/crosslang/correspond.ts';
import type { CellCorrespondence, CorrespondenceSegment } from '../components/crossLanguageModel.ts';
import { dirOf } from '../components/direction.ts';
import { primaryLanguage as primary } from './crossLanguage.ts';

/** Languages the core can put into one space (primary subtags). */
export const BRIDGED: ReadonlySet<string> = BRIDGED_LANGUAGES;

/**
 * Whether the core can say what two languages' claims share (it bridges them into one space).
 * Example: canCorrespond('ar', 'en') === true; canCorrespond('fr', 'en') === false
 */
export function canCorrespond(referenceLanguage: string, language: string): boolean {
  return BRIDGED.has(primary(referenceLanguage)) && BRIDGED.has(primary(language));
}

/**
 * A claim's text against a reference claim in another language: its corresponding and own words marked,
 * and the reference's words it has no counterpart for. Null when the core cannot bridge the two
 * languages (the claim is then shown as it is: neither a diff nor marks would mean anything).
 * Example: cellCorrespondence('قتل 12 شخصا في حلب', 'ar', '12 people were killed in Aleppo', 'en')?.segments[0] // { text: '12', mark: 'shared' }
 */
export function cellCorrespondence(reference: string, referenceLanguage: string, text: string, language: string): CellCorrespondence | null {
  if (!canCorrespond(referenceLanguage, language)) return null;
  const { a, b } = correspond({ text: reference, language: primary(referenceLanguage) }, { text, language: primary(language) });
  const segments: CorrespondenceSegment[] = [];
  let at = 0;
  for (const span of b) {
    // Spans come in text order; one that overlaps the last (a figure inside a date) is already covered.
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: null });
    segments.push({ text: text.slice(span.start, span.end), mark: span.shared ? 'shared' : 'own' });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  const referenceOnly = [...new Set(a.filter((s) => !s.shared).map((s) => reference.slice(s.start, s.end)))];
  return { segments, referenceOnly, referenceLanguage, referenceDir: dirOf(referenceLanguage) };
}
