/**
 * Arabic families found on new stories (session 19, issue 9): unvowelled «وبين» opening a clause; «مجددا» as an
 * adverb before «(على) أن»; a title, a name and «على أن»; a compound name written as one word («عبدالله»);
 * the second word of «في حين» is no subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');

describe('unvowelled «وبين» reports when it opens its clause', () => {
  it('with a subject («وبين المدير أن …»)', () => {
    const got = ar('وبين مدير الميناء أن حركة السفن عادت إلى طبيعتها.');
    expect(got[0]!.source).toBe('مدير الميناء');
    expect(got[0]!.cue).toBe('وبين');
    expect(got[0]!.content).toBe('حركة السفن عادت إلى طبيعتها');
  });

  it('with no subject, going on with the speaker before', () => {
    const got = ar('وقالت الهيئة إن التسجيل يبدأ الأحد. وبين أن الموعد النهائي بعد شهر.');
    expect(got[1]!.cue).toBe('وبين');
    expect(got[1]!.content).toBe('الموعد النهائي بعد شهر');
  });

  it('inside a phrase it is "and between" («بين الفريقين وبين الحكم»)', () => {
    expect(ar('واندلع شجار بين لاعبي الفريقين وبين الحكم بعد المباراة.')[0]!.source).toBeNull();
  });

  it('nor after a comma when إن/أن belongs to another verb', () => {
    const got = ar('وتقاسمت اللجان المقاعد بين الموالاة وبين المعارضة، وأكد المراقبون أن الفرز انتهى.');
    expect(got.find((c) => c.cue === 'وبين')).toBeUndefined();
  });
});

describe('«مجددا» right before (على) أن is an adverb, no cue of its own', () => {
  it('«وأكد الوزير مجددا أن …»: one claim, the verb its cue', () => {
    const got = ar('وأكد وزير الزراعة مجددا أن مخزون القمح يكفي ستة أشهر.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('وزير الزراعة');
    expect(got[0]!.cue).toBe('وأكد');
  });

  it('the participle with a report noun still reports («مجددا دعوته …»)', () => {
    const got = ar('وقال رئيس البلدية إن الطريق سيغلق، مجددا دعوته إلى تجنب المنطقة.');
    expect(got.map((c) => c.cue)).toEqual(['وقال', 'مجددا']);
  });
});

describe('a title and a name before «على أن» stay the subject', () => {
  it('«وأكد الناطق باسم … الدكتور فلان على أن …»', () => {
    const got = ar('وأكد الناطق باسم الجامعة الدكتور منير الحداد على أن الامتحانات في موعدها.');
    expect(got[0]!.source).toBe('الناطق باسم الجامعة الدكتور منير الحداد');
    expect(got[0]!.content).toBe('الامتحانات في موعدها');
  });
});

describe('a compound name written as one word is no possessed object', () => {
  it('«الدكتور عبدالله …» after a title', () => {
    expect(ar('وقال مدير المستشفى الدكتور عبدالله الفارس إن الجرحى بحالة مستقرة.')[0]!.source).toBe('مدير المستشفى الدكتور عبدالله الفارس');
  });

  it('a possessed object after a definite subject still ends it («ووصف الوزير خطته بأنها …»)', () => {
    expect(ar('ووصف الوزير خطته بأنها واقعية.')[0]!.source).toBe('الوزير');
  });
});

describe('«في حين» opens a clause; «حين» is no subject', () => {
  it('«في حين اعترض المحامي على …»', () => {
    const got = ar('وقضت المحكمة بتغريمه. في حين اعترض المحامي على قرار المحكمة.');
    expect(got.map((c) => c.source)).not.toContain('حين');
  });
});

describe('the leftovers of session 18', () => {
  it('«وأنهى فلان كلمته قائلا إن …»: «أنهى» with the cognate participle reports', () => {
    const got = ar('وأنهى نادر السالم كلمته قائلا إن الموسم المقبل سيكون أفضل.');
    expect(got).toHaveLength(1);
    expect(got[0]!.source).toBe('نادر السالم');
    expect(got[0]!.cue).toBe('وأنهى');
    expect(got[0]!.content).toBe('الموسم المقبل سيكون أفضل');
  });

  it('«وأنهت الحكومة الإضراب بعد أن …» reports nothing', () => {
    expect(ar('وأنهت النقابة الإضراب بعد أن وافقت الشركة على المطالب.')[0]!.source).toBeNull();
  });

  it('«واختتم حديثه قائلا إن …»: no subject, one claim of the speaker before', () => {
    const got = ar('وقالت المديرة إن المعرض يفتح غدا. واختتمت حديثها قائلة إن الدخول مجاني.');
    expect(got).toHaveLength(2);
    expect(got[1]!.source).toBe('المديرة');
    expect(got[1]!.cue).toBe('واختتمت');
    expect(got[1]!.content).toBe('الدخول مجاني');
  });

  it('«ورد فلان على … قائلا إن …»: the content opens after the participle', () => {
    const got = ar('ورد رئيس النادي على منتقديه قائلا إن الصفقات لم تنته.');
    expect(got[0]!.source).toBe('رئيس النادي');
    expect(got[0]!.content).toBe('الصفقات لم تنته');
  });

  it('a manner adverbial before the object is the verb’s («دانت …، بأشد العبارات، …»)', () => {
    const got = ar('ودانت الرابطة، بأشد العبارات، الاعتداء على الحكم.');
    expect(got[0]!.source).toBe('الرابطة');
    expect(got[0]!.content).toBe('الاعتداء على الحكم');
    expect(ar('ودانت الرابطة بشدة الاعتداء على الحكم.')[0]!.content).toBe('الاعتداء على الحكم');
  });

  it('an adverbial before the verb’s preposition leaves its content as it was («وشدد … مجددا على ضرورة …»)', () => {
    expect(ar('وشدد المحافظ مجددا على ضرورة ترشيد المياه.')[0]!.content).toBe('ضرورة ترشيد المياه');
  });
});

describe('«، إذ» opens a clause of its own, as «، حيث» does', () => {
  it('the act before it stays in the outlet’s voice', () => {
    const got = ar('غرمت الرابطة النادي، إذ ذكر بيان للرابطة أن جماهيره رمت مقذوفات.');
    expect(got).toHaveLength(2);
    expect(got[0]!.source).toBeNull();
    expect(got[1]!.source).toBe('بيان للرابطة');
  });
});

describe('«عدم» after a definite subject opens the verb’s object (no name is «عدم»)', () => {
  it('«وأكد المحامي عدم صحة …»', () => {
    const got = ar('ونفى المدرب عدم انضباط لاعبيه.');
    expect(got[0]!.source).toBe('المدرب');
    expect(got[0]!.content).toBe('عدم انضباط لاعبيه');
  });
});
