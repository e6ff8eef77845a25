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
    const text = 'Clinton said the plan was sound. She added that costs would fall. Trump said it would fail. She repeated that costs would fall.';
    expect(claimsOf(text, 'en').map((c) => c.attribution?.source.text)).toEqual(['Clinton', 'Clinton', 'Trump', 'Clinton']);
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

describe('Arabic: glued prepositions, replies by e-mail, dash credits', () => {
  it('"وفقا للجنة": the joined ل is not part of the source', () => {
    const text = 'وفقا للجنة الانتخابات، فإن النتائج نهائية.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'لجنة الانتخابات'), kind: 'organization' },
      cue: { ...at(text, 'وفقا'), stance: 'neutral', lemma: 'وفقا ل' },
      quote: 'indirect',
      content: at(text, 'فإن النتائج نهائية'),
      rule: 'prepositional',
    });
  });

  it('"ورد عبر البريد الإلكتروني بأنه": a reply by e-mail, the subject of the first verb, an unnamed spokesman', () => {
    const text = 'ولم يرد ناطق باسم «الشركة»، التي تتخذ من المدينة مقرا لها، على أسئلة الصحيفة، أمس، ورد عبر البريد الإلكتروني بأنه لا يعلق على التقارير.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'ناطق باسم «الشركة»'), kind: 'anonymous', affiliation: 'باسم الشركة' },
      cue: { ...at(text, 'ورد'), stance: 'neutral', lemma: 'رد' },
      via: { ...at(text, 'البريد الإلكتروني'), kind: 'media' },
      quote: 'indirect',
      content: at(text, 'لا يعلق على التقارير'),
      rule: 'main-clause-subject',
    });
  });

  it('"ورد في التقرير أن" (was stated) is no reply', () => {
    const text = 'وورد في التقرير أن القوات تقدمت.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toBeNull();
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
