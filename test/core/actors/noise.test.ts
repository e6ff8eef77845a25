import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const labelsOf = (actors: Actor[], spelling: string): string[] => labelStrings(actorNamed(actors, spelling), 'articleId', 'text');

// Invented names. What a reader would not call a label must not be shown as one.

describe('no labels on a place', () => {
  it('shows no description of a city as its label (English)', () => {
    const actors = findActors([
      buildArticle('a', 'Strikes hit the capital Velmora on Monday. Residents in Velmora fled to the hills.', 'en'),
      buildArticle('b', 'Explosions shook the capital Velmora late on Monday, witnesses in Velmora said.', 'en'),
      buildArticle('c', 'Power was cut in Velmora after the strikes, and Velmora stayed dark.', 'en'),
    ]);
    expect(labelsOf(actors, 'Velmora')).toEqual([]);
  });

  it('shows no description of a city as its label (Arabic)', () => {
    const actors = findActors([
      buildArticle('a', 'قصفت الطائرات مدينة فالمورا الساحلية. وفر سكان مدينة فالمورا.', 'ar'),
      buildArticle('b', 'سمعت انفجارات في مدينة فالمورا القديمة. وقال شهود في مدينة فالمورا إن الكهرباء انقطعت.', 'ar'),
    ]);
    expect(labelsOf(actors, 'فالمورا')).toEqual([]);
  });
});

describe('a present-tense verb after a name and a comma is no apposition', () => {
  const articles = [
    buildArticle('a', 'وقال الوزير سامر زرداني، يصل العاصمة، بحسب المكتب.', 'ar'),
    buildArticle('b', 'أكد الوزير سامر زرداني، القيادي البارز، أن الزيارة تأجلت.', 'ar'),
  ];
  const labels = labelStrings(actorNamed(findActors(articles), 'سامر زرداني'), 'articleId', 'text');

  it('leaves the verb phrase out', () => {
    expect(labels.some((l) => l.includes('يصل'))).toBe(false);
  });

  it('still reads a noun phrase in apposition', () => {
    expect(labels).toContain('b:القيادي البارز');
  });
});

describe('"pro-X" epithets', () => {
  it('links "the pro-X group" to the group the article named before it, as "X-backed group" is', () => {
    const actors = findActors([
      buildArticle('a', 'The Korvani Front said it would fight on. The pro-Velmar group has held the hills since May.', 'en'),
      buildArticle('b', 'The Korvani Front rejected the truce on Sunday, its spokesman said.', 'en'),
    ]);
    expect(labelsOf(actors, 'Korvani Front')).toContain('a:pro-Velmar group');
  });
});

describe('relative clauses', () => {
  it('runs a clause through the place it names and ends it on a content word (English)', () => {
    const actors = findActors([
      buildArticle('a', 'The Korvani Front, which controls much of Ostrava, said it would fight on.', 'en'),
      buildArticle('b', 'The Korvani Front rejected the truce in Ostrava on Sunday, its spokesman said.', 'en'),
    ]);
    expect(labelsOf(actors, 'Korvani Front')).toContain('a:controls much of Ostrava');
  });

  it('takes no clause that reports what the actor said for a label (both languages)', () => {
    const en = findActors([
      buildArticle('a', 'Minister Lena Varga, who said that the talks had failed, left early.', 'en'),
      buildArticle('b', 'Minister Lena Varga met the envoys on Monday.', 'en'),
    ]);
    expect(labelsOf(en, 'Lena Varga').some((l) => l.includes('said'))).toBe(false);
    const ar = findActors([
      buildArticle('a', 'وكان الوزير سامر زرداني، الذي اعتبر أن المحادثات فشلت، قد غادر.', 'ar'),
      buildArticle('b', 'والتقى الوزير سامر زرداني الوفد يوم الاثنين.', 'ar'),
    ]);
    expect(labelsOf(ar, 'سامر زرداني').some((l) => l.includes('اعتبر'))).toBe(false);
  });

  it('keeps a clause describing the actor (Arabic)', () => {
    const ar = findActors([
      buildArticle('a', 'وقالت جماعة قرداش التي تسيطر على التلال الشمالية إن الهجوم فشل.', 'ar'),
      buildArticle('b', 'ونفت جماعة قرداش أي هجوم على التلال.', 'ar'),
    ]);
    expect(labelsOf(ar, 'جماعة قرداش')).toContain('a:تسيطر على التلال الشمالية');
  });
});

describe('appositions after a longer name', () => {
  const articles = [
    buildArticle('a', 'والتقى الوزير إيفا لورا هولتس، مسؤولة صندوق التنمية الدولي، بالعاصمة الجديدة، أمس.', 'ar'),
    buildArticle('b', 'وقالت الوزيرة إيفا لورا في مؤتمر إن صندوق التنمية الدولي وافق على القرض.', 'ar'),
  ];
  const actors = findActors(articles);

  it('reads the apposition after a third name word the case did not take into the name', () => {
    expect(labelsOf(actors, 'إيفا لورا')).toContain('a:مسؤولة صندوق التنمية الدولي');
  });

  it('takes no prepositional phrase after a comma for an apposition ("بالعاصمة …")', () => {
    expect(actors.flatMap((a) => a.labels.map((l) => l.text)).some((t) => t.includes('العاصمة'))).toBe(false);
  });
});

describe('a title with the nationality after it (Arabic)', () => {
  it('keeps "رئيس الوزراء الفاراني" whole before the name', () => {
    const actors = findActors([
      buildArticle('a', 'وأكد رئيس الوزراء الفاراني سامر زرداني أن الضربات ضرورية.', 'ar'),
      buildArticle('b', 'وقال سامر زرداني إن الجيش سيواصل عملياته.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سامر زرداني')).toEqual(['a:رئيس الوزراء الفاراني']);
  });
});

describe('Arabic organisation names and epithets', () => {
  const articles = [
    buildArticle('a', 'سيطرت قوات النصر الحاسم على المطار. وقالت قوات النصر الحاسم إن المعارك انتهت.', 'ar'),
    buildArticle('b', 'أعلنت قوات النصر الحاسم السيطرة على المدينة. وارتكبت المليشيا انتهاكات بحق السكان.', 'ar'),
    buildArticle('c', 'نفت قوات النصر الحاسم الاتهامات الموجهة إليها.', 'ar'),
  ];
  const actors = findActors(articles);

  it('keeps a name whole when the case writes its words together in several articles', () => {
    expect(actors.map((a) => a.name)).toContain('قوات النصر الحاسم');
  });

  it('links a definite head noun the lexicon marks ("المليشيا") to the group the article named before it', () => {
    expect(labelsOf(actors, 'قوات النصر الحاسم')).toContain('b:المليشيا');
  });
});
