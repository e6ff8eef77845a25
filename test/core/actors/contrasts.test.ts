import { findActors } from '../../../src/core/actors/index.ts';
import { actorData, inflect } from '../../../src/core/actors/lexicon.ts';
import { actorTokens } from '../../../src/core/actors/tokens.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

// Invented names. Labels exist where outlets differ; the lexicon's stance is only a hint.

describe('a label is a contrast between outlets', () => {
  it('drops a word every outlet naming the actor uses, and keeps it beside another outlet’s choice', () => {
    const same = [
      buildArticle('a', 'The Ostra Army shelled the hills near the river, residents said.', 'en'),
      buildArticle('b', 'The Ostra Army said it had advanced along the river on the second day.', 'en'),
    ];
    expect(actorNamed(findActors(same), 'Ostra Army').labels).toEqual([]);
    const differing = [...same, buildArticle('c', 'The militias of the Ostra Army looted the town before they left with the trucks.', 'en')];
    expect(labelStrings(actorNamed(findActors(differing), 'Ostra Army'), 'articleId', 'text', 'key')).toEqual(['a:Ostra Army:army', 'b:Ostra Army:army', 'c:militias:militia', 'c:Ostra Army:army']);
  });

  it('gives generic nouns no stance of their own', () => {
    const data = actorData('ar');
    const tokens = actorTokens('الجيش', 'ar', new Set());
    expect(data.labels.match(tokens, 0)?.value.stance).toBe('neutral');
    expect(actorData('en').labels.match(actorTokens('army', 'en', new Set()), 0)?.value.stance).toBe('neutral');
  });
});

describe('who backs an actor', () => {
  it('runs "backed by" and "X-backed" through the backer, so outlets naming other backers differ', () => {
    const articles = [
      buildArticle('a', 'The Council of Ostra, backed by Velmar, met with several delegations from the south. The Council of Ostra then issued a statement about the talks.', 'en'),
      buildArticle('b', 'The Korvan-backed Council of Ostra met with several delegations from the south.', 'en'),
      buildArticle('c', 'The Council of Ostra met with several delegations from the south.', 'en'),
    ];
    expect(labelStrings(actorNamed(findActors(articles), 'Council of Ostra'), 'articleId', 'text', 'key')).toEqual(['a:backed by Velmar:backed by velmar', 'b:Korvan-backed:korvan-backed']);
  });

  it('reads "المدعومة من X" after an Arabic name', () => {
    const articles = [
      buildArticle('a', 'رحبت حكومة الساحل المدعومة من فالمار بالاتفاق. وقالت حكومة الساحل إنها مستعدة.', 'ar'),
      buildArticle('b', 'رحبت حكومة الساحل بالاتفاق.', 'ar'),
    ];
    const labels = actorNamed(findActors(articles), 'حكومة الساحل').labels;
    expect(labels.map((l) => [l.articleId, l.text, l.stance])).toEqual([['a', 'المدعومة من فالمار', 'neutral']]);
  });
});

describe('every inflection of a lexicon entry', () => {
  const arabic = { article: 'ال', adjectiveEndings: ['', 'ة', 'ين', 'ون', 'ا', 'ات'], stripEndings: ['ات', 'ين', 'ون', 'ة', 'ا'], feminine: 'ة', nounPlurals: [] };

  it('matches an Arabic adjective definite and indefinite, feminine, plural and accusative', () => {
    const forms = inflect(['الارهابي'], 'adjective', arabic).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['الارهابي', 'ارهابي', 'الارهابيه', 'ارهابيه', 'الارهابيين', 'ارهابيون', 'ارهابيا', 'الارهابيات']));
    const data = actorData('ar');
    for (const text of ['الإرهابيين', 'إرهابياً', 'والإرهابيات']) expect(data.labels.match(actorTokens(text, 'ar', new Set(['الارهابيات'])), 0)?.value.key).toBe('terrorist');
  });

  it('varies a phrase’s first word and an English head noun’s number', () => {
    expect(inflect(['منتهيه', 'الصلاحيه'], 'adjective', arabic).map((w) => w.join(' '))).toEqual(expect.arrayContaining(['المنتهيه الصلاحيه', 'منتهي الصلاحيه']));
    const english = { article: '', adjectiveEndings: [''], stripEndings: [], feminine: '', nounPlurals: ['s'] };
    expect(inflect(['gang'], 'head-noun', english)).toEqual([['gang'], ['gangs']]);
  });

  it('matches an Arabic head noun with and without the article, in either case of its sound plural', () => {
    const forms = inflect(['المقاتلين'], 'head-noun', { ...arabic, caseEndings: [['ين', 'ون']] }).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['المقاتلين', 'مقاتلين', 'المقاتلون', 'مقاتلون']));
    for (const text of ['متمردون', 'المتمردون', 'متمردين']) expect(actorData('ar').labels.match(actorTokens(text, 'ar', new Set()), 0)?.value.key).toBe('rebels');
  });
});
