import { diffClaims } from '../../../src/core/diff/index.ts';
import type { DiffPart } from '../../../src/core/diff/index.ts';

/** Rebuilds each side from the parts: equal+delete give a, equal+insert give b (via offsets). */
function sides(a: string, b: string, parts: DiffPart[]): [string, string] {
  let left = '';
  let right = '';
  for (const p of parts) {
    if (p.op !== 'insert') left += a.slice(p.aStart, p.aEnd);
    if (p.op !== 'delete') right += b.slice(p.bStart, p.bEnd);
  }
  return [left, right];
}

describe('diffClaims', () => {
  it('diffs English words with offsets into both claims', () => {
    const a = 'Haftar met the envoy in Cairo.';
    const b = 'Haftar met the US envoy in Rome.';
    expect(diffClaims(a, b, 'en')).toEqual([
      { op: 'equal', text: 'Haftar met the ', aStart: 0, aEnd: 15, bStart: 0, bEnd: 15 },
      { op: 'insert', text: 'US ', bStart: 15, bEnd: 18 },
      { op: 'equal', text: 'envoy in ', aStart: 15, aEnd: 24, bStart: 18, bEnd: 27 },
      { op: 'delete', text: 'Cairo.', aStart: 24, aEnd: 30 },
      { op: 'insert', text: 'Rome.', bStart: 27, bEnd: 32 },
    ]);
  });

  it('does not count Arabic spelling variants, diacritics or hamza seats as changes', () => {
    const a = 'التقى وفداً أميركياً في القاهرة';
    const b = 'التقي وفدا أمريكيا في القاهره';
    expect(diffClaims(a, b, 'ar')).toEqual([{ op: 'equal', text: a, aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }]);
  });

  it('ignores punctuation and case but shows real word changes', () => {
    const a = 'The army, he said, advanced.';
    const b = 'the army he said retreated';
    const parts = diffClaims(a, b, 'en');
    expect(parts.map((p) => [p.op, p.text])).toEqual([
      ['equal', 'The army, he said, '],
      ['delete', 'advanced.'],
      ['insert', 'retreated'],
    ]);
    expect(sides(a, b, parts)).toEqual([a, b]);
  });

  it('covers both texts exactly, even when one is empty', () => {
    const a = 'ميليشيات حفتر تقصف طرابلس';
    expect(diffClaims(a, '', 'ar')).toEqual([{ op: 'delete', text: a, aStart: 0, aEnd: a.length }]);
    expect(diffClaims('', '', 'ar')).toEqual([]);
    const b = 'قوات الجيش الوطني تقصف طرابلس';
    expect(sides(a, b, diffClaims(a, b, 'ar'))).toEqual([a, b]);
  });
});
