import { describe, expect, it } from 'vitest';
import { at, attributionAt, claimsOf } from './helpers.ts';
import { findQuotes } from '../../../src/core/attribute/quotes.ts';

// Sentences written for these tests (session 11): English attribution families on PolNeAR tune and the
// tuned English dev cases.
describe('English attribution: continued quotations, closing credits', () => {
  it('a sentence opening with "In turn," keeps its own report (it is no "in the words of" credit)', () => {
    const text = 'The dam broke at noon. In turn, the "Valley Growers League," which counts small farms, said, "We want the water back."';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'The dam broke')).toBeNull();
    expect(attributionAt(claims, 'In turn')).toMatchObject({ source: { text: 'the "Valley Growers League,"' }, cue: { text: 'said' } });
    // A sentence that is only "according to X" still attributes the one before.
    const credit = 'The dam broke at noon. According to the river authority.';
    expect(attributionAt(claimsOf(credit, 'en'), 'The dam broke')).toMatchObject({ source: { text: 'the river authority' } });
  });

  it('a straight quotation opening with an ellipsis or a bracket is a quotation', () => {
    const text = 'He said, "...we will appeal the ruling." Then he left.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['...we will appeal the ruling.']);
    expect(findQuotes('She wrote, "[the plan] is dead." Fine.')).toHaveLength(1);
    // A mark between words with no letters after it still closes.
    expect(findQuotes('He called it "a mess". Then...')).toHaveLength(1);
  });

  it('"we" reporting inside a quotation that goes on from an earlier sentence is the quoted speaker', () => {
    const text = 'The growers league said: "The canal is ours. We announce an appeal against the ruling and we will win." The judge said nothing.';
    const claims = claimsOf(text, 'en');
    expect(attributionAt(claims, 'We announce')).toMatchObject({ source: { text: 'The growers league' } });
    expect(attributionAt(claims, 'The judge')).toMatchObject({ source: at(text, 'The judge') });
  });

  it('a closing "X said" after a report with content of its own relays it; the speaker stays', () => {
    const text = 'The harbour board also said that the ferries will run late all week, the Coast Herald said.';
    const a = claimsOf(text, 'en')[0]!.attribution!;
    expect(a).toMatchObject({ source: at(text, 'The harbour board'), cue: at(text, 'said'), via: { text: 'the Coast Herald' } });
    expect(a.content?.text).toBe('the ferries will run late all week');
    expect(a.chain?.map((l) => l.text)).toEqual(['the Coast Herald', 'The harbour board']);
    // A stance with a noun object reports nothing of its own: the closing reporter is the source.
    const stance = 'The mayor called for calm, officials said.';
    expect(claimsOf(stance, 'en')[0]!.attribution).toMatchObject({ source: at(stance, 'officials') });
    // A quoted object is no content of its own either.
    const quoted = 'A panel of auditors found "grave errors" in the tally, its written report said.';
    expect(claimsOf(quoted, 'en')[0]!.attribution).toMatchObject({ source: at(quoted, 'its written report') });
  });

  it('"according to Y" closing a stance on a noun object names who reports it', () => {
    const text = 'A veteran harbour pilot has rejected the new fees as "robbery", according to a local radio station.';
    expect(claimsOf(text, 'en')[0]!.attribution).toMatchObject({ source: at(text, 'a local radio station'), cue: at(text, 'according to') });
    // A verb of saying keeps its speaker; a document credit is the stance-taker's own channel.
    const said = 'The pilot said the fees are robbery, according to the Bay Courier.';
    expect(claimsOf(said, 'en')[0]!.attribution).toMatchObject({ source: at(said, 'The pilot') });
    const statement = 'The pilots union condemned the fees, according to a statement.';
    expect(claimsOf(statement, 'en')[0]!.attribution).toMatchObject({ source: at(statement, 'The pilots union') });
  });

  it('a bare verb joined to an infinitive, and an -s noun after a preposition and a bare noun, report nothing', () => {
    expect(claimsOf('Some 150 deputies voted for a motion to halt the decree and call for its repeal.', 'en')[0]!.attribution).toBeNull();
    expect(claimsOf('They vowed to fight the plan and demand a new vote.', 'en')[0]!.attribution?.cue.text).toBe('vowed');
    // Finite and present forms after "and" still report.
    const present = 'Nurses criticize the plan and call for talks.';
    expect(claimsOf(present, 'en').some((c) => c.attribution?.cue.text === 'call for')).toBe(true);
    expect(claimsOf('Thousands of nurses have been striking for weeks over government plans to cut wards.', 'en')[0]!.attribution).toBeNull();
    const verb = 'The government plans to cut wards.';
    expect(claimsOf(verb, 'en')[0]!.attribution).toMatchObject({ source: at(verb, 'The government'), cue: at(verb, 'plans') });
    expect(claimsOf('A group of nurses plans to strike.', 'en')[0]!.attribution?.cue.text).toBe('plans');
  });

  it('a quoted name after "the" is a subject, however many words it holds', () => {
    const text = 'The "Union of the Small Harbour towns" said the fees are too high.';
    expect(claimsOf(text, 'en')[0]!.attribution).toMatchObject({ source: at(text, 'The "Union of the Small Harbour towns"'), cue: at(text, 'said') });
    // A quotation of content before the cue is still content.
    const content = '"The fees are far too high for us," the harbour pilots said.';
    expect(claimsOf(content, 'en')[0]!.attribution).toMatchObject({ source: at(content, 'the harbour pilots') });
  });
});

