import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';


describe('a description after a verb, before a name', () => {
  it('reads "porn actress" in "the case that involved porn actress X" as her title', () => {
    const actors = findActors([
      buildArticle('a', 'The court ruled on the fraud case that involved porn actress Mira Vale and a lawyer. Mira Vale did not comment.', 'en'),
      buildArticle('b', 'Mira Vale testified for two days.', 'en'),
    ]);
    expect(labelsOf(actors, 'Mira Vale', 'a')).toContain('porn actress');
  });
});

describe('an indefinite description in an article that never names the person', () => {
  const described = (b: string): ReturnType<typeof findActors> =>
    findActors([
      buildArticle('a', 'The court ruled on the fraud case that involved porn actress Mira Vale. Mira Vale did not comment.', 'en'),
      buildArticle('b', b, 'en'),
      buildArticle('c', 'Mira Vale testified for two days, and Karl Vesk was silent.', 'en'),
    ]);

  it('goes to the one person other outlets describe by the same role', () => {
    const actors = described('Karl Vesk paid money to an adult movie actress who said they had met. Karl Vesk denied it.');
    expect(labelsOf(actors, 'Mira Vale', 'b')).toContain('adult movie actress');
  });

  it('goes nowhere where the article names the person, or with no modifier, or with "the"', () => {
    expect(labelsOf(described('Karl Vesk paid an adult movie actress. Mira Vale said they had met.'), 'Mira Vale', 'b')).not.toContain('adult movie actress');
    expect(labelsOf(described('Karl Vesk paid money to an actress who said they had met.'), 'Mira Vale', 'b')).toEqual([]);
    expect(labelsOf(described('Karl Vesk paid money to the famous movie actress who said they had met.'), 'Mira Vale', 'b')).toEqual([]);
  });
});

describe('the same where adjectives follow the noun (Arabic)', () => {
  const described = (b: string): ReturnType<typeof findActors> =>
    findActors([
      buildArticle('a', 'ودفع الوزير سامي فالدور أموالا للممثلة الإباحية ليلى كارفيل قبل الانتخابات. ونفت كارفيل ذلك.', 'ar'),
      buildArticle('b', b, 'ar'),
      buildArticle('c', 'ونفى الوزير سامي فالدور أي علاقة مع ليلى كارفيل، وقالت كارفيل إنها ستتحدث.', 'ar'),
      buildArticle('d', 'وقالت ليلى كارفيل إن الحكم عادل.', 'ar'),
    ]);

  it('gives an indefinite «ممثّلة أفلام إباحية» to the one actress of the case, the glued preposition aside', () => {
    expect(labelsOf(described('وأدين الوزير سامي فالدور بدفع أموال لشراء صمت ممثّلة أفلام إباحية، قبل الانتخابات.'), 'ليلى كارفيل', 'b')).toContain('ممثّلة أفلام إباحية');
  });

  it('gives the bare role to no one', () => {
    expect(labelsOf(described('وأدين الوزير سامي فالدور بدفع أموال لشراء صمت ممثّلة، قبل الانتخابات.'), 'ليلى كارفيل', 'b')).toEqual([]);
  });
});
