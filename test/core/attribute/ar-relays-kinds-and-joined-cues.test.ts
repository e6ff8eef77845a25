import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 10, Arabic attribution): families that generalise.
describe('attribution: relays through a told outlet, kinds of bodies and people', () => {
  it('the outlet told comes before the speaker: the speaker is the source, the outlet the via', () => {
    const quoted = 'وقال لـ«المساء» مسؤول في الميناء إن الرصيف الجديد سيفتتح الشهر المقبل.';
    expect(claimsOf(quoted, 'ar')[0]!.attribution).toMatchObject({ source: { ...at(quoted, 'مسؤول في الميناء'), kind: 'anonymous' }, via: { text: 'المساء', kind: 'media' } });
    const glued = 'وأكد لوكالة الأنباء المحلية مصدر نقابي أن الإضراب سيستمر.';
    expect(claimsOf(glued, 'ar')[0]!.attribution).toMatchObject({ source: at(glued, 'مصدر نقابي'), via: { text: 'وكالة الأنباء المحلية' } });
    const title = 'وقالت لقناة الشمال المتحدثة باسم البلدية إن المياه ستعود مساء.';
    expect(claimsOf(title, 'ar')[0]!.attribution?.source.text).toBe('المتحدثة باسم البلدية');
    // With no speaker after the outlet, the verb goes on with the one before.
    const carried = 'وقال المحافظ إن الطريق مغلق. وأضاف لـ«المساء» أن الإصلاح يستغرق أسبوعا.';
    expect(claimsOf(carried, 'ar')[1]!.attribution).toMatchObject({ source: { text: 'المحافظ' }, via: { text: 'المساء' } });
  });

  it('a verb of telling with the outlet as its object: the object is the via, not part of the speaker', () => {
    const agency = 'وأبلغ مسؤول محلي وكالة الأنباء أن الجسر سيغلق.';
    expect(claimsOf(agency, 'ar')[0]!.attribution).toMatchObject({ source: at(agency, 'مسؤول محلي'), via: { text: 'وكالة الأنباء', kind: 'media' } });
    const quoted = 'وأبلغ مصدر في الشركة «المساء» أن الأسعار سترتفع.';
    expect(claimsOf(quoted, 'ar')[0]!.attribution).toMatchObject({ source: at(quoted, 'مصدر في الشركة'), via: { text: 'المساء' } });
    // A person told is no via, and not the speaker either.
    const counterpart = 'وأبلغ الوزير نظيره أن الاتفاق جاهز.';
    expect(claimsOf(counterpart, 'ar')[0]!.attribution).toMatchObject({ source: at(counterpart, 'الوزير') });
    expect(claimsOf(counterpart, 'ar')[0]!.attribution?.via).toBeUndefined();
  });

  it('the article’s own outlet named in another script relays nobody', () => {
    const analysis = analyzeCase(
      [
        { id: 'a', raw: 'وقال مسؤول في الميناء لـ«الميزان» إن الرصيف سيفتتح غدا.', outlet: 'Al Mizan (Arabic)', language: 'ar' },
        { id: 'b', raw: 'وقال مسؤول في الميناء لـ«الميزان» إن الرصيف سيفتتح غدا.', outlet: 'Morning Star', language: 'ar' },
      ],
      { claimsOnly: true },
    );
    const [own, other] = analysis.articles;
    expect(own!.claims[0]!.attribution?.chain).toBeUndefined();
    expect(own!.claims[0]!.attribution?.via?.text).toBe('الميزان');
    expect(other!.claims[0]!.attribution?.chain?.[0]).toMatchObject({ text: 'الميزان', kind: 'media' });
  });
});

