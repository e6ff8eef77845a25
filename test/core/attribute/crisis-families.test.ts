/** Attribution errors found on a read of an English political-crisis story, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('acts are not reports: dismissing a person or an office', () => {
  it('"dismissed Chief Minister X" is an act; "dismissed the claims" and "dismissed criticism from the prime minister" stay reports', () => {
    const relative = claimsOf('Governor Lana Brill, who dismissed Chief Minister Tom Arlo, also banned gatherings.', 'en');
    expect(relative[0]!.attribution?.cue?.text).not.toBe('dismissed');
    expect(claimsOf('The governor has closed the assembly and dismissed Chief Minister Tom Arlo.', 'en')[0]!.attribution ?? null).toBeNull();
    expect(attributionAt(claimsOf('The minister dismissed the claims as baseless.', 'en'), 'claims')?.cue?.text).toBe('dismissed');
    expect(attributionAt(claimsOf('Ms Arno dismissed criticism from the prime minister as noise.', 'en'), 'noise')?.cue?.text).toBe('dismissed');
  });
});

describe('a free relative "what they said were …" is no report of the claim', () => {
  it('carries no speaker, neither its own pronoun nor an earlier one', () => {
    const claims = claimsOf('The union leader spoke on Monday. Hundreds of farmers had rallied in the capital, criticising what they said were failures of the ministry.', 'en');
    // "criticising" is the farmers' stance (issue 9: condemning verbs introduce sources); "said" reports nothing.
    const a = attributionAt(claims, 'Hundreds of farmers');
    expect(a?.cue.text).toBe('criticising');
    expect(a?.source.text).toMatch(/^Hundreds/);
    expect(claimsOf('The union leader spoke on Monday. Hundreds of farmers had rallied in the capital over what they said were failures of the ministry.', 'en').every((c) => c.attribution === null)).toBe(true);
  });
});

describe('pronoun number: "he"/"she" does not continue a plural source', () => {
  it('"Her critics denounced …. …, she promised …" goes back to the singular person, or stays "she"', () => {
    const named = claimsOf('Governor Lana Brill said the assembly was closed for a month. Her critics denounced the decision as a coup. Following a meeting with union leaders, she promised to reopen the assembly.', 'en');
    expect(attributionAt(named, 'she promised')?.source.text).toBe('Governor Lana Brill');
    const unnamed = claimsOf('The assembly was closed on Sunday. Her critics denounced the decision as a coup. Later, she promised to reopen the assembly.', 'en');
    expect(attributionAt(unnamed, 'she promised')?.source.text).not.toBe('Her critics');
    // A plural source still carries to "they".
    const plural = claimsOf('Her critics denounced the decision as a coup. They also promised to march on Friday.', 'en');
    expect(attributionAt(plural, 'They also')?.source.text).toBe('Her critics');
  });
});

describe('a group noun with "in/of/from" + a body keeps its head', () => {
  it('"His opponents in parliament accused …" is the opponents, not the parliament', () => {
    const source = claimsOf('His opponents in parliament immediately accused him of a power grab.', 'en')[0]!.attribution?.source;
    expect(source?.text).toBe('His opponents in parliament');
    expect(source?.kind).not.toBe('organization');
    expect(claimsOf('Rivals in congress quickly accused her of grabbing power.', 'en')[0]!.attribution?.source.text).toBe('Rivals in congress');
  });
});

describe('a reduced passive relative takes its agent', () => {
  it('"… in a move condemned as a coup by his rivals" is the rivals, not "a move"', () => {
    const claim = claimsOf('The governor closed the assembly in a move condemned as an attack on democracy by his rivals.', 'en')[0]!;
    expect(claim.attribution).toMatchObject({ source: { text: 'his rivals' }, cue: { text: 'condemned' }, rule: 'passive-agent' });
    // An active verb with "by" in its object is no passive: "the minister condemned the attack by militants".
    expect(claimsOf('In a speech the minister condemned the attack by militants.', 'en')[0]!.attribution?.source.text).toBe('the minister');
  });
});

describe('a lone name the article uses for a body is that body', () => {
  it('"Brightway wrote in a statement" after "the Islamist-inspired Brightway party" is an organisation; a person named so stays a person', () => {
    const party = claimsOf('Thousands marched against the Islamist-inspired Brightway party.\n\n"This is a coup," Brightway wrote in a statement.', 'en');
    expect(attributionAt(party, 'coup')?.source).toMatchObject({ text: 'Brightway', kind: 'organization' });
    const senator = claimsOf('Voters backed the Vale party. Senator Ann Vale spoke. "This is a coup," Vale wrote in a statement.', 'en');
    expect(attributionAt(senator, 'coup')?.source.kind).toBe('person');
    const campaign = claimsOf('The Vale campaign grew. "This is a coup," Vale wrote in a statement.', 'en');
    expect(attributionAt(campaign, 'coup')?.source.kind).toBe('person');
  });
});

describe('pronoun number: "they" does not continue a single person', () => {
  it('"Mr. Dorn said … . They later said …" is not Mr. Dorn', () => {
    const claims = claimsOf('Mr. Dorn said the plan would fail. They later said the vote was rigged.', 'en');
    expect(attributionAt(claims, 'They later')?.source.text).not.toBe('Mr. Dorn');
    const body = claimsOf('The ministry said the plan would fail. They later said the vote was rigged.', 'en');
    expect(attributionAt(body, 'They later')?.source.text).toBe('The ministry');
  });
});
