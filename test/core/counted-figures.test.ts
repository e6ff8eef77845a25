import { describe, expect, it } from 'vitest';
import { contradicts, disagreeingClaims, polarityOf } from '../../src/core/align/disagree.ts';
import { analyzeCase } from '../../src/core/index.ts';
import { wordTokens } from '../../src/core/normalize/index.ts';
import { countedFigures } from '../../src/core/quantities/counted.ts';
import type { LanguageCode } from '../../src/core/types.ts';
import { buildArticle } from './align/build.ts';

const things = (text: string, lang: LanguageCode) => Object.fromEntries([...countedFigures(text, lang)].map(([thing, values]) => [thing, [...values]]));
const against = (a: string, la: LanguageCode, b: string, lb: LanguageCode): boolean => contradicts(polarityOf(a, la), polarityOf(b, lb));

describe('what a figure counts', () => {
  it('names the thing near each figure, in either language, with figures folded to one form', () => {
    expect(things('The storm killed 41 people and injured 212 in the delta.', 'en')).toEqual({ death: ['n:41'], injury: ['n:212'] });
    expect(things('At least 1,250 people were killed in the 5.9-magnitude tremor.', 'en')).toEqual({ death: ['n:1250'], magnitude: ['n:5.9'] });
    expect(things('ارتفعت حصيلة العاصفة إلى 41 قتيلا و212 جريحا', 'ar')).toEqual({ death: ['n:41'], injury: ['n:212'] });
    expect(things('أودت العاصفة بحياة ألف ومئتين وخمسين شخصا', 'ar')).toEqual({ death: ['n:1250'] });
    expect(things('The port lost $3.5 million, 9 percent of its takings, over 14 weekends.', 'en')).toEqual({ 'money:usd': ['n:3500000'], 'pct:': ['pct:9'], 'word:en:weekends': ['n:14'] });
    expect(things('خسر الميناء 3.5 مليون دولار', 'ar')).toEqual({ 'money:usd': ['n:3500000'] });
  });

  it('reads the tokens a caller gives as it reads its own (polarityOf tokenises once)', () => {
    const text = 'The storm killed 41 people and injured 212 in the delta.';
    const tokens = wordTokens(text, 'en');
    expect(countedFigures(text, 'en', tokens.map((t) => t.norm), tokens)).toEqual(countedFigures(text, 'en'));
    expect(polarityOf(text, 'en').counts.get('injury')).toEqual(new Set(['n:212']));
  });

  it('leaves years and weekdays out, and dates are their own thing', () => {
    expect(things('The vote of 2019 was held on Sunday, March 3.', 'en')).toEqual({ date: ['date:3-3'] });
  });
});

describe('contradicting figures', () => {
  it('marks other figures for one counted thing, within a language and across languages', () => {
    expect(against('The storm killed 41 people, officials said.', 'en', 'The storm killed 57 people.', 'en')).toBe(true);
    expect(against('ارتفعت حصيلة العاصفة إلى 41 قتيلا', 'ar', 'ارتفعت حصيلة العاصفة إلى 57 قتيلا', 'ar')).toBe(true);
    expect(against('The storm killed 41 people.', 'en', 'ارتفعت حصيلة العاصفة إلى 57 قتيلا', 'ar')).toBe(true);
    // One toll told in words and in digits: the same figure.
    expect(against('Forty-one people died in the storm.', 'en', 'لقي 41 شخصا حتفهم في العاصفة', 'ar')).toBe(false);
    expect(against('The storm killed 1,250 people.', 'en', 'أودت العاصفة بحياة ألف ومئتين وخمسين شخصا', 'ar')).toBe(false);
  });

  it('marks a shared figure beside a contradicting one (the magnitude agrees, the toll does not)', () => {
    expect(against('The 5.9-magnitude tremor killed 41 people.', 'en', 'The 5.9-magnitude tremor killed 57 people.', 'en')).toBe(true);
  });

  it('does not mark figures that count different things', () => {
    expect(against('The storm killed 41 people.', 'en', 'The storm injured 212 people.', 'en')).toBe(false);
    expect(against('ارتفعت حصيلة العاصفة إلى 41 قتيلا', 'ar', 'أصيب 212 شخصا بجروح في العاصفة', 'ar')).toBe(false);
    expect(against('Turnout reached 41 percent on Sunday.', 'en', 'The storm killed 57 people on Sunday.', 'en')).toBe(false);
  });

  it('lists the claims against the toll most outlets give, across both languages', () => {
    const members = [
      { id: 'a', text: 'The storm killed 41 people in the delta, officials said.', language: 'en' as const },
      { id: 'b', text: 'ارتفعت حصيلة العاصفة في الدلتا إلى 41 قتيلا', language: 'ar' as const },
      { id: 'c', text: 'قتل 57 شخصا في العاصفة التي ضربت الدلتا', language: 'ar' as const },
      { id: 'd', text: 'At least 73 people died in the delta storm.', language: 'en' as const },
    ].map(({ id, text, language }) => ({ claim: buildArticle(id, text, language).claims[0]!, text, language }));
    expect(disagreeingClaims(members)).toEqual(['c:c1', 'd:c1']);
  });

  it('marks the row of a case whose outlets give two tolls, one version in each language', () => {
    const { rows } = analyzeCase([
      { id: 'ar1', raw: 'أعلنت الحكومة في طهران مقتل 41 شخصا في الفيضانات التي ضربت الشمال.', language: 'ar', outlet: 'One' },
      { id: 'ar2', raw: 'قالت الحكومة في طهران إن الفيضانات في الشمال أدت إلى مقتل 41 شخصا.', language: 'ar', outlet: 'Two' },
      { id: 'en1', raw: 'The government in Tehran said 57 people were killed in the floods in the north.', language: 'en', outlet: 'Three' },
      { id: 'en2', raw: 'The government in Tehran announced that floods in the north killed 41 people.', language: 'en', outlet: 'Four' },
    ]);
    const row = rows.find((r) => r.claimIds.includes('en1:c1'));
    expect(row?.claimIds).toEqual(expect.arrayContaining(['ar1:c1', 'ar2:c1', 'en2:c1']));
    // The first claim states no toll (its figure sits in the source's words): it does not hide the others'.
    expect(row?.disagreeing).toEqual(['en1:c1']);
  });

  it('reads a figure after a verb of level as a count of the verb\'s subject, however far the subject reaches', () => {
    // "toll" is seven words before the verb: "climbed to" says the figure is the level of its subject.
    expect(countedFigures('The death toll from the storm in the delta climbed to 73, officials said.', 'en')).toEqual(new Map([['death', new Set(['n:73'])]]));
    // Without a verb of level the far word is not what the figure counts.
    expect(countedFigures('The death toll from the storm in the delta and 73 villages, officials said.', 'en').get('death')).toBeUndefined();
    const members = [
      { id: 'a', text: 'The storm killed 41 people in the delta, officials said.', language: 'en' as const },
      { id: 'b', text: 'Officials said 41 people were killed when the storm hit the delta.', language: 'en' as const },
      { id: 'c', text: 'The death toll from the storm in the delta rose to 73, officials said.', language: 'en' as const },
    ].map(({ id, text, language }) => ({ claim: buildArticle(id, text, language).claims[0]!, text, language }));
    expect(disagreeingClaims(members)).toEqual(['c:c1']);
  });
});
