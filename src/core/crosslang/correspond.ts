/**
 * What two claims in different languages have in common, shown instead of a word diff (a diff between
 * two languages means nothing): each word or figure of either claim is marked as corresponding (it
 * shares an anchor with the other claim: the same figure or date, a name spelled in the other script,
 * a word the bridge translates) or as present on its side only.
 */
import type { LanguageCode, Span } from '../types.ts';
import { anchoredSpans } from './anchors.ts';

export interface CorrespondingSpan extends Span {
  kind: 'quantity' | 'word';
  /** Whether the other claim has a counterpart. */
  shared: boolean;
}

export interface Correspondence {
  a: CorrespondingSpan[];
  b: CorrespondingSpan[];
}

/**
 * Marks, on both sides, the figures and words that correspond and those one side alone has.
 * Offsets are into each claim's own text.
 * @example correspond({ text: 'قتل 12 شخصا في حلب', language: 'ar' }, { text: '12 people were killed in Aleppo', language: 'en' }).a.filter((s) => s.shared).map((s) => s.text) // ['12', 'قتل', 'حلب']
 */
export function correspond(a: { text: string; language: LanguageCode }, b: { text: string; language: LanguageCode }): Correspondence {
  const left = anchoredSpans(a.text, a.language);
  const right = anchoredSpans(b.text, b.language);
  const keysOf = (spans: typeof left) => new Set(spans.flatMap((s) => s.anchors.map((x) => x.key)));
  const [leftKeys, rightKeys] = [keysOf(left), keysOf(right)];
  const mark = (spans: typeof left, other: Set<string>): CorrespondingSpan[] =>
    spans.map(({ text, start, end, kind, anchors }) => ({ text, start, end, kind, shared: anchors.some((x) => other.has(x.key)) }));
  return { a: mark(left, rightKeys), b: mark(right, leftKeys) };
}
