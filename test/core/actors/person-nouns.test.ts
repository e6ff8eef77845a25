import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a dictionary-less definite noun used for the person just named is his description', () => {
  const actors = findActors([
    buildArticle('a', 'أعلن رجل الأعمال سامر الخوري أن شركته ستبني مصنعا جديدا. وقال المليونير الليبرالي إن المصنع سيوظف ألف عامل.', 'ar'),
    buildArticle('b', 'قال سامر الخوري إن الأرباح ارتفعت هذا العام. وأضاف المليونير أن الشركة ستدفع الضرائب كاملة.', 'ar'),
  ]);

  it('«المليونير» (with its definite adjective) is a label of the person named before it in each article', () => {
    expect(labelsOf(actors, 'سامر الخوري', 'a')).toContain('المليونير الليبرالي');
    expect(labelsOf(actors, 'سامر الخوري', 'b')).toEqual(['المليونير']);
  });

  it('and no actor of its own', () => {
    expect(actors.map((a) => a.name)).not.toContain('المليونير');
  });

  it('a word the case puts where places stand («مدينة X») stays a name of its own', () => {
    const town = findActors([
      buildArticle('a', 'زار سامر الخوري مدينة الزبيرات يوم الأحد. وقال الخوري إن سكان الزبيرات يحتاجون إلى مستشفى جديد.', 'ar'),
      buildArticle('b', 'قال سامر الخوري إن مدينة الزبيرات ستحصل على مستشفى. وأضاف أن الزبيرات تنتظر منذ سنوات.', 'ar'),
    ]);
    expect(town.map((a) => a.name)).toContain('الزبيرات');
    expect(labelsOf(town, 'سامر الخوري')).not.toContain('الزبيرات');
  });

  it('nor where no person is named before it in the article', () => {
    const none = findActors([
      buildArticle('a', 'وقال المليونير إن المصنع سيوظف ألف عامل. وأعلن سامر الخوري أن شركته ستبني مصنعا.', 'ar'),
      buildArticle('b', 'وأضاف المليونير أن الشركة ستدفع الضرائب. وقال سامر الخوري إن الأرباح ارتفعت.', 'ar'),
    ]);
    expect(labelsOf(none, 'سامر الخوري')).not.toContain('المليونير');
  });
});

describe('a neutral head noun far from any group stands for no group', () => {
  const filler = 'وتحدث التقرير عن الأوضاع الاقتصادية في المنطقة وعن ارتفاع الأسعار خلال الأشهر الماضية وعن تراجع الصادرات الزراعية بسبب الجفاف الطويل الذي ضرب الحقول في الشمال والجنوب معا وأدى إلى خسائر كبيرة للمزارعين الصغار في القرى البعيدة عن المدن الكبرى.';
  it('«السلطات» beyond reach of the one group named before it is no label of that group', () => {
    const actors = findActors([
      buildArticle('a', `أعلنت جبهة الكستريل سيطرتها على الطريق. ${filler} وقالت السلطات إن الوضع هادئ.`, 'ar'),
      buildArticle('b', 'قالت جبهة الكستريل إنها تقدمت نحو الطريق الساحلي.', 'ar'),
    ]);
    expect(labelsOf(actors, 'جبهة الكستريل')).not.toContain('السلطات');
  });
});
