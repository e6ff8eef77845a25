/**
 * Folding for matching: the displayed text never changes, but comparisons run on a folded copy in
 * which spelling variants collapse (hamza seats, ta marbuta, alef maqsura, diacritics, tatweel,
 * presentation forms, Unicode spaces, quote marks, Arabic-Indic digits, letter case).
 */

// Letters that Unicode does not decompose but Arabic-script writers use interchangeably.
const LETTER_FOLDS: Record<string, string> = {
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0671': '\u0627', // ٱ → ا
  '\u06CC': '\u064A', // Persian ی → ي
  '\u06A9': '\u0643', // Persian ک → ك
  '\u06C1': '\u0647', // ہ → ه
};

const DOUBLE_QUOTES = '«»“”„‟″〝〞＂';
const SINGLE_QUOTES = '‘’‚‛′‹›`´';

const isMark = /\p{Mn}/u;
const isSpace = /[\p{Zs}\t\u2028\u2029]/u;
// Zero-width and bidi controls carry no letters: drop them for matching.
const isInvisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u0640\u00AD]/u;

// Folded forms of BMP code units, filled lazily: one array read per character on the hot path.
const bmpTable: (string | undefined)[] = new Array(0x10000);
const astralCache = new Map<number, string>();

/** Folds one code point to its matching form ('' when it should vanish). */
function foldCodePoint(code: number): string {
  if (code < 0x10000) {
    const cached = bmpTable[code];
    if (cached !== undefined) return cached;
    return (bmpTable[code] = computeFold(code));
  }
  let cached = astralCache.get(code);
  if (cached === undefined) {
    cached = computeFold(code);
    if (astralCache.size < 65536) astralCache.set(code, cached);
  }
  return cached;
}

function computeFold(code: number): string {
  const ch = String.fromCodePoint(code);
  if (code >= 0xd800 && code <= 0xdfff) return ch; // a lone surrogate stays as it is
  if (isInvisible.test(ch)) return '';
  if (isSpace.test(ch) || code === 9 || code === 0x0a || code === 0x0d) return code === 0x0a ? '\n' : ' ';
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  // NFKD splits presentation forms and hamza seats (أ → ا + ٔ); dropping the marks folds them.
  let decomposed = '';
  for (const part of ch.normalize('NFKD')) {
    if (isMark.test(part)) continue;
    decomposed += LETTER_FOLDS[part] ?? part;
  }
  return decomposed.toLowerCase();
}

/** The folded form of `text` and, for every folded UTF-16 unit, the index in `text` it came from. */
export interface FoldedText {
  folded: string;
  /** `toOriginal[i]` is the offset in the original text of folded unit i; one extra entry = text.length. */
  toOriginal: number[];
}

/**
 * Folds text for matching and keeps a map back to the original offsets.
 * @example foldWithMap('أكّد').folded === 'اكد'
 */
export function foldWithMap(text: string): FoldedText {
  return foldInto(text, true) as FoldedText;
}

/**
 * Folds text for matching (lengths may differ from the input).
 * @example foldForMatch('الأميركيّة') === 'الاميركيه'
 */
export function foldForMatch(text: string): string {
  if (text.length > 64) return foldInto(text, false).folded;
  // Words and short phrases: plain concatenation beats allocating buffers.
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    folded += foldCodePoint(code);
    i += code > 0xffff ? 2 : 1;
  }
  return folded;
}

// Writing char codes into a typed buffer is several times faster than growing a string per character.
function foldInto(text: string, withMap: boolean): { folded: string; toOriginal?: number[] } {
  let units = new Uint16Array(text.length + 16);
  let map = withMap ? new Int32Array(text.length + 17) : null;
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const out = foldCodePoint(code);
    if (n + out.length >= units.length) {
      const bigger = new Uint16Array(units.length * 2 + out.length);
      bigger.set(units);
      units = bigger;
      if (map) {
        const biggerMap = new Int32Array(bigger.length + 1);
        biggerMap.set(map);
        map = biggerMap;
      }
    }
    for (let k = 0; k < out.length; k++) {
      units[n] = out.charCodeAt(k);
      if (map) map[n] = i;
      n++;
    }
    i += code > 0xffff ? 2 : 1;
  }
  let folded = '';
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) folded += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  if (!map) return { folded };
  map[n] = text.length;
  return { folded, toOriginal: Array.from(map.subarray(0, n + 1)) };
}

/**
 * Maps a folded [start, end) range back to original offsets.
 * @example const f = foldWithMap('«نعم»'); toOriginalRange(f, 1, 4) // { start: 1, end: 4 }
 */
export function toOriginalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const originalStart = folded.toOriginal[start]!;
  // The end maps to just after the last folded unit's source character.
  if (end <= start) return { start: originalStart, end: originalStart };
  const lastSource = folded.toOriginal[end - 1]!;
  let originalEnd = folded.toOriginal[end]!;
  if (originalEnd <= lastSource) originalEnd = lastSource + 1;
  // Never split a surrogate pair.
  return { start: originalStart, end: originalEnd };
}
