/**
 * Issue 9, second round: belief and intention verbs, passives with an agent, second clauses after a
 * closing cue, "according to" with a noun of saying, titled names, datelines and teaser lists — in both
 * languages, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

const first = (text: string, lang: 'ar' | 'en') => claimsOf(text, lang)[0]?.attribution ?? null;

describe('belief and intention verbs report with a content clause and a personal subject', () => {
  it('English: "believes his …", "wants to …", "is hoping that …", "expects growth to …" report', () => {
    expect(first('The senator believes his bill will pass next week.', 'en')).toMatchObject({ source: { text: 'The senator' }, cue: { lemma: 'believe' }, content: { text: 'his bill will pass next week' } });
    expect(first('The union wants to delay the vote until spring.', 'en')).toMatchObject({ source: { text: 'The union' }, cue: { text: 'wants' }, content: { text: 'to delay the vote until spring' } });
    expect(first('She is hoping that the court will rule soon.', 'en')).toMatchObject({ source: { text: 'She' }, cue: { text: 'hoping' } });
    expect(first('The central bank expects inflation to ease this year.', 'en')?.cue.lemma).toBe('expect');
  });

  it('English: no report with an inanimate subject, "it", no complement, or an object noun', () => {
    expect(first('It seems that the bridge will reopen.', 'en')).toBeNull();
    expect(first('The bridge hopes to reopen in May.', 'en')).toBeNull();
    expect(first('It wants to be loved.', 'en')).toBeNull();
    expect(first('She knows the answer.', 'en')).toBeNull();
    expect(first('The farmers feel the drought most.', 'en')).toBeNull();
    expect(first('Rates are expected to rise.', 'en')).toBeNull();
  });

  it('Arabic: "ويأمل الوزير أن …", "ويخشى السكان أن …" report; without أن or a subject they do not', () => {
    expect(first('ويأمل وزير الزراعة أن تتحسن المحاصيل هذا العام.', 'ar')).toMatchObject({ source: { text: 'وزير الزراعة' }, cue: { lemma: 'أمل' }, content: { text: 'تتحسن المحاصيل هذا العام' } });
    expect(first('ويخشى المزارعون أن يطول الجفاف.', 'ar')?.source.text).toBe('المزارعون');
    expect(first('يريد الوفد الوصول إلى الميناء قبل المساء.', 'ar')).toBeNull();
    expect(first('وتأمل أن ينتهي الجفاف.', 'ar')).toBeNull();
  });
});

describe('passives name their agent', () => {
  it('English: "was announced by the ministry that …" and "was criticized by the opposition" have the agent as source', () => {
    expect(first('It was announced by the ministry that the port will close.', 'en')).toMatchObject({ source: { text: 'the ministry' }, rule: 'passive-agent', content: { text: 'the port will close' } });
    expect(first('The new tariff was criticized by the opposition leader on Friday.', 'en')).toMatchObject({ source: { text: 'the opposition leader' }, cue: { text: 'criticized' } });
  });

  it('English: an agent that is no speaker ("called X by locals", "hit by shelling") gives no report', () => {
    expect(first('The square is called the Old Market by locals.', 'en')).toBeNull();
    expect(first('The depot was hit by shelling overnight.', 'en')).toBeNull();
  });
});

describe('second clauses after a closing cue', () => {
  it('English: "“…,” the mayor said, adding that …" keeps the quotation as the said content', () => {
    const a = first('"The river is falling," the mayor said, adding that roads would reopen soon.', 'en');
    expect(a).toMatchObject({ source: { text: 'the mayor' }, cue: { text: 'said' }, content: { text: 'The river is falling' } });
  });

  it('Arabic: "وتوعد X بـ …" reports a vow of its speaker', () => {
    expect(first('وتوعد قائد الشرطة بملاحقة المهربين.', 'ar')).toMatchObject({ source: { text: 'قائد الشرطة' }, cue: { lemma: 'توعد' } });
  });
});

describe('Arabic participles with their own conjunction', () => {
  it('"، ومؤكدا أن …" and "، مؤكدا أن …" are a second report of the same speaker', () => {
    const conjoined = claimsOf('وقال المحافظ إن الطريق مفتوح، ومؤكدا أن الحافلات ستعود غدا.', 'ar');
    expect(conjoined.map((c) => [c.attribution?.cue.text, c.attribution?.source.text])).toEqual([
      ['وقال', 'المحافظ'],
      ['ومؤكدا', 'المحافظ'],
    ]);
    // Without the conjunction too, since the language data splits participle clauses (splitParticipleClauses).
    expect(claimsOf('وقال المحافظ إن الطريق مفتوح، مؤكدا أن الحافلات ستعود غدا.', 'ar').map((c) => c.attribution?.cue.text)).toEqual(['وقال', 'مؤكدا']);
  });
});

describe('"according to" and its Arabic forms', () => {
  it('Arabic: "وفق قول X، Name." takes the speaker, not the noun of saying, with the closing name', () => {
    const a = first('ارتفعت أسعار الخبز، وفق قول رئيس الغرفة التجارية، سمير داود.', 'ar');
    expect(a).toMatchObject({ source: { text: 'رئيس الغرفة التجارية، سمير داود', kind: 'person' }, cue: { text: 'وفق' }, content: { text: 'ارتفعت أسعار الخبز' } });
  });

  it('English: "according to the governor, Name." keeps the name; a later time phrase does not join', () => {
    expect(first('Exports fell, according to the port director, Lena Brandt.', 'en')?.source.text).toBe('the port director, Lena Brandt');
    expect(first('Exports fell, according to the ministry, in May, in the north and elsewhere.', 'en')?.source.text).toBe('the ministry');
  });

  it('Arabic: "طبقا لما سرب …" and "بحسب ما أعلنت …" after an attributed sentence name no source of their own', () => {
    expect(first('طبقا لما سرب قبل يومين فإن الاتفاق جاهز.', 'ar')).toBeNull();
    const claims = claimsOf('وقال الوزير إن الموانئ مفتوحة. بحسب ما أعلنت الهيئة العامة اليوم (الأحد).', 'ar');
    expect(claims[1]).toMatchObject({ attribution: null, kind: 'credit' });
  });
});

describe('names, titles and datelines', () => {
  it('Arabic: "قال المتحدث باسم البلدية، سالم فرج، إن" keeps the name in the source, not in the content', () => {
    const a = first('من جهته، قال المتحدث باسم البلدية، سالم فرج، إن المياه عادت.', 'ar');
    expect(a).toMatchObject({ source: { text: 'المتحدث باسم البلدية، سالم فرج', kind: 'person' }, content: { text: 'المياه عادت' } });
  });

  it('Arabic: a preposition after a titled name ends the source ("وشكك المحلل … في جدوى")', () => {
    expect(first('وشكك الخبير الاقتصادي منير حداد في جدوى الخطة.', 'ar')?.source.text).toBe('الخبير الاقتصادي منير حداد');
    // An indefinite head keeps its affiliation ("مسؤول في الوزارة").
    expect(first('وقال مسؤول في البلدية إن المياه عادت.', 'ar')?.source.text).toBe('مسؤول في البلدية');
  });

  it('a speaker label before a colon speaks the whole line; an outlet with the place it files from is a dateline', () => {
    expect(first('MODERATOR: I want to ask you about the budget.', 'en')).toMatchObject({ source: { text: 'MODERATOR' }, cue: { text: ':' } });
    expect(first('الوكالة من عمان: بدأت المفاوضات صباح اليوم.', 'ar')).toBeNull();
  });
});

describe('Arabic subjects after the verb', () => {
  it('a channel with a pronoun suffix ("في بيانها", "في كلمته") is no part of the source nor of the content', () => {
    expect(first('ولفتت الهيئة في بيانها إلى أن الطرق مغلقة.', 'ar')).toMatchObject({ source: { text: 'الهيئة' }, content: { text: 'الطرق مغلقة' } });
    expect(first('وشدد المحافظ في كلمته على ضرورة الهدوء.', 'ar')).toMatchObject({ source: { text: 'المحافظ' }, content: { text: 'ضرورة الهدوء' } });
  });

  it('"الأمين العام", "المدير العام" keep their adjective, though "العام" is also "the year"', () => {
    expect(first('وقال المدير العام إن المصنع أغلق.', 'ar')?.source.text).toBe('المدير العام');
    expect(first('وقال المدير العام الماضي إن المصنع أغلق.', 'ar')?.source.text).toBe('المدير');
  });

  it('"وجاء في بيان للوزارة أن …" and "تشير التقديرات" have a document as source; "جاء في المرتبة" reports nothing', () => {
    expect(first('وجاء في بيان للبلدية أن المياه ستقطع.', 'ar')).toMatchObject({ source: { text: 'بيان للبلدية', kind: 'document' }, content: { text: 'المياه ستقطع' } });
    expect(first('وتشير التقديرات إلى أن المحصول تراجع.', 'ar')?.source.kind).toBe('document');
    expect(first('جاء في المرتبة الثانية فريق المدينة.', 'ar')).toBeNull();
  });
});

describe('participles take the main clause’s subject', () => {
  it('English: past two opening phrases, and a quantified phrase of common nouns', () => {
    expect(first('On Friday, however, Senator Vale met the growers, promising to cut the levy.', 'en')).toMatchObject({ source: { text: 'Senator Vale' }, cue: { text: 'promising' } });
    expect(first('In May, several farm groups sued the agency, saying the rule was unlawful.', 'en')).toMatchObject({ source: { text: 'several farm groups' }, cue: { text: 'saying' } });
  });
});

describe('title-case headlines', () => {
  it('English: "…, Lindsey Graham Says." closes on its cue; "met Prime Minister Omar Said." stays a name', () => {
    expect(first('Port Talks Could Resume Soon, Mayor Ana Petrov Says.', 'en')).toMatchObject({ source: { text: 'Mayor Ana Petrov' }, cue: { text: 'Says' } });
    expect(first('The envoy met Prime Minister Omar Said.', 'en')).toBeNull();
  });
});

describe('documents that read', () => {
  it('English: "the statement read" reports with a document subject, also for a quotation opened a sentence before', () => {
    const claims = claimsOf('Rates rose. ‘Demand will cool. Prices should ease by spring,’ the board statement read.', 'en');
    expect(attributionAt(claims, 'Demand will cool')).toMatchObject({ source: { text: 'the board statement', kind: 'document' }, cue: { text: 'read' }, rule: 'quote-continues' });
    expect(attributionAt(claims, 'Prices should ease')?.source.text).toBe('the board statement');
    expect(first('She read the report to the committee.', 'en')).toBeNull();
  });
});

describe('Arabic statements described by a resumptive pronoun', () => {
  it('"ونشرت الهيئة بيانا قالت فيه إن …" has the issuer as source, not the clause before the cue', () => {
    expect(first('ونشرت الهيئة بيانا قالت فيه إن الطرق مغلقة.', 'ar')).toMatchObject({ source: { text: 'الهيئة' }, content: { text: 'الطرق مغلقة' } });
    expect(first('ونشر المحافظ تغريدة قال فيها إن المياه عادت.', 'ar')?.source.text).toBe('المحافظ');
  });
});

describe('teaser lists', () => {
  const list = (lines: string[], lang: 'ar' | 'en') => claimsOf(['Opening line.', '', ...lines, '', 'Closing line.'].join('\n'), lang);

  it('English: headlines of other stories in a list are no reports', () => {
    const claims = list(['Most read', 'Officials say floods displaced thousands', 'Farmers warn of poor harvest'], 'en');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
    expect(claims.find((c) => c.text.startsWith('Officials'))).toMatchObject({ attribution: null });
  });

  it('Arabic: "الأكثر قراءة" followed by headlines yields no sources', () => {
    const claims = list(['الأكثر قراءة', 'مصادر: الجيش يتقدم نحو الميناء', 'الوزير يؤكد استمرار الدعم'], 'ar');
    expect(claims.filter((c) => c.attribution)).toHaveLength(0);
  });

  it('a single headline-like line before prose keeps its report', () => {
    const claims = claimsOf('Minister says port will reopen\nThe port has been closed for a week.', 'en');
    expect(attributionAt(claims, 'Minister says')?.source.text).toBe('Minister');
  });
});
