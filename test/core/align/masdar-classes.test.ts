import { describe, expect, it } from 'vitest';
import { predicateClasses } from '../../../src/core/align/predicates.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';

const key = (word: string): string => contentTerms(word, 'ar')[0]!.stem;
const shareClass = (a: string, b: string): boolean => {
  const classes = new Set(predicateClasses(key(a)));
  return predicateClasses(key(b)).some((c) => classes.has(c));
};

// scripts/lexical/build-predicates.ts arabicMasdars: a derived verb's regular verbal noun joins its class
// where Arabic WordNet lists the noun, so the noun said after a reporting verb meets the finite verb.
describe('Arabic verbal nouns in their verb classes (lang/ar/predicates.json)', () => {
  it('meets the verb through its class where the stems differ', () => {
    // "اعتداء على الحدود" / "اعتدت القوات على الحدود" / "هاجمت": the hamza keeps the noun's key apart.
    expect(key('اعتداء')).not.toBe(key('اعتدى'));
    expect(shareClass('اعتداء', 'اعتدت')).toBe(true);
    expect(shareClass('اعتداء', 'هاجمت')).toBe(true);
    // "ادعاء الحزب" / "ادعى الحزب".
    expect(key('ادعاء')).not.toBe(key('ادعى'));
    expect(shareClass('ادعاء', 'ادعى')).toBe(true);
  });

  it('does not join a verbal noun with another predicate', () => {
    expect(shareClass('اعتداء', 'ادعى')).toBe(false);
    expect(shareClass('ادعاء', 'هاجمت')).toBe(false);
  });
});
