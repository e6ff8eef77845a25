import { describe, expect, it } from 'vitest';
import { cellDiff } from '../../src/model/columns.ts';

describe('cellDiff', () => {
  it("shows unchanged words in the outlet's own spelling and keeps missing words apart from their neighbours", () => {
    const reference = 'وفداً أميركياً رفيع المستوى، وذلك بهدف التوصل إلى اتفاق';
    const other = 'وفداً أمريكيًا رفيع المستوى. عن مقترح أمريكي';
    const parts = cellDiff(reference, other, 'ar');
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(other);
    expect(parts[0]).toEqual({ op: 'equal', text: expect.stringContaining('أمريكيًا') });
    const shown = parts.map((p) => p.text).join('');
    expect(shown).not.toMatch(/المستوى[.،]?وذلك/);
    for (const [i, part] of parts.entries()) {
      if (part.op !== 'delete' || i === 0) continue;
      expect(/\s$/u.test(parts[i - 1]!.text) || /^\s/u.test(part.text)).toBe(true);
    }
  });

  it('separates words missing at the end of the outlet\'s claim', () => {
    const parts = cellDiff('رفيع المستوى وذلك بهدف', 'رفيع المستوى', 'ar');
    expect(parts.map((p) => p.text).join('')).toBe('رفيع المستوى وذلك بهدف');
    expect(parts.at(-1)).toEqual({ op: 'delete', text: ' وذلك بهدف' });
  });
});
