import { resolveEntities } from '../../../src/core/entities/index.ts';
import { complementFirst } from '../../../src/core/entities/variants.ts';
import { entityData } from '../../../src/core/entities/data.ts';
import { buildArticle } from '../align/build.ts';

const named = (index: ReturnType<typeof resolveEntities>, name: string) => index.entities.filter((e) => e.name === name || e.aliases.includes(name));

describe('"Ministry of X" and "X Ministry" are one name', () => {
  it('reorders a head, "of" and its complement, skipping the article', () => {
    const of = entityData('en').complementOf;
    expect(complementFirst(['ministry', 'of', 'the', 'interior'], of)).toEqual(['interior', 'ministry']);
    expect(complementFirst(['department', 'of', 'state'], of)).toEqual(['state', 'department']);
    expect(complementFirst(['interior', 'ministry'], of)).toBeUndefined();
    expect(complementFirst(['bank', 'of', 'the', 'people', 'of', 'the', 'north'], of)).toBeUndefined();
  });

  it('joins the two word orders across the articles of a case', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Ministry of Fisheries said 40 boats were lost in the storm. The Ministry of Fisheries asked owners to wait.', 'en'),
      buildArticle('en2', 'The Fisheries Ministry counted 40 boats lost on Monday. The Fisheries Ministry will pay owners.', 'en'),
    ]);
    const found = named(index, 'Ministry of Fisheries');
    expect(found).toHaveLength(1);
    expect(found[0]!.aliases.concat(found[0]!.name)).toEqual(expect.arrayContaining(['Fisheries Ministry']));
  });

  it('keeps two bodies of different complements apart', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Ministry of Fisheries said 40 boats were lost. The Ministry of Fisheries asked owners to wait.', 'en'),
      buildArticle('en2', 'The Transport Ministry closed the harbour road. The Transport Ministry will reopen it on Monday.', 'en'),
    ]);
    const fisheries = named(index, 'Ministry of Fisheries');
    expect(fisheries).toHaveLength(1);
    expect(fisheries[0]!.aliases).not.toContain('Transport Ministry');
  });
});
