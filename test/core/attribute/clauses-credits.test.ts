import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

describe('English: second clauses, dash credits, pronoun sex, datelines', () => {
  it('"…, though she noted X" is a second claim of the same source', () => {
    const text = 'Lynch said the barriers sometimes fall in government work, though she noted clients demand diverse teams.';
    expect(claimsOf(text, 'en')).toEqual([
      {
        sentenceIndex: 0,
        ...at(text, 'Lynch said the barriers sometimes fall in government work'),
        attribution: {
          source: { ...at(text, 'Lynch'), kind: 'person' },
          cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
          quote: 'indirect',
          content: at(text, 'the barriers sometimes fall in government work'),
          rule: 'subject-verb',
        },
      },
      {
        sentenceIndex: 0,
        ...at(text, 'though she noted clients demand diverse teams.'),
        attribution: {
          source: { ...at(text, 'Lynch'), kind: 'person', continued: true },
          cue: { ...at(text, 'noted'), stance: 'neutral', lemma: 'note' },
          quote: 'indirect',
          content: at(text, 'clients demand diverse teams'),
          rule: 'subject-verb+continued',
        },
      },
    ]);
  });

  it('"“…” ― Name" on its own line credits the quotation before it', () => {
    const text = '“He makes blanket statements about people.” ― Carla Sanchez.\n“I am proud of my country.” — and more on that later.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]).toEqual({
      sentenceIndex: 0,
      ...at(text, '“He makes blanket statements about people.”'),
      attribution: {
        source: { ...at(text, 'Carla Sanchez'), kind: 'person' },
        cue: { ...at(text, '―'), stance: 'neutral', lemma: '—' },
        quote: 'direct',
        content: at(text, 'He makes blanket statements about people.'),
        rule: 'dash-credit',
      },
    });
    // The credit line itself states nothing; a dash before lower-case words is no credit.
    expect(claims.slice(1).map((c) => [c.text, c.attribution])).toEqual([
      ['― Carla Sanchez.', null],
      ['“I am proud of my country.” — and more on that later.', null],
    ]);
  });

  it('"X announced A and said B" splits; "and vowed to …" (an intention) does not', () => {
    const text = 'Authorities announced the arrest of a man and said a curfew would continue. Dasko said the count was rigged and vowed to challenge the result.';
    const claims = claimsOf(text, 'en');
    expect(claims[1]).toEqual({
      sentenceIndex: 0,
      ...at(text, 'and said a curfew would continue.'),
      attribution: {
        source: { ...at(text, 'Authorities'), kind: 'organization', continued: true },
        cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
        quote: 'indirect',
        content: at(text, 'a curfew would continue'),
        rule: 'subject-verb+continued',
      },
    });
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['announced', 'said', 'said']);
  });

  it('"It is worth noting that …" and "no way to tell" are no attributions', () => {
    const text = "It is worth noting that the bill failed. There's no way to tell without the returns.";
    expect(claimsOf(text, 'en').map((c) => c.attribution)).toEqual([null, null]);
  });

  it('"she" skips "Mr. Smith" for "Ms. Jones", "he" skips her', () => {
    const text = 'Mr. Smith said the plan was sound. Ms. Jones said it would fail. He added that the vote would go ahead. She warned that costs would rise.';
    expect(claimsOf(text, 'en').map((c) => c.attribution?.source)).toEqual([
      { ...at(text, 'Mr. Smith'), kind: 'person' },
      { ...at(text, 'Ms. Jones'), kind: 'person' },
      { ...at(text, 'Mr. Smith'), kind: 'person', continued: true },
      { ...at(text, 'Ms. Jones'), kind: 'person', continued: true },
    ]);
  });

  it('a pronoun teaches the sex of the person it refers to', () => {
    const text = 'Clinton said the plan was sound. Trump said it would fail. He added that costs would rise. She replied that costs would fall.';
    expect(claimsOf(text, 'en').map((c) => [c.attribution?.source.text, c.attribution?.source.continued])).toEqual([
      ['Clinton', undefined],
      ['Trump', undefined],
      ['Trump', true],
      ['Clinton', true],
    ]);
  });

  it('a dateline before a spaced dash is not part of the source', () => {
    const text = "ESTREL, March 3 (Global Wire) - Marovia's Central Electoral Commission on Monday declared President Tomas Vell the winner.";
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, "Marovia's Central Electoral Commission"), kind: 'organization' },
      cue: { ...at(text, 'declared'), stance: 'neutral', lemma: 'declare' },
      quote: 'indirect',
      content: at(text, 'President Tomas Vell the winner'),
      rule: 'subject-verb',
    });
  });
});

