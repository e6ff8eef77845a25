import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

// Invented names. One armed group written under several head nouns is one actor; the head noun and
// the words around it are each outlet's labels.
const byName = (actors: Actor[], name: string): Actor => {
  const actor = actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${actors.map((a) => a.name).join(', ')}`);
  return actor;
};
const brief = (actor: Actor): string[] => actor.labels.map((l) => `${l.articleId}:${l.text}:${l.key}`);

describe('one group under several head nouns', () => {
  const articles = [
    buildArticle('a', 'هاجمت مليشيا الدرع الأخضر المتمردة مدينة الواحة صباح الأحد، وقالت مصادر محلية إن قوات التمرد قصفت السوق.', 'ar'),
    buildArticle('b', 'قالت قوات الدرع الأخضر إنها سيطرت على مدينة الواحة بعد معارك عنيفة يوم الأحد.', 'ar'),
    buildArticle('c', 'أعلنت قوات الدرع الأخضر السيطرة على مدينة الواحة، فيما نفى الجيش ذلك.', 'ar'),
  ];
  const actors = findActors(articles);

  it('joins «مليشيا X» and «قوات X» into one actor, the head nouns its labels', () => {
    expect(actors.filter((a) => a.name.includes('الدرع'))).toHaveLength(1);
    const labels = brief(byName(actors, 'قوات الدرع الأخضر'));
    expect(labels).toEqual(expect.arrayContaining(['a:مليشيا:militia', 'b:قوات:forces', 'c:قوات:forces']));
  });

  it('reads an adjective after the name («X المتمردة») as a label', () => {
    expect(brief(byName(actors, 'قوات الدرع الأخضر'))).toContain('a:المتمردة:rebels');
  });

  it('links an epithet in construct («قوات التمرد») to the group the article named before it', () => {
    expect(brief(byName(actors, 'قوات الدرع الأخضر'))).toContain("a:قوات التمرد:rebellion's forces");
    expect(actors.some((a) => a.name === 'قوات التمرد')).toBe(false);
  });

  it('keeps groups with other names apart', () => {
    const two = findActors([
      buildArticle('a', 'قالت قوات الدرع الأخضر إنها سيطرت على مدينة الواحة، بينما انسحبت مليشيا النجمة الحمراء.', 'ar'),
      buildArticle('b', 'أعلنت قوات الدرع الأخضر السيطرة على الواحة، وقالت مليشيا النجمة الحمراء إنها انسحبت.', 'ar'),
    ]);
    const green = byName(two, 'قوات الدرع الأخضر');
    expect(brief(green).some((l) => l.includes('militia'))).toBe(false);
  });
});
