import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

// Invented names: actor discovery may not depend on any known name.
const en = [
  buildArticle('a', 'Field Marshal Karim Zahran, commander of the Free National Army, met envoys in Rome. The internationally recognised Government of Unity condemned the visit. Zahran said the talks were useful.', 'en'),
  buildArticle('b', "Rogue general Karim Zahran met envoys at his base. Zahran's militias shelled the capital, the seat of the UN-backed Government of Unity. The GOU said Zahran lied.", 'en'),
  buildArticle('c', 'The self-styled Free National Army advanced on the capital. The expired Government of Unity has lost control, a spokesman said. Zahran met officials.', 'en'),
];

const ar = [
  buildArticle('x', 'قال قائد الجيش الوطني، المشير كريم زهران، إن قواته تتقدم. واتهم زهران حكومة الوحدة منتهية الصلاحية بالفشل.', 'ar'),
  buildArticle('y', 'هاجمت ميليشيات زهران العاصمة. وقالت حكومة الوحدة الشرعية إن الجنرال الانقلابي كريم زهران فشل. وردت حكومة الوحدة الصورية ببيان. ونشرت حكومة الوحدة الصورية صورا.', 'ar'),
  buildArticle('z', 'رحبت حكومة الوحدة المعترف بها دولياً بالاتفاق. والتقى زهران وفدا من الجيش الوطني.', 'ar'),
];


