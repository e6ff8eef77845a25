import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (no seed article contains them): other outlets' phrasing.
describe('Arabic attribution on unseen phrasing', () => {
  it('a title, a bare name after it and an adverbial "في مؤتمر صحفي" before إن', () => {
    const text = 'قال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس في مؤتمر صحفي إن واشنطن تدعم الحوار.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'المتحدث باسم وزارة الخارجية الأمريكية نيد برايس'), kind: 'person', role: 'المتحدث باسم وزارة الخارجية الأمريكية' },
      cue: { ...at(text, 'قال'), stance: 'neutral', lemma: 'قال' },
      via: { ...at(text, 'مؤتمر صحفي'), kind: 'media' },
      quote: 'indirect',
      content: at(text, 'واشنطن تدعم الحوار'),
      rule: 'verb-subject',
    });
  });

  it('"بحسب ما نقلته X عن Y": the verb relays Y through X', () => {
    const text = 'وبحسب ما نقلته وكالة «سبوتنيك» عن مصدر عسكري، فإن القوات انسحبت.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toEqual({
      source: { ...at(text, 'مصدر عسكري'), kind: 'anonymous', affiliation: 'عسكري' },
      cue: { ...at(text, 'نقلته'), stance: 'neutral', lemma: 'نقل' },
      via: { ...at(text, 'وكالة «سبوتنيك»'), kind: 'media' },
      chain: [{ text: 'وكالة «سبوتنيك»', kind: 'media' }, { text: 'مصدر عسكري', kind: 'anonymous' }],
      quote: 'indirect',
      content: at(text, 'القوات انسحبت'),
      rule: 'relayed-source',
    });
  });

  it('"أما X فقال", a plural anonymity clause, a quoted outlet name', () => {
    const text = 'أما المتحدث باسم الحكومة فقال إن الوضع تحت السيطرة.\nقال مسؤولون أميركيون، طلبوا عدم الكشف عن هوياتهم، إن الهجوم كان متوقعا.\nذكرت صحيفة «نيويورك تايمز» الأميركية أن الإدارة تدرس خيارات جديدة.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'المتحدث باسم الحكومة'), kind: 'person', role: 'المتحدث باسم الحكومة' });
    expect(claims[0]!.attribution?.rule).toBe('subject-verb');
    expect(claims[1]!.attribution?.source).toEqual({ ...at(text, 'مسؤولون أميركيون'), kind: 'anonymous', affiliation: 'أميركيون' });
    expect(claims[1]!.attribution?.content).toEqual(at(text, 'الهجوم كان متوقعا'));
    expect(claims[2]!.attribution?.source).toEqual({ ...at(text, 'صحيفة «نيويورك تايمز» الأميركية'), kind: 'media' });
  });

  it('"أعربت … عن" keeps what follows عن as the content', () => {
    const text = 'أعربت الخارجية المصرية عن قلقها إزاء التصعيد.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toMatchObject({
      source: { ...at(text, 'الخارجية المصرية'), kind: 'organization' },
      content: at(text, 'قلقها إزاء التصعيد'),
    });
  });
  it('"وفقا لـX الذي قال إن …" reports the relative clause from X', () => {
    const text = 'وأكد الرئيس أن الهدف هو الاستقرار، وفقا للمتحدث باسم الرئاسة السفير سامي علي الذي قال إن اللقاء كان مثمرا.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution?.source).toEqual({ ...at(text, 'الرئيس'), kind: 'person', role: 'الرئيس' });
    expect(claims[1]!.attribution).toEqual({
      // ل + المتحدث lost the article's alef: no span spells "المتحدث", so the word stays whole, never "لمتحدث".
      source: { ...at(text, 'للمتحدث باسم الرئاسة السفير سامي علي'), kind: 'person', role: 'للمتحدث باسم الرئاسة' },
      cue: { ...at(text, 'قال'), stance: 'neutral', lemma: 'قال' },
      quote: 'indirect',
      content: at(text, 'اللقاء كان مثمرا'),
      rule: 'prepositional-relative',
    });
  });
  it('a tweet before the colon, "وتابع قائلا:", an abbreviation in parentheses, two sources with بينما', () => {
    const text = 'وكتب وزير الخارجية في تغريدة على تويتر: «لن نقبل بأي تدخل».\nوتابع قائلا: «سنواصل العمل».\nوقالت وكالة الأنباء الليبية (وال) إن الحكومة اجتمعت.\nوبينما قالت الحكومة إن الوضع مستقر، أكدت المعارضة أن الاحتجاجات ستستمر.';
    const claims = claimsOf(text, 'ar');
    expect(claims[0]!.attribution).toEqual({
      source: { ...at(text, 'وزير الخارجية'), kind: 'person', role: 'وزير الخارجية' },
      cue: { ...at(text, 'وكتب'), stance: 'neutral', lemma: 'كتب' },
      via: { ...at(text, 'تغريدة على تويتر'), kind: 'document' },
      quote: 'direct',
      content: at(text, 'لن نقبل بأي تدخل'),
      rule: 'verb-subject',
    });
    // The participle of saying right after the verb is its cognate object, part of the cue (session 15).
    expect(claims[1]!.attribution).toMatchObject({ cue: { text: 'وتابع قائلا' }, source: { text: 'وزير الخارجية', continued: true }, quote: 'direct' });
    expect(claims[2]!.attribution?.source).toEqual({ ...at(text, 'وكالة الأنباء الليبية (وال)'), kind: 'media' });
    expect(claims.slice(3).map((c) => [c.text, c.attribution?.source.text])).toEqual([
      ['وبينما قالت الحكومة إن الوضع مستقر', 'الحكومة'],
      ['أكدت المعارضة أن الاحتجاجات ستستمر.', 'المعارضة'],
    ]);
  });
});
