import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const brief = (actor: Actor): string[] => labelStrings(actor, 'articleId', 'text', 'key');

// Invented names. One armed group written under several head nouns is one actor; the head noun and
// the words around it are each outlet's labels.

describe('one group under several head nouns', () => {
  const articles = [
    buildArticle('a', 'هاجمت مليشيا الدرع الأخضر المتمردة مدينة الواحة صباح الأحد، وقالت مصادر محلية إن قوات التمرد قصفت السوق.', 'ar'),
    buildArticle('b', 'قالت قوات الدرع الأخضر إنها سيطرت على مدينة الواحة بعد معارك عنيفة يوم الأحد.', 'ar'),
    buildArticle('c', 'أعلنت قوات الدرع الأخضر السيطرة على مدينة الواحة، فيما نفى الجيش ذلك.', 'ar'),
  ];
  const actors = findActors(articles);

  it('joins «مليشيا X» and «قوات X» into one actor, the head nouns its labels', () => {
    expect(actors.filter((a) => a.name.includes('الدرع'))).toHaveLength(1);
    const labels = brief(actorNamed(actors, 'قوات الدرع الأخضر'));
    expect(labels).toEqual(expect.arrayContaining(['a:مليشيا الدرع الأخضر:militia', 'b:قوات الدرع الأخضر:forces', 'c:قوات الدرع الأخضر:forces']));
  });

  it('reads an adjective after the name («X المتمردة») as a label', () => {
    expect(brief(actorNamed(actors, 'قوات الدرع الأخضر'))).toContain('a:المتمردة:rebels');
  });

  it('links an epithet in construct («قوات التمرد») to the group the article named before it', () => {
    expect(brief(actorNamed(actors, 'قوات الدرع الأخضر'))).toContain("a:قوات التمرد:rebellion's forces");
    expect(actors.some((a) => a.name === 'قوات التمرد')).toBe(false);
  });

  it('keeps groups with other names apart', () => {
    const two = findActors([
      buildArticle('a', 'قالت قوات الدرع الأخضر إنها سيطرت على مدينة الواحة، بينما انسحبت مليشيا النجمة الحمراء.', 'ar'),
      buildArticle('b', 'أعلنت قوات الدرع الأخضر السيطرة على الواحة، وقالت مليشيا النجمة الحمراء إنها انسحبت.', 'ar'),
    ]);
    const green = actorNamed(two, 'قوات الدرع الأخضر');
    expect(brief(green).some((l) => l.includes('militia'))).toBe(false);
  });
});

describe('"the X militia" beside "X Forces" (names capitalised, head last)', () => {
  it('is one group, each outlet’s head noun its label, not a person named X', () => {
    const actors = findActors([
      buildArticle('a', 'The rebel Green Shield militia attacked the town of Oasis on Sunday. Residents said the militia shelled the market.', 'en'),
      buildArticle('b', 'The Green Shield Forces said they had taken the town of Oasis after heavy fighting.', 'en'),
      buildArticle('c', 'The Green Shield Forces announced control of Oasis, while the army denied it.', 'en'),
    ]);
    expect(actors.filter((a) => a.name.startsWith('Green Shield'))).toHaveLength(1);
    const labels = brief(actorNamed(actors, 'Green Shield Forces'));
    expect(labels).toEqual(expect.arrayContaining(['a:militia:militia', 'b:Green Shield Forces:forces']));
  });

  it('leaves a titled person alone', () => {
    const actors = findActors([
      buildArticle('a', 'General Omar Tessel said the Tessel Forces held the bridge. Omar Tessel fighters were seen there.', 'en'),
      buildArticle('b', 'General Omar Tessel denied that the bridge had fallen.', 'en'),
    ]);
    expect(actors.some((a) => a.name.includes('Omar Tessel'))).toBe(true);
  });
});

describe('one army under "army" and "armed forces"', () => {
  it('joins "Velmar Army" and "Velmar Armed Forces", and shows each outlet the name it used', () => {
    const actors = findActors([
      buildArticle('a', 'The Velmar Army said it repelled an attack on the northern garrison on Friday.', 'en'),
      buildArticle('b', 'The Velmar Armed Forces lost the northern garrison on Friday, witnesses said.', 'en'),
      buildArticle('c', 'The militia of the Velmar Army looted the garrison, the Velmar Army denied it.', 'en'),
    ]);
    expect(actors.filter((a) => a.name.startsWith('Velmar'))).toHaveLength(1);
  });

  it('joins «الجيش الفالماري» and «القوات المسلحة الفالمارية», not another country’s army', () => {
    const actors = findActors([
      buildArticle('a', 'قال الجيش الفالماري إنه صد هجوما على الحامية الشمالية يوم الجمعة.', 'ar'),
      buildArticle('b', 'خسرت القوات المسلحة الفالمارية الحامية الشمالية يوم الجمعة، بحسب شهود، فيما تقدم الجيش الكورفاني.', 'ar'),
      buildArticle('c', 'نفى الجيش الفالماري خسارة الحامية وقال إن القتال مستمر مع الجيش الكورفاني.', 'ar'),
    ]);
    expect(actors.filter((a) => a.name.includes('الفالماري'))).toHaveLength(1);
    expect(actors.filter((a) => a.name.includes('الكورفاني'))).toHaveLength(1);
  });
});

describe('a head noun inside the name', () => {
  const actors = findActors([
    buildArticle('a', 'The Green Shield Forces (GSF) shelled the market on Sunday. GSF fighters then entered the town.', 'en'),
    buildArticle('b', 'The Green Shield militia shelled the market on Sunday, residents said.', 'en'),
    buildArticle('c', 'Green Shield Forces said on Sunday that they had taken the market.', 'en'),
  ]);
  const labels = brief(actorNamed(actors, 'Green Shield Forces'));

  it('is shown as the name the outlet wrote, beside another outlet’s head noun', () => {
    expect(labels).toEqual(expect.arrayContaining(['a:Green Shield Forces:forces', 'b:militia:militia', 'c:Green Shield Forces:forces']));
  });

  it('repeated after the name ("X Forces" … "GSF fighters") is the name’s own word, no label', () => {
    expect(labels).not.toContain('a:fighters:forces');
  });
});
