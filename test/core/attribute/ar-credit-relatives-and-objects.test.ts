/**
 * Arabic credits and objects: a credit's object followed by a verb of speaking with no relative pronoun
 * («بحسب شهود عيان تحدثوا للجزيرة، …»), a document verb «ورد في» like «جاء في», and a noun object after a
 * definite subject shown by a demonstrative («ونفى المتحدث صحة هذه الأنباء»). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar')[0]!;

describe('a verb of speaking after a credit\'s object', () => {
  it('opening the sentence: the source ends before the verb, the outlet is the via, the content follows the comma', () => {
    expect(ar('وبحسب شهود عيان تحدثوا للجزيرة، فإن القصف استمر ساعات.')).toMatchObject({ source: 'شهود عيان', kind: 'anonymous', via: 'للجزيرة', content: 'القصف استمر ساعات' });
  });

  it('closing the sentence, with a quoted outlet', () => {
    expect(ar('وانسحبت القوات من المدينة، بحسب مصادر عسكرية تحدثت لـ"العربي الجديد".')).toMatchObject({ source: 'مصادر عسكرية', via: 'العربي الجديد', content: 'وانسحبت القوات من المدينة' });
  });

  it('no verb: unchanged', () => {
    expect(ar('وانسحبت القوات من المدينة، بحسب مصادر عسكرية.')).toMatchObject({ source: 'مصادر عسكرية', via: null });
  });
});

describe('«ورد في» + a document + إن/أن', () => {
  it('reports as «جاء في» does', () => {
    expect(ar('وورد في التقرير أن الأسعار ارتفعت.')).toMatchObject({ source: 'التقرير', kind: 'document', content: 'الأسعار ارتفعت' });
  });

  it('with no clause after it, nothing is reported', () => {
    expect(ar('ورد في الأخبار اسم الوزير.').source).toBeNull();
  });
});

describe('a demonstrative after an indefinite noun shows the verb\'s object', () => {
  it('after a title with «باسم» and after a bare title', () => {
    expect(ar('ونفى المتحدث باسم الحكومة صحة هذه الأنباء.')).toMatchObject({ source: 'المتحدث باسم الحكومة', content: 'صحة هذه الأنباء' });
    expect(ar('ونفى الوزير صحة هذه التقارير.').source).toBe('الوزير');
  });

  it('a name after a title is still the subject', () => {
    expect(ar('وقال الوزير سامح شكري إن المحادثات مستمرة.').source).toBe('الوزير سامح شكري');
  });
});

describe('a credit opening the sentence, then «فإن»', () => {
  it('the content opens after the complementizer, an emphatic «نفسه» between or not', () => {
    expect(ar('وحسب المصدر نفسه، فإن المفاوضات ستستأنف.')).toMatchObject({ source: 'المصدر', content: 'المفاوضات ستستأنف' });
    expect(ar('وبحسب الوزارة فإن المفاوضات ستستأنف.')).toMatchObject({ source: 'الوزارة', content: 'المفاوضات ستستأنف' });
  });
});

describe('a nominative plural participle right after the verb is its subject', () => {
  it('«وقال منتقدون إن …», «ويقول محتجون إن …»', () => {
    expect(ar('وقال منتقدون إن القانون يقيد الحريات.')).toMatchObject({ source: 'منتقدون', cue: 'وقال', content: 'القانون يقيد الحريات' });
    expect(ar('ويقول محتجون إن الشرطة أطلقت النار.')).toMatchObject({ source: 'محتجون', content: 'الشرطة أطلقت النار' });
  });

  it('an accusative participle after a comma still goes on with the speaker', () => {
    const got = claimWordings('وقال الوزير إن الخطة جاهزة، مؤكدين أنها ستنفذ.', 'ar');
    expect(got[0]?.source).toBe('الوزير');
  });
});
