import { findActors } from '../../../src/core/actors/index.ts';
import { analyzeCase } from '../../../src/core/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

// Invented names. An epithet used instead of a group's name is a label of the group the article named before it.
const brief = (actor: Actor | undefined): string[] => (actor?.labels ?? []).map((l) => `${l.articleId}:${l.text}:${l.key}`);
const named = (actors: Actor[], word: string): Actor | undefined => actors.find((a) => a.name.includes(word));

describe('English epithets without "the"', () => {
  const actors = findActors([
    buildArticle('a', 'The Crimson Brigade attacked the depot on Monday. Residents said militias looted shops for hours.', 'en'),
    buildArticle('b', 'The Crimson Brigade said it took the depot on Monday. Officials said terrorist militias had shelled homes.', 'en'),
    buildArticle('c', 'The Crimson Brigade held the depot on Monday, witnesses said.', 'en'),
  ]);
  const labels = brief(named(actors, 'Crimson'));

  it('takes a bare plural the lexicon marks ("militias") for the group named before', () => {
    expect(labels).toContain('a:militias:militia');
  });

  it('takes a marked adjective with it ("terrorist militias") as one label', () => {
    expect(labels).toContain('b:terrorist militias:terrorist militia');
  });

  it('leaves a plain head of names ("forces", "army") used bare alone', () => {
    const plain = findActors([
      buildArticle('a', 'The Crimson Brigade attacked the depot. Forces then left the area, residents said.', 'en'),
      buildArticle('b', 'The Crimson Brigade attacked the depot on Monday, officials said.', 'en'),
    ]);
    expect(brief(named(plain, 'Crimson')).some((l) => l.includes(':Forces:'))).toBe(false);
  });

  it('does not take a head noun after a capitalised word ("Velmari militias") for an epithet', () => {
    const other = findActors([
      buildArticle('a', 'The Crimson Brigade attacked the depot. Velmari militias then left the area, residents said.', 'en'),
      buildArticle('b', 'The Crimson Brigade attacked the depot on Monday, officials said.', 'en'),
    ]);
    expect(brief(named(other, 'Crimson')).some((l) => l.includes('Velmari') || l.includes(':militias:'))).toBe(false);
  });
});

describe('Arabic epithets in construct', () => {
  it('links «جيش الإرهابيين» (a head noun and a marked word) to the army named before', () => {
    const actors = findActors([
      buildArticle('a', 'قال الجيش الفاراني إنه صد الهجوم على الحامية. وقال بيان للمتمردين إن جيش الإرهابيين فر من المدينة.', 'ar'),
      buildArticle('b', 'أعلن الجيش الفاراني أنه صد الهجوم على الحامية يوم الجمعة.', 'ar'),
    ]);
    expect(brief(named(actors, 'الفاراني'))).toContain('a:جيش الإرهابيين:terrorist army');
  });
});

describe('an epithet with a nisba', () => {
  it('goes to the place or group whose name the nisba is made from («الكيان الفاراني» → فارانيا)', () => {
    const actors = findActors([
      buildArticle('a', 'قالت جماعة الدرع إنها قصفت مواقع في كورفان. وقالت فارانيا إنها ردت على الهجوم، وأضاف البيان أن الكيان الفاراني لن يتراجع.', 'ar'),
      buildArticle('b', 'أعلنت جماعة الدرع قصف مواقع في كورفان، وقالت فارانيا إنها ردت على الهجوم يوم الجمعة.', 'ar'),
      buildArticle('c', 'ردت فارانيا على هجوم جماعة الدرع يوم الجمعة، بحسب مصادر محلية.', 'ar'),
    ]);
    const country = actors.find((a) => a.name === 'فارانيا');
    expect(brief(country)).toContain('a:الكيان الفاراني:entity');
    expect(brief(actors.find((a) => a.name.includes('الدرع'))).some((l) => l.includes('الكيان'))).toBe(false);
  });
});