describe('transliterated acronyms with the article and no expansion', () => {
  const sourceOf = (text: string, needle: string) => claimsOf(text, 'ar').find((c) => c.text.includes(needle))!.attribution?.source;

  it('a transliteration’s ending (…و، …وا، …يف) names a body', () => {
    expect(sourceOf('وقال الكيمو إن الشحنات ستصل الأسبوع المقبل.', 'الشحنات')).toMatchObject({ text: 'الكيمو', kind: 'organization' });
    expect(sourceOf('وحذرت الإيسكوا من نقص المياه. وقالت الإيسكوا إن الآبار جفت.', 'الآبار')).toMatchObject({ kind: 'organization' });
    expect(sourceOf('وأكدت الأنيسيف أن المدارس ستفتح.', 'المدارس')).toMatchObject({ text: 'الأنيسيف', kind: 'organization' });
  });

  it('a feminine verb for a lone articled word with no feminine ending names a body', () => {
    expect(sourceOf('وقالت الإيغاب إن الحدود أغلقت.', 'الحدود')).toMatchObject({ text: 'الإيغاب', kind: 'organization' });
    // A masculine verb gives no such signal; a nisba surname is a person with either verb.
    expect(sourceOf('وقال الإيغاب إن الحدود أغلقت.', 'الحدود')?.kind).toBe('person');
    expect(sourceOf('وقالت الهاشمي إن الحدود أغلقت.', 'الحدود')?.kind).toBe('person');
  });

  it('a word the article writes after a given name or a definite title is a surname: a person', () => {
    expect(sourceOf('واستقبل المحافظ سامر الكيمو. وقال الكيمو إن الشحنات ستصل.', 'الشحنات')?.kind).toBe('person');
    expect(sourceOf('وزار عبد الكريم الحلو المخيم. وقال الحلو إن المياه شحيحة.', 'المياه')?.kind).toBe('person');
    expect(sourceOf('وكانت الوزيرة الإيغاب قد زارت المعبر. وقالت الإيغاب إن الحدود أغلقت.', 'الحدود')?.kind).toBe('person');
    expect(sourceOf('وعينت الحكومة منى الإيغاب سفيرة. وقالت الإيغاب إن الحدود أغلقت.', 'الحدود')?.kind).toBe('person');
  });
});

describe('unnamed titles and spellings', () => {
  it('an indefinite title with no name and no construct after it is anonymous; a construct or a pronoun keeps a person', () => {
    const kind = (text: string) => claimsOf(text, 'ar')[0]!.attribution?.source.kind;
    expect(kind('وقالت مستشارة إن المستشفى امتلأ.')).toBe('anonymous');
    expect(kind('وقال ممثل عن النقابة إن الإضراب مستمر.')).toBe('anonymous');
    expect(kind('وقال سفير إن السفارة أغلقت.')).toBe('anonymous');
    expect(kind('وقال وزير الزراعة إن المحصول وفير.')).toBe('person');
    expect(kind('وأعلنت الهيئة، على لسان رئيسها، أن المحصول وفير.')).not.toBe('anonymous');
  });

  it('an older hamza seat (مسئول) is the same source noun, and its definite form with a nisba refers back', () => {
    const text = 'وقال مسئول محلي إن الفيضان دمر الجسر. وأضاف المسؤول المحلي أن الطريق مغلق.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toMatchObject({ text: 'مسئول محلي', kind: 'anonymous' });
    expect(claims[1]!.attribution?.source).toMatchObject({ kind: 'anonymous', continued: true });
  });
});

describe('groups of unnamed people', () => {
  it('a lone articled participle in the sound plural is anonymous and refers back to no other anonymous source', () => {
    const text = 'وقالت مصادر أمنية إن الطريق أغلق. ويعتقد المحتجون أن الأسعار سترتفع.';
    const claims = claimsOf(text, 'ar');
    expect(claims[1]!.attribution?.source).toMatchObject({ ...at(text, 'المحتجون'), kind: 'anonymous' });
    expect(claims[1]!.attribution?.source.continued).toBeUndefined();
    // A lone articled word of another shape stays a person ("الأمين" is a surname as often as not).
    expect(claimsOf('وقال الأمين إن الأسعار سترتفع.', 'ar')[0]!.attribution?.source.kind).toBe('person');
  });
});

