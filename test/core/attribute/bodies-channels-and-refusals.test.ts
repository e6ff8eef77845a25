/**
 * Families of session 17's attribution pass, on sentences written for these tests (invented bodies and
 * people): Arabic source nouns of bodies named with a لل-field before the verb's complement, a document
 * after a preposition as a channel, a discourse marker between a subject and its verb, a listed construct
 * title's kind, and English refusals to speak.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar');
const en = (text: string) => claimWordings(text, 'en');

describe('a لل-field after a definite body name, before the verb\'s complement preposition, is part of the name', () => {
  it('«وأشار المجلس الأعلى للقضاء إلى أن …» has the whole council as its source', () => {
    const got = ar('وأشار المجلس الأعلى للقضاء إلى أن الانتخابات جرت بنزاهة.');
    expect(got[0]!.source).toBe('المجلس الأعلى للقضاء');
    expect(got[0]!.content).toBe('الانتخابات جرت بنزاهة');
  });

  it('with على and عن, and after a title before the body', () => {
    expect(ar('وشددت المفوضية العليا للانتخابات على أن الفرز سيكون علنيا.')[0]!.source).toBe('المفوضية العليا للانتخابات');
    expect(ar('وأعربت الهيئة الوطنية للإعلام عن قلقها من إغلاق القناة.')[0]!.source).toBe('الهيئة الوطنية للإعلام');
    expect(ar('وأشار رئيس المجلس الأعلى للقضاء إلى أن الانتخابات جرت بنزاهة.')[0]!.source).toBe('رئيس المجلس الأعلى للقضاء');
  });

  it('whom it was told, or a لل-word with no complement preposition after it, stays out of the name', () => {
    expect(ar('وأشارت الوزارة للصحفيين إلى أن الخطة جاهزة.')[0]!.source).toBe('الوزارة');
    const call = ar('ودعت النقابة للإضراب العام.');
    expect(call[0]!.source).toBe('النقابة');
    expect(call[0]!.content).toBe('للإضراب العام');
  });
});

describe('a document after a preposition before the verb is a channel, not the source', () => {
  it('«الحكومة في بيان رسمي أعلنت أن …» is the government\'s', () => {
    expect(ar('الحكومة في بيان رسمي أعلنت أن الأسعار ستنخفض.')[0]!.source).toBe('الحكومة');
    expect(ar('المجلس البلدي في بيان له أكد أن المياه ستعود.')[0]!.source).toBe('المجلس البلدي');
  });

  it('«وفي تقرير جديد أكدت المنظمة أن …»: the subject after the verb', () => {
    const got = ar('وفي تقرير جديد أكدت المنظمة أن الوضع خطير.');
    expect(got[0]!.source).toBe('المنظمة');
    expect(got[0]!.content).toBe('الوضع خطير');
  });

  it('footage that shows is still its own source', () => {
    expect(ar('وتم نشر مقطع فيديو يظهر عناصر الأمن وهم يطلقون النار.')[0]!.source).toBe('مقطع فيديو');
  });
});

describe('a discourse marker of several words between a subject and its verb is skipped', () => {
  it('«الوزير من جانبه قال إن …»', () => {
    expect(ar('الوزير من جانبه قال إن الخطة جاهزة.')[0]!.source).toBe('الوزير');
    expect(ar('والهيئة من جهتها أعلنت أن الأسعار ستنخفض.')[0]!.source).toBe('الهيئة');
  });

  it('"The mayor for her part said …"', () => {
    expect(en('The mayor for her part said the bridge would reopen.')[0]!.source).toBe('The mayor');
  });
});

describe('a listed title whose last word carries the article is a definite, named office', () => {
  it('«رئيس الوزراء» is a person, not someone unnamed', () => {
    expect(ar('وقال رئيس الوزراء إن الحكومة لن تستقيل.')[0]!.kind).toBe('person');
    expect(ar('رئيس الوزراء من جهته أكد أن الحكومة لن تستقيل.')[0]).toMatchObject({ source: 'رئيس الوزراء', kind: 'person' });
  });
});

describe('a refusal to say, or a negated cue of saying, reports nothing of what follows (en, as «لم يعلن» in ar)', () => {
  it('"declined to confirm that …" gives the ministry no claim that troops crossed', () => {
    expect(en('The ministry declined to confirm that troops had crossed the border.')[0]!.source).toBeNull();
    expect(en('The governor refused to say whether she would sign the bill.')[0]!.source).toBeNull();
  });

  it('"would not confirm", "did not say", "didn\'t say", "never said", "neither … nor"', () => {
    expect(en('The ministry would not confirm that troops had crossed the border.')[0]!.source).toBeNull();
    expect(en('She did not say when the vote would be held.')[0]!.source).toBeNull();
    expect(en("He didn't say that the talks had failed.")[0]!.source).toBeNull();
    expect(en('He never said the plan would fail.')[0]!.source).toBeNull();
    expect(en('The embassy would neither confirm nor deny that the diplomat had left.')[0]!.source).toBeNull();
  });

  it('the same in Arabic: a refusal or a negated verb reports nothing', () => {
    expect(ar('وامتنع الوزير عن تأكيد أن المحادثات انهارت.')[0]!.source).toBeNull();
    expect(ar('ولم يقل الوزير إن الحرب انتهت.')[0]!.source).toBeNull();
  });

  it('a report after the refusal, and a negation inside the content, still report', () => {
    const got = en('She declined to say who had paid for the trip, but insisted that the rules were followed.');
    expect(got[0]).toMatchObject({ source: 'She', cue: 'insisted', content: 'the rules were followed' });
    expect(en('The agency declined to comment, saying the inquiry was ongoing.')[0]).toMatchObject({ source: 'The agency', cue: 'saying' });
    expect(en('The mayor said she would not resign.')[0]).toMatchObject({ source: 'The mayor', content: 'she would not resign' });
  });
});

describe('a cue form right after a preposition only a noun follows is a noun', () => {
  it('"declined to comment on reports that …" has no source "comment"', () => {
    expect(en('A police spokesman declined to comment on reports that two officers had been suspended.')[0]!.source).toBeNull();
  });

  it('"amid reports that …", "despite claims that …" name no speaker', () => {
    expect(en('The markets fell amid reports that the bank would raise rates.')[0]!.source).toBeNull();
    expect(en('Despite claims that the vote was rigged, the result stood.')[0]!.source).toBeNull();
  });

  it('a quotation ending in a preposition, then "said X", still reports', () => {
    const got = en('"The plan is as thin as the paper it\'s written on," said Ana Ortiz, head of the union.');
    expect(got[0]!.source).toBe('Ana Ortiz, head of the union');
  });
});

describe('"found" with a noun object reports only when a document finds; with a clause anyone does', () => {
  it('people who find a thing or a person discover it: no report', () => {
    expect(en('Rescuers found a helicopter carrying the minister.')[0]!.source).toBeNull();
    expect(en('Police found the suspect hiding in a barn.')[0]!.source).toBeNull();
    expect(en('The team found a way to cut costs.')[0]!.source).toBeNull();
  });

  it('a study, a survey, an inquiry or an audit that finds reports its finding', () => {
    expect(en('A survey found half the voters backing the ban.')[0]).toMatchObject({ source: 'A survey', kind: 'document' });
    expect(en('The inquiry found officials ignoring the warnings.')[0]).toMatchObject({ source: 'The inquiry', kind: 'document' });
    expect(en('An audit found the agency overspending by millions.')[0]!.source).toBe('An audit');
  });

  it('the head names the document, not a later noun ("a study by Professor X")', () => {
    expect(en('A 2019 study by Professor Ana Ortiz found 31 cases of fraud.')[0]!.source).toBe('A 2019 study by Professor Ana Ortiz');
  });

  it('with a clause, people find too', () => {
    expect(en('Investigators found the pilot had ignored the warnings.')[0]!.source).toBe('Investigators');
    expect(en('Researchers found that the drug reduced deaths.')[0]!.source).toBe('Researchers');
  });
});

describe('a relative set off after a prepositional credit is about the source, not its name or the content', () => {
  it('"…, according to Lena Holm, who heads the commission." has Lena Holm as its source', () => {
    const got = en('The vote was fair, according to Lena Holm, who heads the commission.');
    expect(got[0]).toMatchObject({ source: 'Lena Holm', kind: 'person', content: 'The vote was fair' });
  });

  it('"According to the ministry, which …, Y": the content starts after the relative', () => {
    const got = en('According to the ministry, which did not give figures, hundreds were hurt.');
    expect(got[0]).toMatchObject({ source: 'the ministry', content: 'hundreds were hurt' });
  });

  it('Arabic «بحسب X، التي …» and «وبحسب المرصد، الذي …، فإن …»', () => {
    expect(ar('وكانت الانتخابات نزيهة، بحسب لينا هولم، التي ترأس اللجنة.')[0]!.source).toBe('لينا هولم');
    expect(ar('وبحسب المرصد، الذي يتخذ من لندن مقرا، فإن عشرة أشخاص قتلوا.')[0]!.source).toBe('المرصد');
  });

  it('a short name in apposition closing the sentence stays part of the source', () => {
    expect(ar('وكانت الانتخابات نزيهة، بحسب المتحدث باسم الهيئة، سامر الخطيب.')[0]!.source).toBe('المتحدث باسم الهيئة، سامر الخطيب');
  });
});

describe('Arabic bodies of kinds no list had are organisations', () => {
  it('«منسقية», «تجمع», «سلطة», «معهد», «خلية» head a body', () => {
    expect(ar('وقالت منسقية النازحين إن عشرين شخصا قتلوا.')[0]).toMatchObject({ source: 'منسقية النازحين', kind: 'organization' });
    expect(ar('وذكر تجمع المهنيين أن الاحتجاجات ستستمر.')[0]!.kind).toBe('organization');
    expect(ar('وأكدت سلطة الطيران المدني أن المطار مغلق.')[0]!.kind).toBe('organization');
    expect(ar('وقالت خلية الأزمة إن الوضع مستقر.')[0]!.kind).toBe('organization');
  });
});

describe('a plural verb going on from a verb-first clause shares the subject named after that clause\'s verb', () => {
  it('«وتجمع المتظاهرون أمام البرلمان، وقالوا إن …»', () => {
    const got = ar('وتجمع المتظاهرون أمام البرلمان، وقالوا إن الحكومة فشلت.');
    expect(got[0]).toMatchObject({ source: 'المتظاهرون', cue: 'وقالوا', content: 'الحكومة فشلت' });
  });

  it('no comma, and a noun that is no listed source', () => {
    expect(ar('وخرج المتظاهرون إلى الشوارع وقالوا إن الحكومة فشلت.')[0]!.source).toBe('المتظاهرون');
    expect(ar('واجتمع النواب في البرلمان، وأعلنوا أن الجلسة تأجلت.')[0]!.source).toBe('النواب');
  });

  it('a clause that opens with its subject gives the word after it no such reading', () => {
    expect(ar('المتظاهرون تجمعوا أمام البرلمان، وقالوا إن الحكومة فشلت.')[0]!.source).not.toBe('تجمعوا');
  });

  it('a singular verb keeps the clause subject as before', () => {
    expect(ar('ووصل الوزير إلى بغداد، وقال إن الزيارة مهمة.')[0]!.source).toBe('الوزير');
  });
});
