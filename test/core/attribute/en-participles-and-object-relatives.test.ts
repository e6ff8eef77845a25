import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 15, PolNeAR tune families): participles whose subject is the
// main clause's, not the previous sentence's speaker; a relative clause reporting with a pronoun clause.
describe('English attribution: participles and object relatives', () => {
  it('a participle after a main clause with no cue of its own takes that clause\'s quantified subject', () => {
    const text = 'The mayor spoke first. In a column printed on Sunday, two Harbor City planners begged the council to wait, arguing that the tunnel floods.';
    expect(attributionAt(claimsOf(text, 'en'), 'arguing')).toMatchObject({ source: { text: 'two Harbor City planners' }, cue: { text: 'arguing' } });
  });

  it('an adverb or a gerund preposition between the comma and the participle keeps it the main clause\'s', () => {
    const adverb = 'The judge spoke first. After the hearing, Vance’s lawyers were cheerful, perhaps recognizing that the ruling helps them.';
    expect(attributionAt(claimsOf(adverb, 'en'), 'recognizing')?.source.text).toContain('Vance');
    const despite = 'The clerk spoke first. Council leader Ada Rook, despite admitting that she had doubts, signed the order.';
    expect(attributionAt(claimsOf(despite, 'en'), 'admitting')).toMatchObject({ source: { text: 'Council leader Ada Rook' }, cue: { text: 'admitting' } });
  });

  it('a participle opening the sentence is said by the main clause\'s subject, whose verb reports on its own', () => {
    const text = 'The senator spoke first. Citing an old memo, Governor Hale repeatedly accused the mayor of fraud.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'Citing')).toMatchObject({ source: { text: 'Governor Hale' }, cue: { text: 'Citing' } });
    expect(attributionAt(claims, 'accused')).toMatchObject({ source: { text: 'Governor Hale' }, cue: { text: 'accused' } });
    // A phrase with an aside after the subject ("the aide, who …") is left to the rules before.
    const aside = 'The senator spoke first. Citing an old memo, the aide, who had read it, stayed silent.';
    expect(attributionAt(claimsOf(aside, 'en'), 'Citing')?.source.text).not.toBe('the aide');
  });

  it('", who says he is …": a relative\'s report with a pronoun clause after its cue is a claim of its own', () => {
    const claims = claimsOf('The mayor endorsed Marta Diaz, who said she was grateful.', 'en');
    expect(attributionAt(claims, 'grateful')).toMatchObject({ source: { text: 'Marta Diaz' }, cue: { text: 'said' } });
    expect(attributionAt(claims, 'endorsed')).toMatchObject({ source: { text: 'The mayor' } });
    // ", who told him" and a closing "…, who said so" stay as they were (no pronoun clause after the cue).
    expect(attributionAt(claimsOf('The plan will fail, said Ana Ruiz, who told him.', 'en'), 'The plan')?.source.text).toBe('Ana Ruiz');
  });

  it('a passive agent ends before a preposition opening a gerund ("by fellow doctors for promoting …")', () => {
    const text = 'Ann Lee — a nurse and TV host — has been called a quack by fellow doctors for promoting “miracle” teas.';
    expect(attributionAt(claimsOf(text, 'en'), 'a quack')).toMatchObject({ source: { text: 'fellow doctors' }, cue: { text: 'called' } });
    // A singular thing after "by" is still no agent.
    expect(attributionAt(claimsOf('The bridge was called a hazard by the storm for cracking.', 'en'), 'hazard')).toBeNull();
  });

  it('an object relative after a comma ("…, which the network cited as …") is its subject\'s report', () => {
    const claims = claimsOf('The host denounced the war, which the network cited as proof of its openness.', 'en');
    expect(attributionAt(claims, 'proof')).toMatchObject({ source: { text: 'the network' }, cue: { text: 'cited' } });
    expect(attributionAt(claims, 'denounced')).toMatchObject({ source: { text: 'The host' } });
  });

  it('an inverted name closed by a parenthetical aside is the source ("said Mr. Holm (a view …)")', () => {
    const text = '“The levy is a mistake,” said Mr. Holm (a view shared by every banker I asked).';
    expect(attributionAt(claimsOf(text, 'en'), 'The levy')).toMatchObject({ source: { text: 'Mr. Holm' }, cue: { text: 'said' } });
    // A short aside stays part of the source as before.
    expect(attributionAt(claimsOf('The levy is a mistake, said Mr. Holm (an economist).', 'en'), 'The levy')?.source.text).toBe('Mr. Holm (an economist)');
  });

  it('a participle after a restrictive relative\'s report is the main clause\'s ("a builder who said …, saying")', () => {
    const text = 'Governor Hale was plainly annoyed about the unpaid builder who said he was cheated on the job, saying, “Maybe he did poor work.”';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'poor work')).toMatchObject({ source: { text: 'Governor Hale' }, cue: { text: 'saying' } });
    // After a comma the relative is an aside of its antecedent's, which goes on speaking.
    const aside = claimsOf('The senator spoke first. Governor Hale met the builder, who said he was cheated, saying that the job was poor.', 'en');
    expect(attributionAt(aside, 'the job was poor')?.source.text).toBe('the builder');
  });

  it('"X\'s conclusion that …" reports like the other possessed report nouns', () => {
    const claims = claimsOf('Judge Amira Cole\'s conclusion that the map is lawful is not widely shared.', 'en');
    expect(attributionAt(claims, 'the map')).toMatchObject({ source: { text: 'Judge Amira Cole' }, cue: { text: 'conclusion' } });
    expect(attributionAt(claimsOf('The conclusion that the map is lawful is not widely shared.', 'en'), 'the map')).toBeNull();
  });

  it('a coordinated verb after an opening subordinate clause takes the main clause\'s subject, not the subordinate one\'s', () => {
    const text = 'When rebels are exposed as part of the plot, Ruiz and Lang call them "strays" and describe their raids as crimes.';
    // Both speakers (session 19: "call them “…”" reports too, and "Ruiz and Lang" is one source).
    expect(attributionAt(claimsOf(text, 'en'), 'describe')).toMatchObject({ source: { text: 'Ruiz and Lang' }, cue: { text: 'describe' } });
    // Inside the subordinate clause the verb still shares its own subject.
    const inner = claimsOf('The economy slowed after the central bank raised rates and said more hikes were coming.', 'en');
    expect(attributionAt(inner, 'more hikes')?.source.text).toBe('the central bank');
  });
});