describe('findActors (English)', () => {
  const actors = findActors(en);

  it('merges a person’s name, surname and titled forms into one actor', () => {
    const person = actorNamed(actors, 'Karim Zahran');
    expect(person.aliases).toEqual(['Zahran']);
  });

  it('attaches lexicon titles and adjectives with offsets and stance', () => {
    const person = actorNamed(actors, 'Karim Zahran');
    const text = en[1]!.text;
    expect(person.labels).toEqual([
      { text: 'Field Marshal', start: 0, end: 13, articleId: 'a', stance: 'neutral', origin: 'lexicon', form: 'title', key: 'field marshal' },
      // The apposition runs through the organisation the title heads.
      { text: 'commander of the Free National Army', start: 28, end: 63, articleId: 'a', stance: 'neutral', origin: 'lexicon', form: 'apposition', key: 'commander' },
      { text: 'Rogue', start: 0, end: 5, articleId: 'b', stance: 'negative', origin: 'lexicon', form: 'adjective', key: 'rogue' },
      { text: 'general', start: text.indexOf('general'), end: text.indexOf('general') + 7, articleId: 'b', stance: 'neutral', origin: 'lexicon', form: 'title', key: 'general' },
    ]);
  });

  it('groups one organisation’s labels from every outlet, acronym included', () => {
    const government = actorNamed(actors, 'Government of Unity');
    expect(government.aliases).toEqual(['GOU']);
    expect(labelStrings(government, 'articleId', 'key')).toEqual(['a:internationally recognised', 'b:UN-backed', 'c:expired']);
  });

  it('puts "army" and a commander’s "militias" in one actor row', () => {
    const army = actorNamed(actors, 'Free National Army');
    expect(labelStrings(army, 'articleId', 'key')).toEqual(['a:army', 'b:militia', 'c:self-styled', 'c:army']);
  });

  it('surfaces a modifier no lexicon knows when outlets differ on it', () => {
    const extra = [...en, buildArticle('d', 'The rump Government of Unity met on Monday. Later the rump Government of Unity left.', 'en')];
    const government = actorNamed(findActors(extra), 'Government of Unity');
    expect(government.labels.filter((l) => l.origin === 'discovered').map((l) => [l.articleId, l.text, l.key, l.stance, l.form])).toEqual([
      ['d', 'rump', 'rump', 'neutral', 'adjective'],
      ['d', 'rump', 'rump', 'neutral', 'adjective'],
    ]);
  });

  it('orders actors by how many articles name them', () => {
    expect(actors.slice(0, 3).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(actors[0]!.name).toBe('Karim Zahran');
  });
});

describe('findActors (Arabic)', () => {
  const actors = findActors(ar);

  it('merges "زهران", "كريم زهران" and "المشير كريم زهران"', () => {
    expect(actorNamed(actors, 'كريم زهران').aliases).toEqual(['زهران']);
  });

  it('finds a name introduced by an apposition after it ("X، رئيس …")', () => {
    const case2 = [
      buildArticle('m', 'قال نادر الحكيم، رئيس البرلمان، إن الجلسة تأجلت.', 'ar'),
      buildArticle('n', 'التقى الحكيم وفدا أوروبيا في العاصمة.', 'ar'),
    ];
    expect(findActors(case2).map((a) => [a.name, a.aliases])).toEqual([['نادر الحكيم', ['الحكيم']]]);
  });

  it('labels the person with titles and adjectives from each outlet', () => {
    // "قائد الجيش الوطني، المشير كريم زهران": the title before the comma, with its organisation, is his too.
    expect(labelStrings(actorNamed(actors, 'كريم زهران'), 'articleId', 'key')).toEqual(['x:commander', 'x:field marshal', 'y:general', 'y:coup']);
  });

  it('labels the government "expired", "legitimate", "internationally recognised", and surfaces an unlisted modifier', () => {
    const government = actorNamed(actors, 'حكومة الوحدة');
    expect(government.labels.filter((l) => l.origin === 'lexicon').map((l) => `${l.articleId}:${l.key}:${l.stance}`)).toEqual([
      'x:expired:negative',
      'y:legitimate:positive',
      'z:internationally recognised:positive',
    ]);
    const discovered = government.labels.filter((l) => l.origin === 'discovered');
    expect(discovered.map((l) => [l.articleId, l.text, l.stance, l.form])).toEqual([
      ['y', 'الصورية', 'neutral', 'adjective'],
      ['y', 'الصورية', 'neutral', 'adjective'],
    ]);
    expect(discovered[0]!.key).toBe(discovered[1]!.key);
    expect(ar[1]!.text.slice(discovered[0]!.start, discovered[0]!.end)).toBe('الصورية');
  });

  it('counts the commander’s militias as his army (head noun chosen)', () => {
    const army = actorNamed(actors, 'الجيش الوطني');
    expect(army.labels.map((l) => `${l.articleId}:${l.key}:${l.form}`)).toEqual(['x:army:head-noun', 'y:militia:head-noun', 'z:army:head-noun']);
  });

  it('surfaces a relative clause no lexicon entry covers', () => {
    const extra = [...ar, buildArticle('r', 'رفضت حكومة الوحدة، التي تدعمها دولة أجنبية، العرض المقدم من الجنوب.', 'ar')];
    const government = actorNamed(findActors(extra), 'حكومة الوحدة');
    const clause = government.labels.filter((l) => l.form === 'relative-clause');
    expect(clause.map((l) => [l.articleId, l.text, l.origin, l.stance])).toEqual([['r', 'تدعمها دولة أجنبية', 'discovered', 'neutral']]);
  });

  it('reads "forces loyal to X", "militias of X" and "X forces" as one actor, the government’s forces, under the head noun each outlet chose', () => {
    const extra = [
      ...ar,
      buildArticle('q', 'تقدمت القوات الموالية لحكومة الوحدة جنوبا. وقصفت ميليشيات الوحدة المطار.', 'ar'),
      buildArticle('r', 'وصلت الميليشيات المسلحة التابعة لحكومة الوحدة إلى الساحل. وانسحبت ميليشيات حكومة الوحدة لاحقا.', 'ar'),
    ];
    const actors = findActors(extra);
    const forces = actors.find((a) => a.labels.some((l) => l.articleId === 'q'))!;
    expect([forces.name, ...(forces.aliases ?? [])].sort()).toEqual(['القوات الموالية لحكومة الوحدة', 'الميليشيات المسلحة التابعة لحكومة الوحدة', 'ميليشيات الوحدة', 'ميليشيات حكومة الوحدة'].sort());
    // One head noun per mention: the one the outlet chose for the actor ("forces", "militias"); both
    // outlets say "militias", one also "forces": a contrast, so both show.
    expect(forces.labels.map((l) => [l.articleId, l.text, l.key, l.stance])).toEqual([
      ['q', 'القوات', 'forces', 'neutral'],
      ['q', 'ميليشيات', 'militia', 'negative'],
      ['r', 'الميليشيات', 'militia', 'negative'],
      ['r', 'ميليشيات', 'militia', 'negative'],
    ]);
    // The government keeps its own labels and is another actor.
    expect(actorNamed(actors, 'حكومة الوحدة').labels.some((l) => l.form === 'head-noun' && l.articleId === 'q')).toBe(false);
  });

  it('takes user lexicon entries, limited to the actors they name', () => {
    const extra = findActors(ar, { extraLabels: [{ forms: ['الصورية'], stance: 'negative', language: 'ar', actors: ['حكومه الوحده'] }] });
    const labels = actorNamed(extra, 'حكومة الوحدة').labels.filter((l) => l.text === 'الصورية');
    expect(labels.map((l) => [l.origin, l.stance])).toEqual([
      ['user', 'negative'],
      ['user', 'negative'],
    ]);
  });

  it('lists a name one article of a multi-article case gives only when an outlet labels it', () => {
    expect(actors.some((a) => a.name.includes('العاصمة'))).toBe(false);
    const once = findActors([ar[0]!, buildArticle('w', 'لا شيء هنا.', 'ar')]);
    expect(once.map((a) => a.name)).toContain('كريم زهران');
    expect(actorNamed(once, 'كريم زهران').labels.map((l) => l.text)).toContain('قائد الجيش الوطني');
    expect(findActors([buildArticle('v', 'وصل سامي الحداد إلى المدينة أمس.', 'ar'), buildArticle('w', 'لا شيء هنا.', 'ar')])).toEqual([]);
  });
});
