/** What is no actor and no label of one: a common noun with its relational adjective, a name glued into another (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

describe('an epithet word with a relational adjective made from no name of the case', () => {
  it('«النظام الدستوري» ("the constitutional order") stands for no group; a bare «النظام» still does', () => {
    const order = findActors([
      buildArticle('x', 'صوت البرلمان الفالماري ضد القرار. ونقلت وسائل الإعلام أن النظام الدستوري يحمي الجميع.', 'ar'),
      buildArticle('y', 'اجتمع البرلمان الفالماري مساء الأحد لمناقشة الميزانية.', 'ar'),
    ]);
    expect(order.flatMap((a) => a.labels.map((l) => l.text))).not.toContain('النظام');
    const regime = findActors([
      buildArticle('x', 'صوت البرلمان الفالماري ضد القرار. ونقلت وسائل الإعلام أن النظام يهدد الجميع.', 'ar'),
      buildArticle('y', 'اجتمع البرلمان الفالماري مساء الأحد لمناقشة الميزانية.', 'ar'),
    ]);
    expect(regime.flatMap((a) => a.labels.map((l) => l.text))).toContain('النظام');
  });
});

describe('a name glued by a hyphen into another name', () => {
  it('"pro-North Velmari forces" gives the actor named "Velmari" no label', () => {
    const actors = findActors([
      buildArticle('a', 'South Velmar declared a curfew. The president vowed to "eradicate pro-North Velmari forces" and North Velmar protested.', 'en'),
      buildArticle('b', 'South Velmari lawmakers lifted the curfew. Lawmakers in South Velmar voted against it while North Velmar stayed silent.', 'en'),
    ]);
    const labels = actors.flatMap((a) => a.labels.map((l) => l.text));
    expect(labels.some((t) => /pro-North|eradicate/u.test(t))).toBe(false);
  });
});
