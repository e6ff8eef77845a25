/** A name the case only writes as the genitive of a common noun («مسار X», «مؤتمر X») is no group an epithet stands for (invented text). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const lead = 'وتم التوافق بين الرئيسين على أهمية منع التدخلات الخارجية غير الشرعية في البلاد، والتي تستخدم الميليشيات المسلحة والتنظيمات الإرهابية، على حساب الاستقرار.';

describe('an epithet with no group named before it', () => {
  it('does not go to a name written only after «مسار» / «مؤتمر»', () => {
    const actors = findActors([
      buildArticle('a', `${lead} من جانبه، أشاد الرئيس بالتحركات الأخيرة، كامتداد لمسار فيرنوبل لتسوية الأزمة.`, 'ar'),
      buildArticle('b', 'وأعلن الوزيران استئناف المفاوضات ضمن الصيغة المنبثقة عن مؤتمر فيرنوبل. وأكد الوزيران أهمية الحل عبر مسار مؤتمر فيرنوبل.', 'ar'),
    ]);
    const place = actors.find((a) => a.name === 'فيرنوبل');
    expect(place).toBeDefined();
    expect(place!.labels.map((l) => l.text)).not.toContain('الميليشيات');
  });
  it('still goes to a group the article names after it with a body\'s head noun («قوات X»)', () => {
    const actors = findActors([
      buildArticle('a', `${lead} من جانبها، نفت قوات فيرنوبل أي صلة بالهجمات.`, 'ar'),
      buildArticle('b', 'وأعلنت قوات فيرنوبل سيطرتها على المعبر. وقالت قوات فيرنوبل إنها صدت الهجوم.', 'ar'),
    ]);
    expect(actors.flatMap((a) => a.labels.map((l) => l.text))).toContain('الميليشيات');
  });
});
