/**
 * Session 17, verbs of accusing and blaming: «اتهم X Y بـ…», «حمّل X Y مسؤولية …», "accused X of …",
 * "blamed X for …". The subject is the accuser alone; the accused is the verb's object, before the charge.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar')[0]!;
const en = (text: string) => claimWordings(text, 'en')[0]!;

describe('«اتهم» + subject + the accused + a charge with a glued «بـ»', () => {
  it('a definite plural participle after the subject is the accused («المتمردين»)', () => {
    const got = ar('واتهم الجيش المتمردين بارتكاب مجازر في القرى الشمالية.');
    expect(got.source).toBe('الجيش');
    expect(got.kind).toBe('organization');
    expect(got.content).toBe('المتمردين بارتكاب مجازر في القرى الشمالية');
  });

  it('a feminine participle that could read as an adjective («المعارضة») is the accused before «بالسعي»', () => {
    const got = ar('واتهمت الحكومة المعارضة بالسعي إلى إشعال الفوضى.');
    expect(got.source).toBe('الحكومة');
    expect(got.kind).toBe('organization');
    expect(got.content).toBe('المعارضة بالسعي إلى إشعال الفوضى');
  });

  it('after a title with its ministry, and after «المتحدث باسم …»', () => {
    expect(ar('واتهم وزير الداخلية المحتجين بالاعتداء على الشرطة.')).toMatchObject({ source: 'وزير الداخلية', kind: 'person' });
    expect(ar('واتهم المتحدث باسم الجيش المسلحين بزرع الألغام.')).toMatchObject({ source: 'المتحدث باسم الجيش', kind: 'person' });
    expect(ar('واتهم الرئيس المعارضين بالخيانة.')).toMatchObject({ source: 'الرئيس', kind: 'person' });
  });

  it('the charge may open with «بأن»', () => {
    const got = ar('واتهم الجيش المتمردين بأنهم قصفوا المدينة.');
    expect(got.source).toBe('الجيش');
  });

  it('an adjective of the subject stays in it (nisba, a title\'s «العام»)', () => {
    expect(ar('واتهمت منظمة العفو الدولية السلطات بتعذيب المعتقلين.').source).toBe('منظمة العفو الدولية');
    expect(ar('واتهم الأمين العام الحكومة بالتقصير.').source).toBe('الأمين العام');
    expect(ar('واتهمت الأمم المتحدة الطرفين بعرقلة وصول المساعدات.').source).toBe('الأمم المتحدة');
  });

  it('an indefinite object after the subject is cut where it was before', () => {
    expect(ar('واتهم الجيش قوات الدعم السريع بقصف الأحياء السكنية.').source).toBe('الجيش');
  });
});

describe('«حمّل» + subject + the accused + «مسؤولية»', () => {
  it('with or without the shadda, the subject ends before the accused', () => {
    for (const verb of ['وحمّل', 'وحمل']) {
      const got = ar(`${verb} الوزير الميليشيات مسؤولية الهجوم على المستشفى.`);
      expect(got.source).toBe('الوزير');
      expect(got.kind).toBe('person');
      expect(got.content).toBe('الميليشيات مسؤولية الهجوم على المستشفى');
    }
  });

  it('a feminine verb and a two-word body; «المسؤولية» with the article', () => {
    expect(ar('وحمّلت الأمم المتحدة الطرفين مسؤولية تدهور الأوضاع.')).toMatchObject({ source: 'الأمم المتحدة', kind: 'organization' });
    expect(ar('وحملت الوزارة الشركة المسؤولية عن التسرب.')).toMatchObject({ source: 'الوزارة', kind: 'organization' });
  });

  it('«حمل» with no «مسؤولية» after it is carrying, no attribution', () => {
    expect(ar('وحمل المتطوعون الجرحى إلى المستشفى القريب.').source).toBeNull();
  });
});

describe('English: "accused X of …", "blamed X for …"', () => {
  it('the subject alone is the source; the accused opens the content', () => {
    expect(en('The army accused the rebels of committing massacres in the north.')).toMatchObject({ source: 'The army', kind: 'organization', content: 'the rebels of committing massacres in the north' });
    expect(en('The minister blamed the militia for the attack on the hospital.')).toMatchObject({ source: 'The minister', kind: 'person', content: 'the militia for the attack on the hospital' });
    expect(en('The government accused the opposition of seeking to spread chaos.')).toMatchObject({ source: 'The government', kind: 'organization' });
  });
});
