import { describe, expect, it } from 'vitest';
import { attributeSentences } from '../../../src/core/attribute/index.ts';
import { at, attributionAt, claimsOf } from './helpers.ts';

describe('Arabic attribution', () => {
  it('verb–subject order with a title and a name: the role is the title, the source covers both', () => {
    const text = 'وقال المتحدث باسم الجيش اللواء أحمد المسماري إن القوات تقدمت نحو المدينة.';
    expect(claimsOf(text, 'ar')).toEqual([
      {
        sentenceIndex: 0,
        ...at(text, text),
        attribution: {
          source: { ...at(text, 'المتحدث باسم الجيش اللواء أحمد المسماري'), kind: 'person', role: 'المتحدث باسم الجيش' },
          cue: { ...at(text, 'وقال'), stance: 'neutral', lemma: 'قال' },
          quote: 'indirect',
          content: at(text, 'القوات تقدمت نحو المدينة'),
          rule: 'verb-subject',
        },
      },
    ]);
  });

  it('an apposition after the name gives the role', () => {
    const text = 'أكد اللواء أحمد المسماري، المتحدث باسم الجيش الليبي، أن المعركة قريبة.';
    expect(attributionAt(claimsOf(text, 'ar'), 'المعركة')).toEqual({
      source: { ...at(text, 'اللواء أحمد المسماري، المتحدث باسم الجيش الليبي'), kind: 'person', role: 'المتحدث باسم الجيش الليبي' },
      cue: { ...at(text, 'أكد'), stance: 'endorsing', lemma: 'أكد' },
      quote: 'indirect',
      content: at(text, 'المعركة قريبة'),
      rule: 'verb-subject',
    });
  });

  it('a definite "المصدر" with an anonymity clause continues the earlier source and keeps the channel', () => {
    const text = 'أفاد مصدر مطلع بأن الوفد وصل إلى المدينة. وقال المصدر، الذي رفض ذكر اسمه، لـ«الشرق الأوسط»، إن الاجتماع انتهى.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'مصدر مطلع'), kind: 'anonymous' },
      cue: { ...at(text, 'أفاد'), stance: 'neutral', lemma: 'أفاد' },
      quote: 'indirect',
      content: at(text, 'الوفد وصل إلى المدينة'),
      rule: 'verb-subject',
    });
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'مصدر مطلع'), kind: 'anonymous', continued: true },
      cue: { ...at(text, 'وقال'), stance: 'neutral', lemma: 'قال' },
      via: { ...at(text, 'الشرق الأوسط'), kind: 'media' },
      chain: [{ text: 'الشرق الأوسط', kind: 'media' }, { text: 'مصدر مطلع', kind: 'anonymous' }],
      quote: 'indirect',
      content: at(text, 'الاجتماع انتهى'),
      rule: 'verb-subject+continued',
    });
  });

  it('a cue with no subject of its own ("وأضاف:") continues the most recent source; a quotation is direct', () => {
    const text = 'وقال وزير الخارجية التركي إن الحل سياسي. وأضاف: «لن نتراجع عن دعمنا للحكومة».';
    const second = claimsOf(text, 'ar')[1]!.attribution;
    expect(second).toEqual({
      source: { ...at(text, 'وزير الخارجية التركي'), kind: 'person', role: 'وزير الخارجية التركي', continued: true },
      cue: { ...at(text, 'وأضاف'), stance: 'neutral', lemma: 'أضاف' },
      quote: 'direct',
      content: at(text, 'لن نتراجع عن دعمنا للحكومة'),
      rule: 'verb-subject+continued',
    });
  });

  it('anonymous sources carry their stated affiliation or nationality', () => {
    const text = 'كشفت مصادر مصرية، الأربعاء، أن الزيارة تأجلت. وصفته مصادر مقربة من القيادة بوفد الفرصة الأخيرة.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'مصادر مصرية'), kind: 'anonymous', affiliation: 'مصرية' });
    expect(claims[0]!.attribution?.cue.stance).toBe('endorsing');
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'مصادر مقربة من القيادة'), kind: 'anonymous', affiliation: 'مقربة من القيادة' });
  });

  it('an indefinite official with an affiliation is anonymous; the channel after لـ is media', () => {
    const text = 'بدوره قال مسؤول في وزارة الخارجية الأميركية لـ«الشرق الأوسط»، إن «المشاورات مستمرة مع جميع الأطراف».';
    expect(attributionAt(claimsOf(text, 'ar'), 'المشاورات')).toEqual({
      source: { ...at(text, 'مسؤول في وزارة الخارجية الأميركية'), kind: 'anonymous', affiliation: 'وزارة الخارجية الأميركية' },
      cue: { ...at(text, 'قال'), stance: 'neutral', lemma: 'قال' },
      via: { ...at(text, 'الشرق الأوسط'), kind: 'media' },
      chain: [{ text: 'الشرق الأوسط', kind: 'media' }, { text: 'مسؤول في وزارة الخارجية الأميركية', kind: 'anonymous' }],
      quote: 'direct',
      content: at(text, 'المشاورات مستمرة مع جميع الأطراف'),
      rule: 'verb-subject',
    });
  });

  it('splits a sentence that reports two sources into two clauses', () => {
    const text = 'ونقلت الصحيفة عن مصادر غير رسمية أن الوفد قدم مقترحا جديدا، فيما اعتبرت مصادر مقربة من الجيش أن الزيارة مهمة.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => [c.text, c.start, c.end])).toEqual([
      [at(text, 'ونقلت الصحيفة عن مصادر غير رسمية أن الوفد قدم مقترحا جديدا').text, 0, at(text, '، فيما').start],
      [at(text, 'فيما اعتبرت مصادر مقربة من الجيش أن الزيارة مهمة.').text, at(text, 'فيما').start, text.length],
    ]);
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'مصادر غير رسمية'), kind: 'anonymous' },
      cue: { ...at(text, 'ونقلت'), stance: 'neutral', lemma: 'نقل' },
      via: { ...at(text, 'الصحيفة'), kind: 'media' },
      chain: [{ text: 'الصحيفة', kind: 'media' }, { text: 'مصادر غير رسمية', kind: 'anonymous' }],
      quote: 'indirect',
      content: at(text, 'الوفد قدم مقترحا جديدا'),
      rule: 'relayed-source',
    });
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'مصادر مقربة من الجيش'), kind: 'anonymous', affiliation: 'مقربة من الجيش' });
  });

  it('distancing cues, documents and a bare "البيان" that refers back', () => {
    const text = 'ودعا بيان مشترك مصري إماراتي، إلى «الالتزام بالعملية السياسية». كما زعم البيان أن «الحل السياسي هو الوحيد».';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'بيان مشترك مصري إماراتي'), kind: 'document' });
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'بيان مشترك مصري إماراتي'), kind: 'document', continued: true },
      cue: { ...at(text, 'زعم'), stance: 'distancing', lemma: 'زعم' },
      quote: 'direct',
      content: at(text, 'الحل السياسي هو الوحيد'),
      rule: 'verb-subject+continued',
    });
  });

  it('subject before the verb ("كانت مصادر … قد أكدت") and an imperfect distancing cue in a headline', () => {
    const text = 'كانت مصادر ليبية، قد أكدت أن هناك مساعي للتهدئة.\nالمجموعات الموالية للحكومة تدعي إحباط هجوم جديد';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'مصادر ليبية'), kind: 'anonymous', affiliation: 'ليبية' });
    expect(claims[0]!.attribution?.rule).toBe('subject-verb');
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'المجموعات الموالية للحكومة'), kind: 'organization' },
      cue: { ...at(text, 'تدعي'), stance: 'distancing', lemma: 'ادعى' },
      quote: 'indirect',
      content: at(text, 'إحباط هجوم جديد'),
      rule: 'subject-verb',
    });
  });

  it('prepositional cues: "وبحسب المصادر،" before the content and "حسب X." for the sentence before', () => {
    const text = 'التقى الوزير وفدا أميركيا في القاهرة. حسب الشرق الأوسط.\nوبحسب مصادر دبلوماسية، جاءت الدعوة بعد ترتيبات جديدة.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'الشرق الأوسط'), kind: 'media' },
      chain: [{ text: 'الشرق الأوسط', kind: 'media' }],
      cue: { ...at(text, 'حسب'), stance: 'neutral', lemma: 'حسب' },
      quote: 'indirect',
      content: at(text, 'التقى الوزير وفدا أميركيا في القاهرة.'),
      rule: 'prepositional-previous',
    });
    expect(claims[1]!.attribution).toBeNull();
    expect(claims[2]!.attribution).toEqual({
      source: { ...at(text, 'مصادر دبلوماسية'), kind: 'anonymous', affiliation: 'دبلوماسية' },
      cue: { ...at(text, 'وبحسب'), stance: 'neutral', lemma: 'حسب' },
      quote: 'indirect',
      content: at(text, 'جاءت الدعوة بعد ترتيبات جديدة'),
      rule: 'prepositional',
    });
  });

  it('a participle with content of its own is a second claim of the clause source; "يذكر أن" is the outlet speaking', () => {
    const text = 'وأكد المتحدث أن القوات تقدمت، مشيرا إلى أن المعركة قريبة.\nيذكر أن المعارك اندلعت منذ أشهر.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(3);
    expect(claims[0]!.attribution?.cue).toEqual({ ...at(text, 'وأكد'), stance: 'endorsing', lemma: 'أكد' });
    expect(claims[0]!.text).toBe('وأكد المتحدث أن القوات تقدمت');
    expect(claims[1]!.attribution).toMatchObject({ source: { text: 'المتحدث', continued: true }, cue: { text: 'مشيرا' }, content: { text: 'المعركة قريبة' } });
    expect(claims[2]).toEqual({ sentenceIndex: 1, ...at(text, 'يذكر أن المعارك اندلعت منذ أشهر.'), attribution: null });
  });

  it('own-voice sentences are kept as claims without attribution', () => {
    const text = 'وتعيش البلاد حالة من الفوضى منذ سنوات.';
    expect(claimsOf(text, 'ar')).toEqual([{ sentenceIndex: 0, ...at(text, text), attribution: null }]);
  });

  it('unseen sentences: organisation subjects, time words between verb and subject, a joined via', () => {
    const text = 'من جهته، أعلن الاثنين مجلس الأمن القومي، استمرار الدعم العسكري. وصرح وزير الداخلية الجزائري لوكالة الأنباء الرسمية بأن الحدود آمنة.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'مجلس الأمن القومي'), kind: 'organization' });
    expect(claims[0]!.attribution?.content).toEqual(at(text, 'استمرار الدعم العسكري'));
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'وزير الداخلية الجزائري'), kind: 'person', role: 'وزير الداخلية الجزائري' },
      cue: { ...at(text, 'وصرح'), stance: 'neutral', lemma: 'صرح' },
      via: { ...at(text, 'وكالة الأنباء الرسمية'), kind: 'media' },
      chain: [{ text: 'وكالة الأنباء الرسمية', kind: 'media' }, { text: 'وزير الداخلية الجزائري', kind: 'person' }],
      quote: 'indirect',
      content: at(text, 'الحدود آمنة'),
      rule: 'verb-subject',
    });
  });

  it('a quotation running over two sentences belongs to the same source', () => {
    const text = 'وقال المصباحي: «إذا تمادت الميليشيات فسنتدخل. لن نقف مكتوفي الأيدي».';
    // Split inside the quotation on purpose (as a segmenter without quotation repair would).
    const cut = text.indexOf('لن');
    const sentences = [
      { index: 0, paragraph: 0, start: 0, end: cut - 1, text: text.slice(0, cut - 1) },
      { index: 1, paragraph: 0, start: cut, end: text.length, text: text.slice(cut) },
    ];
    const claims = attributeSentences(text, sentences, 'ar');
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'المصباحي'), kind: 'person', continued: true },
      cue: { ...at(text, 'وقال'), stance: 'neutral', lemma: 'قال' },
      quote: 'direct',
      content: at(text, 'لن نقف مكتوفي الأيدي'),
      rule: 'quote-continues',
    });
  });
  it('unseen sentences: a relayed source with "قوله", an anonymity clause without a relative pronoun, a verb object', () => {
    const text = 'ونقلت وكالة رويترز عن دبلوماسي غربي قوله إن المفاوضات متعثرة.\nونفى مسؤول رفيع المستوى في الحكومة، طلب عدم الكشف عن هويته، هذه الأنباء.\nواتهم الناطق باسم الحركة الحكومة بالتقصير.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'دبلوماسي غربي'), kind: 'anonymous', affiliation: 'غربي' },
      cue: { ...at(text, 'ونقلت'), stance: 'neutral', lemma: 'نقل' },
      via: { ...at(text, 'وكالة رويترز'), kind: 'media' },
      chain: [{ text: 'وكالة رويترز', kind: 'media' }, { text: 'دبلوماسي غربي', kind: 'anonymous' }],
      quote: 'indirect',
      content: at(text, 'المفاوضات متعثرة'),
      rule: 'relayed-source',
    });
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'مسؤول رفيع المستوى في الحكومة'), kind: 'anonymous', affiliation: 'الحكومة' });
    expect(claims[2]!.attribution?.source).toEqual({ ...at(text, 'الناطق باسم الحركة'), kind: 'person', role: 'الناطق باسم الحركة' });
    expect(claims[2]!.attribution?.content).toEqual(at(text, 'الحكومة بالتقصير'));
  });
  it('a continuing verb agrees in gender with the source it continues', () => {
    const text = 'وقال الوزير إن المحادثات جيدة. وأكدت الوزارة أن الوفد سيعود. وأضاف أن الاتفاق قريب. وأوضحت أن الموعد لم يحدد.';
    const sources = claimsOf(text, 'ar').map((c) => c.attribution?.source.text);
    expect(sources).toEqual(['الوزير', 'الوزارة', 'الوزير', 'الوزارة']);
  });
  it('a later bare name keeps the title stated with it earlier', () => {
    const text = 'أكد اللواء أحمد المسماري، المتحدث باسم الجيش، أن المعركة قريبة. ورجح “المسماري” أن تفشل المحادثات.';
    expect(claimsOf(text, 'ar')[1]!.attribution?.source).toEqual({ ...at(text, '“المسماري”'), kind: 'person', role: 'المتحدث باسم الجيش' });
  });
  it('a statement or interview the words came through is the via when no outlet is named', () => {
    const text = 'وأكدت غرفة العمليات أن القوات تقدمت. وأشارت، في بيان لها، إلى أن السيطرة تمت.';
    expect(claimsOf(text, 'ar')[1]!.attribution?.via).toEqual({ ...at(text, 'بيان لها'), kind: 'document' });
  });
  it('the same source opening a second reported clause gets its own claim ("…، لكنها قالت، في بيان لها، إنها «…»")', () => {
    const text = 'أعلنت شعبة الإعلام الحربي سيطرة قواته على مواقع جديدة، لكنها قالت، في بيان لها، إنها «ستفصح عن المواقع لاحقا».';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.text)).toEqual([at(text, 'أعلنت شعبة الإعلام الحربي سيطرة قواته على مواقع جديدة').text, at(text, 'لكنها قالت، في بيان لها، إنها «ستفصح عن المواقع لاحقا».').text]);
    expect(claims[1]!.attribution).toEqual({
      source: { ...at(text, 'شعبة الإعلام الحربي'), kind: 'organization', continued: true },
      cue: { ...at(text, 'قالت'), stance: 'neutral', lemma: 'قال' },
      via: { ...at(text, 'بيان لها'), kind: 'document' },
      quote: 'direct',
      content: at(text, 'ستفصح عن المواقع لاحقا'),
      rule: 'subject-verb+continued',
    });
  });
});
