/** Arabic families from the session-7 user read, second round (issue 9): a bare name after a verb, then its object. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

describe('a participle after a non-report verb with a new named subject', () => {
  it('an opening discourse phrase with no comma, then the verb, the name and its object: the participle is the name’s', () => {
    const claims = claimsOf('وقال رئيس اللجنة سامي الحداد إن الفرز انتهى. وفي ذات السياق هنأ محمد الكبيري الشعب المغربي بنجاح الاقتراع، قائلا: "أتقدم بالتهنئة إلى الجميع". وأضاف: "نتطلع إلى التعاون".', 'ar');
    // The act before the participle's comma is the outlet's own claim (session 10); the report follows it.
    const report = claims.find((c) => c.attribution?.cue.text === 'قائلا');
    expect(report?.attribution?.source.text).toBe('محمد الكبيري');
    expect(claims[claims.length - 1]!.attribution?.source.text).toBe('محمد الكبيري');
  });

  it('a compound given name keeps its second word', () => {
    const claims = claimsOf('وفي هذا السياق شكر عبد الكريم الفلاحي الشعب الأردني على المشاركة، قائلا: "هذا يوم مهم".', 'ar');
    expect(claims.find((c) => c.attribution)?.attribution?.source.text).toBe('عبد الكريم الفلاحي');
  });
});

describe('a coordinated cue after a verb, its bare-name subject and its object', () => {
  it('«شكر فلان الشعب … وأكد»: the name is the source, not the whole clause', () => {
    const claims = claimsOf('شكر الحداد الشعب المغربي وأكد على "مرحلة جديدة في البلاد". وقال: "شكرا لكل من صوت".', 'ar');
    expect(claims[0]!.attribution?.source.text).toBe('الحداد');
    expect(claims[1]!.attribution?.source.text).toBe('الحداد');
  });

  it('with no object adjective after the name, the clause is left as it was (no name is guessed)', () => {
    const claims = claimsOf('شكر الحداد الناخبين وأكد أن النتائج نهائية.', 'ar');
    expect(claims[0]!.attribution?.source.text).not.toBe('الحداد الناخبين وأكد');
  });
});

describe('a described object after a coordinated cue is no subject', () => {
  it('«…، ووصف المرحلة المقبلة "بـ…"»: the first verb’s subject speaks', () => {
    const claims = claimsOf('وشكر الحداد الناخبين، ووصف المرحلة المقبلة "بصفحة جديدة في التاريخ".', 'ar');
    expect(claims[0]!.attribution?.source.text).toBe('الحداد');
    expect(claims[0]!.attribution?.cue.text).toBe('ووصف');
  });

  it('a source noun after the coordinated cue stays its subject', () => {
    const claims = claimsOf('وشكر الحداد الناخبين، ووصف الوزير المرحلة المقبلة بأنها صعبة.', 'ar');
    // Since session 10 the act before a new speaker's joined cue is the outlet's own claim.
    expect(claims.map((c) => c.attribution?.source.text)).toEqual([undefined, 'الوزير']);
  });
});

describe('a document set off between commas before a coordinated cue', () => {
  it('«…، تقديرات أولية نشرت أمس، وكشفت عن …»: the estimates, not the body named a sentence before', () => {
    const claims = claimsOf('وأعلنت اللجنة العليا للاقتراع النتائج الرسمية. وقد سبق الإعلان الرسمي، تقديرات أولية نشرت أمس، وكشفت عن تقدم كبير للمرشح.', 'ar');
    expect(claims[1]!.attribution?.source.text).toBe('تقديرات أولية');
    expect(claims[1]!.attribution?.source.kind).toBe('document');
  });

  it('inside reported content (after إن) the set-off phrase is no subject', () => {
    const claims = claimsOf('وقال الوزير إن الأمور هادئة، تقارير كثيرة تؤكد ذلك، وأضاف أن الوضع مستقر.', 'ar');
    for (const claim of claims) expect(claim.attribution?.source.text ?? '').not.toContain('تقارير');
  });
});

describe('a relative clause on a source noun', () => {
  it('«الصور التي نقلتها وكالات الأنباء»: the images, relayed by the agencies, not «الصور التي»', () => {
    const a = claimsOf('وتظهر الصور التي نقلتها وكالات الأنباء دمارا واسعا في الحي.', 'ar')[0]!.attribution;
    expect(a?.source.text).toBe('الصور');
    expect(a?.source.kind).toBe('document');
    expect(a?.via?.text).toBe('وكالات الأنباء');
  });

  it('a relative clause at the end of the sentence does not read past it', () => {
    const a = claimsOf('وتظهر الصور التي نقلتها', 'ar')[0]?.attribution;
    expect(a?.source.text ?? '').not.toContain('التي');
  });

  it('with no source noun the phrase is the verb’s object and the compound subject speaks', () => {
    const a = claimsOf('وكان المحامي سامي الحداد قد وصف القرار الذي صدر في حق موكله بـ"الجائر".', 'ar')[0]!.attribution;
    expect(a?.source.text).toBe('المحامي سامي الحداد');
  });
});

describe('a report inside a relative clause with no relative pronoun', () => {
  it('«، على خلفية معلومات نقلتها وسائل إعلام … بوجود …»: the outlets report, with no «عن» after the verb', () => {
    const claims = claimsOf('ويأتي تأكيد الوزير، على خلفية معلومات نقلتها وسائل إعلام محلية بوجود وساطة بين البلدين، بعد زيارة الوفد.', 'ar');
    const inner = claims.find((c) => c.attribution?.cue.text === 'نقلتها');
    expect(inner?.attribution?.source.text).toBe('وسائل إعلام محلية');
    expect(inner?.attribution?.source.kind).toBe('media');
    expect(claims[0]!.attribution).toBeFalsy();
  });

  it('with no comma opening the phrase the sentence stays in the outlet’s voice', () => {
    const claims = claimsOf('وجاء القرار على خلفية معلومات نقلتها وسائل إعلام محلية بوجود خلافات داخل الحكومة.', 'ar');
    expect(claims.every((c) => !c.attribution)).toBe(true);
  });
});

describe('a statement relayed by an outlet stays a channel', () => {
  it('«، في بيان نقلته وكالة …، ما وصفته بـ…»: the body speaks, the agency is no source', () => {
    const claims = claimsOf('وأعلنت اللجنة، في بيان نقلته "وكالة الأنباء"، ما وصفته بـ"نجاح الاقتراع في كل الدوائر".', 'ar');
    for (const claim of claims) expect(claim.attribution?.cue.text).not.toBe('نقلته');
  });
});

describe('a long title and its name set off by a comma', () => {
  it('nine words of title and name keep the family name', () => {
    const claims = claimsOf('نفى وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة سامي الحداد، السبت، ما ورد من أنباء حول إغلاق الحدود.', 'ar');
    expect(claims[0]!.attribution?.source.text).toBe('وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة سامي الحداد');
  });
});
