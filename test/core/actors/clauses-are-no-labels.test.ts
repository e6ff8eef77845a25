/**
 * A clause is no label: "According to X, <clause>" gives X no apposition and the actor the clause names no
 * label cut from it; a name in a later sentence is no apposition of the actor named before it. Invented
 * names; sentences written for these tests.
 */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const allLabels = (actors: ReturnType<typeof findActors>) => actors.flatMap((a) => a.labels.map((l) => `${a.name}: ${l.text}`));

describe('"According to X, <clause>" is a credit, not an apposition', () => {
  it('no label holds the clause or a verb of it', () => {
    const actors = findActors([
      buildArticle('a', "According to Radio Velmar, the blast killed the group's deputy leader Omar Sadiq. Omar Sadiq had led the talks.", 'en'),
      buildArticle('b', "Radio Velmar said the strike hit a car carrying Omar Sadiq, the group's deputy leader.", 'en'),
    ]);
    const labels = allLabels(actors);
    expect(labels.some((l) => /killed|blast/u.test(l))).toBe(false);
    expect(labels).toContain("Omar Sadiq: the group's deputy leader");
  });
});

describe('a name in another sentence is no apposition of the actor named before it', () => {
  it('«(الشاباك)» after a body in the next sentence is no label of the president named before', () => {
    const actors = findActors([
      buildArticle('a', 'وقال المصدر إن الوفد ناقش مقترح الرئيس الفالماري يوسف داود الأخير. وقال بيان مشترك للجيش وجهاز الأمن العام (الشاباك)، إن سلاح الجو نفذ هجوما.', 'ar'),
      buildArticle('b', 'وناقش الوفد مقترح الرئيس الفالماري يوسف داود. وقال الجيش في بيان إن "الجيش والشاباك هاجما قيادة الحركة".', 'ar'),
    ]);
    expect(allLabels(actors).filter((l) => l.includes('الشاباك') && l.startsWith('يوسف'))).toEqual([]);
  });
});