describe('a group speaking of itself', () => {
  // The whole pipeline: who speaks is the stated source of the claim.
  const actorsOf = (texts: string[]): Actor[] => analyzeCase(texts.map((raw, n) => ({ id: String.fromCharCode(97 + n), raw }))).actors;

  it('"our valiant forces" in a claim its spokesman states goes to that group, not the nearest one', () => {
    const actors = actorsOf([
      'The Crimson Brigade said it took the depot from the Velmar Army on Monday. "The depot fell to our valiant forces," the Crimson Brigade spokesman said.',
      'The Crimson Brigade said it took the depot from the Velmar Army on Monday, officials said.',
    ]);
    expect(brief(named(actors, 'Crimson'))).toContain('a:our valiant forces:self: forces');
    expect(brief(named(actors, 'Velmar')).some((l) => l.includes('our valiant'))).toBe(false);
  });

  it('«قواتنا» in a statement of the group goes to that group', () => {
    const actors = actorsOf([
      'قالت جماعة الدرع في بيان إن قواتنا سيطرت على الحامية بعد معارك مع الجيش الفالماري.',
      'أعلنت جماعة الدرع السيطرة على الحامية بعد معارك مع الجيش الفالماري.',
    ]);
    expect(brief(named(actors, 'الدرع'))).toContain('a:قواتنا:self: forces');
  });
});

describe('a town is no group', () => {
  it('an epithet passes over a repeated name the case puts where places stand («في X»)', () => {
    const actors = findActors([
      buildArticle('a', 'قالت جماعة الدرع إنها هاجمت المواقع الحكومية يوم الأحد. ودارت معارك في كورفان، حيث قصفت قوات التمرد السوق بعنف.', 'ar'),
      buildArticle('b', 'أعلنت جماعة الدرع أنها هاجمت المواقع الحكومية، وقال سكان في كورفان إن القصف استمر ساعات.', 'ar'),
      buildArticle('c', 'نفت جماعة الدرع قصف الأحياء السكنية في كورفان يوم الأحد.', 'ar'),
    ]);
    expect(brief(named(actors, 'كورفان')).some((l) => l.includes('التمرد'))).toBe(false);
    expect(brief(named(actors, 'الدرع'))).toContain("a:قوات التمرد:rebellion's forces");
  });
});

describe('an epithet far from the name', () => {
  const filler = 'وقال سكان إن الكهرباء انقطعت عن معظم الأحياء منذ الصباح وإن المياه شحيحة وإن المستشفيات تعمل بطاقة محدودة بسبب نقص الوقود والأدوية واستمرار القصف المتقطع على الطرق الرئيسية المؤدية إلى المدينة من الجهات الأربع.';
  it('goes to the only group the article named before it', () => {
    const actors = findActors([
      buildArticle('a', `أعلنت جماعة الدرع السيطرة على الحامية يوم الجمعة. ${filler} ${filler} وأضافوا أن المليشيا نهبت المخازن.`, 'ar'),
      buildArticle('b', 'أعلنت جماعة الدرع السيطرة على الحامية يوم الجمعة بعد معارك عنيفة.', 'ar'),
    ]);
    expect(brief(named(actors, 'الدرع'))).toContain('a:المليشيا:militia');
  });

  it('goes nowhere when the article named two groups before it', () => {
    const actors = findActors([
      buildArticle('a', `أعلنت جماعة الدرع السيطرة على الحامية بعد معارك مع حركة الفجر. ${filler} ${filler} وأضافوا أن المليشيا نهبت المخازن.`, 'ar'),
      buildArticle('b', 'أعلنت جماعة الدرع السيطرة على الحامية بعد معارك مع حركة الفجر يوم الجمعة.', 'ar'),
    ]);
    expect(actors.flatMap((a) => brief(a)).some((l) => l.includes('المليشيا'))).toBe(false);
  });
});
