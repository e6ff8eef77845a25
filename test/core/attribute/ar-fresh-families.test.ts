/**
 * Families of Arabic attribution seen on the tuned half of fixtures/attribution-fresh (session 11), on
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { filterFurniture } from '../../../src/core/ingest/furniture/filter.ts';
import { claimsOf } from './helpers.ts';

const who = (text: string) => claimsOf(text, 'ar').map((c) => [c.attribution?.source.text ?? null, c.attribution?.cue.text ?? null]);

describe('an "as" credit with a resumptive pronoun after its cue', () => {
  it('"وفق ما أفادت به X", "حسبما صرح به X", "بحسب ما أعلنت عنه X": X is the source, not the pronoun nor the preposition', () => {
    expect(who('أغلقت البلدية السوق القديم ثلاثة أيام، وفق ما أفادت به نقابة التجار.')).toEqual([['نقابة التجار', 'أفادت']]);
    expect(who('تأجل افتتاح المعرض إلى الربيع، حسبما صرح به مسؤول في الوزارة.')).toEqual([['مسؤول في الوزارة', 'صرح']]);
    const claims = claimsOf('ارتفع عدد المصابين إلى أربعين، بحسب ما أعلنت عنه إدارة المستشفى في بيان.', 'ar');
    expect(claims[0]!.attribution?.source.text).toBe('إدارة المستشفى');
  });

  it('without the "as" relative, the same word after a cue is not skipped', () => {
    // "أشاد به": the pronoun is the verb's object; the speaker is the minister named before.
    const claims = claimsOf('وأشاد الوزير بالمشروع، وقال إنه سيخدم آلاف الأسر.', 'ar');
    expect(claims.at(-1)!.attribution?.source.text).toBe('الوزير');
  });
});

describe('a closing credit followed by a relative clause of its source', () => {
  it('"…، بحسب الطبيب، الذي أشار إلى أن …" gives two claims of the same source', () => {
    const claims = claimsOf('نقل ثلاثة مصابين إلى المستشفى، بحسب الطبيب المناوب، الذي أشار إلى أن حالتهم مستقرة.', 'ar');
    expect(claims.map((c) => [c.attribution?.source.text, c.attribution?.cue.text])).toEqual([
      ['الطبيب المناوب', 'بحسب'],
      ['الطبيب المناوب', 'أشار'],
    ]);
    expect(claims[1]!.text.startsWith('الذي أشار')).toBe(true);
  });

  it('a credit opening the sentence with its relative stays one report ("وفقا للمتحدث، الذي قال إن …")', () => {
    const claims = claimsOf('ووفقا للمتحدث باسم البلدية، الذي قال إن الطريق سيفتح غدا، فإن الأشغال انتهت.', 'ar');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attribution?.cue.text).toBe('قال');
  });
});

describe('a family name opening with the letter of a glued preposition', () => {
  it('stays in the source when the article writes the given name and it together elsewhere', () => {
    const text = 'وصرّح محافظ المدينة سالم بوزيان “سنعيد فتح الجسر خلال أسبوع”. وكان سالم بوزيان قد زار الموقع صباحا.';
    expect(claimsOf(text, 'ar')[0]!.attribution?.source.text).toBe('محافظ المدينة سالم بوزيان');
  });

  it('written once, the word still opens the verb’s complement (no evidence it is a name)', () => {
    const claims = claimsOf('وطالب النائب سمير بتقديم الوزير استقالته، مؤكدا أن الحكومة فشلت.', 'ar');
    expect(claims.some((c) => c.attribution?.source.text.includes('بتقديم'))).toBe(false);
  });
});

describe('a relative clause on the subject before a quotation', () => {
  it('"وقال المسؤول الذي طلب عدم ذكر اسمه “…”": the content is the quotation, not the relative clause', () => {
    const claim = claimsOf('وقال المهندس الذي طلب عدم ذكر اسمه “الجسر يحتاج إلى ترميم عاجل”.', 'ar')[0]!;
    expect(claim.attribution?.content?.text).toBe('الجسر يحتاج إلى ترميم عاجل');
    expect(claim.attribution?.quote).toBe('direct');
  });

  it('with إن/أن, the relative carrying an anonymity marker leaves the source, which stays anonymous', () => {
    const claim = claimsOf('وقال المهندس الذي طلب عدم ذكر اسمه إن الجسر يحتاج إلى ترميم.', 'ar')[0]!;
    expect(claim.attribution?.source).toMatchObject({ text: 'المهندس', kind: 'anonymous' });
  });

  it('"ما" after the subject still opens the verb’s object', () => {
    const claim = claimsOf('ونفى المدير سامي ما نشر عن إغلاق المصنع.', 'ar')[0]!;
    expect(claim.attribution?.content?.text.startsWith('ما نشر')).toBe(true);
  });
});

describe('kinds and furniture', () => {
  it('a league or an association is an organization', () => {
    const claims = claimsOf('وأوضحت رابطة المزارعين أن المحصول تراجع هذا العام.', 'ar');
    expect(claims[0]!.attribution?.source.kind).toBe('organization');
  });

  it('a body sentence naming the TV news bulletin is no newsletter sign-up; a short sign-up line still is', () => {
    const body = 'وقال الموظف إنه طلب من زملائه إطفاء التلفاز عند بث النشرة الإخبارية المسائية التي تضمنت مشاهد للحادث.';
    expect(filterFurniture(body).removed).toEqual([]);
    const signup = `${body}\nاشترك في النشرة الإخبارية\n${body}`;
    expect(filterFurniture(signup).removed.map((r) => r.reason)).toEqual(['subscription']);
  });
});
