import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/attribute/lexicon.ts';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: verbs of saying from WordNet, only in a strong frame', () => {
  it('the candidate list is loaded and does not override hand-written cues', () => {
    const lex = lexiconFor('en')!;
    expect(lex.candidateCues.get('grumbled')?.[0]?.candidate).toBe('communication');
    expect(lex.candidateCues.has('said')).toBe(false);
    expect(lex.cues.get('said')?.[0]?.candidate).toBeUndefined();
  });

  it('"grumbled that …" is a report of its subject', () => {
    const claims = claimsOf('The harbour master grumbled that the new quay would never open on time.', 'en');
    const a = attributionAt(claims, 'quay');
    expect(a?.source.text).toBe('The harbour master');
    expect(a?.cue.text).toBe('grumbled');
  });

  it('after a closing quotation the verb inverts: "“…,” the mayor quipped."', () => {
    const claims = claimsOf('“We have more potholes than voters,” the mayor quipped.', 'en');
    const a = attributionAt(claims, 'potholes');
    expect(a?.source.text).toBe('the mayor');
    expect(a?.cue.text).toBe('quipped');
  });

  it('without a clause, a colon or a quotation the verb is no cue', () => {
    const claims = claimsOf('The council grumbled about the weather all week.', 'en');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });

  it('a belief verb needs "that" and a personal subject', () => {
    const yes = attributionAt(claimsOf('Local farmers reckon that the drought will last another year.', 'en'), 'drought');
    expect(yes?.source.text).toBe('Local farmers');
    expect(claimsOf('The figures reckon nothing.', 'en').every((c) => c.attribution === null)).toBe(true);
  });

  it('a form that is also a noun ("signal that") stays a noun', () => {
    const claims = claimsOf('The vote sent a clear signal that the party had changed.', 'en');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('Arabic: verbs of saying from Arabic WordNet, only with إن/أن', () => {
  it('past forms are generated from the listed stems (person suffixes, conjunctions)', () => {
    const lex = lexiconFor('ar')!;
    expect(lex.candidateCues.get('واقسم')?.[0]?.candidate).toBe('communication');
    expect(lex.candidateCues.get('اقسمت')?.[0]?.gender).toBe('f');
    expect(lex.candidateCues.has('وقال')).toBe(false);
  });

  it('"وأقسم القائد أن …" reports; "وأقسم القائد على …" with no clause does not', () => {
    expect(attributionAt(claimsOf('وأقسم القائد أن قواته لن تتراجع.', 'ar'), 'قواته')?.source.text).toBe('القائد');
    expect(claimsOf('وأقسم القائد على المصحف أمام الجنود.', 'ar')[0]!.attribution).toBeNull();
  });
});

describe('English: an apposition after a place describes the place', () => {
  it('"Video from Marlow, the county seat, showed …": the video, not the county seat', () => {
    const a = attributionAt(claimsOf('Video from Marlow, the county seat, showed long queues at the polling station.', 'en'), 'queues');
    expect(a?.source.text).toBe('Video from Marlow');
  });

  it('a sentence-initial place phrase stays out ("In Marlow, the mayor said …")', () => {
    const a = attributionAt(claimsOf('In Marlow, the mayor said the count would finish by noon.', 'en'), 'count');
    expect(a?.source.text).toBe('the mayor');
  });
});

describe('English: an apposition between dashes is skipped like one between commas', () => {
  it('"A spokesperson for X – a group that … – said": the spokesperson speaks', () => {
    const a = attributionAt(claimsOf('A spokesperson for the Harbour Committee – a group that backs the dockers – said the claims were false.', 'en'), 'claims');
    expect(a?.source.text).toBe('A spokesperson for the Harbour Committee');
  });

  it('a dash that is no apposition still breaks: "… – said to be …" takes no subject across it', () => {
    const claims = claimsOf('The ferry left early – officials said the storm was coming.', 'en');
    expect(attributionAt(claims, 'storm')?.source.text).toBe('officials');
  });
});

describe('English: a candidate verb in the passive is no report', () => {
  it('"… were delivered “in sealed boxes” …" takes no source', () => {
    const claims = claimsOf('The ballots were delivered “in sealed boxes” to the county clerk.', 'en');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('English: "to show" states a purpose', () => {
  it('"… held rallies to show their strength" is no report; "Polls show that …" still is', () => {
    expect(claimsOf('The unions held rallies across the city to show their strength.', 'en')[0]!.attribution).toBeNull();
    expect(attributionAt(claimsOf('Recent polls show that the race is tight.', 'en'), 'race')?.source.text).toBe('Recent polls');
  });
});

describe('English: a passive cue with no clause and no agent right after it', () => {
  it('"The rise was explained, among other things, by …" is no report; "It was reported that …" still is', () => {
    expect(claimsOf('The rise in fares was explained, among other things, by higher fuel costs.', 'en')[0]!.attribution).toBeNull();
    const a = claimsOf('The council met on Monday. It was reported that the depot would close in May.', 'en')[1]!.attribution;
    expect(a?.cue.text).toBe('reported');
  });
});

describe('English: headings in capitals and imperatives are no reports', () => {
  it('"LOCAL DOCTORS DON’T WANT THE NEW RULES — …" is a heading', () => {
    expect(claimsOf('LOCAL DOCTORS DON’T WANT THE NEW RULES — The board met again on Friday.', 'en')[0]!.attribution).toBeNull();
  });

  it('"Say the council raised fares …" opens with an imperative; "Council members say …" reports', () => {
    expect(claimsOf('Say the council raised fares again next spring.', 'en')[0]!.attribution).toBeNull();
    expect(attributionAt(claimsOf('Council members say the fares will rise.', 'en'), 'fares')?.source.text).toBe('Council members');
  });
});
