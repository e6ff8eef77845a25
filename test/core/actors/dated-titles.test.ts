/** A word that dates an office («السابق», «المؤقت») belongs to the title label, as "former" does in English. */
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../../src/core/index.ts';
import { labelsOf } from './find.ts';

describe('an Arabic title with a word that dates the office', () => {
  it('keeps «السابق» and «المؤقت» in the title label, so "former" and "interim" outlets differ', () => {
    const { actors } = analyzeCase([
      { id: 'a', language: 'ar', raw: 'وتعيش البلاد حالة من الفوضى منذ الإطاحة بالرئيس السابق عمر دالان في 2011. وفر دالان من العاصمة.' },
      { id: 'b', language: 'ar', raw: 'وقال الرئيس المؤقت عمر دالان إن الوضع صعب. وغادر دالان البلاد.' },
    ]);
    expect(labelsOf(actors, 'عمر دالان', 'a')).toEqual(['الرئيس السابق']);
    expect(labelsOf(actors, 'عمر دالان', 'b')).toEqual(['الرئيس المؤقت']);
  });
});
