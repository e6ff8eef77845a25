import { alignClaims } from '../../../src/core/align/index.ts';
import { contentTerms } from '../../../src/core/align/terms.ts';
import { buildVectors, similarity } from '../../../src/core/align/vectors.ts';
import { buildArticle } from './build.ts';

describe('English word forms', () => {
  it('maps irregular inflections to their base word before stemming', () => {
    const stems = (text: string): string[] => contentTerms(text, 'en').map((t) => t.stem);
    expect(stems('Bakst led the delegation')).toEqual(stems('Bakst will lead the delegation'));
    expect(stems('Vell won a third term')).toEqual(stems('Vell wins a third term'));
    expect(stems('troops had driven the rebels out')).toEqual(stems('troops drive the rebels out'));
  });

  it('writes number words as digits, marked numeric', () => {
    expect(contentTerms('Twelve people died', 'en').map((t) => [t.stem, t.numeric])).toEqual([
      ['12', true],
      ['peopl', false],
      ['die', false],
    ]);
    expect(contentTerms('12 people had died', 'en').map((t) => t.stem)).toEqual(['12', 'peopl', 'die']);
  });
});

describe('figures and context in the score', () => {
  it('weighs a shared figure above a shared word of the same frequency', () => {
    const space = buildVectors([
      ['vote', 'won', '58.4'],
      ['vote', 'won', '58.4'],
      ['vote', 'gave', 'won'],
      ['vote', 'gave', 'won'],
    ]);
    // Both "58.4" and "gave" occur in two claims; 0 and 1 share the figure, 2 and 3 the word.
    const withFigure = buildVectors([
      ['vote', 'won', '58.4', 'x'],
      ['vote', 'won', '58.4', 'y'],
      ['vote', 'gave', 'won', 'x'],
      ['vote', 'gave', 'won', 'y'],
    ]);
    expect(similarity(space, 0, 1)).toBeCloseTo(1);
    expect(similarity(withFigure, 0, 1)).toBeGreaterThan(similarity(withFigure, 2, 3));
  });

  it('lets context terms add evidence without diluting or making a match alone', () => {
    const core = [['irregular', 'serious', 'station'], ['irregular', 'isolated'], ['calm', 'vote']];
    const plain = buildVectors(core);
    const context = [['mission', 'council'], ['mission', 'council'], ['mission', 'council']];
    const withContext = buildVectors(core, context, 0.5);
    expect(similarity(withContext, 0, 1)).toBeGreaterThan(similarity(plain, 0, 1));
    // Claims 0 and 2 share only their source: no match.
    expect(similarity(withContext, 0, 2)).toBe(0);
    expect(withContext.context.reduce((a, b) => a + b, 0)).toBe(6);
  });
});

describe('one proposition, differing versions', () => {
  it('keeps a contradicting toll in one row and an unrelated claim apart (English)', () => {
    const a = buildArticle('a', 'Twelve people died in the clash near Varna, among them four police officers. The president thanked voters.');
    const b = buildArticle('b', 'At least 19 people died in the clash near Varna, including four police officers. Talks open in Port Amsel on Monday.');
    // The tolls (12, 19) contradict: the row marks the second version (the four officers agree).
    expect(alignClaims([a, b])).toEqual([{ id: 'r1', claimIds: ['a:c1', 'b:c1'], missingFrom: [], score: expect.any(Number), disagreeing: ['b:c1'] }]);
  });

  it('joins "led" and "lead" claims of one delegation', () => {
    const a = buildArticle('a', 'Bakst will lead the delegation to Port Amsel.');
    const b = buildArticle('b', 'The delegation to Port Amsel, led by Bakst, will demand a truce.');
    const c = buildArticle('c', 'Prices of bread rose in the capital.');
    expect(alignClaims([a, b, c]).map((r) => [r.claimIds, r.missingFrom])).toEqual([[['a:c1', 'b:c1'], ['c']]]);
  });

  it('keeps a contradicting toll in one row and an unrelated claim apart (Arabic)', () => {
    const a = buildArticle('a', 'مقتل 12 شخصا في اشتباكات قرب مدينة درنة بينهم أربعة من الشرطة. وارتفعت أسعار الخبز في العاصمة.', 'ar');
    const b = buildArticle('b', 'مقتل 19 شخصا في اشتباكات قرب مدينة درنة بينهم أربعة من الشرطة. وصل الوفد إلى القاهرة مساء الأحد.', 'ar');
    expect(alignClaims([a, b]).map((r) => r.claimIds)).toEqual([['a:c1', 'b:c1']]);
  });
});
