import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const texts = (actor: Actor): string[] => labelStrings(actor, 'articleId', 'text');

// Invented names and places: label finding may not depend on any known name.

describe('labels outlets give an actor, on any story', () => {
  it('takes a descriptive phrase before a name whole, and a noun phrase in apposition after it', () => {
    const actors = findActors([
      buildArticle('a', 'The list of populist Velmari cleric Tarek al-Hamdan won most seats in the vote, officials said on Tuesday.', 'en'),
      buildArticle('b', 'Tarek al-Hamdan, an influential preacher from the eastern provinces, said the vote was fair to everyone.', 'en'),
      buildArticle('c', 'Supporters of Tarek al-Hamdan gathered in the main square after the results came out.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Tarek al-Hamdan'))).toEqual(['a:populist Velmari cleric', 'b:an influential preacher from the eastern provinces']);
  });

  it('reads an Arabic apposition that is no title ("X، القيادي في …")', () => {
    const actors = findActors([
      buildArticle('a', 'قال الوزير سامر الخطيب، القيادي في الحركة الشعبية، إن النتائج مزورة.', 'ar'),
      buildArticle('b', 'رفض الخطيب النتائج، وقال سامر الخطيب إن الطعون ستقدم غدا.', 'ar'),
    ]);
    expect(texts(actorNamed(actors, 'سامر الخطيب'))).toContain('a:القيادي في الحركة الشعبية');
  });

  it('reads the head noun an outlet puts after a group’s name ("X forces")', () => {
    const actors = findActors([
      buildArticle('a', 'Areas controlled by Korvani forces were struck overnight near the coast, residents said.', 'en'),
      buildArticle('b', 'The Korvani said the strikes hit farms and two schools near the coast.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Korvani'))).toContain('a:forces');
  });

  it('links an epithet used instead of a group’s name to the group named last before it', () => {
    const actors = findActors([
      buildArticle('a', 'Warplanes struck targets of the Korvani on Monday. The strikes came after attacks by the Velmar-backed rebels on ships.', 'en'),
      buildArticle('b', 'The Korvani said they would answer the strikes on their positions near the coast.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Korvani'))).toContain('a:Velmar-backed rebels');
  });

  it('joins a name and the one in brackets after it, and shows each outlet’s name where they share no word', () => {
    const articles = [
      buildArticle('a', 'A spokesman for the Ostrani Front (Korvani) movement said the talks had failed.', 'en'),
      buildArticle('b', 'The Korvani said the ships were targeted because of the war, their spokesman added.', 'en'),
      buildArticle('c', 'Officials of the Ostrani Front met the envoy at the port, according to a statement.', 'en'),
    ];
    const index = resolveEntities(articles);
    const front = index.entities.find((e) => e.name === 'Ostrani Front' || e.aliases.includes('Ostrani Front'))!;
    expect(front.aliases).toContain('Korvani');
    const actor = actorNamed(findActors(articles), 'Ostrani Front');
    expect(actor.labels.filter((l) => l.key?.startsWith('name: ')).map((l) => `${l.articleId}:${l.text}`)).toEqual(['a:Ostrani Front', 'a:Korvani', 'b:Korvani', 'c:Ostrani Front']);
  });
});

describe('Arabic titles with the organisation they head', () => {
  it('reads a title, its organisation and an adjective before the name, with or without a comma', () => {
    const actors = findActors([
      buildArticle('a', 'فازت كتلة تقدم بزعامة رئيس البرلمان الفالمي نادر الحكيم بأربعين مقعدا في الانتخابات.', 'ar'),
      buildArticle('b', 'وقالت كتلة زعيم التيار الوطني الفالمي، نادر الحكيم، إنها ستشكل الحكومة المقبلة.', 'ar'),
      buildArticle('c', 'فازت كتلة تقدم بزعامة السياسي المستقل نادر الحكيم بأربعين مقعدا.', 'ar'),
    ]);
    expect(texts(actorNamed(actors, 'نادر الحكيم'))).toEqual(['a:رئيس البرلمان الفالمي', 'b:زعيم التيار الوطني الفالمي', 'c:السياسي المستقل']);
  });
});

describe('an apposition is set off from the sentence', () => {
  it('does not take the words a sentence runs on with after a name for its label', () => {
    const actors = findActors([
      buildArticle('a', 'اعتبرت مصادر مقربة من الوزير سامر الخطيب، زيارة الوفد الأجنبي بأنها فرصة أخيرة.', 'ar'),
      buildArticle('b', 'قال الوزير سامر الخطيب، القيادي في الحركة الشعبية، إن النتائج مزورة.', 'ar'),
    ]);
    const labels = texts(actorNamed(actors, 'سامر الخطيب'));
    expect(labels).toContain('b:القيادي في الحركة الشعبية');
    expect(labels.some((l) => l.includes('زيارة'))).toBe(false);
  });
});
