import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 14): the object blamed for its words, a preposition left at the
// end of a source, and a subject set off by an aside before an inverted-looking content.
describe('English attribution: blamed objects, prepositions ending a source', () => {
  it('"attacked X for claiming …": X, the object blamed, claimed', () => {
    const text = 'The senator attacked the governor for claiming that the budget was balanced.';
    expect(attributionAt(claimsOf(text, 'en'), 'the budget was balanced')).toMatchObject({ source: { text: 'the governor' }, cue: { text: 'claiming' } });
    const thanked = 'She thanked the volunteers for warning that the dam could fail.';
    expect(attributionAt(claimsOf(thanked, 'en'), 'the dam could fail')?.source.text).toBe('the volunteers');
    // No person or body between the verb and "for": the host clause's subject keeps the words.
    const praise = 'The mayor earned praise for saying that the park would stay open.';
    expect(attributionAt(claimsOf(praise, 'en'), 'the park would stay open')?.source.text).toBe('The mayor');
    const passive = 'The mayor was arrested for saying that the king was ill.';
    expect(attributionAt(claimsOf(passive, 'en'), 'the king was ill')?.source.text).toBe('The mayor');
  });

  it('after the blamed object spoke, a participle clause and a later "he" go on with the host subject', () => {
    const text = 'The senator attacked the governor for claiming that the budget was balanced, calling him reckless. He said the roads were bad.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'calling him reckless')?.source.text).toBe('The senator');
    expect(attributionAt(claims, 'the roads were bad')?.source.text).toBe('The senator');
  });

  it('a preposition is no last word of a source: dropped before a gerund, completed by its relative', () => {
    const credit = 'She gave credit to the nurses for speaking out against the cuts.';
    expect(attributionAt(claimsOf(credit, 'en'), 'against the cuts')?.source.text).toBe('the nurses');
    const most = 'The plan angered the nurses, most of whom said the ward was unsafe.';
    expect(attributionAt(claimsOf(most, 'en'), 'the ward was unsafe')?.source.text).toBe('most of whom');
    // A stranded preposition closing a relative clause stays ("experts I spoke to").
    const stranded = 'His views were echoed by a number of tax experts I spoke to this week.';
    expect(attributionAt(claimsOf(stranded, 'en'), 'His views')?.source.text).toBe('a number of tax experts I spoke to');
  });

  it('"The study, published in May, said the site, which …": the subject before the aside, not an inverted one', () => {
    const text = 'The report, released in March, said the old mill, which closed in 1990, still holds toxic waste.';
    expect(attributionAt(claimsOf(text, 'en'), 'still holds toxic waste')).toMatchObject({ source: { text: 'The report' }, cue: { text: 'said' } });
    // A clause before the comma is content: "…, said X" still inverts.
    const inverted = 'The bill is dead, said Tom Reyes, a spokesman.';
    expect(attributionAt(claimsOf(inverted, 'en'), 'The bill is dead')?.source.text).toMatch(/^Tom Reyes/);
    const opener = 'In the north, the rebels burned the depot, killing two guards, said Ana Vidal, a local official.';
    expect(attributionAt(claimsOf(opener, 'en'), 'burned the depot')?.source.text).toMatch(/^Ana Vidal/);
  });
});
