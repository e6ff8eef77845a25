import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: transcript labels', () => {
  it('a label in capitals speaks its quoted line, whatever cues the line holds', () => {
    const text = 'Partial transcript follows.\n\n"HOLLIS: Let us start with the strike. After the union announced that it would walk out, what changed?\n\n"MARRO: Nothing changed for the families.';
    const claims = claimsOf(text, 'en');
    const a = attributionAt(claims, 'start with the strike');
    expect(a?.cue.text).toBe(':');
    expect(a?.source.text).toContain('HOLLIS');
    expect(attributionAt(claims, 'Nothing changed')?.source.text).toContain('MARRO');
    // The reported verb inside the line is no attribution of its own.
    expect(claims.filter((c) => c.attribution?.cue.text === 'announced')).toHaveLength(0);
  });

  it('a title-case label that is no transcript label keeps the rules for colons', () => {
    const claims = claimsOf('"The Latest: Flood waters recede. After the council announced that schools would reopen, parents cheered."', 'en');
    expect(claims.some((c) => c.attribution?.cue.text === ':')).toBe(false);
  });

  it('an unquoted dateline in capitals is no transcript label', () => {
    const a = attributionAt(claimsOf('LISBON: The port authority raised fees on Monday, according to the Harbour Gazette.', 'en'), 'fees');
    expect(a?.source.text).toBe('the Harbour Gazette');
  });
});

describe('English: a passive closing the sentence', () => {
  it('"… until a truce is declared." names what is declared, not who declares', () => {
    const a = attributionAt(claimsOf('Dock workers have vowed to strike until a pay deal in the port is declared.', 'en'), 'strike');
    expect(a?.cue.text).toBe('vowed');
    expect(a?.source.text).toBe('Dock workers');
  });

  it('"…, it was reported." still closes a report', () => {
    const a = attributionAt(claimsOf('The ferry will stop running in May, it was reported.', 'en'), 'ferry');
    expect(a?.cue.text).toBe('reported');
  });
});

describe('English: an opening concession is the outlet’s own voice', () => {
  it('"Although A, sources insist B": A is own voice, B the sources’ claim', () => {
    const claims = claimsOf('Although the port authority has not issued a statement, dock workers insist the cranes remain idle.', 'en');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.attribution).toBeNull();
    expect(claims[1]!.attribution?.source.text).toBe('dock workers');
    expect(claims[1]!.attribution?.content?.text).toBe('the cranes remain idle');
  });

  it('"…, officials said on Monday." still reports what came before', () => {
    const a = attributionAt(claimsOf('The bridge will reopen in May, officials said on Monday.', 'en'), 'bridge');
    expect(a?.source.text).toBe('officials');
    expect(a?.content?.text).toBe('The bridge will reopen in May');
  });
});
