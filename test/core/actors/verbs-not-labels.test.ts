/** A label is a noun phrase, an adjective, a title or an apposition, never a clause a finite verb opens (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { buildArticle } from '../align/build.ts';

const articles = [
  buildArticle('a', 'قال مصدر إن حركة النسور الوطنية التي تريد استعادة الميناء بدعم من الجيران رفضت العرض. وأكد قائد حركة النسور الوطنية، العميد سليم دوران، أن المفاوضات مستمرة.', 'ar'),
  buildArticle('b', 'أعلنت حركة النسور الوطنية، التي يدعمها الجيران، انسحابها. ووصل العميد سليم دوران إلى المدينة، حيث التقى دوران، عددا من المسؤولين.', 'ar'),
  buildArticle('c', 'وقالت حركة النسور الوطنية إن العميد سليم دوران، الذي وصل أمس إلى المدينة، سيلتقي الوفد.', 'ar'),
];

describe('Arabic verbs (Arabic WordNet) read through the verb morphology', () => {
  it('tells a finite verb, and whether it carries an object pronoun, from a noun', () => {
    const { verb } = actorData('ar');
    expect(verb('التقي')).toEqual({ sense: 'only', tense: 'past', object: false, conjunction: false });
    expect(verb('ووصفته')).toMatchObject({ conjunction: true, object: true });
    expect(verb('تريد')?.object).toBe(false);
    expect(verb('يدعمها')?.object).toBe(true);
    expect(verb('الحكومه')).toBeUndefined();
  });
});

describe('a clause opened by a finite verb is no label', () => {
  const labels = findActors(articles).flatMap((a) => a.labels.map((l) => l.text));
  it('a relative clause whose verb has the actor as subject tells an act («التي تريد …», «الذي وصل …»)', () => {
    expect(labels.some((t) => t.startsWith('تريد') || t.startsWith('وصل'))).toBe(false);
  });
  it('one whose verb takes the actor as object still describes it («التي يدعمها الجيران»)', () => {
    expect(labels).toContain('يدعمها الجيران');
  });
  it('a verb before a name whose letters look like the article («حيث التقى X») is no title', () => {
    expect(labels).not.toContain('التقى');
  });
  it('the apposition of a title is kept', () => {
    expect(labels).toContain('قائد حركة النسور الوطنية');
  });
});

describe('English: a verb phrase before a name is no description of it', () => {
  const labels = findActors([
    buildArticle('a', 'Protesters vowed to oust Mara Quill within a week. Prices have soared since Mara Quill took office, and aides paid money to former campaign aide Tomas Reed.', 'en'),
    buildArticle('b', 'Critics want to oust Mara Quill. Mara Quill said former campaign aide Tomas Reed was lying.', 'en'),
  ]).flatMap((a) => a.labels.map((l) => l.text));
  it('one word after "to", a run after an auxiliary', () => {
    expect(labels).not.toContain('oust');
    expect(labels.some((t) => t.includes('soared'))).toBe(false);
  });
  it('a description after "to" as a preposition stays', () => {
    expect(labels).toContain('former campaign aide');
  });
});

describe('English: an attribution verb put before its speaker is no modifier of the title', () => {
  const labels = findActors([
    buildArticle('a', '“The ruling is a disgrace,” wrote Sen. Dana Whitlock on Monday. “We will appeal,” told Gov. Perry Lund reporters.', 'en'),
    buildArticle('b', 'Sen. Dana Whitlock criticised the court. Gov. Perry Lund promised an appeal, and Sen. Dana Whitlock agreed.', 'en'),
  ]).flatMap((a) => a.labels.map((l) => l.text));
  it('an irregular past listed in the attribution lexicon ("wrote", "told") stays out of the label', () => {
    expect(labels.some((t) => /\b(wrote|told)\b/u.test(t))).toBe(false);
  });
  it('the title itself is kept', () => {
    expect(labels).toContain('Sen');
  });
});

describe('English: a headline verb before a name is no description of it', () => {
  const labels = findActors([
    buildArticle('a', 'Tribunal clears Orla Venn of bribery\n\nThe tribunal acquitted Orla Venn on Friday, and populist mayor Orla Venn thanked her lawyers.', 'en'),
    buildArticle('b', 'Orla Venn acquitted\n\nA tribunal cleared Orla Venn of all charges, said veteran boss Ivo Marsh.', 'en'),
  ]).flatMap((a) => a.labels.map((l) => l.text));
  it('a present-tense verb ("clears X") is no title of X', () => {
    expect(labels).not.toContain('clears');
  });
  it('a singular head of a description stays, one ending in "-ss" too', () => {
    expect(labels).toContain('populist mayor');
    expect(actorData('en').isPluralShaped('boss')).toBe(false);
    expect(actorData('en').isPluralShaped('rebels')).toBe(true);
  });
});