describe('English: progressive cues, "she continued", objects before "that", new cue verbs', () => {
  it('"is warning voters that …": a progressive form is the verb; the object before "that" is not the content', () => {
    const text = 'Donald Trump is warning voters that a Clinton victory would bring scandal back.';
    expect(claimsOf(text, 'en')[0]!.attribution).toEqual({
      source: { ...at(text, 'Donald Trump'), kind: 'person' },
      cue: { ...at(text, 'warning'), stance: 'neutral', lemma: 'warn' },
      quote: 'indirect',
      content: at(text, 'a Clinton victory would bring scandal back'),
      rule: 'subject-verb',
    });
  });

  it('"said the bill that passed …" keeps the whole content (that is a relative pronoun there)', () => {
    const text = 'He said the bill that passed was bad.';
    expect(claimsOf(text, 'en')[0]!.attribution?.content).toEqual(at(text, 'the bill that passed was bad'));
  });

  it('"“…,” the mayor continued." is a cue after a quotation, not only before a colon', () => {
    const text = '“We will keep going,” the mayor continued. The mayor continued his tour.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'the mayor'), kind: 'person', role: 'the mayor' },
      cue: { ...at(text, 'continued'), stance: 'neutral', lemma: 'continue' },
      quote: 'direct',
      content: at(text, 'We will keep going'),
      rule: 'subject-verb',
    });
    expect(claims[1]!.attribution).toBeNull();
  });

  it('a time phrase (and its participle) between subject and cue is not the source', () => {
    const text = 'A Quinnipiac University poll released in late August found that most voters were unhappy. Mexico waited, though an arbitration panel in 2001 found the United States was in breach.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'A Quinnipiac University poll'), kind: 'document' },
      cue: { ...at(text, 'found'), stance: 'neutral', lemma: 'find' },
      quote: 'indirect',
      content: at(text, 'most voters were unhappy'),
      rule: 'subject-verb',
    });
    expect(claims[1]!.attribution?.source).toMatchObject(at(text, 'an arbitration panel'));
  });

  it('"Name, of Springfield, Va., said he …": the residence is skipped and "he" starts the content', () => {
    const text = 'Johnnie Wilson, of Springfield, Va., said he visited the museum. “We will win,” said he.';
    const claims = claimsOf(text, 'en');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'Johnnie Wilson'), kind: 'person' },
      cue: { ...at(text, 'said'), stance: 'neutral', lemma: 'say' },
      quote: 'indirect',
      content: at(text, 'he visited the museum'),
      rule: 'subject-verb',
    });
    // A pronoun closing the sentence still inverts.
    expect(claims[1]!.attribution).toMatchObject({ source: { ...at(text, 'Johnnie Wilson'), continued: true }, rule: 'verb-subject+continued' });
  });

  it('"likened", "spoke of", "endorsed" are cues', () => {
    const text = 'The senator likened the plan to a tax hike. The governor spoke of a crisis. The union endorsed the candidate.';
    expect(claimsOf(text, 'en').map((c) => [c.attribution?.cue.lemma, c.attribution?.source.text])).toEqual([
      ['liken', 'The senator'],
      ['speak of', 'The governor'],
      ['endorse', 'The union'],
    ]);
  });
});

describe('Arabic: glued prepositions, replies by e-mail, dash credits', () => {
  it('"وفقا للجنة": the joined ل is not part of the source', () => {
    const text = 'وفقا للجنة الانتخابات، فإن النتائج نهائية.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'لجنة الانتخابات'), kind: 'organization' },
      cue: { ...at(text, 'وفقا'), stance: 'neutral', lemma: 'وفقا ل' },
      quote: 'indirect',
      // The credit's «فإن» opens the clause; the content follows it (as after إن/أن elsewhere).
      content: at(text, 'النتائج نهائية'),
      rule: 'prepositional',
    });
  });

  it('"ورد عبر البريد الإلكتروني بأنه": a reply by e-mail, the subject of the first verb, an unnamed spokesman', () => {
    const text = 'ولم يرد ناطق باسم «الشركة»، التي تتخذ من المدينة مقرا لها، على أسئلة الصحيفة، أمس، ورد عبر البريد الإلكتروني بأنه لا يعلق على التقارير.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'ناطق باسم «الشركة»'), kind: 'anonymous', affiliation: 'الشركة' },
      cue: { ...at(text, 'ورد'), stance: 'neutral', lemma: 'رد' },
      via: { ...at(text, 'البريد الإلكتروني'), kind: 'media' },
      quote: 'indirect',
      content: at(text, 'لا يعلق على التقارير'),
      rule: 'main-clause-subject',
    });
  });

  it('"وصل وزير الخارجية إلى القاهرة، وقال": the first verb\'s subject, not its whole clause', () => {
    const text = 'وصل وزير الخارجية إلى القاهرة أمس، وقال إن الزيارة مهمة. التقى الرئيس بالسفير في طرابلس، وأكد أن العلاقات متينة.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'وزير الخارجية'), kind: 'person', role: 'وزير الخارجية' },
      cue: { ...at(text, 'وقال'), stance: 'neutral', lemma: 'قال' },
      quote: 'indirect',
      content: at(text, 'الزيارة مهمة'),
      rule: 'main-clause-subject',
    });
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'الرئيس'), kind: 'person', role: 'الرئيس' });
  });

  it('"ورد في التقرير أن" (was stated) is no reply: the report states it, as with «جاء في»', () => {
    const text = 'وورد في التقرير أن القوات تقدمت.';
    const attribution = claimsOf(text, 'ar')[0]!.attribution;
    expect(attribution?.cue.lemma).toBe('ورد في');
    expect(attribution?.source.text).toBe('التقرير');
  });

  it('"«…» — Name" in one sentence credits its quotation', () => {
    const text = '«لن نقبل بأي تدخل في شؤوننا.» — أحمد سالم';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'أحمد سالم'), kind: 'person' },
      cue: { ...at(text, '—'), stance: 'neutral', lemma: '—' },
      quote: 'direct',
      content: at(text, 'لن نقبل بأي تدخل في شؤوننا.'),
      rule: 'dash-credit',
    });
  });
});
