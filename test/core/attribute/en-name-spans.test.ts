import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: "and" inside a body’s name does not cut the source', () => {
  it('after "according to": the whole centre’s name', () => {
    const a = attributionAt(claimsOf('The tremor lasted a minute, according to the Institute for Marine and Coastal Studies in Brest.', 'en'), 'tremor');
    expect(a?.source.text).toBe('the Institute for Marine and Coastal Studies in Brest');
  });

  it('before the cue: "the Ministry of Fisheries and Forestry said"', () => {
    const a = attributionAt(claimsOf('Quotas will be cut next year, the Ministry of Fisheries and Forestry said.', 'en'), 'Quotas');
    expect(a?.source.text).toBe('the Ministry of Fisheries and Forestry');
    expect(a?.source.kind).toBe('organization');
  });
});

describe('English: a comparison between commas is no subject', () => {
  it('"A, like B, has urged …" and "A, unlike B, said …" give A', () => {
    expect(attributionAt(claimsOf('Senator Ida Holm, like Governor Petr Lind, has urged the board to cut fees.', 'en'), 'fees')?.source.text).toBe('Senator Ida Holm');
    expect(attributionAt(claimsOf('The harbour chief, unlike her deputies, said the quay would reopen.', 'en'), 'quay')?.source.text).toBe('The harbour chief');
  });
});
