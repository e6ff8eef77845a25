/**
 * Arabic families found on session 21's new tuned stories and the leftovers of session 20 (issue 9): «اعترض» with
 * a noun object; a long coordinated subject before a dual verb; plural bodies as subjects; a restrictive relative's
 * antecedent; a verbal noun whose first letter is و after the subject; a list line's label; unnamed reports.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('«اعترض» reports only with content of its own', () => {
  it('a noun object (intercepting) or «على» and a noun (objecting) is no report', () => {
    expect(ar('وساعدت البحرية نحو 300 شخص، بينما اعترض نظيرها التونسي 80 قاربا آخر.').map((c) => c.cue)).toEqual([null]);
    expect(ar('واعترض المحامي على الحكم وطلب استئنافه.').map((c) => c.cue)).toEqual([null]);
  });

  it('with «قائلا إن» or a colon it reports', () => {
    const got = ar('واعترض النائب قائلا إن القانون يخالف الدستور.');
    expect(got[0]!.source).toBe('النائب');
    expect(got[0]!.content).toBe('القانون يخالف الدستور');
  });
});

describe('a long coordinated subject before a dual verb', () => {
  it('a coast guard and an unnamed official are the source of «أعلنا»', () => {
    const got = ar('حرس الحدود اليوناني ومسؤول في منظمة للإغاثة البحرية أعلنا أن عشرين شخصا فقدوا.');
    expect(got[0]!.source).toBe('حرس الحدود اليوناني ومسؤول في منظمة للإغاثة البحرية');
    expect(got[0]!.content).toBe('عشرين شخصا فقدوا');
  });
});

describe('plural bodies are sources', () => {
  it('«بعد أن اعتبرت الدول النامية مقترحا … غير كاف»: the states, not a speaker carried from before', () => {
    const got = ar('وقالت الإذاعة إن المؤتمر انتهى متأخرا. وجاء الاتفاق بعد أن اعتبرت الدول النامية مقترحا سابقا غير كاف.');
    expect(got[1]!.source).toBe('الدول النامية');
    expect(got[1]!.cue).toBe('اعتبرت');
  });

  it('«بعدما اعتبرت النقابات …»: the unions, not the clause before «بعدما»', () => {
    expect(ar('وتأجل التوقيع بعدما اعتبرت النقابات العرض الجديد غير منصف.')[0]!.source).toBe('النقابات');
  });
});

describe('a restrictive relative hangs on the definite phrase right before it', () => {
  it('«… المزارعين الذين كانوا يطالبون بأكثر …»: the farmers, never «بأكثر» nor the clause subject', () => {
    const got = ar('ولم يرض الاتفاق المزارعين الذين كانوا يطالبون بأكثر من ذلك.');
    expect(got[0]!.source).toBe('المزارعين');
    expect(got[0]!.content).toBe('بأكثر من ذلك');
  });

  it('a definite object before the relative is no part of the subject of the main verb', () => {
    expect(ar('والتقى الرئيس النواب الذين أكدوا دعمهم للخطة.')[0]!.source).toBe('النواب');
  });

  it('a noun with its adjective stays whole; «التي كانت تطالب»: the auxiliary is skipped', () => {
    expect(ar('ولم يرض الاتفاق الدول الفقيرة التي كانت تطالب بأكثر من ذلك.')[0]!.source).toBe('الدول الفقيرة');
  });
});

describe('a verbal noun whose first root letter is و opens the object', () => {
  it('«وقف الإنتاج», «وصول المساعدات», «وجود حالات» after a definite subject', () => {
    const stop = ar('وأعلنت الشركة وقف الإنتاج في المصنع.');
    expect(stop[0]!.source).toBe('الشركة');
    expect(stop[0]!.content).toBe('وقف الإنتاج في المصنع');
    expect(ar('أعلن المتحدث وصول المساعدات إلى المدينة.')[0]!.source).toBe('المتحدث');
    expect(ar('وأعلنت الحكومة وجود حالات جديدة.')[0]!.source).toBe('الحكومة');
  });

  it('a conjunction before a name or a title still joins two subjects', () => {
    expect(ar('وقال الوزير والسفير إن المحادثات كانت مثمرة.')[0]!.source).toBe('الوزير والسفير');
    expect(ar('وأكد الرئيس ووزير الخارجية أن الزيارة ناجحة.')[0]!.source).toBe('الرئيس ووزير الخارجية');
  });
});

describe('a list line: the label before its colon acts when the verb names no subject', () => {
  it('«- البرازيل: قالت إن …», «- الهند: رفضت الخطة وقالت إنها …»', () => {
    const got = ar('وقال الوزير إن الخطة تشمل ثلاثة محاور.\n- الهند: رفضت الخطة وقالت إنها غير عادلة.\n- البرازيل: قالت إن الخطة خطوة أولى.');
    expect(got.map((c) => c.source)).toEqual(['الوزير', 'الهند', 'البرازيل']);
  });

  it('a topic label leaves the verb its own subject; a sequence adverb is no label', () => {
    expect(ar('- تمويل المشاريع: تنص الخطة على أن تدفع الحكومة نصف الكلفة.')[0]!.source).toBe('الخطة');
    expect(ar('أولا: قال إن الحوار ضروري.')[0]!.source).toBeNull();
  });
});

describe('unnamed reports («تقارير») are anonymous, a report with an owner a document', () => {
  it('«كشفت تقارير صحفية أن …» anonymous; «أظهر تقرير للأمم المتحدة أن …» document', () => {
    expect(ar('كشفت تقارير صحفية أن الشركة طورت تطبيقا جديدا.')[0]!.kind).toBe('anonymous');
    expect(ar('وأظهر تقرير للأمم المتحدة أن الفقر ارتفع.')[0]!.kind).toBe('document');
  });
});

describe('a negated predicate after a verb carrying its object pronoun', () => {
  it('«واعتبرتها غير عادلة»: the subject is the one before, «غير عادلة» what the object is taken for', () => {
    const got = ar('ورفضت الحكومة الخطة واعتبرتها غير عادلة.');
    expect(got[0]!.source).toBe('الحكومة');
    expect(got[0]!.content).toBe('غير عادلة');
  });

  it('«غير» before a definite word names a group that may speak', () => {
    expect(ar('ووصفها غير المسلمين بأنها خطوة جيدة.')[0]!.source).toBe('غير المسلمين');
  });
});
