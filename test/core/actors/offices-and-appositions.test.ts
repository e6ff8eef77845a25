import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('an Arabic office in construct with what it heads, with no name', () => {
  // (The first outlet titles both persons «رئيس …»; the descriptions name the body or the country they head.)
  const articles = () => [
    buildArticle(
      'x',
      'أعلن الرئيس التونسي يوسف بنكيران الطوارئ. وقال رئيس تونس، إن البرلمان صار عائقا. وأعلن رئيس البرلمان التونسي سامي الوردي أن المجلس صوت ضد القرار. وقال رئيس البرلمان في تونس إن القرار باطل.',
      'ar',
    ),
    buildArticle('y', 'قال يوسف بنكيران إن القرار ضروري. ورفض سامي الوردي القرار. وقالت تونس إن الوضع هادئ.', 'ar'),
  ];

  it('gives «رئيس <البلد>» to the president named before it, not to the speaker the same word titles', () => {
    const actors = findActors(articles());
    expect(labelsOf(actors, 'يوسف بنكيران', 'x').join(' | ')).toContain('رئيس تونس');
    expect(labelsOf(actors, 'سامي الوردي', 'x').join(' | ')).not.toContain('رئيس تونس');
  });

  it('reads «رئيس البرلمان في <البلد>» whole, with the place the body is in', () => {
    const actors = findActors(articles());
    expect(labelsOf(actors, 'سامي الوردي', 'x')).toContain('رئيس البرلمان في تونس');
  });

  it('reads no office governing nothing definite, nor one before a name', () => {
    const actors = findActors([
      buildArticle('x', 'قال يوسف بنكيران إن رئيس حكومة جديدة سيعين. واستقبل رئيس البرلمان سامي الوردي الوفد.', 'ar'),
      buildArticle('y', 'أعلن الرئيس يوسف بنكيران القرار. وتحدث رئيس البرلمان سامي الوردي.', 'ar'),
    ]);
    expect(labelsOf(actors, 'يوسف بنكيران', 'x').join(' ')).not.toContain('رئيس حكومة');
  });
});

describe('a title heading an organisation named with its lower-case head noun, in apposition before a name', () => {
  it('reads "The head of the Kadra coalition, X," as what the outlet calls X', () => {
    const actors = findActors([
      buildArticle('a', 'The head of the Kadra coalition, Hadi al-Ostrani, said: "We will not accept these results." The Kadra coalition lost seats.', 'en'),
      buildArticle('b', 'Hadi al-Ostrani rejected the results on Monday.', 'en'),
    ]);
    expect(labelsOf(actors, 'Hadi al-Ostrani', 'a').join(' | ')).toContain('head of the Kadra coalition');
  });
});

describe('an apposition opened by another name in the possessive', () => {
  const actors = () =>
    findActors([
      buildArticle('a', 'Gov. Ivo Marsk, Karl Vesk’s former primary running mate, released a statement. Otto Brem, Velmar’s foreign minister, said nothing. Lena Grau, Vesk’s lawyer said, was wrong.', 'en'),
      buildArticle('b', 'Ivo Marsk criticised the verdict. Karl Vesk was convicted. Otto Brem left. Lena Grau appealed. Velmar voted.', 'en'),
    ]);

  it('reads "X, Y’s former running mate," and "X, Velmar’s foreign minister," as what the outlet calls X', () => {
    const found = actors();
    expect(labelsOf(found, 'Ivo Marsk', 'a')).toContain('Karl Vesk’s former primary running mate');
    expect(labelsOf(found, 'Otto Brem', 'a')).toContain('Velmar’s foreign minister');
  });

  it('reads no clause after the comma ("X, Y’s lawyer said, …")', () => {
    expect(labelsOf(actors(), 'Lena Grau', 'a').join(' ')).not.toContain('lawyer');
  });
});

describe('a head noun in the possessive inside an apposition names its owner', () => {
  it('gives "X, the army’s last stronghold," no label "army"', () => {
    const actors = findActors([
      buildArticle('a', 'The Velmar Front captured the headquarters of the army in the besieged city of Kell Town, the army’s last stronghold in the north, on Sunday.', 'en'),
      buildArticle('b', 'Fighting went on in Kell Town. The Velmar Front said it held Kell Town.', 'en'),
    ]);
    expect(labelsOf(actors, 'Kell Town')).not.toContain('army');
  });
});

describe('a name between commas in a list is no apposition', () => {
  it('gives "A, the B Alliance, C and D" no label "the B Alliance" on A, and keeps a description between commas', () => {
    const actors = findActors([
      buildArticle('a', 'The committee includes the Kadra Alliance, the Velmar Unity Alliance, the Ostran Party and other factions. The Kadra Alliance, a pro-government bloc, rejected the results.', 'en'),
      buildArticle('b', 'The Kadra Alliance lost seats. The Velmar Unity Alliance won. The Ostran Party complained.', 'en'),
    ]);
    const kadra = labelsOf(actors, 'Kadra Alliance', 'a').join(' | ');
    expect(kadra).not.toContain('Velmar Unity Alliance');
    expect(kadra).toContain('pro-government bloc');
  });
});