describe('a participle of saying after an act', () => {
  it('Arabic: the act is the outlet’s own claim, the participle’s report a claim of the act’s subject', () => {
    const text = 'وتوجه الوزير إلى المستشفى الميداني، مؤكدا أن الإمدادات ستصل خلال يومين.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({ text: 'وتوجه الوزير إلى المستشفى الميداني', attribution: null });
    expect(claims[1]!.text.startsWith('مؤكدا')).toBe(true);
    expect(claims[1]!.attribution).toMatchObject({ source: at(text, 'الوزير'), cue: at(text, 'مؤكدا') });
  });

  it('Arabic: after a report the participle goes on with that report, no own-voice claim', () => {
    const claims = claimsOf('وقال الوزير إن الإمدادات وصلت، مشيرا إلى أن المستشفى يعمل.', 'ar');
    expect(claims.every((c) => c.attribution?.source.text === 'الوزير')).toBe(true);
  });

  it('English keeps one claim (its gold counts the main verb as the cue): the option is off there', () => {
    const claims = claimsOf('The minister visited the field hospital, saying supplies would arrive within two days.', 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attribution?.source.text).toBe('The minister');
  });
});

describe('a cue line running into a quotation on the next line', () => {
  it('the quotation is the speaker’s; the cue line, with no content of its own, is the outlet’s words', () => {
    const text = 'وقال رئيس البلدية، في كلمة مسجلة، بعد افتتاح الجسر الجديد صباح اليوم\n"سنواصل العمل حتى يكتمل الطريق".';
    const claims = claimsOf(text, 'ar');
    const quote = claims.find((c) => c.text.includes('سنواصل'))!;
    expect(quote.attribution?.source.text).toBe('رئيس البلدية');
    const intro = claims.find((c) => c.text.includes('افتتاح'))!;
    expect(intro.attribution).toBeNull();
    expect(intro.kind).toBeUndefined();
  });

  it('a cue line ending on a colon stays a credit', () => {
    const text = 'وقال رئيس البلدية:\n"سنواصل العمل حتى يكتمل الطريق".';
    const claims = claimsOf(text, 'ar');
    expect(claims.find((c) => c.text.includes('سنواصل'))!.attribution?.source.text).toBe('رئيس البلدية');
    expect(claims[0]!.kind).toBe('credit');
  });
});

describe('a joined cue naming a new speaker after an act', () => {
  it('the act before the comma is the outlet’s, the joined cue’s report the new speaker’s', () => {
    const text = 'ونشرت حسابات مقربة من الحركة صورا من داخل المعسكر، بعد حصار طويل، وأعلن قائد الحركة سيطرتهم على المعسكر.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution).toBeNull();
    expect(claims[1]!.attribution).toMatchObject({ source: at(text, 'قائد الحركة'), cue: at(text, 'وأعلن') });
  });

  it('with no speaker of its own, or the same one named again, the joined cue keeps one claim', () => {
    for (const text of ['ووصل الوزير إلى الميناء، وقال إن السفن ستبحر غدا.', 'ووصل الوزير إلى الميناء، وقال الوزير إن السفن ستبحر غدا.']) {
      const claims = claimsOf(text, 'ar');
      expect(claims).toHaveLength(1);
      expect(claims[0]!.attribution?.source.text).toBe('الوزير');
    }
  });

  it('a cue line naming only who spoke, where and when, before its quotation, is a credit', () => {
    const claims = claimsOf('وقال رئيس النقابة، في كلمة مسجلة، مساء الأحد\n"لن نتراجع عن الإضراب".', 'ar');
    expect(claims[0]!.kind).toBe('credit');
    expect(claims[1]!.attribution?.source.text).toBe('رئيس النقابة');
  });
});

describe('an adjective-shaped object after the main subject', () => {
  it('a word the article writes after a preposition is a noun: the object, not part of the speaker', () => {
    const text = 'وتفقد المحافظ الطريق، مؤكدا أن الإصلاح سينتهي قريبا. وكانت السيول قد قطعت السير على الطريق.';
    expect(claimsOf(text, 'ar').find((c) => c.attribution)?.attribution?.source).toMatchObject(at(text, 'المحافظ'));
    // With no such use elsewhere, an adjective-shaped word after the title stays its adjective.
    const adjective = 'وقال المحافظ المكلف إن الإصلاح سينتهي قريبا.';
    expect(claimsOf(adjective, 'ar')[0]!.attribution?.source.text).toBe('المحافظ المكلف');
  });
});
