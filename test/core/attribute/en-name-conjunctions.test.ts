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
