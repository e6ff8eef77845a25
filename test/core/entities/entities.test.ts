import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { Entity, EntityIndex } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented names throughout: resolution may not depend on any known name.
const entityNamed = (index: EntityIndex, spelling: string): Entity => {
  const found = index.entities.find((e) => e.name === spelling || e.aliases.includes(spelling));
  if (!found) throw new Error(`no entity «${spelling}» in ${index.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join('; ')}`);
  return found;
};
const spellings = (e: Entity): string[] => [...new Set(e.mentions.map((m) => m.text))].sort();

describe('resolveEntities: persons', () => {
  const index = resolveEntities([
    buildArticle('a', 'Field Marshal Karim Zahran met envoys in Rome. Zahran said the talks were useful.', 'en'),
    buildArticle('b', 'Karim Zahran rejected the plan. Critics such as Lina Haddad and Omar Haddad blamed Zahran.', 'en'),
    buildArticle('c', 'قال المشير كريم زهران إن المحادثات مفيدة. ورد لزهران وزير الخارجية.', 'ar'),
  ]);

  it('joins full name, surname and title + name, across scripts', () => {
    const zahran = entityNamed(index, 'Karim Zahran');
    expect(zahran.kind).toBe('person');
    expect(spellings(zahran)).toEqual(['Karim Zahran', 'Zahran', 'زهران', 'كريم زهران']);
    expect(new Set(zahran.mentions.map((m) => m.articleId))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('leaves a glued clitic out of the mention («لزهران» → «زهران»)', () => {
    const zahran = entityNamed(index, 'Karim Zahran');
    const text = 'قال المشير كريم زهران إن المحادثات مفيدة. ورد لزهران وزير الخارجية.';
    const glued = zahran.mentions.find((m) => m.articleId === 'c' && m.start > text.indexOf('ورد'))!;
    expect(glued).toMatchObject({ start: text.indexOf('لزهران') + 1, text: 'زهران' });
  });

  it('keeps two people who share only a surname apart', () => {
    expect(entityNamed(index, 'Lina Haddad').id).not.toBe(entityNamed(index, 'Omar Haddad').id);
  });
});

describe('resolveEntities: spelling variants, acronyms, multiword names', () => {
  it('joins transliterations of one place and keeps another town apart', () => {
    const index = resolveEntities([
      buildArticle('a', 'Fighting went on in Qasrein on Monday. Ships left the port of Qasrein.', 'en'),
      buildArticle('b', 'Strikes hit Al-Qasrayn overnight, and residents of Al-Qasrayn fled to Qusair.', 'en'),
      buildArticle('c', 'Shelling resumed near Qusair.', 'en'),
    ]);
    const town = entityNamed(index, 'Qasrein');
    expect(town.kind).toBe('place');
    expect(spellings(town)).toEqual(['Al-Qasrayn', 'Qasrein']);
    expect(entityNamed(index, 'Qusair').id).not.toBe(town.id);
  });

  it('joins an Arabic name written with and without a long vowel', () => {
    const index = resolveEntities([
      buildArticle('a', 'التقى المبعوث يوهان ليندبرغ الوفد في الميناء.', 'ar'),
      buildArticle('b', 'وصل المبعوث يوهان ليندبيرغ إلى العاصمة، وقال ليندبيرغ إن الحل قريب.', 'ar'),
    ]);
    const envoy = entityNamed(index, 'يوهان ليندبيرغ');
    expect(spellings(envoy)).toEqual(['ليندبيرغ', 'يوهان ليندبرغ', 'يوهان ليندبيرغ']);
  });

  it('joins an acronym and its expansion, and keeps a name on a generic head whole', () => {
    const index = resolveEntities([
      buildArticle('a', 'The Popular Defence Forces entered the town. The PDF said it lost two men.', 'en'),
      buildArticle('b', 'Clashes pitted the Presidential Council against the PDF.', 'en'),
      buildArticle('c', 'The Presidential Council condemned the Popular Defence Forces.', 'en'),
    ]);
    const forces = entityNamed(index, 'Popular Defence Forces');
    expect(forces.aliases).toContain('PDF');
    expect(forces.mentions.map((m) => m.articleId)).toEqual(['a', 'a', 'b', 'c']);
    expect(entityNamed(index, 'Presidential Council').mentions).toHaveLength(2);
    expect(index.entities.some((e) => e.name === 'Forces' || e.name === 'Council')).toBe(false);
  });

  it('keeps Arabic names on generic heads whole and reads an acronym written as a word', () => {
    const index = resolveEntities([
      buildArticle('a', 'هاجمت قوات تلال الديمقراطية مواقع في المنطقة. وقال المجلس الرئاسي إنه يتابع.', 'ar'),
      buildArticle('b', 'أعلنت «قتد» أنها سيطرت على البلدة، ورحب المجلس الرئاسي بذلك.', 'ar'),
      buildArticle('c', 'انسحبت قوات تلال الديمقراطية من مدينة القصرين.', 'ar'),
    ]);
    const forces = entityNamed(index, 'قوات تلال الديمقراطية');
    expect(forces.aliases).toContain('قتد');
    expect(new Set(forces.mentions.map((m) => m.articleId))).toEqual(new Set(['a', 'b', 'c']));
    expect(entityNamed(index, 'المجلس الرئاسي').mentions).toHaveLength(2);
    expect(entityNamed(index, 'القصرين').kind).toBe('place');
  });
});

describe('resolveEntities: the index', () => {
  const articles = [
    buildArticle('a', 'Field Marshal Karim Zahran met envoys in Qasrein. Zahran’s militias shelled the Government of Unity.', 'en'),
    buildArticle('b', 'The Government of Unity said Zahran lied.', 'en'),
  ];
  const index = resolveEntities(articles);

  it('lists every article’s mentions sorted by start, each a span of its text', () => {
    for (const article of articles) {
      const list = index.byArticle.get(article.id)!;
      expect(list.length).toBeGreaterThan(0);
      expect(list.map((m) => m.start)).toEqual([...list.map((m) => m.start)].sort((x, y) => x - y));
      for (const m of list) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('names a commander inside his forces’ mention too', () => {
    const list = index.byArticle.get('a')!;
    const forces = list.find((m) => m.via === 'forces')!;
    expect(forces.text).toBe('Zahran’s militias');
    const zahran = entityNamed(index, 'Karim Zahran');
    expect(list.some((m) => m.entityId === zahran.id && m.start === forces.start && m.text === 'Zahran')).toBe(true);
  });

  it('gives an empty index for an empty case', () => {
    expect(resolveEntities([])).toEqual({ entities: [], byArticle: new Map() });
  });
});

describe('resolveEntities: ranks and titles from the language’s data', () => {
  it('reads compound English titles as titles, not as names', () => {
    const index = resolveEntities([
      buildArticle('a', 'Deputy Foreign Minister Lina Haddad met the envoy in the morning, and Lt. Gen. Omar Tarek joined them later.', 'en'),
      buildArticle('b', 'Talks led by Haddad ended without a deal, according to people who attended them.', 'en'),
    ]);
    expect(entityNamed(index, 'Lina Haddad').aliases).toEqual(['Haddad']);
    expect(entityNamed(index, 'Omar Tarek').kind).toBe('person');
    expect(index.entities.some((e) => /Minister|Gen/u.test(e.name))).toBe(false);
  });

  it('reads compound Arabic ranks and titles followed by a modifier', () => {
    const index = resolveEntities([
      buildArticle('a', 'قال اللواء الركن سامر الخطيب إن القوات انسحبت. واستقبل الرئيس السابق نادر الحكيم الوفد.', 'ar'),
      buildArticle('b', 'أكد الخطيب أن الانسحاب تم، فيما غادر الحكيم البلاد.', 'ar'),
    ]);
    expect(entityNamed(index, 'سامر الخطيب').mentions.map((m) => m.text)).toEqual(['سامر الخطيب', 'الخطيب']);
    expect(entityNamed(index, 'نادر الحكيم').kind).toBe('person');
  });
});

describe('an acronym in brackets after a name', () => {
  it('shortens the longer name a lower-case word joins ("Law Society of Velmar (LSV)"), not its last word', () => {
    const index = resolveEntities([
      buildArticle('a', 'Lawyers marched in Velmar on Monday, said Ana Moll, president of the Law Society of Velmar (LSV). Velmar police watched.', 'en'),
      buildArticle('b', 'The LSV said Velmar courts were closed. Velmar officials did not comment.', 'en'),
    ]);
    expect(index.entities.find((e) => e.name === 'Velmar')?.aliases ?? []).not.toContain('LSV');
  });
  it('still joins a name whose acronym is written in another language ("Workers Front (FTV)")', () => {
    const index = resolveEntities([
      buildArticle('a', 'The Kestrel Workers Front (FTV) called a strike. The Kestrel Workers Front said talks failed.', 'en'),
      buildArticle('b', 'The FTV strike closed the port, and the Kestrel Workers Front said it would go on.', 'en'),
    ]);
    const front = index.entities.find((e) => e.name === 'Kestrel Workers Front');
    expect(front?.aliases).toContain('FTV');
  });
});
