import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 9): families of English attribution, not single sentences.
describe('English attribution families (session 9)', () => {
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

  it('families that already held: numbers, appositions, titles with names, quotations across sentences', () => {
    expect(claimsOf('Pedro Alves, 66, said his house was destroyed.', 'en')[0]!.attribution?.source.text).toBe('Pedro Alves');
    expect(claimsOf('John Parker, adviser to the prime minister, said the plan was ready.', 'en')[0]!.attribution?.source.text).toContain('John Parker');
    expect(claimsOf('The head of the electoral board, Jalil Omar, said results would be final.', 'en')[0]!.attribution?.source.text).toContain('Jalil Omar');
    const quoted = '"We will rebuild the schools," the minister said. "We will open the clinics soon."';
    expect(claimsOf(quoted, 'en').map((c) => c.attribution?.source.text)).toEqual(['the minister', 'the minister']);
  });
});
