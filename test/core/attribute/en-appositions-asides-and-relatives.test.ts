import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 12): English source spans on PolNeAR tune (appositions,
// asides, quotations after an inverting cue).
describe('English attribution: appositions, asides, relatives', () => {
  it('a short name keeps a long apposition after it (the name is the speaker)', () => {
    const text = 'The towns sued. Ana Ortiz, the Republican mayor of Dunmore, said the rule was illegal. Paul Vance, director of the Center for Water Policy at Lakeside State University’s law school, said the towns were wrong.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'Paul Vance')?.source.text).toMatch(/^Paul Vance, director of the Center/);
    // A long phrase with no name before it is still no subject.
    const bare = 'The towns sued. Ana Ortiz said the rule was illegal. Officials from three of the counties that border the lake on its northern and eastern shores said it was fine.';
    expect(attributionAt(claimsOf(bare, 'en'), 'Officials from')?.source.text).not.toBe('Ana Ortiz');
  });

  it('an apposition headed by a person noun the lists lack ("a historian who …") is taken whole', () => {
    const text = 'Lena Brook, a historian who attended the dinner, said that the plan was dead.';
    expect(attributionAt(claimsOf(text, 'en'), 'Lena Brook')?.source.text).toBe('Lena Brook, a historian who attended the dinner');
    // Without a name before it the relative clause's object is still not taken.
    const other = 'Lena Brook, a woman who attended the dinner, said that the plan was dead.';
    expect(attributionAt(claimsOf(other, 'en'), 'Lena Brook')?.source.text).toMatch(/^Lena Brook/);
  });

  it('a quotation right after an inverting cue is what was said, never who said it', () => {
    const text = 'Tom Reyes, a pastor, recalled, "Out of nowhere, she said the flood was coming."';
    expect(attributionAt(claimsOf(text, 'en'), 'Tom Reyes')?.source.text).toBe('Tom Reyes, a pastor');
    const bare = 'Afterwards, recalled, "Out of nowhere, the flood came."';
    expect(attributionAt(claimsOf(bare, 'en'), 'Afterwards')?.source.text ?? '').not.toMatch(/Out of nowhere/);
  });

  it('a dash aside with a comma inside it is skipped like one without', () => {
    const text = 'Jo Park, the head of Lantern Films -- the studio that makes the show, which also streams online -- told me, "We sell stories."';
    expect(attributionAt(claimsOf(text, 'en'), 'Jo Park')?.source.text).toMatch(/^Jo Park, the head of Lantern Films/);
  });

  it('a participle after a channel noun reports for the host clause, also after an irregular past or a longer phrase', () => {
    const held = 'The mayor held a news conference announcing that the town would sue the mill.';
    expect(attributionAt(claimsOf(held, 'en'), 'The mayor')).toMatchObject({ source: { text: 'The mayor' }, cue: { text: 'announcing' } });
    const spoke = 'Two teachers spoke at a crowded briefing announcing that the school would close.';
    expect(attributionAt(claimsOf(spoke, 'en'), 'Two teachers')).toMatchObject({ source: { text: 'Two teachers' } });
    // A participle after a noun that is no channel stays part of the clause.
    const plain = 'The mayor held a parade announcing the new season.';
    expect(attributionAt(claimsOf(plain, 'en'), 'The mayor')).toBeNull();
  });

  it('a dash aside, a clause or an apposition, is skipped before the cue', () => {
    const clause = 'The guilds — the smallest guild did not join — said they expected new talks.';
    expect(attributionAt(claimsOf(clause, 'en'), 'The guilds')?.source.text).toBe('The guilds');
    const apposition = 'The harbour master – a careful man – said the ferries would wait.';
    expect(attributionAt(claimsOf(apposition, 'en'), 'The harbour master')?.source.text).toBe('The harbour master');
    // A dash that opens a new clause still ends the subject.
    const clauseAfter = 'The tally was close – the board said it would count again.';
    expect(attributionAt(claimsOf(clauseAfter, 'en'), 'The tally')?.source.text).toBe('the board');
  });

  it('a plural noun of bodies heads a source, also after a figure ("10 unions said")', () => {
    const text = 'The walkout was a success, 12 regional unions said on Friday, and asked the council to reopen talks.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'The walkout')).toMatchObject({ source: { text: '12 regional unions', kind: 'organization' } });
    expect(attributionAt(claims, 'asked the council')?.source.text).toBe('12 regional unions');
    // A bare figure is still no speaker.
    expect(attributionAt(claimsOf('Prices rose to 27 percent, in a move that surprised traders.', 'en'), 'Prices rose')).toBeNull();
  });

  it('"be" after a modal makes a passive ("will not be confirmed until …") or a progressive ("will be announcing that …")', () => {
    const passive = 'Lena Brook said she would appeal. Her sentence will not be confirmed until the appeal ends.';
    expect(attributionAt(claimsOf(passive, 'en'), 'Her sentence')).toBeNull();
    const progressive = 'The governor will be announcing that the dam will close.';
    expect(attributionAt(claimsOf(progressive, 'en'), 'The governor')?.source.text).toBe('The governor');
    const agent = 'The result will be announced by the commission on Monday.';
    expect(attributionAt(claimsOf(agent, 'en'), 'The result')?.source.text).toBe('the commission');
  });

  it('", adding the X was …": a participle before a clause with no "that" is a report, not an act', () => {
    const text = '“It was a long night,” a statement by the nurses said, adding the turnout was high in most wards.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'the turnout was high')).toMatchObject({ cue: { text: 'adding' }, source: { text: 'a statement by the nurses' } });
    // "added three seats" is still what was done.
    expect(attributionAt(claimsOf('The alliance added three seats on Monday.', 'en'), 'The alliance')).toBeNull();
  });

  it('a quotation run over paragraphs, each reopened and closed in the last, is the closing cue\'s speaker', () => {
    const text = 'The governor spoke on Monday.\n\n“In spring, loans were cheap. When you raise rates, you slow lending.\n\n“We are seeing it happen. And I must admit that we are not pleased.\n\n“If you do nothing, prices will climb,” Vera Holt explained.\n\nThe bank meets again in June.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'In spring')).toMatchObject({ source: { text: 'Vera Holt' }, rule: 'quote-continues' });
    expect(attributionAt(claims, 'We are seeing')?.source.text).toBe('Vera Holt');
    expect(attributionAt(claims, 'If you do nothing')?.source.text).toBe('Vera Holt');
    expect(attributionAt(claims, 'The bank meets')).toBeNull();
    // One paragraph left open with no closing mark after it gives nothing.
    const open = 'The governor spoke.\n\n“In spring, loans were cheap.\n\nThe bank meets again in June.';
    expect(attributionAt(claimsOf(open, 'en'), 'In spring')).toBeNull();
  });

  it('a modal between the subject and the cue is skipped ("I must confess that …", "may say")', () => {
    expect(attributionAt(claimsOf('The minister may say that the plan failed.', 'en'), 'The minister')?.source.text).toBe('The minister');
    expect(attributionAt(claimsOf('The minister must admit that the plan failed.', 'en'), 'The minister')?.source.text).toBe('The minister');
  });

  it('"When asked if …, X said": a past form right after an opening subordinator is a reduced passive, no report', () => {
    const text = 'The bank kept its rate. When asked if the bank will go on raising it as long as prices climb further, Okoro said: “I have said so.”';
    const claims = claimsOf(text, 'en');
    expect(claims.filter((c) => c.attribution?.cue.text === 'asked')).toHaveLength(0);
    expect(attributionAt(claims, 'I have said so')?.source.text).toBe('Okoro');
    // A clause with its own subject after the subordinator still reports.
    expect(attributionAt(claimsOf('When officials said the dam was safe, residents left.', 'en'), 'officials said')?.source.text).toBe('officials');
  });

  it('a relative clause on the subject ("The man who sent the letter said") leaves the phrase before the pronoun as the subject', () => {
    expect(attributionAt(claimsOf('The man who sent the letter said that the mill would close.', 'en'), 'The man')?.source.text).toBe('The man');
    expect(attributionAt(claimsOf('The lawyers who are representing him said that the mill would close.', 'en'), 'The lawyers')?.source.text).toBe('The lawyers');
    // An object relative keeps its own subject: "a claim that the ministry called false".
    expect(attributionAt(claimsOf('A claim that the ministry called false spread fast.', 'en'), 'A claim')?.source.text).toBe('the ministry');
  });

  it('", which the owner says …": an object relative running up to the cue holds its subject; "X, who …, said" stays an aside', () => {
    const text = 'The guild bought a share in the quarry, which the owner says he will keep open.';
    expect(attributionAt(claimsOf(text, 'en'), 'The guild')?.source.text).toBe('the owner');
    const aside = 'The owner, who was late, said the quarry would stay open.';
    expect(attributionAt(claimsOf(aside, 'en'), 'The owner')?.source.text).toBe('The owner');
  });

  it('"Asked to describe …, X said": the infinitive after an opening participle is the question, no report', () => {
    const text = 'Asked to describe the device that caused the blast, Lopez said, "Not going to go into that."';
    const claims = claimsOf(text, 'en');
    expect(claims.filter((c) => c.attribution?.cue.text === 'describe')).toHaveLength(0);
    expect(attributionAt(claims, 'Not going')?.source.text).toBe('Lopez');
    // "When asked to explain …," the same: the one asked speaks in the main clause.
    const when = claimsOf('When asked to explain the delay, Lopez said the crews were tired.', 'en');
    expect(when.filter((c) => c.attribution)).toHaveLength(1);
    expect(attributionAt(when, 'the crews were tired')?.source.text).toBe('Lopez');
  });
});
