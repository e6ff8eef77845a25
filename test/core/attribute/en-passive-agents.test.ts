import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('English: a passive cue with a plural common noun as its agent', () => {
  it('"has been endorsed by dozens of newspapers": the newspapers are the source', () => {
    const a = attributionAt(claimsOf('The harbour plan has been endorsed by dozens of local newspapers.', 'en'), 'harbour plan');
    expect(a?.cue.text).toBe('endorsed');
    expect(a?.source.text).toMatch(/^dozens of local newspapers/);
  });

  it('"was criticized by fellow surgeons": the surgeons speak', () => {
    const a = attributionAt(claimsOf('Dr. Ora Pell was criticized by fellow surgeons for the delay.', 'en'), 'Ora Pell');
    expect(a?.source.text).toMatch(/^fellow surgeons/);
  });

  it('a singular common noun or a verb that is no cue gives no agent', () => {
    expect(attributionAt(claimsOf('The road was blocked by fallen trees.', 'en'), 'road')).toBeNull();
    expect(attributionAt(claimsOf('The plan was endorsed by the storm of the century.', 'en'), 'plan')).toBeNull();
  });
});
