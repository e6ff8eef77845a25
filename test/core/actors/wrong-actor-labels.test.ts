/** Labels that describe something else named near an actor are no labels of it (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const labelsOf = (actors: ReturnType<typeof findActors>, name: string): string[] => actors.find((a) => a.name.includes(name))?.labels.map((l) => l.text) ?? [];

describe('a name cut to its particle', () => {
  it('«عبد» of «عبد الله مراد» joins no other name opening with «عبد», nor gives it that man\'s title', () => {
    const actors = findActors([
      buildArticle('a', 'وقال الرئيس عبد الرحيم الطاهري إن الحوار مستمر. ويذكر أن وزير الخارجية الفالماري عبد الله مراد زار العاصمة.', 'ar'),
      buildArticle('b', 'والتقى الرئيس عبد الرحيم الطاهري بالوفد. وأكد الطاهري أن الاتفاق قريب.', 'ar'),
    ]);
    const president = actors.find((a) => a.name.includes('الطاهري'))!;
    expect(president.aliases ?? []).not.toContain('عبد');
    expect(president.labels.map((l) => l.text)).not.toContain('وزير الخارجية الفالماري');
  });
});

describe('what follows the comma after a name is not always its apposition', () => {
  const actors = findActors([
    buildArticle('a', 'وأعلن سليم دوران، رئيس حكومة الإنقاذ، الهدنة. وتقدمت القوات نحو مدينة كارسا، و«الهدف ميليشيات المجرم الإرهابي» كما قال القائد. وأكدت غرفة عمليات كارسا، التابعة لحكومة الإنقاذ، العثور على أسلحة.', 'ar'),
    buildArticle('b', 'وزار وفد مدينة كارسا. وقالت غرفة عمليات كارسا إن الوضع هادئ. وقال دوران إن حكومة الإنقاذ قوية.', 'ar'),
  ]);
  it('a conjunction after the comma opens the next clause: its epithets are not the place\'s', () => {
    expect(labelsOf(actors, 'كارسا')).toEqual([]);
  });
  it('a group\'s name governed by a title or «التابعة ل» closes that phrase: the object after it is no label', () => {
    const government = labelsOf(actors, 'حكومة الإنقاذ');
    expect(government.some((t) => t.includes('العثور') || t.includes('الهدنة'))).toBe(false);
  });
});

describe('gender agreement between a person and the apposition after his name', () => {
  it('a feminine participle after a man\'s name agrees with the government he leads, not with him', () => {
    const actors = findActors([
      buildArticle('a', 'وشنت القوات الموالية لحكومة الإنقاذ برئاسة سليم دوران، المدعومة من الجيران، هجوما. وقال العقيد سليم دوران إن الهجوم نجح.', 'ar'),
      buildArticle('b', 'وأعلن العقيد سليم دوران، رئيس حكومة الإنقاذ، الهدنة. وقال دوران إن حكومة الإنقاذ قوية.', 'ar'),
    ]);
    const man = labelsOf(actors, 'دوران');
    expect(man).toContain('رئيس حكومة الإنقاذ');
    expect(man.some((t) => t.startsWith('المدعومة'))).toBe(false);
  });
});
