/**
 * Arabic verbs of accusing and blaming in the present: «يحمّل/تحمّل X Y مسؤولية …» as the past «حمّل», and the
 * accused after an indefinite sound plural subject («ويتهم ناشطون السلطات بـ…»). «يتحمّل» (bears) is no cue.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar')[0]!;

describe('present «يحمّل» + subject + the accused + «مسؤولية»', () => {
  it('masculine and feminine, with or without the shadda', () => {
    expect(ar('ويحمّل الوزير الميليشيات مسؤولية الهجوم على المستشفى.')).toMatchObject({ source: 'الوزير', kind: 'person', content: 'الميليشيات مسؤولية الهجوم على المستشفى' });
    expect(ar('وتحمل النقابة الإدارة المسؤولية عن تأخر الرواتب.')).toMatchObject({ source: 'النقابة', content: 'الإدارة المسؤولية عن تأخر الرواتب' });
  });

  it('«يتحمّل» and «تتحمّل» (to bear) report nothing', () => {
    expect(ar('ويتحمل المواطنون أعباء الأزمة الاقتصادية.').source).toBeNull();
    expect(ar('وتتحمل الحكومة مسؤولية الفشل.').source).toBeNull();
  });
});

describe('an indefinite sound plural subject, then the accused', () => {
  it('present and past «اتهم»', () => {
    expect(ar('ويتهم ناشطون السلطات بقمع المتظاهرين.')).toMatchObject({ source: 'ناشطون', content: 'السلطات بقمع المتظاهرين' });
    expect(ar('واتهم معارضون الحكومة بتزوير النتائج.')).toMatchObject({ source: 'معارضون', content: 'الحكومة بتزوير النتائج' });
  });

  it('an adjective of the plural stays in the subject', () => {
    expect(ar('واتهم مسؤولون أمنيون الجماعة بتخزين الأسلحة.').source).toBe('مسؤولون أمنيون');
  });
});
