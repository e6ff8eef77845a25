/** Arabic families from the session-7 read (issue 9): second reports, expressing verbs, passive formulae, counted nouns. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const attributions = (text: string) => claimsOf(text, 'ar').map((c) => (c.attribution ? [c.attribution.source.text, c.attribution.cue.text] : null));

describe('the same speaker named again by a conjoined verb with إن', () => {
  it('opens a claim of its own after a denial with a noun object', () => {
    const claims = claimsOf('نفى وزير النقل خالد العمري ما ورد من أنباء حول إغلاق الميناء، وقال الوزير إن الميناء يعمل بشكل طبيعي.', 'ar');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['نفى', 'وقال']);
    expect(claims[1]!.text.startsWith('وقال الوزير')).toBe(true);
  });

  it('a free relative («ما») opens the verb’s object, it is no part of the subject', () => {
    expect(claimsOf('نفى الوزير خالد العمري ما ورد من أنباء.', 'ar')[0]!.attribution?.source.text).toBe('الوزير خالد العمري');
  });
});

describe('verbs of expressing and denying', () => {
  it('«عبّر عن» reports a stance; the preposition «عبر» does not', () => {
    expect(attributions('ووقعت النقابة اتفاقا جديدا، بينما عبرت المعارضة عن رفضها لهذا الاتفاق.')).toEqual([null, ['المعارضة', 'عبرت']]);
    expect(attributions('ونشر الوزير عبر حسابه على تويتر صورا عن الاجتماع.')).toEqual([null]);
  });

  it('a plural participle of denial reports with the main verb’s subject', () => {
    expect(attributions('وقال المحتجون إنهم سيواصلون الاعتصام، نافين أي صلة لهم بأعمال الشغب.')).toEqual([['المحتجون', 'وقال'], ['المحتجون', 'نافين']]);
  });
});

describe('passive formulae and counted nouns', () => {
  it('«يُعتقد أن» after an indefinite noun names no one; after a definite subject it reports', () => {
    expect(attributions('وأصدر الرئيس قرارا بعد خلاف حول رسالة تضمنت عبارات يعتقد أنها تسيء إلى القضاء.')).toEqual([null]);
    expect(attributions('والخبير يعتقد أن الأسعار سترتفع.')).toEqual([['الخبير', 'يعتقد']]);
  });

  it('«3 أشهر» is months, not the verb «أشهر»', () => {
    const claims = claimsOf('يذكر أن مجلس الوزراء أعلن اليوم عن حالة الطوارئ لمدة 3 أشهر، وقال إن كل المناطق منكوبة.', 'ar');
    expect(claims.map((c) => c.attribution?.cue.text)).not.toContain('أشهر');
    expect(claims.at(-1)!.attribution?.source.text).toBe('مجلس الوزراء');
  });
});
