/**
 * Session 21 English families, on sentences written for these tests: "The treaty states that …" reports
 * through a document ("member states that …" stays a noun); a passive relative ("the claims that were denied
 * by the council") reports nothing, nor runs its agent into the main verb; "shows soldiers firing" after a
 * document is a small clause; a navy or coast guard is a body; "One after another," opens no source; a
 * participle inside a quotation that runs over paragraphs is the quoted speaker's, not "“When"'s.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('"states" as a verb', () => {
  it('a document that states a clause reports it', () => {
    expect(reports('The treaty states that both sides will withdraw their troops.')).toEqual([expect.objectContaining({ source: 'The treaty', kind: 'document', cue: 'states', content: 'both sides will withdraw their troops' })]);
    expect(reports('The charter states that members must pay dues.')[0]).toEqual(expect.objectContaining({ source: 'The charter', kind: 'document' }));
  });

  it('"states" as a noun reports nothing', () => {
    expect(reports('Several states that border the river signed the pact.')).toEqual([]);
    expect(reports('United States President Ana Ruiz issued a statement saying that the talks had failed.')).toEqual([expect.objectContaining({ source: 'United States President Ana Ruiz', cue: 'saying' })]);
    expect(reports('Both states that signed the deal said they would comply.')).toEqual([expect.objectContaining({ cue: 'said', content: 'they would comply' })]);
  });
});

describe('a passive relative on a noun', () => {
  it('names no source, and its agent does not run into the main verb', () => {
    expect(reports('The claims that were denied by the council spread quickly.')).toEqual([]);
    expect(reports('The rumours, which were denied by the mayor, spread quickly.')).toEqual([]);
  });

  it('a passive with its agent and a clause still reports', () => {
    expect(reports('It was announced by the ministry that the border would reopen.')).toEqual([expect.objectContaining({ source: 'the ministry', cue: 'announced' })]);
    expect(reports('The governor, who was criticised by the unions, said the budget was fair.')).toEqual([expect.objectContaining({ source: 'The governor', cue: 'said' })]);
  });
});

describe('"shows" with a noun and an -ing form', () => {
  it('a document shows what it shows', () => {
    expect(reports('Footage verified by the agency shows soldiers firing at the crowd.')).toEqual([expect.objectContaining({ source: 'Footage', kind: 'document', cue: 'shows', content: 'soldiers firing at the crowd' })]);
  });

  it('"shows" as a noun stays silent', () => {
    expect(reports("The network's shows featuring the host drew crowds.")).toEqual([]);
    expect(reports('His talk shows attract viewers.')).toEqual([]);
  });
});

describe('kinds and fronted phrases', () => {
  it('a navy and a coast guard are bodies', () => {
    expect(reports('The navy said it rescued 40 people.')[0]!.kind).toBe('organization');
    expect(reports('The coast guard said two boats sank.')[0]!.kind).toBe('organization');
  });

  it('"One after another," never speaks', () => {
    expect(reports('One after another, small lenders declared losses and said they could not pay.').map((c) => c.source)).not.toContain('One after another');
    expect(reports('One by one, the senators said they would back the bill.')).toEqual([expect.objectContaining({ source: 'the senators' })]);
  });
});

describe('a quotation over paragraphs', () => {
  it('a participle inside it is the quoted speaker’s', () => {
    const text = '“When the landlord raised the rent to over 500 last year, we were asked through the tenants’ committee to bear with him, promising he will cut it again.\n\n“But to our surprise, we saw a bill of 900. This is outrageous,” the tenant lamented.';
    const claims = reports(text);
    expect(claims.map((c) => c.source)).not.toContain('“When');
    expect(claims.every((c) => c.source === 'the tenant')).toBe(true);
  });
});

describe('an opening "According to" credit before another report', () => {
  it('a person credited speaks; the report after the credit is nested in one claim', () => {
    const claims = reports('According to health director Anna Berg, the province reported 31 cases.');
    expect(claims).toEqual([expect.objectContaining({ source: 'health director Anna Berg', content: 'the province reported 31 cases' })]);
  });

  it('an outlet credited relays the speaker after it', () => {
    expect(reports('According to state radio, the minister said the border was closed.')).toEqual([expect.objectContaining({ source: 'the minister', cue: 'said', via: 'state radio' })]);
  });
});

describe('a report nested after an adverbial', () => {
  it('"A said during the hearing, B had stated that …" is what A said', () => {
    expect(reports('Mr Brandt said during the hearing, Quist had stated that she never saw the money.')).toEqual([
      expect.objectContaining({ source: 'Mr Brandt', cue: 'said', content: 'Quist had stated that she never saw the money' }),
    ]);
  });

  it('a second speaker in a clause of its own keeps the report', () => {
    expect(reports('The mayor spoke on Monday, and the council said it agreed.')).toEqual([expect.objectContaining({ source: 'the council', cue: 'said' })]);
    const claims = reports('Before the council had weighed in with any answer, Senator Ana Ruiz said at a rally that the plan was dead.');
    expect(claims.find((c) => c.cue === 'said')).toEqual(expect.objectContaining({ source: 'Senator Ana Ruiz' }));
  });
});

describe('"with" inside a subject before a past form and its clause', () => {
  it('the past form with a "that" clause is the main verb', () => {
    expect(reports('The woman with the red scarf claimed that she had seen the driver.')).toEqual([expect.objectContaining({ source: 'The woman with the red scarf', cue: 'claimed', content: 'she had seen the driver' })]);
  });

  it('an absolute passive still reports nothing', () => {
    expect(reports('The plan passed with the budget approved that night.')).toEqual([]);
    expect(reports('With the region expected to be recognised, the talks ended.')).toEqual([]);
  });
});
