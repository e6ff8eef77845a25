import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/types.ts';

describe('data model', () => {
  it('claims index their own text by offsets', () => {
    const text = 'The minister said the talks failed.';
    const claim: Claim = { id: 'a:c1', articleId: 'a', sentenceIndex: 0, start: 0, end: text.length, text, attribution: null };
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
