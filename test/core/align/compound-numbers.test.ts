import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../../src/core/align/terms.ts';

const stems = (text: string): string[] => contentTerms(text, 'ar').map((t) => t.stem);

// Sentences written for this test.
describe('compound Arabic number words fold to one figure (align/terms.ts)', () => {
  it('multiplies a figure before a scale word, written out or in digits, and keeps the scale word', () => {
    const words = stems('نزح ثلاثة آلاف شخص من القرية');
    const digits = stems('نزح 3 آلاف شخص من القرية');
    expect(words).toContain('3000');
    expect(digits).toContain('3000');
    expect(words).not.toContain('3');
    // The scale word is still a term of its own: the two share it as before.
    expect(words.filter((s) => digits.includes(s)).length).toBeGreaterThanOrEqual(3);
    expect(stems('وصل عدد الجرحى إلى 3000')).toContain('3000');
  });

  it('adds a part joined by the connector: hundreds then tens, a unit before its tens', () => {
    expect(stems('اعتقلت الشرطة مئتين وخمسين متظاهرا')).toContain('250');
    expect(stems('حصل الحزب على ثلاثة وسبعين مقعدا')).toContain('73');
  });

  it('adds nothing between two figures in digits, nor a larger part after a smaller one', () => {
    const range = stems('تراوحت الخسائر بين 3 و5 ملايين');
    expect(range).toContain('3');
    expect(range).not.toContain('8');
    expect(stems('وصل خمسة وستة من الوفد')).not.toContain('11');
  });

  it('leaves English text as it was', () => {
    expect(contentTerms('Three thousand people fled the village', 'en').map((t) => t.stem)).not.toContain('3000');
  });
});
