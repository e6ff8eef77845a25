import { skeletonSimilarity, wordSkeleton } from '../../../src/core/crosslang/names.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// An invented surname with two hard g's, written غ in Arabic.
describe('a Latin g and the Arabic غ', () => {
  it('cost little to swap, less than other letters of one group', () => {
    const [latin, arabic] = [wordSkeleton('Mugabega'), wordSkeleton('موغابيغا')];
    expect(latin).not.toBe(arabic);
    expect(skeletonSimilarity(latin, arabic)).toBeGreaterThanOrEqual(0.85);
    expect(skeletonSimilarity('bjjw', 'bkkw')).toBeLessThan(0.85);
  });

  it('lets a name with two of them meet its Arabic spelling', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The minister, Mugabega, resigned on 9 April, her office said. Mugabega cited 3 reasons.', 'en'),
      buildArticle('en2', 'Mugabega will leave office on 30 April.', 'en'),
      buildArticle('ar1', 'استقالت الوزيرة موغابيغا يوم 9 أبريل، وذكرت موغابيغا 3 أسباب.', 'ar'),
    ]);
    const person = index.entities.find((e) => e.name === 'Mugabega' || e.aliases.includes('Mugabega'));
    expect(person?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('موغابيغا');
  });
});
