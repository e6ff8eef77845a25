import { wordTokens } from '../../src/core/normalize/tokens.ts';
import fc from 'fast-check';
const WORD = /[\p{L}\p{N}\p{M}\u0640]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
const ref = (t: string) => [...t.matchAll(WORD)].map((m) => [m[0], m.index]);
const alphabet = ['a', 'B', 'ب', 'ـ', 'ُ', "'", '’', '.', '-', ' ', '1', '٣', '\uD835\uDC00', '\uD83D\uDE00', '\uD835', '\uDC00', ',', '«', 'é', '\u0301'];
fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (arr) => {
  const t = arr.join('');
  const got = JSON.stringify(wordTokens(t, 'en').map((x) => [x.text, x.start]));
  const want = JSON.stringify(ref(t));
  if (got !== want) throw new Error(JSON.stringify(t) + got + want);
}), { numRuns: 200000 });
fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => JSON.stringify(wordTokens(t, 'ar').map((x) => [x.text, x.start])) === JSON.stringify(ref(t))), { numRuns: 100000 });
console.log('ok');
