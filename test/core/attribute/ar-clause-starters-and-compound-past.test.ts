import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 8): families of Arabic attribution, not single sentences.
describe('Arabic attribution: clause starters, compound past, posting verbs', () => {
  it('a two-word clause starter ("في حين", "إلا أن", "غير أن") opens a second report by another source', () => {
    const text = 'ونفى الجيش الاتهامات، في حين قالت منظمات حقوقية إن لديها أدلة.';
    const claims = claimsOf(text, 'ar');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution?.source.text).toBe('الجيش');
    expect(claims[1]!.text.startsWith('في حين')).toBe(true);
    expect(claims[1]!.attribution?.source).toMatchObject(at(text, 'منظمات حقوقية'));
    const other = 'وأكد الوزير أن الاقتصاد يتعافى، غير أن خبراء قالوا إن الأرقام مضللة.';
    expect(claimsOf(other, 'ar').map((c) => c.attribution?.source.text)).toEqual(['الوزير', 'خبراء']);
  });

  it('"وكان X قد وصف/اتهم/نفى Y": the compound past names the subject before the verb, the noun after it is the object', () => {
    const text = 'وكان زعيم المعارضة قد وصف الانتخابات بأنها مزورة.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toMatchObject({ source: at(text, 'زعيم المعارضة'), cue: at(text, 'وصف'), rule: 'subject-verb' });
    const feminine = 'وكانت الوزيرة قد اتهمت الشركة بالتلاعب بالأسعار.';
    expect(claimsOf(feminine, 'ar')[0]!.attribution?.source).toMatchObject(at(feminine, 'الوزيرة'));
    const denial = 'وكان الجيش قد نفى التقارير عن سقوط المدينة.';
    expect(claimsOf(denial, 'ar')[0]!.attribution?.source).toMatchObject(at(denial, 'الجيش'));
  });

  it('a second cue disagreeing in gender with the first speaks for the noun the first report opens with', () => {
    const participle = 'وذكرت الوكالة أن الرئيس التقى وفدا من المعارضة، مؤكدا أن الحوار هو السبيل الوحيد.';
    const claims = claimsOf(participle, 'ar');
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['الوكالة', 'الرئيس']);
    expect(claims[1]!.attribution?.source).toMatchObject(at(participle, 'الرئيس'));
    const verb = 'وقال الوزير إن الحكومة أقرت الموازنة، وأكدت أن العجز سيتراجع.';
    expect(claimsOf(verb, 'ar').map((c) => c.attribution?.source.text)).toEqual(['الوزير', 'الحكومة']);
    const title = 'وأفادت الوكالة بأن المتحدث باسم الجيش زار المنطقة، مؤكدا أن القوات تقدمت.';
    expect(claimsOf(title, 'ar')[1]!.attribution?.source.text).toBe('المتحدث باسم الجيش');
  });

  it('agreeing cues keep the first speaker, whatever noun the first report opens with', () => {
    const agreeing = 'وقال رئيس الوزراء إن الوزيرة قدمت استقالتها، مشيرا إلى أنه قبلها.';
    expect(claimsOf(agreeing, 'ar').map((c) => c.attribution?.source.text)).toEqual(['رئيس الوزراء', 'رئيس الوزراء']);
    // A name with no feminine ending: the verb's gender (قالت), not the name's, decides.
    const named = 'وقالت هيلاري كلينتون إن الحكومة أخطأت، مشيرة إلى أن الحل سياسي.';
    expect(claimsOf(named, 'ar').map((c) => c.attribution?.source.text)).toEqual(['هيلاري كلينتون', 'هيلاري كلينتون']);
    // A relayed source: the outlet's verb agrees with the outlet, not with the source.
    const relayed = 'ونقلت الصحيفة عن مسؤول في الوزارة قوله إن الاتفاق سيوقع قريبا، لافتا إلى أن الخلافات حلت.';
    expect(claimsOf(relayed, 'ar')[1]!.attribution?.source.text).toBe('مسؤول في الوزارة');
    // Plural sources agree loosely (a feminine verb, a masculine participle): the first speaker stays.
    const plural = 'ولفتت المصادر إلى أن الوزير سيزور العاصمة، مشيرا إلى أن الزيارة تهدف إلى دعم الحوار.';
    expect(claimsOf(plural, 'ar').map((c) => c.attribution?.source.text)).toEqual(['المصادر', 'المصادر']);
  });

  it('a cue right after a relative pronoun: agreeing, the antecedent speaks; disagreeing, the main clause subject does', () => {
    const agreeing = 'والتقى الوزير السفير الأمريكي الذي أكد دعم بلاده للحكومة.';
    const source = claimsOf(agreeing, 'ar')[0]!.attribution?.source.text ?? '';
    expect(source).toContain('السفير الأمريكي');
    expect(source).not.toContain('دعم');
    const disagreeing = 'وهاجم الوزير الصحيفة التي قال إنها تنشر أكاذيب.';
    expect(claimsOf(disagreeing, 'ar')[0]!.attribution?.source).toMatchObject(at(disagreeing, 'الوزير'));
    // Agreeing, with إن after it: the relative's antecedent, as before.
    const said = 'واعتقلت الشرطة الناشط الذي قال إنه تعرض للضرب.';
    expect(claimsOf(said, 'ar')[0]!.attribution?.source).toMatchObject(at(said, 'الناشط'));
  });

  it('a compound past keeps its subject when a relative clause sits on it', () => {
    const text = 'وكان الجيش الذي أعلن السيطرة على المدينة قد نفى وقوع إصابات بين المدنيين.';
    expect(claimsOf(text, 'ar')[0]!.attribution).toMatchObject({ source: at(text, 'الجيش'), cue: at(text, 'نفى') });
  });

  it('verbs of posting report with a colon after them (نشر، غرد، كتب), and كتب with إن/أن too; with an object only, they report nothing', () => {
    const posted = 'ونشرت النائبة على حسابها في منصة إكس: "سنواصل النضال".';
    expect(claimsOf(posted, 'ar')[0]!.attribution).toMatchObject({ cue: at(posted, 'ونشرت') });
    expect(claimsOf(posted, 'ar')[0]!.attribution?.source.text).toContain('النائبة');
    const tweeted = 'وغرد رئيس البلدية صباحا: "المياه ستعود اليوم".';
    expect(claimsOf(tweeted, 'ar')[0]!.attribution?.source.text).toContain('رئيس البلدية');
    const wrote = 'وكتبت الكاتبة في مقالها أن الأزمة ستطول.';
    expect(claimsOf(wrote, 'ar')[0]!.attribution).toMatchObject({ cue: at(wrote, 'وكتبت'), content: at(wrote, 'الأزمة ستطول') });
    for (const act of ['ونشرت «كتيبة الفجر»، مساء أمس، لقطات مصورة للمعارك.', 'ونشر الجيش قوات إضافية في العاصمة.', 'ونشرت الوزارة صورا للدمار في المدينة.', 'وكتب الصحفي مقالا عن الأزمة.']) {
      expect(claimsOf(act, 'ar')[0]!.attribution).toBeNull();
    }
  });

  it('a recurring name right after a verb opening its clause ("…، فيما تعهد فلان الفلاني بـ…"), its family name with the article', () => {
    const text = 'وتصدرت الكتلة الوطنية بزعامة فراس الحلبوسي النتائج. وأعلن التيار الوطني فوزه بأكبر عدد من المقاعد، فيما تعهد فراس الحلبوسي بمكافحة الفساد.';
    const claim = claimsOf(text, 'ar').find((c) => c.text.includes('تعهد'))!;
    expect(claim.attribution?.source).toMatchObject(at(text, 'فراس الحلبوسي', 1));
    // Written nowhere else: no name is taken, the clause goes on with the sentence's speaker.
    const once = 'وأعلن التيار الوطني فوزه بأكبر عدد من المقاعد، فيما تعهد سامي خليل بمكافحة الفساد.';
    expect(claimsOf(once, 'ar').at(-1)!.attribution?.source.text).toBe('التيار الوطني');
  });
});

