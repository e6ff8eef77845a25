import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 9): families of English attribution, not single sentences.
describe('English attribution: acronyms, "then said", absolute constructions, acts', () => {
  it('an acronym spelt like a pronoun ("WHO", "US") is a name, not the pronoun; a shouted heading is left alone', () => {
    const who = 'The WHO announced that the outbreak was over.';
    expect(claimsOf(who, 'en')[0]!.attribution).toMatchObject({ source: { ...at(who, 'The WHO'), kind: 'organization' } });
    const chief = 'WHO chief Anna Berg said the outbreak was over.';
    expect(claimsOf(chief, 'en')[0]!.attribution?.source.text).toBe('WHO chief Anna Berg');
    const us = 'The US said the talks would resume.';
    expect(claimsOf(us, 'en')[0]!.attribution?.source).toMatchObject(at(us, 'The US'));
    // Lower case stays the pronoun: "who" opens a relative clause.
    const relative = 'The mayor, who spoke on Monday, said the roads were clear.';
    expect(claimsOf(relative, 'en')[0]!.attribution?.source.text).toBe('The mayor');
  });

  it('", then said": the first verb\'s subject speaks, not the object before the comma', () => {
    const text = 'The governor received the delegation, then said the talks had been useful.';
    expect(claimsOf(text, 'en')[0]!.attribution).toMatchObject({ source: at(text, 'The governor'), cue: at(text, 'said') });
  });

  it('a participle right after the cue verb, no comma between, is a clause of its own by the same speaker', () => {
    const text = '“We are ready,” the coach said adding, “we will win the cup.”';
    const claims = claimsOf(text, 'en');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['said', 'adding']);
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['the coach', 'the coach']);
  });

  it('"…, with X confirming Y": the absolute construction names the speaker of the participle', () => {
    const text = 'Images of the flood spread quickly, with local reporters confirming the scale of the damage.';
    expect(claimsOf(text, 'en')[0]!.attribution).toMatchObject({ source: at(text, 'local reporters'), cue: at(text, 'confirming') });
    // With no speaker after "with", nothing is reported.
    expect(claimsOf('The river rose quickly, with water confirming nothing.', 'en')[0]!.attribution?.source.text).not.toBe('water confirming');
  });

  it('acts are no reports: passing a bill, declaring a quoted emergency', () => {
    expect(claimsOf('Senators approved the bill, and the session closed early.', 'en')[0]!.attribution).toBeNull();
    expect(claimsOf('In a late address, the president declared a "state of emergency" and left the hall.', 'en').every((c) => c.attribution === null)).toBe(true);
    // A quotation that is speech still reports.
    const said = 'The president declared: "We will not give in."';
    expect(claimsOf(said, 'en')[0]!.attribution?.source.text).toBe('The president');
  });

  it('"Outlet/ Head of X A B objected …": the slash ends a dateline; "of" joins a title to its capitalised name', () => {
    const text = 'River News/ Head of the Union Alliance Omar Haddad objected to the results, describing them as "rigged."';
    const source = claimsOf(text, 'en')[0]!.attribution?.source.text;
    expect(source).toContain('Omar Haddad');
    expect(source).not.toContain('River News');
    // A slash inside a word ("AC/DC") is no dateline.
    expect(claimsOf('AC/DC fans said the show was loud.', 'en')[0]!.attribution?.source.text).toContain('fans');
  });

  it('families that already held: numbers, appositions, titles with names, quotations across sentences', () => {
    expect(claimsOf('Pedro Alves, 66, said his house was destroyed.', 'en')[0]!.attribution?.source.text).toBe('Pedro Alves');
    expect(claimsOf('John Parker, adviser to the prime minister, said the plan was ready.', 'en')[0]!.attribution?.source.text).toContain('John Parker');
    expect(claimsOf('The head of the electoral board, Jalil Omar, said results would be final.', 'en')[0]!.attribution?.source.text).toContain('Jalil Omar');
    const quoted = '"We will rebuild the schools," the minister said. "We will open the clinics soon."';
    expect(claimsOf(quoted, 'en').map((c) => c.attribution?.source.text)).toEqual(['the minister', 'the minister']);
  });
});
