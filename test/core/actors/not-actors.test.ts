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

describe('fixed phrases and compound prepositions are no names', () => {
  it('«بث متلفز» (a word always after one dictionary word) and «لصالح» (a compound preposition) are no actors', () => {
    const actors = findActors([
      buildArticle('x', 'ألقى الوزير كلمة في بث متلفز مساء الأحد. وصوت النواب لصالح القانون الجديد.', 'ar'),
      buildArticle('y', 'وظهر المتحدث في بث متلفز آخر. وصوت المجلس لصالح التعديل.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).toEqual([]);
  });
  it('a surname the case also writes alone stays a name', () => {
    const actors = findActors([
      buildArticle('x', 'التقى الوزير تران فو لام في العاصمة. وقال لام إن المحادثات جيدة.', 'ar'),
      buildArticle('y', 'استقبل الرئيس تران فو لام الوفد. وأكد لام دعمه للاتفاق.', 'ar'),
    ]);
    expect(actors.some((a) => /تران|لام/u.test(a.name))).toBe(true);
  });
});

describe('descriptions after a title name no one', () => {
  const names = (texts: string[]): string[] => findActors(texts.map((t, i) => buildArticle(`a${i}`, t, 'ar'))).flatMap((a) => [a.name, ...(a.aliases ?? [])]);
  it('a title after a ranking («أول رئيس دولة يُدان») is a record, not a name', () => {
    const found = names(['أصبح زرداني أول رئيس دولة يُدان بتهمة الاحتيال.', 'قالت الصحف إن زرداني أول رئيس دولة يُدان في البلاد.']);
    expect(found.some((n) => /يدان|يُدان|دولة/u.test(n))).toBe(false);
  });
  it('an indefinite title with an indefinite relational adjective («رئيس فرنسي سابق») is a description', () => {
    const found = names(['قال رئيس فرنسي سابق يعيش في المنفى إن الانتخابات مزورة.', 'وكتب رئيس فرنسي سابق يعيش خارج البلاد مقالا.']);
    expect(found.some((n) => /سابق|يعيش/u.test(n))).toBe(false);
  });
  it('a complement behind a glued preposition («المرشح لقيادة البلاد») is no name', () => {
    const found = names(['قال المرشح لقيادة البلاد سامر زرداني إنه سيفوز.', 'أكد المرشح لقيادة البلاد سامر زرداني أن الحملة مستمرة.']);
    expect(found.some((n) => /لقيادة|البلاد/u.test(n))).toBe(false);
  });
});
