import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: stance phrases in compound tenses', () => {
  it('"is raising questions about …" is the senator’s stance', () => {
    const a = attributionAt(claimsOf('Senator Ana Roe is raising questions about the tally in two districts.', 'en'), 'tally');
    expect(a?.cue.text).toBe('raising questions');
    expect(a?.source.text).toBe('Senator Ana Roe');
  });

  it('"have expressed deep concern about …", "is doubling down on …"', () => {
    expect(attributionAt(claimsOf('Tenant groups have expressed deep concern about the new rent rule.', 'en'), 'rent rule')?.source.text).toBe('Tenant groups');
    expect(attributionAt(claimsOf('The mayor is doubling down on his criticism of the council.', 'en'), 'council')?.cue.text).toBe('doubling down');
  });
});

describe('English: speakers inside a subject or an absolute construction', () => {
  it('"Farmers in Lorient voiced concern …": the plural noun and its place are one source', () => {
    const a = attributionAt(claimsOf('Farmers in Lorient voiced concern about the quota cut.', 'en'), 'quota');
    expect(a?.source.text).toBe('Farmers in Lorient');
  });

  it('"…, with one of them, A B, saying …" after a report gives the participle to A B', () => {
    const claims = claimsOf('Farmers in Lorient voiced concern about the quota cut, with one of them, Yann Morvan, saying it "ends the season".', 'en');
    const a = attributionAt(claims, 'ends the season');
    expect(a?.cue.text).toBe('saying');
    expect(a?.source.text).toMatch(/Yann Morvan$/);
  });
});

describe('English: a lower-case plural noun of people holds a belief or a stance', () => {
  it('"environmentalists worry that …" reports the environmentalists’ worry', () => {
    const a = attributionAt(claimsOf('Some say the dam is safe, but environmentalists worry that the reservoir will leak.', 'en'), 'reservoir');
    expect(a?.cue.text).toBe('worry');
    expect(a?.source.text).toBe('environmentalists');
  });

  it('a plural noun of things holds no belief', () => {
    expect(attributionAt(claimsOf('Since then the reservoirs worry that nobody checks them.', 'en'), 'nobody')).toBeNull();
  });
});

describe('English: "hopes to …" is an intention, "his hopes to …" a noun', () => {
  it('a verb form that is also a noun reports with an infinitive after it', () => {
    const a = attributionAt(claimsOf('Mayor Ines Kohl hopes to reopen the pier by June.', 'en'), 'pier');
    expect(a?.cue.text).toBe('hopes');
    expect(a?.source.text).toBe('Mayor Ines Kohl');
    expect(attributionAt(claimsOf('Her hopes to reopen the pier faded in June.', 'en'), 'pier')).toBeNull();
  });
});

describe('English: a stance verb after an aside set off by commas', () => {
  it('"A B, a senator from Ohio, chided …" and "The Danes, who …, scolded …" take the stance', () => {
    expect(attributionAt(claimsOf('Ana Roe, a senator from Ohio, chided the agency for its delay.', 'en'), 'agency')?.source.text).toBe('Ana Roe, a senator from Ohio');
    expect(attributionAt(claimsOf('The Danes, who had been left out, scolded the port authority.', 'en'), 'port authority')?.cue.text).toBe('scolded');
  });

  it('a comma that closes no aside still blocks the frame', () => {
    expect(attributionAt(claimsOf('After the storm, chided the crews.', 'en'), 'crews')).toBeNull();
  });
});
