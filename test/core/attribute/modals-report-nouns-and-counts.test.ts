import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 16, issue 9): a relative after another cue's object, possessive
// report nouns before a copula, a cue's bare lemma after a modal; Arabic counts that show, verbal nouns whose
// first letter is a glued preposition's.
describe('English attribution: relatives after a cue\'s object, report nouns, modals', () => {
  it('a relative after another cue\'s object refers to that object, not to a noun before the cue', () => {
    const body = claimsOf('The union endorsed Petra Lund, who said she would fight the closures.', 'en');
    expect(attributionAt(body, 'fight the closures')).toMatchObject({ source: { text: 'Petra Lund' }, cue: { text: 'said' } });
    expect(attributionAt(body, 'endorsed')).toMatchObject({ source: { text: 'The union' } });
    // A title after the cue is the antecedent too (it used to give "union praised the mayor").
    const title = claimsOf('The union praised the mayor, who said she would fight the closures.', 'en');
    expect(attributionAt(title, 'fight the closures')?.source.text).toBe('the mayor');
  });

  it('a possessive report noun takes its that-clause after a copula ("her view is that …")', () => {
    const named = claimsOf('Mayor Ines Kovac\'s view is that the ferry pays for itself.', 'en');
    expect(attributionAt(named, 'ferry')).toMatchObject({ source: { text: 'Mayor Ines Kovac' }, cue: { text: 'view' }, content: { text: 'the ferry pays for itself' } });
    const pronoun = claimsOf('The council met twice. Their position remained that the ferry pays for itself.', 'en');
    expect(attributionAt(pronoun, 'ferry')?.cue.text).toBe('position');
    // A source noun after a determiner is a possessor as well; a thing is none.
    expect(attributionAt(claimsOf('The governor\'s bet is that tolls will fall.', 'en'), 'tolls')?.source.text).toBe('The governor');
    expect(attributionAt(claimsOf('The bridge\'s point is that tolls will fall.', 'en'), 'tolls')).toBeNull();
    // A copula with no that-clause reports nothing.
    expect(attributionAt(claimsOf('Her message was short.', 'en'), 'short')).toBeNull();
  });

  it('after a modal, the bare lemma a cue\'s forms leave out is the verb ("would call", "will demand")', () => {
    expect(attributionAt(claimsOf('Opponents would call the levy a bailout.', 'en'), 'bailout')).toMatchObject({ source: { text: 'Opponents' }, cue: { text: 'call' } });
    expect(attributionAt(claimsOf('The auditors will probably demand fuller accounts.', 'en'), 'accounts')).toMatchObject({ source: { text: 'The auditors' }, cue: { text: 'demand' } });
    expect(attributionAt(claimsOf('The unions could also denounce the deal as a sellout.', 'en'), 'sellout')?.cue.text).toBe('denounce');
    // Without a modal the bare word stays a noun.
    expect(attributionAt(claimsOf('The demand for steel will fall next year.', 'en'), 'steel')).toBeNull();
    expect(attributionAt(claimsOf('A call from the palace ended the talks.', 'en'), 'palace')).toBeNull();
  });

  it('an adverb making up a whole aside between the subject and its cue is skipped ("Hale, too, said")', () => {
    expect(attributionAt(claimsOf('Mayor Ruiz, too, warned that the ferry loses money.', 'en'), 'ferry')).toMatchObject({ source: { text: 'Mayor Ruiz' }, cue: { text: 'warned' } });
    expect(attributionAt(claimsOf('The auditors, of course, argued that the ferry loses money.', 'en'), 'ferry')?.source.text).toBe('The auditors');
    // An aside with more than the adverb is not one of these; an inverted cue after the aside keeps its subject after it.
    expect(attributionAt(claimsOf('Mayor Ruiz, too late, warned that the ferry loses money.', 'en'), 'ferry')?.source.text).not.toBe('Mayor Ruiz');
    expect(attributionAt(claimsOf('The ferry pays for itself, too, said Mayor Ruiz.', 'en'), 'ferry')?.source.text).toBe('Mayor Ruiz');
  });

  it('a subject pronoun contracted with "has" keeps the past participle a verb ("he\'s said that …")', () => {
    expect(attributionAt(claimsOf('He\'s said that the ferry pays for itself.', 'en'), 'ferry')).toMatchObject({ source: { text: 'He' }, cue: { text: 'said' } });
    expect(attributionAt(claimsOf('She’s warned that the dam leaks.', 'en'), 'dam')?.cue.text).toBe('warned');
    // A possessor before the form still makes it a noun.
    expect(attributionAt(claimsOf('The agency\'s reports are late again.', 'en'), 'late')).toBeNull();
  });
});

describe('Arabic attribution: counts that show, verbal nouns after a channel', () => {
  it('a verb of showing with a count of votes as its subject, content after the comma with no أن', () => {
    const counts = claimsOf('أظهرت حسابات أولية، تقدم مرشح الائتلاف بفارق واسع.', 'ar');
    expect(attributionAt(counts, 'تقدم')).toMatchObject({ source: { text: 'حسابات أولية', kind: 'document' }, cue: { text: 'أظهرت' }, content: { text: 'تقدم مرشح الائتلاف بفارق واسع' } });
    const tally = claimsOf('وأظهر الفرز الأولي، تقدم مرشح الائتلاف بفارق واسع.', 'ar');
    expect(attributionAt(tally, 'تقدم')?.source).toMatchObject({ text: 'الفرز الأولي', kind: 'document' });
  });

  it('after a channel, a verbal noun whose first root letter is ب/ل/ك opens the object; a preposition and its noun stay in the channel', () => {
    const nullity = claimsOf('وأكد الاتحاد في بيان بطلان الاتفاق السابق.', 'ar');
    expect(attributionAt(nullity, 'الاتفاق')).toMatchObject({ source: { text: 'الاتحاد' }, via: { text: 'بيان' }, content: { text: 'بطلان الاتفاق السابق' } });
    const need = claimsOf('وأكد الاتحاد في بيان لزوم المشاركة في الانتخابات.', 'ar');
    expect(attributionAt(need, 'المشاركة')?.via?.text).toBe('بيان');
    const enough = claimsOf('وأكدت النقابة في بيان كفاية الأجور الحالية.', 'ar');
    expect(attributionAt(enough, 'الأجور')).toMatchObject({ via: { text: 'بيان' }, content: { text: 'كفاية الأجور الحالية' } });
    // «بمناسبة الذكرى» is the occasion of the statement, not what was stressed.
    const occasion = claimsOf('وأكد الاتحاد في بيان بمناسبة الذكرى أن الاتفاق باطل.', 'ar');
    expect(attributionAt(occasion, 'باطل')?.content?.text).toBe('الاتفاق باطل');
  });
});
