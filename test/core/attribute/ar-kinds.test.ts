/** Arabic kinds from the session-7 read and the session-6 user read (issue 9), on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const sourceOf = (text: string, nth = 0) => claimsOf(text, 'ar')[nth]?.attribution?.source;

describe('a country that speaks', () => {
  it('is a body, not a person', () => {
    expect(sourceOf('وأعربت تونس عن قلقها من تصاعد العنف.')?.kind).toBe('organization');
  });

  it('is the subject of its verb, with its object after it, not the previous sentence’s speaker', () => {
    const claims = claimsOf('وقال المتحدث إن الوضع مستقر. وأعلنت مصر تضامنها مع الأردن في مواجهة الفيضانات.', 'ar');
    expect(claims[1]!.attribution?.source.text).toBe('مصر');
    expect(claims[1]!.attribution?.source.kind).toBe('organization');
  });
});

describe('documents and affiliations', () => {
  it('a toll after «وفق» is a document', () => {
    expect(sourceOf('وارتفع عدد القتلى إلى 40، وفق حصيلة رسمية مؤقتة.')?.kind).toBe('document');
  });

  it('«محلي» (local) is no affiliation; a nationality is one', () => {
    expect(sourceOf('وقال مسؤول محلي إن معظم الضحايا من الأطفال.')?.affiliation).toBeUndefined();
    expect(sourceOf('وقالت مصادر مصرية إن المفاوضات مستمرة.')?.affiliation).toBe('مصرية');
  });

  it('a name, then a definite title in apposition, is a person', () => {
    expect(sourceOf('وصرح سامي الحداد المتحدث باسم وزارة الصحة بأن الوضع تحت السيطرة.')?.kind).toBe('person');
  });
});
