/**
 * Families of session 15's second attribution pass (a tuned dev case's misses), on sentences written for
 * these tests: a subordinate clause after a closing quotation, the passive of a relaying cue, an allegiance
 * aside before the cue, and «جدد» (renewed) reporting only with a noun of saying.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

describe('a subordinator after a closing quotation opens a clause, not a tag', () => {
  it('"…, saying “…,” as the crowd cheered": the participle reports, not the crowd', () => {
    const got = claimWordings('She waved at the cameras, saying “see you next year,” as the crowd cheered.', 'en');
    const said = got.find((c) => c.cue === 'saying');
    expect(said?.source).toBe('She');
    expect(got.some((c) => c.cue === 'cheered')).toBe(false);
  });
});

describe('the passive of a relaying cue: the subject speaks, the agent relays', () => {
  it('"“…,” X was quoted as saying by Y"', () => {
    const got = claimWordings('“Every ballot has been counted,” the commission chief was quoted as saying by the state broadcaster.', 'en');
    expect(got[0]!.source).toBe('the commission chief');
    expect(got[0]!.via).toBe('the state broadcaster');
  });

  it('"X was quoted by Y as saying that …"', () => {
    const got = claimWordings('The port authority was quoted by a local radio station as saying that the cranes would be replaced.', 'en');
    expect(got[0]!.source).toBe('The port authority');
    expect(got[0]!.via).toBe('a local radio station');
    expect(got[0]!.content).toBe('the cranes would be replaced');
  });

  it('the active frame keeps its object as the speaker', () => {
    const got = claimWordings('The radio station quoted the port authority as saying that the cranes would be replaced.', 'en');
    expect(got[0]!.source).toBe('the port authority');
  });
});

describe('an allegiance aside between the subject and the cue', () => {
  it('", close to the government," is skipped', () => {
    const got = claimWordings('A private polling firm, close to the government, put the turnout at 61 percent.', 'en');
    expect(got[0]?.source ?? null).not.toBe('close to the government');
    const said = claimWordings('The weekly, loyal to the ruling party, said the turnout was low.', 'en');
    expect(said[0]!.source).toBe('The weekly');
  });

  it('a subject that is itself a phrase of people stays ("…, critics of the plan said")', () => {
    const got = claimWordings('The budget is too small, critics of the plan said.', 'en');
    expect(got[0]!.source).toBe('critics of the plan');
  });
});

describe('«جدد» reports only with إن/أن or a noun of saying', () => {
  it('«الذي جدد ولايته» renews a term: no claim', () => {
    const got = claimWordings('وفاز الرئيس الذي جدد ولايته للمرة الثانية بنسبة كبيرة من الأصوات.', 'ar');
    expect(got.every((c) => c.cue === null)).toBe(true);
  });

  it('«وجدد الوزير دعوته إلى …» and «جدد التأكيد على أن …» report', () => {
    expect(claimWordings('وجدد الوزير دعوته إلى وقف التصعيد.', 'ar')[0]!.source).toBe('الوزير');
    expect(claimWordings('وجدد المتحدث التأكيد على أن الحكومة ماضية في خطتها.', 'ar')[0]!.source).toBe('المتحدث');
  });
});

describe('a credit on a document that a named body published', () => {
  it('«ووفقا للأرقام التي نشرتها الهيئة، …»: the body is the source', () => {
    const got = claimWordings('ووفقا للأرقام الأولية التي نشرتها هيئة الإحصاء، ارتفع عدد السكان إلى عشرة ملايين.', 'ar');
    expect(got[0]!.source).toBe('هيئة الإحصاء');
    expect(got[0]!.content).toBe('ارتفع عدد السكان إلى عشرة ملايين');
  });

  it('closing the sentence, and with no relative pronoun («بحسب تقرير أصدرته …»)', () => {
    expect(claimWordings('وتراجعت البطالة هذا العام، بحسب الأرقام التي نشرتها الوزارة.', 'ar')[0]!.source).toBe('الوزارة');
    expect(claimWordings('ووفقا لتقرير أصدرته منظمة الصحة، تراجعت الإصابات بنسبة كبيرة.', 'ar')[0]!.source).toBe('منظمة الصحة');
  });

  it('a person credited is no document: «بحسب المتحدث …» keeps the speaker', () => {
    expect(claimWordings('وبحسب المتحدث باسم الوزارة، تراجعت البطالة.', 'ar')[0]!.source).toBe('المتحدث باسم الوزارة');
  });
});

describe('a cognate object of the verb of saying is part of the cue', () => {
  const before = 'وقال المدير إن المصنع سيغلق أبوابه. ';
  it('«وتابع القول: "…"» goes on with the earlier speaker', () => {
    const got = claimWordings(`${before}وتابع القول: "لن نسرح أي عامل".`, 'ar');
    expect(got[1]!.source).toBe('المدير');
    expect(got[1]!.cue).toBe('وتابع القول');
  });

  it('«وأردف قائلا:» and «واختتم بالقول إن …»', () => {
    expect(claimWordings(`${before}وأردف قائلا: "لن نسرح أي عامل".`, 'ar')[1]!.cue).toBe('وأردف قائلا');
    const closing = claimWordings(`${before}واختتم بالقول إن الأجور ستدفع كاملة.`, 'ar')[1]!;
    expect(closing.source).toBe('المدير');
    expect(closing.content).toBe('الأجور ستدفع كاملة');
  });
});

describe('«أبدى» with a noun of stance as its object', () => {
  it('«وأبدى النائب قلقه من …» reports; «أبدى مرونة» (no such noun) does not', () => {
    expect(claimWordings('وأبدى النائب قلقه من تأخر المشروع.', 'ar')[0]!.source).toBe('النائب');
    expect(claimWordings('وأبدت الوزيرة استعدادها للحوار مع النقابات.', 'ar')[0]!.source).toBe('الوزيرة');
    expect(claimWordings('وأبدت الحكومة مرونة كبيرة في المفاوضات.', 'ar')[0]!.cue).toBeNull();
  });
});

describe('a plural addressee after a channel', () => {
  it('«في كلمته المواطنين إلى …»: the via is the channel alone', () => {
    const got = claimWordings('ودعا الرئيس في كلمته المواطنين إلى المشاركة في الاستفتاء.', 'ar');
    expect(got[0]!.source).toBe('الرئيس');
    expect(got[0]!.via).toBe('كلمته');
  });

  it('an adjective of the channel stays in the via («في كلمته المتلفزة»)', () => {
    const got = claimWordings('وقال الرئيس في كلمته المتلفزة إن الاستفتاء سيجري في موعده.', 'ar');
    expect(got[0]!.via).toBe('كلمته المتلفزة');
  });
});

describe('a suffixed verbal noun after a channel', () => {
  it('«في بيان تمسكه بالمشاركة»: the via is the channel, the object the content', () => {
    const got = claimWordings('وأكد الحزب في بيان تمسكه بالمشاركة في الانتخابات.', 'ar');
    expect(got[0]!.via).toBe('بيان');
    expect(got[0]!.content).toBe('تمسكه بالمشاركة في الانتخابات');
  });

  it('a source noun with a suffix is the channel\'s genitive, a short suffixed word a preposition', () => {
    expect(claimWordings('وقال النائب في بيان حزبه إن الخطة جاهزة.', 'ar')[0]!.via).toBe('بيان حزبه');
    expect(claimWordings('وقالت الوزارة في بيان لها إن الخطة جاهزة.', 'ar')[0]!.via).toBe('بيان لها');
  });
});
