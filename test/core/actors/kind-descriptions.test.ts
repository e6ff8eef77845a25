import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/types.ts';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const labelsOf = (actors: Actor[], spelling: string): string[] => labelStrings(actorNamed(actors, spelling), 'articleId', 'text');


describe('a definite description of a kind stands for the one actor of that kind named', () => {
  it('"the regulator" is the one bank the article names; "the bank" beside it in another outlet is one side of the contrast', () => {
    const actors = findActors([
      buildArticle('a', 'The Central Bank of Velmar raised rates on Monday. The bank also said the currency would float.', 'en'),
      buildArticle('b', 'The Central Bank of Velmar let the currency fall. The regulator said inflation would ease.', 'en'),
    ]);
    expect(labelsOf(actors, 'Central Bank of Velmar')).toEqual(['a:The bank', 'b:The regulator']);
  });

  it('"the bank" alone repeats the name: no label where no outlet chose another word', () => {
    const actors = findActors([
      buildArticle('a', 'The Central Bank of Velmar raised rates on Monday. The bank also said the currency would float.', 'en'),
      buildArticle('b', 'The Central Bank of Velmar let the currency fall on Monday.', 'en'),
    ]);
    expect(labelsOf(actors, 'Central Bank of Velmar')).toEqual([]);
  });

  it('stands for no one when two bodies of that kind are named, nor when indefinite', () => {
    const actors = findActors([
      buildArticle('a', 'The Central Bank of Velmar and the Velmar Trade Commission met on Monday. The regulator said rates would rise.', 'en'),
      buildArticle('b', 'The Central Bank of Velmar and the Velmar Trade Commission met again. A regulator said little.', 'en'),
    ]);
    expect(actors.flatMap((a) => a.labels.map((l) => l.text)).some((t) => /regulator/iu.test(t))).toBe(false);
  });

  it('«المصرف» is the one bank the Arabic article names', () => {
    const actors = findActors([
      buildArticle('x', 'رفع البنك المركزي الفالماري أسعار الفائدة. وقال المصرف إن العملة ستتحرك بحرية.', 'ar'),
      buildArticle('y', 'وقرر البنك المركزي الفالماري تحرير العملة. وقال البنك إن التضخم سيتراجع.', 'ar'),
    ]);
    expect(labelsOf(actors, 'البنك المركزي الفالماري')).toEqual(['x:المصرف', 'y:البنك']);
  });
});

describe('words for the kind of body right after a group\'s name', () => {
  it('"X political coalition", "X armed group" are what the outlet calls it; a bare "X coalition" is the name\'s own head', () => {
    const actors = findActors([
      buildArticle('a', 'Jan Roe, leader of the Velmar Alliance political coalition, rejected the results. The Velmar Alliance lost seats.', 'en'),
      buildArticle('b', 'The Velmar Alliance won 14 seats. The Kestrel Front armed group denied it, and the Velmar coalition said so too.', 'en'),
      buildArticle('c', 'The Kestrel Front said it won. The Kestrel Front held the town.', 'en'),
    ]);
    expect(labelsOf(actors, 'Velmar Alliance')).toContain('a:political coalition');
    expect(labelsOf(actors, 'Kestrel Front')).toContain('b:armed group');
    expect(labelsOf(actors, 'Velmar Alliance').some((l) => l.endsWith(':coalition'))).toBe(false);
  });
});

describe('an apposition set off by dashes', () => {
  it('reads "X – a movement backing the army –" as it reads "X, a movement …,"', () => {
    const actors = findActors([
      buildArticle('a', 'A spokesperson for the Kestrel Front – a movement backing the army – rejected the claim. The Kestrel Front held the town.', 'en'),
      buildArticle('b', 'The Kestrel Front, an armed civilian group fighting alongside the army, denied it.', 'en'),
    ]);
    expect(labelsOf(actors, 'Kestrel Front')).toEqual(expect.arrayContaining(['a:a movement backing the army', 'b:an armed civilian group fighting alongside the army']));
  });
});
